import * as z from "zod/mini";
import { COUNTRY_CODES, CURRENCY_CODES } from "./codes.js";
import { declinedPath } from "./declined.js";
import {
  CHARGE_CODES,
  CHARGE_PLACES,
  CHARGE_ROLES,
  CODE_EDITIONS,
  COMPLAINT_ADDRESSEES,
  COMPLAINT_OUTCOMES,
  CONSENT_RECORDED_BY,
  DATE_PRECISIONS,
  DETENTION_OUTCOMES,
  EDUCATION_LEVELS,
  EVIDENCE_KINDS,
  GENDERS,
  HELD_IN,
  INCIDENT_ACTS,
  INTERVIEW_OUTCOMES,
  LANGUAGES,
  MARITAL_STATUSES,
  MEDICAL_VIOLATIONS,
  OFFENCES,
  PAID_TO,
  PAYMENT_PURPOSES,
  PAYMENT_TO,
  PENALTY_KINDS,
  PERPETRATOR_KINDS,
  PLACE_KINDS,
  POLICE_VIOLATIONS,
  REFUSAL_REASONS,
  SETTLEMENT_TYPES,
  SEX_WORK_VENUES,
  TIME_IN_SEX_WORK,
  TIMES_DETAINED_BOXES,
  TRI_STATE,
} from "./enums.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./fields.js";
import { date, formatted, oneOfCodes, text } from "./primitives.js";

// Every field gets its own schema instance (no sharing), so the metadata registry can tell them apart.
/* @__NO_SIDE_EFFECTS__ */
const yesNo = () => z.optional(z.boolean());
/* @__NO_SIDE_EFFECTS__ */
const freeText = () => z.optional(text());
/* @__NO_SIDE_EFFECTS__ */
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
/* @__NO_SIDE_EFFECTS__ */
const choices = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.array(z.enum(values)));
/* @__NO_SIDE_EFFECTS__ */
const count = (minimum: number, maximum = Number.MAX_SAFE_INTEGER) => z.int().check(z.minimum(minimum), z.maximum(maximum));

/* @__NO_SIDE_EFFECTS__ */
const country = () => oneOfCodes(new Set([...COUNTRY_CODES, "stateless"]), 'ISO 3166-1 alpha-2 country code or "stateless"');
/* @__NO_SIDE_EFFECTS__ */
const currency = () => oneOfCodes(CURRENCY_CODES, "ISO 4217 currency code");
// A documentator's code, never a name: letters, digits, "-" and "_".
/* @__NO_SIDE_EFFECTS__ */
const documentatorCode = () => formatted(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "documentator code (letters, digits, - and _)");

/** The form of an incident's `id`: a letter, then letters or digits (`i1`). */
export const INCIDENT_ID: RegExp = /^[A-Za-z][A-Za-z0-9]{0,15}$/;
/* @__NO_SIDE_EFFECTS__ */
const incidentId = () => formatted(INCIDENT_ID, "incident id (a letter, then letters or digits)");

/** The form of a record `id`: a UUID. */
export const RECORD_ID: RegExp = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

/**
 * A record's `id` when it is safe to print — a well-formed UUID, which is exactly what the schema
 * accepts — else `null`: a malformed `id` may hold anything, a name included.
 */
export function printableId(input: unknown): string | null {
  if (typeof input !== "object" || input === null || !("id" in input)) return null;
  const id = (input as { id: unknown }).id;
  return typeof id === "string" && RECORD_ID.test(id) ? id : null;
}

/** The questions a respondent may decline, by path. */
export const DECLINABLE_PATHS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set((Object.keys(FIELDS) as FieldPath[]).filter((p) => (FIELDS[p] as FieldSpec).declinable === true)))();
/* @__NO_SIDE_EFFECTS__ */
const money = () => z.number().check(z.minimum(0), z.maximum(1e12));

/** The interview: when, by whom, in which language, and how it ended (form header). */
export const InterviewSchema = z.strictObject({
  date: date(),
  interviewerId: documentatorCode(),
  language: z.optional(choice(LANGUAGES)),
  outcome: z.optional(choice(INTERVIEW_OUTCOMES)),
  refusalReason: z.optional(choice(REFUSAL_REASONS)),
});

/* @__NO_SIDE_EFFECTS__ */
const consentItem = () =>
  z.strictObject({
    answer: z.boolean(),
    givenOn: z.optional(date()),
    withdrawnOn: z.optional(date()),
  });

/** The consent block's four boxes, each answered, renewed or withdrawn on its own. */
export const ConsentItemsSchema = z.strictObject({
  statistics: consentItem(),
  useWithoutName: consentItem(),
  publicName: consentItem(),
  lawEnforcementComplaint: consentItem(),
});

/** The consent block: how it was recorded (and who witnessed oral consent), when, and each item. */
export const ConsentSchema = z.strictObject({
  recordedBy: choice(CONSENT_RECORDED_BY),
  witnessId: z.optional(documentatorCode()),
  givenOn: date(),
  withdrawnOn: z.optional(date()),
  items: ConsentItemsSchema,
});

/** Q12 — place of residence. */
export const ResidenceSchema = z.strictObject({
  settlement: z.optional(text(200)),
  settlementType: z.optional(choice(SETTLEMENT_TYPES)),
  region: z.optional(text(200)),
});

/** Q1–Q12 — the respondent's personal data. Q2–Q5 are required: present, or listed in `declined`. */
export const RespondentSchema = z.strictObject({
  fullName: z.optional(text(200)),
  code: z.optional(text(64)),
  gender: z.optional(choice(GENDERS)),
  age: z.optional(count(10, 99)),
  ethnicity: z.optional(text(100)),
  citizenship: z.optional(country()),
  hasId: yesNo(),
  noIdReason: freeText(),
  maritalStatus: z.optional(choice(MARITAL_STATUSES)),
  education: z.optional(choice(EDUCATION_LEVELS)),
  injectsDrugs: yesNo(),
  substitutionTherapy: yesNo(),
  livingWithHiv: yesNo(),
  sexWorkVenues: choices(SEX_WORK_VENUES),
  criminalRecord: yesNo(),
  timeInSexWork: z.optional(choice(TIME_IN_SEX_WORK)),
  residence: z.optional(ResidenceSchema),
});

/** The questions the police and the medical sections share: violations, then the complaint path. */
/* @__NO_SIDE_EFFECTS__ */
const complaintShape = <const T extends readonly [string, ...string[]]>(violations: T) => ({
  rightsViolated: yesNo(),
  violations: choices(violations),
  otherViolation: freeText(),
  knowsWhereToComplain: yesNo(),
  whereToComplain: freeText(),
  complained: yesNo(),
  complaintTo: freeText(),
  whyNotComplained: freeText(),
  complaintAccepted: yesNo(),
  whyNotAccepted: freeText(),
  perpetratorProsecuted: yesNo(),
});

/** A fine paid at detention: how much, and whether officially or to the officer. */
export const FineSchema = z.strictObject({
  amount: z.optional(money()),
  currency: z.optional(currency()),
  paidOfficially: yesNo(),
  paidToOfficer: yesNo(),
});

/** Q20–Q22 and the unnumbered detention questions; present only when `police.detained` is true. */
export const DetentionSchema = z.strictObject({
  timesDetained: z.optional(count(1)),
  timesDetainedBox: z.optional(choice(TIMES_DETAINED_BOXES)),
  badgeShown: yesNo(),
  outcomes: choices(DETENTION_OUTCOMES),
  otherOutcome: freeText(),
  heldIn: z.optional(choice(HELD_IN)),
  heldInOther: freeText(),
  courtHearing: yesNo(),
  hoursToHearing: z.optional(count(0)),
  finePaid: yesNo(),
  fine: z.optional(FineSchema),
});

/** Q14–Q22 — violations by the police, complaints, and detention. */
// Built in a function marked pure: a spread at the top level counts as a side effect.
export const PoliceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...complaintShape(POLICE_VIOLATIONS),
    detained: yesNo(),
    detention: z.optional(DetentionSchema),
  }))();

/** Violations by medical staff, and complaints about them. */
export const MedicalSchema = z.strictObject(complaintShape(MEDICAL_VIOLATIONS));

/** What was established about the conduct charged; what is not known is left out. */
export const ChargeFactsSchema = z.strictObject({
  paidActsProven: z.optional(count(0)),
  paymentProven: yesNo(),
  intercourseProven: yesNo(),
  advertisementOnly: yesNo(),
  arrestedBeforeService: yesNo(),
  knowingly: yesNo(),
  organisingFunctions: yesNo(),
});

/** The penalty imposed for a charge. */
export const PenaltySchema = z.strictObject({
  kind: choice(PENALTY_KINDS),
  amount: z.optional(money()),
  currency: z.optional(currency()),
  paidTo: z.optional(choice(PAID_TO)),
});

/** One charge of the legal annex, as the paper (a detention report, a receipt, a decision) states it. */
export const ChargeSchema = z.strictObject({
  date: date(),
  datePrecision: z.optional(choice(DATE_PRECISIONS)),
  code: choice(CHARGE_CODES),
  codeEdition: z.optional(choice(CODE_EDITIONS)),
  article: z.optional(text(32)),
  offence: choice(OFFENCES),
  offenceText: freeText(),
  role: choice(CHARGE_ROLES),
  place: z.optional(choice(CHARGE_PLACES)),
  facts: z.optional(ChargeFactsSchema),
  penalty: z.optional(PenaltySchema),
  incident: z.optional(incidentId()),
});

/** Where an incident happened. */
export const IncidentPlaceSchema = z.strictObject({
  kind: z.optional(choice(PLACE_KINDS)),
  settlement: z.optional(text(200)),
  district: z.optional(text(200)),
});

/** Who did it: a kind of person, how many, and what she knows of them. */
export const PerpetratorSchema = z.strictObject({
  kind: choice(PERPETRATOR_KINDS),
  count: z.optional(count(1, 100)),
  agency: z.optional(text(200)),
  unit: z.optional(text(200)),
  rank: z.optional(text(100)),
  badgeNumber: z.optional(text(64)),
  name: z.optional(text(200)),
});

/** When she was held in the incident: for how long, where, and what she was or was not allowed. */
export const IncidentDetentionSchema = z.strictObject({
  hours: z.optional(count(0)),
  heldIn: z.optional(choice(HELD_IN)),
  badgeShown: yesNo(),
  relativesInformed: yesNo(),
  lawyerAllowed: yesNo(),
  rightsExplained: yesNo(),
  medicalAidGiven: yesNo(),
  protocolDrawnUp: yesNo(),
  courtHearing: yesNo(),
  hoursToHearing: z.optional(count(0)),
});

/** A payment made in the incident: to whom, what for, how much, with a receipt or not. */
export const PaymentSchema = z.strictObject({
  to: choice(PAYMENT_TO),
  purpose: z.optional(choice(PAYMENT_PURPOSES)),
  amount: money(),
  currency: currency(),
  receipt: yesNo(),
});

/** A complaint about the incident: where, when, and what became of it. */
export const ComplaintSchema = z.strictObject({
  to: choice(COMPLAINT_ADDRESSEES),
  date: z.optional(date()),
  accepted: yesNo(),
  outcome: z.optional(choice(COMPLAINT_OUTCOMES)),
  withdrawnUnderPressure: yesNo(),
  retaliation: yesNo(),
});

/** One incident a legal consultant will act on: when, where, who, what, and what followed. */
export const IncidentSchema = z.strictObject({
  id: incidentId(),
  date: date(),
  datePrecision: z.optional(choice(DATE_PRECISIONS)),
  place: z.optional(IncidentPlaceSchema),
  perpetrators: z.array(PerpetratorSchema),
  acts: choices(INCIDENT_ACTS),
  detention: z.optional(IncidentDetentionSchema),
  payments: z.optional(z.array(PaymentSchema)),
  evidence: choices(EVIDENCE_KINDS),
  complaints: z.optional(z.array(ComplaintSchema)),
  narrative: freeText(),
});

/**
 * The shape of record v2, without the cross-field rules (gates, dates, `declined`, incidents),
 * which `RecordSchema` adds. `consent` and `respondent` are optional here because a refusal to
 * take part holds neither; the rules require them for every interview that took place.
 */
export const RecordShapeSchema = z.strictObject({
  schemaVersion: z.literal(2),
  id: formatted(RECORD_ID, "UUID"),
  interview: InterviewSchema,
  consent: z.optional(ConsentSchema),
  respondent: z.optional(RespondentSchema),
  sexWorkCriminalised: z.optional(choice(TRI_STATE)),
  expectedPenalty: freeText(),
  police: z.optional(PoliceSchema),
  medical: z.optional(MedicalSchema),
  charges: z.optional(z.array(ChargeSchema)),
  incidents: z.optional(z.array(IncidentSchema)),
  declined: z.optional(z.array(declinedPath(DECLINABLE_PATHS))),
});

type Shape = z.output<typeof RecordShapeSchema>;
/** The interview header. */
export type Interview = z.output<typeof InterviewSchema>;
/** The consent block. */
export type Consent = z.output<typeof ConsentSchema>;
/** One item of the consent block. */
export type ConsentItemAnswer = z.output<ReturnType<typeof consentItem>>;
/** The respondent's personal data. */
export type Respondent = z.output<typeof RespondentSchema>;
/** An interview that took place (completed or interrupted), as validated: consent and respondent are there. */
export type InterviewRecord = Shape & { readonly consent: Consent; readonly respondent: Respondent };
/** A refusal to take part, as validated: the interview header and nothing about the person. */
export type RefusalRecord = Pick<Shape, "schemaVersion" | "id"> & {
  readonly interview: Interview & { readonly outcome: "refused" };
};
/** Any valid record v2: an interview, or a refusal to take part. */
export type AnyRecord = InterviewRecord | RefusalRecord;
/** Q12 — place of residence. */
export type Residence = z.output<typeof ResidenceSchema>;
/** The police section. */
export type PoliceSection = z.output<typeof PoliceSchema>;
/** The detention sub-section. */
export type Detention = z.output<typeof DetentionSchema>;
/** A fine paid at detention. */
export type Fine = z.output<typeof FineSchema>;
/** The medical section. */
export type MedicalSection = z.output<typeof MedicalSchema>;
/** One charge of the legal annex. */
export type Charge = z.output<typeof ChargeSchema>;
/** What was established about a charge. */
export type ChargeFacts = z.output<typeof ChargeFactsSchema>;
/** The penalty of a charge. */
export type Penalty = z.output<typeof PenaltySchema>;
/** One incident. */
export type Incident = z.output<typeof IncidentSchema>;
/** Where an incident happened. */
export type IncidentPlace = z.output<typeof IncidentPlaceSchema>;
/** Who did it. */
export type Perpetrator = z.output<typeof PerpetratorSchema>;
/** When she was held in an incident. */
export type IncidentDetention = z.output<typeof IncidentDetentionSchema>;
/** A payment made in an incident. */
export type Payment = z.output<typeof PaymentSchema>;
/** A complaint about an incident. */
export type Complaint = z.output<typeof ComplaintSchema>;
