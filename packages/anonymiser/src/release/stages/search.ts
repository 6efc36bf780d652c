import type { FieldPath } from "@redumbrella/questionnaire";
import { type Criteria, createEvaluator, type Evaluation } from "../classes.js";
import type { Dimension } from "../dimensions.js";
import { type SearchResult, searchLattice } from "../lattice.js";
import { ledgerFloor } from "../ledger.js";
import type { Checked } from "../options.js";
import type { SensitiveDiversity } from "../report.js";
import type { Encoded, EncodedRecords } from "./encode.js";

/** The node the search chose, the records it releases and the groups they form. */
export interface Searched {
  readonly result: SearchResult;
  /** The level of each dimension: the chosen node's, or every top when no node meets the criteria. */
  readonly levels: readonly number[];
  /** The indices (among the consented records) of the records released, in order. */
  readonly released: readonly number[];
  readonly classes: number;
  readonly smallest: number;
  readonly diversity: SensitiveDiversity[];
  /** How many of the nodes checked were rolled up from a kept node's classes. */
  readonly rolledUp: number;
}

/**
 * Stage 3, search: the node of the generalisation lattice of least information loss whose groups
 * all meet the criteria (k, ℓ, no group all `true`) after suppressing at most `maxSuppression` of
 * the records, never finer than the ledger; then its groups, and the records it releases.
 */
export function searchStage(encoded: Encoded, dims: readonly Dimension[], options: Checked): Searched {
  const { records: data, sensitive } = encoded;
  const { n } = data;
  const { k, lDiversity } = options;
  const criteria: Criteria = {
    k,
    maxSuppressed: Math.floor(options.maxSuppression * n + 1e-9),
    notAllTrue: options.notAllTrue,
    ...(lDiversity === undefined ? {} : { l: lDiversity.l, lFields: lDiversity.fields.map((f) => sensitive.indexOf(f)) }),
  };
  const evaluator = createEvaluator(data, criteria);
  const heights = dims.map((d) => d.height);
  const floor = ledgerFloor(options.ledger === "new" ? undefined : options.ledger, dims);
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
  return {
    result,
    levels,
    released,
    classes,
    smallest,
    diversity: sensitiveDiversity(data, sensitive, partition),
    rolledUp: evaluator.rolledUp,
  };
}

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
