import { DEFAULT_LOCALE, type InterviewRecord, type Locale, type RecordIssue, safeParseRecord } from "@redumbrella/questionnaire";
import { compilePack } from "./engine/compile.js";
import type { Finding } from "./engine/finding.js";
import { judgeRecord } from "./engine/judge.js";
import type { Pack } from "./engine/pack.js";
import { kz } from "./packs/kz/index.js";

/** Options of `checkRecord`. */
export interface CheckOptions {
  /** The jurisdiction pack whose law and rules apply. Defaults to `kz`. */
  readonly pack?: Pack;
  /** The language of the findings' messages. Defaults to `"en"`. */
  readonly locale?: Locale;
}

/** Options of `checkInput`. */
export interface CheckInputOptions extends CheckOptions {
  /** The day the record is validated on, `YYYY-MM-DD`: no date may be after it. Defaults to today. */
  readonly asOf?: string;
}

/** What `checkInput` answers: the validation issues of an invalid record, or the findings of a valid one. */
export type CheckInputResult =
  | { readonly valid: false; readonly issues: readonly [RecordIssue, ...RecordIssue[]] }
  | { readonly valid: true; readonly findings: Finding[] };

/**
 * Checks a valid record against a jurisdiction pack: what is legally dubious in each charge, as
 * the law stood on the day of the conduct, and in the police and medical sections. Findings come
 * charge by charge (rules in pack order), then for the record as a whole.
 *
 * @example
 * const findings = checkRecord(parseRecord(json), { locale: "ru" });
 * for (const f of findings) console.log(f.code, f.status, f.charge, f.message);
 */
export function checkRecord(record: InterviewRecord, options?: CheckOptions): Finding[] {
  return judgeRecord(compilePack(options?.pack ?? kz), record, options?.locale ?? DEFAULT_LOCALE);
}

/**
 * Validates any input as record v1, then checks it: never throws on bad input.
 *
 * @example
 * const result = checkInput(JSON.parse(text), { asOf: "2026-11-28" });
 * if (!result.valid) console.log(result.issues); else console.log(result.findings);
 */
export function checkInput(input: unknown, options: CheckInputOptions = {}): CheckInputResult {
  const parsed = safeParseRecord(input, options.asOf === undefined ? { locale: options.locale ?? DEFAULT_LOCALE } : { asOf: options.asOf, locale: options.locale ?? DEFAULT_LOCALE });
  if (!parsed.success) return { valid: false, issues: parsed.issues };
  return { valid: true, findings: checkRecord(parsed.data, options) };
}
