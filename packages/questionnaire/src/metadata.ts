import * as z from "zod";
import { FIELD_LABELS, type Label } from "./form/labels.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./schema/fields.js";
import { type Gate, GATES } from "./schema/gates.js";
import { schemaAt } from "./schema/walk.js";

/** Everything the toolkit knows of one field: its place on the form, its labels, its identifiability, its gate. */
export interface FieldMeta extends FieldSpec {
  /** The field's path as `FIELDS` names it (`charges[].date`). */
  readonly path: FieldPath;
  /** The question's text in en, ru and kk. */
  readonly label: Label;
  /** The gate that must be open for the field to be asked, if any. */
  readonly gate?: Gate;
}

/**
 * The zod metadata registry of record v1: each field's schema in `RecordShapeSchema` maps to its
 * `FieldMeta`. Read it by path with `fieldMeta`, or by schema with `fieldRegistry.get(schema)`.
 */
export const fieldRegistry: z.core.$ZodRegistry<FieldMeta> = z.registry<FieldMeta>();

const gateOf = new Map(GATES.map((g) => [g.field as string, g]));
for (const path of Object.keys(FIELDS) as FieldPath[]) {
  const schema = schemaAt(path);
  if (schema === undefined) throw new Error(`FIELDS names ${path}, which the schema lacks`);
  const gate = gateOf.get(path);
  const meta = { ...FIELDS[path], path, label: FIELD_LABELS[path] };
  fieldRegistry.add(schema, gate === undefined ? meta : { ...meta, gate });
}

/**
 * The metadata of the field at `path` — `"respondent.age"`, `"police.violations"`,
 * `"charges[2].date"` or `"charges[].date"` — read from `fieldRegistry`; `undefined` if no such field.
 *
 * @example
 * fieldMeta("respondent.livingWithHiv")?.class; // "sensitive"
 */
export function fieldMeta(path: string): FieldMeta | undefined {
  const schema = schemaAt(path.replace(/\[\d+\]/g, "[]"));
  return schema === undefined ? undefined : fieldRegistry.get(schema);
}

/** The paths of every field of an identifiability class, in the form's order. */
export function fieldsOfClass(cls: FieldSpec["class"]): FieldPath[] {
  return (Object.keys(FIELDS) as FieldPath[]).filter((p) => fieldMeta(p)?.class === cls);
}
