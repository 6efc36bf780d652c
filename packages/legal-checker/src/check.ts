import {
  DEFAULT_LOCALE,
  type InterviewRecord,
  type IssueCode,
  isRefusal,
  type Locale,
  type Result,
  safeParseRecord,
} from "@redumbrella/questionnaire";
import { compilePack } from "./engine/compile.js";
import type { Finding } from "./engine/finding.js";
import { judgeRecord } from "./engine/judge.js";
import type { Pack } from "./engine/pack.js";
import { kz } from "./packs/kz/index.js";

/** Options of `checkRecord`. */
export interface CheckOptions {
  /** The jurisdiction pack whose law and rules apply: `kz` (of any copy of this package, ESM or CJS) or one written by hand. Defaults to `kz`. */
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
export type CheckInputResult = Result<Finding[], IssueCode>;

/**
 * Checks a valid record against a jurisdiction pack: what is legally dubious in each charge, as
 * the law stood on the day of the conduct, and in the police and medical sections. Findings come
 * charge by charge (rules in pack order), then for the record as a whole. Throws `LegalCheckerError`:
 * `INVALID_OPTION` when `pack` is not shaped as a pack, `INVALID_PACK` when its data is wrong.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { checkRecord } from "@redumbrella/legal-checker";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8"))); // throws on an invalid record
 * const findings = isRefusal(record) ? [] : checkRecord(record, { locale: "ru" });
 * for (const f of findings) console.log(f.code, f.status, f.charge, f.message);
 */
export function checkRecord(record: InterviewRecord, options?: CheckOptions): Finding[] {
  // Only an absent pack means `kz`: `null` is no pack.
  return judgeRecord(compilePack(options?.pack === undefined ? kz : options.pack), record, options?.locale ?? DEFAULT_LOCALE);
}

/**
 * Validates any input as a record (v1 or v2), then checks it: never throws on bad input. A refusal to
 * take part has nothing to check: its findings are `[]`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { checkInput } from "@redumbrella/legal-checker";
 *
 * const result = checkInput(JSON.parse(readFileSync("record.json", "utf8")), { asOf: "2026-11-28" });
 * if (!result.success) console.log(result.issues); else console.log(result.data);
 */
export function checkInput(input: unknown, options: CheckInputOptions = {}): CheckInputResult {
  const parsed = safeParseRecord(
    input,
    options.asOf === undefined
      ? { locale: options.locale ?? DEFAULT_LOCALE }
      : { asOf: options.asOf, locale: options.locale ?? DEFAULT_LOCALE },
  );
  if (!parsed.success) return parsed;
  return { success: true, data: isRefusal(parsed.data) ? [] : checkRecord(parsed.data, options) };
}
