import type * as z from "zod/mini";
import { RecordShapeSchema } from "./record.js";

const unwrap = (s: z.core.$ZodType): z.core.$ZodType =>
  s._zod.def.type === "optional" ? unwrap((s._zod.def as z.core.$ZodOptionalDef).innerType) : s;

/** Steps from a schema to the schema of `key` inside it; `name[]` steps into the items of list `name`. */
function child(schema: z.core.$ZodType, key: string): z.core.$ZodType | undefined {
  const s = unwrap(schema);
  if (s._zod.def.type !== "object") return undefined;
  const shape = (s as z.core.$ZodObject)._zod.def.shape;
  if (!key.endsWith("[]")) return Object.hasOwn(shape, key) ? shape[key] : undefined;
  const list = shape[key.slice(0, -2)];
  return list === undefined ? undefined : (unwrap(list)._zod.def as z.core.$ZodArrayDef).element;
}

/** The schema in `RecordShapeSchema` at a `FIELDS`-style path (`charges[].date`), as declared (optional wrapper kept). */
export function schemaAt(path: string): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = RecordShapeSchema;
  for (const key of path === "" ? [] : path.split(".")) s = s === undefined ? undefined : child(s, key);
  return s;
}

/** The object schema at a path, without its optional wrapper. */
export function objectAt(path: string): z.core.$ZodType | undefined {
  const s = schemaAt(path);
  return s === undefined ? undefined : unwrap(s);
}
