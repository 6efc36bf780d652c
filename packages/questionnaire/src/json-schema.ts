import * as z from "zod/mini";
import { FIELDS, type FieldPath } from "./schema/fields.js";
import { GATES, type GateCondition } from "./schema/gates.js";
import { JSON_HINTS } from "./schema/primitives.js";
import { RecordShapeSchema } from "./schema/record.js";
import { objectAt } from "./schema/walk.js";

type Json = Record<string, unknown>;

/**
 * The rules of record v1 that JSON Schema cannot express; a JSON Schema validator accepts records
 * that break them, so apps that validate with the JSON Schema must also check these (or call us).
 */
export const RULES_NOT_IN_JSON_SCHEMA: readonly string[] = [
  "CONSENT_BEFORE_INTERVIEW: consent.givenOn on or after interview.date (no comparison of two values).",
  "WITHDRAWN_BEFORE_GIVEN: consent.withdrawnOn on or after consent.givenOn (same).",
  "FUTURE_DATE: no date after the validation's as-of day (a schema cannot know today).",
  "Normalisation: zod trims and NFC-normalises text; the JSON Schema rejects untrimmed text instead and cannot check NFC.",
  "Text length: zod counts UTF-16 code units, JSON Schema counts code points (they differ only for characters outside the BMP, such as emoji).",
  "CONSENT_ITEM_BEFORE_BLOCK: an item's givenOn on or after the block's (no comparison of two values).",
  "INCIDENT_AFTER_INTERVIEW: an incident's date on or before interview.date (same).",
  "DUPLICATE incident ids, UNKNOWN_INCIDENT: ids unique, a charge's incident one of them (no cross-reference).",
  "NEEDS_POLICE_PERPETRATOR, NO_PERPETRATOR: detention and payments to an officer need a police perpetrator; at least one perpetrator.",
  "REFUSAL_WITH_ANSWERS, REQUIRED consent and respondent: a refusal holds only the header; an interview needs both.",
  "TIMES_DETAINED_TWICE, CODE_EDITION_MISMATCH: Q20's number or box, not both; the edition of the code cited.",
  "Record v1: the schema describes record v2; a v1 record is validated by safeParseRecord and upgraded.",
];

const SECTION_IDS: Readonly<Record<string, string>> = {
  "": "InterviewRecord",
  interview: "Interview",
  consent: "Consent",
  "consent.items": "ConsentItems",
  respondent: "Respondent",
  "respondent.residence": "Residence",
  police: "PoliceSection",
  "police.detention": "Detention",
  "police.detention.fine": "Fine",
  medical: "MedicalSection",
  "incidents[]": "Incident",
  "incidents[].place": "IncidentPlace",
  "incidents[].perpetrators[]": "Perpetrator",
  "incidents[].detention": "IncidentDetention",
  "incidents[].payments[]": "Payment",
  "incidents[].complaints[]": "Complaint",
  "charges[]": "Charge",
  "charges[].facts": "ChargeFacts",
  "charges[].penalty": "Penalty",
};

const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf(".")));
const leafOf = (path: string): string => path.slice(path.lastIndexOf(".") + 1);
const isList = (path: string): boolean => {
  const kind = (FIELDS as Record<string, { kind: string }>)[path]?.kind;
  return kind === "choices" || kind === "paths";
};

function openWhen(on: string, when: GateCondition): Json {
  const value =
    "equals" in when
      ? { const: when.equals }
      : "includes" in when
        ? { type: "array", contains: { const: when.includes } }
        : { type: "array", minItems: 1 };
  return { properties: { [on]: value }, required: [on] };
}

/** `{ a: { b: x } }` as nested `properties`, wrapping `inner` for the object at `path` below the root. */
function nested(path: string, inner: Json): Json {
  const leaf = { type: "object", ...inner };
  return path === "" ? leaf : path.split(".").reduceRight<Json>((acc, key) => ({ type: "object", properties: { [key]: acc } }), leaf);
}

/** The object-level rules of each object schema: gates, "rights violated needs a violation", date precision. */
function objectRules(): Map<string, Json[]> {
  const rules = new Map<string, Json[]>();
  const add = (objectPath: string, rule: Json) => rules.set(objectPath, [...(rules.get(objectPath) ?? []), rule]);
  for (const g of GATES) {
    // Every gate of the form lies within one object: the field and its gate are siblings.
    const field = leafOf(g.field);
    const absent = isList(g.field) ? { properties: { [field]: { type: "array", maxItems: 0 } } } : { not: { required: [field] } };
    add(parentOf(g.field), { if: openWhen(leafOf(g.on), g.when), then: true, else: absent });
  }
  for (const section of ["police", "medical"]) {
    add(section, {
      if: openWhen("rightsViolated", { equals: true }),
      then: {
        anyOf: [{ properties: { violations: { type: "array", minItems: 1 } }, required: ["violations"] }, { required: ["otherViolation"] }],
      },
    });
  }
  for (const [precision, pattern] of [
    ["month", "^\\d{4}-\\d{2}-01$"],
    ["year", "^\\d{4}-01-01$"],
  ] as const) {
    add("charges[]", { if: openWhen("datePrecision", { equals: precision }), then: { properties: { date: { type: "string", pattern } } } });
  }
  return rules;
}

/** Root-level rules about `declined`: which paths, declined means absent, starred means present or declined. */
function declinedRules(): Json[] {
  const paths = Object.keys(FIELDS) as FieldPath[];
  const declinable = paths.filter((p) => (FIELDS[p] as { declinable?: boolean }).declinable === true);
  const listed = (p: string): Json => ({
    properties: { declined: { type: "array", contains: { const: p } } },
    required: ["declined"],
  });
  return [
    ...declinable.map((p) => ({ if: listed(p), then: nested(parentOf(p), { not: { required: [leafOf(p)] } }) })),
    ...paths
      .filter((p) => (FIELDS[p] as { required?: boolean }).required === true)
      .map((p) => ({ anyOf: [nested(parentOf(p), { required: [leafOf(p)] }), listed(p)] })),
  ];
}

/**
 * Record v1 as a JSON Schema (draft 2020-12), for apps in other languages. Each section is a
 * `$defs` entry. It holds every rule JSON Schema can express — types, closed lists, unknown keys,
 * formats, calendar dates, skip-logic gates, duplicates, `declined` — and `RULES_NOT_IN_JSON_SCHEMA`
 * lists the few it cannot.
 *
 * @example
 * import { writeFileSync } from "node:fs";
 * import { toJSONSchema } from "@redumbrella/questionnaire";
 *
 * writeFileSync("record-v2.schema.json", JSON.stringify(toJSONSchema(), null, 2));
 */
export function toJSONSchema(): Json {
  const ids = z.registry<{ id: string }>();
  for (const [path, id] of Object.entries(SECTION_IDS)) if (path !== "") ids.add(objectAt(path) as z.core.$ZodType, { id });
  const rules = objectRules();
  rules.set("", [...(rules.get("") ?? []), ...declinedRules()]);
  const rulesByObject = new Map([...rules].map(([path, r]) => [objectAt(path) as object, r]));
  // The list fields (choices and `declined`) get `uniqueItems`; charges may repeat.
  const lists = new Set(Object.keys(FIELDS).filter(isList).map(objectAt));

  const schema = z.toJSONSchema(RecordShapeSchema, {
    target: "draft-2020-12",
    metadata: ids,
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => {
      const hint = JSON_HINTS.get(zodSchema);
      if (hint !== undefined) Object.assign(jsonSchema, hint);
      if (lists.has(zodSchema)) (jsonSchema as Json).uniqueItems = true;
      const allOf = rulesByObject.get(zodSchema);
      if (allOf !== undefined) (jsonSchema as Json).allOf = allOf;
    },
  }) as Json;
  return { $id: "urn:redumbrella:schema:record-v1", title: "Interview record, version 1", ...schema };
}
