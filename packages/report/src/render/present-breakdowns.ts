import { type Choice, type FieldPath, formatNumber, type Locale, type MessageParams } from "@redumbrella/questionnaire";
import { CHOICE_LABELS, type Label } from "@redumbrella/questionnaire/form";
import { INCIDENT_TABLES, type IncidentTableKey, type IncidentTableSpec } from "../incident-layout.js";
import { isAdded, metaOf } from "../layout.js";
import { type Month, REPORT_MESSAGES, type ReportMessageKey } from "../messages.js";
import type { SuppressionReason } from "../suppress.js";
import type { Breakdown, Count, Report } from "../types.js";
import { addedNote, count, type DisplayRow, type DisplayTable, marked, share } from "./display.js";

// The tables of record v2's additions as shown: who took part (interviews and refusals), and the
// incident tables. Row labels come from the questionnaire's choice labels where it has them.

type Translate = (key: ReportMessageKey, params?: MessageParams) => string;
const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    REPORT_MESSAGES.format(key, params, locale);

/** The label of a choice of `field`'s closed list, from the questionnaire (the code itself if it has none). */
function choiceLabel(field: FieldPath, choice: string, locale: Locale): string {
  const list = metaOf(field).choices;
  return list === undefined ? choice : ((CHOICE_LABELS[list] as Readonly<Record<string, Label>>)[choice]?.[locale] ?? choice);
}

/** One row of a breakdown: its count and share, hidden together. */
function breakdownRow(b: Breakdown, key: string, label: string): DisplayRow {
  const n = b.counts[key] ?? null;
  const reason = (b.suppressed as Readonly<Record<string, SuppressionReason>>)[key];
  return { label, values: [count(n, reason), share(b.shares[key] ?? null, n === null || b.total === null)] };
}

/** Who took part: interviews and refusals (the refusals by reason), and how the interviews counted ended. */
export function methodologyTable(report: Report, locale: Locale): DisplayTable {
  const t = translator(locale);
  const m = report.methodology;
  const plain = (label: string, n: number): DisplayRow => ({ label, values: [count(n, undefined), share(null, false)] });
  const reasons = Object.keys(m.refusalReasons.counts).map((key) => {
    const reason = key === "notRecorded" ? t("row.notRecorded") : choiceLabel("interview.refusalReason", key, locale);
    return breakdownRow(m.refusalReasons, key, marked(t("method.refusalReason", { reason }), !m.refusalReasons.onPaper, locale));
  });
  const outcomes = Object.keys(m.outcomes.counts).map((key) =>
    breakdownRow(
      m.outcomes,
      key,
      marked(t("method.outcome", { outcome: choiceLabel("interview.outcome", key, locale) }), !m.outcomes.onPaper, locale),
    ),
  );
  return {
    id: "methodology",
    title: t("table.methodology"),
    columns: [t("col.item"), t("col.number"), t("col.share")],
    rows: [
      plain(t("method.approached"), m.approached),
      plain(t("method.interviewed"), m.interviewed),
      plain(t("method.refused"), m.refused),
      ...reasons,
      plain(t("method.respondents"), report.respondents),
      ...outcomes,
    ],
    notes: [
      t("note.refusals"),
      ...(m.refusalReasons.withheld || m.outcomes.withheld ? [t("note.withheld")] : []),
      ...addedNote(!m.refusalReasons.onPaper || !m.outcomes.onPaper, locale),
    ],
    chart: false,
    chartTotal: m.approached,
  };
}

/** The label of a row of an incident table: a choice, yes/no, a month, or not recorded. */
function incidentRowLabel(spec: IncidentTableSpec, key: string, t: Translate, locale: Locale): string {
  if (key === "notRecorded") return t("row.notRecorded");
  if (spec.kind === "months") {
    if (key === "yearOnly") return t("row.yearOnly");
    return t("month.label", { month: t(`month.${key.slice(5, 7) as Month}`), year: key.slice(0, 4) });
  }
  if (spec.kind === "yesNo") return CHOICE_LABELS.triState[key as Choice<"triState">][locale];
  return choiceLabel(spec.field, key, locale);
}

/** The incident tables whose rows are drawn as a bar chart: closed lists of kinds, not months or yes/no. */
const CHARTED: ReadonlySet<IncidentTableKey> = new Set(["perpetrators", "acts", "places", "complaintAddressees"]);

/** The summary of incidents, then one table per entry of `INCIDENT_TABLES`. */
export function incidentTables(report: Report, locale: Locale): DisplayTable[] {
  const t = translator(locale);
  const r = report.incidents;
  const n = (value: Count): string => (value === null ? t("cell.hidden") : formatNumber(value, locale));
  const summary: DisplayTable = {
    id: "incidents",
    title: marked(t("table.incidents"), isAdded("incidents"), locale),
    columns: [t("col.item"), t("col.number")],
    rows: [
      { label: t("incidents.respondents"), values: [count(r.respondents, r.suppressed.respondents)] },
      { label: t("incidents.complainants"), values: [count(r.complainants, r.suppressed.complainants)] },
      { label: t("incidents.count"), values: [count(r.incidents, r.incidents === null ? "withheld" : undefined)] },
    ],
    notes: addedNote(isAdded("incidents"), locale),
    chart: false,
    chartTotal: report.respondents,
  };
  const tables = (Object.keys(INCIDENT_TABLES) as IncidentTableKey[]).map((key): DisplayTable => {
    const spec: IncidentTableSpec = INCIDENT_TABLES[key];
    const b = r[key] as Breakdown;
    const base =
      spec.base === "incident"
        ? t("note.incidents", { respondents: n(b.total) })
        : t(spec.kind === "yesNo" ? "note.pressure" : "note.complaints", { complainants: n(b.total) });
    return {
      id: `incidents-${key}`,
      title: marked(t(`table.incidents.${key}`), !b.onPaper, locale),
      columns: [t("col.answer"), t("col.count"), t("col.share")],
      rows: Object.keys(b.counts).map((row) => breakdownRow(b, row, incidentRowLabel(spec, row, t, locale))),
      notes: [
        base,
        ...(b.total === null ? [t("note.noBase")] : []),
        ...(b.withheld ? [t("note.withheld")] : []),
        ...addedNote(!b.onPaper, locale),
      ],
      chart: CHARTED.has(key) && b.total !== null && b.total > 0,
      chartTotal: b.total ?? 0,
    };
  });
  return [summary, ...tables];
}
