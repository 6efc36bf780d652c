import type { Localised, Path } from "@redumbrella/questionnaire";

/** Where an entry came from: the file's name and its place in it (line or submission, from 1). */
interface Origin {
  /** The storage key and the sealing's additional data: the record id, or `entry:<uuid>` for an input without one. */
  readonly key: string;
  readonly source: string;
  readonly index: number;
}

/** One issue of a submission an export import rejected, its message kept in every language. */
export interface StoredIssue {
  readonly path: Path;
  readonly code: string;
  readonly message: Localised;
}

/** One item of the working set, as stored (sealed) on the device. */
export type Entry =
  /** A record as read (valid or not: it is validated again on every view, as of today). */
  | (Origin & { readonly kind: "record"; readonly value: unknown })
  /** A line of an NDJSON file that is not JSON. */
  | (Origin & { readonly kind: "malformed" })
  /** A Kobo or ODK submission that did not make a record, with its issues. */
  | (Origin & { readonly kind: "rejected"; readonly instanceId: string | null; readonly issues: readonly StoredIssue[] });

/** A key for an input with no usable id. */
export const freshKey = (): string => `entry:${crypto.randomUUID()}`;
