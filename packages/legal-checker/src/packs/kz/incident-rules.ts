import type { Condition } from "../../engine/condition.js";
import { MISCONDUCT_TEXTS as T } from "./misconduct-texts.js";
import { LAW as law } from "./refs.js";
import type { KzRule } from "./rules.js";
import { PASSAGES as seed } from "./sources.js";

// Who did it, as the incident records it: its perpetrators' kinds.
const KINDS = "incident.perpetrators[].kind" as const;
const byPolice: Condition = { fact: KINDS, includes: "police" };
const byMedical: Condition = { fact: KINDS, includes: "medical" };
const byOfficial: Condition = { fact: KINDS, includesAny: ["police", "medical"] };
// A client's (or a pimp's, a partner's…) violence is a crime against her, never an official's act.
const byPrivatePerson: Condition = { fact: KINDS, includesAny: ["client", "pimp", "venueStaff", "partner", "other"] };
const did = (...acts: string[]): Condition => ({ fact: "incident.acts", includesAny: acts });
const detention = (
  field: "protocolDrawnUp" | "courtHearing" | "badgeShown" | "relativesInformed" | "lawyerAllowed" | "rightsExplained",
  value: boolean,
): Condition => ({
  fact: `incident.detention.${field}`,
  equals: value,
});

// The longest detention the law of each period allows without a court (Constitution art. 16; the
// criminal procedure codes): the same 72 hours before and after 2015-01-01, kept as data per period.
const BEYOND_72_HOURS: Condition = {
  any: [
    { all: [detention("courtHearing", false), { fact: "incident.detention.hours", atLeast: 73 }] },
    { fact: "incident.detention.hoursToHearing", atLeast: 73 },
  ],
};

/** The incident rules of the kz pack: what police and medical staff (or a private person) did in one incident, judged on its day. */
export const KZ_INCIDENT_RULES: readonly KzRule[] = [
  {
    id: "kz.incident.ill-treatment",
    code: "ILL_TREATMENT_BY_OFFICIAL",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.acts", KINDS],
    when: { all: [did("beating"), byOfficial] },
    citations: [law.constitution17, law.torture1997, law.torture2014, law.excess1997, law.excess2014, law.cat, law.iccpr7],
    ...T.illTreatment,
    source: [seed.cruelTreatment, seed.extortion, seed.marina],
  },
  {
    id: "kz.incident.sexual-violence",
    code: "SEXUAL_VIOLENCE_BY_OFFICIAL",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.acts", KINDS],
    when: { all: [did("sexualAbuse", "gangRape", "rape"), byOfficial] },
    citations: [law.constitution17, law.rape1997, law.rape2014, law.violentSex1997, law.violentSex2014, law.cat, law.iccpr7],
    ...T.sexualViolence,
    source: [seed.policeRape, seed.gangRape, seed.larisa],
  },
  {
    id: "kz.incident.extortion",
    code: "EXTORTION_BY_OFFICIAL",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.acts", KINDS, "incident.payments[].to"],
    // Money into an officer's hands is never a lawful payment, whatever it was called.
    when: { any: [{ all: [did("extortion"), byOfficial] }, { fact: "incident.payments[].to", includes: "officer" }] },
    citations: [law.extortion1997, law.extortion2014, law.excess1997, law.excess2014],
    ...T.extortion,
    source: [seed.extortionSpread, seed.finesForNothing],
  },
  {
    id: "kz.incident.robbery",
    code: "ROBBERY_BY_OFFICIAL",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.acts", KINDS],
    when: { all: [did("robbery"), byOfficial] },
    citations: [law.robbery1997, law.robbery2014, law.excess1997, law.excess2014],
    ...T.robbery,
    source: [seed.valuables, seed.irinaPhone],
  },
  {
    id: "kz.incident.unlawful-detention",
    code: "UNLAWFUL_DETENTION",
    scope: "incident",
    severity: "unlawful",
    needs: [
      KINDS,
      "incident.detention.protocolDrawnUp",
      "incident.detention.courtHearing",
      "incident.detention.hours",
      "incident.detention.hoursToHearing",
    ],
    when: { all: [byPolice, { any: [detention("protocolDrawnUp", false), BEYOND_72_HOURS] }] },
    citations: [law.constitution16, law.cpc1997, law.cpc2014, law.cao2001, law.cao, law.iccpr9],
    ...T.unlawfulDetention,
    source: [seed.falsifiedReports, seed.policeRape],
  },
  {
    id: "kz.incident.detention-reported-unlawful",
    code: "UNLAWFUL_DETENTION",
    scope: "incident",
    severity: "dubious",
    needs: [KINDS, "incident.acts", "incident.detention"],
    // Her word alone, when the record holds nothing of the detention to judge it by.
    when: { all: [byPolice, did("illegalDetention"), { not: { present: "incident.detention" } }] },
    citations: [law.constitution16, law.iccpr9],
    ...T.detentionReported,
    source: [seed.policeRape, seed.falsifiedReports],
  },
  {
    id: "kz.incident.documents-confiscated",
    code: "DOCUMENTS_CONFISCATED",
    scope: "incident",
    severity: "dubious",
    needs: [KINDS, "incident.acts"],
    when: { all: [byPolice, did("passportConfiscated")] },
    citations: [law.excess1997, law.excess2014, law.iccpr12],
    ...T.documents,
    source: [seed.passport],
  },
  {
    id: "kz.incident.detention-conditions",
    code: "DETENTION_CONDITIONS",
    scope: "incident",
    severity: "dubious",
    needs: [KINDS, "incident.acts"],
    when: { all: [byPolice, did("detentionConditions")] },
    citations: [law.iccpr10, law.cat16],
    ...T.conditions,
    source: [seed.conditions, seed.cruelTreatment],
  },
  {
    id: "kz.incident.medical-care-refused",
    code: "MEDICAL_CARE_REFUSED",
    scope: "incident",
    severity: "unlawful",
    needs: [KINDS, "incident.acts"],
    when: {
      any: [{ all: [byMedical, did("servicesRefused", "medicalServicesRefused")] }, { all: [byPolice, did("medicalAidRefused")] }],
    },
    citations: [law.constitution14, law.constitution29, law.health2009, law.health2020, law.iccpr26],
    ...T.careRefused,
    source: [seed.servicesRefused, seed.medicalAidInDetention],
  },
  {
    id: "kz.incident.free-care-not-explained",
    code: "FREE_CARE_NOT_EXPLAINED",
    scope: "incident",
    severity: "dubious",
    needs: [KINDS, "incident.acts"],
    when: { all: [byMedical, did("freeCareRightsNotExplained")] },
    citations: [law.constitution29, law.health2009, law.health2020],
    ...T.freeCare,
    source: [seed.freeCare, seed.freeCareGuaranteed],
  },
  {
    id: "kz.incident.hiv-status-disclosed",
    code: "HIV_STATUS_DISCLOSED",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.acts"],
    // By anyone: medical staff, the police, a venue's administrator.
    when: did("hivStatusDisclosed"),
    citations: [law.health2009, law.health2020, law.constitution18, law.iccpr17],
    ...T.disclosed,
    source: [seed.confidentiality, seed.disclosedByOthers],
  },
  {
    id: "kz.incident.forced-hiv-test.police",
    code: "FORCED_HIV_TEST",
    scope: "incident",
    severity: "unlawful",
    needs: [KINDS, "incident.acts"],
    when: { all: [byPolice, did("forcedHivTest")] },
    citations: [law.health2009, law.health2020, law.excess1997, law.excess2014],
    ...T.testByPolice,
    source: [seed.forcedByPolice, seed.voluntaryTest],
  },
  {
    id: "kz.incident.forced-hiv-test.medical",
    code: "FORCED_HIV_TEST",
    scope: "incident",
    severity: "dubious",
    needs: [KINDS, "incident.acts"],
    when: { all: [byMedical, did("forcedHivTest")] },
    citations: [law.health2009, law.health2020, law.moh575, law.moh552, law.gov1280],
    ...T.testByMedical,
    source: [seed.testingOrders, seed.forcedByMedical],
  },
  {
    id: "kz.incident.retaliation",
    code: "RETALIATION_FOR_COMPLAINT",
    scope: "incident",
    severity: "unlawful",
    needs: ["incident.complaints[].withdrawnUnderPressure", "incident.complaints[].retaliation"],
    when: {
      any: [
        { fact: "incident.complaints[].withdrawnUnderPressure", includes: true },
        { fact: "incident.complaints[].retaliation", includes: true },
      ],
    },
    citations: [law.cat13, law.excess1997, law.excess2014],
    ...T.retaliation,
    source: [seed.retaliation, seed.irinaRecall, seed.reportedOfficer],
  },
  {
    id: "kz.incident.crime-by-private-person",
    code: "CRIME_BY_PRIVATE_PERSON",
    scope: "incident",
    severity: "unlawful",
    kind: "referral",
    needs: [KINDS, "incident.acts"],
    when: { all: [byPrivatePerson, did("rape", "sexualAbuse", "gangRape", "beating", "robbery", "extortion", "threats")] },
    citations: [
      law.rape1997,
      law.rape2014,
      law.violentSex1997,
      law.violentSex2014,
      law.robbery1997,
      law.robbery2014,
      law.extortion1997,
      law.extortion2014,
    ],
    ...T.privateCrime,
    source: [seed.clientViolence, seed.lajla],
  },
  {
    id: "kz.incident.condom-refused",
    code: "CRIME_BY_PRIVATE_PERSON",
    scope: "incident",
    severity: "check",
    kind: "referral",
    needs: [KINDS, "incident.acts"],
    when: { all: [byPrivatePerson, did("condomRefused")] },
    citations: [law.cc1997, law.cc],
    ...T.condomRefused,
    source: [seed.aigerim],
  },
];

const v = (list: "police.violations" | "medical.violations", ...acts: string[]): Condition => ({ fact: list, includesAny: acts });

/**
 * The record rules that stand in for the incident rules above when the record has no incident of
 * their code: the v1 summary (Q14, M1), judged on the interview's day.
 */
export const KZ_FALLBACK_RULES: readonly KzRule[] = [
  {
    ...(KZ_INCIDENT_RULES[0] as KzRule),
    id: "kz.record.ill-treatment",
    scope: "record",
    fallback: true,
    needs: ["police.violations", "medical.violations"],
    when: { any: [v("police.violations", "beating"), v("medical.violations", "beating")] },
  },
  {
    ...(KZ_INCIDENT_RULES[1] as KzRule),
    id: "kz.record.sexual-violence",
    scope: "record",
    fallback: true,
    needs: ["police.violations"],
    when: v("police.violations", "sexualAbuse", "gangRape"),
  },
  {
    ...(KZ_INCIDENT_RULES[2] as KzRule),
    id: "kz.record.extortion",
    scope: "record",
    fallback: true,
    needs: ["police.violations", "medical.violations"],
    when: { any: [v("police.violations", "extortion"), v("medical.violations", "extortion")] },
  },
  {
    ...(KZ_INCIDENT_RULES[3] as KzRule),
    id: "kz.record.robbery",
    scope: "record",
    fallback: true,
    needs: ["police.violations"],
    when: v("police.violations", "robbery"),
  },
  {
    ...(KZ_INCIDENT_RULES[5] as KzRule),
    id: "kz.record.unlawful-detention",
    scope: "record",
    fallback: true,
    needs: ["police.violations"],
    when: v("police.violations", "illegalDetention"),
  },
  {
    ...(KZ_INCIDENT_RULES[6] as KzRule),
    id: "kz.record.documents-confiscated",
    scope: "record",
    fallback: true,
    needs: ["police.violations"],
    when: v("police.violations", "passportConfiscated"),
  },
  {
    ...(KZ_INCIDENT_RULES[7] as KzRule),
    id: "kz.record.detention-conditions",
    scope: "record",
    fallback: true,
    needs: ["police.violations"],
    when: v("police.violations", "detentionConditions"),
  },
  {
    ...(KZ_INCIDENT_RULES[8] as KzRule),
    id: "kz.record.medical-care-refused",
    scope: "record",
    fallback: true,
    needs: ["medical.violations", "police.violations"],
    when: { any: [v("medical.violations", "servicesRefused"), v("police.violations", "medicalAidRefused", "medicalServicesRefused")] },
  },
  {
    ...(KZ_INCIDENT_RULES[9] as KzRule),
    id: "kz.record.free-care-not-explained",
    scope: "record",
    fallback: true,
    needs: ["medical.violations"],
    when: v("medical.violations", "freeCareRightsNotExplained"),
  },
];
