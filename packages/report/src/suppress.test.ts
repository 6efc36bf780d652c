import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReportError } from "./errors.js";
import {
  type CellTable,
  disclosureIntervals,
  type LinearConstraint,
  type SuppressedTable,
  sumTo,
  sumToCell,
  suppressCells,
} from "./suppress.js";

describe("suppressCells: examples", () => {
  it("accepted 2, not accepted 6, of 8 complaints: both are suppressed", () => {
    const result = suppressCells({ cells: [2, 6], constraints: [sumTo([0, 1], 8)] }, 5);
    expect(result.cells).toEqual([null, null]);
    expect(result.reasons).toEqual(["primary", "complementary"]);
  });

  it("one small cell and a published total: the next-smallest cell is suppressed too", () => {
    const result = suppressCells({ cells: [3, 9, 20, 7], constraints: [sumTo([0, 1, 2, 3], 39)] }, 5);
    expect(result.cells).toEqual([null, 9, 20, null]);
  });

  it("a total kept as a cell of the table is a candidate like any other", () => {
    // yes 3, no 40 of a total 43 that is itself a cell
    const result = suppressCells({ cells: [3, 40, 43], constraints: [sumToCell([0, 1], 2)] }, 5);
    expect(result.cells).toEqual([null, null, 43]);
  });

  it("publishes zeros, and tables with no small cell unchanged", () => {
    expect(suppressCells({ cells: [0, 10, 12], constraints: [sumTo([0, 1, 2], 22)] }, 5).cells).toEqual([0, 10, 12]);
  });

  it("two cells of 1 that add up to a known 2 are protected by a third cell (zeros are known to be published)", () => {
    const result = suppressCells({ cells: [1, 1, 0, 58], constraints: [sumTo([0, 1, 2, 3], 60)] }, 5);
    expect(result.cells).toEqual([null, null, 0, null]);
  });

  it("withholds a whole row when nothing else can protect its small cell", () => {
    const result = suppressCells({ cells: [3, 0, 0], constraints: [sumTo([0, 1, 2], 3)] }, 5);
    expect(result.cells).toEqual([null, null, null]);
    expect(result.withheld).toEqual([true]);
    expect(result.reasons).toEqual(["withheld", "withheld", "withheld"]);
  });

  it("a suppressed total spreads to the rows it is the total of, and back", () => {
    // complained: yes 4, no 50, notAsked 6 of 60; accepted: yes 1, no 3 of those 4
    const table: CellTable = {
      cells: [4, 50, 6, 1, 3],
      constraints: [sumTo([0, 1, 2], 60), sumToCell([3, 4], 0)],
    };
    const result = suppressCells(table, 5);
    expect(result.cells).toEqual([null, 50, null, null, null]);
    const intervals = disclosureIntervals(table, result);
    // 4 + 6 = 10 with "<5" and "x" (≥ 5) shown; 1 + 3 = the complained total, each "<5"
    expect(intervals[0]).toEqual([2, 4]);
    expect(intervals[2]).toEqual([6, 8]);
    expect(intervals[3]).toEqual([1, 3]);
  });

  it("cells in no constraint (a multiple-choice list) need no complement", () => {
    expect(suppressCells({ cells: [54, 3, 0, 1], constraints: [] }, 5).cells).toEqual([54, null, 0, null]);
  });

  it("minCell 0 or 1 turns suppression off", () => {
    for (const minCell of [0, 1]) {
      expect(suppressCells({ cells: [2, 6], constraints: [sumTo([0, 1], 8)] }, minCell).cells).toEqual([2, 6]);
    }
  });

  it('refuses minCell 2, whose "<2" could only mean 1, and any minCell that is not a whole number ≥ 0', () => {
    for (const minCell of [2, -1, 2.5, Number.NaN]) {
      expect(() => suppressCells({ cells: [1, 6], constraints: [] }, minCell)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
    }
  });

  it("rejects a table that breaks its own constraints", () => {
    expect(() => suppressCells({ cells: [2, 6], constraints: [sumTo([0, 1], 9)] }, 5)).toThrow(ReportError);
    expect(() => suppressCells({ cells: [2, 6], constraints: [sumTo([0, 3], 8)] }, 5)).toThrow(/lacks/);
    expect(() => suppressCells({ cells: [2, -1], constraints: [] }, 5)).toThrow(/whole numbers/);
    expect(() => suppressCells({ cells: [2, 6], constraints: [sumTo([0], 2)] }, 5)).toThrow(/fewer than 2/);
  });

  it("refuses a table whose published constants alone give a small cell away", () => {
    // 0 + 0 = 0 is published, so 1 + 0 + 0 = 1 names the small cell whatever is suppressed.
    const table = { cells: [1, 0, 0], constraints: [sumTo([1, 2], 0), sumTo([0, 1, 2], 1)] };
    expect(() => suppressCells(table, 5)).toThrow(/constants/);
  });
});

describe("disclosureIntervals", () => {
  it("gives a suppressed 2 away when 8 − 6 can be read off the published cells", () => {
    const table = { cells: [2, 6, 8], constraints: [sumToCell([0, 1], 2)] };
    const naive: SuppressedTable = { minCell: 5, cells: [null, 6, 8], reasons: ["primary", null, null], withheld: [false] };
    expect(disclosureIntervals(table, naive)).toEqual([[2, 2], null, null]);
  });

  it("knows of a cell in no constraint only what its reason says", () => {
    const table = { cells: [3, 9], constraints: [] };
    expect(disclosureIntervals(table, suppressCells(table, 5))).toEqual([[1, 4], null]);
  });
});

// Random tables shaped like the report's: leaves that add up to published constants or to total
// cells, the totals themselves in rows of their own (a gate's "yes" is the total of its sub-question).
const tableArb: fc.Arbitrary<{ table: CellTable; minCell: number }> = fc
  .record({
    leaves: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 12 })), { minLength: 2, maxLength: 5 }),
    groups: fc.array(fc.record({ mask: fc.integer({ min: 0, max: 31 }), asCell: fc.boolean(), withLeaf: fc.nat(4) }), {
      minLength: 0,
      maxLength: 2,
    }),
    minCell: fc.integer({ min: 3, max: 6 }),
  })
  .map(({ leaves, groups, minCell }) => {
    const cells = [...leaves];
    const constraints: LinearConstraint[] = [];
    for (const { mask, asCell, withLeaf } of groups) {
      const parts = leaves.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, i) => s + (cells[i] as number), 0);
      if (!asCell) {
        constraints.push(sumTo(parts, sum));
        continue;
      }
      const total = cells.push(sum) - 1;
      constraints.push(sumToCell(parts, total));
      // The total also sits in a row of its own, beside a leaf outside the group.
      const other = withLeaf % leaves.length;
      if (!parts.includes(other)) constraints.push(sumTo([total, other], sum + (cells[other] as number)));
    }
    return { table: { cells, constraints }, minCell };
  });

/**
 * Every value each suppressed cell can take, by brute force over whole numbers, as a reader who
 * knows the reasons sees it: a "primary" cell is from 1 to minCell − 1, a "complementary" one at
 * least minCell, a "withheld" one at least 0 — none above the sum of all counts.
 */
function bruteForceValues(table: CellTable, published: SuppressedTable): Map<number, Set<number>> {
  const max = table.cells.reduce((s, v) => s + v, 0) + 1;
  const m = published.minCell;
  const lower = published.reasons.map((r) => (r === "primary" ? 1 : r === "complementary" ? m : 0));
  const upper = published.reasons.map((r) => (r === "primary" ? m - 1 : max));
  const unknown = table.cells.flatMap((_, i) => (published.cells[i] === null ? [i] : []));
  const seen = new Map(unknown.map((i) => [i, new Set<number>()]));
  const value = [...published.cells];
  const holds = (c: LinearConstraint): boolean => c.terms.reduce((s, [cell, a]) => s + a * (value[cell] as number), 0) === c.constant;
  // Whether the constant is within what the terms can still add up to, the cells not yet tried within their bounds.
  const canHold = (c: LinearConstraint): boolean => {
    let least = 0;
    let most = 0;
    for (const [j, a] of c.terms) {
      const v = value[j] ?? null;
      const [low, high] = v !== null ? [v, v] : [lower[j] as number, upper[j] as number];
      least += a * (a >= 0 ? low : high);
      most += a * (a >= 0 ? high : low);
    }
    return least <= c.constant && c.constant <= most;
  };
  const visit = (at: number): void => {
    if (at === unknown.length) {
      if (table.constraints.every(holds)) for (const i of unknown) seen.get(i)?.add(value[i] as number);
      return;
    }
    const cell = unknown[at] as number;
    // A constraint whose only unknown left is this cell fixes it; otherwise try every value.
    const last = table.constraints.find(
      (c) => c.terms.every(([j]) => j === cell || value[j] !== null) && c.terms.some(([j, a]) => j === cell && a !== 0),
    );
    let candidates: number[];
    if (last === undefined)
      candidates = Array.from({ length: (upper[cell] as number) + 1 - (lower[cell] as number) }, (_, k) => (lower[cell] as number) + k);
    else {
      const a = last.terms.filter(([j]) => j === cell).reduce((s, [, c]) => s + c, 0);
      const rest = last.terms.filter(([j]) => j !== cell).reduce((s, [j, c]) => s + c * (value[j] as number), 0);
      const v = (last.constant - rest) / a;
      candidates = Number.isInteger(v) && v >= (lower[cell] as number) && v <= (upper[cell] as number) ? [v] : [];
    }
    for (const v of candidates) {
      value[cell] = v;
      if (table.constraints.every(canHold)) visit(at + 1);
    }
    value[cell] = null;
  };
  visit(0);
  return seen;
}

/**
 * The table as `suppressCells` publishes it — or, when it throws, `undefined` after checking that
 * it had to: with every cell suppressed and every row withheld, the constants alone pin a small cell.
 */
function publish(table: CellTable, minCell: number): SuppressedTable | undefined {
  try {
    return suppressCells(table, minCell);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    const nothing: SuppressedTable = {
      minCell,
      cells: table.cells.map(() => null),
      reasons: table.cells.map(() => "withheld"),
      withheld: table.constraints.map(() => true),
    };
    const pinned = [...bruteForceValues(table, nothing)].some(
      ([cell, values]) => values.size === 1 && (table.cells[cell] as number) >= 1 && (table.cells[cell] as number) < minCell,
    );
    expect(pinned, `${JSON.stringify(table)} could have been protected`).toBe(true);
    return undefined;
  }
}

describe("suppressCells: properties", () => {
  it("publishes no cell from 1 to minCell − 1, every published cell as it is, and zeros outside withheld rows", () => {
    fc.assert(
      fc.property(tableArb, ({ table, minCell }) => {
        const result = publish(table, minCell);
        if (result === undefined) return;
        const inWithheld = new Set(table.constraints.flatMap((c, k) => (result.withheld[k] ? c.terms.map(([j]) => j) : [])));
        table.cells.forEach((v, i) => {
          const shown = result.cells[i] as number | null;
          if (shown !== null) expect(shown).toBe(v);
          if (shown !== null) expect(shown >= 1 && shown < minCell).toBe(false);
          if (v === 0 && !inWithheld.has(i)) expect(shown).toBe(0);
        });
      }),
    );
  });

  it("no small suppressed cell is determined by the published cells, constraints and reasons (brute force)", () => {
    fc.assert(
      fc.property(tableArb, ({ table, minCell }) => {
        const result = publish(table, minCell);
        if (result === undefined) return;
        for (const [cell, values] of bruteForceValues(table, result)) {
          const value = table.cells[cell] as number;
          expect(values.has(value), `cell ${cell} true value feasible`).toBe(true);
          // A zero or a large count pinned by the constants alone is no disclosure; a small one is.
          if (value >= 1 && value < minCell)
            expect(values.size, `cell ${cell} of ${JSON.stringify(table)} → ${JSON.stringify(result.cells)}`).toBeGreaterThan(1);
        }
      }),
    );
  });

  it("no suppressed cell at all is determined in tables shaped like a report's (rows to a constant, sub-rows to a cell)", () => {
    const reportShaped = fc
      .record({
        top: fc.array(fc.nat(12), { minLength: 2, maxLength: 4 }),
        gate: fc.nat(3),
        sub: fc.array(fc.nat(12), { minLength: 1, maxLength: 2 }),
        minCell: fc.integer({ min: 3, max: 6 }),
      })
      .map(({ top, gate, sub, minCell }) => {
        // A gated row: its cells split the top row's cell `gate` (e.g. accepted / not accepted of those who complained).
        const g = gate % top.length;
        let left = top[g] as number;
        const split = sub.map((v) => {
          const taken = Math.min(v, left);
          left -= taken;
          return taken;
        });
        split.push(left);
        const cells = [...top, ...split];
        const constraints = [
          sumTo(
            top.map((_, i) => i),
            top.reduce((s, v) => s + v, 0),
          ),
          sumToCell(
            split.map((_, i) => top.length + i),
            g,
          ),
        ];
        return { table: { cells, constraints }, minCell };
      });
    fc.assert(
      fc.property(reportShaped, ({ table, minCell }) => {
        const result = publish(table, minCell);
        if (result === undefined) return;
        for (const [, values] of bruteForceValues(table, result)) expect(values.size).toBeGreaterThan(1);
      }),
    );
  });

  it("the intervals it reports agree with brute force", () => {
    fc.assert(
      fc.property(tableArb, ({ table, minCell }) => {
        const result = publish(table, minCell);
        if (result === undefined) return;
        const intervals = disclosureIntervals(table, result);
        const max = table.cells.reduce((s, v) => s + v, 0) + 1;
        for (const [cell, values] of bruteForceValues(table, result)) {
          const [lo, hi] = intervals[cell] ?? [Number.NaN, Number.NaN];
          expect(Math.min(...values)).toBeCloseTo(lo);
          if (hi < max) expect(Math.max(...values)).toBeCloseTo(hi);
        }
      }),
    );
  });
});
