import { FIELDS, type FieldPath, type FieldSpec, GATES, type GateCondition } from "@redumbrella/questionnaire";
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

/** Where a fact is read from: the record, and the charge being judged if any. */
export interface FactSource {
  readonly record: { readonly declined?: readonly string[] | undefined } & object;
  readonly charge: object | undefined;
  readonly chargeIndex: number;
}

/** How the pack reads absent or special values (data of the pack, see `Pack`). */
export interface FactReading {
  readonly noneWhenAbsent: ReadonlySet<FactPath>;
  readonly unknownValues: ReadonlyMap<FactPath, ReadonlySet<Scalar>>;
}

/** A compiled reader of one fact. */
export interface FactAccessor {
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
}

function gateOpen(value: unknown, when: GateCondition): boolean {
  if ("equals" in when) return value === when.equals;
  if (!Array.isArray(value)) return false;
  return "includes" in when ? value.includes(when.includes) : value.length > 0;
}

const GATE_OF: ReadonlyMap<string, (typeof GATES)[number]> = new Map(GATES.map((g) => [g.field as string, g]));
const specOf = (field: string): FieldSpec | undefined => (FIELDS as Readonly<Record<string, FieldSpec>>)[field];

/** Whether `path` names a field of record v1 (as a fact path). */
export function isFactPath(path: string): path is FactPath {
  return specOf(path.startsWith("charge.") ? `charges[].${path.slice(7)}` : path) !== undefined;
}

const get = (root: unknown, keys: readonly string[]): unknown => {
  let value = root;
  for (const key of keys) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
};

type Node = Record<string, unknown> | undefined;
/** The value at `keys` of a record (whose values are objects or absent), unrolled for the usual depths. */
function walker(keys: readonly string[]): (root: unknown) => unknown {
  const [a = "", b = "", c = "", d = ""] = keys;
  if (keys.length === 1) return (root) => (root as Node)?.[a];
  if (keys.length === 2) return (root) => ((root as Node)?.[a] as Node)?.[b];
  if (keys.length === 3) return (root) => (((root as Node)?.[a] as Node)?.[b] as Node)?.[c];
  if (keys.length === 4) return (root) => ((((root as Node)?.[a] as Node)?.[b] as Node)?.[c] as Node)?.[d];
  return (root) => get(root, keys);
}

/**
 * Compiles the reader of a fact. Absence is read through the schema's metadata: a field whose gate
 * is closed does not apply (`NONE`); a `choices` list whose gate is open but which is absent holds
 * no choice (`NONE`, as the spec counts an empty list as none); a declined field is `UNKNOWN`.
 */
export function factAccessor(path: FactPath, reading: FactReading): FactAccessor {
  const onCharge = path.startsWith("charge.");
  const keys = (onCharge ? path.slice(7) : path).split(".");
  const field = (onCharge ? `charges[].${keys.join(".")}` : path) as FieldPath;
  const spec = specOf(field);
  if (spec === undefined) throw new Error(`${path} is not a field of record v1`);
  const fieldAt = keys.map((_, i) => (onCharge ? `charge.${keys.slice(0, i + 1).join(".")}` : keys.slice(0, i + 1).join(".")));
  const noneAt = fieldAt.map((p) => reading.noneWhenAbsent.has(p as FactPath));
  const declinableAt = fieldAt.map((p) => !onCharge && (specOf(p) as { declinable?: boolean } | undefined)?.declinable === true);
  const gate = GATE_OF.get(field);
  const gateKeys = gate?.on.split(".");
  const isList = spec.kind === "choices";
  const unknownValues = reading.unknownValues.get(path);
  const isArticle = path === "charge.article";

  // Why a fact has no value, read only when it has none (the slow path).
  const absence = (source: FactSource): FactValue => {
    let value: unknown = onCharge ? source.charge : source.record;
    for (let i = 0; i < keys.length; i++) {
      const next: unknown = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[keys[i] as string] : undefined;
      if (next === undefined) {
        if (declinableAt[i] === true && source.record.declined?.includes(fieldAt[i] as string) === true) return UNKNOWN;
        if (noneAt[i] === true) return NONE;
        if (i < keys.length - 1) return UNKNOWN;
        if (gate !== undefined && gateKeys !== undefined) {
          const on = get(source.record, gateKeys);
          if (on === undefined) return UNKNOWN;
          if (!gateOpen(on, gate.when)) return NONE;
          return isList ? NONE : ABSENT;
        }
        return ABSENT;
      }
      value = next;
    }
    return UNKNOWN;
  };
  const walk = walker(keys);
  const read = (source: FactSource, raw = false): FactValue => {
    const value = walk(onCharge ? source.charge : source.record);
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
  const missingPath = (source: FactSource): string => {
    const declined = source.record.declined;
    if (declinable && declined !== undefined) {
      for (let i = 0; i < fieldAt.length; i++) if (declinableAt[i] === true && declined.includes(fieldAt[i] as string)) return fieldAt[i] as string;
    }
    if (gate !== undefined && gateKeys !== undefined && get(source.record, gateKeys) === undefined) return gate.on;
    return concrete(source);
  };
  return { path, onCharge, field, read, concrete, missingPath };
}
