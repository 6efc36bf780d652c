import type { Rule } from "../../engine/pack.js";
import { KZ_CHARGE_RULES } from "./charge-rules.js";
import { KZ_FALLBACK_RULES, KZ_INCIDENT_RULES } from "./incident-rules.js";
import { KZ_INCIDENT_RECORD_RULES, KZ_RECORD_RULES } from "./record-rules.js";

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
  "ILL_TREATMENT_BY_OFFICIAL",
  "SEXUAL_VIOLENCE_BY_OFFICIAL",
  "EXTORTION_BY_OFFICIAL",
  "ROBBERY_BY_OFFICIAL",
  "UNLAWFUL_DETENTION",
  "DOCUMENTS_CONFISCATED",
  "DETENTION_CONDITIONS",
  "MEDICAL_CARE_REFUSED",
  "FREE_CARE_NOT_EXPLAINED",
  "RETALIATION_FOR_COMPLAINT",
  "CRIME_BY_PRIVATE_PERSON",
] as const;

/** A code of the kz pack's findings. */
export type KzRuleCode = (typeof KZ_RULE_CODES)[number];

/** A rule of the kz pack: its code is one of `KZ_RULE_CODES`. */
export type KzRule = Rule & { readonly code: KzRuleCode };

/**
 * The rules of the kz pack, in the order their findings are reported: the charge rules (from the
 * seed's section "Legislation and national policies"), the incident rules (what police, medical
 * staff or a private person did, on the incident's day), then the record rules (the v1 summary, on
 * the interview's day; those on an official's acts only where no incident records them).
 */
export const KZ_RULES: readonly KzRule[] = [
  ...KZ_CHARGE_RULES,
  ...KZ_INCIDENT_RULES,
  ...KZ_INCIDENT_RECORD_RULES,
  ...KZ_RECORD_RULES,
  ...KZ_FALLBACK_RULES,
];
