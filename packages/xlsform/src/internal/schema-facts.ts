import { toJSONSchema } from "@redumbrella/questionnaire";

/** What the record's JSON Schema says of one field that an XPath constraint can say too. */
export interface SchemaFacts {
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly integer?: boolean;
  /** The schema requires the field in its object (not only the rules, as for the starred questions). */
  readonly requiredHere?: boolean;
}

type Json = { readonly [key: string]: unknown };
const isJson = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

let root: Json | undefined;

/** Follows `$ref`s into `$defs` (the schema's only references). */
function deref(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const name = ref.replace("#/$defs/", "");
  const defs = (root as Json).$defs;
  const target = isJson(defs) ? defs[name] : undefined;
  return isJson(target) ? deref(target) : node;
}

/** The facts of the field at a `FIELDS` path (`incidents[].perpetrators[].count`), read from `toJSONSchema()`. */
export function schemaFacts(path: string): SchemaFacts {
  root ??= toJSONSchema() as Json;
  let node: Json | undefined = root;
  let requiredHere = false;
  for (const key of path.split(".")) {
    if (node === undefined) break;
    const required: unknown = deref(node).required;
    requiredHere = Array.isArray(required) && required.includes(key.replace("[]", ""));
    const list = key.endsWith("[]");
    const properties: unknown = deref(node).properties;
    let next: unknown = isJson(properties) ? properties[list ? key.slice(0, -2) : key] : undefined;
    if (list && isJson(next)) next = deref(next).items;
    node = isJson(next) ? deref(next) : undefined;
  }
  if (node === undefined) return {};
  const facts: { -readonly [K in keyof SchemaFacts]: SchemaFacts[K] } = {};
  if (typeof node.maxLength === "number") facts.maxLength = node.maxLength;
  if (typeof node.minimum === "number") facts.minimum = node.minimum;
  if (typeof node.maximum === "number" && node.maximum < Number.MAX_SAFE_INTEGER) facts.maximum = node.maximum;
  if (typeof node.pattern === "string") facts.pattern = node.pattern;
  if (node.type === "integer") facts.integer = true;
  if (requiredHere) facts.requiredHere = true;
  return facts;
}
