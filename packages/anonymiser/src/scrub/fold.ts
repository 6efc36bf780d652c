// Spelling-insensitive keys for comparing names: Kazakh letters folded onto Russian ones, and any
// Cyrillic or Latin spelling onto one phonetic key, so Айгүл, Айгуль, Aigul and Ajgul meet.

import { rememberedByScript } from "./remember.js";

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  // Uzbek and Tajik Cyrillic: ҳ, ў, ӯ, ӣ, ҷ, ғ and қ as above (Муҳаббат, Гулчеҳра, Ўғилой).
  ҳ: "х",
  ў: "у",
  ӯ: "у",
  ӣ: "и",
  ҷ: "ж",
  і: "и",
  ё: "е",
  ь: "",
  ъ: "",
};
const FOLDABLE = /[әғқңөұүһҳўӯӣҷіёьъ]/gu;

/**
 * A lower-case Cyrillic word with Kazakh letters written as their Russian neighbours and without
 * soft and hard signs: `Әсел` and `Асель` both fold to `асел`.
 */
export function foldCyrillic(word: string): string {
  const lower = word.toLowerCase();
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(lower) ? lower.replace(FOLDABLE, (letter) => KAZAKH_TO_RUSSIAN[letter] ?? letter) : lower;
}

/** A word's Cyrillic reading, folded: Latin letters read as Cyrillic first (`apaiǵa` and `апайға` both give `апайга`). */
export function foldedReading(word: { readonly lower: string; readonly latin: boolean }): string {
  return readingOf(word.lower, word.latin);
}
const readingOf = rememberedByScript((lower, latin) => foldCyrillic(latin ? latinToCyrillic(kazakhLatinAsPlain(lower)) : lower));

const CYRILLIC_TO_KEY: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "c",
  ш: "s",
  щ: "s",
  ы: "i",
  э: "e",
  ю: "iu",
  я: "ia",
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
// An apostrophe inside a Latin word writes the soft sign (Natal'ya, Ol'ga).
const SOFT_SIGN = /['’ʼ]/gu;
const YO = /(?<=[b-df-hk-np-tv-zJSH])[ij]o(?!$)/gu;

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
  let base = word.toLowerCase().replace(SOFT_SIGN, "").replace(/ž/gu, "zh").replace(/š/gu, "sh").replace(/č/gu, "ch");
  base = base.normalize("NFD").replace(LATIN_DIACRITICS, "").replace(/ı/gu, "i");
  for (const [pattern, key] of LATIN_DIGRAPHS) base = base.replace(pattern, key);
  // ё after a consonant (Alyona, Seriozha, Fyodor) folds to е, as the Cyrillic key folds it.
  base = base.replace(YO, "e");
  // ш and ч share a key, as do ж and a j that is ж; h alone stays h (Х).
  const finish = (s: string): string => squeeze(s.replace(/S/gu, "s").replace(/J/gu, "j").replace(/H/gu, "h"));
  if (!base.includes("j")) return [finish(base)];
  return [finish(base), finish(base.replace(/j/gu, "i"))];
}

// Letters of the Kazakh and Turkish-style Latin alphabets and of scholarly transliteration.
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ä: "ә",
  á: "ә",
  ö: "ө",
  ó: "ө",
  ü: "ү",
  ú: "ұ",
  ğ: "ғ",
  ş: "ш",
  ç: "ч",
  ı: "ы",
  ñ: "ң",
  ý: "й",
  ž: "ж",
  š: "ш",
  č: "ч",
};
// Longest first: the Latin spellings of one Cyrillic letter.
const LATIN_TO_CYRILLIC: readonly (readonly [string, string])[] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["dzh", "дж"],
  ["zh", "ж"],
  ["kh", "х"],
  ["gh", "ғ"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ts", "ц"],
  ["yo", "ё"],
  ["jo", "ё"],
  ["yu", "ю"],
  ["ju", "ю"],
  ["iu", "ю"],
  ["ya", "я"],
  ["ja", "я"],
  ["ye", "е"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["w", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["j", "ж"],
  ["k", "к"],
  ["q", "қ"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["h", "х"],
  ["c", "к"],
  ["x", "кс"],
  ["y", "ы"],
];
const LATIN_BY_LETTER = new Map<string, (readonly [string, string])[]>();
for (const pair of LATIN_TO_CYRILLIC) {
  const first = pair[0].charAt(0);
  LATIN_BY_LETTER.set(first, [...(LATIN_BY_LETTER.get(first) ?? []), pair]);
}
const VOWELS = new Set(["a", "e", "i", "o", "u", "y", "ä", "ö", "ü", "ı"]);

/**
 * A Cyrillic spelling of a word written in Latin letters, as Russian and Kazakh are in chats and
 * documents (`Seryozha` → `серёжа`, `Aigerimge` → `айгеримге`, `Asylbekovke` → `асылбековке`).
 */
export function latinToCyrillic(word: string): string {
  let rest = "";
  for (const letter of word.toLowerCase()) rest += LATIN_LETTERS[letter] ?? letter;
  rest = rest.normalize("NFD").replace(LATIN_DIACRITICS, "");
  let out = "";
  let i = 0;
  while (i < rest.length) {
    const c = rest.charAt(i);
    if (c === "'" || c === "’" || c === "ʼ") {
      out += "ь";
      i++;
      continue;
    }
    const consonantBefore = i > 0 && !VOWELS.has(rest.charAt(i - 1));
    // io after a consonant is ё (Seriozha, Aliona); a final j after a vowel is й (Sergej, Sashej).
    if (consonantBefore && c === "i" && rest.charAt(i + 1) === "o" && i + 2 < rest.length) {
      out += "ё";
      i += 2;
      continue;
    }
    if (c === "j" && i === rest.length - 1 && i > 0 && !consonantBefore) {
      out += "й";
      i++;
      continue;
    }
    // i or y after a vowel and not before one is й: Aigerim, Nurlaiym, Kairat.
    if ((c === "i" || c === "y") && i > 0 && VOWELS.has(rest.charAt(i - 1)) && !VOWELS.has(rest.charAt(i + 1))) {
      out += "й";
      i++;
      continue;
    }
    // A final -ia is -ия (Yulia, Maria); inside a word, i and a are apart (Diana).
    if (c === "i" && i === rest.length - 2 && rest.endsWith("a")) {
      out += "ия";
      break;
    }
    const pair = (LATIN_BY_LETTER.get(c) ?? []).find(([latin]) => rest.startsWith(latin, i));
    out += pair === undefined ? c : pair[1];
    i += pair === undefined ? 1 : pair[0].length;
  }
  return out;
}

// Latin letters typed inside a Cyrillic word (Айгерiм, Aсель): the Cyrillic letter they look like.
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  i: "і",
  k: "к",
  m: "м",
  t: "т",
  h: "һ",
  b: "в",
  n: "п",
};
const LATIN_LETTER = /[a-z]/gu;

/** A lower-case word written mostly in Cyrillic with its Latin look-alike letters made Cyrillic. */
export function cyrillicLookalikes(lower: string): string {
  return lower.replace(LATIN_LETTER, (letter) => LOOKALIKES[letter] ?? letter);
}

// Cyrillic letters typed inside a Latin word (nomerі, menі: a Kazakh keyboard's і): the Latin letter they look like.
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LOOKALIKES).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC_LETTER = /[\u0400-\u04ff]/gu;

/**
 * A lower-case word written mostly in Latin letters with its Cyrillic look-alike letters made Latin
 * (`nomerі` → `nomeri`), or `undefined` when more of its letters are Cyrillic or one of them looks
 * like no Latin letter (`qазақ`).
 */
export function latinLookalikes(lower: string): string | undefined {
  let cyrillic = 0;
  for (const letter of lower.matchAll(CYRILLIC_LETTER)) {
    if (LATIN_LOOKALIKES[letter[0]] === undefined) return undefined;
    cyrillic++;
  }
  const latin = lower.replace(CYRILLIC_LETTER, (letter) => LATIN_LOOKALIKES[letter] as string);
  return (lower.match(LATIN_LETTER)?.length ?? 0) > cyrillic ? latin : undefined;
}

const MARKS = /[\u0300-\u036f]/gu;
/**
 * A Latin word without its diacritics, dotless ı as i and ŋ as n: Kazakh in the 2018 Latin alphabet
 * (`dańǵyly`, `úı`, `páter`, `Abaı`, `daŋǵyly`) read in the letters chats and the 2021 alphabet share;
 * the 2021 alphabet's ş and ç as the sh and ch chats write (`yqşamaudany`, `Şuğyla`).
 */
export function plainLatin(word: string): string {
  return word.replace(/ş/gu, "sh").replace(/ç/gu, "ch").normalize("NFD").replace(MARKS, "").replace(/ı/gu, "i").replace(/ŋ/gu, "n");
}

// The 2018 and 2021 Latin alphabets' letters and the letters chats write for them, one for one (ş,
// written sh, is left as it is).
const KAZAKH_LATIN: Readonly<Record<string, string>> = {
  á: "a",
  ǵ: "g",
  ı: "i",
  ń: "n",
  ó: "o",
  ú: "u",
  ý: "u",
  Á: "A",
  Ǵ: "G",
  Ń: "N",
  Ó: "O",
  Ú: "U",
  Ý: "U",
  ä: "a",
  ğ: "g",
  ñ: "n",
  ö: "o",
  ü: "u",
  ū: "u",
  Ä: "A",
  Ğ: "G",
  Ñ: "N",
  Ö: "O",
  Ü: "U",
  Ū: "U",
};
const KAZAKH_LATIN_LETTER = /[áǵıńóúýÁǴŃÓÚÝäğñöüūÄĞÑÖÜŪ]/gu;
/**
 * A text in the 2018 or 2021 Latin alphabet written letter for letter as chats write it (`týǵan
 * kúnim 1994 jylǵy 5 qyrkúıekte` → `tugan kunim 1994 jylgy 5 qyrkuiekte`, `tuğanmyn` → `tuganmyn`):
 * the same length, so offsets into one are offsets into the other.
 */
export function kazakhLatinAsPlain(text: string): string {
  return HAS_KAZAKH_LATIN.test(text) ? text.replace(KAZAKH_LATIN_LETTER, (letter) => KAZAKH_LATIN[letter] ?? letter) : text;
}
const HAS_KAZAKH_LATIN = /[áǵıńóúýÁǴŃÓÚÝäğñöüūÄĞÑÖÜŪ]/u;
