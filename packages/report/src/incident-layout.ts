import { CHOICE_LISTS, type Choice, type FIELDS, type FieldPath } from "@redumbrella/questionnaire";
import { metaOf } from "./layout.js";

// The incident tables as data (record v2 §3): which field each counts, over whom, and its rows, read
// from the questionnaire's metadata. Every table counts respondents, not incidents: a respondent is
// the unit of consent and of small-cell protection (five incidents may all be one woman's), so she
// is counted once in a row however many of her incidents, perpetrators or complaints it holds.

type Fields = typeof FIELDS;

/** Whom a table of incidents counts: respondents who reported an incident, or who complained about one. */
export type IncidentBase = "incident" | "complaint";

/** How a table of incidents reads its field. */
export type IncidentTableSpec =
  /** One row per choice of the field's closed list (several per respondent), then `notRecorded` unless the field is required. */
  | { readonly kind: "choices"; readonly field: FieldPath; readonly base: IncidentBase; readonly required?: true }
  /** A yes/no fact of her complaints: `yes` when any says yes, else `no` when any says no, else `notRecorded`. */
  | { readonly kind: "yesNo"; readonly field: FieldPath; readonly base: IncidentBase }
  /** One row per month an incident happened in (`YYYY-MM`), then `yearOnly` for dates known only to the year. */
  | { readonly kind: "months"; readonly field: FieldPath; readonly base: IncidentBase };

/** The tables of incidents, in the order they are shown. */
export const INCIDENT_TABLES = {
  perpetrators: { kind: "choices", field: "incidents[].perpetrators[].kind", base: "incident", required: true },
  acts: { kind: "choices", field: "incidents[].acts", base: "incident" },
  places: { kind: "choices", field: "incidents[].place.kind", base: "incident" },
  months: { kind: "months", field: "incidents[].date", base: "incident" },
  complaintAddressees: { kind: "choices", field: "incidents[].complaints[].to", base: "complaint", required: true },
  complaintOutcomes: { kind: "choices", field: "incidents[].complaints[].outcome", base: "complaint" },
  withdrawnUnderPressure: { kind: "yesNo", field: "incidents[].complaints[].withdrawnUnderPressure", base: "complaint" },
  retaliation: { kind: "yesNo", field: "incidents[].complaints[].retaliation", base: "complaint" },
} as const satisfies Readonly<Record<string, IncidentTableSpec>>;

/** The name of a table of incidents. */
export type IncidentTableKey = keyof typeof INCIDENT_TABLES;

/** The rows of a table of incidents. */
export type IncidentRow<TKey extends IncidentTableKey> = (typeof INCIDENT_TABLES)[TKey] extends infer S
  ? S extends { readonly kind: "choices"; readonly field: infer F extends FieldPath }
    ?
        | Choice<NonNullable<Fields[F] extends { readonly choices: infer L } ? L : never> & keyof typeof CHOICE_LISTS>
        | (S extends { required: true } ? never : "notRecorded")
    : S extends { readonly kind: "yesNo" }
      ? "yes" | "no" | "notRecorded"
      : string
  : never;

/** Where the rows of a base's items are read from: an incident, or one of its complaints. */
export const BASE_PREFIX = { incident: "incidents[].", complaint: "incidents[].complaints[]." } as const satisfies Record<
  IncidentBase,
  string
>;

/** The fixed rows of a table (a months table's rows are the months met, then `yearOnly`). */
export function incidentRows(spec: IncidentTableSpec): readonly string[] {
  if (spec.kind === "yesNo") return ["yes", "no", "notRecorded"];
  if (spec.kind === "months") return ["yearOnly"];
  const list = metaOf(spec.field).choices;
  return [...(list === undefined ? [] : CHOICE_LISTS[list]), ...(spec.required === true ? [] : ["notRecorded"])];
}
