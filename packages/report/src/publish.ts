import type { FieldPath } from "@redumbrella/questionnaire";
import { INCIDENT_TABLES, type IncidentBase, type IncidentTableKey, type IncidentTableSpec } from "./incident-layout.js";
import type { IncidentTally } from "./internal/incident-tally.js";
import {
  categoriesOf,
  countOf,
  OUTCOME_ROWS,
  type ProfileCounts,
  REFUSAL_ROWS,
  type SectionTally,
  type Tally,
  YES_NO_CELLS,
} from "./internal/tally.js";
import {
  gateOf,
  isAdded,
  metaOf,
  PROFILE,
  type ProfileKey,
  type ProfileSpec,
  VIOLATION_SECTIONS,
  type ViolationSection,
  violationCodes,
  yesNoQuestions,
} from "./layout.js";
import { type LinearConstraint, type SuppressedTable, sumTo, sumToCell, suppressCells } from "./suppress.js";
import type {
  Breakdown,
  Count,
  Distribution,
  IncidentReport,
  IncidentTables,
  Methodology,
  Report,
  SectionReport,
  Share,
  Suppressed,
  YesNoCounts,
} from "./types.js";

// From true counts to published tables: every table goes through the one `suppressCells`, with the
// equalities its published totals make; shares are published only where count and total are.

/** A share of a published total, published only when its count is (a share gives its count away). */
export function shareOf(count: Count, total: Count): Share {
  return count === null || total === null || total === 0 ? null : count / total;
}

function suppressedOf<TKey extends string>(
  keys: readonly TKey[],
  table: SuppressedTable,
  at: (i: number) => number = (i) => i,
): Suppressed<TKey> {
  const out: { [K in TKey]?: NonNullable<SuppressedTable["reasons"][number]> } = {};
  keys.forEach((key, i) => {
    const reason = table.reasons[at(i)];
    if (reason !== null && reason !== undefined) out[key] = reason;
  });
  return out;
}

function publishSection<TSection extends ViolationSection>(
  section: TSection,
  counts: SectionTally,
  respondents: number,
  minCell: number,
): SectionReport<TSection> {
  const codes = violationCodes(section);
  const ticked = suppressCells({ cells: counts.violations, constraints: [] }, minCell);
  const questions = yesNoQuestions(section);
  // Four cells per question; a gated question's cells add up to its gate's "yes" (or "no") cell.
  const cellAt = (q: number, cell: number): number => q * YES_NO_CELLS.length + cell;
  const totalCell = questions.map((q) => {
    const gate = gateOf(q.field);
    const on = gate === undefined ? -1 : questions.findIndex((other) => other.field === gate.on);
    if (gate === undefined || on === -1 || !("equals" in gate.when) || typeof gate.when.equals !== "boolean") return undefined;
    return cellAt(on, gate.when.equals ? 0 : 1);
  });
  const constraints: LinearConstraint[] = questions.map((_, q) => {
    const parts = YES_NO_CELLS.map((_, cell) => cellAt(q, cell));
    const total = totalCell[q];
    const asked = (counts.yesNo[q] as number[]).reduce((s, v) => s + v, 0);
    return total === undefined ? sumTo(parts, asked) : sumToCell(parts, total);
  });
  const table = suppressCells({ cells: counts.yesNo.flat(), constraints }, minCell);

  const yesNo = questions.map((q, i): [string, YesNoCounts] => {
    const at = (cell: number): Count => table.cells[cellAt(i, cell)] as Count;
    const total = totalCell[i];
    const totalCount: Count =
      total === undefined ? (counts.yesNo[i] as number[]).reduce((s, v) => s + v, 0) : (table.cells[total] as Count);
    const totalReason = total === undefined ? null : table.reasons[total];
    const suppressed = {
      ...suppressedOf(YES_NO_CELLS, table, (c) => cellAt(i, c)),
      ...(totalReason === null || totalReason === undefined ? {} : { total: totalReason }),
    };
    const gate = gateOf(q.field);
    return [
      q.key,
      {
        field: q.field,
        question: metaOf(q.field).question,
        gate: gate === undefined ? null : gate.on,
        total: totalCount,
        yes: at(0),
        no: at(1),
        declined: at(2),
        notAsked: at(3),
        shares: { yes: shareOf(at(0), totalCount), no: shareOf(at(1), totalCount) },
        suppressed,
        withheld: table.withheld[i] === true,
      },
    ];
  });
  return {
    violations: Object.fromEntries(codes.map((code, i) => [code, ticked.cells[i]])),
    violationShares: Object.fromEntries(codes.map((code, i) => [code, shareOf(ticked.cells[i] as Count, respondents)])),
    violationsSuppressed: suppressedOf(codes, ticked),
    ...Object.fromEntries(yesNo),
  } as SectionReport<TSection>;
}

/** The categories a table shows: for open ones, values of `minCell` or more by count, the rest merged. */
function shownCategories(spec: ProfileSpec, counts: ProfileCounts, minCell: number): { keys: string[]; merged: number } {
  if (spec.kind !== "open") return { keys: [...categoriesOf(spec)], merged: 0 };
  const values = [...counts.others];
  const shown = values
    .filter(([, n]) => minCell <= 1 || n >= minCell)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .map(([key]) => key);
  const merged = values.filter(([key]) => !shown.includes(key)).reduce((s, [, n]) => s + n, 0);
  return { keys: [...shown, ...spec.fixed, "otherCountries"], merged };
}

function publishDistribution(spec: ProfileSpec, counts: ProfileCounts, respondents: number, minCell: number): Distribution {
  const { keys, merged } = shownCategories(spec, counts, minCell);
  const all = [...keys, "declined", "notAsked"];
  const cells = all.map((key) => (key === "otherCountries" ? merged : countOf(counts, key)));
  const multiple = metaOf(spec.field).kind === "choices";
  // A single answer per respondent: the cells add up to the respondents, a published figure.
  const constraints = multiple
    ? []
    : [
        sumTo(
          all.map((_, i) => i),
          respondents,
        ),
      ];
  const table = suppressCells({ cells, constraints }, minCell);
  const cell = (i: number): Count => table.cells[i] as Count;
  return {
    field: spec.field,
    question: metaOf(spec.field).question,
    multiple,
    total: respondents,
    counts: Object.fromEntries(keys.map((key, i) => [key, cell(i)])),
    shares: Object.fromEntries(keys.map((key, i) => [key, shareOf(cell(i), respondents)])),
    declined: cell(keys.length),
    notAsked: cell(keys.length + 1),
    suppressed: suppressedOf(all, table),
    withheld: table.withheld[0] === true,
  };
}

/**
 * One table of the v2 additions: rows `keys` with true counts `cells`, over the published `total`.
 * A single answer's rows add up to the total, when it is published; several answers per respondent
 * (`multiple`) make no equality.
 */
function publishBreakdown(
  field: FieldPath,
  keys: readonly string[],
  cells: readonly number[],
  total: Count,
  multiple: boolean,
  minCell: number,
): Breakdown {
  const constraints =
    !multiple && total !== null && cells.length > 1
      ? [
          sumTo(
            keys.map((_, i) => i),
            total,
          ),
        ]
      : [];
  const table = suppressCells({ cells, constraints }, minCell);
  const cell = (i: number): Count => table.cells[i] as Count;
  return {
    field,
    total,
    multiple,
    counts: Object.fromEntries(keys.map((key, i) => [key, cell(i)])),
    shares: Object.fromEntries(keys.map((key, i) => [key, shareOf(cell(i), total)])),
    suppressed: suppressedOf(keys, table),
    withheld: table.withheld[0] === true,
    onPaper: !isAdded(field),
  };
}

function publishMethodology(tally: Tally, minCell: number): Methodology {
  const refused = tally.refusals.reduce((s, n) => s + n, 0);
  return {
    approached: tally.interviewed + refused,
    interviewed: tally.interviewed,
    refused,
    refusalReasons: publishBreakdown(
      "interview.refusalReason",
      REFUSAL_ROWS,
      tally.refusals,
      refused,
      false,
      minCell,
    ) as Methodology["refusalReasons"],
    outcomes: publishBreakdown(
      "interview.outcome",
      OUTCOME_ROWS,
      tally.outcomes,
      tally.respondents,
      false,
      minCell,
    ) as Methodology["outcomes"],
  };
}

function publishIncidents(counts: IncidentTally, minCell: number): IncidentReport {
  const bases = suppressCells({ cells: [counts.respondents, counts.complainants], constraints: [] }, minCell);
  const base: Record<IncidentBase, Count> = { incident: bases.cells[0] as Count, complaint: bases.cells[1] as Count };
  const tables = (Object.keys(INCIDENT_TABLES) as IncidentTableKey[]).map((key) => {
    const spec: IncidentTableSpec = INCIDENT_TABLES[key];
    const { keys, cells, others } = counts.tables[key];
    // Months met, in time order, before the fixed rows.
    const met = [...others.keys()].sort();
    const all = [...met, ...keys];
    const values = [...met.map((m) => others.get(m) as number), ...cells];
    return [key, publishBreakdown(spec.field, all, values, base[spec.base], spec.kind !== "yesNo", minCell)] as const;
  });
  return {
    respondents: base.incident,
    complainants: base.complaint,
    incidents: base.incident === null ? null : counts.incidents,
    suppressed: suppressedOf(["respondents", "complainants"] as const, bases),
    ...(Object.fromEntries(tables) as unknown as IncidentTables),
  };
}

/** The published tables of a tally. */
export function publish(tally: Tally, minCell: number): Pick<Report, ViolationSection | "profile" | "methodology" | "incidents"> {
  const sections = Object.fromEntries(
    VIOLATION_SECTIONS.map((section) => [section, publishSection(section, tally.sections[section], tally.respondents, minCell)]),
  ) as unknown as Pick<Report, ViolationSection>;
  const profile = Object.fromEntries(
    (Object.keys(PROFILE) as ProfileKey[]).map((key) => [
      key,
      publishDistribution(PROFILE[key], tally.profile[key], tally.respondents, minCell),
    ]),
  ) as unknown as Report["profile"];
  return { ...sections, profile, methodology: publishMethodology(tally, minCell), incidents: publishIncidents(tally.incidents, minCell) };
}
