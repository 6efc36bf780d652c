export type {
  Brand,
  Catalogue,
  DatePrecision,
  IsoDate,
  Issue,
  Issues,
  Locale,
  Localised,
  MessageParams,
  Messages,
  Path,
  Result,
} from "./core/index.js";
export {
  addDays,
  comparePeriod,
  DEFAULT_LOCALE,
  dateOfDay,
  dayNumber,
  daysBetween,
  defineBrand,
  defineMessages,
  formatNumber,
  formatPath,
  isCalendarDate,
  isLocale,
  isPeriodStart,
  isRedumbrellaError,
  LOCALES,
  pathKeys,
  periodEnd,
  RedumbrellaError,
  readerOf,
  recogniser,
  renderTemplate,
  today,
  valueAt,
} from "./core/index.js";
export type { Label } from "./form/labels.js";
export type { IssueCode, RecordIssue, RecordPath } from "./issues.js";
export { ISSUE_CODES } from "./issues.js";
export { RULES_NOT_IN_JSON_SCHEMA, toJSONSchema } from "./json-schema.js";
export { RECORD_MESSAGES } from "./messages.js";
export type { FieldMeta } from "./metadata.js";
export { fieldMeta, fieldRegistry, fieldsOfClass, policeKnownFields } from "./metadata.js";
export type { ParseOptions, ParseResult } from "./parse.js";
export { createRecordSchema, isRefusal, parsedAsOf, parseRecord, RecordSchema, RecordValidationError, safeParseRecord } from "./parse.js";
export type { Choice, ChoiceListName } from "./schema/enums.js";
export {
  CHARGE_CODES,
  CHARGE_PLACES,
  CHARGE_ROLES,
  CHOICE_LISTS,
  CLIENT_ACTS,
  CODE_EDITIONS,
  COMPLAINT_ADDRESSEES,
  COMPLAINT_OUTCOMES,
  CONSENT_ITEMS,
  CONSENT_RECORDED_BY,
  DATE_PRECISIONS,
  DETENTION_OUTCOMES,
  EDUCATION_LEVELS,
  EVIDENCE_KINDS,
  GENDERS,
  HELD_IN,
  INCIDENT_ACTS,
  INTERVIEW_OUTCOMES,
  LANGUAGES,
  MARITAL_STATUSES,
  MEDICAL_VIOLATIONS,
  OFFENCES,
  PAID_TO,
  PAYMENT_PURPOSES,
  PAYMENT_TO,
  PENALTY_KINDS,
  PERPETRATOR_KINDS,
  PLACE_KINDS,
  POLICE_VIOLATIONS,
  REFUSAL_REASONS,
  SETTLEMENT_TYPES,
  SEX_WORK_VENUES,
  TIME_IN_SEX_WORK,
  TIME_IN_SEX_WORK_V1,
  TIMES_DETAINED_BOXES,
  TRI_STATE,
} from "./schema/enums.js";
export type { FieldKind, FieldPath, FieldSpec, IdentifiabilityClass, SectionId } from "./schema/fields.js";
export { FIELDS, SECTIONS } from "./schema/fields.js";
export type { Gate, GateCondition } from "./schema/gates.js";
export { GATES, gateOpen } from "./schema/gates.js";
export { MAX_TEXT, normaliseText } from "./schema/primitives.js";
export type {
  AnyRecord,
  Charge,
  ChargeFacts,
  Complaint,
  Consent,
  ConsentItemAnswer,
  Detention,
  Fine,
  Incident,
  IncidentDetention,
  IncidentPlace,
  Interview,
  InterviewRecord,
  MedicalSection,
  Payment,
  Penalty,
  Perpetrator,
  PoliceSection,
  RefusalRecord,
  Residence,
  Respondent,
} from "./schema/record.js";
export {
  ChargeFactsSchema,
  ChargeSchema,
  ComplaintSchema,
  ConsentItemsSchema,
  ConsentSchema,
  DetentionSchema,
  FineSchema,
  INCIDENT_ID,
  IncidentDetentionSchema,
  IncidentPlaceSchema,
  IncidentSchema,
  InterviewSchema,
  MedicalSchema,
  PaymentSchema,
  PenaltySchema,
  PerpetratorSchema,
  PoliceSchema,
  printableId,
  RecordShapeSchema,
  ResidenceSchema,
  RespondentSchema,
} from "./schema/record.js";
export type { RecordV1 } from "./schema/v1.js";
export { ConsentV1Schema, RecordV1ShapeSchema } from "./schema/v1.js";
export { upgradeRecord } from "./upgrade.js";
