import { decide, POLICY, type Policy, type ReasonCode } from "@redumbrella/consent";
import {
  DEFAULT_LOCALE,
  type InterviewRecord,
  isCalendarDate,
  isLocale,
  type IssueCode,
  type Locale,
  LOCALES,
  printableId,
  safeParseRecord,
  today,
} from "@redumbrella/questionnaire";
import { reportError } from "./errors.js";
import { countRecord, emptyTally } from "./internal/tally.js";
import { publish } from "./publish.js";
import { checkMinCell } from "./suppress.js";
import type { Excluded, InvalidRecord, Report } from "./types.js";

/** Options of `buildReport`. */
export interface ReportOptions {
  /** The day of the use, `YYYY-MM-DD`: a record is counted when its consent allows statistics on this day. */
  readonly asOf: string;
  /** Counts from 1 to `minCell − 1` are suppressed; 0 turns suppression off (to compare with a published table); 2 is refused. Defaults to `5`. */
  readonly minCell?: number;
  /** The language renderers default to: `"en"`, `"ru"` or `"kk"`. Defaults to `"en"`. */
  readonly locale?: Locale;
  /** The day records are validated as of, `YYYY-MM-DD` (no date in a record may be later). Defaults to today. */
  readonly validatedOn?: string;
  /** The consent policy: `POLICY` or one `tightenPolicy` made. Defaults to `POLICY`. */
  readonly policy?: Policy;
}

function checkOptions(options: ReportOptions): void {
  if (typeof options.asOf !== "string" || !isCalendarDate(options.asOf)) throw reportError("INVALID_OPTION", ["asOf"], "error.asOf");
  if (options.validatedOn !== undefined && (typeof options.validatedOn !== "string" || !isCalendarDate(options.validatedOn))) {
    throw reportError("INVALID_OPTION", ["validatedOn"], "error.validatedOn");
  }
  if (options.locale !== undefined && !isLocale(options.locale)) {
    throw reportError("INVALID_OPTION", ["locale"], "error.locale", { locales: LOCALES.join(", ") });
  }
  checkMinCell(options.minCell ?? 5);
}

/**
 * Computes the report's tables from records — any values, valid or not — counting only those whose
 * consent allows `statistics` on `asOf` (asked of @redumbrella/consent), and publishes them with
 * small cells suppressed. Never reads free text; never throws on a record (a bad one is excluded
 * and listed by index, id and issue codes). Throws `ReportError` (`INVALID_OPTION`) on a bad option.
 *
 * @example
 * const report = buildReport(records, { asOf: "2026-11-28" });
 * report.respondents; // 60
 * report.police.violations.extortion; // 54
 * report.police.complaintAccepted; // { total: null, yes: null, …, suppressed: { total: "primary", … } }
 */
export function buildReport(records: readonly unknown[], options: ReportOptions): Report {
  checkOptions(options);
  const { asOf, minCell = 5, locale = DEFAULT_LOCALE, policy = POLICY } = options;
  const validatedOn = options.validatedOn ?? today();
  const tally = emptyTally();
  const byReason: { [C in ReasonCode]?: number } = {};
  const invalid: InvalidRecord[] = [];
  let policyVersion = policy.version;
  const decideOptions = { asOf, validatedOn, policy, locale };
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const decision = decide(record, "statistics", decideOptions);
    policyVersion = decision.policyVersion;
    if (decision.allowed) {
      // Allowed means valid as of validatedOn: the input has the record's shape (codes are never rewritten).
      countRecord(tally, record as InterviewRecord);
      continue;
    }
    for (const { code } of decision.reasons) byReason[code] = (byReason[code] ?? 0) + 1;
    if (!decision.reasons.some((r) => r.code === "INVALID_RECORD")) continue;
    const parsed = safeParseRecord(record, { asOf: validatedOn, locale });
    const issues = parsed.success ? [] : parsed.issues;
    invalid.push({ index, id: printableId(record), issues: [...new Set<IssueCode>(issues.map((i) => i.code))] });
  }
  const excluded: Excluded = { total: records.length - tally.respondents, byReason, invalid };
  return {
    asOf,
    validatedOn,
    minCell,
    locale,
    policyVersion,
    records: records.length,
    respondents: tally.respondents,
    excluded,
    ...publish(tally, minCell),
  };
}
