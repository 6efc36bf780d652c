/**
 * The closed lists of record v1, in the paper form's order. Labels for each choice live in
 * the `form` entry point; the data holds only these codes.
 */

/** Q2 — gender. */
export const GENDERS = ["female", "male", "transgender", "other"] as const;
/** Q7 — marital status. */
export const MARITAL_STATUSES = ["married", "single", "divorced", "widowed"] as const;
/** Q8 — education. */
export const EDUCATION_LEVELS = [
  "primary",
  "incompleteSecondary",
  "secondary",
  "vocational",
  "university",
] as const;
/** Q9 — where the respondent does sex work; an empty list means she is not a sex worker. */
export const SEX_WORK_VENUES = ["street", "onCall", "sauna", "hotel", "apartment"] as const;
/** Q11 — time in sex work, as non-overlapping bands (the paper's bands overlap). */
export const TIME_IN_SEX_WORK = ["under6Months", "6to12Months", "1to3Years", "over3Years"] as const;
/** Q12 — kind of settlement. */
export const SETTLEMENT_TYPES = ["city", "village"] as const;
/** Q13 — is sex work criminalised in your country? */
export const TRI_STATE = ["yes", "no", "dontKnow"] as const;
/** Interview language. */
export const LANGUAGES = ["ru", "kk", "en"] as const;
/** How consent was recorded (the form's signature line). */
export const CONSENT_RECORDED_BY = ["signature", "oral", "none"] as const;

/** Q14 — the 18 boxes of police violations, in the form's order. */
export const POLICE_VIOLATIONS = [
  "extortion",
  "beating",
  "threats",
  "robbery",
  "verbalAbuse",
  "illegalDetention",
  "passportConfiscated",
  "relativesNotInformed",
  "detentionConditions",
  "legalAidRefused",
  "rightsNotExplained",
  "medicalAidRefused",
  "drugsPlanted",
  "sexualAbuse",
  "gangRape",
  "illegalFine",
  "forcedHivTest",
  "medicalServicesRefused",
] as const;

/** Violations by medical staff: the form's 7 boxes plus `beating`, which the report's table counts. */
export const MEDICAL_VIOLATIONS = [
  "extortion",
  "beating",
  "threats",
  "verbalAbuse",
  "servicesRefused",
  "freeCareRightsNotExplained",
  "forcedHivTest",
  "hivStatusDisclosed",
] as const;

/** Q22 — what happened after detention. */
export const DETENTION_OUTCOMES = [
  "released",
  "paidForRelease",
  "sexForRelease",
  "reportFiled",
  "lockedUp",
  "fined",
  "administrativePunishment",
  "other",
] as const;

/** Where the respondent was held after detention, before any court hearing. */
export const HELD_IN = [
  "temporaryDetentionRoom",
  "policeStationCell",
  "temporaryDetentionFacility",
  "other",
] as const;

/** Charges annex — how precisely the date of the conduct is known. */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
/** Charges annex — which code the charge was brought under. */
export const CHARGE_CODES = ["administrative", "criminal", "unknown"] as const;
/** Charges annex — what the paper says was done. */
export const OFFENCES = [
  "prostitution",
  "soliciting",
  "providingPremises",
  "pimping",
  "engagingInProstitution",
  "brothel",
  "disorderlyConduct",
  "drugPossession",
  "other",
] as const;
/** Charges annex — who was charged. */
export const CHARGE_ROLES = ["sexWorker", "organiser", "premisesProvider", "thirdParty"] as const;
/** Charges annex — where the conduct took place. */
export const CHARGE_PLACES = [
  "publicPlace",
  "street",
  "sauna",
  "hotel",
  "apartment",
  "onCall",
  "other",
] as const;
/** Charges annex — the kind of penalty. */
export const PENALTY_KINDS = ["fine", "detention", "communityService", "imprisonment", "warning"] as const;
/** Charges annex — to whom a penalty was paid. */
export const PAID_TO = ["stateAccount", "officer", "unpaid"] as const;

/** Every closed list by name, so labels and renderers can refer to a list by its name. */
export const CHOICE_LISTS = {
  gender: GENDERS,
  maritalStatus: MARITAL_STATUSES,
  education: EDUCATION_LEVELS,
  sexWorkVenue: SEX_WORK_VENUES,
  timeInSexWork: TIME_IN_SEX_WORK,
  settlementType: SETTLEMENT_TYPES,
  triState: TRI_STATE,
  language: LANGUAGES,
  consentRecordedBy: CONSENT_RECORDED_BY,
  policeViolation: POLICE_VIOLATIONS,
  medicalViolation: MEDICAL_VIOLATIONS,
  detentionOutcome: DETENTION_OUTCOMES,
  heldIn: HELD_IN,
  datePrecision: DATE_PRECISIONS,
  chargeCode: CHARGE_CODES,
  offence: OFFENCES,
  chargeRole: CHARGE_ROLES,
  chargePlace: CHARGE_PLACES,
  penaltyKind: PENALTY_KINDS,
  paidTo: PAID_TO,
} as const;

/** The name of a closed list. */
export type ChoiceListName = keyof typeof CHOICE_LISTS;
/** A choice of the named list. */
export type Choice<TList extends ChoiceListName> = (typeof CHOICE_LISTS)[TList][number];
