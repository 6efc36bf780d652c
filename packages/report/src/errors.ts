import { type Issues, type MessageParams, type Path, RedumbrellaError } from "@redumbrella/questionnaire";
import { REPORT_MESSAGES, type ReportMessageKey } from "./messages.js";

/** What a caller of this package got wrong: an option out of range, or a table that contradicts itself. */
export type ReportErrorCode = "INVALID_OPTION" | "INVALID_TABLE";

/**
 * The one error this package throws, for a programming mistake only (records never make it
 * throw: a bad record is excluded and listed in the report). Its `issues` locate the mistake:
 * `[{ code: "INVALID_OPTION", path: ["minCell"], message }]`.
 */
export class ReportError extends RedumbrellaError<ReportErrorCode, ReportErrorCode> {
  override readonly name = "ReportError";
  declare readonly issues: Issues<ReportErrorCode>;

  constructor(code: ReportErrorCode, issues: Issues<ReportErrorCode>, options?: { readonly cause?: unknown }) {
    super(code, issues, options);
  }
}

/** A `ReportError` with one issue at `path`, its message the catalogue's English text of `key`. */
export function reportError(code: ReportErrorCode, path: Path, key: ReportMessageKey, params: MessageParams = {}): ReportError {
  return new ReportError(code, [{ code, path, message: REPORT_MESSAGES.format(key, params, "en"), params }]);
}
