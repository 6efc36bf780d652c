import type { Consent } from "@redumbrella/questionnaire";

/**
 * The uses a record may be put to, a closed list: a new use does not compile until `POLICY`
 * and the message catalogues cover it.
 */
export const USES = [
  "statistics",
  "anonymisedCaseStudy",
  "anonymisedDataset",
  "namedPublication",
  "lawEnforcementComplaint",
  "partnerSharing",
] as const;

/** A use of a record. */
export type Use = (typeof USES)[number];

/** A consent item of the form: the yes/no answers of the record's consent block. */
export type ConsentItem = { [K in keyof Consent]-?: Consent[K] extends boolean ? K : never }[keyof Consent];

/**
 * The four consent items of the form (C1–C4), in the form's order. Tests check them against the
 * questionnaire's metadata and, in types, against every boolean of the consent block.
 */
export const CONSENT_ITEMS = ["statistics", "useWithoutName", "publicName", "lawEnforcementComplaint"] as const satisfies readonly ConsentItem[];

/** The denials that apply to every use, in the order a decision lists them. */
export const GLOBAL_DENIAL_CODES = [
  "INVALID_RECORD",
  "NO_CONSENT_RECORD",
  "NOT_YET_GIVEN",
  "WITHDRAWN",
  "MINOR",
  "AGE_UNKNOWN",
] as const;

/** A denial that applies to every use. */
export type GlobalDenialCode = (typeof GLOBAL_DENIAL_CODES)[number];

/**
 * Every reason a use can be denied for: a malformed request, the global denials in their order,
 * then the denials of the use's own rule.
 */
export const REASON_CODES = [
  "INVALID_REQUEST",
  ...GLOBAL_DENIAL_CODES,
  "NO_CONSENT_ITEM",
  "CONSENT_NOT_GIVEN",
  "CONSENT_STALE",
] as const;

/** Why a use is denied. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** What an allowed use obliges its user to do. */
export const OBLIGATION_CODES = [
  "AGGREGATE_ONLY",
  "SUPPRESS_SMALL_CELLS",
  "ANONYMISE",
  "K_ANONYMITY",
  "REDACT_SENSITIVE",
  "MINIMISE",
] as const;

/** An obligation that comes with an allowed use. */
export type ObligationCode = (typeof OBLIGATION_CODES)[number];

/** The sections of the seed report (Amelia, Kazakhstan, 2015) that the policy cites. */
export const REPORT_SECTIONS = [
  "Summary",
  "Legal frameworks",
  "Data collection methodology",
  "Collected survey data analysis",
] as const;

/** A section of the seed report. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What can be wrong with a tightening given to `tightenPolicy`. */
export const POLICY_ISSUE_CODES = [
  "NOT_AN_OBJECT",
  "UNKNOWN_BASE",
  "UNKNOWN_USE",
  "UNKNOWN_FIELD",
  "NOT_A_LIST",
  "UNKNOWN_ITEM",
  "UNKNOWN_OBLIGATION",
  "INVALID_MAX_AGE",
  "LOOSENS_MAX_AGE",
  "NEVER_ALLOWED",
] as const;

/** A problem of a tightening. */
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];
