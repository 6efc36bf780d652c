import { decide, REASON_CODES, type ReasonCode } from "@redumbrella/consent";
import {
  FIELDS,
  type FieldPath,
  type InterviewRecord,
  isCalendarDate,
  isRefusal,
  pathKeys,
  safeParseRecord,
  today,
  valueAt,
} from "@redumbrella/questionnaire";
import { type Criteria, createEvaluator, type Evaluation } from "./classes.js";
import { type Dimension, dimensions, type Fragment, renderLabel } from "./dimensions.js";
import { type EncodedRecords, encodeRecords } from "./encode.js";
import { AnonymiseError, type IssueInput } from "./errors.js";
import { SUPPRESSED } from "./hierarchies.js";
import { type SearchResult, searchLattice } from "./lattice.js";
import { keyFingerprint, LEDGER_VERSION, ledgerFloor, ledgerIssues, type ReleaseLedger, recordRelease } from "./ledger.js";
import {
  importReleaseKey,
  isKeyBytes,
  MIN_KEY_BYTES,
  type PseudonymDomain,
  type PseudonymKey,
  pseudonymise,
  type ReleaseKey,
} from "./pseudonym.js";
import { type ReleasedRecord, releaseRecord } from "./released-record.js";
import type { ChosenLevel, ReleaseReport, ReleaseWarning, SensitiveDiversity } from "./report.js";
import { textRelease } from "./text-release.js";

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

/** The released records, in the order of their pseudonyms, the report of the release, and the ledger with it (when one was given). */
export interface AnonymiseResult {
  readonly records: ReleasedRecord[];
  readonly report: ReleaseReport;
  /** The ledger given, with this release recorded (unchanged when nothing was released); absent without one. */
  readonly ledger?: ReleaseLedger;
}

interface Checked {
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

const isDate = (value: unknown): value is string => typeof value === "string" && isCalendarDate(value);

const isSensitive = (path: unknown): path is FieldPath =>
  typeof path === "string" && Object.hasOwn(FIELDS, path) && FIELDS[path as FieldPath].class === "sensitive" && !path.includes("[]");

/** The sensitive fields of the metadata, in the form's order (not in a list). */
const SENSITIVE_FIELDS: readonly FieldPath[] = (Object.keys(FIELDS) as FieldPath[]).filter(isSensitive);

/** Checks every argument and throws one `AnonymiseError` listing all that is wrong. */
function checkArguments(records: unknown, given: AnonymiseOptions): Checked {
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

/**
 * Refuses a release as of a day before a withdrawal recorded in the records (known on
 * `validatedOn`) took effect: a day in the past reproduces a report, it never revives a withdrawal.
 */
function refuseRevivedWithdrawals(records: readonly unknown[], options: Checked): void {
  let count = 0;
  let latest = "";
  for (const record of records) {
    const withdrawnOn = (record as { consent?: { withdrawnOn?: unknown } } | null)?.consent?.withdrawnOn;
    if (!isDate(withdrawnOn) || withdrawnOn > options.validatedOn || withdrawnOn <= options.asOf) continue;
    count++;
    if (withdrawnOn > latest) latest = withdrawnOn;
  }
  if (count > 0) {
    throw new AnonymiseError("AS_OF_BEFORE_WITHDRAWAL", [
      { code: "AS_OF_BEFORE_WITHDRAWAL", path: ["asOf"], params: { asOf: options.asOf, count, latest } },
    ]);
  }
}

/**
 * The records consent allows on `asOf`, and the others counted by reason. `decide` validates each
 * record, so an allowed one is a valid record as given: the release reads its text normalised as
 * the parser would (trimmed, NFC), and reads every record before its first `await`.
 */
/** A record v1 is released as record v2: upgraded as the parser upgrades it (it was just validated). */
function asVersion2(input: unknown, validatedOn: string): InterviewRecord {
  if ((input as { schemaVersion?: unknown }).schemaVersion !== 1) return input as InterviewRecord;
  const parsed = safeParseRecord(input, { asOf: validatedOn });
  if (!parsed.success || isRefusal(parsed.data)) throw new Error("unreachable: a consented record is a valid interview");
  return parsed.data;
}

function consentedRecords(
  records: readonly unknown[],
  options: Checked,
): { consented: InterviewRecord[]; excluded: number; byReason: Map<ReasonCode, number> } {
  const consented: InterviewRecord[] = [];
  const byReason = new Map<ReasonCode, number>();
  let excluded = 0;
  for (const input of records) {
    const decision = decide(input, "anonymisedDataset", { asOf: options.asOf, validatedOn: options.validatedOn });
    if (decision.allowed) {
      consented.push(asVersion2(input, options.validatedOn));
      continue;
    }
    excluded++;
    for (const reason of decision.reasons) byReason.set(reason.code, (byReason.get(reason.code) ?? 0) + 1);
  }
  return { consented, excluded, byReason };
}

/** Replaces the values of a pseudonymised field in the released records by their pseudonyms (a `*` stays). */
async function fillPseudonyms(
  out: readonly ReleasedRecord[],
  dim: Dimension,
  domain: PseudonymDomain,
  key: PseudonymKey,
  salt: string,
): Promise<void> {
  const parents = dim.keys.slice(0, -1);
  const holders = out.map((record) => valueAt(record, parents) as Record<string, unknown> | undefined);
  const field = dim.keys.at(-1) as string;
  const values = [...new Set(holders.map((h) => h?.[field]).filter((v): v is string => typeof v === "string" && v !== SUPPRESSED))].sort();
  const pseudonyms = new Map(
    zip(
      values,
      await pseudonymise(
        key,
        domain,
        values.map((v) => salt + v),
      ),
    ),
  );
  for (const holder of holders) {
    const value = holder?.[field];
    if (holder !== undefined && typeof value === "string" && value !== SUPPRESSED) holder[field] = pseudonyms.get(value) as string;
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Up to this many records, the sort packs an index with the first 32 bits of its pseudonym in one number. */
const PACKED_INDICES = 1 << 21;

/**
 * The indices of `pids` in the order of their pseudonyms, equal ones in index order (a stable sort):
 * one numeric sort of the first 8 hex digits with the index, then runs sharing them by the whole pseudonym.
 */
function byPseudonym(pids: readonly string[]): number[] {
  const n = pids.length;
  const indices = Array.from({ length: n }, (_, j) => j);
  if (n >= PACKED_INDICES || !pids.every((pid) => /^[0-9a-f]{8}/.test(pid))) {
    return indices.sort((a, b) => compareStrings(pids[a] as string, pids[b] as string) || a - b);
  }
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++) keys[j] = Number.parseInt((pids[j] as string).slice(0, 8), 16) * PACKED_INDICES + j;
  keys.sort();
  for (let p = 0; p < n; p++) indices[p] = (keys[p] as number) % PACKED_INDICES;
  for (let p = 0; p < n; ) {
    const prefix = Math.floor((keys[p] as number) / PACKED_INDICES);
    let end = p + 1;
    while (end < n && Math.floor((keys[end] as number) / PACKED_INDICES) === prefix) end++;
    if (end - p > 1) {
      const run = indices.slice(p, end).sort((a, b) => compareStrings(pids[a] as string, pids[b] as string) || a - b);
      for (let q = 0; q < run.length; q++) indices[p + q] = run[q] as number;
    }
    p = end;
  }
  return indices;
}

const zip = <T, U>(a: readonly T[], b: readonly U[]): [T, U][] => a.map((x, i) => [x, b[i] as U]);

/**
 * Releases the records whose consent allows an anonymised dataset on `asOf`, de-identified:
 * direct identifiers dropped, the record id and the interviewer's code replaced by keyed
 * pseudonyms, each quasi-identifier and each fact the police hold generalised along its hierarchy
 * to the least-loss levels under which every group of records alike in all of them has at least k
 * records and answers no sensitive question `true` as a whole (and has ℓ different answers, if
 * asked), suppressing at most `maxSuppression` of them, never finer than its `ledger`, and free
 * text dropped (or scrubbed, with `keepText`). Deterministic under a ledger: the same records, key
 * and ledger give the same release, byte for byte. Rejects with `AnonymiseError` for bad arguments
 * and for an `asOf` before a withdrawal recorded in the records took effect.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
 *
 * const input: unknown[] = JSON.parse(readFileSync("records.json", "utf8"));
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { records, report, ledger } = await anonymise(input, { asOf: "2026-11-28", key, k: 5, ledger: "new" });
 * console.log(formatReleaseReport(report, "en")); // keep `ledger` (JSON) for the next release
 */
export async function anonymise(records: readonly unknown[], options: AnonymiseOptions): Promise<AnonymiseResult> {
  const checked = checkArguments(records, options);
  refuseRevivedWithdrawals(records, checked);
  const dims = dimensions();
  const { consented, excluded, byReason } = consentedRecords(records, checked);
  const n = consented.length;
  const { k, lDiversity } = checked;

  const sensitive = checked.notAllTrue || lDiversity !== undefined ? SENSITIVE_FIELDS : [];
  const encoded = encodeRecords(consented, dims, sensitive.map(pathKeys), k);
  const maxSuppressed = Math.floor(checked.maxSuppression * n + 1e-9);
  const criteria: Criteria = {
    k,
    maxSuppressed,
    notAllTrue: checked.notAllTrue,
    ...(lDiversity === undefined ? {} : { l: lDiversity.l, lFields: lDiversity.fields.map((f) => sensitive.indexOf(f)) }),
  };
  const evaluator = createEvaluator(encoded, criteria);
  const heights = dims.map((d) => d.height);
  const ledger = checked.ledger === "new" ? undefined : checked.ledger;
  const floor = ledgerFloor(ledger, dims);
  // Under a ledger, a node finer than it on some dimension fails, and so does everything below it.
  const evaluate = (levels: readonly number[]): Evaluation => {
    const d = levels.findIndex((level, i) => level < (floor[i] as number));
    if (d === -1) return evaluator.evaluate(levels);
    const failsUpTo = [...heights];
    failsUpTo[d] = (floor[d] as number) - 1;
    return { feasible: false, suppressed: n + 1, failsUpTo };
  };
  const result: SearchResult = n === 0 ? { found: false, checks: 0 } : searchLattice({ heights, records: n }, evaluate);
  const levels = result.found ? result.levels : heights;

  // The records released, and the groups they form.
  const released: number[] = [];
  let classes = 0;
  let smallest = 0;
  const partition = result.found ? evaluator.partition(levels) : undefined;
  if (partition !== undefined) {
    for (let i = 0; i < n; i++) if (partition.failing[partition.classOf[i] as number] === 0) released.push(i);
    partition.sizes.forEach((size, c) => {
      if (partition.failing[c] === 1 || size === 0) return;
      classes++;
      smallest = smallest === 0 ? size : Math.min(smallest, size);
    });
  }

  const diversity = sensitiveDiversity(encoded, sensitive, partition);

  // The records are written now, before any await, so nothing the caller changes later gets in;
  // the pseudonyms are filled in after (the values of a pseudonymised field stand in until then).
  const fragmentCache = dims.map(() => new Map<number, Fragment>());
  const fragmentOf = (d: number, i: number): Fragment => {
    const enc = encoded.dims[d]!;
    const level = levels[d]!;
    const code = enc.up[level]![enc.base[i]!]!;
    let fragment = fragmentCache[d]!.get(code);
    if (fragment === undefined) {
      fragment = renderLabel(dims[d]!, enc.labels[level]![code]!);
      fragmentCache[d]!.set(code, fragment);
    }
    return fragment;
  };
  let textsWithheld = 0;
  const dropText = (): undefined => undefined;
  // One array of fragments serves every record: `releaseRecord` copies what it releases.
  const fragments: Fragment[] = [];
  const out = released.map((i) => {
    const record = consented[i] as InterviewRecord;
    const text = checked.keepText ? textRelease(record, dims, () => void textsWithheld++) : dropText;
    for (let d = 0; d < dims.length; d++) fragments[d] = fragmentOf(d, i);
    return releaseRecord(record, { pid: "", fragments, text });
  });
  // Without a ledger, a salt of this release goes into every pseudonym: no two releases link.
  const salt = checked.ledger === undefined ? `${hexOf(crypto.getRandomValues(new Uint8Array(16)))}:` : "";
  const ids = released.map((i) => salt + (consented[i] as InterviewRecord).id.toLowerCase());

  const cryptoKey = await importReleaseKey(checked.key);
  let nextLedger: ReleaseLedger | undefined;
  if (checked.ledger !== undefined) {
    const fingerprint = await keyFingerprint(cryptoKey);
    const given: ReleaseLedger =
      checked.ledger === "new" ? { schemaVersion: LEDGER_VERSION, keyFingerprint: fingerprint, levels: {}, releases: [] } : checked.ledger;
    if (given.keyFingerprint !== fingerprint)
      throw new AnonymiseError("INVALID_OPTIONS", [{ code: "LEDGER_OTHER_KEY", path: ["ledger", "keyFingerprint"] }]);
    nextLedger = released.length === 0 ? given : recordRelease(given, { asOf: checked.asOf, k, levels }, dims);
  }
  const pids = await pseudonymise(cryptoKey, "pid", ids);
  out.forEach((record, j) => {
    record.pid = pids[j] as string;
  });
  for (const dim of dims) {
    if (dim.hierarchy.pseudonym !== undefined) await fillPseudonyms(out, dim, dim.hierarchy.pseudonym, cryptoKey, salt);
  }
  // In the order of the pseudonyms: keyed, so the input's order (which may follow the interviews) is not kept.
  const sorted = byPseudonym(pids).map((j) => out[j] as ReleasedRecord);

  const reasonCounts: Partial<Record<ReasonCode, number>> = {};
  for (const code of REASON_CODES) {
    const count = byReason.get(code);
    if (count !== undefined) reasonCounts[code] = count;
  }
  const chosen = Object.fromEntries(
    dims.map((dim, d): [string, ChosenLevel] => [dim.path, { level: levels[d]!, height: dim.height, name: dim.levels[levels[d]!]! }]),
  ) as ReleaseReport["levels"];
  const warnings: ReleaseWarning[] = [];
  if (checked.ledger === undefined) warnings.push("UNLINKED_RELEASE");
  if (
    released.length > 0 &&
    ledger !== undefined &&
    ledger.releases.length > 0 &&
    dims.some((d, i) => (levels[i] as number) > (ledger.levels[d.path] ?? 0))
  ) {
    warnings.push("COARSER_THAN_LEDGER");
  }
  const report: ReleaseReport = {
    k,
    maxSuppression: checked.maxSuppression,
    ...(lDiversity === undefined ? {} : { lDiversity: { l: lDiversity.l, fields: [...lDiversity.fields] } }),
    notAllTrue: checked.notAllTrue,
    diversity,
    keepText: checked.keepText,
    kReached: result.found,
    records: { input: records.length, consented: n, released: released.length, suppressed: n - released.length },
    excluded: { total: excluded, byReason: reasonCounts },
    classes,
    smallestClass: smallest,
    averageClassSize: classes === 0 ? 0 : released.length / classes,
    risk: { max: smallest === 0 ? 0 : 1 / smallest, average: released.length === 0 ? 0 : classes / released.length },
    levels: chosen,
    generalised: {
      dimensions: dims.length,
      generalised: released.length === 0 ? 0 : levels.filter((l) => l > 0).length,
      suppressed: released.length === 0 ? 0 : levels.filter((l, d) => l === heights[d]).length,
    },
    pseudonyms: checked.ledger === undefined ? "perRelease" : "stable",
    warnings,
    informationLoss: result.found ? result.loss : n === 0 ? 0 : 1,
    textsWithheld,
    search: { nodes: heights.reduce((size, h) => size * (h + 1), 1), checked: result.checks },
  };
  return nextLedger === undefined ? { records: sorted, report } : { records: sorted, report, ledger: nextLedger };
}

const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * Per sensitive field, over the released groups: the fewest different answers a group gives
 * (unanswered does not count) and whether a group answers only `true`.
 */
function sensitiveDiversity(
  encoded: EncodedRecords,
  fields: readonly FieldPath[],
  partition: { readonly classOf: Int32Array; readonly failing: Uint8Array; readonly sizes: Int32Array } | undefined,
): SensitiveDiversity[] {
  return fields.map((field, f) => {
    const { codes, trueCode } = encoded.sensitive[f] as EncodedRecords["sensitive"][number];
    if (partition === undefined) return { field, l: 0, uniformlyTrue: false };
    const seen = new Map<number, Set<number>>();
    for (let i = 0; i < codes.length; i++) {
      const c = partition.classOf[i] as number;
      if (partition.failing[c] === 1) continue;
      let set = seen.get(c);
      if (set === undefined) seen.set(c, (set = new Set()));
      if ((codes[i] as number) >= 0) set.add(codes[i] as number);
    }
    let l = Number.POSITIVE_INFINITY;
    let uniformlyTrue = false;
    for (const set of seen.values()) {
      l = Math.min(l, set.size);
      if (set.size === 1 && set.has(trueCode)) uniformlyTrue = true;
    }
    return { field, l: Number.isFinite(l) ? l : 0, uniformlyTrue };
  });
}
