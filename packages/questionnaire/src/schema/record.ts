import * as z from "zod/mini";
import { COUNTRY_CODES, CURRENCY_CODES } from "./codes.js";
import {
  CHARGE_CODES,
  CHARGE_PLACES,
  CHARGE_ROLES,
  CONSENT_RECORDED_BY,
  DATE_PRECISIONS,
  DETENTION_OUTCOMES,
  EDUCATION_LEVELS,
  GENDERS,
  HELD_IN,
  LANGUAGES,
  MARITAL_STATUSES,
  MEDICAL_VIOLATIONS,
  OFFENCES,
  PAID_TO,
  PENALTY_KINDS,
  POLICE_VIOLATIONS,
  SETTLEMENT_TYPES,
  SEX_WORK_VENUES,
  TIME_IN_SEX_WORK,
  TRI_STATE,
} from "./enums.js";
import { FIELDS, type FieldPath } from "./fields.js";
import { date, formatted, hinted, oneOfCodes, pushIssue, text } from "./primitives.js";

// Every field gets its own schema instance (no sharing), so the metadata registry can tell them apart.
const yesNo = () => z.optional(z.boolean());
const freeText = () => z.optional(text());
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
const choices = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.array(z.enum(values)));
const count = (minimum: number, maximum = Number.MAX_SAFE_INTEGER) => z.int().check(z.minimum(minimum), z.maximum(maximum));

const country = () =>
  oneOfCodes(new Set([...COUNTRY_CODES, "stateless"]), "ISO 3166-1 alpha-2 country code or \"stateless\"");
const currency = () => oneOfCodes(CURRENCY_CODES, "ISO 4217 currency code");
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
export const DECLINABLE_PATHS: ReadonlySet<string> = new Set(
  (Object.keys(FIELDS) as FieldPath[]).filter((p) => (FIELDS[p] as { declinable?: boolean }).declinable === true),
);
const declinedPath = () =>
  hinted(
    z.string().check((payload) => {
      if (!DECLINABLE_PATHS.has(payload.value)) pushIssue(payload, "UNKNOWN_QUESTION", { received: JSON.stringify(payload.value) });
    }),
    { enum: [...DECLINABLE_PATHS] },
  );
const money = () => z.number().check(z.minimum(0), z.maximum(1e12));

/** The interview: when, by whom, in which language (form header). */
export const InterviewSchema = z.strictObject({
  date: date(),
  // A documentator's code, never a name: letters, digits, "-" and "_".
  interviewerId: formatted(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "documentator code (letters, digits, - and _)"),
  language: z.optional(choice(LANGUAGES)),
});

/** The form's four-item consent block, how it was recorded, and when it was given or withdrawn. */
export const ConsentSchema = z.strictObject({
  statistics: z.boolean(),
  useWithoutName: z.boolean(),
  publicName: z.boolean(),
  lawEnforcementComplaint: z.boolean(),
  recordedBy: choice(CONSENT_RECORDED_BY),
  givenOn: date(),
  withdrawnOn: z.optional(date()),
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

/** Q20–Q22 and the unnumbered detention questions; absent when the respondent was never detained. */
export const DetentionSchema = z.strictObject({
  timesDetained: z.optional(count(1)),
  badgeShown: yesNo(),
  outcomes: choices(DETENTION_OUTCOMES),
  otherOutcome: freeText(),
  heldIn: z.optional(choice(HELD_IN)),
  heldInOther: freeText(),
  courtHearing: yesNo(),
  hoursToHearing: z.optional(count(0)),
  fine: z.optional(FineSchema),
});

/** Q14–Q22 — violations by the police, complaints, and detention. */
export const PoliceSchema = z.strictObject({
  ...complaintShape(POLICE_VIOLATIONS),
  detention: z.optional(DetentionSchema),
});

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
  article: z.optional(text(32)),
  offence: choice(OFFENCES),
  offenceText: freeText(),
  role: choice(CHARGE_ROLES),
  place: z.optional(choice(CHARGE_PLACES)),
  facts: z.optional(ChargeFactsSchema),
  penalty: z.optional(PenaltySchema),
});

/**
 * The shape of record v1, without the cross-field rules (gates, dates, `declined`), which
 * `RecordSchema` adds. Use `RecordSchema` (or `safeParseRecord`) to validate.
 */
export const RecordShapeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: formatted(RECORD_ID, "UUID"),
  interview: InterviewSchema,
  consent: ConsentSchema,
  respondent: RespondentSchema,
  sexWorkCriminalised: z.optional(choice(TRI_STATE)),
  expectedPenalty: freeText(),
  police: z.optional(PoliceSchema),
  medical: z.optional(MedicalSchema),
  charges: z.optional(z.array(ChargeSchema)),
  declined: z.optional(z.array(declinedPath())),
});

/** An interview record, version 1, as validated. */
export type InterviewRecord = z.output<typeof RecordShapeSchema>;
/** The interview header. */
export type Interview = z.output<typeof InterviewSchema>;
/** The consent block. */
export type Consent = z.output<typeof ConsentSchema>;
/** The respondent's personal data. */
export type Respondent = z.output<typeof RespondentSchema>;
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
