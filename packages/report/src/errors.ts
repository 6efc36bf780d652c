/** What a caller of this package got wrong: an option out of range, or a table that contradicts itself. */
export type ReportErrorCode = "INVALID_OPTION" | "INVALID_TABLE";

/**
 * The one error this package throws, for a programming mistake only (records never make it
 * throw: a bad record is excluded and listed in the report).
 */
export class ReportError extends Error {
  override readonly name = "ReportError";
  readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
