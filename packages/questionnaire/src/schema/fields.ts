import type { ChoiceListName } from "./enums.js";

/**
 * How much a field says about who a person is.
 * - `direct` identifies a person alone (a name, a code, the consent block tied to the paper form);
 * - `quasi` identifies in combination (age, place, dates);
 * - `sensitive` is health, drug use or criminal record;
 * - `freeText` may contain anything, names included;
 * - `none` is none of these.
 */
export type IdentifiabilityClass = "direct" | "quasi" | "sensitive" | "freeText" | "none";

/** The sections of the paper form, in its order, plus the record's envelope, the incidents and the charges annex. */
export const SECTIONS = ["record", "header", "respondent", "general", "detention", "medical", "incidents", "charges"] as const;
/** A section of the form. */
export type SectionId = (typeof SECTIONS)[number];

/** What kind of answer a field holds, so an app can pick an input for it. */
export type FieldKind =
  | "boolean"
  | "choice"
  | "choices"
  | "integer"
  | "number"
  | "text"
  | "freeText"
  | "date"
  | "uuid"
  | "country"
  | "currency"
  | "group"
  | "list"
  | "paths";

/** What the schema knows of one field, apart from its labels. */
export interface FieldSpec {
  /**
   * Where the field stands on the paper form: `Q1`–`Q22` as numbered there; `H1`–`H2` the header
   * (date, interviewer, name); `C1`–`C4` the consent items and `C5` the signature line; `D1`–`D3`
   * the unnumbered detention questions (held where, court hearing, fine); `M1`–`M7` the unnumbered
   * medical questions in order; `A1`–`A7` the charges annex. `null` where the form has no place.
   */
  readonly question: string | null;
  readonly section: SectionId;
  readonly class: IdentifiabilityClass;
  readonly kind: FieldKind;
  /** The closed list for `choice` and `choices` fields. */
  readonly choices?: ChoiceListName;
  /** A starred question: present, or declined. */
  readonly required?: boolean;
  /** The respondent may decline it (it may be listed in `declined`). */
  readonly declinable?: boolean;
  /**
   * The police hold this fact in their own records (detention, charges, payments to officers,
   * complaints to the police or the prosecutor's office): whoever holds those records can match
   * it, so a release treats it as a quasi-identifier whatever its class.
   */
  readonly policeKnown?: boolean;
  /** `false` for a question the paper form does not have (reports label it as an added question). */
  readonly onPaper?: false;
  /** `2` for a field record v1 does not have. */
  readonly since?: 2;
}

/* @__NO_SIDE_EFFECTS__ */
const section = <const P extends string, const T extends Record<string, Omit<FieldSpec, "section">>>(
  id: SectionId,
  prefix: P,
  fields: T,
): { [K in keyof T as `${P}${K & string}`]: T[K] & { section: SectionId } } =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, { ...v, section: id }])) as never;

// The respondent answers these; the documentator fills in the rest.
const Q = { declinable: true } as const;
// The police hold these in their own records.
const P = { policeKnown: true } as const;
// Not on the paper form: added by the toolkit (reports label them so).
const ADDED = { onPaper: false } as const;
// New in record v2.
const V2 = { since: 2 } as const;

/* @__NO_SIDE_EFFECTS__ */
const complaintBlock = (first: string | null, n: (i: number) => string | null) =>
  ({
    rightsViolated: { question: first, class: "none", kind: "boolean", ...Q },
    violations: { question: first, class: "none", kind: "choices", ...Q },
    otherViolation: { question: first, class: "freeText", kind: "freeText", ...Q },
    knowsWhereToComplain: { question: n(1), class: "none", kind: "boolean", ...Q },
    whereToComplain: { question: n(1), class: "freeText", kind: "freeText", ...Q },
    complained: { question: n(2), class: "none", kind: "boolean", ...Q, ...P },
    complaintTo: { question: n(3), class: "freeText", kind: "freeText", ...Q, ...P },
    whyNotComplained: { question: n(3), class: "freeText", kind: "freeText", ...Q },
    complaintAccepted: { question: n(4), class: "none", kind: "boolean", ...Q, ...P },
    whyNotAccepted: { question: n(5), class: "freeText", kind: "freeText", ...Q, ...P },
    perpetratorProsecuted: { question: n(6), class: "none", kind: "boolean", ...Q, ...P },
  }) as const;

/** One item of the consent block: its answer (the paper's box), and the day it was given or withdrawn. */
/* @__NO_SIDE_EFFECTS__ */
const consentItem = <const I extends string>(item: I, n: string) =>
  ({
    [`items.${item}`]: { question: n, class: "direct", kind: "group", ...V2 },
    [`items.${item}.answer`]: { question: n, class: "direct", kind: "boolean", ...V2 },
    [`items.${item}.givenOn`]: { question: n, class: "direct", kind: "date", ...ADDED, ...V2 },
    [`items.${item}.withdrawnOn`]: { question: n, class: "direct", kind: "date", ...ADDED, ...V2 },
  }) as {
    readonly [K in `items.${I}` | `items.${I}.answer` | `items.${I}.givenOn` | `items.${I}.withdrawnOn`]: Omit<FieldSpec, "section">;
  };

const police = complaintBlock("Q14", (i) => [null, "Q15", "Q16", "Q17", "Q18", "Q19", null][i] ?? null);
const medical = complaintBlock("M1", (i) => `M${i + 1}`);

/**
 * Every field of the record format (v2), keyed by its path (`charges[]` stands for any charge), in the form's
 * order. The one list of field names in the toolkit: other packages read it through `fieldMeta`.
 */
// Built in a function marked pure (spreads at the top level count as side effects): dropped where unused.
export const FIELDS = /* @__PURE__ */ (() =>
  ({
    ...section("record", "", {
      schemaVersion: { question: null, class: "none", kind: "integer", ...ADDED },
      id: { question: null, class: "direct", kind: "uuid", ...ADDED },
    }),
    ...section("header", "interview.", {
      date: { question: "H1", class: "quasi", kind: "date" },
      interviewerId: { question: "H1", class: "quasi", kind: "text" },
      language: { question: null, class: "none", kind: "choice", choices: "language", ...ADDED },
      outcome: { question: null, class: "none", kind: "choice", choices: "interviewOutcome", ...ADDED, ...V2 },
      refusalReason: { question: null, class: "none", kind: "choice", choices: "refusalReason", ...ADDED, ...V2 },
    }),
    // The consent block is tied to the signed paper form: it is dropped from any release.
    ...section("header", "consent.", {
      recordedBy: { question: "C5", class: "direct", kind: "choice", choices: "consentRecordedBy" },
      witnessId: { question: "C5", class: "direct", kind: "text", ...ADDED, ...V2 },
      givenOn: { question: "C5", class: "direct", kind: "date" },
      withdrawnOn: { question: null, class: "direct", kind: "date", ...ADDED },
      items: { question: null, class: "direct", kind: "group", ...V2 },
      ...consentItem("statistics", "C1"),
      ...consentItem("useWithoutName", "C2"),
      ...consentItem("publicName", "C3"),
      ...consentItem("lawEnforcementComplaint", "C4"),
    }),
    ...section("respondent", "respondent.", {
      fullName: { question: "H2", class: "direct", kind: "text" },
      code: { question: "Q1", class: "direct", kind: "text" },
      gender: { question: "Q2", class: "quasi", kind: "choice", choices: "gender", required: true, ...Q },
      age: { question: "Q3", class: "quasi", kind: "integer", required: true, ...Q },
      ethnicity: { question: "Q4", class: "quasi", kind: "text", required: true, ...Q },
      citizenship: { question: "Q5", class: "quasi", kind: "country", required: true, ...Q },
      hasId: { question: "Q6", class: "none", kind: "boolean", ...Q },
      noIdReason: { question: "Q6", class: "freeText", kind: "freeText", ...Q },
      maritalStatus: { question: "Q7", class: "quasi", kind: "choice", choices: "maritalStatus", ...Q },
      education: { question: "Q8", class: "quasi", kind: "choice", choices: "education", ...Q },
      injectsDrugs: { question: "Q9", class: "sensitive", kind: "boolean", ...Q },
      substitutionTherapy: { question: "Q9", class: "sensitive", kind: "boolean", ...Q },
      livingWithHiv: { question: "Q9", class: "sensitive", kind: "boolean", ...Q },
      sexWorkVenues: { question: "Q9", class: "quasi", kind: "choices", choices: "sexWorkVenue", ...Q },
      criminalRecord: { question: "Q10", class: "sensitive", kind: "boolean", ...Q },
      timeInSexWork: { question: "Q11", class: "quasi", kind: "choice", choices: "timeInSexWork", ...Q },
      residence: { question: "Q12", class: "quasi", kind: "group", ...Q },
      "residence.settlement": { question: "Q12", class: "quasi", kind: "text", ...Q },
      "residence.settlementType": { question: "Q12", class: "quasi", kind: "choice", choices: "settlementType", ...Q },
      "residence.region": { question: "Q12", class: "quasi", kind: "text", ...Q },
    }),
    ...section("general", "", {
      sexWorkCriminalised: { question: "Q13", class: "none", kind: "choice", choices: "triState", ...Q },
      expectedPenalty: { question: "Q13", class: "freeText", kind: "freeText", ...Q },
    }),
    ...section("general", "police.", {
      ...police,
      violations: { ...police.violations, choices: "policeViolation" },
      perpetratorProsecuted: { ...police.perpetratorProsecuted, ...ADDED },
    }),
    ...section("detention", "police.", {
      detained: { question: "Q20", class: "none", kind: "boolean", ...Q, ...P, ...ADDED, ...V2 },
      detention: { question: "Q20", class: "none", kind: "group", ...Q, ...P },
    }),
    ...section("detention", "police.detention.", {
      timesDetained: { question: "Q20", class: "none", kind: "integer", ...Q, ...P },
      timesDetainedBox: { question: "Q20", class: "none", kind: "choice", choices: "timesDetainedBox", ...Q, ...P, ...V2 },
      badgeShown: { question: "Q21", class: "none", kind: "boolean", ...Q, ...P },
      outcomes: { question: "Q22", class: "none", kind: "choices", choices: "detentionOutcome", ...Q, ...P },
      otherOutcome: { question: "Q22", class: "freeText", kind: "freeText", ...Q, ...P },
      heldIn: { question: "D1", class: "none", kind: "choice", choices: "heldIn", ...Q, ...P },
      heldInOther: { question: "D1", class: "freeText", kind: "freeText", ...Q, ...P },
      courtHearing: { question: "D2", class: "none", kind: "boolean", ...Q, ...P },
      hoursToHearing: { question: "D2", class: "none", kind: "integer", ...Q, ...P },
      finePaid: { question: "D3", class: "none", kind: "boolean", ...Q, ...P, ...V2 },
      fine: { question: "D3", class: "none", kind: "group", ...Q, ...P },
      "fine.amount": { question: "D3", class: "none", kind: "number", ...Q, ...P },
      "fine.currency": { question: "D3", class: "none", kind: "currency", ...Q, ...P },
      "fine.paidOfficially": { question: "D3", class: "none", kind: "boolean", ...Q, ...P },
      "fine.paidToOfficer": { question: "D3", class: "none", kind: "boolean", ...Q, ...P },
    }),
    ...section("medical", "medical.", {
      ...medical,
      // The paper lists the medical violations without a yes/no question before them.
      rightsViolated: { ...medical.rightsViolated, ...ADDED },
      violations: { ...medical.violations, choices: "medicalViolation" },
    }),
    ...section("incidents", "", {
      incidents: { question: null, class: "none", kind: "list", ...ADDED, ...V2 },
    }),
    ...section("incidents", "incidents[].", {
      id: { question: null, class: "none", kind: "text", ...ADDED, ...V2 },
      date: { question: null, class: "quasi", kind: "date", ...P, ...ADDED, ...V2 },
      datePrecision: { question: null, class: "none", kind: "choice", choices: "datePrecision", ...ADDED, ...V2 },
      place: { question: null, class: "quasi", kind: "group", ...P, ...ADDED, ...V2 },
      "place.kind": { question: null, class: "quasi", kind: "choice", choices: "placeKind", ...P, ...ADDED, ...V2 },
      "place.settlement": { question: null, class: "quasi", kind: "text", ...P, ...ADDED, ...V2 },
      "place.district": { question: null, class: "quasi", kind: "text", ...P, ...ADDED, ...V2 },
      perpetrators: { question: null, class: "none", kind: "list", ...ADDED, ...V2 },
      "perpetrators[].kind": { question: null, class: "quasi", kind: "choice", choices: "perpetratorKind", ...P, ...ADDED, ...V2 },
      "perpetrators[].count": { question: null, class: "none", kind: "integer", ...P, ...ADDED, ...V2 },
      "perpetrators[].agency": { question: null, class: "quasi", kind: "text", ...P, ...ADDED, ...V2 },
      "perpetrators[].unit": { question: null, class: "quasi", kind: "text", ...P, ...ADDED, ...V2 },
      "perpetrators[].rank": { question: null, class: "quasi", kind: "text", ...P, ...ADDED, ...V2 },
      "perpetrators[].badgeNumber": { question: null, class: "direct", kind: "text", ...ADDED, ...V2 },
      "perpetrators[].name": { question: null, class: "direct", kind: "text", ...ADDED, ...V2 },
      acts: { question: null, class: "none", kind: "choices", choices: "incidentAct", ...ADDED, ...V2 },
      detention: { question: null, class: "none", kind: "group", ...P, ...ADDED, ...V2 },
      "detention.hours": { question: null, class: "none", kind: "integer", ...P, ...ADDED, ...V2 },
      "detention.heldIn": { question: null, class: "none", kind: "choice", choices: "heldIn", ...P, ...ADDED, ...V2 },
      "detention.badgeShown": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.relativesInformed": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.lawyerAllowed": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.rightsExplained": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.medicalAidGiven": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.protocolDrawnUp": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.courtHearing": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "detention.hoursToHearing": { question: null, class: "none", kind: "integer", ...P, ...ADDED, ...V2 },
      payments: { question: null, class: "none", kind: "list", ...ADDED, ...V2 },
      "payments[].to": { question: null, class: "none", kind: "choice", choices: "paymentTo", ...P, ...ADDED, ...V2 },
      "payments[].purpose": { question: null, class: "none", kind: "choice", choices: "paymentPurpose", ...P, ...ADDED, ...V2 },
      "payments[].amount": { question: null, class: "none", kind: "number", ...P, ...ADDED, ...V2 },
      "payments[].currency": { question: null, class: "none", kind: "currency", ...P, ...ADDED, ...V2 },
      "payments[].receipt": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      evidence: { question: null, class: "none", kind: "choices", choices: "evidenceKind", ...ADDED, ...V2 },
      complaints: { question: null, class: "none", kind: "list", ...ADDED, ...V2 },
      "complaints[].to": { question: null, class: "none", kind: "choice", choices: "complaintAddressee", ...P, ...ADDED, ...V2 },
      "complaints[].date": { question: null, class: "quasi", kind: "date", ...P, ...ADDED, ...V2 },
      "complaints[].accepted": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "complaints[].outcome": { question: null, class: "none", kind: "choice", choices: "complaintOutcome", ...P, ...ADDED, ...V2 },
      "complaints[].withdrawnUnderPressure": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      "complaints[].retaliation": { question: null, class: "none", kind: "boolean", ...P, ...ADDED, ...V2 },
      narrative: { question: null, class: "freeText", kind: "freeText", ...ADDED, ...V2 },
    }),
    ...section("charges", "charges[].", {
      date: { question: "A1", class: "quasi", kind: "date", ...P, ...ADDED },
      datePrecision: { question: "A1", class: "none", kind: "choice", choices: "datePrecision", ...P, ...ADDED },
      code: { question: "A2", class: "none", kind: "choice", choices: "chargeCode", ...P, ...ADDED },
      codeEdition: { question: "A2", class: "none", kind: "choice", choices: "codeEdition", ...P, ...ADDED, ...V2 },
      article: { question: "A2", class: "none", kind: "text", ...P, ...ADDED },
      offence: { question: "A3", class: "none", kind: "choice", choices: "offence", ...P, ...ADDED },
      offenceText: { question: "A3", class: "freeText", kind: "freeText", ...P, ...ADDED },
      role: { question: "A4", class: "none", kind: "choice", choices: "chargeRole", ...P, ...ADDED },
      place: { question: "A5", class: "none", kind: "choice", choices: "chargePlace", ...P, ...ADDED },
      facts: { question: "A6", class: "none", kind: "group", ...P, ...ADDED },
      "facts.paidActsProven": { question: "A6", class: "none", kind: "integer", ...P, ...ADDED },
      "facts.paymentProven": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      "facts.intercourseProven": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      "facts.advertisementOnly": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      "facts.arrestedBeforeService": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      "facts.knowingly": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      "facts.organisingFunctions": { question: "A6", class: "none", kind: "boolean", ...P, ...ADDED },
      penalty: { question: "A7", class: "none", kind: "group", ...P, ...ADDED },
      "penalty.kind": { question: "A7", class: "none", kind: "choice", choices: "penaltyKind", ...P, ...ADDED },
      "penalty.amount": { question: "A7", class: "none", kind: "number", ...P, ...ADDED },
      "penalty.currency": { question: "A7", class: "none", kind: "currency", ...P, ...ADDED },
      "penalty.paidTo": { question: "A7", class: "none", kind: "choice", choices: "paidTo", ...P, ...ADDED },
      incident: { question: null, class: "none", kind: "text", ...ADDED, ...V2 },
    }),
    ...section("record", "", {
      declined: { question: null, class: "none", kind: "paths", ...ADDED },
    }),
  }) as const satisfies Record<string, FieldSpec>)();

/** The path of a field of the record format, as `FIELDS` names it (`charges[].date` for any charge's date). */
export type FieldPath = keyof typeof FIELDS;
