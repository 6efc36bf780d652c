import type { Locale } from "@redumbrella/questionnaire";
import { REPORT_MESSAGES } from "../messages.js";
import type { SuppressionReason } from "../suppress.js";
import type { Count, Share } from "../types.js";

// The shapes every renderer draws (Markdown, CSV, HTML), and the small helpers that build them.

/** One value of a table: a count, a share, or a label. */
export type DisplayValue =
  | { readonly kind: "count"; readonly count: Count; readonly reason: SuppressionReason | undefined }
  | { readonly kind: "share"; readonly share: Share; readonly hidden: boolean };

/** One row: its label and its values, one per column after the first. */
export interface DisplayRow {
  readonly label: string;
  readonly values: readonly DisplayValue[];
}

/** A table as shown: an id (the CSV file's name), a title, column headers, rows and notes. */
export interface DisplayTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly DisplayRow[];
  readonly notes: readonly string[];
  /** Draw a bar chart of the rows' first count against `chartTotal` (the violation tables). */
  readonly chart: boolean;
  readonly chartTotal: number;
}

/** A count as shown, with why it is hidden. */
export const count = (value: Count, reason: SuppressionReason | undefined): DisplayValue => ({ kind: "count", count: value, reason });
/** A share as shown: `hidden` with its count. */
export const share = (value: Share, hidden: boolean): DisplayValue => ({ kind: "share", share: value, hidden });

/** A label marked as an added question when `added` (`onPaper: false`): `Was the police officer prosecuted? †`. */
export function marked(label: string, added: boolean, locale: Locale): string {
  return added ? REPORT_MESSAGES.format("mark.added", { label }, locale) : label;
}

/** The note that says what the added-question mark means, when a table shows one. */
export const addedNote = (added: boolean, locale: Locale): string[] => (added ? [REPORT_MESSAGES.format("note.added", {}, locale)] : []);
