// What a word's letters make it does not depend on where it stands, and texts repeat their words:
// the rules remember their answers per word. Bounded: past a few thousand words a memory starts
// afresh, so a long run over many texts holds no more.

const MOST = 8192;

/** `answer`, remembering what it said of the last few thousand words it was asked about. */
export function remembered<T>(answer: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined || seen.has(word)) return known as T;
    const found = answer(word);
    if (seen.size >= MOST) seen.clear();
    seen.set(word, found);
    return found;
  };
}

/** `answer` of a word and its script (Latin letters or not), remembered per script. */
export function rememberedByScript<T>(answer: (word: string, latin: boolean) => T): (word: string, latin: boolean) => T {
  const inLatin = remembered((word) => answer(word, true));
  const inCyrillic = remembered((word) => answer(word, false));
  return (word, latin) => (latin ? inLatin(word) : inCyrillic(word));
}
