import type { Choice, FieldPath, FIELDS } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";

/** The paths of the fields the questionnaire's metadata classes as quasi-identifiers. */
export type QuasiPath = { [P in FieldPath]: (typeof FIELDS)[P]["class"] extends "quasi" ? P : never }[FieldPath];

/**
 * A quasi-identifier generalised as one unit: a quasi field that is not part of a quasi group
 * (`respondent.residence` covers its settlement, settlement type and region).
 */
export type DimensionPath = { [P in QuasiPath]: P extends `${QuasiPath}.${string}` ? never : P }[QuasiPath];

/** The name of a level of a hierarchy, as the report shows it (catalogue key `level.<name>`). */
export type LevelName =
  | "value"
  | "pseudonym"
  | "month"
  | "quarter"
  | "year"
  | "band5"
  | "band10"
  | "rareAsOther"
  | "band"
  | "region"
  | "datesSuppressed"
  | "suppressed";

/**
 * One step up a hierarchy: how a value of the level below is written one level higher. A step
 * reads only the value below it (and, for `rareAsOther`, how often that value occurs), so each
 * level is a function of the level below: generalisations of a value nest.
 */
export type Step =
  /** `2015-03-14` → `2015-03`. */
  | { readonly kind: "month" }
  /** `2015-03` → `2015-Q1`. */
  | { readonly kind: "quarter" }
  /** `2015-Q1` → `2015`. */
  | { readonly kind: "year" }
  /** A number or a band `a-b` → the band of `width` years holding `a`, bands starting at `offset` modulo `width`. */
  | { readonly kind: "ageBand"; readonly name: "band5" | "band10"; readonly width: number; readonly offset: number }
  /** A value given by fewer than k of the consented records → `other`. */
  | { readonly kind: "rareAsOther" }
  /** A choice → the name of the band that lists it. */
  | { readonly kind: "band"; readonly bands: Readonly<Record<string, readonly string[]>> }
  /** A group → only `keep` of its fields; the others become `*`. */
  | { readonly kind: "region"; readonly keep: FieldPath }
  /** A list → each item's value becomes `*` (how many items there are stays). */
  | { readonly kind: "datesSuppressed" };

/**
 * How a quasi-identifier is generalised: level 0 is the answer as given (a keyed pseudonym for a
 * code), each step one level up, and the level after the last step is `*` for every record.
 */
export interface Hierarchy {
  readonly steps: readonly Step[];
  /** Level-0 values are written as keyed pseudonyms (HMAC under the release key) in this domain. */
  readonly pseudonym?: "interviewer";
}

const DATE_STEPS = [{ kind: "month" }, { kind: "quarter" }, { kind: "year" }] as const satisfies readonly Step[];

const EDUCATION_BANDS = {
  belowSecondary: ["primary", "incompleteSecondary"],
  secondaryOrVocational: ["secondary", "vocational"],
  university: ["university"],
} as const satisfies Readonly<Record<string, readonly Choice<"education">[]>>;

const TIME_IN_SEX_WORK_BANDS = {
  under1Year: ["under6Months", "6to12Months"],
  "1YearOrMore": ["1to3Years", "over3Years"],
} as const satisfies Readonly<Record<string, readonly Choice<"timeInSexWork">[]>>;

/**
 * The generalisation hierarchy of every quasi-identifier of the questionnaire, as data. The type
 * asks for one entry per quasi field of the schema's metadata: a new quasi-identifier does not
 * compile until it has a hierarchy here (and a line in the README).
 */
export const HIERARCHIES: { readonly [P in DimensionPath]: Hierarchy } = {
  "interview.date": { steps: DATE_STEPS },
  "interview.interviewerId": { steps: [], pseudonym: "interviewer" },
  "respondent.gender": { steps: [] },
  "respondent.age": {
    steps: [
      { kind: "ageBand", name: "band5", width: 5, offset: 0 },
      { kind: "ageBand", name: "band10", width: 10, offset: 5 },
    ],
  },
  "respondent.ethnicity": { steps: [{ kind: "rareAsOther" }] },
  "respondent.citizenship": { steps: [{ kind: "rareAsOther" }] },
  "respondent.maritalStatus": { steps: [] },
  "respondent.education": { steps: [{ kind: "band", bands: EDUCATION_BANDS }] },
  "respondent.sexWorkVenues": { steps: [] },
  "respondent.timeInSexWork": { steps: [{ kind: "band", bands: TIME_IN_SEX_WORK_BANDS }] },
  "respondent.residence": { steps: [{ kind: "region", keep: "respondent.residence.region" }] },
  "charges[].date": { steps: [...DATE_STEPS, { kind: "datesSuppressed" }] },
};

/** The value that stands for a rare answer at the `rareAsOther` level. */
const OTHER = "other";
/** The value of a suppressed answer. */
export const SUPPRESSED = "*";
/** How a set of choices is written: its choices in the form's order, joined by `+`; `none` when empty. */
export const CHOICE_SEPARATOR = "+";
/** How an empty set of choices is written. */
export const NO_CHOICE = "none";

/** What a step may read besides the value: the release's k and how often a value occurs. */
export interface StepContext {
  readonly k: number;
  /** How many consented records have this value at the level the step starts from. */
  readonly count: (value: string) => number;
}

function ageBand(value: string, width: number, offset: number): string {
  const low = Number.parseInt(value, 10);
  const start = Math.floor((low - offset) / width) * width + offset;
  return `${start}-${start + width - 1}`;
}

function quarter(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The band of each choice, from a band table. */
function bandIndex(bands: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(bands).flatMap(([band, values]) => values.map((v) => [v, band] as const)));
}

/**
 * How a value step writes one answer one level higher, compiled once per step (`region` and
 * `datesSuppressed` act on groups and lists, not on one value, and leave a value as it is).
 */
export function compileStep(step: Step): (value: string, context: StepContext) => string {
  return match(step)
    .with({ kind: "month" }, () => (value: string) => value.slice(0, 7))
    .with({ kind: "quarter" }, () => quarter)
    .with({ kind: "year" }, () => (value: string) => value.slice(0, 4))
    .with({ kind: "ageBand" }, (s) => (value: string) => ageBand(value, s.width, s.offset))
    .with({ kind: "rareAsOther" }, () => (value: string, context: StepContext) => (context.count(value) < context.k ? OTHER : value))
    .with({ kind: "band" }, (s) => {
      const index = bandIndex(s.bands);
      // Every choice is in a band (a test checks it); an unknown value is suppressed rather than shown.
      return (value: string) => index.get(value) ?? SUPPRESSED;
    })
    .with({ kind: "region" }, { kind: "datesSuppressed" }, () => (value: string) => value)
    .exhaustive();
}

/** The name of the level a step leads to. */
function stepLevelName(step: Step): LevelName {
  return step.kind === "ageBand" ? step.name : step.kind;
}

/** The names of a hierarchy's levels, from 0 (the answer, or its pseudonym) to the top (`suppressed`). */
export function levelNames(hierarchy: Hierarchy): readonly LevelName[] {
  return [hierarchy.pseudonym === undefined ? "value" : "pseudonym", ...hierarchy.steps.map(stepLevelName), "suppressed"];
}
