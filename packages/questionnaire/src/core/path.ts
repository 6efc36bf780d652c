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
