import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordIdOf } from "../record-id.js";
import { importSubmissions } from "./import.js";

const AS_OF = "2026-12-06";
const KOBO = readFileSync(new URL("./fixtures/kobo-api-v2.json", import.meta.url), "utf8");
const report = importSubmissions(KOBO, { asOf: AS_OF });
const ok = (i: number) => {
  const s = report.submissions[i];
  if (s === undefined || !s.success) throw new Error(`submission ${i}: ${JSON.stringify(s)}`);
  return s;
};

describe("a KoboToolbox API v2 export (flat group/question keys, strings, _uuid, _attachments)", () => {
  it("is detected and every submission is valid", () => {
    expect({ format: report.format, valid: report.valid, invalid: report.invalid }).toEqual({ format: "kobo-json", valid: 3, invalid: 0 });
  });

  it("an interview becomes the record a documentator would have typed", () => {
    expect(ok(0).record).toEqual({
      schemaVersion: 2,
      id: recordIdOf("3f6c9d2a-7b41-4e8f-9a0c-5d1e2b3c4a5f"),
      interview: { date: "2026-11-02", interviewerId: "D2", language: "ru" },
      consent: {
        recordedBy: "oral",
        witnessId: "D3",
        givenOn: "2026-11-02",
        items: {
          statistics: { answer: true },
          useWithoutName: { answer: true },
          publicName: { answer: false },
          lawEnforcementComplaint: { answer: true, givenOn: "2026-11-05" },
        },
      },
      respondent: {
        gender: "female",
        ethnicity: "Kazakh",
        citizenship: "KZ",
        hasId: false,
        noIdReason: "Документы остались у сутенёра",
        sexWorkVenues: ["street", "sauna"],
        timeInSexWork: "over1Year",
        residence: { settlement: "Taldykorgan", settlementType: "city" },
      },
      sexWorkCriminalised: "dontKnow",
      police: {
        rightsViolated: true,
        violations: ["extortion", "beating"],
        knowsWhereToComplain: false,
        complained: false,
        whyNotComplained: "Боюсь, что будет хуже",
        detained: true,
        detention: { timesDetained: 2, badgeShown: false, outcomes: ["paidForRelease"], finePaid: false },
      },
      medical: { rightsViolated: false },
      incidents: [
        {
          id: "i1",
          date: "2026-10-01",
          datePrecision: "month",
          place: { kind: "sauna", settlement: "Taldykorgan" },
          perpetrators: [{ kind: "police", count: 2, rank: "сержант" }],
          acts: ["beating", "extortion"],
          detention: { hours: 5, heldIn: "policeStationCell", lawyerAllowed: false },
          payments: [{ to: "officer", purpose: "release", amount: 20000, currency: "KZT", receipt: false }],
          evidence: ["witness"],
        },
      ],
      declined: ["respondent.age", "respondent.injectsDrugs"],
    });
  });

  it("statistics refused: the record holds the interview, the consent and nothing about her; the interview is marked interrupted", () => {
    const { record } = ok(1);
    expect(record).toMatchObject({
      interview: { outcome: "interrupted" },
      consent: { items: { statistics: { answer: false } } },
      respondent: {},
    });
    expect(Object.keys(record).sort()).toEqual(["consent", "id", "interview", "respondent", "schemaVersion"]);
  });

  it("a refusal to take part is a refusal record", () => {
    expect(ok(2).record).toEqual({
      schemaVersion: 2,
      id: recordIdOf("uuid:c0ffee00-1234-4abc-9def-0123456789ab"),
      interview: { date: "2026-11-04", interviewerId: "D3", outcome: "refused", refusalReason: "fear" },
    });
  });

  it("the submitter, device, GPS, timestamps and attachments are dropped by name and never reach a record", () => {
    expect(report.dropped).toEqual(
      expect.arrayContaining([
        "_submitted_by",
        "deviceid",
        "_geolocation",
        "start",
        "end",
        "_attachments",
        "meta/instanceName",
        "_submission_time",
      ]),
    );
    const text = JSON.stringify(report.submissions.map((s) => (s.success ? s.record : null)));
    for (const secret of ["alma_ngo_field", "collect:Xy7kQ2mN4pR8sT1v", "43.016", "10:01:12", "x.jpg"]) expect(text).not.toContain(secret);
  });

  it("the record id is made from the instance id: the same submission imported again gets the same id", () => {
    const again = importSubmissions(KOBO, { asOf: AS_OF });
    expect(again.submissions.map((s) => s.id)).toEqual(report.submissions.map((s) => s.id));
    expect(ok(0).record.id).toBe(recordIdOf("uuid:3f6c9d2a-7b41-4e8f-9a0c-5d1e2b3c4a5f"));
  });
});

describe("a malformed Kobo export", () => {
  const malformed = JSON.parse(KOBO) as { results: unknown[] };
  const first = malformed.results[0] as Record<string, unknown>;
  malformed.results = [
    { ...first, "respondent/hasId": "maybe", "respondent/age_declined": "", "respondent/age": "twenty" },
    { ...first, "meta/instanceID": undefined, _uuid: undefined, "respondent/nickname": "Aigul" },
    { ...first, "consent/items/statistics/answer": undefined, "meta/instanceID": "uuid:0d15ea5e-0000-4000-8000-000000000002" },
    "not a submission",
    first,
  ];
  const bad = importSubmissions(JSON.stringify(malformed), { asOf: AS_OF });
  const issues = (i: number) => {
    const s = bad.submissions[i];
    return s === undefined || s.success ? [] : s.issues.map(({ code, path }) => ({ code, path: path.join(".") }));
  };

  it("each problem is located at its submission's field, with its instance id", () => {
    expect(issues(0)).toEqual([
      { code: "INVALID_ANSWER", path: "respondent.age" },
      { code: "INVALID_ANSWER", path: "respondent.hasId" },
    ]);
    expect(bad.submissions[0]?.instanceId).toBe("uuid:3f6c9d2a-7b41-4e8f-9a0c-5d1e2b3c4a5f");
    expect(issues(1)).toEqual([
      { code: "NO_INSTANCE_ID", path: "meta.instanceID" },
      { code: "UNKNOWN_FIELD", path: "respondent.nickname" },
    ]);
    expect(issues(2)).toEqual([{ code: "REQUIRED", path: "consent.items.statistics" }]);
    expect(issues(3)).toEqual([{ code: "NOT_A_SUBMISSION", path: "" }]);
    expect(issues(4)).toEqual([{ code: "DUPLICATE_SUBMISSION", path: "" }]);
    expect({ valid: bad.valid, invalid: bad.invalid }).toEqual({ valid: 0, invalid: 5 });
  });

  it("messages never echo free text typed where a code belongs", () => {
    expect(JSON.stringify(bad.submissions)).not.toContain("Aigul");
    const hasId = bad.submissions[0];
    expect(hasId !== undefined && !hasId.success && hasId.issues.find((i) => i.path.join(".") === "respondent.hasId")?.message).toBe(
      'Expected yes | no for respondent/hasId, got "maybe".',
    );
  });
});
