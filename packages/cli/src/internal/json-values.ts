/**
 * What `JSON.parse` accepts but a record must not hold: a key given twice in one object (the last
 * silently wins, so what a reader sees depends on the reader) and a number beyond ±1.8e308 (read as
 * infinity, written back as `null`). Checked in two steps, so valid input pays only a linear count.
 */
import type { Path } from "@redumbrella/questionnaire";
import type { JsonValueProblem } from "./json-syntax.js";

/** One such problem: the offset in the text, what it is, and the path of the key or number. */
export interface JsonValueIssue {
  readonly offset: number;
  readonly problem: JsonValueProblem;
  readonly path: Path;
}

/** The keys of every object in `value`, and whether a number in it is infinite: iterative, so depth cannot overflow. */
function walk(value: unknown): { readonly keys: number; readonly infinite: boolean } {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { keys, infinite: true };
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === "object" && v !== null) {
      for (const key in v) {
        keys++;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return { keys, infinite: false };
}

/** How many `"key":` a valid JSON text holds: the colons outside strings. Skips strings with `indexOf`, so a long string costs one scan. */
function countKeys(text: string): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) count++;
    else if (c === 0x22) {
      // To the closing quote: one not preceded by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end === -1) return count;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end;
    }
  }
  return count;
}

/** Whether `value`, parsed from the valid JSON `text`, may hide a duplicate key or an infinite number. Linear, no allocation but a stack. */
export function mayHideValueProblem(text: string, value: unknown): boolean {
  if (typeof value !== "object" || value === null) return typeof value === "number" && !Number.isFinite(value);
  const { keys, infinite } = walk(value);
  return infinite || keys !== countKeys(text);
}

const ARRAY = 0;
const OBJECT = 1;
type Frame = { kind: typeof ARRAY; index: number } | { kind: typeof OBJECT; keys: Set<string>; key: string | undefined };

/**
 * Every duplicate key and too-large number of the valid JSON `text`, in text order, at most `limit`
 * of them. Run only once `mayHideValueProblem` says so.
 */
export function findJsonValueProblems(text: string, limit = 100): JsonValueIssue[] {
  const issues: JsonValueIssue[] = [];
  const stack: Frame[] = [];
  const path = (): (string | number)[] => {
    const keys: (string | number)[] = [];
    for (const frame of stack) {
      if (frame.kind === ARRAY) keys.push(frame.index);
      else if (frame.key !== undefined) keys.push(frame.key);
    }
    return keys;
  };
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n && issues.length < limit; i++) {
    const c = text[i];
    if (c === "{") {
      stack.push({ kind: OBJECT, keys: new Set(), key: undefined });
      expectKey = true;
    } else if (c === "[") {
      stack.push({ kind: ARRAY, index: 0 });
      expectKey = false;
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === ARRAY) top.index++;
      expectKey = top?.kind === OBJECT;
    } else if (c === '"') {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      const top = stack.at(-1);
      if (expectKey && top?.kind === OBJECT) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.key = key;
        if (top.keys.has(key)) issues.push({ offset: i, problem: "duplicateKey", path: path() });
        top.keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      let end = i + 1;
      while (end < n && /[0-9eE.+-]/u.test(text[end] as string)) end++;
      if (!Number.isFinite(Number(text.slice(i, end)))) issues.push({ offset: i, problem: "numberTooLarge", path: path() });
      i = end - 1;
    }
  }
  return issues;
}
