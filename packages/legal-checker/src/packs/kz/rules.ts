import type { Rule } from "../../engine/pack.js";
import { KZ_CHARGE_RULES } from "./charge-rules.js";
import { KZ_RECORD_RULES } from "./record-rules.js";

/** The public codes of the kz pack's findings: part of the package's contract. */
export const KZ_RULE_CODES = [
  "PROSTITUTION_NOT_AN_OFFENCE",
  "ARTICLE_NOT_IN_FORCE",
  "SOLICITING_OUTSIDE_PUBLIC_PLACE",
  "ADVERTISEMENT_ALONE_INSUFFICIENT",
  "ATTEMPT_NOT_PUNISHABLE",
  "PROSTITUTION_NOT_PROVEN",
  "SEX_WORKER_NOT_SUBJECT",
  "INTENT_NOT_PROVEN",
  "FINE_PAID_TO_OFFICER",
  "PAYMENT_FOR_RELEASE",
  "SEX_FOR_RELEASE",
  "DRUGS_PLANTED",
  "FORCED_HIV_TEST",
  "HIV_STATUS_DISCLOSED",
  "DETENTION_RIGHTS_DENIED",
  "MINOR",
] as const;

/** A code of the kz pack's findings. */
export type KzRuleCode = (typeof KZ_RULE_CODES)[number];

/** A rule of the kz pack: its code is one of `KZ_RULE_CODES`. */
export type KzRule = Rule & { readonly code: KzRuleCode };

/**
 * The rules of the kz pack, in the order their findings are reported: the charge rules (from the
 * seed's section "Legislation and national policies"), then the record rules (police and medical).
 */
export const KZ_RULES: readonly KzRule[] = [...KZ_CHARGE_RULES, ...KZ_RECORD_RULES];
