// The published report, read as an outsider would: for every suppressed cell, every whole number it
// could be given the published cells, the totals that must hold and what "<minCell" and "x" say.
// Written against the report's JSON alone, independently of the suppression engine.
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { counted, ON, seedRecords, withIncidents, withSection } from "./internal/fixtures.js";
import type { SuppressionReason } from "./suppress.js";
import type { Breakdown, Count, Distribution, Report, YesNoCounts } from "./types.js";

type Range = readonly [number, number];

/** What a reader knows of a cell alone: its value, or the range its marker stands for (every count ≤ respondents). */
function rangeOf(count: Count, reason: SuppressionReason | undefined, minCell: number, respondents: number): Range {
  if (count !== null) return [count, count];
  if (reason === "primary") return [1, minCell - 1];
  return reason === "complementary" ? [minCell, respondents] : [0, respondents];
}

/** For one row `Σ cells = sum`: every value each cell can take, or `undefined` when the row cannot hold. */
function rowValues(ranges: readonly Range[], sum: number): Range[] | undefined {
  const lo = ranges.reduce((s, [a]) => s + a, 0);
  const hi = ranges.reduce((s, [, b]) => s + b, 0);
  if (sum < lo || sum > hi) return undefined;
  return ranges.map(([a, b]) => [Math.max(a, sum - (hi - b)), Math.min(b, sum - (lo - a))] as const);
}

const CELLS = ["yes", "no", "declined", "notAsked"] as const;

/** Every suppressed cell of a section's yes/no questions, with the values it could take. */
function yesNoValues(report: Report, section: "police" | "medical"): Map<string, Set<number>> {
  const questions = Object.values(report[section]).filter((q): q is YesNoCounts => typeof q === "object" && q !== null && "field" in q);
  const { minCell, respondents } = report;
  const range = (q: YesNoCounts, cell: (typeof CELLS)[number]): Range => rangeOf(q[cell], q.suppressed[cell], minCell, respondents);
  const gates = [...new Set(questions.flatMap((q) => (q.gate === null ? [] : [q.gate])))];
  const gateQuestion = (field: string): YesNoCounts => questions.find((q) => q.field === field) as YesNoCounts;
  // Try every value of the gates' "yes" cells (their rows' totals); the rows are then independent.
  const choices = gates.map((g) => {
    const [a, b] = range(gateQuestion(g), "yes");
    return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  });
  const seen = new Map<string, Set<number>>();
  const visit = (at: number, fixed: Map<string, number>): void => {
    if (at < gates.length) {
      for (const v of choices[at] as number[]) visit(at + 1, new Map([...fixed, [gates[at] as string, v]]));
      return;
    }
    const found: [string, Range][] = [];
    for (const q of questions) {
      const ranges = CELLS.map(
        (cell): Range =>
          cell === "yes" && fixed.has(q.field) ? [fixed.get(q.field) as number, fixed.get(q.field) as number] : range(q, cell),
      );
      const values = rowValues(ranges, q.gate === null ? respondents : (fixed.get(q.gate) as number));
      if (values === undefined) return;
      CELLS.forEach((cell, i) => {
        found.push([`${q.field}.${cell}`, values[i] as Range]);
      });
    }
    for (const [key, [a, b]] of found) for (let v = a; v <= b; v++) seen.set(key, (seen.get(key) ?? new Set()).add(v));
  };
  visit(0, new Map());
  const suppressed = questions.flatMap((q) => CELLS.flatMap((cell) => (q[cell] === null ? [`${q.field}.${cell}`] : [])));
  return new Map(suppressed.map((key) => [key, seen.get(key) ?? new Set()]));
}

/** Every suppressed cell of a profile table, with the values it could take. */
function distributionValues(report: Report, d: Distribution): Map<string, Set<number>> {
  const keys = [...Object.keys(d.counts), "declined", "notAsked"];
  const counts = keys.map((k) => (k === "declined" ? d.declined : k === "notAsked" ? d.notAsked : (d.counts[k] ?? null)));
  const reasons = d.suppressed as Readonly<Record<string, SuppressionReason>>;
  const ranges = keys.map((k, i) => rangeOf(counts[i] ?? null, reasons[k], report.minCell, report.respondents));
  const values = d.multiple ? ranges : rowValues(ranges, d.total);
  const out = new Map<string, Set<number>>();
  keys.forEach((k, i) => {
    if (counts[i] !== null) return;
    const [a, b] = values?.[i] ?? [1, 0];
    out.set(`${d.field}.${k}`, new Set(Array.from({ length: Math.max(0, b - a + 1) }, (_, n) => a + n)));
  });
  return out;
}

/** Every suppressed cell of a table of the v2 additions (refusals, outcomes, incidents), with the values it could take. */
function breakdownValues(report: Report, b: Breakdown, name: string): Map<string, Set<number>> {
  const keys = Object.keys(b.counts);
  const reasons = b.suppressed as Readonly<Record<string, SuppressionReason>>;
  // Nothing counted exceeds its published total, or the records read.
  const ranges = keys.map((k) => rangeOf(b.counts[k] ?? null, reasons[k], report.minCell, b.total ?? report.records));
  const values = b.multiple || b.total === null ? ranges : rowValues(ranges, b.total);
  const out = new Map<string, Set<number>>();
  keys.forEach((k, i) => {
    if (b.counts[k] !== null) return;
    const [a, c] = values?.[i] ?? [1, 0];
    out.set(`${name}.${k}`, new Set(Array.from({ length: Math.max(0, c - a + 1) }, (_, n) => a + n)));
  });
  return out;
}

/** The tables of the v2 additions, by a name of their own. */
function breakdowns(report: Report): [string, Breakdown][] {
  const { respondents: _, complainants: __, incidents: ___, suppressed: ____, ...tables } = report.incidents;
  return [
    ["methodology.refusalReasons", report.methodology.refusalReasons],
    ["methodology.outcomes", report.methodology.outcomes],
    ...Object.entries(tables).map(([k, b]) => [`incidents.${k}`, b as Breakdown] as [string, Breakdown]),
  ];
}

/** Every suppressed cell of the report, with the values an outsider finds it could take. */
function outsiderView(report: Report): Map<string, Set<number>> {
  const all = new Map<string, Set<number>>();
  for (const section of ["police", "medical"] as const) {
    for (const [key, values] of yesNoValues(report, section)) all.set(key, values);
    const reasons = report[section].violationsSuppressed as Readonly<Record<string, SuppressionReason>>;
    for (const [code, n] of Object.entries(report[section].violations)) {
      if (n !== null) continue;
      const [a, b] = rangeOf(null, reasons[code], report.minCell, report.respondents);
      all.set(`${section}.violations.${code}`, new Set(Array.from({ length: b - a + 1 }, (_, k) => a + k)));
    }
  }
  for (const d of Object.values(report.profile) as Distribution[])
    for (const [key, values] of distributionValues(report, d)) all.set(key, values);
  for (const [name, b] of breakdowns(report)) for (const [key, values] of breakdownValues(report, b, name)) all.set(key, values);
  return all;
}

/**
 * The true value of every cell of `shown`, from `full`: the same records with nothing suppressed
 * (citizenship then names every country; `shown` merges those under minCell).
 */
function truth(full: Report, shown: Report): Map<string, number> {
  const report = full;
  const out = new Map<string, number>();
  for (const section of ["police", "medical"] as const) {
    for (const [code, n] of Object.entries(report[section].violations)) out.set(`${section}.violations.${code}`, n as number);
    for (const q of Object.values(report[section])) {
      if (typeof q !== "object" || q === null || !("field" in q)) continue;
      for (const cell of CELLS) out.set(`${(q as YesNoCounts).field}.${cell}`, (q as YesNoCounts)[cell] as number);
    }
  }
  for (const d of Object.values(report.profile) as Distribution[]) {
    for (const [k, n] of Object.entries(d.counts)) out.set(`${d.field}.${k}`, n as number);
    out.set(`${d.field}.declined`, d.declined as number).set(`${d.field}.notAsked`, d.notAsked as number);
  }
  for (const [name, b] of breakdowns(report)) for (const [k, n] of Object.entries(b.counts)) out.set(`${name}.${k}`, n as number);
  const named = new Set(Object.keys(shown.profile.citizenship.counts));
  const merged = Object.entries(full.profile.citizenship.counts).filter(([k]) => !named.has(k));
  out.set(
    "respondent.citizenship.otherCountries",
    merged.reduce((s, [, n]) => s + (n as number), 0),
  );
  return out;
}

// Small groups of counted records, their complaint answers concentrated so that small cells abound.
const smallGroupArb = fc
  .array(
    fc.tuple(recordArb({ minDate: "2015-01-01", maxDate: "2015-12-31" }), fc.nat(5), fc.boolean()).map(([record, kind, accepted]) => {
      const r = counted(record);
      if (kind > 3) return r;
      if (kind === 3)
        return withIncidents(r, [
          {
            id: "i1",
            date: "2014-06-01",
            perpetrators: [{ kind: "police" }],
            complaints: [{ to: "prosecutor", withdrawnUnderPressure: accepted }],
          },
        ]);
      const police = {
        knowsWhereToComplain: kind > 0,
        complained: kind > 0,
        ...(kind > 0 ? { complaintAccepted: accepted, ...(kind > 1 ? { perpetratorProsecuted: false } : {}) } : {}),
      };
      return withSection(r, "police", police);
    }),
    { minLength: 3, maxLength: 24 },
  )
  .chain((records) => fc.tuple(fc.constant(records), fc.integer({ min: 3, max: 8 })));

describe("no suppressed cell can be worked out from the published report", () => {
  it("every suppressed cell could be one of several values, its true one among them", () => {
    fc.assert(
      fc.property(smallGroupArb, ([records, minCell]) => {
        const report = buildReport(records, { asOf: ON, validatedOn: ON, minCell });
        const truthOf = truth(buildReport(records, { asOf: ON, validatedOn: ON, minCell: 0 }), report);
        for (const [key, values] of outsiderView(report)) {
          expect(values.has(truthOf.get(key) as number), `${key}: true value among ${[...values]}`).toBe(true);
          expect(values.size, `${key} is pinned to ${[...values]}`).toBeGreaterThan(1);
        }
      }),
    );
    // Seconds on a loaded machine: timing goals live in bench/.
  }, 60_000);

  it("finds the disclosure when suppression is done naively (the check can fail)", () => {
    // The seed's 2 accepted and 6 not, of 8 who complained: hiding only the 2 gives it away.
    const report = buildReport(seedRecords(), { asOf: ON, validatedOn: ON, minCell: 0 });
    const accepted = { ...report.police.complaintAccepted, yes: null, suppressed: { yes: "primary" as const } };
    const naive: Report = { ...report, minCell: 5, police: { ...report.police, complaintAccepted: accepted } };
    expect(yesNoValues(naive, "police").get("police.complaintAccepted.yes")).toEqual(new Set([2]));
    const hidden = { ...accepted, no: null, suppressed: { yes: "primary" as const, no: "complementary" as const } };
    expect(
      yesNoValues({ ...naive, police: { ...naive.police, complaintAccepted: hidden } }, "police").get("police.complaintAccepted.yes"),
    ).toEqual(new Set([1, 2, 3]));
  });
});
