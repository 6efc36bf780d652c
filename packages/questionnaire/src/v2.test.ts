// Record v2, rule by rule: each rule of record-v2.md with the case a documentator or lawyer would
// name, its located error, and its message in en, ru and kk; then upgradeRecord.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "./core/issue.js";
import { LOCALES } from "./core/locale.js";
import { isRefusal, safeParseRecord } from "./parse.js";
import type { RecordV1 } from "./schema/v1.js";
import { recordArb, recordV1Arb, refusalArb } from "./testing/index.js";
import { upgradeRecord } from "./upgrade.js";

const root = join(import.meta.dirname, "../../..");
const asOf = "2026-11-28";
const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: 16 };
type Obj = Record<string, any>;
const read = (file: string): Obj => JSON.parse(readFileSync(join(root, file), "utf8"));
const incident = (): Obj => read("examples/spec/record-v2-incident.json");
const issuesOf = (input: unknown): string[] => {
  const result = safeParseRecord(input, { asOf });
  return result.success ? [] : result.issues.map((i) => `${formatPath(i.path)} ${i.code}`);
};
/** The message of the one issue at `path`, in every language. */
const messages = (input: unknown, path: string): string[] =>
  LOCALES.map((locale) => {
    const result = safeParseRecord(input, { asOf, locale });
    const issue = result.success ? undefined : result.issues.find((i) => formatPath(i.path) === path);
    return issue?.message ?? "";
  });
const expectInEveryLanguage = (input: unknown, path: string): void => {
  const [en, ru, kk] = messages(input, path);
  expect(en).toMatch(/[a-z]/);
  expect(ru).toMatch(/[а-яё]/);
  expect(kk).toMatch(/[әғқңөұүһі]|[а-я]/);
  expect(new Set([en, ru, kk]).size).toBe(3);
};

describe("record v2, rule by rule", () => {
  it("accepts the spec's incident example and reads a refusal as a refusal", () => {
    expect(issuesOf(incident())).toEqual([]);
    const refusal = safeParseRecord(read("examples/spec/record-v2-refusal.json"), { asOf });
    expect(refusal.success && isRefusal(refusal.data)).toBe(true);
  });

  it("a refusal holds nothing about the person, not even her consent", () => {
    const refusal = { ...read("examples/spec/record-v2-refusal.json"), consent: incident().consent, respondent: { age: 30 } };
    expect(issuesOf(refusal)).toEqual(["consent REFUSAL_WITH_ANSWERS", "respondent REFUSAL_WITH_ANSWERS"]);
    expectInEveryLanguage(refusal, "consent");
  });

  it("an interview that took place needs its consent and its respondent", () => {
    const { consent: _c, respondent: _r, ...bare } = incident();
    expect(issuesOf(bare)).toEqual(["consent REQUIRED", "respondent REQUIRED"]);
  });

  it("a refusal reason only for a refusal", () => {
    const r = incident();
    r.interview.refusalReason = "fear";
    expect(issuesOf(r)).toEqual(["interview.refusalReason DETAIL_WITHOUT_GATE"]);
  });

  it("an interrupted interview may lack the starred questions", () => {
    const r = incident();
    r.interview.outcome = "interrupted";
    delete r.respondent.age;
    expect(issuesOf(r)).toEqual([]);
    r.interview.outcome = "completed";
    expect(issuesOf(r)).toEqual(["respondent.age REQUIRED"]);
  });

  it("a consent item renewed before the block was given, or withdrawn before it was given", () => {
    const r = incident();
    r.consent.items.lawEnforcementComplaint.givenOn = "2015-04-01";
    expect(issuesOf(r)).toEqual(["consent.items.lawEnforcementComplaint.givenOn CONSENT_ITEM_BEFORE_BLOCK"]);
    expectInEveryLanguage(r, "consent.items.lawEnforcementComplaint.givenOn");
    const w = incident();
    w.consent.items.lawEnforcementComplaint.withdrawnOn = "2015-05-01";
    expect(issuesOf(w)).toEqual(["consent.items.lawEnforcementComplaint.withdrawnOn WITHDRAWN_BEFORE_GIVEN"]);
    // Withdrawing one item alone, after it was given, is what v2 is for.
    w.consent.items.lawEnforcementComplaint.withdrawnOn = "2015-05-20";
    expect(issuesOf(w)).toEqual([]);
  });

  it("Q20: never detained is said, and detention only with it", () => {
    const r = incident();
    r.police.detained = false;
    expect(issuesOf(r)).toEqual(["police.detention DETAIL_WITHOUT_GATE"]);
    expectInEveryLanguage(r, "police.detention");
    delete r.police.detention;
    expect(issuesOf(r)).toEqual([]);
  });

  it("Q20: the number or the paper's box, not both", () => {
    const r = incident();
    r.police.detention.timesDetainedBox = "moreThan3";
    expect(issuesOf(r)).toEqual(["police.detention.timesDetainedBox TIMES_DETAINED_TWICE"]);
    expectInEveryLanguage(r, "police.detention.timesDetainedBox");
    delete r.police.detention.timesDetained;
    expect(issuesOf(r)).toEqual([]);
  });

  it("a fine only when a fine was paid", () => {
    const r = incident();
    r.police.detention.finePaid = false;
    expect(issuesOf(r)).toEqual(["police.detention.fine DETAIL_WITHOUT_GATE"]);
  });

  it("an incident after the interview, an incident without a perpetrator", () => {
    const r = incident();
    r.incidents[0].date = "2015-05-01";
    r.incidents[0].perpetrators = [];
    expect(issuesOf(r)).toEqual([
      "incidents[0].date INCIDENT_AFTER_INTERVIEW",
      "incidents[0].perpetrators NO_PERPETRATOR",
      "incidents[0].detention NEEDS_POLICE_PERPETRATOR",
      "incidents[0].payments[0].to NEEDS_POLICE_PERPETRATOR",
    ]);
    expectInEveryLanguage(r, "incidents[0].date");
    expectInEveryLanguage(r, "incidents[0].perpetrators");
  });

  it("a detention and a payment to an officer need a police perpetrator", () => {
    const r = incident();
    r.incidents[0].perpetrators = [{ kind: "client" }];
    expect(issuesOf(r)).toEqual([
      "incidents[0].detention NEEDS_POLICE_PERPETRATOR",
      "incidents[0].payments[0].to NEEDS_POLICE_PERPETRATOR",
    ]);
    expectInEveryLanguage(r, "incidents[0].detention");
  });

  it("incident ids are unique, a charge names one that exists, acts do not repeat", () => {
    const r = incident();
    r.incidents.push(structuredClone(r.incidents[0]));
    r.charges[0].incident = "i9";
    r.incidents[0].acts.push("extortion");
    expect(issuesOf(r)).toEqual(["incidents[0].acts[6] DUPLICATE", "incidents[1].id DUPLICATE", "charges[0].incident UNKNOWN_INCIDENT"]);
    expectInEveryLanguage(r, "charges[0].incident");
  });

  it("an incident's id is a letter then letters or digits", () => {
    const r = incident();
    r.incidents[0].id = "1st";
    r.charges[0].incident = "1st";
    expect(issuesOf(r)).toContain("incidents[0].id INVALID_FORMAT");
  });

  it("a month-precise incident date is the month's first day", () => {
    const r = incident();
    r.incidents[0].datePrecision = "month";
    expect(issuesOf(r)).toEqual(["incidents[0].date DATE_NOT_PERIOD_START"]);
  });

  it("a charge cites an edition its code has", () => {
    const r = incident();
    r.charges[0].codeEdition = "1997";
    expect(issuesOf(r)).toEqual(["charges[0].codeEdition CODE_EDITION_MISMATCH"]);
    expectInEveryLanguage(r, "charges[0].codeEdition");
  });

  it("the perpetrators' badge numbers and names are direct identifiers; incident dates and places are police-known", async () => {
    const { fieldMeta } = await import("./metadata.js");
    expect(fieldMeta("incidents[].perpetrators[].badgeNumber")?.class).toBe("direct");
    expect(fieldMeta("incidents[0].perpetrators[1].name")?.class).toBe("direct");
    expect(fieldMeta("incidents[].date")?.policeKnown).toBe(true);
    expect(fieldMeta("incidents[].place.settlement")?.policeKnown).toBe(true);
    expect(fieldMeta("incidents[].narrative")?.class).toBe("freeText");
    expect(fieldMeta("medical.rightsViolated")?.onPaper).toBe(false);
    expect(fieldMeta("police.rightsViolated")?.onPaper).toBeUndefined();
  });
});

describe("generated v2 records", () => {
  it("validate, with incidents, consent item by item, and refusals", () => {
    let incidents = 0;
    let renewed = 0;
    fc.assert(
      fc.property(recordArb(), refusalArb(), (record, refusal) => {
        expect(issuesOf(record)).toEqual([]);
        expect(issuesOf(refusal)).toEqual([]);
        if (record.incidents !== undefined) incidents++;
        if (Object.values(record.consent.items).some((i) => i.givenOn !== undefined)) renewed++;
      }),
      runs,
    );
    // The arbitraries reach what v2 added.
    expect(incidents).toBeGreaterThan(0);
    expect(renewed).toBeGreaterThan(0);
  });
});

describe("upgradeRecord", () => {
  it("upgrades the v1 examples to valid v2", () => {
    for (const file of [
      "examples/spec/record-full.json",
      "examples/spec/record-minimal.json",
      "examples/valid/07-oral-consent-complaint.json",
    ]) {
      const v1 = read(file);
      const parsed = safeParseRecord(v1, { asOf });
      expect(parsed.success, file).toBe(true);
      if (!parsed.success || isRefusal(parsed.data)) continue;
      expect(parsed.data.schemaVersion).toBe(2);
      expect(issuesOf(parsed.data)).toEqual([]);
      expect(parsed.data.consent.items.statistics.answer).toBe(v1.consent.statistics);
    }
  });

  it("keeps every v1 answer, and invents nothing", () => {
    const TIME = { under6Months: "under6Months", "6to12Months": "about1Year", "1to3Years": "over1Year", over3Years: "over3Years" } as const;
    fc.assert(
      fc.property(recordV1Arb(), (v1: RecordV1) => {
        expect(issuesOf(v1)).toEqual([]);
        const v2 = upgradeRecord(v1);
        expect(issuesOf(v2)).toEqual([]);
        const { consent: c1, respondent: r1, police: p1, schemaVersion: _s1, ...rest1 } = v1;
        const { consent: c2, respondent: r2, police: p2, schemaVersion, ...rest2 } = v2;
        expect(schemaVersion).toBe(2);
        expect(rest2).toEqual(rest1);
        expect(c2).toEqual({
          recordedBy: c1.recordedBy,
          givenOn: c1.givenOn,
          ...(c1.withdrawnOn === undefined ? {} : { withdrawnOn: c1.withdrawnOn }),
          items: {
            statistics: { answer: c1.statistics },
            useWithoutName: { answer: c1.useWithoutName },
            publicName: { answer: c1.publicName },
            lawEnforcementComplaint: { answer: c1.lawEnforcementComplaint },
          },
        });
        const { timeInSexWork: t1, ...r1rest } = r1;
        const { timeInSexWork: t2, ...r2rest } = r2;
        expect(r2rest).toEqual(r1rest);
        expect(t2).toBe(t1 === undefined ? undefined : TIME[t1]);
        if (p1 === undefined) expect(p2).toBeUndefined();
        else {
          const { detained, detention, ...p2rest } = p2 ?? {};
          const { detention: d1, ...p1rest } = p1;
          expect(p2rest).toEqual(p1rest);
          expect(detained).toBe(d1 === undefined ? undefined : true);
          if (d1 !== undefined) {
            const { finePaid, ...d2rest } = detention ?? {};
            expect(d2rest).toEqual(d1);
            expect(finePaid).toBe(d1.fine === undefined ? undefined : true);
          }
        }
      }),
      runs,
    );
  });
});
