import type { FieldPath, FIELDS, InterviewRecord } from "@redumbrella/questionnaire";
import { normaliseText, RecordShapeSchema } from "@redumbrella/questionnaire";
import * as z from "zod/mini";
import { dimensions, type Fragment } from "./dimensions.js";
import { SUPPRESSED, type DimensionPath, type QuasiPath } from "./hierarchies.js";
import { isQuasiPath, recordShape, type ShapeNode } from "./shape.js";

type Fields = typeof FIELDS;
type ClassOf<TPath extends string> = TPath extends keyof Fields ? Fields[TPath]["class"] : "none";
type Join<TPrefix extends string, TKey extends string> = TPrefix extends "" ? TKey : `${TPrefix}.${TKey}`;
type HoldsQuasi<TPath extends string> = [Extract<QuasiPath, `${TPath}.${string}`>] extends [never] ? false : true;

/** Whether a field is left out of a release: a direct identifier, or a group of nothing but them. */
type Dropped<TValue, TPath extends string> = ClassOf<TPath> extends "direct"
  ? true
  : NonNullable<TValue> extends readonly unknown[]
    ? false
    : NonNullable<TValue> extends object
      ? [keyof ReleasedObject<NonNullable<TValue>, TPath>] extends [never]
        ? true
        : false
      : false;

/** A value as released: a quasi-identifier as a string (`*` when suppressed), the rest as recorded. */
type ReleasedValue<TValue, TPath extends string> = TPath extends DimensionPath
  ? Fields[TPath]["kind"] extends "group"
    ? typeof SUPPRESSED | { [K in keyof TValue]?: string | undefined }
    : string
  : ClassOf<TPath> extends "quasi"
    ? string
    : TValue extends readonly (infer TItem)[]
      ? TItem extends object
        ? HoldsQuasi<`${TPath}[]`> extends true
          ? typeof SUPPRESSED | ReleasedObject<TItem, `${TPath}[]`>[]
          : ReleasedObject<TItem, `${TPath}[]`>[]
        : TValue
      : TValue extends object
        ? ReleasedObject<TValue, TPath>
        : TValue;

/** An object of the record as released: direct identifiers gone, `id` replaced by `pid`. */
type ReleasedObject<T, TPath extends string> = {
  [K in keyof T as K extends string
    ? Join<TPath, K> extends "id"
      ? "pid"
      : Dropped<T[K], Join<TPath, K>> extends true
        ? never
        : K
    : never]: K extends string
    ? Join<TPath, K> extends "id"
      ? string
      : ReleasedValue<NonNullable<T[K]>, Join<TPath, K>> | (undefined extends T[K] ? undefined : never)
    : never;
};

/**
 * A record as `anonymise` releases it: the shape of record v1 without its direct identifiers (name,
 * code, consent block), `id` replaced by the pseudonym `pid`, each quasi-identifier as a string of
 * its generalisation (`"25-34"`, `"2015-03"`, `"2015-Q1"`, `"*"`), and free text only when kept
 * (scrubbed). A field that was not answered, or was dropped, is absent.
 */
export type ReleasedRecord = ReleasedObject<InterviewRecord, "">;

/** A pseudonym: 128 bits of HMAC-SHA256 as 32 lowercase hex digits. */
export const PSEUDONYM_PATTERN: RegExp = /^[0-9a-f]{32}$/;

/** The path of the record's identifier, released as its pseudonym `pid`. */
const RECORD_ID: FieldPath = "id";

type AnySchema = z.core.$ZodType;
const isOptional = (s: AnySchema): boolean => s._zod.def.type === "optional";
const unwrap = (s: AnySchema): AnySchema =>
  isOptional(s) ? unwrap((s._zod.def as z.core.$ZodOptionalDef).innerType) : s;
const shapeOf = (s: AnySchema): Readonly<Record<string, AnySchema>> => (unwrap(s) as z.core.$ZodObject)._zod.def.shape;

const generalised = (): AnySchema => z.string().check(z.minLength(1));

/** The released schema of one field or group, from its schema in `RecordShapeSchema`. */
function nodeSchema(node: ShapeNode, original: AnySchema): AnySchema {
  const wrap = (s: AnySchema): AnySchema => (isOptional(original) ? z.optional(s) : s);
  const dim = node.dimension === undefined ? undefined : dimensions()[node.dimension];
  if (dim?.shape === "leaf") return wrap(generalised());
  if (dim?.shape === "group") {
    const fields = Object.fromEntries(node.children.map((c) => [c.key, z.optional(generalised())]));
    return wrap(z.union([z.literal(SUPPRESSED), z.strictObject(fields)]));
  }
  if (node.children.length === 0) {
    if (node.spec?.class === "quasi") return wrap(generalised());
    // Scrubbed text may outgrow the form's limit (`[NAME]` is longer than `Ли`).
    if (node.spec?.class === "freeText") return z.optional(z.string());
    return original;
  }
  if (!node.list) return wrap(objectSchema(node.children, original));
  const items = z.array(objectSchema(node.children, (unwrap(original)._zod.def as z.core.$ZodArrayDef).element));
  return wrap(dim?.shape === "list" ? z.union([z.literal(SUPPRESSED), items]) : items);
}

function objectSchema(nodes: readonly ShapeNode[], original: AnySchema): z.ZodMiniObject {
  const shape = shapeOf(original);
  const fields: Record<string, AnySchema> = {};
  for (const node of nodes) {
    if (node.path === RECORD_ID) fields.pid = z.string().check(z.regex(PSEUDONYM_PATTERN));
    else if (node.released) fields[node.key] = nodeSchema(node, shape[node.key] as AnySchema);
  }
  return z.strictObject(fields);
}

/**
 * The zod (mini) schema of a released record, derived from `RecordShapeSchema` and the fields'
 * identifiability classes: a record that parses has no direct identifier and no field the release
 * does not write.
 *
 * @example
 * const { records } = await anonymise(input, { asOf: "2026-11-28", key });
 * for (const r of records) ReleasedRecordSchema.parse(r); // never throws
 */
export const ReleasedRecordSchema: z.ZodMiniType<ReleasedRecord> = /* @__PURE__ */ (() =>
  objectSchema(recordShape(), RecordShapeSchema) as unknown as z.ZodMiniType<ReleasedRecord>)();

/** What one record's release needs besides the record: its pseudonym, its generalised quasi-identifiers, its text. */
export interface RecordRelease {
  readonly pid: string;
  /** Per dimension (in `dimensions()` order), the record's quasi-identifier as released. */
  readonly fragments: readonly Fragment[];
  /** A free-text answer as released (scrubbed), or `undefined` to leave it out. */
  readonly text: (value: string) => string | undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const copyValue = (value: Fragment["value"]): Json =>
  Array.isArray(value) ? [...value] : typeof value === "object" ? { ...(value as Record<string, string>) } : (value as string);

/** Releases the fields `nodes` describe of one object of the record (`item` is the index in a released list). */
function releaseObject(
  value: Readonly<Record<string, unknown>>,
  nodes: readonly ShapeNode[],
  release: RecordRelease,
  shownDeclined: ReadonlySet<string>,
  item?: { readonly values: readonly string[]; readonly index: number },
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const node of nodes) {
    if (node.path === RECORD_ID) {
      out.pid = release.pid;
      continue;
    }
    if (!node.released) continue;
    const own = value[node.key];
    const fragment = node.dimension === undefined ? undefined : release.fragments[node.dimension];
    if (fragment !== undefined && !node.list) {
      if (fragment.value !== undefined) out[node.key] = copyValue(fragment.value);
      continue;
    }
    // A suppressed list is `*` in every record, with or without the list: its absence would single a record out.
    if (node.list && fragment?.value === SUPPRESSED) {
      out[node.key] = SUPPRESSED;
      continue;
    }
    if (own === undefined) continue;
    if (node.list) {
      const values = Array.isArray(fragment?.value) ? (fragment.value as readonly string[]) : undefined;
      out[node.key] = (own as readonly Record<string, unknown>[]).map((entry, index) =>
        releaseObject(entry, node.children, release, shownDeclined, values === undefined ? undefined : { values, index }),
      );
      continue;
    }
    if (node.children.length > 0) {
      out[node.key] = releaseObject(own as Record<string, unknown>, node.children, release, shownDeclined);
      continue;
    }
    const cls = node.spec?.class;
    if (cls === "quasi") {
      // Only a quasi field of a list's items gets here: its value is the list dimension's.
      out[node.key] = item?.values[item.index] ?? SUPPRESSED;
    } else if (cls === "freeText") {
      const text = release.text(normaliseText(own as string));
      if (text !== undefined) out[node.key] = text;
    } else if (node.spec?.kind === "paths") {
      // Declined quasi-identifiers are shown only where their level shows that they were declined.
      const kept = (own as readonly string[]).filter((p) => !isQuasiPath(p) || shownDeclined.has(p));
      if (kept.length > 0) out[node.key] = kept;
    } else if (node.spec?.kind === "text" && typeof own === "string") {
      // As the parser writes text (trimmed, NFC): the records are read as given.
      out[node.key] = normaliseText(own);
    } else {
      out[node.key] = Array.isArray(own) ? [...(own as Json[])] : (own as Json);
    }
  }
  return out;
}

const NONE_SHOWN: ReadonlySet<string> = new Set();

/** Writes one consented, unsuppressed record (valid, as given) as released. */
export function releaseRecord(record: InterviewRecord, release: RecordRelease): ReleasedRecord {
  // Only a record that declined something can show that it did.
  const shownDeclined = record.declined === undefined || record.declined.length === 0 ? NONE_SHOWN : new Set(release.fragments.flatMap((f) => f.declined));
  return releaseObject(record as unknown as Record<string, unknown>, recordShape(), release, shownDeclined) as unknown as ReleasedRecord;
}
