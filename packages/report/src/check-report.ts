import { type FieldPath, formatNumber, type GateCondition, type Locale } from "@redumbrella/questionnaire";
import { match, P } from "ts-pattern";
import { INCIDENT_TABLES, type IncidentTableKey } from "./incident-layout.js";
import { gateOf, PROFILE, type ProfileKey, VIOLATION_SECTIONS, violationCodes, yesNoQuestions } from "./layout.js";
import { type ConsistencyCode, REPORT_MESSAGES } from "./messages.js";
import type { Breakdown, Count, Distribution, Report, YesNoCounts } from "./types.js";

/** Something in a report that an editor would stop at. */
export interface ConsistencyIssue {
  readonly code: ConsistencyCode;
  /** The table: the field it counts (`police.complaintAccepted`), or `records`. */
  readonly table: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

type Params = Readonly<Record<string, string | number>>;

/** The sum of published counts, or `null` when any is suppressed. */
const sumOf = (counts: readonly Count[]): number | null =>
  counts.some((c) => c === null) ? null : (counts as number[]).reduce((s, v) => s + v, 0);

/**
 * What a human editor would catch in a report — built here or edited, typed in from a published
 * one (`minCell: 0`): a count or share over 100 % of its total, a follow-up question answered more
 * often than its gate was opened (complaints about incidents by more than reported one), rows that
 * do not add up to their total (refusals, interviews and excluded records adding up to the records
 * read; each incident table over its base). Suppressed cells are
 * skipped. A report `buildReport` made has none of these.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { buildReport, checkReport } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * const report = buildReport(records, { asOf: "2026-11-28" });
 * for (const issue of checkReport(report)) console.log(issue.code, issue.message);
 * // ABOVE_GATE medical.complaintAccepted: 54 answered, more than the 6 who answered medical.complained.
 */
export function checkReport(report: Report, locale: Locale = report.locale): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const add = (code: ConsistencyCode, table: string, params: Params): void => {
    // Numbers as the reader's language writes them, in the message only: `params` stay numbers.
    const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? formatNumber(v, locale) : v]));
    issues.push({ code, table, params, message: REPORT_MESSAGES.format(`check.${code}`, { table, ...shown }, locale) });
  };
  const overTotal = (table: string, row: string, count: Count, total: Count, share: number | null = null): void => {
    if (count !== null && total !== null && count > total) add("SHARE_OVER_100", table, { row, count, total });
    else if (share !== null && share > 1) add("SHARE_OVER_100", table, { row, count: count ?? "x", total: total ?? "x" });
  };
  const aboveGate = (table: string, answered: number | null, gate: FieldPath, gateCount: Count): void => {
    if (answered !== null && gateCount !== null && answered > gateCount) add("ABOVE_GATE", table, { answered, gateCount, gate });
  };

  const recordsSum = report.respondents + report.methodology.refused + report.excluded.total;
  if (recordsSum !== report.records) add("TOTAL_MISMATCH", "records", { sum: recordsSum, total: report.records });

  /** A table of the v2 additions: no row over its total, single answers adding up to it, the total its base's. */
  const breakdown = (b: Breakdown, base: Count): void => {
    for (const [row, count] of Object.entries(b.counts)) overTotal(b.field, row, count, b.total, b.shares[row] ?? null);
    const sum = sumOf(Object.values(b.counts));
    if (!b.multiple && sum !== null && b.total !== null && sum !== b.total) add("TOTAL_MISMATCH", b.field, { sum, total: b.total });
    if (b.total !== null && base !== null && b.total !== base) add("TOTAL_MISMATCH", b.field, { sum: base, total: b.total });
  };
  const m = report.methodology;
  if (m.interviewed + m.refused !== m.approached)
    add("TOTAL_MISMATCH", "methodology", { sum: m.interviewed + m.refused, total: m.approached });
  breakdown(m.refusalReasons, m.refused);
  breakdown(m.outcomes, report.respondents);
  const incidents = report.incidents;
  overTotal("incidents", "respondents", incidents.respondents, report.respondents);
  // Only those who reported an incident can have complained about one.
  aboveGate("incidents", incidents.complainants, "incidents", incidents.respondents);
  for (const key of Object.keys(INCIDENT_TABLES) as IncidentTableKey[]) {
    breakdown(incidents[key] as Breakdown, INCIDENT_TABLES[key].base === "incident" ? incidents.respondents : incidents.complainants);
  }

  for (const section of VIOLATION_SECTIONS) {
    const s = report[section];
    const questions = yesNoQuestions(section);
    const byField = new Map(questions.map((q) => [q.field as string, (s as unknown as Record<string, YesNoCounts>)[q.key] as YesNoCounts]));
    const table = `${section}.violations`;
    const violationGate = gateOf(table as FieldPath);
    for (const code of violationCodes(section)) {
      const count = (s.violations as Record<string, Count>)[code] ?? null;
      overTotal(table, code, count, report.respondents, (s.violationShares as Record<string, number | null>)[code] ?? null);
      if (violationGate !== undefined)
        aboveGate(table, count, violationGate.on, yesNoGateCount(byField.get(violationGate.on), violationGate.when));
    }
    for (const q of questions) {
      const counts = byField.get(q.field) as YesNoCounts;
      for (const row of ["yes", "no"] as const) overTotal(q.field, row, counts[row], counts.total, counts.shares[row]);
      const sum = sumOf([counts.yes, counts.no, counts.declined, counts.notAsked]);
      if (sum !== null && counts.total !== null && sum !== counts.total) add("TOTAL_MISMATCH", q.field, { sum, total: counts.total });
      const gate = gateOf(q.field);
      if (gate !== undefined) {
        const answered = sumOf([counts.yes, counts.no, counts.declined]);
        aboveGate(q.field, answered, gate.on, yesNoGateCount(byField.get(gate.on), gate.when));
      }
    }
  }

  const profileByField = new Map(
    (Object.keys(PROFILE) as ProfileKey[]).map((key) => [PROFILE[key].field as string, report.profile[key] as Distribution]),
  );
  for (const key of Object.keys(PROFILE) as ProfileKey[]) {
    const d = report.profile[key] as Distribution;
    for (const [row, count] of Object.entries(d.counts)) overTotal(d.field, row, count, d.total, d.shares[row] ?? null);
    const rows = [...Object.values(d.counts), d.declined, d.notAsked];
    const sum = sumOf(rows);
    if (!d.multiple && sum !== null && sum !== d.total) add("TOTAL_MISMATCH", d.field, { sum, total: d.total });
    const gate = gateOf(d.field);
    const gateTable = gate === undefined ? undefined : profileByField.get(gate.on);
    if (gate !== undefined && gateTable !== undefined) {
      const answered = d.multiple ? null : sumOf([...Object.values(d.counts), d.declined]);
      aboveGate(d.field, answered, gate.on, distributionGateCount(gateTable, gate.when));
    }
  }
  return issues;
}

/** How many opened a gate on a yes/no question. */
function yesNoGateCount(gate: YesNoCounts | undefined, when: GateCondition): Count {
  if (gate === undefined) return null;
  return match(when)
    .with({ equals: true }, () => gate.yes)
    .with({ equals: false }, () => gate.no)
    .with(P._, () => null)
    .exhaustive();
}

/** How many opened a gate on a profile question: a choice, or — for "non-empty" — any choice at all. */
function distributionGateCount(gate: Distribution, when: GateCondition): Count {
  return match(when)
    .with(
      { equals: P.union(P.string, P.boolean) },
      ({ equals }) => gate.counts[equals === true ? "yes" : equals === false ? "no" : equals] ?? null,
    )
    .with({ includes: P.string }, ({ includes }) => gate.counts[includes] ?? null)
    .with({ nonEmpty: true }, () => {
      const none = sumOf([gate.counts.none ?? 0, gate.declined, gate.notAsked]);
      return none === null ? null : gate.total - none;
    })
    .exhaustive();
}
