import { CHOICE_LISTS, FIELDS, type FieldPath, type FieldSpec, type InterviewRecord, normaliseText, valueAt } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import {
  CHOICE_SEPARATOR,
  compileStep,
  type DimensionPath,
  HIERARCHIES,
  type Hierarchy,
  type LevelName,
  levelNames,
  NO_CHOICE,
  type Step,
  type StepContext,
  SUPPRESSED,
} from "./hierarchies.js";

/**
 * How a quasi-identifier sits in the record: one field, a group of fields generalised together
 * (`respondent.residence`), or one field of every item of a list (`charges[].date`).
 */
export type DimensionShape = "leaf" | "group" | "list";

/** A field a dimension reads: its key in the object that holds it, and its path. */
export interface DimensionPart {
  readonly key: string;
  readonly path: FieldPath;
}

/**
 * A primitive that tells a record's level-0 label apart from every other (the answer itself where
 * it can), so records are grouped without writing a string per record.
 */
export type LabelKey = string | number | boolean | symbol;

/** One step of a dimension's hierarchy, from the label of the level below to the label of its level. */
export type LabelStep = (label: string, context: StepContext) => string;

/** One quasi-identifier of the lattice: where it is, its hierarchy, and its levels' names. */
export interface Dimension {
  readonly path: DimensionPath;
  readonly shape: DimensionShape;
  /** Keys from the record to the field (leaf), the group (group) or the list (list). */
  readonly keys: readonly string[];
  /** The field itself (leaf), the fields of the group, or the field of each item (list). */
  readonly parts: readonly DimensionPart[];
  readonly hierarchy: Hierarchy;
  /** The top level, where every record reads `*`. */
  readonly height: number;
  /** The name of each level, 0 to `height`. */
  readonly levels: readonly LevelName[];
  /** A record's level-0 key, given the paths its `declined` lists. */
  readonly key: (record: InterviewRecord, declined: ReadonlySet<string>) => LabelKey;
  /** The level-0 label of a key. */
  readonly label: (key: LabelKey) => string;
  /** Level `l`'s label from level `l - 1`'s, for `l` from 1 to `height` (`steps[l - 1]`). */
  readonly steps: readonly LabelStep[];
}

/**
 * What a record's quasi-identifier is released as at one level, and which of its questions the
 * release says were declined. `value` is absent when the record has no answer there.
 */
export interface Fragment {
  readonly value?: string | Readonly<Record<string, string>> | readonly string[];
  readonly declined: readonly FieldPath[];
}

// A label is the exact text a record's quasi-identifier is released as, so records with one label
// are released alike. One answer is a cell: "" unanswered, "!" declined, "*" suppressed, "=v" the
// value v. A group or a list is "" (absent), "!" (declined), "*" (suppressed), or "=" followed by
// its cells, each written as its length, ":" and the cell (unambiguous whatever the text holds).
const ABSENT = "";
const DECLINED = "!";
const VALUE = "=";
const ABSENT_KEY: unique symbol = Symbol("absent");
const DECLINED_KEY: unique symbol = Symbol("declined");

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

/**
 * How a field's answer is keyed, and how a key is written as a cell: the answer itself, or for a
 * set of choices a bit mask over the form's list, written as its choices in the form's order.
 */
function answerCodec(spec: FieldSpec): { key: (value: unknown) => LabelKey; cell: (key: LabelKey) => string } {
  const list = spec.kind === "choices" && spec.choices !== undefined ? (CHOICE_LISTS[spec.choices] as readonly string[]) : undefined;
  if (list === undefined) {
    // Text is keyed as the parser writes it (trimmed, NFC): the records are read as given.
    const text = spec.kind === "text";
    return {
      key: (value) =>
        typeof value === "object" && value !== null ? JSON.stringify(value) : text && typeof value === "string" ? normaliseText(value) : (value as LabelKey),
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

/** The level-0 reading of a dimension: its key per record and its label per key. */
function reading(shape: DimensionShape, path: FieldPath, keys: readonly string[], parts: readonly DimensionPart[]): Pick<Dimension, "key" | "label"> {
  const codecs = parts.map((p) => answerCodec(specOf(p.path)));
  const cellOf = (value: unknown, i: number, declined: ReadonlySet<string>): string => {
    if (value === undefined) return declined.has((parts[i] as DimensionPart).path) ? DECLINED : ABSENT;
    const codec = codecs[i] as ReturnType<typeof answerCodec>;
    return codec.cell(codec.key(value));
  };
  const absent = (declined: ReadonlySet<string>): LabelKey => (declined.has(path) ? DECLINED_KEY : ABSENT_KEY);
  const fromPacked = (key: LabelKey): string => specialLabel(key) ?? (key as string);
  return match(shape)
    .with("leaf", () => {
      const codec = codecs[0] as ReturnType<typeof answerCodec>;
      return {
        key: (record: InterviewRecord, declined: ReadonlySet<string>): LabelKey => {
          const value = valueAt(record, keys);
          return value === undefined ? absent(declined) : codec.key(value);
        },
        label: (key: LabelKey) => specialLabel(key) ?? codec.cell(key),
      };
    })
    .with("group", () => ({
      key: (record: InterviewRecord, declined: ReadonlySet<string>): LabelKey => {
        const group = valueAt(record, keys) as Record<string, unknown> | undefined;
        if (group === undefined) return absent(declined);
        let packed = VALUE;
        for (let i = 0; i < parts.length; i++) packed = packCell(packed, cellOf(group[(parts[i] as DimensionPart).key], i, declined));
        return packed;
      },
      label: fromPacked,
    }))
    .with("list", () => ({
      key: (record: InterviewRecord, declined: ReadonlySet<string>): LabelKey => {
        const list = valueAt(record, keys);
        if (!Array.isArray(list)) return ABSENT_KEY;
        const only = (parts[0] as DimensionPart).key;
        let packed = VALUE;
        for (const item of list as Record<string, unknown>[]) packed = packCell(packed, cellOf(item[only], 0, declined));
        return packed;
      },
      label: fromPacked,
    }))
    .exhaustive();
}

/** Compiles one step of a hierarchy for a dimension's shape: labels in, label out. */
function labelStep(shape: DimensionShape, parts: readonly DimensionPart[], step: Step): LabelStep {
  const value = compileStep(step);
  const up = (cell: string, context: StepContext): string => (isValue(cell) ? VALUE + value(cell.slice(1), context) : cell);
  if (shape === "leaf") return up;
  const cells = match(step)
    .with({ kind: "region" }, (s) => (list: string[]) => list.map((c, i) => (parts[i]?.path === s.keep ? c : SUPPRESSED)))
    .with({ kind: "datesSuppressed" }, () => (list: string[]) => list.map(() => SUPPRESSED))
    .otherwise(() => (list: string[], context: StepContext) => list.map((c) => up(c, context)));
  return (label, context) => (isValue(label) ? packCells(cells(unpackCells(label), context)) : label);
}

function dimension(path: DimensionPath, quasi: readonly FieldPath[]): Dimension {
  const hierarchy = HIERARCHIES[path];
  const list = path.indexOf("[].");
  if (list !== -1 && path.indexOf("[]", list + 3) !== -1) throw new Error(`${path}: a quasi-identifier in a nested list`);
  const shape: DimensionShape = list !== -1 ? "list" : specOf(path).kind === "group" ? "group" : "leaf";
  const partPaths = shape === "group" ? quasi.filter((p) => p.startsWith(`${path}.`) && !p.slice(path.length + 1).includes(".")) : [path];
  const parts = partPaths.map((p) => ({ key: p.slice(p.lastIndexOf(".") + 1), path: p }));
  const keys = (list !== -1 ? path.slice(0, list) : path).split(".");
  const suppress: LabelStep = () => SUPPRESSED;
  return {
    path,
    shape,
    keys,
    parts,
    hierarchy,
    height: hierarchy.steps.length + 1,
    levels: levelNames(hierarchy),
    ...reading(shape, path, keys, parts),
    steps: [...hierarchy.steps.map((step) => labelStep(shape, parts, step)), suppress],
  };
}

let cached: readonly Dimension[] | undefined;

/**
 * The quasi-identifiers of the questionnaire, in the form's order: every field of class `quasi` in
 * its metadata (`FIELDS`), a group's fields taken together, each with its hierarchy from `HIERARCHIES`.
 */
export function dimensions(): readonly Dimension[] {
  if (cached !== undefined) return cached;
  const quasi = (Object.keys(FIELDS) as FieldPath[]).filter((p) => specOf(p).class === "quasi");
  const inGroup = (p: FieldPath): boolean => quasi.some((q) => p.startsWith(`${q}.`));
  cached = quasi.filter((p) => !inGroup(p)).map((p) => dimension(p as DimensionPath, quasi));
  return cached;
}

/** A cell as released: the value, `*`, or nothing. */
function releasedCell(cell: string): string | undefined {
  if (cell === SUPPRESSED) return SUPPRESSED;
  return isValue(cell) ? cell.slice(1) : undefined;
}

/**
 * What a label is released as. A pseudonymised field's value is its own here: the release puts its
 * pseudonym in its place.
 */
export function renderLabel(dim: Dimension, label: string): Fragment {
  if (label === SUPPRESSED) return { value: SUPPRESSED, declined: [] };
  if (label === ABSENT) return { declined: [] };
  if (label === DECLINED) return { declined: [dim.path] };
  return match(dim.shape)
    .with("leaf", () => {
      const value = releasedCell(label);
      return value === undefined ? { declined: [] } : { value, declined: [] };
    })
    .with("group", () => {
      const cells = unpackCells(label);
      const value: Record<string, string> = {};
      const declined: FieldPath[] = [];
      dim.parts.forEach((p, i) => {
        const cell = cells[i] as string;
        const released = releasedCell(cell);
        if (released !== undefined) value[p.key] = released;
        else if (cell === DECLINED) declined.push(p.path);
      });
      return { value, declined };
    })
    .with("list", () => ({ value: unpackCells(label).map((c) => releasedCell(c) ?? SUPPRESSED), declined: [] }))
    .exhaustive();
}
