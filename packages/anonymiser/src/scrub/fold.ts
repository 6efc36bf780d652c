// Spelling-insensitive keys for comparing names: Kazakh letters folded onto Russian ones, and any
// Cyrillic or Latin spelling onto one phonetic key, so Айгүл, Айгуль, Aigul and Ajgul meet.

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ё: "е", ь: "", ъ: "",
};
const FOLDABLE = /[әғқңөұүһіёьъ]/gu;

/**
 * A lower-case Cyrillic word with Kazakh letters written as their Russian neighbours and without
 * soft and hard signs: `Әсел` and `Асель` both fold to `асел`.
 */
export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(FOLDABLE, (letter) => KAZAKH_TO_RUSSIAN[letter] ?? letter);
}

const CYRILLIC_TO_KEY: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "c",
  ш: "s", щ: "s", ы: "i", э: "e", ю: "iu", я: "ia",
};

// Longest first: each Latin spelling of a Cyrillic sound, written as that sound's key letter.
const LATIN_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/shch|sch/gu, "s"],
  [/zh|dzh|dj/gu, "J"],
  [/sh|ch|tch/gu, "S"],
  [/kh|gh/gu, "H"],
  [/ts|tz/gu, "c"],
  [/x/gu, "ks"],
  [/q/gu, "k"],
  [/w/gu, "v"],
  [/y/gu, "i"],
];
const LATIN_DIACRITICS = /[\u0300-\u036f]/gu;

/** Drops i next to another vowel and doubled letters: the spellings of й, ы, я, ю and е differ most there. */
function squeeze(key: string): string {
  let out = key;
  for (;;) {
    const next = out.replace(/i(?=[aeou])|(?<=[aeou])i/gu, "");
    if (next === out) break;
    out = next;
  }
  return out.replace(/(.)\1+/gu, "$1");
}

/** The phonetic key of a Cyrillic word: `Айгуль` → `agul`, `Жанар` → `janar`. */
export function cyrillicKey(word: string): string {
  let key = "";
  for (const letter of foldCyrillic(word)) key += CYRILLIC_TO_KEY[letter] ?? letter;
  return squeeze(key.replace(/[JS]/gu, (c) => c.toLowerCase()));
}

/**
 * The phonetic keys of a Latin word: one, or two where `j` may be `ж` (Janar) or `й` (Ajgul).
 * `Aigul`, `Aygul`, `Ajgul` and `Aigül` all give `agul`.
 */
export function latinKeys(word: string): readonly string[] {
  let base = word.toLowerCase().replace(/ž/gu, "zh").replace(/š/gu, "sh").replace(/č/gu, "ch");
  base = base.normalize("NFD").replace(LATIN_DIACRITICS, "").replace(/ı/gu, "i");
  for (const [pattern, key] of LATIN_DIGRAPHS) base = base.replace(pattern, key);
  // ш and ч share a key, as do ж and a j that is ж; h alone stays h (Х).
  const finish = (s: string): string => squeeze(s.replace(/S/gu, "s").replace(/J/gu, "j").replace(/H/gu, "h"));
  if (!base.includes("j")) return [finish(base)];
  return [finish(base), finish(base.replace(/j/gu, "i"))];
}
