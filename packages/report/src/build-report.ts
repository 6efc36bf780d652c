import { type ConsentItem, decide, isPolicy, POLICY, type Policy, type ReasonCode } from "@redumbrella/consent";
import {
  type AnyRecord,
  DEFAULT_LOCALE,
  type InterviewRecord,
  type IssueCode,
  isCalendarDate,
  isLocale,
  isRefusal,
  LOCALES,
  type Locale,
  type ParseResult,
  parsedAsOf,
  printableId,
  safeParseRecord,
  today,
} from "@redumbrella/questionnaire";
import { reportError } from "./errors.js";
import { countRecord, countRefusal, emptyTally } from "./internal/tally.js";
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
  /** The consent policy: `POLICY` or one `tightenPolicy` made (by any copy of @redumbrella/consent, ESM or CJS). Defaults to `POLICY`. */
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
  // A policy `decide` would not apply would deny every record: an empty report that looks like a real one.
  if (options.policy !== undefined && !isPolicy(options.policy)) throw reportError("INVALID_OPTION", ["policy"], "error.policy");
  checkMinCell(options.minCell ?? 5);
}

/**
 * Computes the report's tables from records — any values, valid or not, v1 read as upgraded to v2 —
 * counting only interviews whose consent allows `statistics` on `asOf` (asked of
 * @redumbrella/consent) and was not withdrawn by `validatedOn`, refusals to take part apart, and
 * publishes them with small cells suppressed. Never reads free text; never throws on a record (a bad
 * one is excluded and listed by index, id and issue codes). Throws `ReportError` (`INVALID_OPTION`)
 * on a bad option, among them a `policy` that is not `POLICY` or a policy `tightenPolicy` made.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { buildReport } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * const report = buildReport(records, { asOf: "2026-11-28" }); // of the repository's examples/demo/interviews.ndjson:
 * report.respondents; // 58 (60 interviewed, 2 withdrew their consent)
 * report.police.violations.extortion; // 52
 * report.police.complaintAccepted; // { total: 8, yes: null, no: null, …, suppressed: { yes: "primary", no: "complementary" } }
 */
export function buildReport(records: readonly unknown[], options: ReportOptions): Report {
  checkOptions(options);
  const { asOf, minCell = 5, locale = DEFAULT_LOCALE, policy = POLICY } = options;
  const validatedOn = options.validatedOn ?? today();
  const tally = emptyTally();
  const byReason: { [C in ReasonCode]?: number } = {};
  const invalid: InvalidRecord[] = [];
  let withdrawn = 0;
  let refusalsAfterAsOf = 0;
  let policyVersion = policy.version;
  const needs = neededItems(policy);
  const decideOptions = { asOf, validatedOn, policy, locale };
  const deny = (codes: Iterable<ReasonCode>): void => {
    for (const code of codes) byReason[code] = (byReason[code] ?? 0) + 1;
  };
  for (let index = 0; index < records.length; index++) {
    const input = records[index];
    const parsed = parse(input, validatedOn);
    if (!parsed.success) {
      deny(["INVALID_RECORD"]);
      invalid.push({ index, id: printableId(input), issues: [...new Set<IssueCode>(parsed.issues.map((i) => i.code))] });
      continue;
    }
    const record = parsed.data;
    // A refusal holds nothing about the person: it is counted apart, whatever consent says.
    if (isRefusal(record)) {
      if (record.interview.date <= asOf) countRefusal(tally, record);
      else refusalsAfterAsOf++;
      continue;
    }
    if (record.interview.date <= asOf) tally.interviewed++;
    const decision = decide(record, "statistics", decideOptions);
    policyVersion = decision.policyVersion;
    const reasons = new Set(decision.reasons.map((r) => r.code));
    // A withdrawal known today wins over any `asOf`: a past day reproduces a report, it never revives a withdrawal.
    const withdrawal = withdrawalOf(record, needs, validatedOn);
    if (withdrawal !== undefined) {
      withdrawn++;
      reasons.add(withdrawal);
    }
    if (decision.allowed && reasons.size === 0) countRecord(tally, record);
    else deny(reasons);
  }
  const refused = tally.refusals.reduce((sum, n) => sum + n, 0);
  const excluded: Excluded = { total: records.length - tally.respondents - refused, byReason, invalid, withdrawn, refusalsAfterAsOf };
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

// The last validation of each record object, by day: a report built again from the same records
// (another `asOf`, `minCell` or locale) does not validate them again. Treat records as immutable once read.
const PARSED = new WeakMap<object, { readonly day: string; readonly result: ParseResult }>();

/** A record as `safeParseRecord` reads it on `day` — v1 upgraded to v2 — without validating again what it returned or this module read. */
function parse(input: unknown, day: string): ParseResult {
  const parsedOn = parsedAsOf(input);
  if (parsedOn !== undefined && parsedOn <= day) return { success: true, data: input as AnyRecord };
  const cacheable = typeof input === "object" && input !== null;
  const hit = cacheable ? PARSED.get(input) : undefined;
  if (hit !== undefined && hit.day === day) return hit.result;
  // Issue messages are never shown (only codes are kept): English is enough.
  const result = safeParseRecord(input, { asOf: day });
  if (cacheable) PARSED.set(input, { day, result });
  return result;
}

/** The consent items the statistics use needs under `policy`. */
function neededItems(policy: Policy): readonly ConsentItem[] {
  const rule = policy.uses.statistics;
  return rule.kind === "consent" ? rule.needs : [];
}

/** Why a record's consent to statistics is withdrawn on `validatedOn` — the whole block, or an item the use needs — if it is. */
function withdrawalOf(record: InterviewRecord, needs: readonly ConsentItem[], validatedOn: string): ReasonCode | undefined {
  const { withdrawnOn, items } = record.consent;
  if (withdrawnOn !== undefined && withdrawnOn <= validatedOn) return "WITHDRAWN";
  for (const item of needs) {
    const day = items[item].withdrawnOn;
    if (day !== undefined && day <= validatedOn) return "ITEM_WITHDRAWN";
  }
  return undefined;
}
