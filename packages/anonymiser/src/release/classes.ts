import type { EncodedRecords } from "./stages/encode.js";

/**
 * What a release must meet: k records per class, no class uniformly `true` on a sensitive field,
 * ℓ different answers per sensitive field, at most so many suppressed.
 */
export interface Criteria {
  readonly k: number;
  /** Distinct ℓ-diversity over the sensitive fields `lFields` of the encoding (all of them if absent); absent: none asked. */
  readonly l?: number;
  /** The indices of the encoding's sensitive fields that ℓ counts. Defaults to all. */
  readonly lFields?: readonly number[];
  /** No class whose answers to a sensitive field are all `true` (unanswered does not count). Defaults to `false`. */
  readonly notAllTrue?: boolean;
  /** The most records that may be suppressed. */
  readonly maxSuppressed: number;
}

/** Whether a node of the lattice meets the criteria, and how many records it suppresses. */
export interface Evaluation {
  readonly feasible: boolean;
  readonly suppressed: number;
  /**
   * For a node that fails: a generalisation of it that is known to fail as well (the levels of the
   * dimensions that made it fail, every other dimension at its top), so the search can tag all its
   * specialisations at once.
   */
  readonly failsUpTo?: readonly number[];
}

/** The equivalence classes of the records under one node. */
export interface Partition {
  /** Per record, its class. */
  readonly classOf: Int32Array;
  /** Per class, its number of records. */
  readonly sizes: Int32Array;
  /** Per class, 1 when it fails the criteria (its records are suppressed). */
  readonly failing: Uint8Array;
  readonly suppressed: number;
}

/** Evaluates nodes of the lattice against the encoded records. */
export interface Evaluator {
  evaluate(levels: readonly number[]): Evaluation;
  partition(levels: readonly number[]): Partition;
  /** How many evaluations were rolled up from a kept node's classes instead of read from the records. */
  readonly rolledUp: number;
}

/**
 * When an evaluation keeps its node's classes to roll up from (a frequency set, in ARX's words):
 * only a node with at most `maxClasses` classes, at most `cache` of them, the most recent kept.
 */
export interface RollUpOptions {
  readonly maxClasses: number;
  readonly cache: number;
  /** Roll up whenever a kept node is below, even where reading the records costs less (tests compare both ways). */
  readonly always?: boolean;
  /** How many prefixes' classes to keep for the nodes that share them (at least 3); by default as many as 32 MB hold. */
  readonly prefixes?: number;
}

/** The classes of an evaluated node, kept: one record of each class, its size and its answers. */
interface Snapshot {
  readonly levels: readonly number[];
  readonly count: number;
  /** Per class, one of its records: every record of a class has the same codes at `levels` and above. */
  readonly reps: Int32Array;
  readonly sizes: Int32Array;
  /** Per sensitive field, per class, the bit mask of its answers (when ℓ or "not all true" is asked). */
  readonly masks: readonly Uint32Array[];
}

/** The classes after a prefix of the dimensions: see `createEvaluator`. */
interface Prefix {
  readonly ids: Int32Array;
  readonly count: number;
  readonly small: number;
  readonly failsAt: number;
}
/** What the kept prefixes' arrays may take together, when `RollUpOptions.prefixes` does not say. */
const PREFIX_BYTES = 32 << 20;

/** Classes as found by a refinement: each element's class, and how many classes. */
interface Classes {
  readonly ids: Int32Array;
  readonly count: number;
}

const popcount = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * Gives each element a new class per (old class, code) pair, visiting the elements grouped by code:
 * O(elements + codes), no hashing. `byCode` lists the elements by code, `start` where each code begins.
 * A class's size counts its elements, or sums their `weights` (an element standing for a class of records).
 */
function refine(
  before: Int32Array,
  after: Int32Array,
  byCode: Int32Array,
  start: Int32Array,
  codes: number,
  scratch: { mark: Int32Array; renumber: Int32Array; sizes: Int32Array; stamp: number },
  weights?: Int32Array,
): number {
  if (scratch.stamp > 0x3fffffff - codes) {
    scratch.mark.fill(0);
    scratch.stamp = 0;
  }
  const { mark, renumber, sizes } = scratch;
  let count = 0;
  for (let c = 0; c < codes; c++) {
    const tag = ++scratch.stamp;
    const end = start[c + 1]!;
    for (let p = start[c]!; p < end; p++) {
      const e = byCode[p]!;
      const old = before[e]!;
      if (mark[old] !== tag) {
        mark[old] = tag;
        sizes[count] = 0;
        renumber[old] = count++;
      }
      const id = renumber[old]!;
      after[e] = id;
      sizes[id]! += weights === undefined ? 1 : weights[e]!;
    }
  }
  return count;
}

/** A dense table from packed (old class, code) keys to new classes, stamped per refinement. */
interface PackedTable {
  stamp: Int32Array;
  renumber: Int32Array;
  tag: number;
}

/**
 * Gives each element a new class per (old class, code) pair through a dense table indexed by
 * `old · codes + code`, reading the elements in order: O(elements), no hashing. The table must hold
 * `classes · codes` entries; classes are numbered by first appearance, their sizes (elements, or the
 * sum of their `weights`) in `sizes`. The elements are those of `codeOf`; `before` may be longer.
 */
function refinePacked(
  before: Int32Array,
  after: Int32Array,
  codeOf: Int32Array,
  codes: number,
  table: PackedTable,
  sizes: Int32Array,
  weights?: Int32Array,
): number {
  if (table.tag >= 0x3fffffff) {
    table.stamp.fill(0);
    table.tag = 0;
  }
  const tag = ++table.tag;
  const { stamp, renumber } = table;
  const n = codeOf.length;
  let count = 0;
  for (let e = 0; e < n; e++) {
    const key = before[e]! * codes + codeOf[e]!;
    let id: number;
    if (stamp[key] !== tag) {
      stamp[key] = tag;
      id = count++;
      renumber[key] = id;
      sizes[id] = 0;
    } else id = renumber[key]!;
    after[e] = id;
    sizes[id]! += weights === undefined ? 1 : weights[e]!;
  }
  return count;
}

/** Sorts elements by code (a counting sort): the elements of code c are `byCode[start[c]..start[c+1])`. */
function bucket(codeOf: Int32Array, codes: number, byCode: Int32Array, start: Int32Array): void {
  const n = codeOf.length;
  start.fill(0, 0, codes + 1);
  for (let e = 0; e < n; e++) (start[codeOf[e]! + 1] as number)++;
  for (let c = 0; c < codes; c++) (start[c + 1] as number) += start[c]!;
  for (let e = 0; e < n; e++) byCode[(start[codeOf[e]!] as number)++] = e;
  // The fill moved each start to the next code's; shift back.
  for (let c = codes; c > 0; c--) start[c] = start[c - 1]!;
  start[0] = 0;
}

/**
 * An evaluator of lattice nodes. A node's classes are found by refining a partition one dimension
 * at a time: for each code of the dimension, the elements holding it get a new class per old class
 * they come from — O(elements) per dimension. From the records, the partition after each prefix of
 * the dimensions is kept (the most recently used, as many as `RollUpOptions.prefixes`), so a node
 * reuses the longest prefix whose levels it shares with any node evaluated lately, not only with the
 * last: the binary searches along paths come back to the same prefixes. Refining
 * only splits classes, so a node fails as soon as a prefix leaves more records in classes smaller
 * than k than may be suppressed; the evaluation then names the generalisation that fails for the
 * same reason (the failing prefix, every other dimension at its top) as a certificate.
 *
 * Rollup, as ARX does it: a node whose classes are few (at most a fifth of the records) is kept in a
 * small cache, and a more general node is evaluated from the kept node with the fewest classes
 * below it — its classes are unions of the kept node's, so each kept class stands for its records,
 * weighted by its size, and the work is proportional to the classes, not the records. The same
 * refinement runs on either, in the same order of dimensions, so a node evaluates alike (feasible,
 * suppressed, certificate) whichever it starts from; it starts from whichever costs less.
 */
export function createEvaluator(
  data: EncodedRecords,
  criteria: Criteria,
  rollUp: RollUpOptions = { maxClasses: Math.floor(data.n / 5), cache: 16 },
): Evaluator {
  const { n, dims, sensitive } = data;
  const m = dims.length;
  const tops = dims.map((dim) => dim.height);
  /** The node with the first `j` dimensions of `order` at `levels`, the others at their top. */
  const certificate = (levels: readonly number[], j: number): number[] => {
    const out = [...tops];
    for (let p = 0; p < j; p++) out[order[p]!] = levels[order[p]!]!;
    return out;
  };
  // A node has at most as many classes as records, or as codes of one dimension (some may be empty).
  const most = Math.max(1, n, ...dims.flatMap((dim) => dim.labels.map((l) => l.length)));
  const scratch = { mark: new Int32Array(most), renumber: new Int32Array(most), sizes: new Int32Array(most), stamp: 0 };
  // Up to 32 different answers, a class's answers are a bit mask; past that, sets.
  const masked = sensitive.every((f) => f.distinct <= 32);

  // Per dimension and level, how many records have each code, and how many are in codes held by
  // fewer than k records: a node with a dimension at that level suppresses at least as many.
  const codeCounts = dims.map((dim) =>
    dim.up.map((up, level) => {
      const counts = new Int32Array(dim.labels[level]!.length);
      for (let i = 0; i < n; i++) counts[up[dim.base[i]!]!]!++;
      return counts;
    }),
  );
  const alone = codeCounts.map((levels) => levels.map((counts) => small(counts, counts.length, criteria.k)));
  // The most telling dimensions first: a node usually fails after a few of them, and the shorter
  // the failing prefix, the larger the part of the lattice its certificate rules out. Telling is
  // counted at the lowest level of each dimension that does not fail alone — every node read from
  // the records is at or above it — so a dimension whose finest codes fail alone anyway (a record's
  // detention, its charges) does not lead with codes no node read from the records has.
  const lowest = alone.map((levels) =>
    Math.max(
      0,
      levels.findIndex((count) => count <= criteria.maxSuppressed),
    ),
  );
  const order = dims.map((_, d) => d).sort((a, b) => dims[b]!.labels[lowest[b]!]!.length - dims[a]!.labels[lowest[a]!]!.length || a - b);

  // Per dimension and level, each record's code (made on first use).
  const recordCodeArrays = dims.map((dim) => dim.up.map((): Int32Array | undefined => undefined));
  const codesOf = (d: number, level: number): Int32Array => {
    const cached = recordCodeArrays[d]![level];
    if (cached !== undefined) return cached;
    const dim = dims[d]!;
    const up = dim.up[level]!;
    const base = dim.base;
    const made = new Int32Array(n);
    for (let i = 0; i < n; i++) made[i] = up[base[i]!]!;
    recordCodeArrays[d]![level] = made;
    return made;
  };
  // A refinement whose (class, code) pairs fit this table reads the records in order; a larger one
  // goes through the records bucketed by code.
  const packedLimit = Math.max(1 << 16, 4 * n);
  const table: PackedTable = { stamp: new Int32Array(0), renumber: new Int32Array(0), tag: 0 };
  const tableFor = (size: number): PackedTable => {
    if (table.stamp.length < size) {
      const length = Math.min(packedLimit, Math.max(size, 2 * table.stamp.length));
      table.stamp = new Int32Array(length);
      table.renumber = new Int32Array(length);
      table.tag = 0;
    }
    return table;
  };

  // Per dimension and level, the records bucketed by code (made on first use).
  const recordBuckets = dims.map((dim) => dim.up.map((): { byCode: Int32Array; start: Int32Array } | undefined => undefined));
  const recordCodes = new Int32Array(n);
  const bucketsOf = (d: number, level: number): { byCode: Int32Array; start: Int32Array } => {
    const cached = recordBuckets[d]![level];
    if (cached !== undefined) return cached;
    const dim = dims[d]!;
    const up = dim.up[level]!;
    for (let i = 0; i < n; i++) recordCodes[i] = up[dim.base[i]!]!;
    const codes = dim.labels[level]!.length;
    const made = { byCode: new Int32Array(n), start: new Int32Array(codes + 1) };
    bucket(recordCodes, codes, made.byCode, made.start);
    recordBuckets[d]![level] = made;
    return made;
  };

  // The classes after the first j dimensions of `order` at given levels (a prefix), kept for the
  // nodes that share it: the last `prefixes` computed, the least recently used given up first. A
  // prefix's key is its levels in `order`; `small` counts the records in classes of fewer than k;
  // refining only splits classes, so once `small` exceeds what may be suppressed the node fails, and
  // `failsAt` is the length of the shortest such prefix on the way to it (-1: none). A dimension that
  // refines nothing shares its parent's array, so arrays are counted before they are reused.
  const root: Prefix = {
    ids: new Int32Array(n),
    count: n === 0 ? 0 : 1,
    small: n < criteria.k ? n : 0,
    failsAt: n < criteria.k && n > criteria.maxSuppressed ? 0 : -1,
  };
  const kept = new Map<string, Prefix>();
  const holders = new Map<Int32Array, number>();
  const spare: Int32Array[] = [];
  const capacity = Math.max(3, rollUp.prefixes ?? Math.floor(PREFIX_BYTES / (4 * Math.max(1, n))));
  const hold = (key: string, prefix: Prefix): void => {
    kept.set(key, prefix);
    holders.set(prefix.ids, (holders.get(prefix.ids) ?? 0) + 1);
    if (kept.size <= capacity) return;
    const [oldest, given] = kept.entries().next().value as [string, Prefix];
    kept.delete(oldest);
    const left = (holders.get(given.ids) as number) - 1;
    if (left > 0) holders.set(given.ids, left);
    else {
      holders.delete(given.ids);
      // The root's array (one class) is kept for good.
      if (given.ids !== root.ids) spare.push(given.ids);
    }
  };
  /** The keys of `levels`' prefixes, by length. */
  const keysOf = (levels: readonly number[]): string[] => {
    const keys = [""];
    for (let j = 0; j < m; j++) keys.push(`${keys[j]},${levels[order[j]!]}`);
    return keys;
  };
  /** The longest kept prefix of `levels` (the root if none), made the most recently used. */
  const longestKept = (keys: readonly string[]): { j: number; prefix: Prefix } => {
    for (let j = m; j > 0; j--) {
      const prefix = kept.get(keys[j]!);
      if (prefix === undefined) continue;
      kept.delete(keys[j]!);
      kept.set(keys[j]!, prefix);
      return { j, prefix };
    }
    return { j: 0, prefix: root };
  };

  /**
   * The classes of the records under `levels`; with `stopEarly`, as soon as a prefix of `order` leaves
   * too many records in small classes, the length of the shortest such prefix instead.
   */
  const fromRecords = (
    levels: readonly number[],
    stopEarly: boolean,
    keys = keysOf(levels),
    found = longestKept(keys),
  ): Classes | number => {
    let { j, prefix } = found;
    if (stopEarly && prefix.failsAt !== -1) return prefix.failsAt;
    for (; j < m; j++) {
      const d = order[j]!;
      const level = levels[d]!;
      const codes = dims[d]!.labels[level]!.length;
      let next: Prefix;
      if (codes <= 1 || n === 0) {
        // Every record has the same code: nothing to refine.
        next = prefix;
      } else {
        const ids = spare.pop() ?? new Int32Array(n);
        let count: number;
        let smallCount: number;
        if (prefix.count <= 1) {
          ids.set(codesOf(d, level));
          count = codes;
          smallCount = alone[d]![level]!;
        } else if (prefix.count * codes <= packedLimit) {
          count = refinePacked(prefix.ids, ids, codesOf(d, level), codes, tableFor(prefix.count * codes), scratch.sizes);
          smallCount = small(scratch.sizes, count, criteria.k);
        } else {
          const { byCode, start } = bucketsOf(d, level);
          count = refine(prefix.ids, ids, byCode, start, codes, scratch);
          smallCount = small(scratch.sizes, count, criteria.k);
        }
        const failsAt = prefix.failsAt !== -1 ? prefix.failsAt : smallCount > criteria.maxSuppressed ? j + 1 : -1;
        next = { ids, count, small: smallCount, failsAt };
      }
      hold(keys[j + 1]!, next);
      prefix = next;
      if (stopEarly && prefix.failsAt !== -1) return prefix.failsAt;
    }
    return { ids: prefix.ids, count: prefix.count };
  };

  const sizesScratch = new Int32Array(most);
  const masksScratch = sensitive.map(() => new Uint32Array(most));
  const lFields = criteria.l === undefined ? [] : (criteria.lFields ?? sensitive.map((_, f) => f));
  const trueChecks = criteria.notAllTrue === true ? sensitive.map((f, i) => [i, f.trueCode] as const).filter(([, code]) => code >= 0) : [];
  const diverse = (lFields.length > 0 || trueChecks.length > 0) && masked;
  const needsSets = (lFields.length > 0 || trueChecks.length > 0) && !masked;

  /** Counts each class's records (and its answers' masks, for ℓ-diversity) into `sizes` and `masks`, zeroed. */
  const measure = (classes: Classes, sizes: Int32Array, masks: readonly Uint32Array[]): void => {
    const { ids } = classes;
    for (let i = 0; i < n; i++) sizes[ids[i]!]!++;
    masks.forEach((mask, f) => {
      const codes = sensitive[f]!.codes;
      for (let i = 0; i < n; i++) if (codes[i]! >= 0) mask[ids[i]!] = (mask[ids[i]!]! | (1 << codes[i]!)) >>> 0;
    });
  };

  /** Whether class `c` fails the criteria. */
  const fails = (c: number, sizes: Int32Array, masks: readonly Uint32Array[]): boolean => {
    if (sizes[c]! < criteria.k) return true;
    if (masks.length === 0) return false;
    for (const f of lFields) if (popcount(masks[f]![c]!) < (criteria.l as number)) return true;
    // Answers all `true`: the mask is exactly the bit of `true`.
    for (const [f, code] of trueChecks) if (masks[f]![c] === (1 << code) >>> 0) return true;
    return false;
  };

  /** The records in failing classes, and which classes fail (into `failing`, when given). */
  const suppressedBy = (ids: Int32Array, count: number, sizes: Int32Array, masks: readonly Uint32Array[], failing?: Uint8Array): number => {
    const marks = failing ?? (needsSets ? new Uint8Array(count) : undefined);
    let suppressed = 0;
    for (let c = 0; c < count; c++) {
      if (!fails(c, sizes, masks)) continue;
      suppressed += sizes[c]!;
      if (marks !== undefined) marks[c] = 1;
    }
    if (!needsSets || marks === undefined) return suppressed;
    // More than 32 different answers: counted with sets, on the records.
    for (const f of lFields) markNotDiverse(sensitive[f]!.codes, ids, count, criteria.l as number, marks);
    for (const [f, code] of trueChecks) markAllTrue(sensitive[f]!.codes, code, ids, count, marks);
    suppressed = 0;
    for (let c = 0; c < count; c++) if (marks[c] === 1) suppressed += sizes[c]!;
    return suppressed;
  };

  // The kept nodes, the most recent first. With more than 32 different answers, classes need the
  // records' answers, so none is kept.
  const snapshots: Snapshot[] = [];
  const keeping = !needsSets && rollUp.cache > 0;
  const keep = (levels: readonly number[], count: number, sizes: Int32Array, masks: readonly Uint32Array[], reps: Int32Array): void => {
    if (!keeping || count > rollUp.maxClasses) return;
    snapshots.unshift({ levels: [...levels], count, reps, sizes: sizes.slice(0, count), masks: masks.map((mask) => mask.slice(0, count)) });
    if (snapshots.length > rollUp.cache) snapshots.pop();
  };
  /** The kept node with the fewest classes that `levels` generalises, if any. */
  const below = (levels: readonly number[]): Snapshot | undefined => {
    let best: Snapshot | undefined;
    for (const snapshot of snapshots) {
      if ((best === undefined || snapshot.count < best.count) && snapshot.levels.every((level, d) => level <= levels[d]!)) best = snapshot;
    }
    return best;
  };

  // The elements of a rollup: the kept classes, refined like records, two buffers in turn.
  const elementIds = [new Int32Array(0), new Int32Array(0)];
  const elementCodes = { codeOf: new Int32Array(0), byCode: new Int32Array(0), start: new Int32Array(most + 1) };
  let rolledUp = 0;
  /**
   * The classes of `levels` as unions of a kept node's classes (each element a kept class, weighted by
   * its size); like `fromRecords(levels, true)`, the shortest failing prefix instead when there is one.
   */
  const fromSnapshot = (snapshot: Snapshot, levels: readonly number[]): { ids: Int32Array; count: number } | number => {
    rolledUp++;
    const size = snapshot.count;
    if (elementCodes.codeOf.length < size) {
      elementIds[0] = new Int32Array(size);
      elementIds[1] = new Int32Array(size);
      elementCodes.codeOf = new Int32Array(size);
      elementCodes.byCode = new Int32Array(size);
    }
    let ids = elementIds[0]!.subarray(0, size).fill(0);
    let next = elementIds[1]!.subarray(0, size);
    const codeOf = elementCodes.codeOf.subarray(0, size);
    let count = size === 0 ? 0 : 1;
    for (let j = 0; j < m; j++) {
      const d = order[j]!;
      const level = levels[d]!;
      const codes = dims[d]!.labels[level]!.length;
      if (codes <= 1) continue;
      const recordCode = codesOf(d, level);
      for (let e = 0; e < size; e++) codeOf[e] = recordCode[snapshot.reps[e]!]!;
      if (count * codes <= packedLimit) {
        count = refinePacked(ids, next, codeOf, codes, tableFor(count * codes), scratch.sizes, snapshot.sizes);
      } else {
        const byCode = elementCodes.byCode.subarray(0, size);
        bucket(codeOf, codes, byCode, elementCodes.start);
        count = refine(ids, next, byCode, elementCodes.start, codes, scratch, snapshot.sizes);
      }
      [ids, next] = [next, ids];
      if (small(scratch.sizes, count, criteria.k) > criteria.maxSuppressed) return j + 1;
    }
    return { ids, count };
  };

  return {
    get rolledUp() {
      return rolledUp;
    },
    evaluate(levels) {
      // A dimension alone may already leave too many records in small groups.
      for (let d = 0; d < m; d++) {
        if (alone[d]![levels[d]!]! <= criteria.maxSuppressed) continue;
        const failsUpTo = [...tops];
        failsUpTo[d] = levels[d]!;
        return { feasible: false, suppressed: alone[d]![levels[d]!]!, failsUpTo };
      }
      // From the records, the prefix shared with the last node is free; from a kept node, every
      // dimension is refined again, on its classes. Each element read costs about the same.
      const keys = keysOf(levels);
      const found = longestKept(keys);
      const snapshot = found.prefix.failsAt !== -1 ? undefined : below(levels);
      const rolled = snapshot !== undefined && (rollUp.always === true || 2 * m * snapshot.count < (m - found.j) * n);
      const classes = rolled ? fromSnapshot(snapshot, levels) : fromRecords(levels, true, keys, found);
      if (typeof classes === "number")
        return { feasible: false, suppressed: criteria.maxSuppressed + 1, failsUpTo: certificate(levels, classes) };
      const { ids, count } = classes;
      const sizes = sizesScratch.subarray(0, count).fill(0);
      const masks = diverse ? masksScratch.map((mask) => mask.subarray(0, count).fill(0)) : [];
      const reps = keeping && count <= rollUp.maxClasses ? new Int32Array(count) : undefined;
      if (rolled) {
        for (let e = 0; e < ids.length; e++) sizes[ids[e]!]! += snapshot.sizes[e]!;
        masks.forEach((mask, f) => {
          const from = snapshot.masks[f]!;
          for (let e = 0; e < ids.length; e++) mask[ids[e]!] = (mask[ids[e]!]! | from[e]!) >>> 0;
        });
        if (reps !== undefined) for (let e = 0; e < ids.length; e++) reps[ids[e]!] = snapshot.reps[e]!;
      } else {
        measure(classes, sizes, masks);
        if (reps !== undefined) for (let i = 0; i < n; i++) reps[ids[i]!] = i;
      }
      const suppressed = suppressedBy(ids, count, sizes, masks);
      if (reps !== undefined) keep(levels, count, sizes, masks, reps);
      return { feasible: suppressed <= criteria.maxSuppressed, suppressed };
    },
    partition(levels) {
      const classes = fromRecords(levels, false) as Classes;
      const sizes = sizesScratch.subarray(0, classes.count).fill(0);
      const masks = diverse ? masksScratch.map((mask) => mask.subarray(0, classes.count).fill(0)) : [];
      measure(classes, sizes, masks);
      const failing = new Uint8Array(classes.count);
      const suppressed = suppressedBy(classes.ids, classes.count, sizes, masks, failing);
      return { classOf: classes.ids.slice(), sizes: sizes.slice(), failing, suppressed };
    },
  };
}

/** How many of the elements counted in `sizes[0..count)` are in classes of fewer than `k`. */
function small(sizes: Int32Array, count: number, k: number): number {
  let total = 0;
  for (let c = 0; c < count; c++) if (sizes[c]! < k) total += sizes[c]!;
  return total;
}

/** Marks the classes with fewer than `l` different answers of one sensitive field (unanswered does not count). */
function markNotDiverse(codes: Int32Array, ids: Int32Array, count: number, l: number, failing: Uint8Array): void {
  const seen = Array.from({ length: count }, () => new Set<number>());
  for (let i = 0; i < ids.length; i++) if (codes[i]! >= 0) seen[ids[i]!]!.add(codes[i]!);
  for (let c = 0; c < count; c++) if (seen[c]!.size < l) failing[c] = 1;
}

/** Marks the classes whose answers to one sensitive field are all `true` (code `trueCode`; unanswered does not count). */
function markAllTrue(codes: Int32Array, trueCode: number, ids: Int32Array, count: number, failing: Uint8Array): void {
  const seenTrue = new Uint8Array(count);
  const seenOther = new Uint8Array(count);
  for (let i = 0; i < ids.length; i++) {
    const code = codes[i]!;
    if (code === trueCode) seenTrue[ids[i]!] = 1;
    else if (code >= 0) seenOther[ids[i]!] = 1;
  }
  for (let c = 0; c < count; c++) if (seenTrue[c] === 1 && seenOther[c] === 0) failing[c] = 1;
}
