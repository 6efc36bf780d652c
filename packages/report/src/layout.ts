import { CHOICE_LISTS, type Choice, FIELDS, type FieldMeta, type FieldPath, fieldMeta, GATES, type Gate } from "@redumbrella/questionnaire";

// The report's layout, as data read from the questionnaire's metadata: which sections have a list of
// violations, which yes/no questions each asks, and the respondent profile. No field name or choice
// is listed here that the schema does not give.

type Fields = typeof FIELDS;

/** A section with a list of violations and its complaint questions: `police` and `medical`. */
export type ViolationSection = {
  [P in FieldPath]: P extends `${infer S}.violations` ? (Fields[P]["kind"] extends "choices" ? S : never) : never;
}[FieldPath];

/** The violation codes of a section, in the form's order (its `violations` field's closed list). */
export type ViolationCode<TSection extends ViolationSection> = Choice<Fields[`${TSection}.violations`]["choices"]>;

/**
 * The yes/no questions asked directly in a section: `rightsViolated`, `complained`, … — the 2015
 * form's (record v1's). v2's `police.detained` opens the detention part: the detention tables count it.
 */
export type YesNoKey<TSection extends ViolationSection> = {
  [P in FieldPath]: P extends `${TSection}.${infer K}`
    ? K extends `${string}.${string}`
      ? never
      : Fields[P]["kind"] extends "boolean"
        ? Fields[P] extends { readonly since: 2 }
          ? never
          : K
        : never
    : never;
}[FieldPath];

const paths = Object.keys(FIELDS) as FieldPath[];

/** The sections that have a list of violations, in the form's order. */
export const VIOLATION_SECTIONS = paths.flatMap((p) =>
  FIELDS[p].kind === "choices" && p.endsWith(".violations") ? [p.slice(0, -".violations".length) as ViolationSection] : [],
);

/** The meta of a field the layout names; the schema must have it. */
export function metaOf(path: FieldPath): FieldMeta {
  return fieldMeta(path) as FieldMeta;
}

/** The violation codes of `section`, read from its `violations` field's closed list. */
export function violationCodes<TSection extends ViolationSection>(section: TSection): readonly ViolationCode<TSection>[] {
  const list = metaOf(`${section}.violations`).choices;
  return (list === undefined ? [] : CHOICE_LISTS[list]) as readonly ViolationCode<TSection>[];
}

/** The yes/no questions asked directly in `section` (as `YesNoKey` says), in the form's order, with their paths. */
export function yesNoQuestions<TSection extends ViolationSection>(
  section: TSection,
): readonly { readonly key: YesNoKey<TSection>; readonly field: FieldPath }[] {
  const prefix = `${section}.`;
  return paths.flatMap((field) => {
    const key = field.slice(prefix.length);
    return field.startsWith(prefix) && !key.includes(".") && FIELDS[field].kind === "boolean" && !("since" in FIELDS[field])
      ? [{ key: key as YesNoKey<TSection>, field }]
      : [];
  });
}

/** The gate of a field, from the form's skip logic, if it has one. */
export function gateOf(field: FieldPath): Gate | undefined {
  return GATES.find((g) => g.field === field);
}

/** A band of a whole-number answer: from `min` to `max` inclusive (either may be open). */
export interface Band<TKey extends string = string> {
  readonly key: TKey;
  readonly min?: number;
  readonly max?: number;
}

/**
 * Age bands for Q3 (ages 10–99). Under 18 stays a band of its own although the consent policy
 * excludes minors, so a table that somehow counted one would show it.
 */
export const AGE_BANDS = [
  { key: "under18", max: 17 },
  { key: "18to24", min: 18, max: 24 },
  { key: "25to34", min: 25, max: 34 },
  { key: "35to44", min: 35, max: 44 },
  { key: "45to54", min: 45, max: 54 },
  { key: "55andOver", min: 55 },
] as const satisfies readonly Band[];

/**
 * The form's Q20 boxes ("once", "more than 3 times", "more than 5 times") made non-overlapping and
 * complete: once (1), 2–3, more than 3 but not more than 5 (4–5), more than 5 (6 or more).
 */
export const DETENTION_BANDS = [
  { key: "once", min: 1, max: 1 },
  { key: "2to3", min: 2, max: 3 },
  { key: "4to5", min: 4, max: 5 },
  { key: "6orMore", min: 6 },
] as const satisfies readonly Band[];

/** An age band's key. */
export type AgeBand = (typeof AGE_BANDS)[number]["key"];
/** A detention band's key, or `never` (not detained: `police.detained` is false, or — as v1 said it — the police section has no detention part). */
export type DetentionBand = (typeof DETENTION_BANDS)[number]["key"] | "never";

/**
 * Where a ticked Q20 box (`police.detention.timesDetainedBox`) is counted among `DETENTION_BANDS`:
 * "once" in once, "2 or 3 times" in 2–3, "more than 3 times" in 4–5 (as a number from 4 to 5 is),
 * "more than 5 times" in 6 or more.
 */
export const TIMES_DETAINED_BOX_BANDS = {
  once: "once",
  twoOrThree: "2to3",
  moreThan3: "4to5",
  moreThan5: "6orMore",
} as const satisfies { readonly [B in Choice<"timesDetainedBox">]: Exclude<DetentionBand, "never"> };

/** How a profile table groups its field's answers. */
export type ProfileSpec =
  /**
   * One row per band of a whole number, labelled from the catalogue's `labels` namespace; `box`
   * names the field of the paper's boxes that may stand for the number, and where each box goes.
   */
  | {
      readonly kind: "bands";
      readonly field: FieldPath;
      readonly bands: readonly Band[];
      readonly labels: "age" | "detention";
      readonly box?: { readonly field: FieldPath; readonly bands: Readonly<Record<string, string>> };
      /** A question of the detention part: a first row `never` counts those never detained. */
      readonly detention?: true;
    }
  /** One row per choice of the field's closed list (a yes/no field: yes and no, labelled from `labels` when given). */
  | { readonly kind: "choices"; readonly field: FieldPath; readonly labels?: "fine"; readonly detention?: true }
  /** One row per value met (citizenship), rows under `minCell` merged into one. */
  | { readonly kind: "open"; readonly field: FieldPath; readonly fixed: readonly string[] };

/** The respondent profile tables, in the order they are shown. */
export const PROFILE = {
  age: { kind: "bands", field: "respondent.age", bands: AGE_BANDS, labels: "age" },
  sexWorkVenues: { kind: "choices", field: "respondent.sexWorkVenues" },
  timeInSexWork: { kind: "choices", field: "respondent.timeInSexWork" },
  education: { kind: "choices", field: "respondent.education" },
  citizenship: { kind: "open", field: "respondent.citizenship", fixed: ["stateless"] },
  hasId: { kind: "choices", field: "respondent.hasId" },
  timesDetained: {
    kind: "bands",
    field: "police.detention.timesDetained",
    bands: DETENTION_BANDS,
    labels: "detention",
    box: { field: "police.detention.timesDetainedBox", bands: TIMES_DETAINED_BOX_BANDS },
    detention: true,
  },
  finePaid: { kind: "choices", field: "police.detention.finePaid", labels: "fine", detention: true },
} as const satisfies Readonly<Record<string, ProfileSpec>>;

/** The name of a profile table. */
export type ProfileKey = keyof typeof PROFILE;

/** Whether the paper form lacks the field (`onPaper: false` in its metadata): the report labels it an added question. */
export function isAdded(path: FieldPath): boolean {
  return metaOf(path).onPaper === false;
}
