import { describe, expect, it } from "vitest";
import type { FactPath } from "./condition.js";
import { ABSENT, type FactSource, factAccessor, NONE, UNKNOWN } from "./facts.js";

const reading = {
  noneWhenAbsent: new Set<FactPath>(["police.detention", "police.detention.fine", "charge.penalty"]),
  unknownValues: new Map([["charge.code" as FactPath, new Set(["unknown"])]]),
};
const source = (record: object, charge?: object): FactSource => ({ record, charge, chargeIndex: charge === undefined ? -1 : 2 });
const read = (path: FactPath, s: FactSource, raw?: boolean) => factAccessor(path, reading).read(s, raw);

describe("factAccessor — absence read through the schema's metadata", () => {
  it("a list behind a closed gate holds nothing; behind an open gate, an absent list holds nothing either", () => {
    expect(read("police.violations", source({ police: { rightsViolated: false } }))).toBe(NONE);
    expect(read("police.violations", source({ police: { rightsViolated: true, otherViolation: "x" } }))).toBe(NONE);
    expect(read("police.violations", source({ police: { rightsViolated: true, violations: ["beating"] } }))).toEqual(["beating"]);
  });

  it("an unanswered gate, a missing section or a declined question is unknown, and names the question to ask", () => {
    expect(read("police.violations", source({ police: {} }))).toBe(UNKNOWN);
    expect(factAccessor("police.violations", reading).missingPath(source({}))).toBe("police.rightsViolated");
    const declined = source({ respondent: {}, declined: ["respondent.age"] });
    expect(read("respondent.age", declined)).toBe(UNKNOWN);
    expect(factAccessor("respondent.age", reading).missingPath(declined)).toBe("respondent.age");
  });

  it("an absent group the pack reads as none makes its facts not apply, once its section is answered", () => {
    expect(read("police.detention.fine.paidToOfficer", source({ police: { rightsViolated: false } }))).toBe(NONE);
    expect(read("police.detention.fine.paidToOfficer", source({ police: { detention: {} } }))).toBe(NONE);
    expect(read("police.detention.fine.paidToOfficer", source({ police: { detention: { fine: {} } } }))).toBe(ABSENT);
    expect(read("police.detention.fine.paidToOfficer", source({}))).toBe(UNKNOWN);
  });

  it("reads the charge being judged, with its concrete path; a value meaning unknown is unknown unless raw", () => {
    const s = source({}, { code: "unknown", article: "ст. 449 ч. 1", facts: {} });
    expect(read("charge.code", s)).toBe(UNKNOWN);
    expect(read("charge.code", s, true)).toBe("unknown");
    expect(read("charge.article", s)).toBe("449");
    expect(read("charge.facts.knowingly", s)).toBe(ABSENT);
    expect(read("charge.penalty.paidTo", s)).toBe(NONE);
    expect(factAccessor("charge.facts.knowingly", reading).concrete(s)).toBe("charges[2].facts.knowingly");
  });

  it("refuses a path that is not a field of record v1", () => {
    expect(() => factAccessor("respondent.income" as FactPath, reading)).toThrow(/not a field/);
  });
});
