// Matching a word against a list of stems in a few set look-ups (one per prefix length), not one
// `startsWith` per stem: the rules ask this of most words of every text.

import { remembered } from "./remember.js";

/** A test of whether a lower-case word starts with one of `stems`. */
export type StemTest = (word: string) => boolean;

/** Compiles `stems` into a `StemTest`, which remembers its answers for the words it was asked about. */
export function stemTest(stems: readonly string[]): StemTest {
  const set = new Set(stems);
  const lengths = [...new Set(stems.map((s) => s.length))].sort((a, b) => a - b);
  return remembered((word) => {
    for (const length of lengths) {
      if (length > word.length) return false;
      if (set.has(word.slice(0, length))) return true;
    }
    return false;
  });
}
