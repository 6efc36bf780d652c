export { ENTITY_TYPES, isValidIin, nameForms, namesOfRecord, scrubText } from "./scrub/index.js";
export type { EntityType, ScrubEntity, ScrubOptions, ScrubResult } from "./scrub/index.js";
export {
  ANONYMISE_ISSUE_CODES,
  AnonymiseError,
  anonymise,
  formatReleaseReport,
  HIERARCHIES,
  levelNames,
  MIN_KEY_BYTES,
  PSEUDONYM_PATTERN,
  RELEASE_MESSAGES,
  ReleasedRecordSchema,
} from "./release/index.js";
export type {
  AnonymiseErrorCode,
  AnonymiseIssue,
  AnonymiseIssueCode,
  AnonymiseOptions,
  AnonymiseResult,
  ChosenLevel,
  DimensionPath,
  Hierarchy,
  LevelName,
  QuasiPath,
  ReleasedRecord,
  ReleaseKey,
  ReleaseMessageKey,
  ReleaseReport,
  Step,
} from "./release/index.js";
