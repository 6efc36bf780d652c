import type { FIELDS, FieldPath, InterviewRecord } from "@redumbrella/questionnaire";
import { normaliseText, RecordShapeSchema } from "@redumbrella/questionnaire";
import * as z from "zod/mini";
import { dimensions, type Fragment, passesTextCheck, type ReleasedTree } from "./dimensions.js";
import { type DimensionPath, type IdentifyingPath, SUPPRESSED, TEXT_CHECKS, type TextCheck } from "./hierarchies.js";
import { isDimensionField, recordShape, type ShapeNode } from "./shape.js";

type Fields = typeof FIELDS;
type ClassOf<TPath extends string> = TPath extends keyof Fields ? Fields[TPath]["class"] : "none";
type KindOf<TPath extends string> = TPath extends keyof Fields ? Fields[TPath]["kind"] : "group";
type Join<TPrefix extends string, TKey extends string> = TPrefix extends "" ? TKey : `${TPrefix}.${TKey}`;
type HoldsIdentifying<TPath extends string> = [Extract<IdentifyingPath, `${TPath}.${string}`>] extends [never] ? false : true;

/** Whether a field is left out of a release: a direct identifier, free text the police hold, or a group of nothing but them. */
type Dropped<TValue, TPath extends string> =
  ClassOf<TPath> extends "direct"
    ? true
    : TPath extends IdentifyingPath
      ? KindOf<TPath> extends "freeText"
        ? true
        : false
      : NonNullable<TValue> extends readonly unknown[]
        ? false
        : NonNullable<TValue> extends object
          ? [keyof ReleasedObject<NonNullable<TValue>, TPath>] extends [never]
            ? true
            : false
          : false;

/**
 * A value as released: a field of a dimension as a string (`*` when suppressed), a group
 * dimension also `*`, a list holding identifying fields also `*`, the rest as recorded.
 */
type ReleasedValue<TValue, TPath extends string> = TPath extends DimensionPath & keyof Fields
  ? KindOf<TPath> extends "group"
    ? typeof SUPPRESSED | ReleasedObject<TValue, TPath>
    : string
  : TPath extends IdentifyingPath
    ? KindOf<TPath> extends "group"
      ? ReleasedObject<TValue, TPath>
      : string
    : TValue extends readonly (infer TItem)[]
      ? [TItem] extends [object]
        ? HoldsIdentifying<`${TPath}[]`> extends true
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
 * code, consent block) and without the free text the police hold, `id` replaced by the pseudonym
 * `pid`, each quasi-identifier and each police-held fact as a string of its generalisation
 * (`"25-34"`, `"2015-03"`, `"2-3"`, `"*"`), and other free text only when kept (scrubbed). A field
 * that was not answered, or was generalised away, is absent.
 */
export type ReleasedRecord = ReleasedObject<InterviewRecord, "">;

/** A pseudonym: 128 bits of HMAC-SHA256 as 32 lowercase hex digits. */
export const PSEUDONYM_PATTERN: RegExp = /^[0-9a-f]{32}$/;

/** The path of the record's identifier, released as its pseudonym `pid`. */
const RECORD_ID: FieldPath = "id";

type AnySchema = z.core.$ZodType;
const isOptional = (s: AnySchema): boolean => s._zod.def.type === "optional";
const unwrap = (s: AnySchema): AnySchema => (isOptional(s) ? unwrap((s._zod.def as z.core.$ZodOptionalDef).innerType) : s);
const shapeOf = (s: AnySchema): Readonly<Record<string, AnySchema>> => (unwrap(s) as z.core.$ZodObject)._zod.def.shape;
const itemOf = (s: AnySchema): AnySchema => (unwrap(s)._zod.def as z.core.$ZodArrayDef).element;

const generalised = (): AnySchema => z.string().check(z.minLength(1));

/** The schema of what a group or list item of a dimension holds: its fields as strings, nested as in the record. */
function treeSchema(nodes: readonly ShapeNode[], original: AnySchema): z.ZodMiniObject {
  const shape = shapeOf(original);
  const fields: Record<string, AnySchema> = {};
  for (const node of nodes) {
    if (!node.released) continue;
    const inner = shape[node.key] as AnySchema;
    if (node.part !== undefined) fields[node.key] = z.optional(generalised());
    else if (node.spec?.kind === "group" && node.children.some((c) => c.part !== undefined))
      fields[node.key] = z.optional(treeSchema(node.children, inner));
    else fields[node.key] = nodeSchema(node, inner);
  }
  return z.strictObject(fields);
}

/** The released schema of one field or group, from its schema in `RecordShapeSchema`. */
function nodeSchema(node: ShapeNode, original: AnySchema): AnySchema {
  const wrap = (s: AnySchema): AnySchema => (isOptional(original) ? z.optional(s) : s);
  const dim = node.dimension === undefined ? undefined : dimensions()[node.dimension];
  if (dim?.shape === "leaf") return wrap(generalised());
  // Written `*` in every record once suppressed, also where the record has none.
  if (dim?.shape === "group") return z.optional(z.union([z.literal(SUPPRESSED), treeSchema(node.children, original)]));
  if (dim?.shape === "list") return z.optional(z.union([z.literal(SUPPRESSED), z.array(treeSchema(node.children, itemOf(original)))]));
  if (node.part !== undefined) return z.optional(generalised());
  if (node.children.length === 0) {
    // Scrubbed text may outgrow the form's limit (`[NAME]` is longer than `Ли`).
    if (node.spec?.class === "freeText") return z.optional(z.string());
    return original;
  }
  // An object holding a dimension may be written just for its `*`.
  const holds = node.within.length > 0;
  if (!node.list) return holds ? z.optional(objectSchema(node.children, original)) : wrap(objectSchema(node.children, original));
  return wrap(z.array(objectSchema(node.children, itemOf(original))));
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
 * identifiability classes and `policeKnown` marks: a record that parses has no direct identifier,
 * no police-held free text and no field the release does not write.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { anonymise, ReleasedRecordSchema } from "@redumbrella/anonymiser";
 *
 * const input: unknown[] = JSON.parse(readFileSync("records.json", "utf8"));
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { records } = await anonymise(input, { asOf: "2026-11-28", key });
 * for (const r of records) ReleasedRecordSchema.parse(r); // never throws
 */
export const ReleasedRecordSchema: z.ZodMiniType<ReleasedRecord> = /* @__PURE__ */ (() =>
  objectSchema(recordShape(), RecordShapeSchema) as unknown as z.ZodMiniType<ReleasedRecord>)();

/** What one record's release needs besides the record: its pseudonym, its generalised dimensions, its text. */
export interface RecordRelease {
  readonly pid: string;
  /** Per dimension (in `dimensions()` order), the record's dimension as released. */
  readonly fragments: readonly Fragment[];
  /** A free-text answer as released (scrubbed), or `undefined` to leave it out. */
  readonly text: (value: string) => string | undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const copyTree = (tree: ReleasedTree): Record<string, Json> =>
  Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === "string" ? v : copyTree(v)]));

/** Writes a dimension's tree over what the walk released of the same object (fields outside any dimension). */
function overlay(base: Record<string, Json>, tree: ReleasedTree): Record<string, Json> {
  for (const [key, value] of Object.entries(tree)) {
    const below = base[key];
    base[key] =
      typeof value === "string"
        ? value
        : typeof below === "object" && below !== null && !Array.isArray(below)
          ? overlay(below, value)
          : copyTree(value);
  }
  return base;
}

/** The fields of a dimension's group or list item that the dimension does not read (none in record v1). */
const outside = (node: ShapeNode): readonly ShapeNode[] =>
  node.children.filter((c) => c.part === undefined && !(node.dimension !== undefined && c.within.includes(node.dimension)));

const isSuppressed = (fragment: Fragment | undefined): boolean => fragment?.value === SUPPRESSED;

/** Releases the fields `nodes` describe of one object of the record. */
function releaseObject(
  value: Readonly<Record<string, unknown>>,
  nodes: readonly ShapeNode[],
  release: RecordRelease,
  shownDeclined: ReadonlySet<string>,
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const node of nodes) {
    if (node.path === RECORD_ID) {
      out.pid = release.pid;
      continue;
    }
    if (!node.released) continue;
    const own = value[node.key];
    if (node.dimension !== undefined) {
      const fragment = release.fragments[node.dimension] as Fragment;
      const rest = outside(node);
      if (fragment.value === undefined) continue;
      if (typeof fragment.value === "string") out[node.key] = fragment.value;
      else if (Array.isArray(fragment.value)) {
        // One released item per item of the list, in its order.
        const items = fragment.value as readonly ReleasedTree[];
        const list = Array.isArray(own) ? (own as readonly Record<string, unknown>[]) : [];
        out[node.key] = items.map((tree, i) => overlay(releaseObject(list[i] ?? {}, rest, release, shownDeclined), tree));
      } else {
        out[node.key] = overlay(
          releaseObject((own ?? {}) as Record<string, unknown>, rest, release, shownDeclined),
          fragment.value as ReleasedTree,
        );
      }
      continue;
    }
    if (node.part !== undefined) {
      // A field of a section's facts (`police.complained`): its own cell of the dimension.
      const fragment = release.fragments[node.part.dimension] as Fragment;
      if (node.part.dropped) continue;
      if (isSuppressed(fragment)) out[node.key] = SUPPRESSED;
      else {
        const cell = (fragment.value as ReleasedTree | undefined)?.[node.key];
        if (typeof cell === "string") out[node.key] = cell;
      }
      continue;
    }
    if (node.children.length > 0) {
      // An object the record lacks is still written when a dimension inside it is `*` for every record.
      const holder = own ?? (node.within.some((d) => isSuppressed(release.fragments[d])) ? {} : undefined);
      if (holder === undefined) continue;
      if (node.list) {
        out[node.key] = (holder as readonly Record<string, unknown>[]).map((entry) =>
          releaseObject(entry, node.children, release, shownDeclined),
        );
      } else out[node.key] = releaseObject(holder as Record<string, unknown>, node.children, release, shownDeclined);
      continue;
    }
    if (own === undefined) continue;
    const cls = node.spec?.class;
    if (cls === "freeText") {
      const text = release.text(normaliseText(own as string));
      if (text !== undefined) out[node.key] = text;
    } else if (node.spec?.kind === "paths") {
      // Declined quasi-identifiers and police-held facts are shown only where their level shows that they were declined.
      const kept = (own as readonly string[]).filter((p) => !isDimensionField(p) || shownDeclined.has(p));
      if (kept.length > 0) out[node.key] = kept;
    } else if (node.spec?.kind === "text" && typeof own === "string") {
      // Text outside a dimension: as the parser writes it (trimmed, NFC), and only if it passes its check.
      const text = normaliseText(own);
      const check = (TEXT_CHECKS as Readonly<Record<string, TextCheck>>)[node.path] ?? "articleNumber";
      // A code outside a dimension is a link inside the record (a charge's incident, an incident's id):
      // released only as a short local reference (`i1`), never as whatever else was typed there.
      const passes = check === "pseudonym" ? LOCAL_REFERENCE.test(text) : passesTextCheck(check, text);
      out[node.key] = passes ? text : SUPPRESSED;
    } else {
      out[node.key] = Array.isArray(own) ? [...(own as Json[])] : (own as Json);
    }
  }
  return out;
}

const NONE_SHOWN: ReadonlySet<string> = new Set();

/** A link between parts of one record, as documentators number them: a few letters and a number (`i1`, `inc-12`). */
const LOCAL_REFERENCE = /^\p{L}{0,4}[-_]?\d{1,4}$/u;

/** Writes one consented, unsuppressed record (valid, as given) as released. */
export function releaseRecord(record: InterviewRecord, release: RecordRelease): ReleasedRecord {
  // Only a record that declined something can show that it did.
  const shownDeclined =
    record.declined === undefined || record.declined.length === 0 ? NONE_SHOWN : new Set(release.fragments.flatMap((f) => f.declined));
  return releaseObject(record as unknown as Record<string, unknown>, recordShape(), release, shownDeclined) as unknown as ReleasedRecord;
}
