import { LOCALES, type Locale, printableId } from "@redumbrella/questionnaire";
import { type ImportFormat, importSubmissions, isXlsformError } from "@redumbrella/xlsform";
import { type Entry, freshKey, type StoredIssue } from "./entries.js";

/** What one opened file gave. */
export type ReadResult =
  | { readonly kind: "records"; readonly file: string; readonly entries: readonly Entry[] }
  | {
      readonly kind: "submissions";
      readonly file: string;
      readonly format: ImportFormat;
      readonly valid: number;
      readonly invalid: number;
      readonly entries: readonly Entry[];
    }
  | { readonly kind: "unreadable"; readonly file: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isRecordLike = (value: unknown): boolean => isObject(value) && "schemaVersion" in value;

/** Records in the interchange format, each as an entry keyed by its id (or a fresh key when it has none usable). */
function recordEntries(file: string, values: readonly unknown[]): Entry[] {
  return values.map((value, i): Entry => {
    const base = { key: printableId(value) ?? freshKey(), source: file, index: i + 1 };
    return value === MALFORMED ? { ...base, kind: "malformed" } : { ...base, kind: "record", value };
  });
}

const MALFORMED = Symbol("malformed");

/** NDJSON: one value a line; a line that is not JSON is kept as malformed, in its place. */
function ndjson(text: string): unknown[] | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines.length === 0 || !lines.every((line) => line.trimStart().startsWith("{"))) return undefined;
  return lines.map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      return MALFORMED;
    }
  });
}

/** The records of a file of records, or `undefined` when it is not one (then it may be an export). */
function asRecords(name: string, text: string): unknown[] | undefined {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<") || /\.csv$/i.test(name)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(start);
  } catch {
    return ndjson(start);
  }
  if (Array.isArray(json)) return json.some(isRecordLike) ? json : undefined;
  return isRecordLike(json) ? [json] : undefined;
}

/** A Kobo or ODK export: valid submissions as records, the others with their issues in every language. */
function asSubmissions(file: string, text: string, asOf: string): ReadResult {
  // Imported once per language, so a rejected submission's messages follow the language switch.
  const reports = Object.fromEntries(LOCALES.map((locale) => [locale, importSubmissions(text, { asOf, locale, file })])) as Record<
    Locale,
    ReturnType<typeof importSubmissions>
  >;
  const { en } = reports;
  const entries = en.submissions.map((s, i): Entry => {
    // Counted from 1, like the lines of a file of records.
    const base = { key: s.id ?? freshKey(), source: file, index: s.index + 1 };
    if (s.success) return { ...base, kind: "record", value: s.record };
    const localised = LOCALES.map((locale) => reports[locale].submissions[i]);
    const issues: StoredIssue[] = s.issues.map((issue, j) => {
      const message = (locale: Locale): string => {
        const other = localised[LOCALES.indexOf(locale)];
        return other !== undefined && !other.success ? (other.issues[j]?.message ?? issue.message) : issue.message;
      };
      return { path: issue.path, code: issue.code, message: { en: message("en"), ru: message("ru"), kk: message("kk") } };
    });
    return { ...base, kind: "rejected", instanceId: s.instanceId, issues };
  });
  return { kind: "submissions", file, format: en.format, valid: en.valid, invalid: en.invalid, entries };
}

/**
 * Reads one opened file: records (a JSON array or object, or NDJSON; version 1 or 2), else a Kobo or
 * ODK export through `@redumbrella/xlsform`; `unreadable` when it is neither.
 */
export function readFile(file: string, text: string, asOf: string): ReadResult {
  const records = asRecords(file, text);
  if (records !== undefined) return { kind: "records", file, entries: recordEntries(file, records) };
  try {
    return asSubmissions(file, text, asOf);
  } catch (error) {
    if (isXlsformError(error)) return { kind: "unreadable", file };
    throw error;
  }
}
