import {
  CHOICE_LISTS,
  FIELDS,
  type FieldPath,
  GATES,
  type GateCondition,
  gateOpen,
  INTERVIEW_OUTCOMES,
  type InterviewRecord,
  pathKeys,
  REFUSAL_REASONS,
  type RefusalRecord,
  readerOf,
} from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
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
import { countIncidents, emptyIncidentTally, type IncidentTally } from "./incident-tally.js";

// Counting, compiled once from the layout: each counter holds a reader per path it reads (the
// questionnaire's `readerOf`), and gates with its `gateOpen`.

const isObject = (value: unknown): boolean => typeof value === "object" && value !== null;

/** The paths whose presence in `declined` means the field was declined: itself and its declinable groups. */
function declinedBy(field: FieldPath): readonly string[] {
  const keys = pathKeys(field);
  return keys
    .map((_, i) => keys.slice(0, i + 1).join("."))
    .filter((p) => (FIELDS as Readonly<Record<string, { declinable?: boolean }>>)[p]?.declinable === true);
}

function isDeclined(declined: readonly string[] | undefined, by: readonly string[]): boolean {
  if (declined === undefined) return false;
  for (const p of by) if (declined.includes(p)) return true;
  return false;
}

/** The four cells of a yes/no question in a tally, in this order. */
export const YES_NO_CELLS = ["yes", "no", "declined", "notAsked"] as const;

/** A yes/no question of a section; its keys and its gate's are read from the section's object. */
interface YesNoReader {
  readonly read: (section: unknown) => unknown;
  readonly declinedBy: readonly string[];
  /** The reader of the question's gate, and what opens it; absent for a question asked of everyone. */
  readonly gate: { readonly read: (section: unknown) => unknown; readonly when: GateCondition } | undefined;
}

/** The keys of `path` below `section`; the form gates a section's questions only on its own answers. */
function keysIn(section: ViolationSection, path: FieldPath): readonly string[] {
  const keys = pathKeys(path);
  if (keys[0] !== section) throw new Error(`${path} is not in the ${section} section`);
  return keys.slice(1);
}

function yesNoReader(section: ViolationSection, field: FieldPath): YesNoReader {
  const gate = gateOf(field);
  return {
    read: readerOf(keysIn(section, field).join(".")),
    declinedBy: declinedBy(field),
    gate: gate === undefined ? undefined : { read: readerOf(keysIn(section, gate.on).join(".")), when: gate.when },
  };
}

/** A profile table's categories, from the schema: a closed list, yes/no, bands, or open (citizenship). */
export function categoriesOf(spec: ProfileSpec): readonly string[] {
  return match(spec)
    .with({ kind: "bands" }, (s) => [...(s.detention === true ? ["never"] : []), ...s.bands.map((b) => b.key)])
    .with({ kind: "open" }, (s) => s.fixed)
    .with({ kind: "choices" }, (s) => {
      const meta = metaOf(s.field);
      const list = meta.choices === undefined ? ["yes", "no"] : CHOICE_LISTS[meta.choices];
      return [...(s.detention === true ? ["never"] : []), ...list, ...(meta.kind === "choices" ? ["none"] : [])];
    })
    .exhaustive();
}

/** Whether she was detained, as the detention questions read it. */
type DetentionState = "detained" | "never" | "declined" | "notAsked";

const readPolice = readerOf("police");
const DETENTION_DECLINED = [...new Set([...declinedBy("police.detained"), ...declinedBy("police.detention")])];

/**
 * `never` when `police.detained` is false, or — as record v1 said it, and `upgradeRecord` keeps it —
 * when the police section is there without `detained` and without its detention part.
 */
function detentionState(record: unknown, declined: readonly string[] | undefined): DetentionState {
  const police = readPolice(record) as { readonly detained?: unknown; readonly detention?: unknown } | undefined;
  if (!isObject(police)) return isDeclined(declined, DETENTION_DECLINED) ? "declined" : "notAsked";
  if (police?.detained === false) return "never";
  if (police?.detention !== undefined || police?.detained === true) return "detained";
  return isDeclined(declined, DETENTION_DECLINED) ? "declined" : "never";
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

/** Adds one record's answer to a profile table. */
type ProfileCounter = (record: unknown, declined: readonly string[] | undefined, bump: Bump) => void;

function profileCounter(spec: ProfileSpec): ProfileCounter {
  const read = readerOf(spec.field);
  const by = declinedBy(spec.field);
  const missing = (declined: readonly string[] | undefined): string => (isDeclined(declined, by) ? "declined" : "notAsked");
  const meta = metaOf(spec.field);
  /** The counter of a question of the detention part: `never`, declined and not asked first, then `detained`'s answer. */
  const ofDetention = (detention: true | undefined, detained: ProfileCounter): ProfileCounter => {
    if (detention !== true) return detained;
    return (record, declined, bump) => {
      const state = detentionState(record, declined);
      if (state === "detained") detained(record, declined, bump);
      else bump(state);
    };
  };
  return match(spec)
    .with({ kind: "bands" }, (s): ProfileCounter => {
      const readBox = s.box === undefined ? undefined : readerOf(s.box.field);
      const boxBy = s.box === undefined ? [] : declinedBy(s.box.field);
      const boxBands = s.box?.bands ?? {};
      return ofDetention(s.detention, (record, declined, bump) => {
        const value = read(record);
        if (typeof value === "number") return bump(bandOf(s.bands, value) ?? "notAsked");
        // Q20 answered with the paper's box instead of a number: the box goes to its band.
        const box = readBox?.(record);
        if (typeof box === "string") return bump(boxBands[box] ?? "notAsked");
        bump(isDeclined(declined, by) || isDeclined(declined, boxBy) ? "declined" : "notAsked");
      });
    })
    .with({ kind: "choices" }, (s): ProfileCounter => {
      if (meta.kind === "choices") {
        return (record, declined, bump) => {
          const value = read(record);
          if (!Array.isArray(value)) return bump(missing(declined));
          if (value.length === 0) return bump("none");
          for (const choice of value as string[]) bump(choice);
        };
      }
      // What a "yes" opens (the fine's details): held without the answer, as v1 held it, it means yes.
      const opened = GATES.find((g) => g.on === s.field && "equals" in g.when && g.when.equals === true)?.field;
      const readGroup = opened === undefined ? undefined : readerOf(opened);
      return ofDetention(s.detention, (record, declined, bump) => {
        const value = read(record);
        if (typeof value === "boolean") return bump(value ? "yes" : "no");
        if (typeof value === "string") return bump(value);
        bump(readGroup !== undefined && isObject(readGroup(record)) ? "yes" : missing(declined));
      });
    })
    .with(
      { kind: "open" },
      (): ProfileCounter => (record, declined, bump) => {
        const value = read(record);
        bump(typeof value === "string" ? value : missing(declined));
      },
    )
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
  /** Valid interview records dated on or before `asOf`, counted or not. */
  interviewed: number;
  /** Refusals dated on or before `asOf`, by reason in `REFUSAL_ROWS`' order. */
  readonly refusals: number[];
  /** The respondents by how the interview ended, in `OUTCOME_ROWS`' order. */
  readonly outcomes: number[];
  readonly incidents: IncidentTally;
}

/** The rows of the refusals table: the reasons, then none written down. */
export const REFUSAL_ROWS = [...REFUSAL_REASONS, "notRecorded"] as const;
/** The rows of the interview outcomes of the respondents: a refusal is never one. */
export const OUTCOME_ROWS = INTERVIEW_OUTCOMES.filter((o): o is Exclude<typeof o, "refused"> => o !== "refused");

const SECTION_READERS = VIOLATION_SECTIONS.map((section) => {
  const codes = violationCodes(section) as readonly string[];
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  codes.forEach((code, i) => void (index[code] = i));
  const questions = yesNoQuestions(section).map((q) => yesNoReader(section, q.field));
  return {
    section,
    readSection: readerOf(section),
    codes,
    index,
    readViolations: readerOf(keysIn(section, `${section}.violations`).join(".")),
    questions,
  };
});

const PROFILE_COUNTERS = (Object.keys(PROFILE) as ProfileKey[]).map((key) => {
  const keys = [...categoriesOf(PROFILE[key]), "declined", "notAsked"];
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  keys.forEach((k, i) => void (index[k] = i));
  return { key, keys, index, count: profileCounter(PROFILE[key]) };
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
  return {
    respondents: 0,
    sections,
    profile,
    bumps,
    interviewed: 0,
    refusals: REFUSAL_ROWS.map(() => 0),
    outcomes: OUTCOME_ROWS.map(() => 0),
    incidents: emptyIncidentTally(),
  };
}

/** Adds one refusal to take part to the tally. */
export function countRefusal(tally: Tally, record: RefusalRecord): void {
  const i = REFUSAL_ROWS.indexOf(record.interview.refusalReason ?? "notRecorded");
  tally.refusals[i] = (tally.refusals[i] as number) + 1;
}

/** Adds one record, valid and counted, to the tally. */
export function countRecord(tally: Tally, record: InterviewRecord): void {
  tally.respondents++;
  const outcome = OUTCOME_ROWS.indexOf(record.interview.outcome === "interrupted" ? "interrupted" : "completed");
  tally.outcomes[outcome] = (tally.outcomes[outcome] as number) + 1;
  countIncidents(tally.incidents, record);
  const declined = record.declined;
  for (const reader of SECTION_READERS) {
    const counts = tally.sections[reader.section];
    // The section's object is read once; its answers are read from it.
    const answers = reader.readSection(record);
    const ticked = reader.readViolations(answers);
    if (Array.isArray(ticked)) {
      for (const code of ticked as string[]) {
        const i = reader.index[code];
        if (i !== undefined) counts.violations[i] = (counts.violations[i] as number) + 1;
      }
    }
    for (let q = 0; q < reader.questions.length; q++) {
      const question = reader.questions[q] as YesNoReader;
      if (question.gate !== undefined && !gateOpen(question.gate.read(answers), question.gate.when)) continue;
      const value = question.read(answers);
      const cell = value === true ? 0 : value === false ? 1 : isDeclined(declined, question.declinedBy) ? 2 : 3;
      const row = counts.yesNo[q] as number[];
      row[cell] = (row[cell] as number) + 1;
    }
  }
  for (let k = 0; k < PROFILE_COUNTERS.length; k++)
    (PROFILE_COUNTERS[k] as (typeof PROFILE_COUNTERS)[number]).count(record, declined, tally.bumps[k] as Bump);
}
