import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPath } from "./core/issue.js";
import { isRefusal, parsedAsOf, parseRecord, RecordValidationError, safeParseRecord } from "./parse.js";

const root = join(import.meta.dirname, "../../..");
const asOf = "2026-11-28";
const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const issuesOf = (input: unknown, options = {}) => {
  const result = safeParseRecord(input, { asOf, ...options });
  return result.success ? [] : result.issues.map((i) => `${formatPath(i.path)} ${i.code}`);
};
const minimal = () => read(join(root, "examples/spec/record-minimal.json")) as Record<string, any>;
// The spec page's examples live in shared/ beside the repository; examples/spec holds copies so the
// repository tests stand alone.
const specExamples = join(root, "../shared/spec/examples");

describe("the spec's and the repo's examples", () => {
  const SPEC_EXAMPLES = ["record-full.json", "record-minimal.json", "record-v2-incident.json", "record-v2-refusal.json"];
  it.each(SPEC_EXAMPLES)("spec example %s is valid", (file) => {
    expect(issuesOf(read(join(root, "examples/spec", file)))).toEqual([]);
  });

  it.skipIf(!existsSync(specExamples))("examples/spec holds the spec page's examples unchanged", () => {
    for (const file of SPEC_EXAMPLES) {
      expect(read(join(root, "examples/spec", file))).toEqual(read(join(specExamples, file)));
    }
  });

  const valid = readdirSync(join(root, "examples/valid")).filter((f) => f.endsWith(".json"));
  it.each(valid)("examples/valid/%s is valid", (file) => {
    expect(issuesOf(read(join(root, "examples/valid", file)))).toEqual([]);
  });

  const invalid = readdirSync(join(root, "examples/invalid")).filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"));
  it.each(invalid)("examples/invalid/%s gives exactly the errors its .expect.json lists", (file) => {
    const expected = read(join(root, "examples/invalid", file.replace(/\.json$/, ".expect.json"))) as {
      errors: { path: string; code: string }[];
    };
    expect(issuesOf(read(join(root, "examples/invalid", file)))).toEqual(expected.errors.map((e) => `${e.path} ${e.code}`));
  });
});

describe("cases a documentator would name", () => {
  it("keeps 'declined', 'not asked' and 'no' apart", () => {
    const declined = { ...minimal(), declined: ["respondent.livingWithHiv"] };
    const no = { ...minimal(), respondent: { ...minimal().respondent, livingWithHiv: false } };
    expect(issuesOf(declined)).toEqual([]);
    expect(issuesOf(no)).toEqual([]);
    expect(issuesOf({ ...no, declined: ["respondent.livingWithHiv"] })).toEqual(["respondent.livingWithHiv DECLINED_BUT_ANSWERED"]);
  });

  it("accepts a starred question declined instead of answered", () => {
    const r = minimal();
    delete r.respondent.age;
    expect(issuesOf(r)).toEqual(["respondent.age REQUIRED"]);
    expect(issuesOf({ ...r, declined: ["respondent.age"] })).toEqual([]);
  });

  it("reports an unknown key at its own path, never dropping it", () => {
    const r = minimal();
    r.respondent.nickname = "Кисуля";
    r.police = { rightsViolated: false, badge: 1 };
    expect(issuesOf(r)).toEqual(["respondent.nickname UNKNOWN_KEY", "police.badge UNKNOWN_KEY"]);
  });

  it("finds every issue of a record in one pass, structural and cross-field together", () => {
    const r = minimal();
    r.respondent.age = 9;
    r.respondent.hasId = true;
    r.respondent.noIdReason = "забрал сутенёр";
    r.consent.givenOn = "2016-02-09";
    expect(issuesOf(r).sort()).toEqual(
      ["respondent.age OUT_OF_RANGE", "respondent.noIdReason DETAIL_WITHOUT_GATE", "consent.givenOn CONSENT_BEFORE_INTERVIEW"].sort(),
    );
  });

  it("lets consent be confirmed after the interview, never before", () => {
    const r = minimal();
    r.consent.givenOn = "2016-03-01";
    expect(issuesOf(r)).toEqual([]);
    r.consent.withdrawnOn = "2016-02-29";
    expect(issuesOf(r)).toEqual(["consent.withdrawnOn WITHDRAWN_BEFORE_GIVEN"]);
  });

  it("rejects a date after the as-of day, and judges the same record valid on a later day", () => {
    const r = { ...minimal(), consent: { ...minimal().consent, withdrawnOn: "2027-01-10" } };
    expect(issuesOf(r)).toEqual(["consent.withdrawnOn FUTURE_DATE"]);
    expect(issuesOf(r, { asOf: "2027-01-10" })).toEqual([]);
  });

  it("writes a charge known only to the month as the month's first day", () => {
    const charge = { date: "2016-05-20", datePrecision: "month", code: "administrative", offence: "prostitution", role: "sexWorker" };
    expect(issuesOf({ ...minimal(), charges: [charge] })).toEqual(["charges[0].date DATE_NOT_PERIOD_START"]);
    expect(issuesOf({ ...minimal(), charges: [{ ...charge, date: "2016-05-01" }] })).toEqual([]);
    expect(issuesOf({ ...minimal(), charges: [{ ...charge, date: "2016-01-01", datePrecision: "year" }] })).toEqual([]);
  });

  it("needs a violation ticked (or described) when rights were violated, and none when they were not", () => {
    const police = (p: object) => issuesOf({ ...minimal(), police: p });
    expect(police({ rightsViolated: true })).toEqual(["police.violations VIOLATIONS_MISSING"]);
    expect(police({ rightsViolated: true, otherViolation: "забрали телефон" })).toEqual([]);
    expect(police({ rightsViolated: false, violations: [] })).toEqual([]);
    expect(police({ rightsViolated: false, violations: ["beating"] })).toEqual(["police.violations DETAIL_WITHOUT_GATE"]);
    expect(police({ violations: ["beating"] })).toEqual(["police.violations DETAIL_WITHOUT_GATE"]);
  });

  it("trims and NFC-normalises text, and rejects text that is empty once trimmed", () => {
    const decomposed = "Алия Сеи\u0306това"; // й as и + combining breve
    const r = { ...minimal(), respondent: { ...minimal().respondent, fullName: `  ${decomposed} ` } };
    const result = safeParseRecord(r, { asOf });
    expect(result.success && !isRefusal(result.data) && result.data.respondent.fullName).toBe("Алия Сейтова");
    expect(issuesOf({ ...r, respondent: { ...r.respondent, fullName: "   " } })).toEqual(["respondent.fullName EMPTY_TEXT"]);
  });

  it("refuses an interviewer written as a name instead of a code", () => {
    expect(issuesOf({ ...minimal(), interview: { date: "2016-02-10", interviewerId: "Гульнара Ахметова" } })).toEqual([
      "interview.interviewerId INVALID_FORMAT",
    ]);
  });

  it("echoes a wrong choice only when it looks like a code, never free text typed into a choice", () => {
    const bad = (gender: unknown) => {
      const result = safeParseRecord({ ...minimal(), respondent: { ...minimal().respondent, gender } }, { asOf });
      return result.success ? "" : (result.issues[0]?.message ?? "");
    };
    expect(bad("woman")).toContain('"woman"');
    expect(bad("Алия Сеитова, 27")).not.toContain("Алия");
  });

  it("answers a non-object with one located issue, in Russian when asked", () => {
    const result = safeParseRecord([1, 2], { asOf, locale: "ru" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: "INVALID_TYPE", path: [] });
      expect(result.issues[0].message).toMatch(/Ожидалось/);
    }
  });

  it("recognises the records it returned, valid as of their day and every later one", () => {
    const input = minimal();
    const result = safeParseRecord(input, { asOf });
    expect(result.success && parsedAsOf(result.data)).toBe(asOf);
    expect(parsedAsOf(input)).toBeUndefined();
    expect(parsedAsOf("2026-11-28")).toBeUndefined();
  });

  it("parseRecord returns the record or throws one RecordValidationError carrying every issue", () => {
    expect(parseRecord(minimal(), { asOf }).id).toBe("a1b2c3d4-0000-4000-8000-000000000001");
    const bad = { ...minimal(), schemaVersion: 3, extra: true };
    expect(() => parseRecord(bad, { asOf })).toThrow(RecordValidationError);
    try {
      parseRecord(bad, { asOf });
    } catch (error) {
      const issues = (error as RecordValidationError).issues.map((i) => `${formatPath(i.path)} ${i.code}`);
      expect(issues[0]).toBe("schemaVersion UNSUPPORTED_VERSION");
      expect(issues).toContain("extra UNKNOWN_KEY");
    }
  });
});
