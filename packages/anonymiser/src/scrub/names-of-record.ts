import { fieldMeta, fieldsOfClass, type InterviewRecord } from "@redumbrella/questionnaire";

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** The values at a `FIELDS` path (`charges[].date` reads every charge's date). */
function valuesAt(value: unknown, keys: readonly string[]): unknown[] {
  if (keys.length === 0) return [value];
  if (typeof value !== "object" || value === null) return [];
  const [key, ...rest] = keys as [string, ...string[]];
  const list = key.endsWith("[]");
  const child = (value as Record<string, unknown>)[list ? key.slice(0, -2) : key];
  if (!list) return valuesAt(child, rest);
  return Array.isArray(child) ? child.flatMap((item) => valuesAt(item, rest)) : [];
}

/**
 * The personal names a record holds: the text values of its fields of identifiability class
 * `direct` (read from the schema's metadata, e.g. `respondent.fullName`) that are names, not codes
 * or ids (they have letters and no digits). Pass them to `scrubText` as `knownNames`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { namesOfRecord, scrubText } from "@redumbrella/anonymiser";
 * import { isRefusal, parseRecord } from "@redumbrella/questionnaire";
 *
 * const record = parseRecord(JSON.parse(readFileSync("record.json", "utf8")));
 * if (!isRefusal(record)) {
 *   namesOfRecord(record); // ["Алия Сеитова"]
 *   scrubText(record.police?.otherViolation ?? "", { knownNames: namesOfRecord(record) }).text;
 * }
 */
export function namesOfRecord(record: InterviewRecord): string[] {
  const names: string[] = [];
  for (const path of fieldsOfClass("direct")) {
    if (fieldMeta(path)?.kind !== "text") continue;
    for (const value of valuesAt(record, path.split("."))) {
      if (typeof value !== "string") continue;
      const name = value.trim();
      if (LETTER.test(name) && !DIGIT.test(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
