import { type Choice, FIELDS, type FieldPath } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";

type Fields = typeof FIELDS;

const FIELD_KINDS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FIELDS).map(([path, spec]) => [path, spec.kind]));
type Join<TPrefix extends string, TKey extends string> = TPrefix extends "" ? TKey : `${TPrefix}.${TKey}`;

/** The paths of the fields the questionnaire's metadata classes as quasi-identifiers. */
export type QuasiPath = { [P in FieldPath]: Fields[P]["class"] extends "quasi" ? P : never }[FieldPath];

/** The paths of the fields the metadata marks `policeKnown`: facts the police hold in their own records. */
export type PoliceKnownPath = { [P in FieldPath]: Fields[P] extends { readonly policeKnown: true } ? P : never }[FieldPath];

/** The fields a release generalises: every quasi-identifier and every fact the police hold. */
export type IdentifyingPath = QuasiPath | PoliceKnownPath;

type IdentifyingGroup = { [P in IdentifyingPath]: Fields[P]["kind"] extends "group" ? P : never }[IdentifyingPath];

/** The outermost group of `TPath` (itself included) that is generalised as one unit. */
type OutermostGroup<TPath extends string, TDone extends string = ""> = TPath extends `${infer THead}.${infer TRest}`
  ? Join<TDone, THead> extends IdentifyingGroup
    ? Join<TDone, THead>
    : OutermostGroup<TRest, Join<TDone, THead>>
  : Join<TDone, TPath> extends IdentifyingGroup
    ? Join<TDone, TPath>
    : never;

type Parent<TPath extends string, TDone extends string = ""> = TPath extends `${infer THead}.${infer TRest}`
  ? Parent<TRest, Join<TDone, THead>>
  : TDone;

/**
 * The dimension a field is generalised in: the list it is an item field of (`charges[]`), else the
 * outermost quasi or police-known group holding it (`respondent.residence`, `police.detention`),
 * else the field itself for a quasi-identifier, else the section object holding a police-held fact
 * (`police`, `medical`: the complaint facts of a section together).
 */
type DimensionOf<TPath extends string> = TPath extends `${infer TList}[].${string}`
  ? `${TList}[]`
  : [OutermostGroup<TPath>] extends [never]
    ? TPath extends QuasiPath
      ? TPath
      : Parent<TPath> extends ""
        ? TPath
        : Parent<TPath>
    : OutermostGroup<TPath>;

/**
 * A unit the release generalises as one, computed from the metadata: a quasi field, a group of
 * them (`respondent.residence`), a police-held group (`police.detention`), the police-held facts
 * of a section (`police`, `medical`) or a list of them (`charges[]`). A new quasi or police-known
 * field does not compile until `HIERARCHIES` has an entry for its dimension.
 */
export type DimensionPath = { [P in IdentifyingPath]: DimensionOf<P> }[IdentifyingPath];

/**
 * The fields of a dimension that a level may treat one by one, relative to the dimension
 * (`fine.amount` in `police.detention`; `penalty.kind` in `charges[]`). Free text is never one:
 * it is never released in a dimension.
 */
export type PartOf<TDimension extends string> = {
  [P in IdentifyingPath]: DimensionOf<P> extends TDimension
    ? P extends `${TDimension}.${infer TKey}`
      ? Fields[P]["kind"] extends "group" | "freeText"
        ? never
        : // A field of a list inside the item (\`perpetrators[].agency\` of \`incidents[]\`) is withheld: see \`isWithheld\`.
          TKey extends `${string}[]${string}`
          ? never
          : TKey
      : never
    : never;
}[IdentifyingPath];

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
  | "banded"
  | "present"
  | "summary"
  | "count"
  | "suppressed";

/** A step that reads one answer and writes it one level higher. */
export type ValueStep =
  /** `2015-03-14` → `2015-03`. */
  | { readonly kind: "month" }
  /** `2015-03` → `2015-Q1`. */
  | { readonly kind: "quarter" }
  /** `2015-Q1` (or `2015-03`) → `2015`. */
  | { readonly kind: "year" }
  /** A number or a band `a-b` → the band of `width` years holding `a`, bands starting at `offset` modulo `width`. */
  | { readonly kind: "ageBand"; readonly name: "band5" | "band10"; readonly width: number; readonly offset: number }
  /** A value given by fewer than k of the consented records → `other`. Depends on the data: see `DATA_DEPENDENT`. */
  | { readonly kind: "rareAsOther" }
  /** A choice → the name of the band that lists it. */
  | { readonly kind: "band"; readonly bands: Readonly<Record<string, readonly string[]>> }
  /** A number → the band `a-b` (or `a+`, or `a` alone) between the ascending `bounds` that holds it. */
  | { readonly kind: "numberBands"; readonly bounds: readonly number[] };

/**
 * What a level does to one field of a group or list: keeps it, leaves it out, writes it `*`, or
 * writes it one step higher. `rareAsOther` counts whole values, so it is not one.
 */
export type PartRule = "keep" | "drop" | "suppress" | Exclude<ValueStep, { readonly kind: "rareAsOther" }>;

/** The rule of every field of a dimension, one per field: a new field does not compile without one. */
export type PartRules<TPart extends string> = { readonly [K in TPart]: PartRule };

/**
 * One step up a hierarchy: how a value of the level below is written one level higher. A step
 * reads only the value below it (and, for `rareAsOther`, how often that value occurs), so each
 * level is a function of the level below: generalisations of a value nest.
 */
export type Step<TPart extends string = string> =
  | ValueStep
  /** A group or list: each of its fields by its own rule. */
  | { readonly kind: "fields"; readonly name: LevelName; readonly fields: PartRules<TPart> }
  /** A group → only that it is there; a list → only how many items it has. */
  | { readonly kind: "present"; readonly name: "present" | "count" };

/**
 * How a dimension is generalised: level 0 is the answer as given (a keyed pseudonym for a code, or
 * `base` for a group or list released only as a summary), each step one level up, and the level
 * after the last step is `*` for every record.
 */
export interface Hierarchy<TPart extends string = string> {
  readonly steps: readonly Step<TPart>[];
  /** Level-0 values are written as keyed pseudonyms (HMAC under the release key) in this domain. */
  readonly pseudonym?: "interviewer";
  /** Level 0 of a group or list that is never released as given: each field by its rule. */
  readonly base?: { readonly name: LevelName; readonly fields: PartRules<TPart> };
}

/**
 * How a text answer (kind `text`, not a direct identifier) may be released: only as its keyed
 * pseudonym; as a name of a place or people (letters only, at most four words, nothing the
 * scrubber finds); or as an article number (`449`, `134-1`, `106.2`). Anything else is `*`.
 */
export type TextCheck = "pseudonym" | "name" | "articleNumber";

type TextPath = {
  [P in FieldPath]: Fields[P]["kind"] extends "text" ? (Fields[P]["class"] extends "direct" ? never : P) : never;
}[FieldPath];

/**
 * The check of every text field a release may show: a new text field of the questionnaire does not
 * compile until it has one. Free text (kind `freeText`) is dropped or scrubbed, never checked here.
 */
export const TEXT_CHECKS: { readonly [P in TextPath]: TextCheck } = {
  "interview.interviewerId": "pseudonym",
  "respondent.ethnicity": "name",
  "respondent.residence.settlement": "name",
  "respondent.residence.region": "name",
  "charges[].article": "articleNumber",
  "charges[].incident": "pseudonym",
  "incidents[].id": "pseudonym",
  "incidents[].place.settlement": "name",
  "incidents[].place.district": "name",
  "incidents[].perpetrators[].agency": "name",
  "incidents[].perpetrators[].unit": "name",
  "incidents[].perpetrators[].rank": "name",
};

const DATE_STEPS = [{ kind: "month" }, { kind: "quarter" }, { kind: "year" }] as const satisfies readonly Step[];

const EDUCATION_BANDS = {
  belowSecondary: ["primary", "incompleteSecondary"],
  secondaryOrVocational: ["secondary", "vocational"],
  university: ["university"],
} as const satisfies Readonly<Record<string, readonly Choice<"education">[]>>;

const TIME_IN_SEX_WORK_BANDS = {
  upTo1Year: ["under6Months", "about1Year"],
  over1Year: ["over1Year", "over3Years"],
} as const satisfies Readonly<Record<string, readonly Choice<"timeInSexWork">[]>>;

/** Times detained: 1, 2–3, 4–5, 6 or more. */
const TIMES_BANDS = { kind: "numberBands", bounds: [1, 2, 4, 6] } as const satisfies PartRule;
/** Hours to the hearing: the 24-hour and 48-hour limits of the codes, and beyond. */
const HOURS_BANDS = { kind: "numberBands", bounds: [0, 24, 48, 72] } as const satisfies PartRule;
/** Amounts (any currency). */
const AMOUNT_BANDS = { kind: "numberBands", bounds: [0, 5000, 10000, 20000, 50000, 100000] } as const satisfies PartRule;

/**
 * The generalisation hierarchy of every dimension of the questionnaire, as data. The type asks for
 * one entry per dimension of the metadata's quasi and police-known fields, and a `fields` level
 * asks for a rule for every field of its dimension: a new quasi or police-known field does not
 * compile until it has a hierarchy here (and a line in the README).
 */
export const HIERARCHIES: { readonly [P in DimensionPath]: Hierarchy<PartOf<P>> } = {
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
  "respondent.residence": {
    steps: [{ kind: "fields", name: "region", fields: { settlement: "suppress", settlementType: "suppress", region: "keep" } }],
  },
  // Complaints to the police or the prosecutor: whether, accepted, prosecuted — as given, or `*`.
  police: { steps: [] },
  // Exact counts, hours and amounts are the officer's own receipt: level 0 is already banded.
  "police.detention": {
    base: {
      name: "banded",
      fields: {
        timesDetained: TIMES_BANDS,
        // The paper's box is already a band.
        timesDetainedBox: "keep",
        badgeShown: "keep",
        outcomes: "keep",
        heldIn: "keep",
        courtHearing: "keep",
        hoursToHearing: HOURS_BANDS,
        finePaid: "keep",
        "fine.amount": AMOUNT_BANDS,
        "fine.currency": "keep",
        "fine.paidOfficially": "keep",
        "fine.paidToOfficer": "keep",
      },
    },
    steps: [{ kind: "present", name: "present" }],
  },
  medical: { steps: [] },
  "charges[]": {
    // The annex is never released as given: its amounts and facts are the police's own file.
    base: {
      name: "summary",
      fields: {
        date: { kind: "month" },
        datePrecision: "drop",
        code: "keep",
        codeEdition: "keep",
        article: "keep",
        offence: "keep",
        role: "keep",
        place: "keep",
        "facts.paidActsProven": "drop",
        "facts.paymentProven": "drop",
        "facts.intercourseProven": "drop",
        "facts.advertisementOnly": "drop",
        "facts.arrestedBeforeService": "drop",
        "facts.knowingly": "drop",
        "facts.organisingFunctions": "drop",
        "penalty.kind": "keep",
        "penalty.amount": "drop",
        "penalty.currency": "drop",
        "penalty.paidTo": "drop",
      },
    },
    steps: [{ kind: "present", name: "count" }],
  },
  // The police's file of each incident: the day, the place, the detention. Its perpetrators, payments
  // and complaints (lists in the item) are withheld whole; what happened (acts, evidence) is not
  // police-held and is released beside it, the narrative as free text.
  "incidents[]": {
    base: {
      name: "summary",
      fields: {
        date: { kind: "month" },
        "place.kind": "keep",
        "place.settlement": "keep",
        // A district is a street away from the place itself.
        "place.district": "drop",
        "detention.hours": HOURS_BANDS,
        "detention.heldIn": "keep",
        "detention.badgeShown": "keep",
        "detention.relativesInformed": "keep",
        "detention.lawyerAllowed": "keep",
        "detention.rightsExplained": "keep",
        "detention.medicalAidGiven": "keep",
        "detention.protocolDrawnUp": "keep",
        "detention.courtHearing": "keep",
        "detention.hoursToHearing": HOURS_BANDS,
      },
    },
    steps: [
      {
        kind: "fields",
        name: "year",
        fields: {
          date: { kind: "year" },
          "place.kind": "keep",
          "place.settlement": "drop",
          "place.district": "drop",
          "detention.hours": "drop",
          "detention.heldIn": "keep",
          "detention.badgeShown": "drop",
          "detention.relativesInformed": "drop",
          "detention.lawyerAllowed": "drop",
          "detention.rightsExplained": "drop",
          "detention.medicalAidGiven": "drop",
          "detention.protocolDrawnUp": "drop",
          "detention.courtHearing": "drop",
          "detention.hoursToHearing": "drop",
        },
      },
      { kind: "present", name: "count" },
    ],
  },
};

/**
 * Whether a field path is in a part of the record no release holds at all, whatever the level: a
 * list inside a list item (an incident's perpetrators, payments and complaints) and everything in
 * it. Those are the police's own file at its most exact — the officers, each payment, each
 * complaint — and a generalisation of lists within lists is not built: deny by default, so a new
 * nested list is withheld until it has one.
 */
export const isWithheld = (path: string): boolean => {
  const item = path.indexOf("[].");
  return item !== -1 && (path.includes("[]", item + 3) || FIELD_KINDS[path] === "list");
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

function numberBand(value: string, bounds: readonly number[]): string {
  const n = Number(value);
  const first = bounds[0] as number;
  if (!Number.isFinite(n)) return SUPPRESSED;
  if (n < first) return `<${first}`;
  let i = 0;
  while (i + 1 < bounds.length && (bounds[i + 1] as number) <= n) i++;
  const low = bounds[i] as number;
  const next = bounds[i + 1];
  if (next === undefined) return `${low}+`;
  return next - 1 === low ? String(low) : `${low}-${next - 1}`;
}

/** The band of each choice, from a band table. */
function bandIndex(bands: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(bands).flatMap(([band, values]) => values.map((v) => [v, band] as const)));
}

/** How a value step writes one answer one level higher, compiled once per step. */
export function compileStep(step: ValueStep): (value: string, context: StepContext) => string {
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
    .with({ kind: "numberBands" }, (s) => (value: string) => numberBand(value, s.bounds))
    .exhaustive();
}

/**
 * Whether a step's output depends on the other records (not only on the value): such a level is
 * not the same function in two releases of different data, so a release under a ledger that
 * already holds it goes one level higher (see `ReleaseLedger`).
 */
export function isDataDependent(step: Step | undefined): boolean {
  return step?.kind === "rareAsOther";
}

/** The name of the level a step leads to. */
function stepLevelName(step: Step): LevelName {
  return match(step)
    .with({ kind: "ageBand" }, { kind: "fields" }, { kind: "present" }, (s) => s.name)
    .with({ kind: "numberBands" }, () => "band" as const)
    .otherwise((s) => s.kind);
}

/** The names of a hierarchy's levels, from 0 (the answer, its pseudonym or its summary) to the top (`suppressed`). */
export function levelNames(hierarchy: Hierarchy): readonly LevelName[] {
  const first: LevelName = hierarchy.base?.name ?? (hierarchy.pseudonym === undefined ? "value" : "pseudonym");
  return [first, ...hierarchy.steps.map(stepLevelName), "suppressed"];
}
