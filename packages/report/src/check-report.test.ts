import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { ON, seedRecords } from "./internal/fixtures.js";
import type { Report } from "./types.js";

const seed = buildReport(seedRecords(), { asOf: ON, validatedOn: ON, minCell: 0 });

describe("checkReport", () => {
  it("finds nothing in a report buildReport made", () => {
    expect(checkReport(seed)).toEqual([]);
  });

  it("catches the seed's medical table: 0 / 54 accepted where 6 complained", () => {
    // As published: the acceptance question counted over everyone who did not complain.
    const accepted = { ...seed.medical.complaintAccepted, total: 54, yes: 0, no: 54, shares: { yes: 0, no: 1 } };
    const published: Report = { ...seed, medical: { ...seed.medical, complaintAccepted: accepted } };
    const issues = checkReport(published);
    expect(issues.map((i) => [i.code, i.table])).toEqual([["ABOVE_GATE", "medical.complaintAccepted"]]);
    expect(issues[0]?.message).toBe("medical.complaintAccepted: 54 answered, more than the 6 who answered medical.complained.");
    expect(checkReport(published, "ru")[0]?.message).toBe(
      "medical.complaintAccepted: ответили 54 — больше, чем 6, ответивших на medical.complained.",
    );
  });

  it("catches a share over 100 % and a count over its total", () => {
    const police = {
      ...seed.police,
      violations: { ...seed.police.violations, beating: 61 },
      violationShares: { ...seed.police.violationShares, extortion: 1.2 },
    };
    const issues = checkReport({ ...seed, police });
    expect(issues.filter((i) => i.code === "SHARE_OVER_100").map((i) => i.params.row)).toEqual(["extortion", "beating"]);
  });

  it("catches violations ticked by more respondents than said their rights were violated", () => {
    const rightsViolated = { ...seed.medical.rightsViolated, yes: 20, no: 40 };
    const issues = checkReport({ ...seed, medical: { ...seed.medical, rightsViolated } });
    expect(issues.map((i) => [i.code, i.table, i.params.row ?? i.params.answered])).toEqual([
      ["ABOVE_GATE", "medical.violations", 23],
      ["ABOVE_GATE", "medical.violations", 24],
      ["ABOVE_GATE", "medical.violations", 23],
      ["ABOVE_GATE", "medical.violations", 24],
      ["ABOVE_GATE", "medical.violations", 28],
    ]);
  });

  it("catches rows that do not add up to their total", () => {
    const complained = { ...seed.police.complained, no: 50 };
    const age = { ...seed.profile.age, notAsked: 3 };
    const issues = checkReport({ ...seed, records: 61, police: { ...seed.police, complained }, profile: { ...seed.profile, age } });
    expect(issues.map((i) => [i.code, i.table, i.params.sum, i.params.total])).toEqual([
      ["TOTAL_MISMATCH", "records", 60, 61],
      ["TOTAL_MISMATCH", "police.complained", 58, 60],
      ["TOTAL_MISMATCH", "respondent.age", 63, 60],
    ]);
  });

  it("skips what is suppressed", () => {
    const complained = { ...seed.police.complained, yes: null, no: null };
    expect(checkReport({ ...seed, police: { ...seed.police, complained } })).toEqual([]);
  });
});
