import type { ReasonCode } from "@redumbrella/consent";
import { DEFAULT_LOCALE, type FieldPath, fieldMeta, formatNumber, type Locale, type MessageParams } from "@redumbrella/questionnaire";
import type { DimensionPath, LevelName } from "./hierarchies.js";
import { RELEASE_MESSAGES, type ReleaseMessageKey } from "./messages.js";

/**
 * What a reader of the report must know before using the release: without a ledger, its
 * pseudonyms link to no other release, and releases of overlapping data must never be combined
 * (`UNLINKED_RELEASE`); it is coarser than an earlier release under its ledger, so records new in
 * it stand apart from those released before (`COARSER_THAN_LEDGER`).
 */
export type ReleaseWarning = "UNLINKED_RELEASE" | "COARSER_THAN_LEDGER";

/** How diverse the released groups are in one sensitive field. */
export interface SensitiveDiversity {
  readonly field: FieldPath;
  /** The fewest different answers a released group gives (unanswered does not count); 0 when nothing is released. */
  readonly l: number;
  /** Whether a released group answers only `true` (never, unless the check is off). */
  readonly uniformlyTrue: boolean;
}

/** The level a dimension is released at. */
export interface ChosenLevel {
  /** 0 is the answer as given (or its pseudonym); `height` is `*` for every record. */
  readonly level: number;
  readonly height: number;
  readonly name: LevelName;
}

/**
 * What a release did, as the figures ARX shows: whether k was reached, the groups of records
 * with identical quasi-identifiers ("equivalence classes") and their prosecutor risk, what was
 * suppressed or excluded and why, the level of each quasi-identifier, and the information lost.
 */
export interface ReleaseReport {
  /** The k asked for. */
  readonly k: number;
  /** The largest share of the consented records that could be suppressed. */
  readonly maxSuppression: number;
  /** The distinct ℓ-diversity asked for, if any. */
  readonly lDiversity?: { readonly l: number; readonly fields: readonly FieldPath[] };
  /** Whether no released group may answer only `true` to a sensitive field (on unless `lDiversity: false`). */
  readonly notAllTrue: boolean;
  /** Per sensitive field, the ℓ reached and whether a group answers only `true` (empty when `lDiversity` is `false`). */
  readonly diversity: readonly SensitiveDiversity[];
  /** Whether free text was kept (scrubbed). */
  readonly keepText: boolean;
  /**
   * Whether a generalisation met k (and ℓ) within the suppression limit. When false, nothing is
   * released: there are fewer than k consented records, or the limit is too tight.
   */
  readonly kReached: boolean;
  readonly records: {
    /** Every record given. */
    readonly input: number;
    /** The records whose consent allows an anonymised dataset on `asOf`. */
    readonly consented: number;
    readonly released: number;
    /** Consented records removed because their group was smaller than k (or not ℓ-diverse); all consented records when k is not reached. */
    readonly suppressed: number;
  };
  readonly excluded: {
    /** Records not released because of their consent or because they are invalid. */
    readonly total: number;
    /** Excluded records by reason code of `decide` (`INVALID_RECORD` for an invalid record); a record denied for two reasons counts under both. */
    readonly byReason: Readonly<Partial<Record<ReasonCode, number>>>;
  };
  /** The number of groups released. */
  readonly classes: number;
  /** The size of the smallest group released (0 when nothing is). */
  readonly smallestClass: number;
  /** The mean size of a group released (0 when nothing is). */
  readonly averageClassSize: number;
  /** Prosecutor risk: the chance of re-identifying a known respondent, 1 / the size of her group. */
  readonly risk: { readonly max: number; readonly average: number };
  /** The level chosen for each dimension (quasi-identifiers and police-held facts), in the form's order. */
  readonly levels: { readonly [P in DimensionPath]: ChosenLevel };
  /** How much was generalised: of all dimensions, how many are above level 0, and how many are `*` for every record (0 when nothing is released). */
  readonly generalised: { readonly dimensions: number; readonly generalised: number; readonly suppressed: number };
  /** `stable` under a ledger (the same for a record in every release under the key); `perRelease` without. */
  readonly pseudonyms: "stable" | "perRelease";
  /** What a reader must know before using the release. */
  readonly warnings: readonly ReleaseWarning[];
  /** In [0, 1]: the mean normalised generalisation height over records and quasi-identifiers, a suppressed record counting as 1. */
  readonly informationLoss: number;
  /** Free-text answers left out because an identifier of their record survived scrubbing. */
  readonly textsWithheld: number;
  /** How much of the generalisation lattice the search evaluated. */
  readonly search: { readonly nodes: number; readonly checked: number };
}

/** The dimensions that are no field of their own: the police-held facts of a section, the legal annex. */
const SECTION_LINES: Readonly<Record<string, ReleaseMessageKey>> = {
  police: "report.section.police",
  medical: "report.section.medical",
  "charges[]": "report.section.charges",
};

/**
 * The report as text, one figure per line, in `locale` (`en`, `ru` or `kk`), numbers written as
 * readers of that language write them. Defaults to `"en"`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
 *
 * const records: unknown[] = JSON.parse(readFileSync("records.json", "utf8"));
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { report } = await anonymise(records, { asOf: "2026-11-28", key });
 * console.log(formatReleaseReport(report, "kk"));
 */
export function formatReleaseReport(report: ReleaseReport, locale: Locale = DEFAULT_LOCALE): string {
  const t = (key: ReleaseMessageKey, params?: MessageParams): string => RELEASE_MESSAGES.format(key, params, locale);
  const count = (value: number): string => formatNumber(value, locale, 0);
  const decimal = (value: number): string => formatNumber(value, locale, 1);
  // A share in [0, 1] as a percentage with one decimal; rounded first so 0.1 * 100 is not 10.000000000000002.
  const percent = (value: number): string => t("report.percent", { n: formatNumber(Math.round(value * 1000) / 10, locale, 1) });
  const reasons = Object.entries(report.excluded.byReason).map(([code, n]) => t("report.reason", { code, count: count(n ?? 0) }));
  const lines = [
    t("report.title", { k: report.k, maxSuppression: percent(report.maxSuppression) }),
    report.kReached ? t("report.reached", { k: report.k, smallest: count(report.smallestClass) }) : t("report.notReached", { k: report.k }),
    t("report.records", {
      input: count(report.records.input),
      consented: count(report.records.consented),
      released: count(report.records.released),
      suppressed: count(report.records.suppressed),
    }),
    report.excluded.total === 0
      ? t("report.excludedNone")
      : t("report.excluded", { total: count(report.excluded.total), reasons: reasons.join(", ") }),
  ];
  if (report.kReached) {
    lines.push(
      t("report.classes", {
        classes: count(report.classes),
        smallest: count(report.smallestClass),
        average: decimal(report.averageClassSize),
      }),
      t("report.risk", { max: percent(report.risk.max), average: percent(report.risk.average) }),
      t("report.loss", { loss: percent(report.informationLoss) }),
      t("report.generalised", {
        generalised: count(report.generalised.generalised),
        dimensions: count(report.generalised.dimensions),
        suppressedDimensions: count(report.generalised.suppressed),
        suppressed: count(report.records.suppressed),
        share: percent(report.records.consented === 0 ? 0 : report.records.suppressed / report.records.consented),
      }),
    );
    if (report.diversity.length > 0) lines.push(t(report.notAllTrue ? "report.notAllTrue" : "report.notAllTrueOff"));
    for (const d of report.diversity) {
      const label = fieldMeta(d.field)?.label[locale] ?? d.field;
      lines.push(t(d.uniformlyTrue ? "report.diversityUniform" : "report.diversity", { label, path: d.field, l: d.l }));
    }
  }
  if (report.lDiversity !== undefined)
    lines.push(t("report.lDiversity", { l: report.lDiversity.l, fields: report.lDiversity.fields.join(", ") }));
  lines.push(
    !report.keepText
      ? t("report.textDropped")
      : report.textsWithheld > 0
        ? t("report.textWithheld", { count: count(report.textsWithheld) })
        : t("report.textScrubbed"),
    t("report.search", { checked: count(report.search.checked), nodes: count(report.search.nodes) }),
    t("report.levels"),
  );
  for (const [path, chosen] of Object.entries(report.levels) as [DimensionPath, ChosenLevel][]) {
    // The police-held facts of a section, and the legal annex, are named by the catalogue; a list by its field (`incidents`).
    const section = SECTION_LINES[path];
    const label = section === undefined ? fieldMeta(path.replace(/\[\]$/, ""))?.label[locale] : t(section);
    const params = { label, path, name: t(`level.${chosen.name}`), level: chosen.level, height: chosen.height };
    lines.push(label === undefined ? t("report.levelUnlabelled", params) : t("report.level", params));
  }
  for (const warning of report.warnings) lines.push(t(`warning.${warning}`));
  return `${lines.join("\n")}\n`;
}
