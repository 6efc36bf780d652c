import { type InterviewRecord, isRedumbrellaError, type PoliceSection } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { counted, countedRecords, ON, SEED_MEDICAL, SEED_POLICE, seedRecords, withSection } from "./internal/fixtures.js";
import type { Breakdown, Count, Distribution, Report, YesNoCounts } from "./types.js";

const build = (records: readonly unknown[], minCell = 5): Report => buildReport(records, { asOf: ON, validatedOn: ON, minCell });
const police = (records: readonly InterviewRecord[], make: (i: number) => PoliceSection | undefined): InterviewRecord[] =>
  records.map((r, i) => withSection(r, "police", make(i)));

describe("the seed report's tables, by construction", () => {
  const records = seedRecords();

  it("with suppression off, gives the published counts", () => {
    const report = build(records, 0);
    expect(report.respondents).toBe(60);
    expect(report.police.violations).toEqual(SEED_POLICE);
    expect(report.medical.violations).toEqual(SEED_MEDICAL);
    expect(report.police.knowsWhereToComplain).toMatchObject({ total: 60, yes: 27, no: 33, declined: 0, notAsked: 0 });
    expect(report.police.complained).toMatchObject({ total: 60, yes: 8, no: 52 });
    expect(report.police.complaintAccepted).toMatchObject({ total: 8, yes: 2, no: 6, gate: "police.complained" });
    expect(report.police.perpetratorProsecuted).toMatchObject({ total: 8, yes: 0, no: 8 });
    expect(report.medical.knowsWhereToComplain).toMatchObject({ yes: 47, no: 13 });
    expect(report.police.violationShares.extortion).toBeCloseTo(0.9);
  });

  it("counts complaint acceptance over those who complained: 0 of 6, not the seed's 0 of 54", () => {
    const report = build(records, 0);
    expect(report.medical.complained).toMatchObject({ yes: 6, no: 54 });
    expect(report.medical.complaintAccepted).toMatchObject({ total: 6, yes: 0, no: 6, shares: { yes: 0, no: 1 } });
  });

  it("with minCell 5, hides the small counts and what gives them away", () => {
    const report = build(records);
    expect(report.police.violations).toMatchObject({ sexualAbuse: null, gangRape: null, robbery: 8, medicalServicesRefused: 0 });
    expect(report.police.violationShares).toMatchObject({ sexualAbuse: null, robbery: 8 / 60 });
    expect(report.police.violationsSuppressed).toEqual({ sexualAbuse: "primary", gangRape: "primary" });
    expect(report.medical.violations).toMatchObject({ beating: null, hivStatusDisclosed: null, extortion: 15 });
    // "Accepted 2, not accepted 6" of 8 who complained: both hidden, the 8 stays.
    expect(report.police.complaintAccepted).toMatchObject({
      total: 8,
      yes: null,
      no: null,
      shares: { yes: null, no: null },
      suppressed: { yes: "primary", no: "complementary" },
    });
    expect(checkReport(report)).toEqual([]);
  });
});

describe("what is counted", () => {
  const base = countedRecords(12, 7);

  it("counts declined and not asked apart from yes and no, and follow-ups only over their gate", () => {
    const records = police(base, (i) => {
      if (i < 6) return { knowsWhereToComplain: true, complained: true, complaintAccepted: i < 1 };
      if (i < 9) return { knowsWhereToComplain: false, complained: false };
      if (i < 11) return {}; // the section was started but these were not answered
      return undefined; // no police section at all
    }).map((r, i) => (i === 9 || i === 10 ? { ...r, declined: ["police.complained"] } : r));
    const report = build(records, 0);
    const q = report.police;
    expect(q.knowsWhereToComplain).toMatchObject({ total: 12, yes: 6, no: 3, declined: 0, notAsked: 3 });
    expect(q.complained).toMatchObject({ total: 12, yes: 6, no: 3, declined: 2, notAsked: 1 });
    // Asked only of the 6 who complained; one of them was not asked about prosecution.
    expect(q.complaintAccepted).toMatchObject({ total: 6, yes: 1, no: 5, declined: 0, notAsked: 0 });
    expect(q.perpetratorProsecuted).toMatchObject({ total: 6, yes: 0, no: 0, declined: 0, notAsked: 6 });
  });

  it("puts Q20 in the form's bands, made non-overlapping: a number or a box, never detained apart", () => {
    const times = [1, 2, 3, 4, 5, 6, 40];
    const boxes = ["twoOrThree", "moreThan5"] as const;
    const records = police(countedRecords(14, 7), (i) => {
      if (i < times.length) {
        const fine = i === 0 ? { finePaid: true, fine: { amount: 20000, currency: "KZT" } } : i === 1 ? { finePaid: false } : {};
        return { detained: true, detention: { timesDetained: times[i] as number, ...fine } };
      }
      if (i < 9) return { detained: true, detention: { timesDetainedBox: boxes[i - 7] as (typeof boxes)[number] } };
      if (i === 9) return { detained: false }; // never detained, not "not asked"
      if (i === 10) return { rightsViolated: false }; // no detention part, as v1 recorded "never"
      if (i === 11) return {};
      if (i === 12) return { detained: true, detention: { badgeShown: false } }; // detained, how often not asked
      return undefined;
    }).map((r, i) => (i === 11 ? { ...r, declined: ["police.detained"] } : r));
    const report = build(records, 0);
    const d = report.profile.timesDetained;
    expect(d.counts).toEqual({ never: 2, once: 1, "2to3": 3, "4to5": 2, "6orMore": 3 });
    expect({ declined: d.declined, notAsked: d.notAsked, total: d.total }).toEqual({ declined: 1, notAsked: 2, total: 14 });
    // D3: "no" is no fine; the never detained are not "not asked".
    const fine = report.profile.finePaid;
    expect(fine.counts).toEqual({ never: 2, yes: 1, no: 1 });
    expect({ declined: fine.declined, notAsked: fine.notAsked }).toEqual({ declined: 1, notAsked: 9 });
    expect(checkReport(report)).toEqual([]);
  });

  it("age bands, venues (several per respondent), education, ID held", () => {
    const ages = [18, 24, 25, 34, 35, 44, 45, 54, 55, 99, 30, 30];
    const venues = [["sauna"], ["sauna", "hotel"], [], ["onCall"]] as const;
    const records = base.map((r, i) => {
      const { sexWorkVenues: _, timeInSexWork: __, hasId: ___, noIdReason: ____, ...respondent } = r.respondent;
      const v = venues[i];
      return {
        ...r,
        declined: (r.declined ?? []).filter((p) => !p.startsWith("respondent.")),
        respondent: {
          ...respondent,
          age: ages[i] as number,
          ...(v === undefined ? {} : { sexWorkVenues: [...v] }),
          ...(i < 3 ? { hasId: i > 0 } : {}),
        },
      };
    });
    const report = build(records, 0);
    expect(report.profile.age.counts).toEqual({ under18: 0, "18to24": 2, "25to34": 4, "35to44": 2, "45to54": 2, "55andOver": 2 });
    expect(report.profile.sexWorkVenues).toMatchObject({
      multiple: true,
      counts: { street: 0, onCall: 1, sauna: 2, hotel: 1, apartment: 0, none: 1 },
      notAsked: 8,
    });
    expect(report.profile.hasId).toMatchObject({ counts: { yes: 2, no: 1 }, notAsked: 9 });
    expect(report.profile.timeInSexWork.notAsked).toBe(12);
  });

  it("names countries of at least minCell, merges the rest, and keeps stateless apart", () => {
    const citizenships = ["KZ", "KZ", "KZ", "KZ", "KZ", "UZ", "UZ", "KG", "stateless", "KZ", "RU", "KZ"];
    const records = base.map((r, i) => ({ ...r, respondent: { ...r.respondent, citizenship: citizenships[i] as string } }));
    // Stateless 1 is small, and 12 − 7 − 4 would give it away: the 4 other countries are hidden too.
    expect(build(records, 3).profile.citizenship.counts).toEqual({ KZ: 7, stateless: null, otherCountries: null });
    expect(build(records, 3).profile.citizenship.suppressed).toEqual({ stateless: "primary", otherCountries: "complementary" });
    expect(build(records, 0).profile.citizenship.counts).toEqual({ KZ: 7, UZ: 2, KG: 1, RU: 1, stateless: 1, otherCountries: 0 });
  });

  it("excludes records without statistics consent, and lists invalid ones by index, id and codes only", () => {
    const [a, b, c, d] = base as [InterviewRecord, InterviewRecord, InterviewRecord, InterviewRecord];
    const noStats = { ...a, consent: { ...a.consent, items: { ...a.consent.items, statistics: { answer: false } } } };
    const withdrawn = { ...b, consent: { ...b.consent, withdrawnOn: "2016-01-01" } };
    const invalid = { ...c, respondent: { ...c.respondent, age: "Aigul, 29" } };
    const badId = { ...d, id: "Aigul Nurlanovna", respondent: { ...d.respondent, nickname: "Aika" } };
    const report = build([noStats, withdrawn, invalid, badId, "not a record", ...base.slice(4)]);
    expect(report.records).toBe(13);
    expect(report.respondents).toBe(8);
    expect(report.excluded).toEqual({
      total: 5,
      byReason: { CONSENT_NOT_GIVEN: 1, WITHDRAWN: 1, INVALID_RECORD: 3 },
      invalid: [
        { index: 2, id: c.id, issues: ["INVALID_TYPE"] },
        { index: 3, id: null, issues: ["INVALID_FORMAT", "UNKNOWN_KEY"] },
        { index: 4, id: null, issues: ["INVALID_TYPE"] },
      ],
      withdrawn: 1,
      refusalsAfterAsOf: 0,
    });
    expect(JSON.stringify(report)).not.toMatch(/Aigul|Aika/);
  });

  it("refuses bad options", () => {
    for (const options of [
      { asOf: "2026-02-30" },
      { asOf: ON, minCell: 2 },
      { asOf: ON, minCell: -1 },
      { asOf: ON, locale: "de" },
      { asOf: ON, validatedOn: "yesterday" },
    ]) {
      expect(() => buildReport([], options as never)).toThrow(expect.objectContaining({ name: "ReportError", code: "INVALID_OPTION" }));
    }
  });

  it("says which option is wrong, as a located issue of a RedumbrellaError", () => {
    const error = (() => {
      try {
        buildReport([], { asOf: ON, minCell: 2 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isRedumbrellaError(error)).toBe(true);
    expect(error).toMatchObject({
      code: "INVALID_OPTION",
      issues: [{ code: "INVALID_OPTION", path: ["minCell"], message: expect.stringContaining("whole number ≥ 3") }],
      message: expect.stringMatching(/^INVALID_OPTION: minCell: minCell 2 is refused/),
    });
    expect(() => buildReport([], { asOf: "2026-02-30" })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ["asOf"] })] }),
    );
  });

  it("reports no one when there is no one", () => {
    const report = build([]);
    expect(report.respondents).toBe(0);
    expect(report.police.complained).toMatchObject({ total: 0, yes: 0, shares: { yes: null } });
    expect(checkReport(report)).toEqual([]);
  });
});

// Records most of which are counted, with police detention (which recordArb leaves out) now and then.
const recordsArb = fc.array(
  fc
    .tuple(recordArb({ minDate: "2015-01-01", maxDate: "2015-12-31" }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 9 })))
    .map(([record, consent, times]) => {
      const r = consent ? counted(record) : record;
      return times === null ||
        r.police === undefined ||
        r.declined?.some((p) => p.startsWith("police.detention") || p === "police.detained") === true
        ? r
        : { ...r, police: { ...r.police, detained: true, detention: { timesDetained: times } } };
    }),
  { maxLength: 40 },
);

/** The report without what names records (their positions) or counts them all, counted or not: what tables show. */
function tables(report: Report): unknown {
  const { excluded: _, records: __, methodology, ...rest } = report;
  const { approached: ___, interviewed: ____, ...counted } = methodology;
  return { ...rest, methodology: counted };
}

// Each run builds two reports of up to 40 records: seconds on a loaded machine (timing goals live in bench/).
const PROPERTY_TIMEOUT = 60_000;

/** Every published count of a report, with where it is. */
function publishedCounts(report: Report): [string, Count][] {
  const out: [string, Count][] = [];
  for (const section of ["police", "medical"] as const) {
    for (const [code, n] of Object.entries(report[section].violations)) out.push([`${section}.${code}`, n as Count]);
    for (const [_key, q] of Object.entries(report[section])) {
      if (typeof q !== "object" || q === null || !("field" in q)) continue;
      const c = q as YesNoCounts;
      // The total of a question asked of everyone is the number of respondents, which is published.
      for (const cell of ["total", "yes", "no", "declined", "notAsked"] as const)
        if (cell !== "total" || c.gate !== null) out.push([`${c.field}.${cell}`, c[cell]]);
    }
  }
  for (const d of Object.values(report.profile) as Distribution[]) {
    for (const [key, n] of Object.entries(d.counts)) out.push([`${d.field}.${key}`, n]);
    out.push([`${d.field}.declined`, d.declined], [`${d.field}.notAsked`, d.notAsked]);
  }
  const { respondents, complainants, incidents: _, suppressed: __, ...tables } = report.incidents;
  out.push(["incidents.respondents", respondents], ["incidents.complainants", complainants]);
  for (const b of [report.methodology.refusalReasons, report.methodology.outcomes, ...(Object.values(tables) as Breakdown[])]) {
    for (const [key, n] of Object.entries(b.counts)) out.push([`${b.field}.${key}`, n]);
  }
  return out;
}

describe("properties", () => {
  it(
    "counts do not depend on record order",
    () => {
      fc.assert(
        fc.property(recordsArb, fc.array(fc.double({ noNaN: true }), { maxLength: 40 }), (records, keys) => {
          const shuffled = records
            .map((r, i) => [keys[i] ?? i, r] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, r]) => r);
          expect(tables(build(shuffled))).toEqual(tables(build(records)));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "adding a record without statistics consent changes no table",
    () => {
      fc.assert(
        fc.property(recordsArb, recordArb({ minDate: "2015-01-01", maxDate: "2015-12-31" }), fc.nat(), (records, extra, at) => {
          const consent = counted(extra).consent;
          const refused = { ...counted(extra), consent: { ...consent, items: { ...consent.items, statistics: { answer: false } } } };
          const more = [...records.slice(0, at % (records.length + 1)), refused, ...records.slice(at % (records.length + 1))];
          expect(tables(build(more))).toEqual(tables(build(records)));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "publishes no count from 1 to minCell − 1, and no share whose count is hidden",
    () => {
      fc.assert(
        fc.property(recordsArb, fc.integer({ min: 3, max: 8 }), (records, minCell) => {
          const report = build(records, minCell);
          for (const [where, n] of publishedCounts(report)) if (n !== null) expect(n >= 1 && n < minCell, where).toBe(false);
          for (const [code, n] of Object.entries(report.police.violations)) {
            expect((report.police.violationShares as Record<string, number | null>)[code] === null).toBe(
              n === null || report.respondents === 0,
            );
          }
          expect(checkReport(report)).toEqual([]);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "with minCell 0, the tables add up and equal the true counts",
    () => {
      fc.assert(
        fc.property(recordsArb, (records) => {
          const report = build(records, 0);
          expect(publishedCounts(report).every(([, n]) => n !== null)).toBe(true);
          expect(checkReport(report)).toEqual([]);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
