import type { ReasonCode } from "@redumbrella/consent";
import { type FieldPath, formatNumber, type Locale, type MessageParams } from "@redumbrella/questionnaire";
import { CHOICE_LABELS, FIELD_LABELS, type Label } from "@redumbrella/questionnaire/form";
import { match } from "ts-pattern";
import {
  isAdded,
  metaOf,
  PROFILE,
  type ProfileKey,
  type ProfileSpec,
  VIOLATION_SECTIONS,
  violationCodes,
  yesNoQuestions,
} from "../layout.js";
import { REPORT_MESSAGES, type ReportMessageKey } from "../messages.js";
import type { SuppressionReason } from "../suppress.js";
import type { Count, Distribution, Report, Share, YesNoCounts } from "../types.js";
import { addedNote, count, type DisplayRow, type DisplayTable, type DisplayValue, marked, share } from "./display.js";
import { incidentTables, methodologyTable } from "./present-breakdowns.js";

export type { DisplayRow, DisplayTable, DisplayValue } from "./display.js";

// The report as tables of labelled values, in the order they are shown: what every renderer
// (Markdown, CSV, HTML) draws, so they cannot disagree. Every label comes from the questionnaire's
// labels or the report's catalogue.

/** A whole report as shown. */
export interface Presentation {
  readonly locale: Locale;
  readonly title: string;
  /** The lines under the title: dates, counts, what the markers mean. */
  readonly preamble: readonly string[];
  readonly tables: readonly DisplayTable[];
  readonly minCell: number;
}

/** A field's label with its question number, marked when the paper lacks it: `Q16. Have you ever turned to the police…` */
function questionLabel(field: FieldPath, locale: Locale): string {
  const question = metaOf(field).question;
  const text = FIELD_LABELS[field][locale];
  return marked(question === null ? text : `${question}. ${text}`, isAdded(field), locale);
}

function violationTables(report: Report, locale: Locale): DisplayTable[] {
  const t = (key: ReportMessageKey, params?: MessageParams): string => REPORT_MESSAGES.format(key, params, locale);
  return VIOLATION_SECTIONS.flatMap((section) => {
    const s = report[section];
    const list = metaOf(`${section}.violations`).choices;
    const labels = (list === undefined ? {} : CHOICE_LABELS[list]) as Readonly<Record<string, Label>>;
    const suppressed = s.violationsSuppressed as Readonly<Record<string, SuppressionReason>>;
    const violations: DisplayTable = {
      id: `${section}-violations`,
      title: t(`section.${section}.violations`),
      columns: [t("col.violation"), t("col.count"), t("col.share")],
      rows: violationCodes(section).map((code) => {
        const n = (s.violations as Readonly<Record<string, Count>>)[code] ?? null;
        const reason = suppressed[code];
        return {
          label: labels[code]?.[locale] ?? code,
          values: [count(n, reason), share((s.violationShares as Readonly<Record<string, Share>>)[code] ?? null, n === null)],
        };
      }),
      notes: [t("note.violations", { respondents: formatNumber(report.respondents, locale) })],
      chart: true,
      chartTotal: report.respondents,
    };
    const questions = yesNoQuestions(section).map((q) => ({
      q,
      c: (s as unknown as Readonly<Record<string, YesNoCounts>>)[q.key] as YesNoCounts,
    }));
    const firstGate = questions.find(({ c }) => c.gate !== null)?.c.gate;
    const yes = CHOICE_LABELS.triState.yes[locale];
    const no = CHOICE_LABELS.triState.no[locale];
    const complaints: DisplayTable = {
      id: `${section}-questions`,
      title: t(`section.${section}.questions`),
      columns: [t("col.question"), t("col.asked"), yes, t("col.share"), no, t("col.share"), t("col.declined"), t("col.notAsked")],
      rows: questions.map(({ q, c }) => ({
        label: questionLabel(q.field, locale),
        values: [
          count(c.total, c.suppressed.total),
          count(c.yes, c.suppressed.yes),
          share(c.shares.yes, c.yes === null || c.total === null),
          count(c.no, c.suppressed.no),
          share(c.shares.no, c.no === null || c.total === null),
          count(c.declined, c.suppressed.declined),
          count(c.notAsked, c.suppressed.notAsked),
        ],
      })),
      notes: [
        ...(firstGate === undefined || firstGate === null
          ? []
          : [t("note.questions", { gate: metaOf(firstGate).question ?? questionLabel(firstGate, locale) })]),
        ...(questions.some(({ c }) => c.withheld) ? [t("note.withheld")] : []),
        ...addedNote(
          questions.some(({ q }) => isAdded(q.field)),
          locale,
        ),
      ],
      chart: false,
      chartTotal: report.respondents,
    };
    return [violations, complaints];
  });
}

/** The label of one category of a profile table. */
function categoryLabel(key: ProfileKey, category: string, locale: Locale): string {
  const spec = PROFILE[key];
  const t = (k: ReportMessageKey): string => REPORT_MESSAGES.format(k, {}, locale);
  if (category === "none") return t("row.none");
  if (category === "never") return t("detention.never");
  return match(spec as ProfileSpec)
    .with({ kind: "bands" }, (s) => t(`${s.labels}.${category}` as ReportMessageKey))
    .with({ kind: "open" }, () => {
      if (category === "stateless") return t("row.stateless");
      if (category === "otherCountries") return t("row.otherCountries");
      return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(category) ?? category;
    })
    .with({ kind: "choices" }, (s) => {
      if (s.labels !== undefined) return t(`${s.labels}.${category}` as ReportMessageKey);
      const list = metaOf(s.field).choices ?? "triState";
      return (CHOICE_LABELS[list] as Readonly<Record<string, Label>>)[category]?.[locale] ?? category;
    })
    .exhaustive();
}

function profileTables(report: Report, locale: Locale): DisplayTable[] {
  const t = (k: ReportMessageKey): string => REPORT_MESSAGES.format(k, {}, locale);
  return (Object.keys(PROFILE) as ProfileKey[]).map((key) => {
    const d = report.profile[key] as Distribution;
    const spec: ProfileSpec = PROFILE[key];
    const suppressed = d.suppressed as Readonly<Record<string, SuppressionReason>>;
    const row = (label: string, n: Count, reason: SuppressionReason | undefined, s: Share): DisplayRow => ({
      label,
      values: [count(n, reason), share(s, n === null)],
    });
    return {
      id: `profile-${key}`,
      title: questionLabel(d.field, locale),
      columns: [t("col.answer"), t("col.count"), t("col.share")],
      rows: [
        ...Object.entries(d.counts).map(([category, n]) =>
          row(categoryLabel(key, category, locale), n, suppressed[category], d.shares[category] ?? null),
        ),
        row(t("row.declined"), d.declined, suppressed.declined, shareOrNull(d.declined, d.total)),
        row(t("row.notAsked"), d.notAsked, suppressed.notAsked, shareOrNull(d.notAsked, d.total)),
      ],
      notes: [
        ...(d.multiple ? [t("note.multiple")] : []),
        ...(spec.kind === "bands" && spec.box !== undefined ? [t("note.detentionBoxes")] : []),
        ...(d.withheld ? [t("note.withheld")] : []),
        ...addedNote(isAdded(d.field), locale),
      ],
      chart: false,
      chartTotal: d.total,
    };
  });
}

const shareOrNull = (n: Count, total: number): Share => (n === null || total === 0 ? null : n / total);

/** The report as tables of labelled values, in `locale`. */
export function present(report: Report, locale: Locale = report.locale): Presentation {
  const t = (key: ReportMessageKey, params?: MessageParams): string => REPORT_MESSAGES.format(key, params, locale);
  const n = (value: number): string => formatNumber(value, locale);
  const invalid = report.excluded.invalid.length;
  const preamble = [
    t("report.asOf", { asOf: report.asOf, validatedOn: report.validatedOn, policyVersion: report.policyVersion }),
    t("report.counted", { respondents: n(report.respondents), records: n(report.records), excluded: n(report.excluded.total) }),
    report.minCell >= 3
      ? t("report.suppression", { minCell: report.minCell, maxSmall: report.minCell - 1 })
      : t("report.noSuppression", { minCell: report.minCell }),
    ...(invalid > 0 ? [t("report.invalid", { count: n(invalid) })] : []),
    ...(report.excluded.withdrawn > 0
      ? [t("report.withdrawn", { count: n(report.excluded.withdrawn), validatedOn: report.validatedOn })]
      : []),
  ];
  const reasons = Object.entries(report.excluded.byReason) as [ReasonCode, number][];
  const summary: DisplayTable = {
    id: "records",
    title: t("table.excluded"),
    columns: [t("col.reason"), t("col.records")],
    rows: [
      { label: t("row.respondents"), values: [count(report.respondents, undefined)] },
      { label: t("row.refused"), values: [count(report.methodology.refused, undefined)] },
      { label: t("row.excluded"), values: [count(report.excluded.total, undefined)] },
      ...reasons.map(([code, n]) => ({ label: t(`reason.${code}`), values: [count(n, undefined)] })),
      { label: t("row.withdrawn", { validatedOn: report.validatedOn }), values: [count(report.excluded.withdrawn, undefined)] },
      ...(report.excluded.refusalsAfterAsOf > 0
        ? [{ label: t("row.refusalsAfterAsOf", { asOf: report.asOf }), values: [count(report.excluded.refusalsAfterAsOf, undefined)] }]
        : []),
    ],
    notes: [],
    chart: false,
    chartTotal: report.records,
  };
  return {
    locale,
    title: t("report.title"),
    preamble,
    tables: [
      summary,
      methodologyTable(report, locale),
      ...violationTables(report, locale),
      ...profileTables(report, locale),
      ...incidentTables(report, locale),
    ],
    minCell: report.minCell,
  };
}

/** How a count is written for reading: the number as `locale` writes it, `<minCell` when small, `x` when hidden to protect a small one. */
export function countText(value: DisplayValue & { kind: "count" }, minCell: number, locale: Locale): string {
  if (value.count !== null) return formatNumber(value.count, locale, 0);
  return value.reason === "primary"
    ? REPORT_MESSAGES.format("cell.small", { minCell }, locale)
    : REPORT_MESSAGES.format("cell.hidden", {}, locale);
}

/** How a share is written for reading: a percentage to one decimal as `locale` writes it (`90%`, `6,7 %`), `x` when hidden, `–` when there is no total. */
export function shareText(value: DisplayValue & { kind: "share" }, locale: Locale): string {
  if (value.hidden) return REPORT_MESSAGES.format("cell.hidden", {}, locale);
  if (value.share === null) return REPORT_MESSAGES.format("cell.noShare", {}, locale);
  return REPORT_MESSAGES.format("cell.percent", { value: formatNumber(value.share * 100, locale, 1) }, locale);
}
