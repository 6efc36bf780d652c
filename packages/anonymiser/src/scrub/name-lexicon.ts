// The name vocabularies compiled once, on first use, into sets and maps of folded forms.
// A type import only: the browser bundle of the scrubber stays free of the questionnaire's code.
import type { Locale } from "@redumbrella/questionnaire";
import { cyrillicKey, foldCyrillic, foldedReading, latinKeys } from "./fold.js";
import { kazakhStems, type NameGender, roleForms, russianForms } from "./inflect.js";
import { AMBIGUOUS_FIRST_NAMES } from "./lexicon/ambiguous-names.js";
import { FAMILIAR_FORMS } from "./lexicon/diminutives.js";
import { ENGLISH_FIRST_NAMES, FOREIGN_FIRST_NAMES } from "./lexicon/english-names.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SHORT_SURNAMES } from "./lexicon/first-names.js";
import { MORE_AMBIGUOUS_FIRST_NAMES, MORE_FEMALE_FIRST_NAMES, MORE_MALE_FIRST_NAMES } from "./lexicon/first-names-more.js";
import {
  CONTACT_POSTPOSITIONS,
  CONTACT_PREPOSITIONS,
  DIMINUTIVE_SUFFIXES,
  KAZAKH_LOWER_CASE_WORDS,
  LOWER_CASE_WORDS,
  NAMED_VENUE_STEMS,
  PERSON_VERB_STEMS,
  PLACE_AND_VENUE_AFTER_STEMS,
  PLACE_AND_VENUE_STEMS,
  RUSSIAN_CASE_TO_NOMINATIVE,
  SPEECH_VERB_STEMS,
} from "./lexicon/name-context.js";
import {
  ENGLISH_COMMON_WORDS,
  FORM_FIELDS,
  INSTITUTION_STEMS,
  KEY_POPULATIONS,
  LATIN_FUNCTION_WORDS,
  MAIL_FIELDS,
  ORGANISATIONS,
  PLACES,
  RU_FUNCTION_WORDS,
  SURNAME_LOOKALIKES,
} from "./lexicon/not-names.js";
import {
  NAME_INTRODUCERS,
  NAME_MARKERS_AFTER,
  OTHER_ROLES,
  ROLE_QUALIFIERS,
  RU_ROLES_ADJECTIVE,
  RU_ROLES_CONSONANT,
  RU_ROLES_VOWEL,
} from "./lexicon/roles.js";
import { remembered } from "./remember.js";
import { type StemTest, stemTest } from "./stems.js";

/** Languages in which a first name is also an ordinary word, as bits: ru 1, kk 2, en 4. */
export type AmbiguityMask = number;

/** The bit of a language in an `AmbiguityMask`: a new locale needs its bit here. */
export const LANGUAGE_BIT: { readonly [L in Locale]: number } = { ru: 1, kk: 2, en: 4 };

/** Everything the name rules look words up in. */
export interface NameLexicon {
  /** Folded Russian case forms of first names (and short forms) → where they are ordinary words. */
  readonly firstNames: ReadonlyMap<string, AmbiguityMask>;
  /** Folded nominatives of first names, which a Kazakh case suffix may follow. */
  readonly firstNameNominatives: ReadonlyMap<string, AmbiguityMask>;
  /** Nominatives of first names as the lists spell them, in lower case (Айгүл and Айгуль apart). */
  readonly spelledNominatives: ReadonlySet<string>;
  /** Every beginning of those spellings (ай, айг, айгү, …): where a pet form's Kazakh letters may come from. */
  readonly spelledPrefixes: ReadonlySet<string>;
  /** Phonetic keys of first names, for Latin spellings → where they are ordinary words. */
  readonly firstNameKeys: ReadonlyMap<string, AmbiguityMask>;
  /** Folded Russian case forms, nominatives and phonetic keys of surnames no suffix rule finds (Ким, Цой). */
  readonly shortSurnames: ReadonlySet<string>;
  readonly shortSurnameNominatives: ReadonlySet<string>;
  readonly shortSurnameKeys: ReadonlySet<string>;
  /** Lower-case forms of roles, ranks and titles. */
  readonly roles: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly introducers: ReadonlySet<string>;
  readonly markersAfter: ReadonlySet<string>;
  /** Folded stems of places, matched with up to four letters of case ending. */
  readonly places: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  /** A form's field names (`Дата`, `Отчество`): never a name. */
  readonly formFields: ReadonlySet<string>;
  /** An e-mail's header fields that are also names, none before their colon (`Тема:`). */
  readonly mailFields: ReadonlySet<string>;
  readonly surnameLookalikes: ReadonlySet<string>;
  readonly englishCommon: ReadonlySet<string>;
  readonly englishNames: ReadonlyMap<string, AmbiguityMask>;
  readonly functionWords: ReadonlySet<string>;
  /** Folded ordinary words that are never a name in lower case. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** Kazakh words, as written, that fold to a name's form but are none. */
  readonly kazakhLowerCaseWords: ReadonlySet<string>;
  readonly contactPrepositions: ReadonlySet<string>;
  readonly contactPostpositions: ReadonlySet<string>;
  readonly isSpeechVerb: StemTest;
  /** Verbs only a person does, after a name that is also a word (`Роза видела`, `Grace saw`). */
  readonly isPersonVerb: StemTest;
  /** Nouns for places and venues around a name that is theirs (`облысы`, `город`, `сауна`, `hotel`). */
  readonly isPlaceOrVenueWord: StemTest;
  /** The same nouns in the Kazakh form that follows the name (`облысы`, `саунасы`, `қонақүйі`). */
  readonly isPlaceOrVenueAfter: StemTest;
  /** The first two folded letters of every form of every first name: no other word is one, in any form. */
  readonly firstNamePrefixes: ReadonlySet<string>;
  /** The first three folded letters of every first name's nominative: the syllable a Kazakh pet form keeps (Жанеке). */
  readonly firstNameSyllables: ReadonlySet<string>;
  /** Folded nominatives of first names by the gender of the lists that hold them ("both" when both do). */
  readonly firstNameGenders: ReadonlyMap<string, "f" | "m" | "both">;
}

// Both lists of each kind, read as one.
const FEMALE: readonly string[] = [...FEMALE_FIRST_NAMES, ...MORE_FEMALE_FIRST_NAMES];
const MALE: readonly string[] = [...MALE_FIRST_NAMES, ...MORE_MALE_FIRST_NAMES];
/** First names that are also ordinary words, by the language whose word they are. */
export const AMBIGUOUS: { readonly [L in Locale]: readonly string[] } = {
  en: [...AMBIGUOUS_FIRST_NAMES.en, ...MORE_AMBIGUOUS_FIRST_NAMES.en],
  ru: [...AMBIGUOUS_FIRST_NAMES.ru, ...MORE_AMBIGUOUS_FIRST_NAMES.ru],
  kk: [...AMBIGUOUS_FIRST_NAMES.kk, ...MORE_AMBIGUOUS_FIRST_NAMES.kk],
};
const AMBIGUOUS_SETS: { readonly [L in Locale]: ReadonlySet<string> } = {
  en: new Set(AMBIGUOUS.en),
  ru: new Set(AMBIGUOUS.ru),
  kk: new Set(AMBIGUOUS.kk),
};

/** Where a name is an ordinary word: the languages whose ambiguity list holds it. */
function ambiguityOf(name: string): AmbiguityMask {
  let mask = 0;
  for (const lang of Object.keys(LANGUAGE_BIT) as Locale[]) if (AMBIGUOUS_SETS[lang].has(name)) mask |= LANGUAGE_BIT[lang];
  return mask;
}

const addMask = (map: Map<string, AmbiguityMask>, key: string, mask: AmbiguityMask): void => {
  const seen = map.get(key);
  map.set(key, seen === undefined ? mask : seen | mask);
};

/** A place's stem: its folded form without a final vowel or й, so case endings can follow. */
export function placeStem(place: string): string {
  return foldCyrillic(place).replace(/[аеиоуыяйэю]$/u, "");
}

function compile(): NameLexicon {
  const firstNames = new Map<string, AmbiguityMask>();
  const firstNameNominatives = new Map<string, AmbiguityMask>();
  const firstNameKeys = new Map<string, AmbiguityMask>();
  // A case form that is a function word is none (Или, Иля's genitive, is "or").
  const functionWords = new Set(RU_FUNCTION_WORDS.map((w) => foldCyrillic(w.toLowerCase())));
  const addFirst = (name: string, gender: NameGender, mask: AmbiguityMask): void => {
    for (const form of russianForms(name, "first", gender)) {
      const folded = foldCyrillic(form);
      if (form === name || !functionWords.has(folded)) addMask(firstNames, folded, mask);
    }
    addMask(firstNameNominatives, foldCyrillic(name), mask);
    addMask(firstNameKeys, cyrillicKey(name), mask);
  };
  for (const name of FEMALE) addFirst(name, "f", ambiguityOf(name));
  for (const name of MALE) addFirst(name, "m", ambiguityOf(name));
  const firstNameGenders = new Map<string, "f" | "m" | "both">();
  for (const [names, gender] of [
    [FEMALE, "f"],
    [MALE, "m"],
  ] as const) {
    for (const name of names) {
      const key = foldCyrillic(name);
      const seen = firstNameGenders.get(key);
      firstNameGenders.set(key, seen === undefined || seen === gender ? gender : "both");
    }
  }
  const female = new Set(FEMALE);
  for (const [full, short] of FAMILIAR_FORMS) {
    for (const name of short) addFirst(name, female.has(full) ? "f" : "m", ambiguityOf(name));
  }
  const englishNames = new Map<string, AmbiguityMask>();
  // English words that are also first names elsewhere (German, Roman): names only with evidence.
  for (const word of AMBIGUOUS.en) addMask(englishNames, word.toLowerCase(), LANGUAGE_BIT.en);
  for (const name of [...ENGLISH_FIRST_NAMES, ...FOREIGN_FIRST_NAMES]) {
    const mask = ambiguityOf(name);
    addMask(englishNames, name.toLowerCase(), mask);
    for (const key of latinKeys(name).slice(0, 1)) addMask(firstNameKeys, key, mask);
  }
  const shortSurnames = new Set<string>();
  const shortSurnameNominatives = new Set<string>();
  const shortSurnameKeys = new Set<string>();
  for (const name of SHORT_SURNAMES) {
    for (const form of russianForms(name, "surname", "m")) shortSurnames.add(foldCyrillic(form));
    shortSurnameNominatives.add(foldCyrillic(name));
    shortSurnameKeys.add(cyrillicKey(name));
  }
  const roles = new Set<string>(OTHER_ROLES);
  for (const word of RU_ROLES_CONSONANT) for (const form of roleForms(word, "consonant")) roles.add(form);
  for (const word of RU_ROLES_VOWEL) for (const form of roleForms(word, "vowel")) roles.add(form);
  for (const word of RU_ROLES_ADJECTIVE) for (const form of roleForms(word, "adjective")) roles.add(form);
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  return {
    firstNames,
    firstNameGenders,
    firstNameNominatives,
    spelledNominatives: new Set([...FEMALE, ...MALE].map((name) => name.toLowerCase())),
    spelledPrefixes: new Set(
      [...FEMALE, ...MALE].flatMap((name) => [...name.toLowerCase()].map((_, n) => name.toLowerCase().slice(0, n + 1))),
    ),
    firstNameKeys,
    shortSurnames,
    shortSurnameNominatives,
    shortSurnameKeys,
    roles,
    englishNames,
    qualifiers: lower(ROLE_QUALIFIERS),
    introducers: lower(NAME_INTRODUCERS),
    markersAfter: new Set(NAME_MARKERS_AFTER.map((word) => foldedReading({ lower: word.toLowerCase(), latin: /^[a-z]/u.test(word) }))),
    places: new Set(PLACES.map(placeStem)),
    organisations: lower([...ORGANISATIONS, ...KEY_POPULATIONS]),
    formFields: lower(FORM_FIELDS),
    mailFields: lower(MAIL_FIELDS),
    surnameLookalikes: new Set(SURNAME_LOOKALIKES.map(foldCyrillic)),
    englishCommon: lower([...ENGLISH_COMMON_WORDS, ...LATIN_FUNCTION_WORDS]),
    functionWords: lower(RU_FUNCTION_WORDS),
    lowerCaseWords: new Set(LOWER_CASE_WORDS.map(foldCyrillic)),
    kazakhLowerCaseWords: new Set(KAZAKH_LOWER_CASE_WORDS),
    contactPrepositions: lower(CONTACT_PREPOSITIONS),
    contactPostpositions: lower(CONTACT_POSTPOSITIONS),
    isSpeechVerb: stemTest(SPEECH_VERB_STEMS),
    isPersonVerb: stemTest(PERSON_VERB_STEMS),
    isPlaceOrVenueWord: stemTest(PLACE_AND_VENUE_STEMS),
    isPlaceOrVenueAfter: stemTest(PLACE_AND_VENUE_AFTER_STEMS),
    firstNamePrefixes: new Set([...firstNameNominatives.keys(), ...firstNames.keys()].map((name) => name.slice(0, 2))),
    firstNameSyllables: new Set([...firstNameNominatives.keys()].filter((name) => name.length > 3).map((name) => name.slice(0, 3))),
  };
}

/** Whether a word is an institution's or a place's noun (`центр`, `больницы`, `прокуратуру`, `court`). */
export const isInstitutionWord: StemTest = stemTest(INSTITUTION_STEMS);
/** Whether a word is a venue's noun after "X деген", "X атты" (`кафе`, `сауна`, `дүкен`): X is the venue's name. */
export const isNamedVenue: StemTest = stemTest(NAMED_VENUE_STEMS);

let lexicon: NameLexicon | undefined;

/** The compiled lexicon, built on first use and kept for the life of the module. */
export function nameLexicon(): NameLexicon {
  lexicon ??= compile();
  return lexicon;
}

/** How a word was found to be a first name: as written (a case form), with a Kazakh ending, or as a diminutive. */
export type FirstNameHow = "form" | "suffixed" | "diminutive" | "vocative";

/**
 * Where a folded Cyrillic word, in a Russian case form, with a Kazakh case or possessive ending or as
 * a diminutive, is a first name that is an ordinary word; `undefined` if it is no first name.
 */
export function firstNameMask(lex: NameLexicon, folded: string): AmbiguityMask | undefined {
  return firstNameOf(lex, folded)?.mask;
}

/** What `firstNameOf` found for a word. */
type FirstName = { readonly mask: AmbiguityMask; readonly how: FirstNameHow } | undefined;

/** `firstNameMask`, and how the name was found. */
export function firstNameOf(lex: NameLexicon, folded: string): FirstName {
  // Every form of a first name starts as one of them does (Жанночку, Айгүлім, Лёхе).
  if (!lex.firstNamePrefixes.has(folded.slice(0, 2))) return undefined;
  return firstNameOfWord(folded);
}
const firstNameOfWord = remembered((folded) => lookUpFirstName(nameLexicon(), folded));

/** The first name's nominative a folded word with a Kazakh suffix is built on (`айгулдин` → `айгул`), if any. */
export function suffixedStem(lex: NameLexicon, folded: string): string | undefined {
  for (const stem of kazakhStems(folded)) if (lex.firstNameNominatives.has(stem)) return stem;
  return undefined;
}

function lookUpFirstName(lex: NameLexicon, folded: string): FirstName {
  const direct = lex.firstNames.get(folded);
  if (direct !== undefined) return { mask: direct, how: "form" };
  for (const stem of kazakhStems(folded)) {
    const mask = lex.firstNameNominatives.get(stem);
    if (mask !== undefined) return { mask, how: "suffixed" };
  }
  const mask = diminutiveMask(lex, folded);
  if (mask !== undefined) return { mask, how: "diminutive" };
  // Зарин calls Зарина before it is Зара's.
  return vocativeOf(lex, folded) ?? possessiveOf(lex, folded);
}

/**
 * The colloquial vocative of a first name in -а/-я, its last letter dropped (Наташ, маш, Зарин), or
 * the Kazakh pet form with -ш (Динаш): a form used only to call her, and a stem other words share,
 * so it needs the shape of an address.
 */
const EKE_WORDS: ReadonlySet<string> = new Set(["мереке", "береке"]);
// A consonant, а (ә folded), then -ке, its case endings after the ң (н folded): Сәке, Дәкеңе — never
// straight on (Кәкесі is someone's uncle).
const SHORT_RESPECT = /^[бвгджзклмнпрстфхшщ]аке(?:н(?:е|и|ди|ге|мен|нен|де|нин)?)?$/u;

function vocativeOf(lex: NameLexicon, folded: string): FirstName {
  if (folded.length < 3) return undefined;
  for (const ending of ["а", "я"]) if (lex.firstNameNominatives.has(folded + ending)) return { mask: ALL_LANGUAGES, how: "vocative" };
  // The Kazakh pet form of a name ending in a vowel: Динаш, Сабинаш, Сәулеш, as Kazakh chats call her
  // — and name her (Сәулеш келді): as ambiguous as the name itself.
  const base =
    folded.endsWith("ш") && /[аеиоуыэюя]$/u.test(folded.slice(0, -1)) ? lex.firstNameNominatives.get(folded.slice(0, -1)) : undefined;
  if (base !== undefined) return { mask: base, how: "vocative" };
  // The Kazakh pet form of respect, a name's first syllable and -еке, with its case endings (Жанеке,
  // Нұреке, Жанекемен): a syllable many names share, so as ambiguous; not the words so made
  // (мереке "holiday", береке "plenty", as in Bereke Bank).
  for (const stem of [folded, ...kazakhStems(folded)]) {
    if (stem.length === 6 && stem.endsWith("еке") && !EKE_WORDS.has(stem) && lex.firstNameSyllables.has(stem.slice(0, 3)))
      return { mask: ALL_LANGUAGES, how: "vocative" };
  }
  // …and a name's first two letters and -ке (Сәке, Дәкеңе).
  if (SHORT_RESPECT.test(folded) && lex.firstNamePrefixes.has(folded.slice(0, 2))) return { mask: ALL_LANGUAGES, how: "vocative" };
  return undefined;
}

// A Russian possessive adjective made from a first name in -а/-я: Дашин iPhone, Серёжина машина.
const POSSESSIVE = /^(\p{L}{2,}?)(?:ин|ина|ину|ине|иной|иного|иному|иным|иных|ины|ино)$/u;
const ALL_LANGUAGES = LANGUAGE_BIT.ru | LANGUAGE_BIT.kk | LANGUAGE_BIT.en;

/** A possessive adjective of a first name: always also an ordinary word's shape (машина), so it needs evidence. */
function possessiveOf(lex: NameLexicon, folded: string): FirstName {
  const match = POSSESSIVE.exec(folded);
  if (match === null) return undefined;
  const stem = match[1] as string;
  for (const ending of ["а", "я"]) {
    const form = lex.firstNames.get(stem + ending);
    if (form !== undefined || diminutiveMask(lex, stem + ending) !== undefined) return { mask: ALL_LANGUAGES, how: "diminutive" };
  }
  return undefined;
}

/** The gender of a first name, in the nominative or with a Kazakh ending (Ұлжанды → f), when one list holds it. */
export function firstNameGender(lex: NameLexicon, folded: string): "f" | "m" | undefined {
  for (const key of [folded, ...kazakhStems(folded)]) {
    const gender = lex.firstNameGenders.get(key);
    if (gender !== undefined) return gender === "both" ? undefined : gender;
  }
  return undefined;
}

/** A diminutive no list holds, in any case (`жанночку` → `жанна`), by its suffix. */
function diminutiveMask(lex: NameLexicon, folded: string): AmbiguityMask | undefined {
  // Four letters only in -ёк (Юлёк): иска, мука, дока are words.
  if (folded.length < (folded.endsWith("ек") ? 4 : 5)) return undefined;
  const nominatives = [folded];
  for (const [ending, replacements] of RUSSIAN_CASE_TO_NOMINATIVE) {
    if (!folded.endsWith(ending)) continue;
    for (const replacement of replacements) nominatives.push(folded.slice(0, -ending.length) + replacement);
  }
  for (const nominative of nominatives) {
    for (const [suffix, full] of DIMINUTIVE_SUFFIXES) {
      // A stem of two letters only for a name of three or more (Ирочка → Ира, Зоечка → Зоя).
      const stem = nominative.length - suffix.length;
      if (!nominative.endsWith(suffix) || stem < 2 || stem + full.length < 3) continue;
      const mask = lex.firstNameNominatives.get(nominative.slice(0, -suffix.length) + full);
      // A pet form of three letters or more (Аллочка, Верочка, Надюша) is no word, even of a name that is one.
      if (mask !== undefined) return suffix.length >= 3 ? 0 : mask;
    }
  }
  return undefined;
}

/** Whether a folded Cyrillic word is a short surname (Ким, Кима, Кимге). */
export function isShortSurname(lex: NameLexicon, folded: string): boolean {
  return lex.shortSurnames.has(folded) || kazakhStems(folded).some((stem) => lex.shortSurnameNominatives.has(stem));
}

/** Whether a folded word is a place or a case form of one (`талдыкоргане`, `талдыкорганда`). */
export const isPlace = remembered((folded) => {
  const { places } = nameLexicon();
  // A stem of two letters is Ош's (Оша, Ошта, iz Osha), whose forms are no other word's.
  for (let cut = 0; cut <= 6 && folded.length - cut >= 2; cut++) {
    if (places.has(folded.slice(0, folded.length - cut)) && PLACE_ENDING.test(folded.slice(folded.length - cut))) return true;
  }
  return false;
});

// What may follow a place's stem (folded): its own last vowel, then a Russian or Kazakh case ending
// or an adjective's ending (Талдыкоргане, Алматыда, Семейде, талдыкорганский), never -нов (Семёнов).
const PLACE_ENDING =
  /^[аеиоуыяйэю]?(?:|а|у|е|и|ы|ю|я|ой|ом|ем|ей|ью|да|де|та|те|до|то|дө|тө|ко|го|кө|гө|нда|нде|га|ге|ка|ке|на|не|ны|ни|ды|ди|ты|ти|н|дан|ден|тан|тен|нан|нен|нын|нин|дын|дин|тын|тин|мен|бен|пен|ск|ский|ская|ское|ской|ских|ском|скую|лык|лик|дагы|деги|тагы|теги|ндагы|ндеги|ка|сы|си|ын|ин|данмын|денмин|танмын|тенмин|нанмын|ненмин|дамын|демин|тамын|темин|дамин|тамин)$/u;
