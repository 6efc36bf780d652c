import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Criteria, createEvaluator } from "./classes.js";
import { dimensions } from "./dimensions.js";
import { bruteForce, LossScale, searchLattice } from "./lattice.js";
import { type EncodedDimension, type EncodedRecords, encodeRecords } from "./stages/encode.js";

/**
 * A random dimension: `distinct` level-0 codes, each level merging codes of the level below at
 * random (so generalisations nest), the top one code for all.
 */
const dimensionArb = (n: number): fc.Arbitrary<EncodedDimension> =>
  fc
    .record({
      distinct: fc.integer({ min: 1, max: 6 }),
      height: fc.integer({ min: 1, max: 3 }),
      seed: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      base: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    })
    .map(({ distinct, height, seed, base }) => {
      const up: Int32Array[] = [Int32Array.from({ length: distinct }, (_, c) => c)];
      const labels: string[][] = [Array.from({ length: distinct }, (_, c) => `v${c}`)];
      for (let level = 1; level <= height; level++) {
        const below = labels[level - 1] as string[];
        // Level `height` is one code; below it, each code of the level below goes to one of a few groups.
        const groups = level === height ? 1 : Math.max(1, Math.ceil(below.length / 2));
        const group = below.map((_, c) => ((seed[(c + level) % seed.length] as number) + c) % groups);
        const used = [...new Set(group)].sort((a, b) => a - b);
        const prev = up[level - 1] as Int32Array;
        up.push(Int32Array.from(prev, (code) => used.indexOf(group[code] as number)));
        labels.push(used.map((g) => `L${level}g${g}`));
      }
      return { height, base: Int32Array.from(base, (b) => b % distinct), up, labels };
    });

const problemArb = fc
  .integer({ min: 0, max: 30 })
  .chain((n) =>
    fc.record({
      data: fc.record({
        n: fc.constant(n),
        dims: fc.array(dimensionArb(n), { minLength: 1, maxLength: 4 }),
        sensitive: fc.array(
          fc
            .array(fc.integer({ min: -1, max: 2 }), { minLength: n, maxLength: n })
            .map((codes) => ({ codes: Int32Array.from(codes), distinct: 3, trueCode: 1 })),
          { maxLength: 2 },
        ),
      }),
      k: fc.integer({ min: 2, max: 4 }),
      l: fc.option(fc.integer({ min: 2, max: 3 }), { nil: undefined }),
      notAllTrue: fc.boolean(),
      suppression: fc.double({ min: 0, max: 0.5, noNaN: true }),
    }),
  )
  .map(({ data, k, l, notAllTrue, suppression }) => {
    const criteria: Criteria = {
      k,
      notAllTrue,
      maxSuppressed: Math.floor(suppression * data.n),
      ...(l === undefined || data.sensitive.length === 0 ? {} : { l }),
    };
    return { data: data as EncodedRecords, criteria };
  });

const heightsOf = (data: EncodedRecords): number[] => data.dims.map((d) => d.height);

/** The classes of a node by grouping label tuples: the definition, written independently of the refinement. */
function naiveSuppressed(data: EncodedRecords, levels: readonly number[], criteria: Criteria): number {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < data.n; i++) {
    const key = data.dims
      .map((dim, d) => dim.labels[levels[d] as number]?.[dim.up[levels[d] as number]?.[dim.base[i] as number] as number])
      .join("|");
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  let suppressed = 0;
  for (const members of groups.values()) {
    const answers = data.sensitive.map((f) => new Set(members.map((i) => f.codes[i]).filter((c) => c !== -1)));
    const diverse = criteria.l === undefined || answers.every((set) => set.size >= (criteria.l as number));
    // Answers all `true` (the code of `true`, alone).
    const allTrue = criteria.notAllTrue === true && data.sensitive.some((f, s) => answers[s]?.size === 1 && answers[s]?.has(f.trueCode));
    if (members.length < criteria.k || !diverse || allTrue) suppressed += members.length;
  }
  return suppressed;
}

describe("the evaluator", () => {
  it("counts the suppressed records of every node as grouping the labels does", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), ({ data, criteria }, picks) => {
        const evaluator = createEvaluator(data, { ...criteria, maxSuppressed: data.n });
        // Several nodes in a row, so prefixes computed for one are reused by the next.
        for (const pick of picks) {
          const levels = data.dims.map((dim, d) => (pick + d * 7) % (dim.height + 1));
          const expected = naiveSuppressed(data, levels, criteria);
          expect(evaluator.evaluate(levels).suppressed).toBe(expected);
          expect(evaluator.partition(levels).suppressed).toBe(expected);
        }
      }),
    );
  });

  it("names, for a node that fails, a generalisation that fails too", () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), ({ data, criteria }, pick) => {
        const evaluator = createEvaluator(data, criteria);
        const levels = data.dims.map((dim, d) => (pick + d) % (dim.height + 1));
        const result = evaluator.evaluate(levels);
        if (result.feasible || result.failsUpTo === undefined) return;
        expect(result.failsUpTo.every((level, d) => level >= (levels[d] as number))).toBe(true);
        expect(naiveSuppressed(data, result.failsUpTo, criteria)).toBeGreaterThan(criteria.maxSuppressed);
      }),
    );
  });
});

describe("kept prefixes", () => {
  it("evaluate and partition every node alike however few prefixes are kept", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), ({ data, criteria }, picks) => {
        // The fewest prefixes kept (three) against as many as the nodes have, neither rolling up.
        const few = createEvaluator(data, criteria, { maxClasses: 0, cache: 0, prefixes: 3 });
        const many = createEvaluator(data, criteria, { maxClasses: 0, cache: 0, prefixes: 1000 });
        for (const pick of picks) {
          const levels = data.dims.map((dim, d) => Math.floor(pick / 2 ** d) % (dim.height + 1));
          expect(few.evaluate(levels)).toEqual(many.evaluate(levels));
          expect(few.partition(levels)).toEqual(many.partition(levels));
          const result = few.evaluate(levels);
          const naive = naiveSuppressed(data, levels, criteria);
          if (result.feasible) expect(result.suppressed).toBe(naive);
          else expect(naive).toBeGreaterThan(criteria.maxSuppressed);
        }
      }),
    );
  });
});

describe("rollup from kept nodes", () => {
  // The oracle: the evaluator that always reads the records (it keeps no node).
  const fromRecords = { maxClasses: 0, cache: 0 };
  const rolling = (n: number) => ({ maxClasses: n, cache: 3, always: true });

  it("evaluates every node as reading the records does: feasible, suppressed and certificate", () => {
    let rolled = 0;
    fc.assert(
      fc.property(problemArb, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), ({ data, criteria }, picks) => {
        const oracle = createEvaluator(data, criteria, fromRecords);
        const evaluator = createEvaluator(data, criteria, rolling(data.n));
        // Nodes in any order: some have a kept node below them, some do not.
        for (const pick of picks) {
          const levels = data.dims.map((dim, d) => Math.floor(pick / 3 ** d) % (dim.height + 1));
          expect(evaluator.evaluate(levels)).toEqual(oracle.evaluate(levels));
        }
        rolled += evaluator.rolledUp;
        expect(oracle.rolledUp).toBe(0);
      }),
    );
    // Not vacuous: many of the evaluations were rolled up.
    expect(rolled).toBeGreaterThan(50);
  });

  it("leads the search to the same node, suppressing the same records, as reading the records does", () => {
    fc.assert(
      fc.property(problemArb, ({ data, criteria }) => {
        if (data.n === 0) return;
        const lattice = { heights: heightsOf(data), records: data.n };
        const evaluator = createEvaluator(data, criteria, rolling(data.n));
        const oracle = createEvaluator(data, criteria, fromRecords);
        const result = searchLattice(lattice, evaluator.evaluate);
        expect(result).toEqual(searchLattice(lattice, oracle.evaluate));
        if (result.found) expect(evaluator.partition(result.levels)).toEqual(oracle.partition(result.levels));
      }),
    );
  });
});

describe("searchLattice", () => {
  it("finds the same node as brute force, on lattices small enough to enumerate", () => {
    fc.assert(
      fc.property(problemArb, ({ data, criteria }) => {
        const lattice = { heights: heightsOf(data), records: data.n };
        if (data.n === 0) return;
        const flash = searchLattice(lattice, createEvaluator(data, criteria).evaluate);
        const brute = bruteForce(lattice, createEvaluator(data, criteria).evaluate);
        expect(flash.found).toBe(brute.found);
        if (flash.found && brute.found) {
          expect({ levels: flash.levels, suppressed: flash.suppressed, loss: flash.loss }).toEqual({
            levels: brute.levels,
            suppressed: brute.suppressed,
            loss: brute.loss,
          });
        }
      }),
    );
  });

  it("finds the same node as brute force on generated records, over a few real quasi-identifiers", () => {
    // Age, ethnicity, citizenship, residence and the interview date: 4·3·3·3·5 = 540 nodes.
    const dims = dimensions().filter((d) =>
      ["respondent.age", "respondent.ethnicity", "respondent.citizenship", "respondent.residence", "interview.date"].includes(d.path),
    );
    fc.assert(
      fc.property(
        fc.array(recordArb(), { minLength: 5, maxLength: 40 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom(0, 0.05, 0.2),
        (records, k, share) => {
          const data = encodeRecords(records, dims, [], k);
          const criteria = { k, maxSuppressed: Math.floor(share * records.length) };
          const lattice = { heights: heightsOf(data), records: data.n };
          const flash = searchLattice(lattice, createEvaluator(data, criteria).evaluate);
          const brute = bruteForce(lattice, createEvaluator(data, criteria).evaluate);
          expect(flash).toEqual({ ...brute, checks: flash.checks });
          expect(flash.checks).toBeLessThanOrEqual(brute.checks);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("of two nodes that lose as much, picks the one that suppresses fewer records", () => {
    // Two records unlike in the one dimension: suppressing both loses as much as generalising to the top.
    const data: EncodedRecords = {
      n: 2,
      dims: [{ height: 1, base: Int32Array.of(0, 1), up: [Int32Array.of(0, 1), Int32Array.of(0, 0)], labels: [["a", "b"], ["*"]] }],
      sensitive: [],
    };
    const lattice = { heights: [1], records: 2 };
    const expected = { found: true, levels: [1], suppressed: 0, loss: 1 };
    expect(searchLattice(lattice, createEvaluator(data, { k: 2, maxSuppressed: 2 }).evaluate)).toMatchObject(expected);
    expect(bruteForce(lattice, createEvaluator(data, { k: 2, maxSuppressed: 2 }).evaluate)).toMatchObject(expected);
  });

  it("finds nothing when even the top leaves too many records in small groups", () => {
    const data: EncodedRecords = {
      n: 3,
      dims: [
        { height: 1, base: Int32Array.of(0, 1, 2), up: [Int32Array.of(0, 1, 2), Int32Array.of(0, 0, 0)], labels: [["a", "b", "c"], ["*"]] },
      ],
      sensitive: [],
    };
    const result = searchLattice({ heights: [1], records: 3 }, createEvaluator(data, { k: 5, maxSuppressed: 0 }).evaluate);
    expect(result).toEqual({ found: false, checks: 1 });
  });
});

describe("LossScale", () => {
  it("counts a level of a dimension as its share of the height, and a suppressed record as fully generalised", () => {
    const scale = new LossScale({ heights: [4, 2, 1], records: 10 });
    // L = 4: a level of the first dimension is 1 unit, of the second 2, of the third 4; a record at most 12.
    expect(scale.unit).toEqual([1, 2, 4]);
    expect(scale.fraction(scale.total(scale.precision([2, 1, 0]), 0))).toBeCloseTo((2 / 4 + 1 / 2 + 0) / 3);
    expect(scale.fraction(scale.total(scale.precision([0, 0, 0]), 10))).toBe(1);
    expect(scale.fraction(scale.total(scale.precision([4, 2, 1]), 0))).toBe(1);
  });
});
