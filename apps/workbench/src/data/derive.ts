import {
  type AnyRecord,
  formatPath,
  type InterviewRecord,
  isRefusal,
  type Locale,
  type Path,
  printableId,
  safeParseRecord,
} from "@redumbrella/questionnaire";
import type { Entry } from "./entries.js";

/** One problem to show in the validation view: where it is, never a value of the record. */
export interface ValidationRow {
  readonly entry: Entry;
  readonly id: string | null;
  readonly path: Path | null;
  readonly code: string;
  readonly message: string;
}

/** The working set as the views read it, in one language and validated as of one day. */
export interface WorkingSet {
  readonly entries: readonly Entry[];
  /** Every valid record (refusals included), upgraded to version 2. */
  readonly valid: readonly AnyRecord[];
  readonly interviews: readonly InterviewRecord[];
  readonly refusals: number;
  readonly invalid: number;
  readonly problems: readonly ValidationRow[];
  /** The inputs as read (for the report and the release, which validate them themselves). */
  readonly inputs: readonly unknown[];
}

/** Validates every entry as of `validatedOn`, with messages in `locale`. */
export function deriveWorkingSet(entries: readonly Entry[], locale: Locale, validatedOn: string): WorkingSet {
  const valid: AnyRecord[] = [];
  const interviews: InterviewRecord[] = [];
  const problems: ValidationRow[] = [];
  const inputs: unknown[] = [];
  let invalid = 0;
  for (const entry of entries) {
    if (entry.kind === "malformed") {
      invalid++;
      problems.push({ entry, id: null, path: null, code: "MALFORMED", message: "" });
      continue;
    }
    if (entry.kind === "rejected") {
      invalid++;
      for (const issue of entry.issues) {
        problems.push({
          entry,
          id: entry.key.startsWith("entry:") ? null : entry.key,
          path: issue.path,
          code: issue.code,
          message: issue.message[locale],
        });
      }
      continue;
    }
    inputs.push(entry.value);
    const result = safeParseRecord(entry.value, { asOf: validatedOn, locale });
    if (result.success) {
      valid.push(result.data);
      if (!isRefusal(result.data)) interviews.push(result.data);
      continue;
    }
    invalid++;
    const id = printableId(entry.value);
    for (const issue of result.issues) problems.push({ entry, id, path: issue.path, code: issue.code, message: issue.message });
  }
  return { entries, valid, interviews, refusals: valid.length - interviews.length, invalid, problems, inputs };
}

/** A record's id as shown: its first eight hex digits, enough to tell records apart on screen. */
export const shortId = (id: string): string => id.slice(0, 8);

export { formatPath };
