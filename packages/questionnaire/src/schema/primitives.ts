import * as z from "zod/mini";
import { isCalendarDate } from "../core/dates.js";
import type { IssueCode } from "../issues.js";

type Payload = z.core.ParsePayload<string>;

/**
 * What JSON Schema can say about a schema whose check is custom code (a pattern, a length, an
 * enum); `toJSONSchema` merges it in. Kept beside the checks so the two cannot drift apart.
 */
export const JSON_HINTS: WeakMap<object, Readonly<Record<string, unknown>>> = new WeakMap();

/** Records what JSON Schema can say about `schema`. */
/* @__NO_SIDE_EFFECTS__ */
export function hinted<T extends object>(schema: T, hint: Readonly<Record<string, unknown>>): T {
  JSON_HINTS.set(schema, hint);
  return schema;
}

/** Pushes one of our own issues; the path is filled in by the parents as the issue bubbles up. */
export function pushIssue(
  payload: { issues: z.core.$ZodRawIssue[]; value: unknown },
  code: IssueCode,
  params?: Record<string, unknown>,
): void {
  payload.issues.push({ code: "custom", input: payload.value, params: { ...params, code }, continue: true });
}

// Characters that are NFC-stable starters (NFC_QC=Yes, ccc=0): a string made only of them is already
// NFC, so normalize() can be skipped. ASCII, Latin-1 punctuation, Cyrillic without its combining marks,
// general punctuation, №. A test checks every code point of this class.
const NFC_FAST = /^[\u0000-\u00bf\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2116]*$/;

/** Trims and NFC-normalises a string, skipping the normalisation where it cannot change anything. */
export function normaliseText(raw: string): string {
  const s = raw.trim();
  return NFC_FAST.test(s) ? s : s.normalize("NFC");
}

/** The longest free text the schema accepts. */
export const MAX_TEXT = 4000;

/** A text answer: trimmed, NFC-normalised, non-empty, at most `max` characters — one check, not a chain. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number = MAX_TEXT): z.ZodMiniString {
  const schema = z.string().check((payload: Payload) => {
    const s = normaliseText(payload.value);
    payload.value = s;
    if (s.length === 0) pushIssue(payload, "EMPTY_TEXT");
    else if (s.length > max) pushIssue(payload, "TEXT_TOO_LONG", { maximum: max, length: s.length });
  });
  // JSON Schema cannot trim: it asks for text that is already trimmed (and counts code points, not UTF-16 units).
  return hinted(schema, { minLength: 1, maxLength: max, pattern: "^\\S(?:[\\s\\S]*\\S)?$" });
}

/** A string that must match `pattern` exactly (no trimming: codes are not prose). */
/* @__NO_SIDE_EFFECTS__ */
export function formatted(pattern: RegExp, format: string): z.ZodMiniString {
  const schema = z.string().check((payload: Payload) => {
    if (!pattern.test(payload.value)) pushIssue(payload, "INVALID_FORMAT", { format });
  });
  return hinted(schema, { pattern: pattern.source });
}

/** A string from a fixed set of codes (countries, currencies). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOfCodes(codes: ReadonlySet<string>, format: string): z.ZodMiniString {
  const schema = z.string().check((payload: Payload) => {
    if (!codes.has(payload.value)) pushIssue(payload, "INVALID_FORMAT", { format });
  });
  return hinted(schema, { enum: [...codes] });
}

/** An ISO calendar date `YYYY-MM-DD` that exists (no 30 February): one regex and a comparison. */
/* @__NO_SIDE_EFFECTS__ */
export function date(): z.ZodMiniString {
  const schema = z.string().check((payload: Payload) => {
    if (!isCalendarDate(payload.value)) pushIssue(payload, "INVALID_DATE");
  });
  return hinted(schema, { pattern: CALENDAR_DATE_PATTERN });
}

// The same calendar as isCalendarDate, years 1900–9999, as one regular expression for JSON Schema.
const YEAR = "(?:19|[2-9]\\d)\\d{2}";
const LEAP_YEAR = "(?:(?:19|[2-9]\\d)(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)";
/** A regular expression (source) that matches exactly the real calendar dates `YYYY-MM-DD` from 1900. */
export const CALENDAR_DATE_PATTERN: string =
  `^(?:${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))` +
  `|${LEAP_YEAR}-02-29)$`;
