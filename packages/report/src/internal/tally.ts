import { CHOICE_LISTS, FIELDS, type FieldPath, type GateCondition, type InterviewRecord } from "@redumbrella/questionnaire";
import { match, P } from "ts-pattern";
import {
  type Band,
  gateOf,
  metaOf,
  PROFILE,
  type ProfileKey,
  type ProfileSpec,
  VIOLATION_SECTIONS,
  type ViolationSection,
  violationCodes,
  yesNoQuestions,
} from "../layout.js";

// Counting, compiled once from the layout. Every path a counter reads gets a slot in a scratch array;
// per record, each object on those paths is walked once with `for…in` (its own keys only, a fast
// path in JS engines) and its wanted values are copied into their slots. Counters then read slots,
// never the record's objects: records of many shapes cost no slow property look-ups.

type Obj = Readonly<Record<string, unknown>>;

const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null;

const parentPath = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf(".")));

// The paths read, ancestors before their descendants.
const PATHS: string[] = [];

/** The slot of `path` (and of each of its ancestors, which are walked to reach it). */
function slotOf(path: string): number {
  const known = PATHS.indexOf(path);
  if (known !== -1) return known;
  if (path.includes(".")) slotOf(parentPath(path));
  return PATHS.push(path) - 1;
}

/** The paths whose presence in `declined` means the field was declined: itself and its declinable groups. */
function declinedBy(field: FieldPath): readonly string[] {
  const parts = field.split(".");
  return parts
    .map((_, i) => parts.slice(0, i + 1).join("."))
    .filter((p) => (FIELDS as Readonly<Record<string, { declinable?: boolean }>>)[p]?.declinable === true);
}

function isDeclined(declined: readonly string[] | undefined, by: readonly string[]): boolean {
  if (declined === undefined) return false;
  for (const p of by) if (declined.includes(p)) return true;
  return false;
}

/** A gate as a predicate on its field's value, built once. */
function gatePredicate(when: GateCondition): (value: unknown) => boolean {
  return match(when)
    .with({ equals: P.select() }, (expected) => (value: unknown) => value === expected)
    .with({ includes: P.select() }, (choice) => (value: unknown) => Array.isArray(value) && value.includes(choice))
    .with({ nonEmpty: true }, () => (value: unknown) => Array.isArray(value) && value.length > 0)
    .exhaustive();
}

/** The four cells of a yes/no question in a tally, in this order. */
export const YES_NO_CELLS = ["yes", "no", "declined", "notAsked"] as const;

interface YesNoReader {
  readonly slot: number;
  readonly declinedBy: readonly string[];
  /** The slot of the question's gate, and what opens it; absent for a question asked of everyone. */
  readonly gate: { readonly slot: number; readonly open: (value: unknown) => boolean } | undefined;
}

function yesNoReader(field: FieldPath): YesNoReader {
  const gate = gateOf(field);
  return {
    slot: slotOf(field),
    declinedBy: declinedBy(field),
    gate: gate === undefined ? undefined : { slot: slotOf(gate.on), open: gatePredicate(gate.when) },
  };
}

/** A profile table's categories, from the schema: a closed list, yes/no, bands, or open (citizenship). */
export function categoriesOf(spec: ProfileSpec): readonly string[] {
  return match(spec)
    .with({ kind: "bands" }, (s) => [...(s.absentGroup === undefined ? [] : [s.absentGroup]), ...s.bands.map((b) => b.key)])
    .with({ kind: "open" }, (s) => s.fixed)
    .with({ kind: "choices" }, (s) => {
      const meta = metaOf(s.field);
      const list = meta.choices === undefined ? ["yes", "no"] : CHOICE_LISTS[meta.choices];
      return meta.kind === "choices" ? [...list, "none"] : list;
    })
    .exhaustive();
}

function bandOf(bands: readonly Band[], value: number): string | undefined {
  for (const b of bands) if ((b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max)) return b.key;
  return undefined;
}

/** The counts of one profile table: its categories, `declined` and `notAsked` by index; other values (countries) by name. */
export interface ProfileCounts {
  readonly keys: readonly string[];
  readonly cells: number[];
  readonly others: Map<string, number>;
}

/** The count of `key` in a profile table. */
export function countOf(counts: ProfileCounts, key: string): number {
  const i = counts.keys.indexOf(key);
  return i === -1 ? (counts.others.get(key) ?? 0) : (counts.cells[i] as number);
}

/** Adds one to a category of a profile table. */
type Bump = (key: string) => void;

/** Adds one record's answer (read from the scratch slots) to a profile table. */
type ProfileCounter = (slots: readonly unknown[], declined: readonly string[] | undefined, bump: Bump) => void;

function profileCounter(spec: ProfileSpec): ProfileCounter {
  const slot = slotOf(spec.field);
  const by = declinedBy(spec.field);
  const missing = (declined: readonly string[] | undefined): string => (isDeclined(declined, by) ? "declined" : "notAsked");
  const meta = metaOf(spec.field);
  return match(spec)
    .with({ kind: "bands" }, (s): ProfileCounter => {
      // The enclosing group (police.detention) absent while its parent (police) is present means none.
      const group = parentPath(spec.field);
      const groupSlot = slotOf(group);
      const parentSlot = slotOf(parentPath(group));
      const groupBy = declinedBy(group as FieldPath);
      return (slots, declined, bump) => {
        const value = slots[slot];
        if (typeof value === "number") return bump(bandOf(s.bands, value) ?? "notAsked");
        const absent =
          s.absentGroup !== undefined && slots[groupSlot] === undefined && isObj(slots[parentSlot]) && !isDeclined(declined, groupBy);
        bump(absent ? (s.absentGroup as string) : missing(declined));
      };
    })
    .with({ kind: "choices" }, (): ProfileCounter => {
      if (meta.kind === "choices") {
        return (slots, declined, bump) => {
          const value = slots[slot];
          if (!Array.isArray(value)) return bump(missing(declined));
          if (value.length === 0) return bump("none");
          for (const choice of value as string[]) bump(choice);
        };
      }
      return (slots, declined, bump) => {
        const value = slots[slot];
        if (typeof value === "boolean") return bump(value ? "yes" : "no");
        bump(typeof value === "string" ? value : missing(declined));
      };
    })
    .with({ kind: "open" }, (): ProfileCounter => (slots, declined, bump) => {
      const value = slots[slot];
      bump(typeof value === "string" ? value : missing(declined));
    })
    .exhaustive();
}

/** The true counts of one section. */
export interface SectionTally {
  /** Per violation code, in the form's order. */
  readonly violations: number[];
  /** Per yes/no question, in the form's order: yes, no, declined, notAsked — of those it was asked of. */
  readonly yesNo: number[][];
}

/** The true counts of every table, for the records counted. */
export interface Tally {
  respondents: number;
  readonly sections: { readonly [S in ViolationSection]: SectionTally };
  readonly profile: { readonly [K in ProfileKey]: ProfileCounts };
  /** Per profile table, in `PROFILE`'s order: adds one to a category of this tally's counts. */
  readonly bumps: readonly Bump[];
  /** The scratch slots of the record being counted. */
  readonly slots: unknown[];
}

const SECTION_READERS = VIOLATION_SECTIONS.map((section) => {
  const codes = violationCodes(section) as readonly string[];
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  codes.forEach((code, i) => void (index[code] = i));
  const questions = yesNoQuestions(section).map((q) => yesNoReader(q.field));
  return { section, codes, index, violations: slotOf(`${section}.violations`), questions };
});

const PROFILE_COUNTERS = (Object.keys(PROFILE) as ProfileKey[]).map((key) => {
  const keys = [...categoriesOf(PROFILE[key]), "declined", "notAsked"];
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  keys.forEach((k, i) => void (index[k] = i));
  return { key, keys, index, count: profileCounter(PROFILE[key]) };
});

/** The record's own objects on the paths read (`respondent`, `police`), by slot, ancestors first. */
const TOP = PATHS.flatMap((path, slot) => (path.includes(".") ? [] : [{ key: path, slot }]));
/** Each object walked, and which of its keys go to which slot. */
const WALKS = PATHS.flatMap((path, slot) => {
  const children = PATHS.flatMap((child, i) => (parentPath(child) === path && child.includes(".") ? [[child.slice(path.length + 1), i] as const] : []));
  if (children.length === 0) return [];
  const to: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, i] of children) to[key] = i;
  return [{ slot, to }];
});

/** An empty tally. */
export function emptyTally(): Tally {
  const sections = Object.fromEntries(
    SECTION_READERS.map((r) => [r.section, { violations: r.codes.map(() => 0), yesNo: r.questions.map(() => [0, 0, 0, 0]) }]),
  ) as unknown as Tally["sections"];
  const counts = PROFILE_COUNTERS.map(({ keys }): ProfileCounts => ({ keys, cells: keys.map(() => 0), others: new Map<string, number>() }));
  const profile = Object.fromEntries(PROFILE_COUNTERS.map(({ key }, i) => [key, counts[i]])) as unknown as Tally["profile"];
  const bumps = PROFILE_COUNTERS.map(({ index }, k): Bump => {
    const { cells, others } = counts[k] as ProfileCounts;
    return (key) => {
      const i = index[key];
      if (i !== undefined) cells[i] = (cells[i] as number) + 1;
      else others.set(key, (others.get(key) ?? 0) + 1);
    };
  });
  return { respondents: 0, sections, profile, bumps, slots: PATHS.map(() => undefined) };
}

/** Adds one record, valid and counted, to the tally. */
export function countRecord(tally: Tally, record: InterviewRecord): void {
  tally.respondents++;
  const root = record as unknown as Obj;
  const slots = tally.slots;
  slots.fill(undefined);
  for (const { key, slot } of TOP) slots[slot] = root[key];
  for (const { slot, to } of WALKS) {
    const obj = slots[slot];
    if (!isObj(obj)) continue;
    for (const key in obj) {
      const i = to[key];
      if (i !== undefined) slots[i] = obj[key];
    }
  }
  const declined = record.declined;
  for (const reader of SECTION_READERS) {
    const counts = tally.sections[reader.section];
    const ticked = slots[reader.violations];
    if (Array.isArray(ticked)) {
      for (const code of ticked as string[]) {
        const i = reader.index[code];
        if (i !== undefined) counts.violations[i] = (counts.violations[i] as number) + 1;
      }
    }
    for (let q = 0; q < reader.questions.length; q++) {
      const question = reader.questions[q] as YesNoReader;
      if (question.gate !== undefined && !question.gate.open(slots[question.gate.slot])) continue;
      const value = slots[question.slot];
      const cell = value === true ? 0 : value === false ? 1 : isDeclined(declined, question.declinedBy) ? 2 : 3;
      const row = counts.yesNo[q] as number[];
      row[cell] = (row[cell] as number) + 1;
    }
  }
  for (let k = 0; k < PROFILE_COUNTERS.length; k++) (PROFILE_COUNTERS[k] as (typeof PROFILE_COUNTERS)[number]).count(slots, declined, tally.bumps[k] as Bump);
}
