// A dense two-phase simplex with Bland's rule, for the handful of cells of one table: enough to
// find how far a suppressed cell can move while the published cells and totals stay as they are.

const EPS = 1e-9;

/** One pivot of the tableau on row `r`, column `c`. */
function pivot(tableau: number[][], basis: number[], r: number, c: number): void {
  const row = tableau[r] as number[];
  const p = row[c] as number;
  for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / p;
  for (let i = 0; i < tableau.length; i++) {
    if (i === r) continue;
    const other = tableau[i] as number[];
    const f = other[c] as number;
    if (Math.abs(f) < EPS) continue;
    for (let j = 0; j < other.length; j++) other[j] = (other[j] as number) - f * (row[j] as number);
  }
  basis[r] = c;
}

/**
 * Maximises `cost · y` over `y` in [0, limit) columns of the tableau, from a feasible basis; returns
 * `false` when the objective is unbounded. Bland's rule (smallest index) makes it terminate.
 */
function optimise(tableau: number[][], basis: number[], cost: readonly number[], limit: number): boolean {
  const rhs = (tableau[0]?.length ?? 1) - 1;
  for (;;) {
    let entering = -1;
    for (let j = 0; j < limit && entering === -1; j++) {
      if (basis.includes(j)) continue;
      let reduced = cost[j] ?? 0;
      for (let i = 0; i < tableau.length; i++) reduced -= (cost[basis[i] as number] ?? 0) * ((tableau[i] as number[])[j] as number);
      if (reduced > EPS) entering = j;
    }
    if (entering === -1) return true;
    let leaving = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < tableau.length; i++) {
      const a = (tableau[i] as number[])[entering] as number;
      if (a <= EPS) continue;
      const ratio = ((tableau[i] as number[])[rhs] as number) / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leaving] as number))) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving === -1) return false;
    pivot(tableau, basis, leaving, entering);
  }
}

/** A system `A y = b`, `y ≥ 0`, known to be feasible. */
export interface EqualitySystem {
  readonly rows: readonly (readonly number[])[];
  readonly rhs: readonly number[];
}

/** The extremes of single unknowns over one system, phase 1 done once for all of them. */
export interface Solver {
  /**
   * The largest (`"max"`) or smallest (`"min"`) value of `y[target]` over `{ y ≥ 0 : A y = b }`:
   * `Infinity` when unbounded, `NaN` when the system has no solution (a table's true counts rule it out).
   */
  extremeOf(target: number, goal: "max" | "min"): number;
}

/** A solver for `A y = b`, `y ≥ 0`: finds a feasible basis once, then optimises each objective from it. */
export function solver(system: EqualitySystem): Solver {
  const n = system.rows[0]?.length ?? 0;
  const m = system.rows.length;
  // Phase 1: one artificial variable per row, rows signed so that b ≥ 0.
  const tableau = system.rows.map((row, i) => {
    const b = system.rhs[i] as number;
    const s = b < 0 ? -1 : 1;
    const artificial = Array.from({ length: m }, (_, k) => (k === i ? 1 : 0));
    return [...row.map((a) => s * a), ...artificial, s * b];
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const phase1 = [...Array.from({ length: n }, () => 0), ...Array.from({ length: m }, () => -1)];
  optimise(tableau, basis, phase1, n + m);
  const rhs = n + m;
  let feasible = true;
  for (let i = 0; i < m; i++) if ((basis[i] as number) >= n && ((tableau[i] as number[])[rhs] as number) > 1e-7) feasible = false;
  // Drive the artificial variables left at zero out of the basis; a row where none can leave is redundant.
  for (let i = m - 1; i >= 0 && feasible; i--) {
    if ((basis[i] as number) < n) continue;
    const row = tableau[i] as number[];
    const j = row.findIndex((a, k) => k < n && Math.abs(a) > EPS);
    if (j === -1) {
      tableau.splice(i, 1);
      basis.splice(i, 1);
    } else pivot(tableau, basis, i, j);
  }
  return {
    extremeOf(target, goal) {
      if (!feasible) return Number.NaN;
      if (m === 0) return goal === "max" ? Number.POSITIVE_INFINITY : 0;
      const sign = goal === "max" ? 1 : -1;
      const t = tableau.map((row) => [...row]);
      const b = [...basis];
      const cost = Array.from({ length: n }, (_, j) => (j === target ? sign : 0));
      if (!optimise(t, b, cost, n)) return Number.POSITIVE_INFINITY;
      const at = b.indexOf(target);
      return at === -1 ? 0 : ((t[at] as number[])[rhs] as number);
    },
  };
}
