import { reportError } from "./errors.js";
import { solver } from "./internal/simplex.js";

/** One equality that published figures make known: Σ coefficient × cell = constant. */
export interface LinearConstraint {
  readonly terms: readonly (readonly [cell: number, coefficient: number])[];
  readonly constant: number;
}

/** A table to publish: the true count of each cell, and the equalities its published totals make. */
export interface CellTable {
  readonly cells: readonly number[];
  readonly constraints: readonly LinearConstraint[];
}

/**
 * Why a cell is not published, which is published with it (a reader must know that "<5" is small
 * and "x" is not): `primary` — a count from 1 to `minCell − 1`; `complementary` — a count of at
 * least `minCell` hidden so that a small one cannot be worked out; `withheld` — any count, its
 * whole row hidden because nothing else could protect a small cell in it.
 */
export type SuppressionReason = "primary" | "complementary" | "withheld";

/** A table as published: each cell's count or `null`, why, and which constraints' rows are withheld whole. */
export interface SuppressedTable {
  readonly minCell: number;
  readonly cells: readonly (number | null)[];
  readonly reasons: readonly (SuppressionReason | null)[];
  /** Per constraint: every cell of its row is withheld, zeros included. */
  readonly withheld: readonly boolean[];
}

/** The cells `parts` add up to the published `constant` (e.g. the number of respondents). */
export function sumTo(parts: readonly number[], constant: number): LinearConstraint {
  return { terms: parts.map((cell) => [cell, 1] as const), constant };
}

/** The cells `parts` add up to the cell `total` of the same table. */
export function sumToCell(parts: readonly number[], total: number): LinearConstraint {
  return { terms: [...parts.map((cell) => [cell, 1] as const), [total, -1] as const], constant: 0 };
}

/** Throws unless `minCell` is 0 or 1 (off) or a whole number ≥ 3: "<2" could only mean 1. */
export function checkMinCell(minCell: number): void {
  if (!Number.isSafeInteger(minCell) || minCell < 0 || minCell === 2) {
    throw reportError("INVALID_OPTION", ["minCell"], "error.minCell", { minCell });
  }
}

function checkTable(table: CellTable): void {
  const { cells, constraints } = table;
  for (const [i, v] of cells.entries()) {
    if (!Number.isSafeInteger(v) || v < 0) throw reportError("INVALID_TABLE", ["cells", i], "error.cellNotCount", { cell: i, value: v });
  }
  for (const [k, c] of constraints.entries()) {
    if (c.terms.filter(([, a]) => a !== 0).length < 2)
      throw reportError("INVALID_TABLE", ["constraints", k], "error.constraintTooShort", { constraint: k });
    let sum = 0;
    for (const [cell, a] of c.terms) {
      const v = cells[cell];
      if (v === undefined) throw reportError("INVALID_TABLE", ["constraints", k], "error.constraintUnknownCell", { constraint: k, cell });
      sum += a * v;
    }
    if (sum !== c.constant) throw reportError("INVALID_TABLE", ["constraints", k], "error.constraintBroken", { constraint: k });
  }
}

/** What a reader knows of a suppressed cell from its published reason alone. */
function boundsOf(reason: SuppressionReason, minCell: number): readonly [number, number] {
  if (reason === "primary") return [1, minCell - 1];
  return reason === "complementary" ? [minCell, Number.POSITIVE_INFINITY] : [0, Number.POSITIVE_INFINITY];
}

/**
 * What anyone who sees the published table can deduce of each suppressed cell: the interval
 * `[min, max]` it must lie in given every published cell, every constraint and its published
 * reason (`primary`: 1 to `minCell − 1`; `complementary`: at least `minCell`; `withheld`: at least
 * 0). `null` for a published cell; `max` is `Infinity` when nothing bounds the cell.
 *
 * @example
 * import { disclosureIntervals, sumToCell } from "@redumbrella/report";
 *
 * const table = { cells: [2, 6, 8], constraints: [sumToCell([0, 1], 2)] };
 * disclosureIntervals(table, { minCell: 5, cells: [null, 6, 8], reasons: ["primary", null, null], withheld: [false] });
 * // [[2, 2], null, null]: the suppressed 2 is given away by 8 − 6
 */
export function disclosureIntervals(table: CellTable, published: SuppressedTable): readonly (readonly [min: number, max: number] | null)[] {
  return intervalsOf(table, published, () => true);
}

/** `disclosureIntervals`, solved only for the cells `wanted` accepts (`null` for the others). */
function intervalsOf(
  table: CellTable,
  published: SuppressedTable,
  wanted: (cell: number) => boolean,
): readonly (readonly [min: number, max: number] | null)[] {
  // The unknowns are the suppressed cells, shifted to start at 0: y = x − lower ≥ 0; an upper bound
  // becomes a row y + slack = upper − lower with a slack unknown of its own.
  const unknown: number[] = [];
  const column = table.cells.map((_, i) => (published.cells[i] === null ? unknown.push(i) - 1 : -1));
  const bounds = unknown.map((i) => boundsOf(published.reasons[i] ?? "withheld", published.minCell));
  const capped = unknown.flatMap((_, j) => (Number.isFinite((bounds[j] as readonly [number, number])[1]) ? [j] : []));
  const width = unknown.length + capped.length;
  const rows: number[][] = [];
  const rhs: number[] = [];
  for (const c of table.constraints) {
    if (!c.terms.some(([cell, a]) => a !== 0 && column[cell] !== -1)) continue;
    const row = Array.from({ length: width }, () => 0);
    let b = c.constant;
    for (const [cell, a] of c.terms) {
      const j = column[cell] as number;
      if (j === -1) b -= a * (published.cells[cell] as number);
      else {
        row[j] = (row[j] as number) + a;
        b -= a * (bounds[j] as readonly [number, number])[0];
      }
    }
    rows.push(row);
    rhs.push(b);
  }
  const linked = unknown.map((_, j) => rows.some((row) => row[j] !== 0));
  capped.forEach((j, k) => {
    const row = Array.from({ length: width }, () => 0);
    row[j] = 1;
    row[unknown.length + k] = 1;
    const [lo, hi] = bounds[j] as readonly [number, number];
    rows.push(row);
    rhs.push(hi - lo);
  });
  const solve = solver({ rows, rhs });
  return table.cells.map((_, i) => {
    const j = column[i] as number;
    if (j === -1 || !wanted(i)) return null;
    const [lo, hi] = bounds[j] as readonly [number, number];
    if (!linked[j]) return [lo, hi] as const;
    return [lo + solve.extremeOf(j, "min"), lo + solve.extremeOf(j, "max")] as const;
  });
}

/** Whether a cell's interval pins it to one value (counts are whole numbers). */
const pinned = (interval: readonly [number, number] | null): boolean => interval !== null && !(interval[1] - interval[0] >= 0.5);

/**
 * Small-cell suppression of one table: every count from 1 to `minCell − 1` is suppressed
 * (`primary`), then, while some suppressed cell can be worked out from the published cells,
 * constraints and reasons (`disclosureIntervals`), a non-zero published cell linked to it through
 * the constraints is suppressed too (`complementary`: the nearest and smallest that protects it
 * alone, else the nearest smallest); where no such cell exists, the nearest row is withheld whole. Zeros are published (outside withheld rows). Only where the
 * published constants alone pin a suppressed zero or large count (odd tables) may it stay known. `minCell` 0 or 1
 * suppresses nothing; 2 is refused ("<2" could only mean 1). Throws `ReportError`: `INVALID_OPTION`
 * for such a `minCell`, `INVALID_TABLE` when the table's counts break its own constraints, or when its
 * published constants alone give a small cell away (nothing suppressed could then protect it).
 *
 * @example
 * import { sumTo, suppressCells } from "@redumbrella/report";
 *
 * // complaints: accepted 2, not accepted 6, of 8 who complained (a published total)
 * suppressCells({ cells: [2, 6], constraints: [sumTo([0, 1], 8)] }, 5).cells; // [null, null]
 */
export function suppressCells(table: CellTable, minCell: number): SuppressedTable {
  checkMinCell(minCell);
  checkTable(table);
  const { cells, constraints } = table;
  const reasons: (SuppressionReason | null)[] = cells.map((v) => (v >= 1 && v < minCell ? "primary" : null));
  const withheld = constraints.map(() => false);
  const result = (): SuppressedTable => ({
    minCell,
    cells: cells.map((v, i) => (reasons[i] === null ? v : null)),
    reasons: [...reasons],
    withheld: [...withheld],
  });
  const open = (k: number): boolean => !withheld[k];
  const cellsOf = (k: number): number[] => (constraints[k] as LinearConstraint).terms.flatMap(([j, a]) => (a !== 0 ? [j] : []));

  /**
   * What would protect `exposed`: a complement among the non-zero published cells reachable from it
   * through the constraints (and the suppressed cells they hold) — the first, nearest and smallest
   * first, that unpins it on its own, else the nearest smallest; if there is none, the nearest row
   * not yet withheld is withheld whole.
   */
  const protection = (exposed: number): (() => void) | undefined => {
    const seenCells = new Set([exposed]);
    const seenRows = new Set<number>();
    const candidates: number[] = [];
    for (let frontier = [exposed]; frontier.length > 0; ) {
      const rows = constraints.flatMap((_, k) => (!seenRows.has(k) && cellsOf(k).some((j) => frontier.includes(j)) ? [k] : []));
      for (const k of rows) seenRows.add(k);
      const touched = [...new Set(rows.flatMap(cellsOf))];
      candidates.push(
        ...touched
          .filter((j) => reasons[j] === null && (cells[j] as number) > 0 && !candidates.includes(j))
          .sort((a, b) => (cells[a] as number) - (cells[b] as number) || a - b),
      );
      frontier = touched.filter((j) => !seenCells.has(j) && reasons[j] !== null);
      for (const j of frontier) seenCells.add(j);
    }
    const unpins = (candidate: number): boolean => {
      reasons[candidate] = "complementary";
      const interval = intervalsOf(table, result(), (i) => i === exposed)[exposed] ?? null;
      reasons[candidate] = null;
      return !pinned(interval);
    };
    const next = candidates.find(unpins) ?? candidates[0];
    if (next !== undefined) return () => void (reasons[next] = "complementary");
    const row = [...seenRows].find(open);
    if (row === undefined) return undefined;
    return () => {
      withheld[row] = true;
      for (const j of cellsOf(row)) reasons[j] = "withheld";
    };
  };

  for (;;) {
    const exposed = disclosureIntervals(table, result()).flatMap((interval, i) => (pinned(interval) ? [i] : []));
    const action = exposed.map(protection).find((a) => a !== undefined);
    if (action !== undefined) {
      action();
      continue;
    }
    // Nothing more can be hidden around what is still exposed: only the published constants give it
    // away. A zero or a count of minCell or more may be known (it could have been published); a small one, never.
    if (exposed.some((i) => (cells[i] as number) >= 1 && (cells[i] as number) < minCell)) {
      throw reportError("INVALID_TABLE", ["constraints"], "error.constantsDisclose");
    }
    return result();
  }
}
