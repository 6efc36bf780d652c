import { FIELDS, type FieldPath, isCalendarDate, today } from "@redumbrella/questionnaire";
import { dimensions } from "./dimensions.js";
import { AnonymiseError, type IssueInput } from "./errors.js";
import { ledgerIssues, type ReleaseLedger } from "./ledger.js";
import { isKeyBytes, MIN_KEY_BYTES, type ReleaseKey } from "./pseudonym.js";

/** Options of `anonymise`. */
export interface AnonymiseOptions {
  /** The day of the release, `YYYY-MM-DD`: consent is judged as of this day. */
  readonly asOf: string;
  /** The secret the pseudonyms are keyed with: at least 12 random bytes (96 bits); 32 are better. Keep it to link later releases, or throw it away. */
  readonly key: ReleaseKey;
  /** Every released group of records with identical quasi-identifiers has at least k records. Defaults to `5`. */
  readonly k?: number;
  /** The largest share of the consented records that may be suppressed to reach k. Defaults to `0.05`. */
  readonly maxSuppression?: number;
  /**
   * ℓ-diversity of the sensitive answers. Always, unless `false`: no released group whose answers
   * to a sensitive field (HIV, injecting drugs, substitution therapy, criminal record) are all
   * `true`. With `{ l, fields }`, also at least `l` different answers to each of `fields` (all
   * sensitive fields if left out) in every group. `false` turns both off — only for data that
   * holds no sensitive answer. Defaults to the first.
   */
  readonly lDiversity?: false | { readonly l: number; readonly fields?: readonly FieldPath[] };
  /** Keep free-text answers, scrubbed of names, numbers and addresses, instead of dropping them. Defaults to `false`. */
  readonly keepText?: boolean;
  /**
   * The day records are validated as of (no date of a record may be later): "today", the day
   * withdrawals are known on. Defaults to today.
   */
  readonly validatedOn?: string;
  /**
   * The ledger of earlier releases under this key (`"new"` to start one): this release is at least
   * as coarse as each of them on every dimension, its pseudonyms are the same, and the result
   * carries the ledger with this release added. Without a ledger, pseudonyms are salted for this
   * release only, so no two releases link. Defaults to none.
   */
  readonly ledger?: ReleaseLedger | "new";
}

/** The options of a release, checked, with their defaults. */
export interface Checked {
  readonly asOf: string;
  readonly validatedOn: string;
  readonly key: ReleaseKey;
  readonly k: number;
  readonly maxSuppression: number;
  /** Whether no group may be uniformly `true` on a sensitive field. */
  readonly notAllTrue: boolean;
  readonly lDiversity: { readonly l: number; readonly fields: readonly FieldPath[] } | undefined;
  readonly keepText: boolean;
  readonly ledger: ReleaseLedger | "new" | undefined;
}

export const isDate = (value: unknown): value is string => typeof value === "string" && isCalendarDate(value);

const isSensitive = (path: unknown): path is FieldPath =>
  typeof path === "string" && Object.hasOwn(FIELDS, path) && FIELDS[path as FieldPath].class === "sensitive" && !path.includes("[]");

/** The sensitive fields of the metadata, in the form's order (not in a list). */
export const SENSITIVE_FIELDS: readonly FieldPath[] = (Object.keys(FIELDS) as FieldPath[]).filter(isSensitive);

/** Checks every argument and throws one `AnonymiseError` listing all that is wrong. */
export function checkArguments(records: unknown, given: AnonymiseOptions): Checked {
  const options = (typeof given === "object" && given !== null ? given : {}) as Partial<Record<keyof AnonymiseOptions, unknown>>;
  const issues: IssueInput[] = [];
  if (!Array.isArray(records)) issues.push({ code: "NOT_AN_ARRAY", path: [] });
  const key = options.key;
  if (!isKeyBytes(key)) issues.push({ code: "KEY_NOT_BYTES", path: ["key"] });
  else if (key.byteLength < MIN_KEY_BYTES)
    issues.push({ code: "KEY_TOO_SHORT", path: ["key"], params: { bytes: key.byteLength, minimum: MIN_KEY_BYTES } });
  if (!isDate(options.asOf)) issues.push({ code: "INVALID_DATE", path: ["asOf"], params: { option: "asOf" } });
  if (options.validatedOn !== undefined && !isDate(options.validatedOn)) {
    issues.push({ code: "INVALID_DATE", path: ["validatedOn"], params: { option: "validatedOn" } });
  }
  const k = options.k ?? 5;
  if (typeof k !== "number" || !Number.isSafeInteger(k) || k < 2) issues.push({ code: "INVALID_K", path: ["k"] });
  const maxSuppression = options.maxSuppression ?? 0.05;
  if (typeof maxSuppression !== "number" || !(maxSuppression >= 0 && maxSuppression <= 1)) {
    issues.push({ code: "INVALID_MAX_SUPPRESSION", path: ["maxSuppression"] });
  }
  const keepText = options.keepText ?? false;
  if (typeof keepText !== "boolean") issues.push({ code: "INVALID_KEEP_TEXT", path: ["keepText"] });
  const diversity = options.lDiversity as { l?: unknown; fields?: unknown } | false | undefined;
  if (diversity !== undefined && diversity !== false) {
    const { l, fields } = typeof diversity === "object" && diversity !== null ? diversity : { l: undefined, fields: [] };
    if (typeof l !== "number" || !Number.isSafeInteger(l) || l < 2) issues.push({ code: "INVALID_L", path: ["lDiversity", "l"] });
    if (fields === undefined) {
      // Every sensitive field.
    } else if (!Array.isArray(fields) || fields.length === 0) issues.push({ code: "NO_SENSITIVE_FIELDS", path: ["lDiversity", "fields"] });
    else {
      fields.forEach((field: unknown, i) => {
        if (!isSensitive(field))
          issues.push({ code: "NOT_SENSITIVE", path: ["lDiversity", "fields", i], params: { field: String(field) } });
      });
    }
  }
  const ledger = options.ledger;
  if (ledger !== undefined && ledger !== "new") issues.push(...ledgerIssues(ledger, dimensions()));
  const [first, ...rest] = issues;
  if (first !== undefined) throw new AnonymiseError("INVALID_OPTIONS", [first, ...rest]);
  const asked = diversity === undefined || diversity === false ? undefined : (diversity as { l: number; fields?: readonly FieldPath[] });
  return {
    asOf: options.asOf as string,
    validatedOn: (options.validatedOn as string | undefined) ?? today(),
    key: key as ReleaseKey,
    k: k as number,
    maxSuppression: maxSuppression as number,
    notAllTrue: diversity !== false,
    lDiversity: asked === undefined ? undefined : { l: asked.l, fields: [...(asked.fields ?? SENSITIVE_FIELDS)] },
    keepText: keepText as boolean,
    ledger: ledger as ReleaseLedger | "new" | undefined,
  };
}
