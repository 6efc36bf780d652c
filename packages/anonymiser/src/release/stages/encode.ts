import { type FieldPath, type InterviewRecord, pathKeys, valueAt } from "@redumbrella/questionnaire";
import type { Dimension } from "../dimensions.js";
import { Interner } from "../interner.js";
import { type Checked, SENSITIVE_FIELDS } from "../options.js";

/**
 * One quasi-identifier of every record as small integers: each record's level-0 code, and for each
 * level a table from level-0 codes to that level's codes. Labels are interned per level, so two
 * records share a code exactly when they are released alike at that level.
 */
export interface EncodedDimension {
  readonly height: number;
  /** Per record, its level-0 code. */
  readonly base: Int32Array;
  /** Per level, level-0 code → code at that level (`up[0]` is the identity). */
  readonly up: readonly Int32Array[];
  /** Per level, code → label. */
  readonly labels: readonly (readonly string[])[];
}

/** A sensitive field of every record as small integers: `-1` where it is not answered. */
export interface EncodedSensitive {
  readonly codes: Int32Array;
  /** How many different answers there are. */
  readonly distinct: number;
  /** The code of the answer `true`, or `-1` when no record gives it. */
  readonly trueCode: number;
}

/** The consented records, reduced to what the lattice search reads. */
export interface EncodedRecords {
  readonly n: number;
  readonly dims: readonly EncodedDimension[];
  readonly sensitive: readonly EncodedSensitive[];
}

const NO_DECLINED: ReadonlySet<string> = new Set();

/** Walks a dimension's distinct level-0 labels up its hierarchy, one level at a time. */
function encodeLevels(dim: Dimension, read: readonly string[], base: Int32Array, k: number): EncodedDimension {
  // The reader's codes to labels' (one label per code, but interned again to be sure codes stand for labels).
  let below = new Interner<string>();
  const labelOfKey = read.map((label) => below.code(label));
  for (let i = 0; i < base.length; i++) base[i] = labelOfKey[base[i]!]!;
  const distinct0 = below.labels.length;
  const counts0 = new Int32Array(distinct0);
  for (let i = 0; i < base.length; i++) counts0[base[i]!]!++;

  const up: Int32Array[] = [Int32Array.from({ length: distinct0 }, (_, c) => c)];
  const labels: string[][] = [below.labels];
  for (let level = 1; level <= dim.height; level++) {
    const toBelow = up[level - 1]!;
    const belowLabels = below.labels;
    const belowInterner = below;
    // How many records have each label of the level below, for `rareAsOther`.
    let counts: Int32Array | undefined;
    const count = (value: string): number => {
      if (counts === undefined) {
        counts = new Int32Array(belowLabels.length);
        for (let c = 0; c < distinct0; c++) counts[toBelow[c]!]! += counts0[c]!;
      }
      const code = belowInterner.find(`=${value}`);
      return code === undefined ? 0 : counts[code]!;
    };
    const context = { k, count };
    const step = dim.steps[level - 1]!;
    const interner = new Interner<string>();
    const memo = new Int32Array(belowLabels.length).fill(-1);
    const table = new Int32Array(distinct0);
    for (let c = 0; c < distinct0; c++) {
      const from = toBelow[c]!;
      let code = memo[from]!;
      if (code === -1) {
        code = interner.code(step(belowLabels[from]!, context));
        memo[from] = code;
      }
      table[c] = code;
    }
    up.push(table);
    labels.push(interner.labels);
    below = interner;
  }
  return { height: dim.height, base, up, labels };
}

/** The labels of each record's `declined` list, as sets (shared when empty). */
function declinedSets(records: readonly InterviewRecord[]): ReadonlySet<string>[] {
  return records.map((r) => (r.declined === undefined || r.declined.length === 0 ? NO_DECLINED : new Set(r.declined)));
}

/** Encodes a sensitive field: each distinct answer a code, `-1` where unanswered. */
function encodeSensitive(records: readonly InterviewRecord[], keys: readonly string[]): EncodedSensitive {
  const interner = new Interner<string>();
  const codes = new Int32Array(records.length);
  records.forEach((record, i) => {
    const value = valueAt(record, keys);
    codes[i] = value === undefined ? -1 : interner.code(JSON.stringify(value));
  });
  return { codes, distinct: interner.labels.length, trueCode: interner.find("true") ?? -1 };
}

/**
 * Encodes the consented records for the search: every dimension, and the sensitive fields that
 * ℓ-diversity counts (given as key paths). `k` is the threshold of the `rareAsOther` levels.
 */
export function encodeRecords(
  records: readonly InterviewRecord[],
  dims: readonly Dimension[],
  sensitive: readonly (readonly string[])[],
  k: number,
): EncodedRecords {
  const n = records.length;
  const declined = declinedSets(records);
  const readers = dims.map((dim) => dim.read());
  const bases = dims.map(() => new Int32Array(n));
  // Record by record, every dimension: a record's fields are read while it is in the cache.
  for (let i = 0; i < n; i++) {
    const record = records[i] as InterviewRecord;
    const seen = declined[i] as ReadonlySet<string>;
    for (let d = 0; d < dims.length; d++) bases[d]![i] = readers[d]!.code(record, seen);
  }
  return {
    n,
    dims: dims.map((dim, d) => encodeLevels(dim, readers[d]!.labels, bases[d]!, k)),
    sensitive: sensitive.map((keys) => encodeSensitive(records, keys)),
  };
}

/** The consented records encoded, and the sensitive fields the criteria read (in the encoding's order). */
export interface Encoded {
  readonly records: EncodedRecords;
  readonly sensitive: readonly FieldPath[];
}

/**
 * Stage 2, encode: every dimension of every consented record as small integers, once, and the
 * sensitive answers the criteria read (none when neither ℓ-diversity nor the all-`true` check is on).
 */
export function encodeStage(records: readonly InterviewRecord[], dims: readonly Dimension[], options: Checked): Encoded {
  const sensitive = options.notAllTrue || options.lDiversity !== undefined ? SENSITIVE_FIELDS : [];
  return { records: encodeRecords(records, dims, sensitive.map(pathKeys), options.k), sensitive };
}
