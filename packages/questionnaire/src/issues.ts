import type { Issue, Path } from "./core/issue.js";

/**
 * The closed list of validation issue codes. Each has a message in every catalogue
 * (`RECORD_MESSAGES`); a test fails if one is missing.
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
  "REFUSAL_WITH_ANSWERS",
  "CONSENT_ITEM_BEFORE_BLOCK",
  "TIMES_DETAINED_TWICE",
  "INCIDENT_AFTER_INTERVIEW",
  "NO_PERPETRATOR",
  "NEEDS_POLICE_PERPETRATOR",
  "CODE_EDITION_MISMATCH",
  "UNKNOWN_INCIDENT",
] as const;

/** A validation issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into a record: keys and array indices, `["police", "violations", 2]`. */
export type RecordPath = Path;

/** One problem found in a record, located at `path`, with its message in the requested locale. */
export type RecordIssue = Issue<IssueCode>;
