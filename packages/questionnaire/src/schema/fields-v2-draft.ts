// Draft of the record v2 entries of FIELDS, merged into fields.ts when v2 is wired in.
import type { FieldSpec } from "./fields.js";

type Spec = Omit<FieldSpec, "section">;
const Q = { declinable: true } as const;
const P = { policeKnown: true } as const;
const ADDED = { onPaper: false } as const;

const consentItem = (n: string) =>
  ({
    "": { question: n, class: "direct", kind: "group" },
    ".answer": { question: n, class: "direct", kind: "boolean" },
    ".givenOn": { question: n, class: "direct", kind: "date", ...ADDED },
    ".withdrawnOn": { question: n, class: "direct", kind: "date", ...ADDED },
  }) as const satisfies Record<string, Spec>;

export const V2_INTERVIEW = {
  outcome: { question: null, class: "none", kind: "choice", choices: "interviewOutcome", ...ADDED },
  refusalReason: { question: null, class: "none", kind: "choice", choices: "refusalReason", ...ADDED },
} as const satisfies Record<string, Spec>;

export const V2_CONSENT_ITEMS = { consentItem } as const;

export const V2_INCIDENTS = {
  "": { question: null, class: "none", kind: "list", ...ADDED },
  id: { question: null, class: "none", kind: "text", ...ADDED },
  date: { question: null, class: "quasi", kind: "date", ...ADDED },
  datePrecision: { question: null, class: "none", kind: "choice", choices: "datePrecision", ...ADDED },
  place: { question: null, class: "quasi", kind: "group", ...ADDED },
  "place.kind": { question: null, class: "quasi", kind: "choice", choices: "placeKind", ...ADDED },
  "place.settlement": { question: null, class: "quasi", kind: "text", ...ADDED },
  "place.district": { question: null, class: "quasi", kind: "text", ...ADDED },
  perpetrators: { question: null, class: "none", kind: "list", ...ADDED },
  "perpetrators[].kind": { question: null, class: "quasi", kind: "choice", choices: "perpetratorKind", ...ADDED },
  "perpetrators[].count": { question: null, class: "none", kind: "integer", ...ADDED },
  "perpetrators[].agency": { question: null, class: "quasi", kind: "text", ...ADDED },
  "perpetrators[].unit": { question: null, class: "quasi", kind: "text", ...ADDED },
  "perpetrators[].rank": { question: null, class: "quasi", kind: "text", ...ADDED },
  "perpetrators[].badgeNumber": { question: null, class: "direct", kind: "text", ...ADDED },
  "perpetrators[].name": { question: null, class: "direct", kind: "text", ...ADDED },
  acts: { question: null, class: "none", kind: "choices", choices: "incidentAct", ...ADDED },
  detention: { question: null, class: "none", kind: "group", ...ADDED },
  "detention.hours": { question: null, class: "none", kind: "integer", ...ADDED },
  "detention.heldIn": { question: null, class: "none", kind: "choice", choices: "heldIn", ...ADDED },
  "detention.badgeShown": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.relativesInformed": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.lawyerAllowed": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.rightsExplained": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.medicalAidGiven": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.protocolDrawnUp": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.courtHearing": { question: null, class: "none", kind: "boolean", ...ADDED },
  "detention.hoursToHearing": { question: null, class: "none", kind: "integer", ...ADDED },
  payments: { question: null, class: "none", kind: "list", ...ADDED },
  "payments[].to": { question: null, class: "none", kind: "choice", choices: "paymentTo", ...ADDED },
  "payments[].purpose": { question: null, class: "none", kind: "choice", choices: "paymentPurpose", ...ADDED },
  "payments[].amount": { question: null, class: "none", kind: "number", ...ADDED },
  "payments[].currency": { question: null, class: "none", kind: "currency", ...ADDED },
  "payments[].receipt": { question: null, class: "none", kind: "boolean", ...ADDED },
  evidence: { question: null, class: "none", kind: "choices", choices: "evidenceKind", ...ADDED },
  complaints: { question: null, class: "none", kind: "list", ...ADDED },
  "complaints[].to": { question: null, class: "none", kind: "choice", choices: "complaintAddressee", ...ADDED },
  "complaints[].date": { question: null, class: "quasi", kind: "date", ...ADDED },
  "complaints[].accepted": { question: null, class: "none", kind: "boolean", ...ADDED },
  "complaints[].outcome": { question: null, class: "none", kind: "choice", choices: "complaintOutcome", ...ADDED },
  "complaints[].withdrawnUnderPressure": { question: null, class: "none", kind: "boolean", ...ADDED },
  "complaints[].retaliation": { question: null, class: "none", kind: "boolean", ...ADDED },
  narrative: { question: null, class: "freeText", kind: "freeText", ...ADDED },
} as const;
void Q;
void P;
