import { FIELDS, type FieldPath, type FieldSpec, GATES, gateOpen, pathKeys } from "@redumbrella/questionnaire";
import { normaliseArticle } from "../law/registry.js";
import type { FactPath, Scalar } from "./condition.js";

/** The fact does not apply: its gate is closed, or a group the pack reads as "none when absent" is absent. */
export const NONE: unique symbol = Symbol("none");
/** The fact's own question was not answered (its section was). */
export const ABSENT: unique symbol = Symbol("absent");
/** The fact cannot be known: declined, its section or gate unanswered, or a value meaning "unknown". */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** What reading a fact gives: its value, or one of the three kinds of "no value". */
export type FactValue = unknown;

/**
 * What was read of one record and of the charge being judged: `values[id]` holds where `stamps[id]`
 * is the stamp of the record (or of the charge, for what is read of a charge). A new record or
 * charge takes a new stamp from one counter, so a stale value is never read.
 */
export interface ReadMemo {
  recordStamp: number;
  chargeStamp: number;
  readonly stamps: number[];
  readonly values: unknown[];
}

/** Where a fact is read from: the record, the charge being judged if any, and a memo of what was read. */
export interface FactSource {
  readonly record: { readonly declined?: readonly string[] | undefined } & object;
  readonly charge: object | undefined;
  readonly chargeIndex: number;
  /** Without one, every read walks the record. */
  readonly memo?: ReadMemo | undefined;
}

/** How the pack reads absent or special values (data of the pack, see `Pack`). */
export interface FactReading {
  readonly noneWhenAbsent: ReadonlySet<FactPath>;
  readonly unknownValues: ReadonlyMap<FactPath, ReadonlySet<Scalar>>;
}

/** A compiled reader of one fact. */
export interface FactAccessor {
  /** Its slot in the memo of its `FieldReaders` (unique among their slots). */
  readonly id: number;
  readonly path: FactPath;
  readonly onCharge: boolean;
  /** The field of `FIELDS` it reads (`charges[].facts.knowingly` for `charge.facts.knowingly`). */
  readonly field: FieldPath;
  /** Its value, or `NONE`, `ABSENT` or `UNKNOWN`; with `raw`, values meaning "unknown" are kept. */
  read(source: FactSource, raw?: boolean): FactValue;
  /** The fact's concrete path in the record, as `formatPath` writes it: `charges[0].facts.knowingly`. */
  concrete(source: FactSource): string;
  /** For an `UNKNOWN` or `ABSENT` read, the question to answer: the declined one, the unanswered gate, or the fact. */
  missingPath(source: FactSource): string;
  /** Which question `missingPath` names, as a number below `MISSING_KEYS`: 0 the fact, 1 its gate, 2 + i its i-th group, declined. */
  missingKey(source: FactSource): number;
}

/** A bound on `missingKey`: facts are at most six fields deep. */
export const MISSING_KEYS = 8;

const GATE_OF: ReadonlyMap<string, (typeof GATES)[number]> = new Map(GATES.map((g) => [g.field as string, g]));
const specOf = (field: string): FieldSpec | undefined => (FIELDS as Readonly<Record<string, FieldSpec>>)[field];

/** Whether `path` names a field of record v1 (as a fact path). */
export function isFactPath(path: string): path is FactPath {
  return specOf(path.startsWith("charge.") ? `charges[].${path.slice(7)}` : path) !== undefined;
}

/** Reads the raw value at a path of the record (or of the charge), `undefined` when absent. */
type Read = (source: FactSource) => unknown;

/**
 * The raw readers of a pack's fields and of the groups they sit in, shared by its facts: with a
 * memo, each group is read once per record (or charge), so the facts of `police.detention` read
 * `police` and `police.detention` once between them. Records from JSON come in many shapes, and each
 * property read of such an object is costly.
 */
export class FieldReaders {
  readonly #reads = new Map<string, Read>();
  #size = 0;

  /** A new slot of the memo, for a value derived from what was read. */
  slot(): number {
    return this.#size++;
  }

  /** A memo with a slot for every reader and every derived value. */
  memo(): ReadMemo {
    return { recordStamp: 0, chargeStamp: 0, stamps: new Array<number>(this.#size).fill(0), values: new Array<unknown>(this.#size).fill(undefined) };
  }

  /** The reader of `keys` under the record (or the charge being judged). */
  read(onCharge: boolean, keys: readonly string[]): Read {
    const name = `${onCharge ? "charge" : "record"}.${keys.join(".")}`;
    let found = this.#reads.get(name);
    if (found !== undefined) return found;
    const key = keys[keys.length - 1] as string;
    const parent: Read = keys.length > 1 ? this.read(onCharge, keys.slice(0, -1)) : onCharge ? (source) => source.charge : (source) => source.record;
    const id = this.slot();
    found = (source) => {
      const memo = source.memo;
      const stamp = memo === undefined ? -1 : onCharge ? memo.chargeStamp : memo.recordStamp;
      if (memo !== undefined && memo.stamps[id] === stamp) return memo.values[id];
      const owner = parent(source);
      const value = typeof owner === "object" && owner !== null ? (owner as Record<string, unknown>)[key] : undefined;
      if (memo !== undefined) {
        memo.stamps[id] = stamp;
        memo.values[id] = value;
      }
      return value;
    };
    this.#reads.set(name, found);
    return found;
  }
}

/**
 * Compiles the reader of a fact. Absence is read through the schema's metadata: a field whose gate
 * is closed does not apply (`NONE`); a `choices` list whose gate is open but which is absent holds
 * no choice (`NONE`, as the spec counts an empty list as none); a declined field is `UNKNOWN`.
 */
export function factAccessor(path: FactPath, reading: FactReading, readers: FieldReaders = new FieldReaders()): FactAccessor {
  const onCharge = path.startsWith("charge.");
  const keys = pathKeys(onCharge ? path.slice(7) : path);
  if (keys.length > MISSING_KEYS - 2) throw new Error(`${path} is deeper than a fact can be`);
  const field = (onCharge ? `charges[].${keys.join(".")}` : path) as FieldPath;
  const spec = specOf(field);
  if (spec === undefined) throw new Error(`${path} is not a field of record v1`);
  const fieldAt = keys.map((_, i) => (onCharge ? `charge.${keys.slice(0, i + 1).join(".")}` : keys.slice(0, i + 1).join(".")));
  const noneAt = fieldAt.map((p) => reading.noneWhenAbsent.has(p as FactPath));
  const declinableAt = fieldAt.map((p) => !onCharge && (specOf(p) as { declinable?: boolean } | undefined)?.declinable === true);
  const gate = GATE_OF.get(field);
  // A gate is a field of the record (a charge has no gates).
  const gateRead = gate === undefined ? undefined : readers.read(false, pathKeys(gate.on));
  const readAt = keys.map((_, i) => readers.read(onCharge, keys.slice(0, i + 1)));
  const isList = spec.kind === "choices";
  const unknownValues = reading.unknownValues.get(path);
  const isArticle = path === "charge.article";

  // Why a fact has no value, read only when it has none (the slow path).
  const absence = (source: FactSource): FactValue => {
    for (let i = 0; i < keys.length; i++) {
      if ((readAt[i] as Read)(source) !== undefined) continue;
      if (declinableAt[i] === true && source.record.declined?.includes(fieldAt[i] as string) === true) return UNKNOWN;
      if (noneAt[i] === true) return NONE;
      if (i < keys.length - 1) return UNKNOWN;
      if (gate !== undefined && gateRead !== undefined) {
        const on = gateRead(source);
        if (on === undefined) return UNKNOWN;
        if (!gateOpen(on, gate.when)) return NONE;
        return isList ? NONE : ABSENT;
      }
      return ABSENT;
    }
    return UNKNOWN;
  };
  const walk = readAt[keys.length - 1] as Read;
  const read = (source: FactSource, raw = false): FactValue => {
    const value = walk(source);
    if (value === undefined) return absence(source);
    if (raw) return value;
    if (isArticle) return typeof value === "string" ? (normaliseArticle(value) ?? UNKNOWN) : UNKNOWN;
    if (unknownValues?.has(value as Scalar) === true) return UNKNOWN;
    return value;
  };

  const tail = keys.join(".");
  // One string per charge index, built once: paths are read for every finding.
  const byIndex: string[] = [];
  const concrete = onCharge ? (source: FactSource) => (byIndex[source.chargeIndex] ??= `charges[${source.chargeIndex}].${tail}`) : () => path;
  const declinable = declinableAt.some(Boolean);
  const missingKey = (source: FactSource): number => {
    const declined = source.record.declined;
    if (declinable && declined !== undefined) {
      for (let i = 0; i < fieldAt.length; i++) if (declinableAt[i] === true && declined.includes(fieldAt[i] as string)) return 2 + i;
    }
    return gateRead !== undefined && gateRead(source) === undefined ? 1 : 0;
  };
  const missingPath = (source: FactSource): string => {
    const key = missingKey(source);
    return key === 0 ? concrete(source) : key === 1 ? (gate?.on as string) : (fieldAt[key - 2] as string);
  };
  return { id: readers.slot(), path, onCharge, field, read, concrete, missingPath, missingKey };
}
