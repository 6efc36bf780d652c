export type { AnonymiseOptions, AnonymiseResult } from "./anonymise.js";
export { anonymise } from "./anonymise.js";
export type { AnonymiseErrorCode, AnonymiseIssue, AnonymiseIssueCode } from "./errors.js";
export { ANONYMISE_ISSUE_CODES, AnonymiseError } from "./errors.js";
export type {
  DimensionPath,
  Hierarchy,
  IdentifyingPath,
  LevelName,
  PartOf,
  PartRule,
  PartRules,
  PoliceKnownPath,
  QuasiPath,
  Step,
  TextCheck,
  ValueStep,
} from "./hierarchies.js";
export { HIERARCHIES, levelNames, TEXT_CHECKS } from "./hierarchies.js";
export type { LedgerEntry, LedgerLevels, ReleaseLedger } from "./ledger.js";
export { LEDGER_VERSION } from "./ledger.js";
export type { ReleaseMessageKey } from "./messages.js";
export { RELEASE_MESSAGES } from "./messages.js";
export type { ReleaseKey } from "./pseudonym.js";
export { MIN_KEY_BYTES } from "./pseudonym.js";
export type { ReleasedRecord } from "./released-record.js";
export { PSEUDONYM_PATTERN, ReleasedRecordSchema } from "./released-record.js";
export type { ChosenLevel, ReleaseReport, ReleaseWarning, SensitiveDiversity } from "./report.js";
export { formatReleaseReport } from "./report.js";
