import { type Consent, CONSENT_ITEMS as FORM_ITEMS } from "@redumbrella/questionnaire";

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
  "safeguardingReferral",
] as const;

/** A use of a record. */
export type Use = (typeof USES)[number];

/** A consent item of the form: a key of the record's `consent.items`. */
export type ConsentItem = keyof Consent["items"];

/**
 * The four consent items of the form (C1–C4), in the form's order: the questionnaire's own list,
 * checked in types against the keys of `consent.items`.
 */
export const CONSENT_ITEMS: typeof FORM_ITEMS = FORM_ITEMS satisfies readonly ConsentItem[];

/** The denials that apply to every use, in the order a decision lists them. */
export const GLOBAL_DENIAL_CODES = ["INVALID_RECORD", "REFUSED_TO_TAKE_PART", "NO_CONSENT_RECORD", "NOT_YET_GIVEN", "WITHDRAWN"] as const;

/** A denial that applies to every use. */
export type GlobalDenialCode = (typeof GLOBAL_DENIAL_CODES)[number];

/**
 * Every reason a use can be denied for: a malformed request, the global denials in their order,
 * then the denials of the use's own rule.
 */
export const REASON_CODES = [
  "INVALID_REQUEST",
  ...GLOBAL_DENIAL_CODES,
  "MINOR",
  "AGE_UNKNOWN",
  "NOT_A_MINOR",
  "ORAL_CONSENT_UNWITNESSED",
  "NO_CONSENT_ITEM",
  "CONSENT_NOT_GIVEN",
  "ITEM_NOT_YET_GIVEN",
  "ITEM_WITHDRAWN",
  "CONSENT_STALE",
  "CONTRADICTORY_CONSENT",
] as const;

/** Why a use is denied. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** The respondent's age at the interview as the policy reads it: 18 or over, under 18, or not known (declined or not asked). */
export const AGE_CLASSES = ["adult", "minor", "unknown"] as const;

/** How old the respondent was at the interview, as the policy reads it. */
export type AgeClass = (typeof AGE_CLASSES)[number];

/**
 * Whom a use may concern: `adults` only; `adultsOrAgeUnknown` (she asked for it and declined her
 * age: not a child as far as anyone knows); or `minors` only (a duty to protect a child).
 */
export const RESPONDENTS = ["adults", "adultsOrAgeUnknown", "minors"] as const;

/** Whom a use may concern, by age. */
export type Respondents = (typeof RESPONDENTS)[number];

/** What an allowed use obliges its user to do. */
export const OBLIGATION_CODES = [
  "AGGREGATE_ONLY",
  "SUPPRESS_SMALL_CELLS",
  "ANONYMISE",
  "K_ANONYMITY",
  "REDACT_SENSITIVE",
  "MINIMISE",
  "CHILD_PROTECTION_ONLY",
] as const;

/** An obligation that comes with an allowed use. */
export type ObligationCode = (typeof OBLIGATION_CODES)[number];

/** The sections of the seed report (Amelia, Kazakhstan, 2015) that the policy cites. */
export const REPORT_SECTIONS = ["Summary", "Legal frameworks", "Data collection methodology", "Collected survey data analysis"] as const;

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
  "NEEDS_NO_CONSENT",
] as const;

/** A problem of a tightening. */
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];
