import type { Path } from "./issue.js";

const splitCache = new Map<string, readonly string[]>();

/** The keys of a dotted field path, `"police.detention.fine"` → `["police", "detention", "fine"]` (cached). */
export function pathKeys(path: string): readonly string[] {
  let keys = splitCache.get(path);
  if (keys === undefined) {
    keys = Object.freeze(path.split("."));
    splitCache.set(path, keys);
  }
  return keys;
}

/**
 * The value at a path of a record — a dotted field path (`"police.detention.fine.amount"`) or a list of
 * keys and indices — or `undefined` where any step is missing or not an object. Never throws on a
 * value of the wrong shape, so it reads unvalidated input too.
 */
export function valueAt(value: unknown, path: string | Path): unknown {
  const keys = typeof path === "string" ? pathKeys(path) : path;
  let at = value;
  for (const key of keys) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

type Reader = (value: unknown) => unknown;
const readers = new Map<string, Reader>();
const at = (v: unknown, key: string): unknown => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined);

/**
 * A function that reads the value at a dotted field path — `valueAt(value, path)`, compiled once per
 * path (cached), so a loop over many records reads each field through its own property lookups.
 */
export function readerOf(path: string): Reader {
  let reader = readers.get(path);
  if (reader !== undefined) return reader;
  const [a, b, c, d, ...more] = pathKeys(path) as [string, string?, string?, string?, ...string[]];
  if (b === undefined) reader = (v) => at(v, a);
  else if (c === undefined) reader = (v) => at(at(v, a), b);
  else if (d === undefined) reader = (v) => at(at(at(v, a), b), c);
  else if (more.length === 0) reader = (v) => at(at(at(at(v, a), b), c), d);
  else reader = (v) => valueAt(v, path);
  readers.set(path, reader);
  return reader;
}
