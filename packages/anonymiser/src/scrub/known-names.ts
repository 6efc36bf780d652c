// The names a caller knows are in the text (the record's own), compiled per call into every case
// form, spelling and transliteration, matched in any letter case.

import { cyrillicKey, foldCyrillic, latinKeys, latinToCyrillic } from "./fold.js";
import { genderOfEnding, kazakhStems, russianForms } from "./inflect.js";
import { FAMILIAR_FORMS } from "./lexicon/diminutives.js";

/** Known names, ready to match tokens against. */
export interface KnownNames {
  /** Folded Russian case forms and lower-case Latin spellings. */
  readonly forms: ReadonlySet<string>;
  /** Folded nominatives, which a Kazakh case suffix may follow. */
  readonly nominatives: ReadonlySet<string>;
  /** Phonetic keys of every word, for other Latin spellings (`Aliya` for `Алия`). */
  readonly keys: ReadonlySet<string>;
  /** Known strings that are not words (codes like `TK-017`), matched literally in any letter case. */
  readonly literals: readonly string[];
  /** Words already judged, Latin and Cyrillic apart: texts repeat their words (bounded). */
  readonly judged: readonly [Map<string, boolean>, Map<string, boolean>];
}

const WORD = /^[\p{L}\p{M}'’ʼ-]+$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u;
const SPLIT = /[\s.,;:()«»"“”]+/u;

const fullNamesOfShort = new Map<string, string[]>();
const shortByFull = new Map<string, readonly string[]>();
for (const [full, short] of FAMILIAR_FORMS) {
  shortByFull.set(foldCyrillic(full), short);
  for (const name of short) fullNamesOfShort.set(foldCyrillic(name), [...(fullNamesOfShort.get(foldCyrillic(name)) ?? []), full]);
}

// The release code scrubs every free-text field of a record with the same names: compile once.
const CACHE_SIZE = 256;
const cache = new Map<string, KnownNames | null>();

/** `compileKnownNames`, remembered for the last few hundred lists of names. */
export function knownNamesOf(names: readonly string[] | undefined): KnownNames | null {
  if (names === undefined || names.length === 0) return null;
  const key = names.map((n) => (typeof n === "string" ? n : "")).join("\u0000");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const compiled = compileKnownNames(names);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/**
 * Compiles `knownNames`: each word declined as a first name, surname and patronymic (which it is
 * cannot always be told), its diminutives and full forms, and its Latin or Cyrillic counterpart.
 * `null` when there are none.
 */
export function compileKnownNames(names: readonly string[] | undefined): KnownNames | null {
  if (names === undefined || names.length === 0) return null;
  const forms = new Set<string>();
  const nominatives = new Set<string>();
  const keys = new Set<string>();
  const literals: string[] = [];
  const addWord = (word: string): void => {
    const gender = genderOfEnding(word);
    for (const part of ["first", "surname", "patronymic"] as const) {
      for (const form of russianForms(word, part, gender)) forms.add(foldCyrillic(form));
    }
    nominatives.add(foldCyrillic(word));
    keys.add(cyrillicKey(word));
  };
  for (const name of names) {
    if (typeof name !== "string") continue;
    for (const raw of name.split(SPLIT)) {
      const word = raw.replace(/^['’ʼ-]+|['’ʼ-]+$/gu, "");
      if (word.length < 2) continue;
      if (!WORD.test(word)) {
        if (word.length >= 3) literals.push(word);
        continue;
      }
      if (LATIN.test(word)) {
        forms.add(word.toLowerCase());
        for (const key of latinKeys(word)) keys.add(key);
        addWord(latinToCyrillic(word));
        continue;
      }
      addWord(word);
      const folded = foldCyrillic(word);
      for (const other of [...(shortByFull.get(folded) ?? []), ...(fullNamesOfShort.get(folded) ?? [])]) addWord(other);
    }
  }
  return { forms, nominatives, keys, literals, judged: [new Map(), new Map()] };
}

/** Whether a word token is a known name: any of its forms or spellings. */
export function isKnownWord(known: KnownNames, lower: string, latin: boolean): boolean {
  const judged = known.judged[latin ? 0 : 1];
  let found = judged.get(lower);
  if (found === undefined) {
    found = judgeWord(known, lower, latin);
    if (judged.size >= JUDGED_MAX) judged.clear();
    judged.set(lower, found);
  }
  return found;
}

const JUDGED_MAX = 4096;

function judgeWord(known: KnownNames, lower: string, latin: boolean): boolean {
  if (latin) {
    if (known.forms.has(lower)) return true;
    return latinKeys(lower).some((key) => known.keys.has(key));
  }
  const folded = foldCyrillic(lower);
  return known.forms.has(folded) || kazakhStems(folded).some((stem) => known.nominatives.has(stem));
}

/** Where the known literal strings occur, in any letter case: `[start, end]` pairs. */
export function findKnownLiterals(text: string, known: KnownNames): [number, number][] {
  const found: [number, number][] = [];
  if (known.literals.length === 0) return found;
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ); offsets would then not map back, so such a text
  // is searched as written, for the literal as given and in lower and upper case.
  const sameLength = lower.length === text.length;
  for (const literal of known.literals) {
    const folds = literal.toLowerCase().length === literal.length;
    const searches: [string, string][] =
      sameLength && folds
        ? [[lower, literal.toLowerCase()]]
        : [
            [text, literal],
            [text, literal.toLowerCase()],
            [text, literal.toUpperCase()],
          ];
    for (const [haystack, needle] of searches) {
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
    }
  }
  return found;
}
