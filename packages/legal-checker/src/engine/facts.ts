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

/** Whose fact it is: the record's, the charge's being judged, or the incident's being judged. */
export type Owner = "record" | "charge" | "incident";

/**
 * What was read of one record and of the charge and the incident being judged: `values[id]` holds
 * where `stamps[id]` is the stamp of its owner. A new record, charge or incident takes a new stamp
 * from one counter, so a stale value is never read.
 */
export interface ReadMemo {
  recordStamp: number;
  chargeStamp: number;
  incidentStamp: number;
  readonly stamps: number[];
  readonly values: unknown[];
}

/** The stamp of `owner` in a memo. */
export const stampOf = (memo: ReadMemo, owner: Owner): number =>
  owner === "record" ? memo.recordStamp : owner === "charge" ? memo.chargeStamp : memo.incidentStamp;

/** Where a fact is read from: the record, the charge and the incident being judged if any, and a memo of what was read. */
export interface FactSource {
  readonly record: { readonly declined?: readonly string[] | undefined } & object;
  readonly charge: object | undefined;
  readonly chargeIndex: number;
  readonly incident?: object | undefined;
  readonly incidentIndex?: number;
  /** Without one, every read walks the record. */
  readonly memo?: ReadMemo | undefined;
}

/**
 * The values of a list's field of which some elements say nothing (`complaints[].retaliation` with
 * one complaint silent on it): a test these values pass holds; one they fail is unknown.
 */
export class PartialList {
  constructor(
    readonly values: readonly unknown[],
    /** The first element silent on the field. */
    readonly firstMissing: number,
  ) {}
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
  readonly owner: Owner;
  /** The field of `FIELDS` it reads (`charges[].facts.knowingly` for `charge.facts.knowingly`). */
  readonly field: FieldPath;
  /** Its value, or `NONE`, `ABSENT` or `UNKNOWN` (a `PartialList` for a list's field); with `raw`, values meaning "unknown" are kept. */
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

/** Whose fact a fact path names. */
export const ownerOf = (path: string): Owner =>
  path.startsWith("charge.") ? "charge" : path.startsWith("incident.") ? "incident" : "record";

/** The field of `FIELDS` a fact path names: `charge.x` is `charges[].x`, `incident.x` is `incidents[].x`. */
export const fieldOf = (path: string): string => {
  const owner = ownerOf(path);
  return owner === "record" ? path : `${owner}s[].${path.slice(owner.length + 1)}`;
};

/** Whether `path` names a field of the record format (as a fact path). */
export function isFactPath(path: string): path is FactPath {
  return specOf(fieldOf(path)) !== undefined;
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
    return {
      recordStamp: 0,
      chargeStamp: 0,
      incidentStamp: 0,
      stamps: new Array<number>(this.#size).fill(0),
      values: new Array<unknown>(this.#size).fill(undefined),
    };
  }

  /** The reader of `keys` under the record (or the charge or the incident being judged). */
  read(owner: Owner, keys: readonly string[]): Read {
    const name = `${owner}.${keys.join(".")}`;
    let found = this.#reads.get(name);
    if (found !== undefined) return found;
    const key = keys[keys.length - 1] as string;
    const parent: Read =
      keys.length > 1
        ? this.read(owner, keys.slice(0, -1))
        : owner === "charge"
          ? (source) => source.charge
          : owner === "incident"
            ? (source) => source.incident
            : (source) => source.record;
    const id = this.slot();
    found = (source) => {
      const memo = source.memo;
      const stamp = memo === undefined ? -1 : stampOf(memo, owner);
      if (memo !== undefined && memo.stamps[id] === stamp) return memo.values[id];
      const holder = parent(source);
      const value = typeof holder === "object" && holder !== null ? (holder as Record<string, unknown>)[key] : undefined;
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
  const owner = ownerOf(path);
  const prefix = owner === "record" ? "" : `${owner}.`;
  const field = fieldOf(path) as FieldPath;
  const spec = specOf(field);
  if (spec === undefined) throw new Error(`${path} is not a field of the record format`);
  if (path.includes("[]")) return listFieldAccessor(path, owner, field, reading, readers);
  const keys = pathKeys(path.slice(prefix.length));
  if (keys.length > MISSING_KEYS - 2) throw new Error(`${path} is deeper than a fact can be`);
  const fieldAt = keys.map((_, i) => `${prefix}${keys.slice(0, i + 1).join(".")}`);
  const noneAt = fieldAt.map((p) => reading.noneWhenAbsent.has(p as FactPath));
  const declinableAt = fieldAt.map((p) => owner === "record" && (specOf(p) as { declinable?: boolean } | undefined)?.declinable === true);
  const gate = GATE_OF.get(field);
  // A gate is a field of the record, or of the same incident (a charge has no gates).
  const gateOwner: Owner = gate?.on.startsWith("incidents[].") === true ? "incident" : "record";
  const gateKeys = gate === undefined ? [] : pathKeys(gateOwner === "incident" ? gate.on.slice("incidents[].".length) : gate.on);
  const gateRead = gate === undefined ? undefined : readers.read(gateOwner, gateKeys);
  const readAt = keys.map((_, i) => readers.read(owner, keys.slice(0, i + 1)));
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
  // One string per charge (or incident) index, built once: paths are read for every finding.
  const byIndex: string[] = [];
  const concrete =
    owner === "charge"
      ? (source: FactSource) => (byIndex[source.chargeIndex] ??= `charges[${source.chargeIndex}].${tail}`)
      : owner === "incident"
        ? (source: FactSource) => (byIndex[source.incidentIndex ?? 0] ??= `incidents[${source.incidentIndex ?? 0}].${tail}`)
        : () => path;
  const gateByIndex: string[] = [];
  const gatePath = (source: FactSource): string =>
    gateOwner === "incident"
      ? (gateByIndex[source.incidentIndex ?? 0] ??= `incidents[${source.incidentIndex ?? 0}].${gateKeys.join(".")}`)
      : (gate?.on as string);
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
    return key === 0 ? concrete(source) : key === 1 ? gatePath(source) : (fieldAt[key - 2] as string);
  };
  return { id: readers.slot(), path, owner, field, read, concrete, missingPath, missingKey };
}

/**
 * The reader of a field of a list (`incident.complaints[].retaliation`): the list of its values,
 * a `PartialList` when some element is silent on it. An absent list the pack reads as none holds
 * nothing (`NONE`); else it is unknown.
 */
function listFieldAccessor(path: FactPath, owner: Owner, field: FieldPath, reading: FactReading, readers: FieldReaders): FactAccessor {
  const prefix = owner === "record" ? "" : `${owner}.`;
  const [listPart = "", elementPart = ""] = path.slice(prefix.length).split("[].");
  if (elementPart === "" || elementPart.includes("[]")) throw new Error(`${path}: a fact reads one list, one field deep`);
  const listRead = readers.read(owner, pathKeys(listPart));
  const elementKeys = pathKeys(elementPart);
  const noneWhenAbsent = reading.noneWhenAbsent.has(`${prefix}${listPart}` as FactPath);
  const at = (element: unknown): unknown => {
    let value = element;
    for (const key of elementKeys)
      value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return value;
  };
  const index = (source: FactSource): number => (owner === "charge" ? source.chargeIndex : (source.incidentIndex ?? 0));
  const base = (source: FactSource): string => (owner === "record" ? listPart : `${owner}s[${index(source)}].${listPart}`);
  const read = (source: FactSource): FactValue => {
    const list = listRead(source);
    if (!Array.isArray(list)) return list === undefined && noneWhenAbsent ? NONE : UNKNOWN;
    const values: unknown[] = [];
    let firstMissing = -1;
    for (let i = 0; i < list.length; i++) {
      const value = at(list[i]);
      if (value !== undefined) values.push(value);
      else if (firstMissing < 0) firstMissing = i;
    }
    return firstMissing < 0 ? values : new PartialList(values, firstMissing);
  };
  const concrete = (source: FactSource): string => base(source);
  // The element silent on the field, named while it fits in the keys of `MISSING_KEYS`; past it, the list.
  const missingKey = (source: FactSource): number => {
    const value = read(source);
    return value instanceof PartialList && value.firstMissing < MISSING_KEYS - 1 ? value.firstMissing + 1 : 0;
  };
  const missingPath = (source: FactSource): string => {
    const key = missingKey(source);
    return key === 0 ? base(source) : `${base(source)}[${key - 1}].${elementPart}`;
  };
  return { id: readers.slot(), path, owner, field, read, concrete, missingPath, missingKey };
}
