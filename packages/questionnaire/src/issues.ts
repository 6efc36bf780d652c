/**
 * The closed list of validation issue codes. Each has a message in every catalogue
 * (`messages.ts`); a test fails if one is missing.
 */
export const ISSUE_CODES = [
  "INVALID_TYPE",
  "REQUIRED",
  "UNKNOWN_KEY",
  "INVALID_CHOICE",
  "UNSUPPORTED_VERSION",
  "INVALID_DATE",
  "DATE_NOT_PERIOD_START",
  "FUTURE_DATE",
  "INVALID_FORMAT",
  "EMPTY_TEXT",
  "TEXT_TOO_LONG",
  "OUT_OF_RANGE",
  "NOT_INTEGER",
  "DUPLICATE",
  "DETAIL_WITHOUT_GATE",
  "VIOLATIONS_MISSING",
  "CONSENT_BEFORE_INTERVIEW",
  "WITHDRAWN_BEFORE_GIVEN",
  "UNKNOWN_QUESTION",
  "DECLINED_BUT_ANSWERED",
] as const;

/** A validation issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into a record: keys and array indices, `["police", "violations", 2]`. */
export type RecordPath = readonly (string | number)[];

/** One problem found in a record, located at `path`. */
export interface RecordIssue {
  readonly code: IssueCode;
  readonly path: RecordPath;
  /** The message in the requested locale. */
  readonly message: string;
  /** What the message interpolates: limits, the gate a detail needs, the value received for a choice. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Formats a path as the spec writes it: `police.violations[2]`, `charges[0].penalty.kind`. */
export function formatPath(path: RecordPath): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  }
  return out;
}
