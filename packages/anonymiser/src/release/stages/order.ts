const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Up to this many records, the sort packs an index with the first 32 bits of its pseudonym in one number. */
const PACKED_INDICES = 1 << 21;

/**
 * Stage 6, order: the indices of `pids` in the order of their pseudonyms (keyed, so the input's
 * order, which may follow the interviews, is not kept), equal ones in index order (a stable sort):
 * one numeric sort of the first 8 hex digits with the index, then runs sharing them by the whole pseudonym.
 */
export function orderStage(pids: readonly string[]): number[] {
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
