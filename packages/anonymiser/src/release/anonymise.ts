import { decide, REASON_CODES, type ReasonCode } from "@redumbrella/consent";
import { FIELDS, type FieldPath, type InterviewRecord, isCalendarDate, pathKeys, today, valueAt } from "@redumbrella/questionnaire";
import { createEvaluator } from "./classes.js";
import { type Dimension, dimensions, type Fragment, renderLabel } from "./dimensions.js";
import { encodeRecords } from "./encode.js";
import { AnonymiseError, type IssueInput } from "./errors.js";
import { searchLattice, type SearchResult } from "./lattice.js";
import { SUPPRESSED } from "./hierarchies.js";
import { importReleaseKey, isKeyBytes, MIN_KEY_BYTES, type PseudonymDomain, type PseudonymKey, pseudonymise, type ReleaseKey } from "./pseudonym.js";
import { type ReleasedRecord, releaseRecord } from "./released-record.js";
import type { ChosenLevel, ReleaseReport } from "./report.js";
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
  /** Distinct ℓ-diversity: each group also has at least `l` different answers to each of `fields` (sensitive fields). Defaults to none. */
  readonly lDiversity?: { readonly l: number; readonly fields: readonly FieldPath[] };
  /** Keep free-text answers, scrubbed of names, numbers and addresses, instead of dropping them. Defaults to `false`. */
  readonly keepText?: boolean;
  /** The day records are validated as of (no date of a record may be later). Defaults to today. */
  readonly validatedOn?: string;
}

/** The released records, in the order of their pseudonyms, and the report of the release. */
export interface AnonymiseResult {
  readonly records: ReleasedRecord[];
  readonly report: ReleaseReport;
}

interface Checked {
  readonly asOf: string;
  readonly validatedOn: string;
  readonly key: ReleaseKey;
  readonly k: number;
  readonly maxSuppression: number;
  readonly lDiversity: { readonly l: number; readonly fields: readonly FieldPath[] } | undefined;
  readonly keepText: boolean;
}

const isDate = (value: unknown): value is string => typeof value === "string" && isCalendarDate(value);

const isSensitive = (path: unknown): path is FieldPath =>
  typeof path === "string" && Object.hasOwn(FIELDS, path) && FIELDS[path as FieldPath].class === "sensitive" && !path.includes("[]");

/** Checks every argument and throws one `AnonymiseError` listing all that is wrong. */
function checkArguments(records: unknown, given: AnonymiseOptions): Checked {
  const options = (typeof given === "object" && given !== null ? given : {}) as Partial<Record<keyof AnonymiseOptions, unknown>>;
  const issues: IssueInput[] = [];
  if (!Array.isArray(records)) issues.push({ code: "NOT_AN_ARRAY", path: [] });
  const key = options.key;
  if (!isKeyBytes(key)) issues.push({ code: "KEY_NOT_BYTES", path: ["key"] });
  else if (key.byteLength < MIN_KEY_BYTES) issues.push({ code: "KEY_TOO_SHORT", path: ["key"], params: { bytes: key.byteLength, minimum: MIN_KEY_BYTES } });
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
  const diversity = options.lDiversity as { l?: unknown; fields?: unknown } | undefined;
  if (diversity !== undefined) {
    const { l, fields } = typeof diversity === "object" && diversity !== null ? diversity : { l: undefined, fields: undefined };
    if (typeof l !== "number" || !Number.isSafeInteger(l) || l < 2) issues.push({ code: "INVALID_L", path: ["lDiversity", "l"] });
    if (!Array.isArray(fields) || fields.length === 0) issues.push({ code: "NO_SENSITIVE_FIELDS", path: ["lDiversity", "fields"] });
    else {
      fields.forEach((field: unknown, i) => {
        if (!isSensitive(field)) issues.push({ code: "NOT_SENSITIVE", path: ["lDiversity", "fields", i], params: { field: String(field) } });
      });
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new AnonymiseError("INVALID_OPTIONS", [first, ...rest]);
  return {
    asOf: options.asOf as string,
    validatedOn: (options.validatedOn as string | undefined) ?? today(),
    key: key as ReleaseKey,
    k: k as number,
    maxSuppression: maxSuppression as number,
    lDiversity: diversity as Checked["lDiversity"],
    keepText: keepText as boolean,
  };
}

/**
 * The records consent allows on `asOf`, and the others counted by reason. `decide` validates each
 * record, so an allowed one is a valid record as given: the release reads its text normalised as
 * the parser would (trimmed, NFC), and reads every record before its first `await`.
 */
function consentedRecords(records: readonly unknown[], options: Checked): { consented: InterviewRecord[]; excluded: number; byReason: Map<ReasonCode, number> } {
  const consented: InterviewRecord[] = [];
  const byReason = new Map<ReasonCode, number>();
  let excluded = 0;
  for (const input of records) {
    const decision = decide(input, "anonymisedDataset", { asOf: options.asOf, validatedOn: options.validatedOn });
    if (decision.allowed) {
      consented.push(input as InterviewRecord);
      continue;
    }
    excluded++;
    for (const reason of decision.reasons) byReason.set(reason.code, (byReason.get(reason.code) ?? 0) + 1);
  }
  return { consented, excluded, byReason };
}

/** Replaces the values of a pseudonymised field in the released records by their pseudonyms (a `*` stays). */
async function fillPseudonyms(out: readonly ReleasedRecord[], dim: Dimension, domain: PseudonymDomain, key: PseudonymKey): Promise<void> {
  const parents = dim.keys.slice(0, -1);
  const holders = out.map((record) => valueAt(record, parents) as Record<string, unknown> | undefined);
  const field = dim.keys.at(-1) as string;
  const values = [...new Set(holders.map((h) => h?.[field]).filter((v): v is string => typeof v === "string" && v !== SUPPRESSED))].sort();
  const pseudonyms = new Map(zip(values, await pseudonymise(key, domain, values)));
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
 * pseudonyms, each quasi-identifier generalised along its hierarchy to the least-loss levels under
 * which every group of records with identical quasi-identifiers has at least k records (and ℓ
 * different sensitive answers, if asked), suppressing at most `maxSuppression` of them, and free
 * text dropped (or scrubbed, with `keepText`). Deterministic: the same records and key give the
 * same release, byte for byte. Rejects with `AnonymiseError` only for bad arguments.
 *
 * @example
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const { records, report } = await anonymise(input, { asOf: "2026-11-28", key, k: 5 });
 * console.log(formatReleaseReport(report, "en"));
 */
export async function anonymise(records: readonly unknown[], options: AnonymiseOptions): Promise<AnonymiseResult> {
  const checked = checkArguments(records, options);
  const cryptoKey = await importReleaseKey(checked.key);
  const dims = dimensions();
  const { consented, excluded, byReason } = consentedRecords(records, checked);
  const n = consented.length;
  const { k, lDiversity } = checked;

  const encoded = encodeRecords(consented, dims, lDiversity?.fields.map(pathKeys) ?? [], k);
  const maxSuppressed = Math.floor(checked.maxSuppression * n + 1e-9);
  const evaluator = createEvaluator(encoded, lDiversity === undefined ? { k, maxSuppressed } : { k, l: lDiversity.l, maxSuppressed });
  const heights = dims.map((d) => d.height);
  const result: SearchResult = n === 0 ? { found: false, checks: 0 } : searchLattice({ heights, records: n }, (levels) => evaluator.evaluate(levels));
  const levels = result.found ? result.levels : heights;

  // The records released, and the groups they form.
  const released: number[] = [];
  let classes = 0;
  let smallest = 0;
  if (result.found) {
    const partition = evaluator.partition(levels);
    for (let i = 0; i < n; i++) if (partition.failing[partition.classOf[i] as number] === 0) released.push(i);
    partition.sizes.forEach((size, c) => {
      if (partition.failing[c] === 1 || size === 0) return;
      classes++;
      smallest = smallest === 0 ? size : Math.min(smallest, size);
    });
  }

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
  const ids = released.map((i) => (consented[i] as InterviewRecord).id.toLowerCase());

  const pids = await pseudonymise(cryptoKey, "pid", ids);
  out.forEach((record, j) => {
    record.pid = pids[j] as string;
  });
  for (const dim of dims) {
    if (dim.hierarchy.pseudonym !== undefined) await fillPseudonyms(out, dim, dim.hierarchy.pseudonym, cryptoKey);
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
  const report: ReleaseReport = {
    k,
    maxSuppression: checked.maxSuppression,
    ...(lDiversity === undefined ? {} : { lDiversity: { l: lDiversity.l, fields: [...lDiversity.fields] } }),
    keepText: checked.keepText,
    kReached: result.found,
    records: { input: records.length, consented: n, released: released.length, suppressed: n - released.length },
    excluded: { total: excluded, byReason: reasonCounts },
    classes,
    smallestClass: smallest,
    averageClassSize: classes === 0 ? 0 : released.length / classes,
    risk: { max: smallest === 0 ? 0 : 1 / smallest, average: released.length === 0 ? 0 : classes / released.length },
    levels: chosen,
    informationLoss: result.found ? result.loss : n === 0 ? 0 : 1,
    textsWithheld,
    search: { nodes: heights.reduce((size, h) => size * (h + 1), 1), checked: result.checks },
  };
  return { records: sorted, report };
}
