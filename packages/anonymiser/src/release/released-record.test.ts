import { describe, expect, it } from "vitest";
import { PSEUDONYM_PATTERN, ReleasedRecordSchema } from "./released-record.js";

const RELEASED = {
  schemaVersion: 2,
  pid: "0123456789abcdef0123456789abcdef",
  interview: { date: "2015-Q4", interviewerId: "*", language: "ru" },
  respondent: {
    gender: "female",
    age: "25-34",
    citizenship: "other",
    livingWithHiv: true,
    sexWorkVenues: "street+sauna",
    residence: { settlement: "*", settlementType: "*", region: "Almaty Region" },
  },
  police: { rightsViolated: true, violations: ["extortion"] },
  charges: [{ date: "2015", code: "administrative", offence: "prostitution", role: "sexWorker" }],
  declined: ["respondent.education"],
};

describe("ReleasedRecordSchema", () => {
  it("accepts a released record: generalised values as strings, stars for suppressed groups and lists", () => {
    expect(ReleasedRecordSchema.safeParse(RELEASED).success).toBe(true);
    expect(
      ReleasedRecordSchema.safeParse({ ...RELEASED, charges: "*", respondent: { ...RELEASED.respondent, residence: "*" } }).success,
    ).toBe(true);
  });

  it("rejects a direct identifier, the raw id and the consent block, and anything not in the record's shape", () => {
    const rejects = (record: object): boolean => !ReleasedRecordSchema.safeParse(record).success;
    expect(rejects({ ...RELEASED, id: "6cfe2e33-6942-4da8-bc2f-ede7e859b1ae" })).toBe(true);
    expect(rejects({ ...RELEASED, consent: { statistics: true } })).toBe(true);
    expect(rejects({ ...RELEASED, respondent: { ...RELEASED.respondent, fullName: "Айгерим Ахметова" } })).toBe(true);
    expect(rejects({ ...RELEASED, respondent: { ...RELEASED.respondent, code: "TK-052" } })).toBe(true);
    expect(rejects({ ...RELEASED, extra: 1 })).toBe(true);
    expect(rejects({ ...RELEASED, pid: "TK-052" })).toBe(true);
  });

  it("keeps the record's own types where nothing is generalised", () => {
    expect(ReleasedRecordSchema.safeParse({ ...RELEASED, respondent: { ...RELEASED.respondent, livingWithHiv: "yes" } }).success).toBe(
      false,
    );
    expect(ReleasedRecordSchema.safeParse({ ...RELEASED, respondent: { ...RELEASED.respondent, age: 27 } }).success).toBe(false);
    expect(ReleasedRecordSchema.safeParse({ ...RELEASED, police: { ...RELEASED.police, violations: ["bribery"] } }).success).toBe(false);
  });

  it("takes police-held facts only as strings, and never their free text", () => {
    const rejects = (record: object): boolean => !ReleasedRecordSchema.safeParse(record).success;
    expect(
      rejects({
        ...RELEASED,
        police: { ...RELEASED.police, complained: "true", detention: { timesDetained: "2-3", fine: { amount: "10000-19999" } } },
      }),
    ).toBe(false);
    expect(rejects({ ...RELEASED, police: { ...RELEASED.police, detention: { fine: { amount: 11000 } } } })).toBe(true);
    expect(rejects({ ...RELEASED, police: { ...RELEASED.police, complaintTo: "прокуратура" } })).toBe(true);
    expect(rejects({ ...RELEASED, charges: [{ ...RELEASED.charges[0], offenceText: "занятие проституцией" }] })).toBe(true);
    expect(rejects({ ...RELEASED, charges: [{}, {}] })).toBe(false);
  });

  it("takes 32 lowercase hex digits as a pseudonym", () => {
    expect(PSEUDONYM_PATTERN.test("0123456789abcdef0123456789abcdef")).toBe(true);
    expect(PSEUDONYM_PATTERN.test("0123456789ABCDEF0123456789ABCDEF")).toBe(false);
  });
});
