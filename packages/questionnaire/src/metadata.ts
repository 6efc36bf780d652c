import * as z from "zod/mini";
import { FIELD_LABELS, type Label } from "./form/labels.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./schema/fields.js";
import { GATES, type Gate } from "./schema/gates.js";
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

let registry: z.core.$ZodRegistry<FieldMeta> | undefined;

/**
 * The zod metadata registry of record v1: each field's schema in `RecordShapeSchema` maps to its
 * `FieldMeta`. Filled on first use (so an app that only validates does not carry the labels).
 *
 * @example
 * import { fieldRegistry, RespondentSchema } from "@redumbrella/questionnaire";
 *
 * fieldRegistry().get(RespondentSchema.shape.livingWithHiv)?.class; // "sensitive"
 */
export function fieldRegistry(): z.core.$ZodRegistry<FieldMeta> {
  if (registry !== undefined) return registry;
  registry = z.registry<FieldMeta>();
  const gateOf = new Map(GATES.map((g) => [g.field as string, g]));
  for (const path of Object.keys(FIELDS) as FieldPath[]) {
    const schema = schemaAt(path);
    if (schema === undefined) throw new Error(`FIELDS names ${path}, which the schema lacks`);
    const gate = gateOf.get(path);
    const meta = { ...FIELDS[path], path, label: FIELD_LABELS[path] };
    registry.add(schema, gate === undefined ? meta : { ...meta, gate });
  }
  return registry;
}

/**
 * The metadata of the field at `path` — `"respondent.age"`, `"police.violations"`,
 * `"charges[2].date"` or `"charges[].date"` — read from `fieldRegistry`; `undefined` if no such field.
 *
 * @example
 * import { fieldMeta } from "@redumbrella/questionnaire";
 *
 * fieldMeta("respondent.livingWithHiv")?.class; // "sensitive"
 */
export function fieldMeta(path: string): FieldMeta | undefined {
  const schema = schemaAt(path.replace(/\[\d+\]/g, "[]"));
  return schema === undefined ? undefined : fieldRegistry().get(schema);
}

/** The paths of every field of an identifiability class, in the form's order. */
export function fieldsOfClass(cls: FieldSpec["class"]): FieldPath[] {
  return (Object.keys(FIELDS) as FieldPath[]).filter((p) => fieldMeta(p)?.class === cls);
}

/**
 * The paths of every field the police hold in their own records (`policeKnown`), in the form's
 * order: detention facts, charges, payments to officers, complaints to the police or prosecutor.
 */
export function policeKnownFields(): FieldPath[] {
  return (Object.keys(FIELDS) as FieldPath[]).filter((p) => fieldMeta(p)?.policeKnown === true);
}
