import { type Issues, isRedumbrellaError, type MessageParams, type Path, RedumbrellaError } from "@redumbrella/questionnaire";
import { XLSFORM_MESSAGES, type XlsformMessageKey } from "./messages.js";

/** Why a call of this package failed as a whole: an input that is no export at all, or a bad option. */
export type XlsformErrorCode = "UNREADABLE_INPUT" | "UNKNOWN_FORMAT" | "INVALID_OPTION";

/**
 * The one error this package throws: for a file that cannot be read as any export, or a bad option.
 * A bad submission never makes it throw: it is reported, located, in the import's results.
 */
export class XlsformError extends RedumbrellaError<XlsformErrorCode, XlsformErrorCode> {
  override readonly name = "XlsformError";
  declare readonly issues: Issues<XlsformErrorCode>;

  constructor(code: XlsformErrorCode, issues: Issues<XlsformErrorCode>, options?: { readonly cause?: unknown }) {
    super(code, issues, options);
  }
}

/** An `XlsformError` with one issue at `path`, its message the English text of `key`. */
export function xlsformError(
  code: XlsformErrorCode,
  key: XlsformMessageKey,
  params: MessageParams = {},
  path: Path = [],
  cause?: unknown,
): XlsformError {
  const issue = { code, path, message: XLSFORM_MESSAGES.format(key, params, "en"), params };
  return new XlsformError(code, [issue], cause === undefined ? undefined : { cause });
}

/** Whether `value` is an `XlsformError` of any copy of this package (ESM or CJS). */
export function isXlsformError(value: unknown): value is XlsformError {
  return isRedumbrellaError(value) && value.name === "XlsformError";
}
