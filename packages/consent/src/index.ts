export { allowedUses, decide } from "./decide.js";
export type { Decision, DecideOptions, Obligation, ObligationParams, Reason } from "./decide.js";
export { AGE_DENIALS, GLOBAL_DENIALS } from "./denials.js";
export type { GlobalDenial } from "./denials.js";
export type { Citation } from "./citations.js";
export {
  CONSENT_MESSAGES,
  citedItem,
  consentMessage,
  decisionMessage,
  obligationMessage,
  reasonMessage,
  useLabel,
} from "./messages.js";
export type { ConsentMessageKey, DecisionInput, ReasonInput } from "./messages.js";
export { isPolicy, POLICY } from "./policy.js";
export type { Contradictions, Policy, UseRule, UseRules } from "./policy.js";
export { ConsentPolicyError, tightenPolicy } from "./tighten.js";
export type { PolicyIssue, Tightening, UseTightening } from "./tighten.js";
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
