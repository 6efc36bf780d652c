import type { Evaluation } from "./classes.js";

/** The generalisation lattice: one level per dimension, from 0 to its height. */
export interface Lattice {
  /** The top level of each dimension. */
  readonly heights: readonly number[];
  /** How many records the loss is counted over (the consented records). */
  readonly records: number;
}

/** The best node found: its levels, the records it suppresses and its information loss. */
export type SearchResult =
  | {
      readonly found: true;
      readonly levels: readonly number[];
      readonly suppressed: number;
      /** The information loss, in [0, 1]. */
      readonly loss: number;
      /** How many nodes were evaluated against the data. */
      readonly checks: number;
    }
  | { readonly found: false; readonly checks: number };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The information loss of a node, exactly, as integers. With `L` the least common multiple of the
 * heights, a dimension at level `l` of height `h` loses `l·L/h` units of `L`; a released record loses
 * the sum over dimensions (`precision`), a suppressed record loses everything (`m·L`). The loss is the
 * total over the records divided by `records·m·L`: the mean normalised generalisation height, with
 * every value of a suppressed record counting as fully generalised.
 */
export class LossScale {
  readonly unit: readonly number[];
  /** `m·L`: what one suppressed record loses. */
  readonly full: number;
  private readonly records: number;

  constructor(lattice: Lattice) {
    const lcm = lattice.heights.reduce((acc, h) => (h === 0 ? acc : (acc * h) / gcd(acc, h)), 1);
    this.unit = lattice.heights.map((h) => (h === 0 ? 0 : lcm / h));
    this.full = this.unit.reduce((sum, u, d) => sum + u * (lattice.heights[d] as number), 0);
    this.records = lattice.records;
  }

  /** The precision units of a node: what each released record loses. */
  precision(levels: readonly number[]): number {
    return levels.reduce((sum, level, d) => sum + level * (this.unit[d] as number), 0);
  }

  /** The total loss of a node that suppresses `suppressed` records, in units. */
  total(precision: number, suppressed: number): number {
    return precision * (this.records - suppressed) + suppressed * this.full;
  }

  /** A total in units as a fraction in [0, 1]. */
  fraction(total: number): number {
    return this.records === 0 || this.full === 0 ? 0 : total / (this.records * this.full);
  }
}

/** The index of a node, such that indices order nodes like their level vectors, lexicographically. */
function strides(heights: readonly number[]): { stride: number[]; size: number } {
  const stride = new Array<number>(heights.length).fill(1);
  for (let d = heights.length - 2; d >= 0; d--) stride[d] = (stride[d + 1] as number) * ((heights[d + 1] as number) + 1);
  return { stride, size: heights.length === 0 ? 1 : (stride[0] as number) * ((heights[0] as number) + 1) };
}

/** Each node's precision (its loss bound per record), and the nodes by bound, then index. */
interface Bounds {
  readonly bound: Int32Array;
  readonly order: Int32Array;
}

// The lattice of a release is the same every time: its bounds are computed once per list of heights.
const BOUNDS = new Map<string, Bounds>();

function boundsOf(heights: readonly number[], scale: LossScale, stride: readonly number[], size: number): Bounds {
  const key = heights.join(",");
  const cached = BOUNDS.get(key);
  if (cached !== undefined) return cached;
  const bound = new Int32Array(size);
  heights.forEach((height, d) => {
    const s = stride[d] as number;
    const unit = scale.unit[d] as number;
    for (let x = 0; x < size; x++) (bound[x] as number) += (Math.floor(x / s) % (height + 1)) * unit;
  });
  // A counting sort by bound; equal bounds stay in index order.
  const start = new Int32Array(scale.full + 2);
  for (let x = 0; x < size; x++) (start[(bound[x] as number) + 1] as number)++;
  for (let b = 0; b <= scale.full; b++) (start[b + 1] as number) += start[b] as number;
  const order = new Int32Array(size);
  for (let x = 0; x < size; x++) order[(start[bound[x] as number] as number)++] = x;
  if (BOUNDS.size >= 8) BOUNDS.clear();
  const made = { bound, order };
  BOUNDS.set(key, made);
  return made;
}

/**
 * The order of nodes that meet the criteria: less information lost, then fewer records suppressed
 * (of two equal losses, the one that releases more), then the level vector that comes first.
 */
function better(total: number, suppressed: number, index: number, bestTotal: number, bestSuppressed: number, best: number): boolean {
  if (total !== bestTotal) return total < bestTotal;
  if (suppressed !== bestSuppressed) return suppressed < bestSuppressed;
  return index < best;
}

const UNKNOWN = 0;
const NOT_ANONYMOUS = 1;
/** Known to meet the criteria (a specialisation does), not evaluated: its loss is not known yet. */
const ANONYMOUS = 2;
const EVALUATED = 3;

/** The largest lattice searched (nodes): each node takes a byte of tags and 8 bytes of order and bound. */
const MAX_NODES = 1 << 25;

/**
 * Finds the node of least information loss that meets the criteria, ties going to the node that
 * suppresses fewer records, then to the node whose level vector comes first — the same node
 * `bruteForce` finds, with far fewer evaluations. Flash-style:
 * nodes are taken in order of their loss bound; from each node not yet known, a greedy path climbs
 * through unknown nodes, and a binary search along it finds its lowest node that meets the criteria.
 * Monotonicity tags what is learnt: a node that meets the criteria (after suppression) makes all its
 * generalisations meet them; one that fails makes all its specialisations fail. The loss of a node
 * and of all its generalisations is at least `precision·records` (a suppressed record loses at
 * least as much as a released one), so the search stops at the first node whose bound exceeds the
 * best loss found; nodes above a found node are still evaluated while their bound could beat it, as
 * fewer suppressions can outweigh a higher level.
 */
export function searchLattice(lattice: Lattice, evaluate: (levels: readonly number[]) => Evaluation): SearchResult {
  const { heights, records } = lattice;
  const m = heights.length;
  const { stride, size } = strides(heights);
  if (size > MAX_NODES) throw new RangeError(`the lattice has ${size} nodes, more than ${MAX_NODES}`);
  const scale = new LossScale(lattice);

  const levelsOf = (x: number): number[] => heights.map((h, d) => Math.floor(x / (stride[d] as number)) % (h + 1));
  const { bound, order } = boundsOf(heights, scale, stride, size);

  const tags = new Uint8Array(size);
  let checks = 0;
  const top = size - 1;
  let best = -1;
  let bestTotal = Number.POSITIVE_INFINITY;
  let bestSuppressed = 0;

  // Whether a node, and so every generalisation of it, loses more than the best found.
  const beyond = (x: number): boolean => (bound[x] as number) * records > bestTotal;
  /**
   * Tags the box between `low` and `high` (level by level) with `tag`, where it is UNKNOWN. `corner`
   * picks the node of a sub-box whose tag covers the whole sub-box (its greatest node for a failing
   * box, its least for a box that meets the criteria): a sub-box whose corner is tagged is skipped,
   * so boxes that overlap earlier ones cost little. Past the last dimension that does not span its
   * whole range, a box's nodes are consecutive indices.
   */
  const tagBox = (
    low: readonly number[],
    high: readonly number[],
    tag: number,
    known: (node: number) => boolean,
    cornerOf: "high" | "low",
  ): void => {
    let j = m - 1;
    while (j >= 0 && low[j] === 0 && high[j] === heights[j]) j--;
    // The offset of a sub-box's corner in the dimensions after d.
    const after = new Array<number>(m + 1).fill(0);
    for (let d = m - 1; d >= 0; d--)
      after[d] = (after[d + 1] as number) + ((cornerOf === "high" ? high : low)[d] as number) * (stride[d] as number);
    const visit = (d: number, base: number): void => {
      if (d > j) {
        for (let node = base; node < base + (j < 0 ? size : 1); node++) if (tags[node] === UNKNOWN) tags[node] = tag;
        return;
      }
      const width = stride[d] as number;
      for (let level = low[d] as number; level <= (high[d] as number); level++) {
        const start = base + level * width;
        if (known(start + (after[d + 1] as number))) continue;
        if (d < j) {
          visit(d + 1, start);
          continue;
        }
        for (let node = start; node < start + width; node++) if (tags[node] === UNKNOWN) tags[node] = tag;
      }
    };
    visit(0, 0);
  };
  // Every node below a failing node fails; every node above one that meets the criteria meets them.
  const failed = (node: number): boolean => tags[node] === NOT_ANONYMOUS;
  const met = (node: number): boolean => tags[node] === ANONYMOUS || tags[node] === EVALUATED;
  const tagDown = (x: number): void => {
    if (!failed(x))
      tagBox(
        heights.map(() => 0),
        levelsOf(x),
        NOT_ANONYMOUS,
        failed,
        "high",
      );
  };
  const tagUp = (x: number): void => {
    if (!met(x)) tagBox(levelsOf(x), heights, ANONYMOUS, met, "low");
  };
  /** Evaluates a node, tags it and what follows from it, and keeps it if it is the best so far. */
  const check = (x: number): boolean => {
    checks++;
    const result = evaluate(levelsOf(x));
    if (!result.feasible) {
      // The evaluation may name a generalisation that fails too: everything below it fails.
      const known =
        result.failsUpTo === undefined ? x : result.failsUpTo.reduce((index, level, d) => index + level * (stride[d] as number), 0);
      tagDown(known);
      return false;
    }
    tagUp(x);
    tags[x] = EVALUATED;
    const total = scale.total(bound[x] as number, result.suppressed);
    if (better(total, result.suppressed, x, bestTotal, bestSuppressed, best)) {
      best = x;
      bestTotal = total;
      bestSuppressed = result.suppressed;
    }
    return true;
  };
  // Successors in the order of the loss they add, cheapest first: the path climbs where it costs least.
  const climb = heights.map((_, d) => d).sort((a, b) => (scale.unit[a] as number) - (scale.unit[b] as number) || a - b);
  const pathFrom = (x: number): number[] => {
    const path = [x];
    for (let node = x; ; ) {
      let next = -1;
      for (const d of climb) {
        if (Math.floor(node / (stride[d] as number)) % ((heights[d] as number) + 1) === heights[d]) continue;
        const up = node + (stride[d] as number);
        if (tags[up] === UNKNOWN && !beyond(up)) {
          next = up;
          break;
        }
      }
      if (next === -1) return path;
      path.push(next);
      node = next;
    }
  };

  // The top suppresses the fewest records of all: if it fails, every node fails.
  if (!check(top)) return { found: false, checks };
  for (let i = 0; i < size; i++) {
    const x = order[i] as number;
    const tag = tags[x];
    if (tag === NOT_ANONYMOUS || tag === EVALUATED) continue;
    // In bound order, the first node that cannot beat the best is followed by no node that can.
    if (beyond(x)) break;
    if (tag === ANONYMOUS) {
      check(x);
      continue;
    }
    const path = pathFrom(x);
    let low = 0;
    let high = path.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const node = path[mid] as number;
      // A node of the path may have been tagged (or pruned) by a check made on it earlier.
      if (tags[node] === NOT_ANONYMOUS) low = mid + 1;
      else if (tags[node] !== UNKNOWN || beyond(node)) high = mid - 1;
      else if (check(node)) high = mid - 1;
      else low = mid + 1;
    }
  }
  return { found: true, levels: levelsOf(best), suppressed: bestSuppressed, loss: scale.fraction(bestTotal), checks };
}

/** Evaluates every node of the lattice and returns the best, by the same order as `searchLattice`: for tests. */
export function bruteForce(lattice: Lattice, evaluate: (levels: readonly number[]) => Evaluation): SearchResult {
  const { stride, size } = strides(lattice.heights);
  const scale = new LossScale(lattice);
  let best: { levels: number[]; suppressed: number; total: number; index: number } | undefined;
  for (let x = 0; x < size; x++) {
    const levels = lattice.heights.map((h, d) => Math.floor(x / (stride[d] as number)) % (h + 1));
    const result = evaluate(levels);
    if (!result.feasible) continue;
    const total = scale.total(scale.precision(levels), result.suppressed);
    // Indices increase with the level vectors: on a tie, the first is the lexicographically least.
    if (best === undefined || better(total, result.suppressed, x, best.total, best.suppressed, best.index)) {
      best = { levels, suppressed: result.suppressed, total, index: x };
    }
  }
  if (best === undefined) return { found: false, checks: size };
  return { found: true, levels: best.levels, suppressed: best.suppressed, loss: scale.fraction(best.total), checks: size };
}
