export type { Citation } from "./citations.js";
export type { DecideOptions, Decision, Obligation, ObligationParams, Reason } from "./decide.js";
export { allowedUses, decide } from "./decide.js";
export type { GlobalDenial } from "./denials.js";
export { AGE_DENIALS, GLOBAL_DENIALS } from "./denials.js";
export type { ConsentMessageKey, DecisionInput, ReasonInput } from "./messages.js";
export {
  CONSENT_MESSAGES,
  citedItem,
  consentMessage,
  decisionMessage,
  obligationMessage,
  reasonMessage,
  useLabel,
} from "./messages.js";
export type { Contradictions, Policy, UseRule, UseRules } from "./policy.js";
export { isPolicy, POLICY } from "./policy.js";
export type { PolicyIssue, Tightening, UseTightening } from "./tighten.js";
export { ConsentPolicyError, tightenPolicy } from "./tighten.js";
export type {
  AgeClass,
  ConsentItem,
  GlobalDenialCode,
  ObligationCode,
  PolicyIssueCode,
  ReasonCode,
  ReportSection,
  Respondents,
  Use,
} from "./vocabulary.js";
export {
  AGE_CLASSES,
  CONSENT_ITEMS,
  GLOBAL_DENIAL_CODES,
  OBLIGATION_CODES,
  POLICY_ISSUE_CODES,
  REASON_CODES,
  REPORT_SECTIONS,
  RESPONDENTS,
  USES,
} from "./vocabulary.js";
