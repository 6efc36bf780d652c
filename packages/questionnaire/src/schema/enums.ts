/**
 * The closed lists of the record format, in the paper form's order. Labels for each choice live in
 * the `form` entry point; the data holds only these codes.
 */

/** Q2 — gender. */
export const GENDERS = ["female", "male", "transgender", "other"] as const;
/** Q7 — marital status. */
export const MARITAL_STATUSES = ["married", "single", "divorced", "widowed"] as const;
/** Q8 — education. */
export const EDUCATION_LEVELS = ["primary", "incompleteSecondary", "secondary", "vocational", "university"] as const;
/** Q9 — where the respondent does sex work; an empty list means she is not a sex worker. */
export const SEX_WORK_VENUES = ["street", "onCall", "sauna", "hotel", "apartment"] as const;
/** Q11 — time in sex work, the paper's own boxes. */
export const TIME_IN_SEX_WORK = ["under6Months", "about1Year", "over1Year", "over3Years"] as const;
/** Q11 in record v1, which re-banded the paper's boxes; `upgradeRecord` maps them to the paper's. */
export const TIME_IN_SEX_WORK_V1 = ["under6Months", "6to12Months", "1to3Years", "over3Years"] as const;
/** Q12 — kind of settlement. */
export const SETTLEMENT_TYPES = ["city", "village"] as const;
/** Q13 — is sex work criminalised in your country? */
export const TRI_STATE = ["yes", "no", "dontKnow"] as const;
/** Interview language. */
export const LANGUAGES = ["ru", "kk", "en"] as const;
/** How consent was recorded (the form's signature line). */
export const CONSENT_RECORDED_BY = ["signature", "oral", "none"] as const;
/** The four boxes of the consent block, in the form's order. */
export const CONSENT_ITEMS = ["statistics", "useWithoutName", "publicName", "lawEnforcementComplaint"] as const;
/** How the interview ended: completed (the default), refused before any question, or interrupted. */
export const INTERVIEW_OUTCOMES = ["completed", "refused", "interrupted"] as const;
/** Why a person refused to take part (the 2015 study: mostly fear of the police and deportation). */
export const REFUSAL_REASONS = ["fear", "distrust", "noTime", "other"] as const;

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

/** Q20 — the paper's boxes for how often she was detained, plus the one it lacks (two or three times). */
export const TIMES_DETAINED_BOXES = ["once", "twoOrThree", "moreThan3", "moreThan5"] as const;

/** Where the respondent was held after detention, before any court hearing. */
export const HELD_IN = ["temporaryDetentionRoom", "policeStationCell", "temporaryDetentionFacility", "other"] as const;

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
export const CHARGE_PLACES = ["publicPlace", "street", "sauna", "hotel", "apartment", "onCall", "other"] as const;
/** Charges annex — the kind of penalty. */
export const PENALTY_KINDS = ["fine", "detention", "communityService", "imprisonment", "warning"] as const;
/** Charges annex — to whom a penalty was paid. */
export const PAID_TO = ["stateAccount", "officer", "unpaid"] as const;

/** Charges annex — which edition of the code the paper cites: criminal 1997 or 2014, administrative 2001 or 2014. */
export const CODE_EDITIONS = ["1997", "2001", "2014"] as const;

/** Incidents — where it happened. */
export const PLACE_KINDS = [
  "street",
  "publicPlace",
  "sauna",
  "hotel",
  "apartment",
  "car",
  "policeStation",
  "detentionFacility",
  "medicalFacility",
  "other",
] as const;
/** Incidents — who did it. */
export const PERPETRATOR_KINDS = ["police", "medical", "client", "pimp", "venueStaff", "partner", "other"] as const;
/** Incidents — what a client (or another private person) did, beyond the police and medical lists. */
export const CLIENT_ACTS = ["rape", "robbery", "nonPayment", "condomRefused"] as const;
/** Incidents — every act: the police list, the medical list's own acts, then what a private person did. */
export const INCIDENT_ACTS = [
  ...POLICE_VIOLATIONS,
  "servicesRefused",
  "freeCareRightsNotExplained",
  "hivStatusDisclosed",
  "rape",
  "nonPayment",
  "condomRefused",
] as const;
/** Incidents — to whom a payment was made. */
export const PAYMENT_TO = ["officer", "stateAccount", "medicalStaff", "other"] as const;
/** Incidents — what a payment was for. */
export const PAYMENT_PURPOSES = ["fine", "release", "service", "other"] as const;
/** Incidents — what evidence exists. */
export const EVIDENCE_KINDS = ["forensicExam", "medicalRecord", "receipt", "protocol", "photo", "audio", "witness", "other"] as const;
/** Incidents — where a complaint was made. */
export const COMPLAINT_ADDRESSEES = [
  "prosecutor",
  "internalAffairs",
  "police",
  "healthDepartment",
  "clinicHead",
  "aidsCentre",
  "ombudsman",
  "court",
  "ngo",
  "other",
] as const;
/** Incidents — what became of a complaint. */
export const COMPLAINT_OUTCOMES = ["pending", "rejected", "investigated", "perpetratorPunished", "withdrawn"] as const;

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
  interviewOutcome: INTERVIEW_OUTCOMES,
  refusalReason: REFUSAL_REASONS,
  timesDetainedBox: TIMES_DETAINED_BOXES,
  codeEdition: CODE_EDITIONS,
  placeKind: PLACE_KINDS,
  perpetratorKind: PERPETRATOR_KINDS,
  incidentAct: INCIDENT_ACTS,
  paymentTo: PAYMENT_TO,
  paymentPurpose: PAYMENT_PURPOSES,
  evidenceKind: EVIDENCE_KINDS,
  complaintAddressee: COMPLAINT_ADDRESSEES,
  complaintOutcome: COMPLAINT_OUTCOMES,
} as const;

/** The name of a closed list. */
export type ChoiceListName = keyof typeof CHOICE_LISTS;
/** A choice of the named list. */
export type Choice<TList extends ChoiceListName> = (typeof CHOICE_LISTS)[TList][number];
