export type { ReportOptions } from "./build-report.js";
export { buildReport } from "./build-report.js";
export type { ConsistencyIssue } from "./check-report.js";
export { checkReport } from "./check-report.js";
export type { ReportErrorCode } from "./errors.js";
export { ReportError } from "./errors.js";
export type { IncidentBase, IncidentRow, IncidentTableKey, IncidentTableSpec } from "./incident-layout.js";
export { INCIDENT_TABLES } from "./incident-layout.js";
export type { AgeBand, Band, DetentionBand, ProfileKey, ProfileSpec, ViolationCode, ViolationSection, YesNoKey } from "./layout.js";
export { AGE_BANDS, DETENTION_BANDS, PROFILE, TIMES_DETAINED_BOX_BANDS, VIOLATION_SECTIONS } from "./layout.js";
export type { ConsistencyCode, Month, ReportMessageKey } from "./messages.js";
export { CONSISTENCY_CODES, MONTHS, REPORT_MESSAGES } from "./messages.js";
export { toCsv } from "./render/csv.js";
export { toHtml } from "./render/html.js";
export { toJSON } from "./render/json.js";
export { toMarkdown } from "./render/markdown.js";
export type { CellTable, LinearConstraint, SuppressedTable, SuppressionReason } from "./suppress.js";
export { checkMinCell, disclosureIntervals, sumTo, sumToCell, suppressCells } from "./suppress.js";
export type {
  Breakdown,
  Count,
  Distribution,
  Excluded,
  IncidentReport,
  IncidentTables,
  InvalidRecord,
  Methodology,
  ProfileReport,
  Report,
  SectionReport,
  SectionReports,
  Share,
  Suppressed,
  YesNoCell,
  YesNoCounts,
} from "./types.js";
