import type { FieldPath } from "./fields.js";

/** When a gated question is asked: its gate equals a value, includes a choice, or is a non-empty list. */
export type GateCondition = { readonly equals: boolean | string } | { readonly includes: string } | { readonly nonEmpty: true };

/** The skip logic of the form: `field` is asked (and may be present) only when `on` meets `when`. */
export interface Gate {
  readonly field: FieldPath;
  readonly on: FieldPath;
  readonly when: GateCondition;
}

/* @__NO_SIDE_EFFECTS__ */
const complaintGates = (s: "police" | "medical"): Gate[] => [
  { field: `${s}.violations`, on: `${s}.rightsViolated`, when: { equals: true } },
  { field: `${s}.otherViolation`, on: `${s}.rightsViolated`, when: { equals: true } },
  { field: `${s}.whereToComplain`, on: `${s}.knowsWhereToComplain`, when: { equals: true } },
  { field: `${s}.complaintTo`, on: `${s}.complained`, when: { equals: true } },
  { field: `${s}.whyNotComplained`, on: `${s}.complained`, when: { equals: false } },
  { field: `${s}.complaintAccepted`, on: `${s}.complained`, when: { equals: true } },
  { field: `${s}.whyNotAccepted`, on: `${s}.complaintAccepted`, when: { equals: false } },
  { field: `${s}.perpetratorProsecuted`, on: `${s}.complained`, when: { equals: true } },
];

/** Every gate of the form, in its order. The schema enforces them and a renderer skips by them. */
export const GATES: readonly Gate[] = /* @__PURE__ */ (() => [
  { field: "interview.refusalReason", on: "interview.outcome", when: { equals: "refused" } },
  { field: "respondent.noIdReason", on: "respondent.hasId", when: { equals: false } },
  { field: "respondent.timeInSexWork", on: "respondent.sexWorkVenues", when: { nonEmpty: true } },
  { field: "expectedPenalty", on: "sexWorkCriminalised", when: { equals: "yes" } },
  ...complaintGates("police"),
  { field: "police.detention", on: "police.detained", when: { equals: true } },
  { field: "police.detention.otherOutcome", on: "police.detention.outcomes", when: { includes: "other" } },
  { field: "police.detention.heldInOther", on: "police.detention.heldIn", when: { equals: "other" } },
  { field: "police.detention.hoursToHearing", on: "police.detention.courtHearing", when: { equals: true } },
  { field: "police.detention.fine", on: "police.detention.finePaid", when: { equals: true } },
  ...complaintGates("medical"),
  { field: "incidents[].detention.hoursToHearing", on: "incidents[].detention.courtHearing", when: { equals: true } },
])();

/** Whether a gate's value lets its field be asked. */
export function gateOpen(value: unknown, when: GateCondition): boolean {
  if ("equals" in when) return value === when.equals;
  if (!Array.isArray(value)) return false;
  return "includes" in when ? value.includes(when.includes) : value.length > 0;
}

/** The condition in a language-neutral notation for messages: `true`, `"other"`, `[…, "other", …]`, `[…]`. */
export function describeCondition(when: GateCondition): string {
  if ("equals" in when) return JSON.stringify(when.equals);
  return "includes" in when ? `[…, ${JSON.stringify(when.includes)}, …]` : "[…]";
}
