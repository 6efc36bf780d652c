/**
 * What the CLI may echo of its input: file names and option values with their control characters
 * escaped, and paths into a record whose keys are the format's own names — any other key is named
 * by its position, since a key typed by mistake can hold a name.
 */

import type { Locale } from "@redumbrella/questionnaire";
import { FIELDS, formatPath, type Path, RECORD_MESSAGES, type RecordIssue } from "@redumbrella/questionnaire";
import { CLI_MESSAGES } from "./messages.js";

// C0, DEL, C1, and the bidirectional overrides and isolates that can reorder a terminal line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with every control character written as `\xNN` (or `\u{NNNN}`), so it cannot move the cursor, recolour or reorder a terminal. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

/** A JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidi controls) escaped as `\uNNNN`: the same value, safe on a terminal. */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every key name of the record format, v1 and v2: the segments of the metadata registry's field paths. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(
  Object.keys(FIELDS).flatMap((path) => path.split(".").map((segment) => segment.replace(/\[\]$/u, ""))),
);

/** Whether `key` is a key name of the record format, and so may be printed. */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.has(key);
}

/**
 * The path into `value` as printed: `respondent.age`, `police.violations[2]` — with a key that is
 * not a name of the format written `<key #n>`, n its 0-based place among its object's keys.
 */
export function printablePath(value: unknown, path: Path): string {
  const printed: (string | number)[] = [];
  let at: unknown = value;
  for (const key of path) {
    if (typeof key === "number" || isKnownKey(key)) printed.push(key);
    else {
      const keys = typeof at === "object" && at !== null ? Object.keys(at) : [];
      const n = keys.indexOf(key);
      printed.push(n === -1 ? "<key>" : `<key #${n}>`);
    }
    at = typeof at === "object" && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return formatPath(printed);
}

/** One issue of a record as printed: its path (see `printablePath`), code and message, never a value of it. */
export interface PrintedIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * An issue of `@redumbrella/questionnaire` as printed for the record `value`: unknown keys named by
 * position, and an unknown `declined` entry told without its text (which could be anything typed).
 */
export function printableIssue(value: unknown, issue: RecordIssue, locale: Locale): PrintedIssue {
  const path = printablePath(value, issue.path);
  if (issue.code === "UNKNOWN_QUESTION")
    return { path, code: issue.code, message: CLI_MESSAGES.format("record.unknownDeclined", {}, locale) };
  // Its message names no value; rendered again so no param of the issue reaches the output.
  if (issue.code === "UNKNOWN_KEY") return { path, code: issue.code, message: RECORD_MESSAGES.format("UNKNOWN_KEY", {}, locale) };
  return { path, code: issue.code, message: printable(issue.message) };
}
