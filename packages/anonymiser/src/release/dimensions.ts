import {
  CHOICE_LISTS,
  FIELDS,
  type FieldPath,
  type FieldSpec,
  type InterviewRecord,
  normaliseText,
  readerOf,
} from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { scrubText } from "../scrub/index.js";
import {
  CHOICE_SEPARATOR,
  compileStep,
  type DimensionPath,
  HIERARCHIES,
  type Hierarchy,
  isDataDependent,
  isWithheld,
  type LevelName,
  levelNames,
  NO_CHOICE,
  type PartRule,
  type Step,
  type StepContext,
  SUPPRESSED,
  TEXT_CHECKS,
  type TextCheck,
} from "./hierarchies.js";
import { Interner, SequenceInterner } from "./interner.js";

/**
 * How a dimension sits in the record: one field (`respondent.age`); a group field generalised as
 * one (`respondent.residence`, `police.detention`); the police-held fields of a section object that
 * is no field itself (`police`: its complaint facts); or the fields of every item of a list (`charges[]`).
 */
export type DimensionShape = "leaf" | "group" | "parent" | "list";

/** A field a dimension reads: its keys from the group, section object or list item that holds it, and its path. */
export interface DimensionPart {
  /** Its keys relative to the holder, joined by `.` (`fine.amount`). */
  readonly key: string;
  readonly keys: readonly string[];
  readonly path: FieldPath;
  /** Free text: never released as part of a dimension (what the police hold, scrubbed, still matches their files). */
  readonly dropped: boolean;
}

/**
 * A primitive that tells an answer's cell apart from every other (the answer itself where it can),
 * so answers are grouped without writing a string per answer.
 */
export type LabelKey = string | number | boolean | symbol;

/**
 * Reads records' level-0 labels as codes, counting up from 0: records with one label share a code.
 * A label is written once, when its code is made, not once per record.
 */
export interface LevelZeroReader {
  /** A record's level-0 code, given the paths its `declined` lists. */
  code(record: InterviewRecord, declined: ReadonlySet<string>): number;
  /** The label of each code made so far. */
  readonly labels: readonly string[];
}

/** One step of a dimension's hierarchy, from the label of the level below to the label of its level. */
export type LabelStep = (label: string, context: StepContext) => string;

/** One dimension of the lattice: where it is, its hierarchy, and its levels' names. */
export interface Dimension {
  readonly path: DimensionPath;
  readonly shape: DimensionShape;
  /** Keys from the record to the field (leaf), the group, the section object (parent) or the list. */
  readonly keys: readonly string[];
  /** The fields it reads (one for a leaf), in the form's order, free text included (never released). */
  readonly parts: readonly DimensionPart[];
  /** The group fields inside it (`police.detention.fine`), which hold parts. */
  readonly groups: readonly FieldPath[];
  readonly hierarchy: Hierarchy;
  /** The top level, where every record reads `*`. */
  readonly height: number;
  /** The name of each level, 0 to `height`. */
  readonly levels: readonly LevelName[];
  /** Per level, whether it depends on the other records (`rareAsOther`), not only on the value. */
  readonly dataDependent: readonly boolean[];
  /** A reader of the records' level-0 labels, for one release: it remembers every label it read. */
  readonly read: () => LevelZeroReader;
  /** Level `l`'s label from level `l - 1`'s, for `l` from 1 to `height` (`steps[l - 1]`). */
  readonly steps: readonly LabelStep[];
}

/** A released value of a group, a section object or a list item: strings, nested as in the record. */
export interface ReleasedTree {
  [key: string]: string | ReleasedTree;
}

/**
 * What a record's dimension is released as at one level, and which of its questions the release
 * says were declined. `value` is absent when the record has nothing there: a string for a leaf,
 * `*` or a tree for a group or a section's facts, `*` or a list of trees for a list (`{}` for an
 * item or group of which only its presence is shown).
 */
export interface Fragment {
  readonly value?: string | ReleasedTree | readonly ReleasedTree[];
  readonly declined: readonly FieldPath[];
}

// A label is the exact text a record's dimension is released as, so records with one label are
// released alike. One answer is a cell: "" unanswered, "!" declined, "*" suppressed, "=v" the value
// v. A group, section or list item is "" (absent), "!" (declined), "*" (suppressed), "+" (present,
// nothing shown), or "=" followed by its cells, each written as its length, ":" and the cell
// (unambiguous whatever the text holds). A list is "" (absent), "*", or "=" followed by its items.
const ABSENT = "";
const DECLINED = "!";
const PRESENT = "+";
const VALUE = "=";
const ABSENT_KEY: unique symbol = Symbol("absent");
const DECLINED_KEY: unique symbol = Symbol("declined");
/** A text answer that fails its check (`TEXT_CHECKS`): released as `*`. */
const FAILED_KEY: unique symbol = Symbol("failed");

const isValue = (cell: string): boolean => cell.charCodeAt(0) === 61; // "="

/** Appends one cell to a packed label. */
const packCell = (packed: string, cell: string): string => `${packed}${cell.length}:${cell}`;

/** Writes the cells of a group or a list as one label. */
export function packCells(cells: readonly string[]): string {
  let out = VALUE;
  for (const cell of cells) out = packCell(out, cell);
  return out;
}

/** Reads back the cells of a label `packCells` wrote. */
export function unpackCells(label: string): string[] {
  const cells: string[] = [];
  for (let at = 1; at < label.length; ) {
    const colon = label.indexOf(":", at);
    const length = Number(label.slice(at, colon));
    cells.push(label.slice(colon + 1, colon + 1 + length));
    at = colon + 1 + length;
  }
  return cells;
}

const specOf = (path: FieldPath): FieldSpec => FIELDS[path];

const ARTICLE = /^\d{1,4}(?:[-.]\d{1,3})?$/;
const NAME = /^\p{L}[\p{L}\p{M}'’. -]{0,79}$/u;

/** Whether a text answer may be released under its check (the value is already trimmed, NFC). */
export function passesTextCheck(check: TextCheck, value: string): boolean {
  return match(check)
    .with("pseudonym", () => true)
    .with("articleNumber", () => ARTICLE.test(value))
    .with("name", () => NAME.test(value) && value.split(/\s+/).length <= 4 && scrubText(value).entities.length === 0)
    .exhaustive();
}

/** How many checked texts a codec remembers before it forgets them all. */
const TEXT_MEMO = 4096;

/**
 * How a field's answer is keyed, and how a key is written as a cell: the answer itself (a text
 * trimmed, NFC, and checked), or for a set of choices a bit mask over the form's list, written as
 * its choices in the form's order.
 */
export function answerCodec(path: FieldPath): { key: (value: unknown) => LabelKey; cell: (key: LabelKey) => string } {
  const spec = specOf(path);
  const list = spec.kind === "choices" && spec.choices !== undefined ? (CHOICE_LISTS[spec.choices] as readonly string[]) : undefined;
  if (list === undefined) {
    if (spec.kind === "text") {
      const check = (TEXT_CHECKS as Readonly<Record<string, TextCheck>>)[path] ?? "articleNumber";
      const memo = new Map<string, LabelKey>();
      return {
        key: (value) => {
          // Text is keyed as the parser writes it (trimmed, NFC): the records are read as given.
          const text = normaliseText(String(value));
          let key = memo.get(text);
          if (key === undefined) {
            if (memo.size >= TEXT_MEMO) memo.clear();
            key = passesTextCheck(check, text) ? text : FAILED_KEY;
            memo.set(text, key);
          }
          return key;
        },
        cell: (key) => (key === FAILED_KEY ? SUPPRESSED : VALUE + String(key)),
      };
    }
    return {
      key: (value) => (typeof value === "object" && value !== null ? JSON.stringify(value) : (value as LabelKey)),
      cell: (key) => VALUE + String(key),
    };
  }
  const bit = new Map(list.map((choice, i) => [choice, 2 ** i]));
  return {
    key: (value) => {
      let mask = 0;
      for (const choice of value as readonly string[]) mask += bit.get(choice) ?? 0;
      return mask;
    },
    cell: (key) => {
      const chosen = list.filter((_, i) => Math.floor((key as number) / 2 ** i) % 2 === 1);
      return VALUE + (chosen.length === 0 ? NO_CHOICE : chosen.join(CHOICE_SEPARATOR));
    },
  };
}

const specialLabel = (key: LabelKey): string | undefined => (key === ABSENT_KEY ? ABSENT : key === DECLINED_KEY ? DECLINED : undefined);

/** Compiles a field rule: cells in, cell out. */
function compileRule(rule: PartRule): (cell: string, context: StepContext) => string {
  if (rule === "keep") return (cell) => cell;
  if (rule === "drop") return () => ABSENT;
  if (rule === "suppress") return () => SUPPRESSED;
  const value = compileStep(rule);
  return (cell, context) => (isValue(cell) ? VALUE + value(cell.slice(1), context) : cell);
}

/** The rules of a `fields` level (or a `base`) for the parts that are released, in their order. */
export function compileRules(
  parts: readonly DimensionPart[],
  fields: Readonly<Record<string, PartRule>>,
): ((cell: string, context: StepContext) => string)[] {
  return parts.filter((p) => !p.dropped).map((p) => compileRule(fields[p.key] ?? "keep"));
}

/** Applies per-cell rules to a packed group or item label (special labels stay as they are). */
function applyRules(label: string, rules: readonly ((cell: string, context: StepContext) => string)[], context: StepContext): string {
  if (!isValue(label)) return label;
  const cells = unpackCells(label);
  return packCells(cells.map((c, i) => (rules[i] as (cell: string, context: StepContext) => string)(c, context)));
}

/** Applies an item step to every item of a packed list label. */
function eachItem(label: string, item: (item: string) => string): string {
  return isValue(label) ? packCells(unpackCells(label).map(item)) : label;
}

export const NO_CONTEXT: StepContext = { k: 0, count: () => 0 };

/** The level-0 reading of a dimension: a fresh reader per release. */
function reading(dim: Omit<Dimension, "read" | "steps" | "levels" | "height" | "dataDependent">): () => LevelZeroReader {
  const { shape, path, keys, parts } = dim;
  const released = parts.filter((p) => !p.dropped);
  const codecs = released.map((p) => answerCodec(p.path));
  const readPart = released.map((p) => readerOf(p.key));
  const readHolder = readerOf(keys.join("."));
  const base = dim.hierarchy.base === undefined ? undefined : compileRules(parts, dim.hierarchy.base.fields);
  // A group's or item's level-0 label is its cells, each summarised by the hierarchy's base rules.
  const summarise = (cell: string, i: number): string => (base === undefined ? cell : (base[i] as (typeof base)[number])(cell, NO_CONTEXT));
  return () => {
    if (shape === "leaf") {
      const codec = codecs[0] as ReturnType<typeof answerCodec>;
      const byKey = new Map<LabelKey, number>();
      const labels: string[] = [];
      return {
        labels,
        code: (record, declined) => {
          const value = readHolder(record);
          const key = value === undefined ? (declined.has(path) ? DECLINED_KEY : ABSENT_KEY) : codec.key(value);
          let code = byKey.get(key);
          if (code === undefined) {
            code = labels.length;
            byKey.set(key, code);
            labels.push(specialLabel(key) ?? codec.cell(key));
          }
          return code;
        },
      };
    }
    // Per released part: its cells (summarised) as codes, from the codec's key of each answer.
    const cells = released.map(() => new Interner<string>());
    const byKey = released.map(() => new Map<LabelKey, number>());
    const absentCell = cells.map((interner, i) => interner.code(summarise(ABSENT, i)));
    const declinedCell = cells.map((interner, i) => interner.code(summarise(DECLINED, i)));
    const cellCode = (holder: unknown, i: number, declined: ReadonlySet<string>): number => {
      const value = holder === undefined ? undefined : (readPart[i] as (v: unknown) => unknown)(holder);
      if (value === undefined) return (declined.has((released[i] as DimensionPart).path) ? declinedCell : absentCell)[i] as number;
      const codec = codecs[i] as ReturnType<typeof answerCodec>;
      const key = codec.key(value);
      const memo = byKey[i] as Map<LabelKey, number>;
      let code = memo.get(key);
      if (code === undefined) {
        code = (cells[i] as Interner<string>).code(summarise(codec.cell(key), i));
        memo.set(key, code);
      }
      return code;
    };
    // Groups (or a list's items) as sequences of cell codes.
    const groups = new SequenceInterner();
    const tuple = new Int32Array(released.length);
    const groupLabel = (): string => packCells(Array.from(tuple, (code, i) => (cells[i] as Interner<string>).labels[code] as string));
    // A part the base rules drop or suppress has one cell whatever the answer: it is not read.
    const rules = dim.hierarchy.base?.fields;
    const read = released.map((p, i) => {
      const rule = rules?.[p.key];
      if (rule !== "drop" && rule !== "suppress") return true;
      tuple[i] = absentCell[i] as number;
      return false;
    });
    const groupCode = (holder: unknown, declined: ReadonlySet<string>): number => {
      groups.start();
      for (let i = 0; i < released.length; i++) {
        if (!read[i]) continue;
        const cell = cellCode(holder, i, declined);
        tuple[i] = cell;
        groups.push(cell);
      }
      return groups.end(groupLabel);
    };
    if (shape !== "list") {
      return {
        labels: groups.labels,
        code: (record, declined) => {
          const holder = readHolder(record);
          if (holder === undefined && shape === "group") return groups.special(declined.has(path) ? DECLINED : ABSENT);
          return groupCode(holder, declined);
        },
      };
    }
    // A list: a sequence of its items' codes.
    const lists = new SequenceInterner();
    const items: number[] = [];
    const listLabel = (): string => packCells(items.map((item) => groups.labels[item] as string));
    return {
      labels: lists.labels,
      code: (record, declined) => {
        const list = readHolder(record);
        if (!Array.isArray(list)) return lists.special(ABSENT);
        items.length = 0;
        for (const item of list as unknown[]) items.push(groupCode(item, declined));
        lists.start();
        for (const item of items) lists.push(item);
        return lists.end(listLabel);
      },
    };
  };
}

/** Compiles one step of a hierarchy for a dimension's shape: labels in, label out. */
function labelStep(shape: DimensionShape, parts: readonly DimensionPart[], step: Step): LabelStep {
  if (step.kind === "present") {
    const present = (label: string): string => (isValue(label) ? PRESENT : label);
    return shape === "list" ? (label) => eachItem(label, present) : present;
  }
  if (shape === "leaf") {
    if (step.kind === "fields") throw new Error(`a fields level on a single field`);
    const value = compileStep(step);
    return (cell, context) => (isValue(cell) ? VALUE + value(cell.slice(1), context) : cell);
  }
  const rules =
    step.kind === "fields"
      ? compileRules(parts, step.fields as Readonly<Record<string, PartRule>>)
      : parts
          .filter((p) => !p.dropped)
          .map(() => {
            if (step.kind === "rareAsOther") throw new Error("rareAsOther counts whole values: not on a group or list");
            return compileRule(step);
          });
  if (shape === "list") return (label, context) => eachItem(label, (item) => applyRules(item, rules, context));
  return (label, context) => applyRules(label, rules, context);
}

/** The identifying fields: class `quasi`, or held by the police (`policeKnown`). */
export function isIdentifying(path: string): boolean {
  const spec = (FIELDS as Readonly<Record<string, FieldSpec>>)[path];
  return spec !== undefined && (spec.class === "quasi" || spec.policeKnown === true);
}

/** The dimension of an identifying field, as `DimensionPath` computes it (the same rules, at run time). */
export function dimensionOf(path: FieldPath): string {
  const list = path.indexOf("[].");
  if (list !== -1) return `${path.slice(0, list)}[]`;
  const segments = path.split(".");
  for (let i = 1; i <= segments.length; i++) {
    const prefix = segments.slice(0, i).join(".");
    if (isIdentifying(prefix) && specOf(prefix as FieldPath).kind === "group") return prefix;
  }
  if (specOf(path).class === "quasi" || segments.length === 1) return path;
  return segments.slice(0, -1).join(".");
}

function dimension(path: DimensionPath, members: readonly FieldPath[]): Dimension {
  const hierarchy = HIERARCHIES[path] as Hierarchy;
  const isList = path.endsWith("[]");
  if (isList && path.slice(0, -2).includes("[]")) throw new Error(`${path}: a dimension in a nested list`);
  const known = Object.hasOwn(FIELDS, path);
  const shape: DimensionShape = isList ? "list" : !known ? "parent" : specOf(path as FieldPath).kind === "group" ? "group" : "leaf";
  const prefix = `${path}.`;
  const leaves = members.filter((p) => specOf(p).kind !== "group");
  const parts = (shape === "leaf" ? [path as FieldPath] : leaves).map((p) => {
    const key = shape === "leaf" ? (p.split(".").at(-1) as string) : p.slice(prefix.length);
    return { key, keys: key.split("."), path: p, dropped: specOf(p).kind === "freeText" };
  });
  const keys = (isList ? path.slice(0, -2) : path).split(".");
  const levels = levelNames(hierarchy);
  const height = hierarchy.steps.length + 1;
  const partial = { path, shape, keys, parts, groups: members.filter((p) => p !== path && specOf(p).kind === "group"), hierarchy };
  const suppress: LabelStep = () => SUPPRESSED;
  return {
    ...partial,
    height,
    levels,
    dataDependent: levels.map((_, l) => l > 0 && l < height && isDataDependent(hierarchy.steps[l - 1])),
    read: reading(partial),
    steps: [...hierarchy.steps.map((step) => labelStep(shape, parts, step)), suppress],
  };
}

let cached: readonly Dimension[] | undefined;

/**
 * The dimensions of the questionnaire, in the form's order: every field of class `quasi` or marked
 * `policeKnown` in its metadata (`FIELDS`), grouped as `DimensionPath` says, each with its
 * hierarchy from `HIERARCHIES`.
 */
export function dimensions(): readonly Dimension[] {
  if (cached !== undefined) return cached;
  const identifying = (Object.keys(FIELDS) as FieldPath[]).filter((p) => isIdentifying(p) && !isWithheld(p));
  const members = new Map<string, FieldPath[]>();
  for (const p of identifying) {
    const dim = dimensionOf(p);
    members.set(dim, [...(members.get(dim) ?? []), p]);
  }
  cached = [...members].map(([path, fields]) => {
    if (!Object.hasOwn(HIERARCHIES, path)) throw new Error(`${path}: no hierarchy`);
    return dimension(path as DimensionPath, fields);
  });
  return cached;
}

/** A cell as released: the value, `*`, or nothing. */
function releasedCell(cell: string): string | undefined {
  if (cell === SUPPRESSED) return SUPPRESSED;
  return isValue(cell) ? cell.slice(1) : undefined;
}

/** Writes the released cells of a packed label as a tree, collecting the declined parts. */
function tree(dim: Dimension, label: string, declined: FieldPath[] | undefined): ReleasedTree {
  const cells = unpackCells(label);
  const out: ReleasedTree = {};
  dim.parts
    .filter((p) => !p.dropped)
    .forEach((p, i) => {
      const cell = cells[i] as string;
      const released = releasedCell(cell);
      if (released === undefined) {
        if (cell === DECLINED) declined?.push(p.path);
        return;
      }
      let at = out;
      for (const key of p.keys.slice(0, -1)) at = (at[key] ??= {}) as ReleasedTree;
      at[p.keys.at(-1) as string] = released;
    });
  return out;
}

/**
 * What a label is released as. A pseudonymised field's value is its own here: the release puts its
 * pseudonym in its place.
 */
export function renderLabel(dim: Dimension, label: string): Fragment {
  if (label === SUPPRESSED) return { value: SUPPRESSED, declined: [] };
  if (label === ABSENT) return { declined: [] };
  if (label === DECLINED) return { declined: [dim.path as FieldPath] };
  if (label === PRESENT) return { value: {}, declined: [] };
  return match(dim.shape)
    .with("leaf", () => {
      const value = releasedCell(label);
      return value === undefined ? { declined: [] } : { value, declined: [] };
    })
    .with("group", "parent", () => {
      const declined: FieldPath[] = [];
      return { value: tree(dim, label, declined), declined };
    })
    .with("list", () => ({ value: unpackCells(label).map((item) => (item === PRESENT ? {} : tree(dim, item, undefined))), declined: [] }))
    .exhaustive();
}
