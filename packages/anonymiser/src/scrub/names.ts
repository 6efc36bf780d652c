// Person names: each word classified (first name, surname, patronymic, initial, role, …) from the
// lexicon and suffix rules, then runs of name words are grouped and accepted on their evidence.

import type { Locale } from "@redumbrella/questionnaire";
import { type Candidate, PRIORITY } from "./candidate.js";
import { foldCyrillic, foldedReading, kazakhLatinAsPlain, latinKeys, latinToCyrillic } from "./fold.js";
import { genderOfEnding, kazakhStems } from "./inflect.js";
import { isKnownWord } from "./known-names.js";
import { STREET_CORNER_WORDS, STREET_NAME_PARTICLES, STREETS_PLURAL, TOWARD_WORDS } from "./lexicon/address-words.js";
import { MONTHS } from "./lexicon/dates.js";
import { FIRST_NAME_ENDING_LOOKALIKES, FIRST_NAME_ENDINGS } from "./lexicon/first-names.js";
import {
  DEFINING_WORDS,
  FIELD_LABEL_WORDS,
  FLOWER_NAMES,
  GOD_WORDS,
  GREETING_WORDS,
  I_WORDS,
  LETTERED_WORDS,
  LIST_AND_WORDS,
  NAME_IS_WORDS,
  NAME_PARTICLES,
} from "./lexicon/name-context.js";
import {
  actsAsPerson,
  agedOrBornAfter,
  askedAfter,
  askedWhere,
  CONJUNCTIONS,
  calledBy,
  calledSo,
  contactAfter,
  contactBefore,
  definedAsPerson,
  definedAsThing,
  doneWith,
  FULL_NAME_LETTERS,
  fromSomewhere,
  GENITIVE,
  greetedAtStart,
  introducedBy,
  introducedSelfAs,
  introducesSelf,
  kazakhPersonCase,
  markedAfter,
  type NameClass,
  type NameContext,
  namedInMail,
  nameFieldBefore,
  ownedByName,
  ownsPersonal,
  PERSON,
  speechNear,
  withMe,
} from "./name-evidence.js";
import {
  AMBIGUOUS,
  type AmbiguityMask,
  firstNameGender,
  firstNameMask,
  firstNameOf,
  isInstitutionWord,
  isNamedVenue,
  isPlace,
  isShortSurname,
  LANGUAGE_BIT,
  type NameLexicon,
  nameLexicon,
  suffixedStem,
} from "./name-lexicon.js";
import { isDocumentWord } from "./numbers.js";
import { CLOSING_QUOTES, fromUnit, LATIN_DIGRAPH_INITIAL, NAMING_MARKERS, OPENING_QUOTES, quotedTitles, TITLES } from "./quotes.js";
import { rememberedByScript } from "./remember.js";
import { NICKNAME_ADJECTIVE, onlySpacesBetween, type Token } from "./tokens.js";
import { work } from "./work.js";

const KK =
  "(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|ға|ге|қа|ке|га|ка|на|не|ны|ні|ни|ды|ді|ди|ты|ті|ти|н|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|пен|бен)";
// Kazakh suffixes follow vowel harmony: back after -ов/-ова (Ахметовқа, Ахметованың), front after -ин (Мусинге).
const KK_BACK = "(?:ның|дың|тың|нын|дын|тын|ға|қа|га|ка|на|ны|ды|ты|н|да|та|нда|дан|тан|нан|мен|пен|бен)";
const KK_FRONT = "(?:нің|дің|тің|нин|дин|тин|ге|ке|не|ні|ді|ті|ни|ди|ти|н|де|те|нде|ден|тен|нен|мен|пен|бен)";
// A Russian case ending or a Kazakh suffix, never both (кабин+е+те is no surname).
const RU_END = "(?:а|у|ым|е|ой|ою|ы|ых|ыми)";
const SURNAMES = [
  new RegExp(`^([\\p{L}-]{2,}?)(ов|ёв)(?:${RU_END}|а?${KK_BACK}|а?${KK_FRONT})?$`, "u"),
  new RegExp(`^([\\p{L}-]{2,}?)(ев)(?:${RU_END}|а?${KK_BACK}|а?${KK_FRONT})?$`, "u"),
  new RegExp(`^([\\p{L}-]{2,}?)(ин)(?:${RU_END}|${KK_FRONT}|а${KK_BACK})?$`, "u"),
];
// Russian nouns end like surnames in -ин and -цев too (медицина, женщин, пальцев): at a sentence's
// start such a word is a name only with more evidence.
const SURNAME_OTHER = new RegExp(`^([\\p{L}-]{3,}?)(енко|чук|щук|юк|ук|ян|янц|дзе|швили|зода|заде)(?:а|у|ом|е|ым)?${KK}?$`, "u");
const SURNAME_ADJECTIVE = /^[\p{L}-]{3,}?(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)$/u;
// A patronymic, also as spoken (Саныч, Михалыч, Николаич, Сергеич) and in Ukrainian (Василівна).
const PATRONYMIC = new RegExp(
  `^[\\p{L}-]{2,}?(?:(?:ович|евич|ьич|ыч|аич|еич)(?:а|у|ем|е)?|(?:овн|евн|ичн|івн|ївн)(?:а|ы|и|і|е|у|ой|ою|ій))${KK}?$`,
  "u",
);
const KAZAKH_PATRONYMIC = /^[\p{L}-]{3,}?(?:ұлы|улы|уулу|қызы|кызы|кизи)(?:ның|нің|нын|нин|на|не|н|нда|нде|нан|нен|мен)?$/u;
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const LATIN_SURNAME = /^[a-z'-]{2,}?(?:ov|ova|ev|eva|yn|yna|enko|chuk|uk|yuk|yan|dze|shvili|zoda|zade)$/u;
// English has too many words in -in and -ina (begin, cabin, login, margin, China): with evidence only.
const LATIN_SURNAME_WEAK = /^[a-z'-]{3,}?(?:sky|skiy|skii|ski|skaya)$|^[a-z'-]{2,}?[^aeiou]in[a]?$/u;
const LATIN_PATRONYMIC = /^[a-z'-]{2,}?(?:ovich|evich|ovna|evna|ichna|uly|ulu|kyzy|qyzy|kizi)$/u;
const RU_ADJECTIVE = /(?:[нвк]ой|[нвк]ая|[нвк]ый|[нвк]ого|[нвк]ому|[нвк]ых|[нвк]ые|[нвк]ую)$/u;
const NAME_ENDING = new RegExp(
  `^([\\p{L}-]{2,}?(?:${FIRST_NAME_ENDINGS.join("|")}))(?:а|у|ом|ем|е|ы|и|ой|ою|ей|ю|я|${KK.slice(3, -1)})?$`,
  "u",
);
const LATIN_NAME_ENDING = /^[a-z'-]{2,}?(?:bek|gul|zhan|nur|sulu|khan|bike|gali|zada|banu|bonu|slav|slava)$/u;
const NAME_ENDING_LOOKALIKES = new Set(FIRST_NAME_ENDING_LOOKALIKES);
// Those words in any form (Дәріхана, Жатақханада, гражданина), whatever name a Kazakh ending would leave.
const LOOKALIKE_START = new RegExp(`^(?:${FIRST_NAME_ENDING_LOOKALIKES.join("|")})`, "u");
const INNER_CAPITAL = /^\p{Lu}\p{Ll}*\p{Lu}/u;
const ALLCAPS_PART = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;
const THREE_CAPITALS = /\p{Lu}.*\p{Lu}.*\p{Lu}/u;
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
const SURNAME_WITH_ENDING = /^\p{L}{3,}(?:ов|ев|ёв|ин)а?\p{L}{1,4}$/u;
const INITIAL_CASE_ENDING =
  /^-(?:ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен)(?!\p{L})/u;
// Initials of Cyrillic letters written with two Latin ones: Ye. (Е), Zh. (Ж), Sh. (Ш), Kh. (Х).
// A name before these is a street's (Толе би, Абылай хан, Кабанбай батыра, Біржан сал), not a person's.
const STREET_PARTICLES = new Set(
  STREET_NAME_PARTICLES.filter((word) => word.length > 2 && !["ата", "ана", "имени"].includes(word)).concat("би", "bi"),
);
const CORNER = new Set(STREET_CORNER_WORDS);
// "Абай мен Сейфуллин", "Рысқұлов пен Сүйінбай": мен is бен and пен after some sounds.
const FIELD_MARKS: ReadonlySet<string> = new Set([":", ";", "|"]);
const CORNER_LINKS: ReadonlySet<string> = new Set(["мен", "бен", "пен", "менен", "men", "ben", "pen", "menen", "и", "and"]);

// The stems of the ambiguous names spelt with ё (Алёна): there the ё does not tell the name from a word.
const YO_WORDS = Object.values(AMBIGUOUS)
  .flat()
  .filter((word) => /ё/iu.test(word))
  .map((word) => word.toLowerCase().slice(0, -1));

/** The language whose ordinary words a token's script points to. */
function ambiguityBit(token: Token, lang: Locale): number {
  if (token.latin) return LANGUAGE_BIT.en;
  return LANGUAGE_BIT[lang === "en" ? "ru" : lang];
}

const SHORT_PARTICIPLE = /(?:влен|жден|щен|шен|рован|ован|писан|ержан|везен|веден|ведён|везён)[аоы]?$/u;
// Russian nouns in -овка (остановка) and participles in -ован (арестована, зарегистрированы).
const NOUN_IN_OVKA = /^(?:ка|ке|ку|ки|кой|кою|ана|аны|ано|ан)$/u;
// "Синяков не было", "Штрафов стало больше": a plural genitive, not a surname, before these.
const FIELD_LABELS: ReadonlySet<string> = new Set([...FIELD_LABEL_WORDS, ...NAME_IS_WORDS]);
const COUNTED = new Set(["было", "стало", "нет", "осталось", "много", "мало", "больше", "меньше", "хватает", "хватало", "набралось"]);

/** Whether token `i` is counted by what follows it (`не было`, `стало больше`). */
function countedAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const word = next?.lower === "не" ? tokens[i + 2]?.lower : next?.lower;
  return word !== undefined && COUNTED.has(word);
}

/** What a Cyrillic word is by its letters alone, before its neighbours are read. */
type Lexical =
  | { readonly kind: "none" | "patronymic" | "surnameOther" | "ending" | "short" | "adjective" | "cap" }
  | { readonly kind: "first"; readonly mask: AmbiguityMask }
  | { readonly kind: "surname"; readonly nounLike: boolean; readonly bare: boolean };

/** `lexicalOf`, remembered per script. */
const lexicalOfWord = rememberedByScript((lower, latin) => lexicalOf(lower, latin, nameLexicon()));

// "Қостанайданмын", "Sary-Agashtanmyn": I am from there, said of a place, never of a person.
const FROM_THERE_I_AM = /(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)(?:мын|мін|myn|min)$/u;
// "Kartamnyn nomeri": "my card's", a noun with "my" and the genitive, in Latin letters.
const MINE_OWNED = /(?:ymnyn|imnin|amnyn|emnin|ymnyń|imniń)$/u;

function lexicalOf(lower: string, latin: boolean, lex: NameLexicon): Lexical {
  const folded = foldCyrillic(lower);
  if (isPlace(folded) || LOOKALIKE_START.test(lower) || FROM_THERE_I_AM.test(lower)) return { kind: "none" };
  if (PATRONYMIC.test(lower) || KAZAKH_PATRONYMIC.test(lower)) return { kind: "patronymic" };
  const mask = firstNameMask(lex, folded);
  if (mask !== undefined) return { kind: "first", mask };
  // Two first names joined by a hyphen (Анна-Мария, Анной-Марией): a word only if both are.
  const [one, two, more] = folded.split("-");
  if (two !== undefined && more === undefined) {
    const [a, b] = [firstNameMask(lex, one as string), firstNameMask(lex, two)];
    if (a !== undefined && b !== undefined) return { kind: "first", mask: a & b };
    // A name and an adjective that tells her from the others (Наташка-Белая): a nickname.
    if (a !== undefined && NICKNAME_ADJECTIVE.test(two)) return { kind: "first", mask: a };
  }
  let surname: RegExpExecArray | null = null;
  for (const pattern of SURNAMES) surname ??= pattern.exec(lower);
  // Written in Cyrillic, these are no -ов surname with a Kazakh ending, unless made from a first
  // name (Ахметжанованы, not арестованы).
  if (
    surname !== null &&
    !latin &&
    NOUN_IN_OVKA.test(surname[0].slice((surname[1] as string).length + (surname[2] as string).length)) &&
    !surnameOfFirstName(lower, lex)
  )
    surname = null;
  if (surname !== null && !lex.surnameLookalikes.has(foldCyrillic((surname[1] as string) + (surname[2] as string)))) {
    const [, stem, suffix] = surname as unknown as [string, string, string];
    return { kind: "surname", nounLike: suffix === "ин" || (suffix === "ев" && stem.endsWith("ц")), bare: surname[0] === stem + suffix };
  }
  const other = SURNAME_OTHER.exec(lower);
  if (other !== null && !lex.surnameLookalikes.has(foldCyrillic((other[1] as string) + (other[2] as string))))
    return { kind: "surnameOther" };
  const ending = NAME_ENDING.exec(lower);
  if (ending !== null && !NAME_ENDING_LOOKALIKES.has(ending[1] as string)) return { kind: "ending" };
  if (isShortSurname(lex, folded)) return { kind: "short" };
  if (SURNAME_ADJECTIVE.test(lower)) return { kind: "adjective" };
  return { kind: "cap" };
}

function classifyCyrillic(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
  lang: Locale,
  lower = (tokens[i] as Token).lower,
): NameClass {
  const token = tokens[i] as Token;
  const lexical = lexicalOfWord(lower, token.latin);
  switch (lexical.kind) {
    case "none":
    case "patronymic":
      return lexical.kind;
    case "cap": {
      // "Прокурор Генеральной прокуратуры": an adjective before an institution's noun names the
      // institution; the noun itself (Республики, Суд) is no one's name either.
      const next = tokens[i + 1];
      if (isInstitutionWord(lower)) return "none";
      return RU_ADJECTIVE.test(lower) && next?.kind === "word" && (institutionAfter(next) || isDocumentWord(next.lower)) ? "none" : "cap";
    }
    case "first":
      // Written with ё, a name is no word spelt with е (Тёма, not тема), unless a word has the ё too.
      if (lower.includes("ё") && !YO_WORDS.some((stem) => lower.startsWith(stem))) return "first";
      return (lexical.mask & ambiguityBit(token, lang)) !== 0 ? "firstAmbiguous" : "first";
    case "surname": {
      // "Кыргызской Республики", "Страховой полис": an adjective before an institution's or a
      // document's noun, like "Генеральной прокуратуры".
      const next = tokens[i + 1];
      // …but after a first name it is her surname (паспорт Мадины Гасановой серии …).
      const previous = tokens[i - 1];
      const named = previous?.cap === true && firstNameMask(lex, foldCyrillic(previous.lower)) !== undefined;
      if (!named && RU_ADJECTIVE.test(lower) && next?.kind === "word" && (institutionAfter(next) || isDocumentWord(next.lower)))
        return "none";
      if (token.sentenceStart && (lexical.nounLike || (lexical.bare && countedAfter(tokens, i)))) return "surnameWeak";
      return "surname";
    }
    case "surnameOther":
      return "surname";
    case "ending":
      return "first";
    case "short":
      return "surnameWeak";
    case "adjective": {
      const next = tokens[i + 1];
      const institution = next?.kind === "word" && isInstitutionWord(next.lower);
      return institution ? "none" : "surnameWeak";
    }
  }
}

/** Whether a word is an institution's or a district's noun, in Cyrillic or Latin letters (района, rajona, suda). */
function institutionAfter(next: Token): boolean {
  if (isInstitutionWord(next.lower)) return true;
  return next.latin && (LATIN_DISTRICT.test(next.lower) || isInstitutionWord(latinToCyrillic(next.lower)));
}
const LATIN_DISTRICT = /^ra[jyi]on/u;
const LATIN_ADJECTIVE = /(?:skogo|skoi|skoy|skaya|skaia|skii|skiy|skom|skoj)$/u;

function classifyLatin(tokens: readonly Token[], i: number, lex: NameLexicon, lang: Locale): NameClass {
  // The 2018 alphabet's letters read as chats write them (Gaýhar as Gauhar)…
  const plain = kazakhLatinAsPlain((tokens[i] as Token).lower);
  const kind = classifyLatinReading(tokens, i, lex, lang, plain);
  // …and, when that reads nothing, Uzbek's x as the h it is (Shoxrux, Farruxni), not Max's.
  return kind === "cap" && plain.includes("x") ? classifyLatinReading(tokens, i, lex, lang, plain.replaceAll("x", "h")) : kind;
}

const UZBEK_AFFECTION = /(?:zhon|hon)$/u;
// A Kazakh ending glued on by an apostrophe (Marat'ga, Sanjar'ga).
const APOSTROPHE_ENDING = /['’](?=\p{L}{1,4}$)/u;
// A dative written with g after a voiceless consonant, where Kazakh writes қ/к (Maratga for Маратқа).
const HARD_I_ENDING = /[bvdzlmnprstf]i$/u;
const VOICELESS_DATIVE = /(?<=[tkpsfhc])g([ae])$/u;

/**
 * Other readings of a Latin word, each as a chat may mean it: an ending glued on by an apostrophe
 * (Marat'ga); a dative's g after a voiceless consonant (Maratga); Kazakh's and Uzbek's j for ж
 * (Janarǵa, Erjannyñ, Zarinajon), where Russian transliteration reads я; a genitive's ы written i,
 * for a `capitalised` word only (Sveti).
 */
function chatReadings(lower: string, capitalised = true): string[] {
  const out: string[] = [];
  let read = lower.replace(APOSTROPHE_ENDING, "");
  if (read !== lower) out.push(read);
  const dative = read.replace(VOICELESS_DATIVE, (_, vowel: string) => (vowel === "a" ? "qa" : "ke"));
  if (dative !== read) out.push((read = dative));
  // …and Tajik's and Uzbek's j for дж (Jamshed, Jasur).
  if (read.includes("j")) out.push(read.replaceAll("j", "zh"), read.replaceAll("j", "dzh"));
  // …and a Russian genitive's ы written i after a hard consonant (dlya Sveti: Светы), capitalised:
  // in lower case it is as often a plural (lyudi).
  if (capitalised && HARD_I_ENDING.test(read)) out.push(`${read.slice(0, -1)}y`);
  return out;
}

function classifyLatinReading(tokens: readonly Token[], i: number, lex: NameLexicon, lang: Locale, lower: string): NameClass {
  const english = lex.englishNames.get(lower);
  if (english === undefined && lex.englishCommon.has(lower)) return "none";
  if (isPlace(lower) || isPlace(foldCyrillic(latinToCyrillic(lower))) || FROM_THERE_I_AM.test(lower)) return "none";
  if (LATIN_PATRONYMIC.test(lower)) return "patronymic";
  // Russian nouns in Latin letters that end like surnames (Protokolov, Dokumentov).
  if (lex.surnameLookalikes.has(foldCyrillic(latinToCyrillic(lower)))) return "none";
  if (english !== undefined) return (english & LANGUAGE_BIT.en) !== 0 ? "firstAmbiguous" : "first";
  const keys = latinKeys(lower);
  for (const key of keys) {
    const mask = lex.firstNameKeys.get(key);
    if (mask === undefined) continue;
    if ((mask & LANGUAGE_BIT.en) !== 0) return "firstAmbiguous";
    // In Russian or Kazakh written in Latin letters, a name that is a word of the text's language is
    // one here too (Vera, Baqyt), read through its Cyrillic spelling (keys are coarser).
    const cyrillicMask = lang === "en" ? 0 : (firstNameOf(lex, foldCyrillic(latinToCyrillic(lower)))?.mask ?? 0);
    return (cyrillicMask & LANGUAGE_BIT[lang]) !== 0 ? "firstAmbiguous" : "first";
  }
  // "Almalinskogo rajona": a district's adjective before its noun, as in Cyrillic (above).
  const next = tokens[i + 1];
  if (LATIN_ADJECTIVE.test(lower) && next?.kind === "word" && institutionAfter(next)) return "none";
  // "Auezov raionniy": a district named after someone, before its word.
  if (LATIN_SURNAME.test(lower) && next?.latin === true && LATIN_DISTRICT.test(next.lower)) return "none";
  if (LATIN_SURNAME.test(lower)) return "surname";
  if (LATIN_NAME_ENDING.test(lower)) return "first";
  // Russian and Kazakh in Latin letters, with their endings (Dashu, Seryozhe, Aigerimge, Asylbekovke).
  let read = lower;
  let cyrillic = classifyCyrillic(tokens, i, lex, "ru", latinToCyrillic(read));
  // When that reads nothing, the spellings chats use for Kazakh and Uzbek, one after another.
  for (const other of chatReadings(lower)) {
    if (cyrillic !== "cap") break;
    read = other;
    cyrillic = classifyCyrillic(tokens, i, lex, "ru", latinToCyrillic(read));
  }
  if (cyrillic === "first" || cyrillic === "firstAmbiguous") {
    const found = firstNameOf(lex, foldCyrillic(latinToCyrillic(read)));
    // Uzbek affection is said only after a name or a kinship word (Zarinajon, Dilnozaxon): a name.
    if (found?.how === "diminutive" && UZBEK_AFFECTION.test(read)) return "first";
    // A pet form of three letters or more (Alinochka, Svetulya) is no word, in Latin letters either.
    if (found?.how === "diminutive" && found.mask === 0) return "first";
    if (found === undefined || found.how === "diminutive") return "firstAmbiguous";
    // A Kazakh case ending on a name that is a Kazakh or Russian word (Saulemen, Botaga) says person.
    return found.mask === 0 || (found.how === "suffixed" && (found.mask & LANGUAGE_BIT.en) === 0) ? "first" : "firstAmbiguous";
  }
  // No name: "my" on a noun in the genitive is no name's ending (Kartamnyn: my card's; Aigerimnin, read above, is hers).
  if (MINE_OWNED.test(lower)) return "none";
  // Short English words read as Cyrillic look like surnames (Drew → древ): only long, inflected ones count.
  if (cyrillic === "patronymic" || (cyrillic === "surname" && lower.length >= 7)) return cyrillic;
  if (keys.some((key) => lex.shortSurnameKeys.has(key)) || LATIN_SURNAME_WEAK.test(lower)) return "surnameWeak";
  return "cap";
}

function classify(ctx: NameContext, i: number, lex: NameLexicon, quoted: ReturnType<typeof quotedTitles>): NameClass {
  const { tokens, known } = ctx;
  const token = tokens[i] as Token;
  if (token.kind !== "word" || token.blocked) return "none";
  // "Азамат Ким Елена": the citizen (азамат) before a surname and a first name, as records write her.
  if ((token.lower === "азамат" || token.lower === "azamat") && citizenBefore(tokens, i, lex)) return "role";
  // Letters inside a code between hyphens and digits (2024-АЛМ-0183) are the code's.
  const hyphenBefore = tokens[i - 1]?.text === "-" && tokens[i - 1]?.end === token.start && tokens[i - 2]?.kind === "number";
  const hyphenAfter = tokens[i + 1]?.text === "-" && tokens[i + 1]?.start === token.end && tokens[i + 2]?.kind === "number";
  // …or slashes (2024/ALA/0093).
  const slashBefore = tokens[i - 1]?.text === "/" && tokens[i - 1]?.end === token.start && tokens[i - 2]?.kind === "number";
  const slashAfter = tokens[i + 1]?.text === "/" && tokens[i + 1]?.start === token.end && tokens[i + 2]?.kind === "number";
  // …or glued to digits (MADI0389, a client's code), or to the placeholder that took them.
  const after = tokens[i + 1];
  const digitsGlued =
    (after?.start === token.end && (after.kind === "number" || (after.blocked && after.text === "["))) ||
    (tokens[i - 1]?.kind === "number" && tokens[i - 1]?.end === token.start);
  if (token.allCaps && (hyphenBefore || hyphenAfter || slashBefore || slashAfter || digitsGlued)) return "none";
  // A lower-case word hyphened onto a number is its ending or its month (11-мартында, 3-mayda): no name.
  if (!token.cap && hyphenBefore && tokens[i - 2]?.end === tokens[i - 1]?.start) return "none";
  // A series before its number's sign (серии АЛМ № 0153978) is the document's.
  // …of a few capitals, not a name in capitals before a card's № (на имя ALIYA SMAGULOVA № 5375 …).
  if (token.allCaps && token.text.length <= 4 && tokens[i + 1]?.text === "№") return "none";
  // Three words hyphened, one in lower case, are a compound noun (Мужчин-секс-работников), no person.
  const parts = token.text.split("-");
  if (parts.length >= 3 && parts.some((part) => /^\p{Ll}{3,}$/u.test(part))) return "none";
  // A word with its number glued by a hyphen is a numbered place (Самал-3, Samal-2-de), no person.
  if (hyphenAfter && tokens[i + 2]?.start === tokens[i + 1]?.end) return "none";
  // A lower-case word before "би" is a street's name (на толе би), as its capitalised form is.
  if (!token.cap && STREET_PARTICLES.has(tokens[i + 1]?.lower ?? "") && (tokens[i + 1]?.lower === "би" || tokens[i + 1]?.lower === "bi"))
    return "none";
  const lower = token.lower;
  // A known name is found in any letter case; in lower case, not as a two-letter word or a function
  // word (Ли, not the particle ли; Ким, not the Kazakh кім "who").
  if (known !== null && (token.cap || (lower.length >= 3 && !lex.functionWords.has(lower))) && isKnownWord(known, lower, token.latin)) {
    return "known";
  }
  if (!token.cap) {
    // A street said by its name in lower case (абайда, "at Abay"), unless it is a known name's form.
    if (ctx.streets.has(i)) return "none";
    let kind = lowerCaseWord(token);
    if (kind === "particle" || kind === "role" || kind === "qualifier" || kind === "introducer" || kind === "marker") return kind;
    // A foreign first name only the English lists hold (jenny), only in English: in Kazakh or Russian
    // in Latin letters it is as often a word (jurgen: "walking").
    const listedEnglish =
      (kind === "lower" || kind === "lowerAmbiguous") && token.latin && firstNameOf(lex, foldedReading(token)) === undefined;
    if (listedEnglish && !ctx.english && lex.englishNames.has(lower)) kind = "none";
    // In English, a name that is a word only of Russian or Kazakh is no word (dana said, bota is out),
    // as written in the lists: English words read as a Russian case form (nice, Нике) stay out.
    if (kind === "lowerAmbiguous" && token.latin && ctx.english && lex.firstNameNominatives.has(foldedReading(token))) {
      const mask = lex.englishNames.get(token.lower) ?? firstNameOf(lex, foldedReading(token))?.mask;
      if (mask !== undefined && (mask & LANGUAGE_BIT.en) === 0) kind = "lower";
    }
    // …and a road's, a day's or a venue's name is none (жибек жолы, жеңіс күні, карина кафесі).
    return kind !== "none" && venueAfter(tokens, i, lex) ? "none" : kind;
  }
  const next = tokens[i + 1];
  if (token.text.length === 1 || (token.latin && LATIN_DIGRAPH_INITIAL.test(token.text))) {
    // A letter glued to a number is a house's (236Б.) or a code's (0417-Б.), not an initial.
    const hyphen = tokens[i - 1]?.text === "-" && tokens[i - 1]?.end === token.start;
    // …or after a slash, a letter's (№ 88/Қ.).
    const glued =
      ((hyphen ? tokens[i - 2] : tokens[i - 1])?.kind === "number" &&
        (hyphen ? tokens[i - 2]?.end === tokens[i - 1]?.start : tokens[i - 1]?.end === token.start)) ||
      (tokens[i - 1]?.text === "/" && tokens[i - 1]?.end === token.start);
    // A virus's or a vitamin's letter (гепатит С., витамин D., гепатиты B и C.), or a form's sex
    // (Пол: Ж.), is no initial either.
    const lettered =
      LETTERED.has(tokens[i - 1]?.lower ?? "") ||
      (tokens[i - 1]?.text === ":" && LETTERED.has(tokens[i - 2]?.lower ?? "")) ||
      (CONJUNCTIONS.has(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.text.length === 1 && LETTERED.has(tokens[i - 3]?.lower ?? ""));
    // …nor an abbreviation's first letter (Д.р. 27.08.1984, Т.к.): a lower-case letter and its full stop after.
    const abbreviation =
      tokens[i + 2]?.kind === "word" && tokens[i + 2]?.text.length === 1 && !tokens[i + 2]?.cap && tokens[i + 3]?.text === ".";
    return !glued && !lettered && !abbreviation && next !== undefined && next.text === "." && next.start === token.end ? "initial" : "none";
  }
  // A title (Lt., Dr, Sgt.) is a role: it introduces a name and is none itself…
  // …unless quoted as what someone is called (кого девочки зовут «Майор»).
  const nickname = quoted.nicknames.has(i);
  if (!nickname && (isRole(token) || TITLES.has(lower))) return "role";
  if (lex.introducers.has(lower)) return "introducer";
  if (lex.qualifiers.has(lower)) return "qualifier";
  if (
    quoted.titles.has(i) ||
    lex.organisations.has(lower) ||
    lex.formFields.has(lower) ||
    (lex.mailFields.has(lower) && next?.text === ":") ||
    (ALLCAPS_PART.test(token.text) && !token.allCaps)
  )
    return "none";
  // "Кімде Ляззаттың номері бар?": a function word opening a sentence (not a short surname: Ли, Ким).
  if (token.sentenceStart && lower.length >= 4 && lex.functionWords.has(lower)) return "none";
  // "Ман Зебо ҳастам": Tajik, Kazakh and Uzbek "I" before the name she gives, no part of it.
  if (token.sentenceStart && I_WORD_SET.has(lower)) return "none";
  // A Cyrillic word with a capital inside is an acronym (РУз, КазНУ), not a name.
  if (!token.latin && !token.allCaps && INNER_CAPITAL.test(token.text)) return "none";
  // …and in Latin letters, three capitals in a word not all capitals (ÁQBtK, KazNU is two).
  if (token.latin && !token.allCaps && THREE_CAPITALS.test(token.text)) return "none";
  if (ctx.streets.has(i) || namesPlaceOrVenue(tokens, i, lex) || STREET_PARTICLES.has(next?.lower ?? "") || atCorner(tokens, i))
    return "none";
  // …and the particle itself right after the street's first word in a message in capitals (НА КАБАНБАЙ
  // БАТЫРА); capitalised alone it may be a surname (Пациентка Хан Светлана).
  const streetFirst = tokens[i - 1];
  if (
    token.allCaps &&
    STREET_PARTICLES.has(lower) &&
    streetFirst?.allCaps === true &&
    onlySpacesBetween(ctx.text, streetFirst.end, token.start)
  )
    return "none";
  // A month a number stands beside is a date's (on 12 June, June 5), though June and April are names.
  if (token.latin && MONTH_NAMES.has(lower) && (tokens[i - 1]?.kind === "number" || tokens[i + 1]?.kind === "number")) return "none";
  const kind = token.latin ? classifyLatin(tokens, i, lex, ctx.lang) : classifyCyrillic(tokens, i, lex, ctx.lang);
  // An acronym (ДВД, UNAIDS) is a name only if a name rule recognised it as one.
  // …unless a first name in capitals follows: a surname no list has, in a form (ВАНАХУН ДИЛЬНАРА).
  // …or one comes before it in text not all in capitals: the surname after it (карта на имя ОКСАНА
  // МОРОЗ, cardholder OKSANA MOROZ), not the next word of a message typed in capitals (ДИНАРА ЖДЁТ ТЕБЯ).
  if (token.allCaps && kind === "cap") {
    // …nor a document's word or a verb in a message typed in capitals (ВЕРНИ ПАСПОРТ АЙСУЛУ, ТЕБЯ ИЩЕТ ГАЛЯ).
    if (isDocumentWord(lower) || (!token.latin && CAPITALS_VERB.test(lower))) return "none";
    const surnameAfter =
      token.text.length > 2 && next?.allCaps !== true && capitalFirstNameAt(tokens, i - 1, lex, token.latin) && LOWER_LETTER.test(ctx.text);
    // "KANG, Elena", "KARIMOVA, Shakhnoza": a form's surname in capitals, a comma, her first name.
    if (commaFirstNameAfter(tokens, i, lex)) return "surname";
    return capitalFirstNameAt(tokens, i + 1, lex) || surnameAfter || nameFieldBefore(tokens, i) ? "cap" : "none";
  }
  return kind;
}

/**
 * Whether token `i` is a surname of a form, a comma and a first name not in capitals right after it
 * (KANG, Elena): a word with a vowel, not an acronym (ДСБ, Ляйла говорит…). Right after a field's
 * colon the first name may be in capitals as the surname is (Patient: NURGALIYEVA, SAULE).
 */
function commaFirstNameAfter(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const [token, comma, first] = [tokens[i] as Token, tokens[i + 1], tokens[i + 2]];
  const field = tokens[i - 1]?.text === ":";
  return (
    token.text.length >= 2 &&
    VOWEL.test(token.lower) &&
    comma?.text === "," &&
    comma.start === token.end &&
    first?.kind === "word" &&
    first.cap &&
    (!first.allCaps || (field && token.allCaps)) &&
    firstNameOf(lex, foldedReading(first)) !== undefined
  );
}
const VOWEL = /[aeiouyаеёиоуыэюяәіөұүі]/u;

/** Whether a surname and then a first name follow token `i` (Азамат Құдайбергенова Меруерт). */
function citizenBefore(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  // Read again with her name scrubbed: a name the first reading joined to it would have taken it in.
  if (tokens[i + 1]?.blocked === true) return true;
  const [surname, first] = [tokens[i + 1], tokens[i + 2]];
  if (surname?.kind !== "word" || first?.kind !== "word" || !surname.cap || !first.cap) return false;
  const reading = foldedReading(surname);
  // …or a man's, when a patronymic closes the name (Азамат Төлеуов Данияр Болатұлы): no one has two first names.
  const closing = tokens[i + 3]?.lower ?? "";
  const patronymic = PATRONYMIC.test(closing) || KAZAKH_PATRONYMIC.test(closing);
  const isSurname =
    SURNAME_WITH_ENDING.test(reading) ||
    /(?:ова|ева|ина)$/u.test(reading) ||
    isShortSurname(lex, reading) ||
    (patronymic && /(?:ов|ев|ин)$/u.test(reading));
  return isSurname && firstNameOf(lex, foldedReading(first)) !== undefined;
}

/** Whether a word is a role, rank or title, in Cyrillic or Latin letters (`Politseiskii Dosymov`, `kapitana`). */
function isRole(token: Token): boolean {
  return isRoleWord(token.lower, token.latin);
}
const isRoleWord = rememberedByScript(roleOf);

function roleOf(lower: string, latin: boolean): boolean {
  const lex = nameLexicon();
  if (lex.roles.has(lower)) return true;
  // The 2018 alphabet's letters read as chats write them (Medbıke as medbike).
  if (latin && lex.roles.has(kazakhLatinAsPlain(lower))) return true;
  // Two roles joined by a hyphen: врач-дерматовенеролог, медсестра-акушерка.
  if (lower.includes("-") && lower.split("-").every((part) => lex.roles.has(part))) return true;
  if (!latin || lower.length < 4 || lex.englishCommon.has(lower) || lex.englishNames.has(lower)) return false;
  // Read back into Cyrillic (a "c" may write ц: Policeiskii), with the soft sign an apostrophe wrote
  // or left out (sledovatel, sledovatel').
  return [latinToCyrillic(lower), latinToCyrillic(lower.replaceAll("c", "ts"))].some(
    (read) => lex.roles.has(read) || lex.roles.has(`${read}ь`),
  );
}

/**
 * What a lower-case word may be by its letters: a particle, a role, a word that introduces or marks a
 * name; a first name or patronymic (`марат`, `динаре`, `айгүлден`) or a surname (`ахметов`), to be
 * taken only where the context says person; or nothing.
 */
function lowerCaseWord(token: Token): NameClass {
  return lowerCaseClass(token.lower, token.latin);
}
const lowerCaseClass = rememberedByScript(lowerCaseWordOf);

function lowerCaseWordOf(lower: string, latin: boolean): NameClass {
  const lex = nameLexicon();
  // What a lower-case word is before it may be a name: a particle, a role, a role's qualifier, a word
  // that introduces a name or one that marks it after.
  if (PARTICLES.has(lower)) return "particle";
  if (isRoleWord(lower, latin)) return "role";
  if (lex.qualifiers.has(lower)) return "qualifier";
  if (lex.introducers.has(lower)) return "introducer";
  if (lex.markersAfter.has(foldedReading({ lower, latin }))) return "marker";
  if (lower.length < 3 || lex.functionWords.has(lower)) return "none";
  const kind = judgedLowerCase(lower, latin);
  // Three letters make a name only as a vocative (маш) or a Russian pet form in -я that is no word
  // (оля, аля, юля); other short words are too often words.
  const petForm = kind === "lower" && !latin && lower.endsWith("я");
  return lower.length === 3 && kind !== "lowerVocative" && !petForm ? "none" : kind;
}

/** `judgeLowerCase`, remembered per script. */
const judgedLowerCase = rememberedByScript((lower, latin) => judgeLowerCase(lower, latin, nameLexicon()));
const SURNAME_ENDING = /(?:ов|ёв|ев)\p{L}{0,4}$/u;
const AT_STREET_WORDS: ReadonlySet<string> = new Set(["на", "по", "na", "po", "on"]);
// In -ин, a long Russian word, bare or in the instrumental (есенгельдин, ильиным): Kazakh and Latin
// words in -ин are mostly a possessive's endings (ретінде, kömegin), and nouns in -ина take the
// other endings (машина, машину, машиной).
const SURNAME_IN = /^[а-яё]{5,}ин(?:ым)?$/u;

/**
 * Whether a lower-case surname in -ов/-ев is made from a first name, as Kazakh surnames are from a
 * father's or grandfather's name: its stem is an unambiguous first name (оспанов, сериков), or ends
 * like one (-бек, -жан, -гали: нурбеков) or in -бай (жумабаев). No Russian noun is so made (ментов,
 * часов, баклажанов).
 */
function surnameOfFirstName(cyrillic: string, lex: NameLexicon): boolean {
  const match = (SURNAMES[0] as RegExp).exec(cyrillic) ?? (SURNAMES[1] as RegExp).exec(cyrillic);
  if (match === null) return false;
  const stem = foldCyrillic(match[1] as string);
  if (stem.length < 4) return false;
  if (
    lex.firstNameNominatives.get(stem) === 0 ||
    (match[2] === "ев" && (stem.endsWith("ба") || lex.firstNameNominatives.get(`${stem}й`) === 0))
  )
    return true;
  const ending = NAME_ENDING.exec(stem);
  return ending !== null && ending[0] === ending[1] && !NAME_ENDING_LOOKALIKES.has(ending[1] as string);
}

/** What a lower-case word may be by its letters alone (`lowerCaseWordOf` before its length is weighed). */
function judgeLowerCase(lower: string, latin: boolean, lex: NameLexicon): NameClass {
  if ((latin && lex.englishCommon.has(lower)) || lex.kazakhLowerCaseWords.has(lower)) return "none";
  let cyrillic = latin ? latinToCyrillic(lower) : lower;
  let folded = foldCyrillic(cyrillic);
  let first = firstNameOf(lex, folded);
  // The spellings chats use for Kazakh, Uzbek and Tajik, when the plain reading finds no name (jamila: Джамиля).
  for (const other of latin && first === undefined ? chatReadings(lower, false) : []) {
    const read = foldCyrillic(latinToCyrillic(other));
    const found = firstNameOf(lex, read);
    if (found === undefined) continue;
    [cyrillic, folded, first] = [latinToCyrillic(other), read, found];
    break;
  }
  // "алаңында" (on the square) folds to Алан with an ending, "аңқә" to Анка: a Kazakh letter in the
  // word's stem must be the name's own, as the lists spell it.
  if (first !== undefined && !latin && KAZAKH_LETTERS.test(lower)) {
    if (first.how === "suffixed") {
      const stem = lower.slice(0, suffixedStem(lex, folded)?.length ?? 0);
      if (KAZAKH_LETTERS.test(stem) && !lex.spelledNominatives.has(stem)) return "none";
    } else {
      // A form or pet form (ақбота, нұрик): the word up to its last Kazakh letter begins a name so spelt.
      let last = lower.length;
      while (last > 0 && !KAZAKH_LETTERS.test(lower.charAt(last - 1))) last--;
      if (!lex.spelledPrefixes.has(lower.slice(0, last))) return "none";
    }
  }
  // A vocative (маш, наташ, natash) is a name only where she is called by it.
  if (first?.how === "vocative") return lex.lowerCaseWords.has(folded) ? "none" : "lowerVocative";
  // An English or other foreign first name (jenny, aisha) that no Russian reading finds.
  const english = first === undefined && latin ? lex.englishNames.get(lower) : undefined;
  if (english !== undefined && !lex.lowerCaseWords.has(folded)) return english === 0 ? "lower" : "lowerAmbiguous";
  const surnameLike = first === undefined && (SURNAME_ENDING.test(cyrillic) || (!latin && SURNAME_IN.test(cyrillic)));
  const patronymic = first === undefined && !surnameLike && PATRONYMIC.test(cyrillic);
  if ((first === undefined && !surnameLike && !patronymic) || lex.lowerCaseWords.has(folded) || isPlace(folded)) return "none";
  // A name that is also an ordinary word (бахыт, шолпан, вера), only on strong evidence.
  if (first !== undefined) return first.mask === 0 ? "lower" : "lowerAmbiguous";
  if ((patronymic || PATRONYMIC.test(cyrillic)) && fromFirstName(folded, lex)) return "lower";
  // In -ин only long words (есенгельдин, not один, машин), and only after a role (below).
  const surname =
    (SURNAMES[0] as RegExp).exec(cyrillic) ??
    (SURNAMES[1] as RegExp).exec(cyrillic) ??
    (!latin && SURNAME_IN.test(cyrillic) ? (SURNAMES[2] as RegExp).exec(cyrillic) : null);
  const long = !latin || lower.length >= 7;
  // "зарегистрирована", "остановку": a participle in -ован or a noun in -овка, as for capitals.
  const noun = surname !== null && NOUN_IN_OVKA.test(surname[0].slice((surname[1] as string).length + (surname[2] as string).length));
  if (surname !== null && long && !noun && !lex.surnameLookalikes.has(foldCyrillic((surname[1] as string) + (surname[2] as string))))
    return "lowerSurname";
  return "none";
}

const PATRONYMIC_STEM = /^(\p{L}{2,}?)(?:ович|евич|ьич|овн|евн|ичн)/u;
/**
 * Whether a lower-case patronymic is made from a first name (ахметовна, сергеевича), not an
 * adjective that ends like one (виновной, основной).
 */
function fromFirstName(folded: string, lex: NameLexicon): boolean {
  const stem = PATRONYMIC_STEM.exec(folded)?.[1];
  if (stem === undefined) return false;
  return [stem, `${stem}и`, `${stem}ь`].some((name) => lex.firstNameNominatives.has(name));
}

/**
 * Whether a lower-case man's first name in the genitive stands after "на", "по": a street's name (na
 * abaya, на жандосова), as streets are named; not one sent to (skin' na dinaru).
 */
function streetAfterAt(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const folded = foldedReading(tokens[i] as Token);
  return AT_STREET_WORDS.has(tokens[i - 1]?.lower ?? "") && /[ая]$/u.test(folded) && firstNameOf(lex, folded)?.how === "form";
}

/** Whether the context of a lower-case word says it names a person (the "context, not capitals"). */
function lowerCaseEvidence(ctx: NameContext, i: number, cls: readonly NameClass[], lex: NameLexicon): boolean {
  const { tokens, text } = ctx;
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // No surname in lower case in English text in Latin letters (survivor withdrew consent: -ew reads as -ев).
  if (cls[i] === "lowerSurname" && ctx.english && token.latin) return false;
  if (introducedBy(ctx, i, cls)) return true;
  const linked = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && onlySpacesBetween(text, a.end, b.start);
  // A surname needs a role before it or a name beside it, or, in a chat without capitals, to be made
  // from a first name (жумабаев опять на смене); a first name any of the cues below.
  // …but not after "на", "по" or "on": there it is a street's eponym (на жандосова щас стою).
  if (cls[i] === "lowerSurname")
    return (
      ctx.noCapitals &&
      !AT_STREET_WORDS.has(previous?.lower ?? "") &&
      surnameOfFirstName(token.latin ? latinToCyrillic(token.lower) : token.lower, lex)
    );
  if (streetAfterAt(ctx.tokens, i, lex)) return false;
  if (ctx.noCapitals) return true;
  if (previous !== undefined && lex.contactPrepositions.has(previous.lower) && linked(previous, token)) return true;
  // An honorific after it (gulya opa, марат ага), not "деген" alone.
  if (next !== undefined && cls[i + 1] === "marker" && !NAMING_MARKERS.has(next.lower) && linked(token, next)) return true;
  if (next !== undefined && lex.contactPostpositions.has(next.lower) && linked(token, next)) return true;
  const folded = foldedReading(token);
  if (!token.latin && firstNameOf(lex, folded)?.how === "suffixed") return true;
  // Called by name: "динара, ты где", "привет, динара!", "salam aisha, …".
  const opens = token.sentenceStart || previous?.text === "," || GREETINGS.has(previous?.lower ?? "");
  if (opens && next !== undefined && [",", "!", "?"].includes(next.text)) return true;
  if (opens && next === undefined) return true;
  if (askedAfter(ctx, i) || introducesSelf(ctx, i, i)) return true;
  // In Latin letters, what only a person does right after it (zarina got taken, mira is back, vikulya uzhe zabrali).
  if (token.latin && actsAsPerson(ctx, i, cls, lex)) return true;
  return speechNear(tokens, i, lex);
}

/**
 * Whether a name that is in lower case always a word (света, тема) is asked or told something at a
 * message's start (`sveta ne beri trubku`, `света ты где`): there it calls her.
 */
function wordNameAsked(ctx: NameContext, i: number, lex: NameLexicon): boolean {
  const token = ctx.tokens[i] as Token;
  // …or opening a sentence of a chat without capitals with a verb of speech (tema govorit …).
  const next = ctx.tokens[i + 1];
  const speaks =
    ctx.noCapitals &&
    token.sentenceStart &&
    next?.kind === "word" &&
    lex.isSpeechVerb(next.lower) &&
    onlySpacesBetween(ctx.text, token.end, next.start);
  if (!askedAfter(ctx, i) && !speaks) return false;
  const folded = foldedReading(token);
  return lex.lowerCaseWords.has(folded) && firstNameOf(lex, folded) !== undefined;
}

/** Turns lower-case name candidates into first names or surnames where the context says person, else nothing. */
function settleLowerCase(ctx: NameContext, cls: NameClass[], lex: NameLexicon): void {
  for (let i = 0; i < cls.length; i++) if (cls[i] === "lowerVocative") cls[i] = calledBy(ctx, i, lex) ? "first" : "none";
  // A pet name no list holds, asked where she is at a message's start (айкош қайдасың), and any
  // word a message's writer introduces herself by (hey it's lina,).
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== "none" && cls[i] !== "cap" && cls[i] !== "lowerAmbiguous") continue;
    const token = ctx.tokens[i] as Token;
    if (token.kind !== "word") continue;
    const asked = (cls[i] === "none" || cls[i] === "cap") && askedWhere(ctx, i, lex);
    if (!asked && !(cls[i] === "none" && wordNameAsked(ctx, i, lex)) && !introducedSelfAs(ctx, i, lex)) continue;
    // A place is asked about and opens messages too (Osh, ishenim punktu: …; Karakol, …).
    if (!isPlace(foldedReading(token)) && !(token.latin && isPlace(token.lower))) cls[i] = "first";
  }
  let pending: number[] = [];
  for (let i = 0; i < cls.length; i++) {
    // A first name in lower case right after a patronymic, which ends a name, is a word (Усенова Жылдыз
    // Бакытовна актанды: "acquitted"); so after a name scrubbed already, as the next pass sees it.
    const ended = cls[i - 1] === "patronymic" || (ctx.tokens[i - 1]?.text === "]" && ctx.tokens[i - 2]?.text === "NAME");
    if ((cls[i] === "lower" || cls[i] === "lowerAmbiguous") && ended) cls[i] = "none";
    else if (cls[i] === "lower" || cls[i] === "lowerSurname" || cls[i] === "lowerAmbiguous") pending.push(i);
  }
  if (pending.length === 0) return;
  const settled = new Map<number, NameClass>();
  // Ordinary words that are also names, left out below: one may still be joined to a name by "and".
  const ambiguous: number[] = [];
  // An ordinary word that is also a name, in a chat without capitals: a person when a verb of
  // speech follows it right on (бахыт сказал) or it has a Kazakh case ending (шолпанның).
  for (const i of pending) {
    if (cls[i] !== "lowerAmbiguous") continue;
    const token = ctx.tokens[i] as Token;
    const next = ctx.tokens[i + 1];
    const speaks = next?.kind === "word" && lex.isSpeechVerb(next.lower) && onlySpacesBetween(ctx.text, token.end, next.start);
    // "My" on a word (бақытым, қуанышым: my happiness, my joy) is an endearment or the word itself;
    // -ты/-ді also make adjectives of words (ерікті: voluntary), and a verb's endings may look like
    // a case (almaıdy): only the endings of a person's cases that no adjective or verb takes.
    const folded = foldedReading(token);
    const suffixed =
      kazakhStems(folded).some((stem) => lex.firstNameNominatives.has(stem) && PERSON_CASE_ENDINGS.has(folded.slice(stem.length))) &&
      !MY.test(token.lower);
    // An honorific after it, or "деген" and a role (ерік деген мент).
    const honoured = next !== undefined && cls[i + 1] === "marker" && (!NAMING_MARKERS.has(next.lower) || cls[i + 2] === "role");
    // After a role, a name that is an ordinary word only of another language (Сутенёр азамат).
    const mask = firstNameOf(lex, foldedReading(token))?.mask;
    const foreign = mask !== undefined && (mask & ambiguityBit(token, ctx.lang)) === 0 && introducedBy(ctx, i, cls);
    // A Kazakh ending, an honorific or a role only from five letters (four-letter words are too
    // often words: мира, роза); a verb of speech right after it in chat (вера сказала), being asked
    // or told something at a message's start (вера ты где, дина қайда, mira where r u), or coming
    // from a police unit or an organisation (дана из фонда) from four.
    const long =
      (token.text.length >= 5 && ((ctx.noCapitals && suffixed) || honoured || foreign)) ||
      (ctx.noCapitals && (speaks || actsAsPerson(ctx, i, cls, lex)));
    // Greeted at a message's start (privet dina …, сәлем бақыт).
    cls[i] =
      (long || greetedAtStart(ctx.tokens, i) || askedAfter(ctx, i) || fromUnit(ctx.tokens, i + 1)) && !streetAfterAt(ctx.tokens, i, lex)
        ? "first"
        : "none";
    if (cls[i] === "none") ambiguous.push(i);
  }
  pending = pending.filter((i) => cls[i] === "lower" || cls[i] === "lowerSurname");
  for (const i of pending) if (lowerCaseEvidence(ctx, i, cls, lex)) settled.set(i, cls[i] === "lower" ? "first" : "surname");
  // A first name and her patronymic, both in lower case (ольга петровна здравствуйте): a person.
  for (const i of pending) {
    const [token, next] = [ctx.tokens[i] as Token, ctx.tokens[i + 1]];
    const patronymic =
      next !== undefined && cls[i + 1] === "lower" && PATRONYMIC.test(next.latin ? latinToCyrillic(next.lower) : next.lower);
    if (cls[i] === "lower" && patronymic && onlySpacesBetween(ctx.text, token.end, next.start) && !PATRONYMIC.test(token.lower)) {
      settled.set(i, "first");
      settled.set(i + 1, "first");
    }
  }
  // A lower-case word right beside a name is part of it (марат ахметов, Марат ахметов).
  const isName = (k: number): boolean => settled.has(k) || PERSON.has(cls[k] as NameClass);
  for (const i of pending) {
    if (settled.has(i)) continue;
    const token = ctx.tokens[i] as Token;
    // A word in -ин only after a role (капитан есенгельдин): beside a name it is as often a word.
    if (cls[i] === "lowerSurname" && !SURNAME_ENDING.test(token.latin ? latinToCyrillic(token.lower) : token.lower)) continue;
    const before = ctx.tokens[i - 1];
    const after = ctx.tokens[i + 1];
    const besideBefore = before !== undefined && isName(i - 1) && onlySpacesBetween(ctx.text, before.end, token.start);
    const besideAfter = after !== undefined && isName(i + 1) && onlySpacesBetween(ctx.text, token.end, after.start);
    if (besideBefore || besideAfter) settled.set(i, cls[i] === "lower" ? "first" : "surname");
  }
  // Two first names joined by "и", "and", "мен" are people (aizhan and dana), if one is no ordinary word.
  const joined = (k: number): boolean => CONJUNCTIONS.has(ctx.tokens[k]?.lower ?? "");
  const firstName = (k: number): boolean => cls[k] === "lower" || cls[k] === "first" || ambiguous.includes(k);
  for (const i of [...pending, ...ambiguous]) {
    if (settled.has(i) || cls[i] === "lowerSurname") continue;
    const sure = cls[i] === "lower";
    const pair = (k: number): boolean =>
      (settled.has(k) || firstName(k)) && (sure || cls[k] === "lower" || PERSON.has(cls[k] as NameClass));
    if ((joined(i - 1) && pair(i - 2)) || (joined(i + 1) && pair(i + 2))) settled.set(i, "first");
  }
  for (const i of [...pending, ...ambiguous]) cls[i] = settled.get(i) ?? "none";
}

const TOWARD: ReadonlySet<string> = new Set(TOWARD_WORDS);

/**
 * Whether a venue's or place's noun follows token `i` (`Алия қонақүйі`, `жибек жолы`), or "деген"
 * or "атты" and a venue's noun (`Арман деген кафе`, `Жұлдыз атты кафенің`): it names the venue —
 * unless the word is in the genitive.
 */
function venueAfter(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== "word") return false;
  // A district police department after its district's name (Әуезов АПБ, Ленин РИИБине with its case ending).
  if (POLICE_UNITS.has(POLICE_UNIT.exec(next.text)?.[1]?.toLowerCase() ?? "")) return true;
  // A hotel in two words (Бибігүл қонақ үйінде).
  if ((next.lower === "қонақ" || next.lower === "qonaq") && /^(?:үй|üi|ui)/u.test(tokens[i + 2]?.lower ?? "")) return true;
  // A name in the genitive owns what follows (Айгүлдің кафесі, Мадинаның жолы): she is a person —
  // but along a street is said with its genitive too (Абайдың бойында).
  if (GENITIVE.test((tokens[i] as Token).lower) && !ALONG.test(next.lower)) return false;
  // "Мамедова Лала бойынша": "regarding" her, a name in two words, no street's "along" (Seifullin boiynsha).
  const previous = tokens[i - 1];
  if (REGARDING.test(next.lower) && previous?.kind === "word" && previous.cap) return false;
  return lex.isPlaceOrVenueAfter(next.lower) || (NAMING_MARKERS.has(next.lower) && isNamedVenue(tokens[i + 2]?.lower ?? ""));
}
const ALONG = /^(?:бой|boi|boy)/u;
const REGARDING = /^(?:бойынша|boiynsha|boyynsha|boyinsha|boıynsha)$/u;
const MY = /(?:ым|ім|ym|im)$/u;
const NAMED_AFTER = /^(?:атындағы|atyndagy|atyndağy|atyndaǵy)$/u;
const POLICE_UNIT = /^(\p{Lu}{2,})-?\p{Ll}{0,4}$/u;
const POLICE_UNITS: ReadonlySet<string> = new Set([
  "рииб",
  "иибб",
  "апб",
  "аиб",
  "ровд",
  "рувд",
  "увд",
  "овд",
  "двд",
  "уп",
  "оп",
  "ип",
  "ruvd",
  "rovd",
  "uvd",
  "ovd",
]);

/**
 * Whether the words around token `i` make it a place's or a venue's name: a place noun after it
 * (`Жамбыл облысы`, `Абай ауданы`) or before it (`город Текели`), a venue noun before or after it
 * (`сауна Жасмин`, `Алия қонақүйі`).
 */
function namesPlaceOrVenue(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  // "Бурундай жаққа", "Qonaev jaqqa": a place one goes toward.
  if (next !== undefined && TOWARD.has(next.lower)) return true;
  if (venueAfter(tokens, i, lex)) return true;
  if (previous === undefined || previous.kind !== "word" || !lex.isPlaceOrVenueWord(previous.lower)) return false;
  // "Администратор сауны Гульнара", "Hozyain sauny Rustam": a role before the venue makes the name a person's.
  const role = tokens[i - 2];
  if (role !== undefined && isRole(role)) return false;
  // "сотрудники Турксибского района Жусупов": after a district in the genitive, a surname is a
  // person's (a place is named in apposition: город Текели, район Жетысу).
  const token = tokens[i] as Token;
  return !(GENITIVE_PLACE.test(previous.lower) && !token.latin && SURNAME_SHAPE_STRONG.test(token.lower));
}
const GENITIVE_PLACE = /^(?:района|области|города|округа|отдела|управления|департамента)$/u;
const SURNAME_SHAPE_STRONG = /^\p{L}{3,}(?:ов|ев|ёв|ова|ева|ёва|ин|ина)$/u;

/** A Russian neuter short participle (изъято, выдано, осмотрено), which opens a record's sentence. */
const NEUTER_PARTICIPLE = /^\p{L}{2,}(?:ано|яно|ено|ёно|ято|ыто|ито)$/u;

/** Where a group member ends: an initial takes its full stop. */
function memberEnd(tokens: readonly Token[], i: number, cls: readonly NameClass[]): number {
  const token = tokens[i] as Token;
  return cls[i] === "initial" ? (tokens[i + 1] as Token).end : token.end;
}

const nextIndex = (i: number, cls: readonly NameClass[]): number => (cls[i] === "initial" ? i + 2 : i + 1);

const STARTS: ReadonlySet<NameClass> = new Set(["known", "first", "firstAmbiguous", "surname", "surnameWeak", "patronymic", "initial"]);

const STANDING_ON: ReadonlySet<string> = new Set(["на", "na", "on", "at"]);
const TWO_CAPITALISED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * Whether token `i` names a street at a corner (`на Абая угол Сейфуллина`, `на углу Абая и
 * Сейфуллина`, `corner of Abay`): streets are named after people, the corner says street.
 */
function atCorner(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  if ((previous !== undefined && CORNER.has(previous)) || (next !== undefined && CORNER.has(next))) return true;
  // "на пересечении улиц Баймагамбетова и Тарана": the corner of the streets named.
  const streetsOf = (k: number): boolean => STREETS_WORDS.has(tokens[k]?.lower ?? "") && CORNER.has(tokens[k - 1]?.lower ?? "");
  if (streetsOf(i - 1) || ((previous === "и" || previous === "and") && streetsOf(i - 3))) return true;
  // Two streets hyphened where someone stands (на Райымбека-Саина, na Abaya-Baitursynova).
  if (STANDING_ON.has(previous ?? "") && TWO_CAPITALISED.test((tokens[i] as Token).text)) return true;
  // "corner of Abay", and the second street of a pair: "угол Абая и Сейфуллина", "Абай мен Сейфуллин қиылысы".
  if (previous === "of" && CORNER.has(tokens[i - 2]?.lower ?? "")) return true;
  if (CORNER.has(tokens[i + 3]?.lower ?? "") && CORNER_LINKS.has(next ?? "")) return true;
  if (previous !== "и" && previous !== "and") return false;
  return CORNER.has(tokens[i - 3]?.lower ?? "") || (tokens[i - 3]?.lower === "of" && CORNER.has(tokens[i - 4]?.lower ?? ""));
}

const STREETS_WORDS: ReadonlySet<string> = new Set(STREETS_PLURAL);

/** Whether token `k` is a first name written in capitals. */
function capitalFirstNameAt(tokens: readonly Token[], k: number, lex: NameLexicon, latin = false): boolean {
  const token = tokens[k];
  if (token?.allCaps !== true || token.latin !== latin || token.text.length <= 2) return false;
  return latin
    ? latinKeys(token.lower).some((key) => lex.firstNameKeys.has(key))
    : firstNameOf(lex, foldCyrillic(token.lower))?.how === "form";
}

/**
 * Whether an unknown capitalised word may start a name: a role or introducer before it, a marker
 * after it, or a patronymic or surname right after it (`Светланы Игоревны`, `Айгоым Тулепбергенову`).
 */
function capMayStart(ctx: NameContext, i: number, cls: readonly NameClass[], lex: NameLexicon): boolean {
  const token = ctx.tokens[i] as Token;
  // "Кімде Ляззаттың номері бар?": a function word, whatever follows it; "Салам эже": a greeting.
  if (lex.functionWords.has(token.lower) || GREETINGS.has(token.lower)) return false;
  if (introducedBy(ctx, i, cls) || markedAfter(ctx, i, cls) || kazakhPersonCase(ctx, i) || ownedByName(ctx, i, cls)) return true;
  // An e-mail address of the text holds it, or the word after it (Miriam, miriam.help@…; Katrin Vogel, k.vogel@…).
  if (namedInMail(ctx, i) || (cls[i + 1] === "cap" && namedInMail(ctx, i + 1))) return true;
  // Alone in brackets after a phone number: whose it is (+995 599 41 82 06 (Keti)).
  if (contactBefore(ctx, i, i)) return true;
  const next = ctx.tokens[i + 1];
  if (next === undefined || !onlySpacesBetween(ctx.text, token.end, next.start)) return false;
  // …from a police unit only mid-sentence or in quotes: "Ответ из ДВД пришёл" is an answer.
  const opensQuote = OPENING_QUOTES.has(ctx.tokens[i - 1]?.text ?? "");
  if (withMe(ctx, i) || calledSo(ctx, i) || ((!token.sentenceStart || opensQuote) && fromUnit(ctx.tokens, i + 1))) return true;
  // Before a surname, only mid-sentence: a sentence's first word is too often an ordinary one (Бізді Ахметов…).
  // …not before a Kazakh patronymic that a first name follows: written first, it stands for the surname
  // (Пациент Мұратқызы Айдана, Өтемақы Нұрланқызы Ақмаралдың атына).
  const kazakhOrder = KAZAKH_PATRONYMIC.test(ctx.tokens[i + 1]?.lower ?? "") && (cls[i + 2] === "first" || cls[i + 2] === "firstAmbiguous");
  if ((cls[i + 1] === "patronymic" && !kazakhOrder) || (cls[i + 1] === "surname" && !token.sentenceStart)) return true;
  // Before initials, a surname no list has (у Олейник Т., Кравец А.Б.); a sentence's first word only before two.
  if (cls[i + 1] === "initial" && (!token.sentenceStart || cls[i + 3] === "initial")) return true;
  // Before a first name and a patronymic mid-sentence, the official order: a surname no list has
  // (Опрошенный Головко Сергей Петрович), not an adjective of address (Уважаемый Сергей Петрович);
  // a sentence's first word there is too often a role no list has (Заявительница, Үйлестіруші).
  const named = cls[i + 1] === "first" || cls[i + 1] === "known";
  // …a first name that is also a word is one before a patronymic (Вагнер Эльза Андреевна).
  const namedBeforePatronymic = named || cls[i + 1] === "firstAmbiguous";
  if (
    namedBeforePatronymic &&
    cls[i + 2] === "patronymic" &&
    !token.sentenceStart &&
    !token.latin &&
    !ADDRESS_ADJECTIVE.test(token.lower) &&
    !isInstitutionWord(token.lower)
  )
    return true;
  // …and a sentence's first word there when it is shaped as surnames are and roles are not
  // (Протокол опроса. Гайдамак Наталья Юрьевна; Мельник Олеся Игоревна, Бондарчук, Гринько).
  if (namedBeforePatronymic && cls[i + 2] === "patronymic" && token.sentenceStart && !token.latin && SURNAME_SHAPE.test(token.lower))
    return true;
  // …or before a Russian patronymic, any word that is no Kazakh word, no Russian verb, noun of an act,
  // role's noun (-тель, -ер, -ист, -лог…) or adjective by its ending (Гуцул Виктория Андреевна; not
  // Позвонила, Обращение, Арендодатель, Менеджер, Фондтан, Көршім Зоя Фёдоровна).
  if (
    namedBeforePatronymic &&
    token.sentenceStart &&
    !token.latin &&
    !token.allCaps &&
    RUSSIAN_PATRONYMIC.test(ctx.tokens[i + 2]?.lower ?? "") &&
    !KAZAKH_LETTERS.test(token.lower) &&
    !NOT_A_SURNAME_END.test(token.lower) &&
    !isInstitutionWord(token.lower)
  )
    return true;
  // Before a first name that is no word, mid-sentence, in the same case: a surname no list has
  // (Обращение Гринько Надежды, пациентке Гладких Юлии).
  if (
    cls[i + 1] === "first" &&
    !token.sentenceStart &&
    !token.latin &&
    !ADDRESS_ADJECTIVE.test(token.lower) &&
    !isInstitutionWord(token.lower)
  )
    return true;
  // Joined to a name written surname first, and so written itself: a surname no list has
  // (Жұмабаев Ернар и Кравец Ольга).
  const joined = CONJUNCTIONS.has(ctx.tokens[i - 1]?.lower ?? "") && (cls[i - 2] === "first" || cls[i - 2] === "known");
  if (
    named &&
    joined &&
    cls[i - 3] === "surname" &&
    !token.latin &&
    !ADDRESS_ADJECTIVE.test(token.lower) &&
    !isInstitutionWord(token.lower)
  )
    return true;
  // In a form's field or a table's cell, before a first name: a surname no list has (Зардап шегуші:
  // Масанчи Айша; …;Павлодар;Вагнер Ирма;…).
  const field = FIELD_MARKS.has(ctx.tokens[i - 1]?.text ?? "");
  // …or before a surname or an initial (Next of kin: Olena Bondarenko; Возврат: Гейнц И., IBAN …).
  const read = token.latin ? latinToCyrillic(token.lower) : token.lower;
  const person = cls[i + 1] === "first" || cls[i + 1] === "known" || cls[i + 1] === "surname" || cls[i + 1] === "initial";
  if (field && person && !ADDRESS_ADJECTIVE.test(read)) return true;
  // …or, in a field for a name, before a first name that is also a word (Ф.И.О.: ВАНАХУН СУЛТАНА).
  if (cls[i + 1] === "firstAmbiguous" && nameFieldBefore(ctx.tokens, i)) return true;
  // …or two words in Latin letters no list knows, the field's whole value (Partner in Poland:
  // Agnieszka Nowak, IBAN …; Case summary: Chiamaka Eze, 26): a foreign name.
  const s = cls[i + 1] === "particle" ? i + 2 : i + 1;
  const second = ctx.tokens[s];
  const after = ctx.tokens[s + 1];
  return (
    field &&
    token.latin &&
    second?.latin === true &&
    cls[s] === "cap" &&
    !token.allCaps &&
    !second.allCaps &&
    (after === undefined || after.text === "," || after.text === "(")
  );
}

const LETTERED: ReadonlySet<string> = new Set(LETTERED_WORDS);
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
// A Russian verb's past, present or imperative ending (взяли, забрала, ищет, позвони), which no surname
// in capitals has but Georgian -швили.
const CAPITALS_VERB = /^(?!\p{L}*швили$)\p{L}{2,}(?:ли|ла|ло|ешь|ишь|ет|ит|ют|ут|ать|ять|ить|йте|ите|ни|ди)$/u;
const RUSSIAN_PATRONYMIC = /^\p{L}{3,}(?:вич|вна|ична|ьич)$/u;
const NOT_A_SURNAME_END =
  /(?:ла|ли|(?<!н)ло|йте|ите|ть|ние|ния|ция|тель|ница|тан|дан|нан|тен|ден|нен|ға|ге|қа|ке|да|де|та|те|ым|ім|ой|ый|ий|ая|ое|ые|ся|сь|ер|ор|ист|ант|ент|лог|арь|ач)$/u;
// A surname made from a first name, as the lists might read it (Габдуллина, Ахметова, Сергеева).
const SURNAME_OF_NAME = /^\p{L}{3,}(?:ова|ева|ина|ов|ев|ин)$/u;
const GREETINGS: ReadonlySet<string> = new Set(GREETING_WORDS);
const RELATIVE_OR_THAT = /^(?:котор|kotor|что|chto|which|that|who)/u;
const PARTICIPLE = /^\p{L}{3,}(?:ая|яя|ое|ее|ый|ий|ые|ие)$/u;
const LIST_AND: ReadonlySet<string> = new Set(LIST_AND_WORDS);
const DEFINING: ReadonlySet<string> = new Set(DEFINING_WORDS);
const NOT: ReadonlySet<string> = new Set(["не", "ne"]);
const FIRST_PERSON_VERB = /^\p{L}{2,}[юу]$/u;

/** Whether the clause from token `k`, after a message's first word and its comma, speaks to her rather than lists or qualifies the word. */
function addressedFirst(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (word?.kind !== "word" || word.cap || RELATIVE_OR_THAT.test(word.lower) || PARTICIPLE.test(word.lower)) return false;
  // …nor what the word is (Роза, это Алматы; Hope, a word we forgot), nor the writer's own doubt
  // (Вера, не знаю что сказать: faith, I don't know).
  if (DEFINING.has(word.lower) || (NOT.has(word.lower) && FIRST_PERSON_VERB.test(tokens[k + 1]?.lower ?? ""))) return false;
  if (
    RELATIVE_OR_THAT.test(tokens[k + 1]?.lower ?? "") ||
    LIST_AND.has(tokens[k + 1]?.lower ?? "") ||
    LIST_AND.has(tokens[k + 2]?.lower ?? "")
  )
    return false;
  // A dash later in the sentence defines what the list was (Вера, любовь — это всё не про нас).
  for (let j = k; j < tokens.length && !(tokens[j] as Token).sentenceStart; j++) {
    const text = (tokens[j] as Token).text;
    if (text === "—" || text === "–") return false;
    if (text === "." || text === "!" || text === "?") break;
  }
  return true;
}
const KOREAN_SYLLABLES = /^\p{Lu}\p{Ll}{0,3}(?:-\p{Lu}\p{Ll}{0,3})?$/u;
const LOWER_LETTER = /\p{Ll}/u;
const ADDRESS_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее)$/u;
// Endings of Ukrainian, Belarusian, Polish, Armenian, Georgian and German surnames, which no role has.
const SURNAME_SHAPE = /(?:[^т]ак|як|ук|юк|ко|ич|ян|дзе|швили|шер|[^и]дер|йер|ллер|ккер|ман|берг|штейн|рих|зен)$/u;
const GOD: ReadonlySet<string> = new Set(GOD_WORDS);
const SUN: ReadonlySet<string> = new Set(["күн", "kün", "kun", "айдың", "ай"]);

// Names that are flowers' names: -гүл "flower", and the rose, lily, tulip, jasmine.
const FLOWER_NAME = new RegExp(`(?:гүл|гул|gul)$|^(?:${FLOWER_NAMES.join("|")})$`, "u");

/** Whether a group of name words is a name. */
function accept(ctx: NameContext, members: readonly number[], cls: readonly NameClass[], lex: NameLexicon): boolean {
  // "Айгүл гүлі", "Роза гүлін", "Aigul gulderi": the flower named so, not a woman.
  const flower = ctx.tokens[members[0] as number]?.lower ?? "";
  if (
    FLOWER_NAME.test(flower) &&
    /^(?:гүл|гул|gul)(?:і|и|i|дері|дери|deri|де|de)/u.test(ctx.tokens[(members[0] as number) + 1]?.lower ?? "")
  )
    return false;
  const classes = members.map((m) => cls[m] as NameClass);
  if (definedAsThing(ctx, members[members.length - 1] as number)) return false;
  // "a German tourist": an English word after an article, whatever name it also is.
  const only = members.length === 1 ? ctx.tokens[members[0] as number] : undefined;
  if (only?.latin === true && lex.englishCommon.has(only.lower) && ARTICLES.has(ctx.tokens[(members[0] as number) - 1]?.lower ?? ""))
    return false;
  // An institution's eponym: "поликлиника им. Н. И. Пирогова", "Асфендияров атындағы университет".
  const start = members[0] as number;
  const abbreviated = ctx.tokens[start - 1]?.text === "." && ctx.tokens[start - 2]?.lower === "им";
  if (abbreviated || NAMED_AFTER.test(ctx.tokens[nextIndex(members[members.length - 1] as number, cls)]?.lower ?? "")) return false;
  // "күн сәулесі": the sun's ray, no Сәуле.
  const sun = ctx.tokens[(members[0] as number) - 1]?.lower ?? "";
  if (SUN.has(sun) && /^(?:сәуле|säule|saule)/u.test(ctx.tokens[members[0] as number]?.lower ?? "")) return false;
  // "Слава богу", "Slava Bogu": thanks be to God, no Slava.
  if (members.length === 1 && GOD.has(ctx.tokens[(members[0] as number) + 1]?.lower ?? "")) return false;
  if (classes.some((c) => PERSON.has(c))) return true;
  const words = classes.filter((c) => c !== "initial" && c !== "particle").length;
  if (words >= 2 || (words >= 1 && classes.includes("initial"))) return true;
  const first = members[0] as number;
  // Initials alone stand for a name after a role or introducer (Респондент А. Б., Пострадавшая Ф., со
  // слов К.), or quoted alone, as the name she is to be written under (пусть будет просто «Ж.»).
  const last = members[members.length - 1] as number;
  if (words === 0) {
    // The last initial's full stop, then the closing quote.
    const close = ctx.tokens[nextIndex(last, cls)];
    const quoted = OPENING_QUOTES.has(ctx.tokens[first - 1]?.text ?? "") && CLOSING_QUOTES.has(close?.text ?? "");
    // …or listed with other people's initials (участницы: А.К., Ж.М., С.Т.; потерпевшие Ж.К. и Л.М.).
    const link = (k: number): boolean => ctx.tokens[k]?.text === "," || CONJUNCTIONS.has(ctx.tokens[k]?.lower ?? "");
    const pairAt = (k: number): boolean => cls[k] === "initial" && ctx.tokens[k + 1]?.text === "." && cls[k + 2] === "initial";
    const listed = members.length >= 2 && ((link(last + 2) && pairAt(last + 3)) || (link(first - 1) && pairAt(first - 5)));
    return introducedBy(ctx, first, cls) || quoted || listed;
  }
  if (introducedBy(ctx, first, cls) || markedAfter(ctx, last, cls)) return true;
  // A short participle is no name, whatever follows it (Направлена из фонда, Доставлена в ИВС).
  if (classes[0] === "cap" && members.length === 1)
    return (
      !SHORT_PARTICIPLE.test((ctx.tokens[first] as Token).lower) &&
      (ownedByName(ctx, first, cls) ||
        kazakhPersonCase(ctx, first) ||
        withMe(ctx, last) ||
        calledSo(ctx, last) ||
        fromUnit(ctx.tokens, last + 1) ||
        namedInMail(ctx, first) ||
        introducesSelf(ctx, first, last) ||
        agedOrBornAfter(ctx, last) ||
        contactBefore(ctx, first, last))
    );
  // Joined by "и", "and", "мен" to a name: two people (Жанибеков и Ким).
  const person = (k: number): boolean => cls[k] === "first" || cls[k] === "known" || cls[k] === "surname";
  const joined = (k: number): boolean => CONJUNCTIONS.has(ctx.tokens[k]?.lower ?? "");
  // A list's comma joins too (Сотрудники: Мусин, Байжанов, Оспанов А.).
  const listed =
    (ctx.tokens[last + 1]?.text === "," && (cls[last + 2] === "surname" || cls[last + 2] === "known")) ||
    (ctx.tokens[first - 1]?.text === "," && (cls[first - 2] === "surname" || cls[first - 2] === "known"));
  const joinedToPerson = (joined(last + 1) && person(last + 2)) || (joined(first - 1) && person(first - 2)) || listed;
  if (classes[0] === "surnameWeak" && members.length === 1 && joinedToPerson) return true;
  if (classes[0] !== "firstAmbiguous") return false;
  if (actsAsPerson(ctx, last, cls, lex) || ownsPersonal(ctx, last) || withMe(ctx, last) || doneWith(ctx, last) || fromSomewhere(ctx, last))
    return true;
  if (askedAfter(ctx, last) || introducesSelf(ctx, first, last) || calledSo(ctx, last) || definedAsPerson(ctx, last, cls)) return true;
  // Signing a message off: a name alone as its last sentence (…не удивляйтесь. Маржан).
  if ((ctx.tokens[first] as Token).sentenceStart && first > 0 && ctx.tokens.slice(last + 1).every((t) => t.kind === "punct")) return true;
  if (contactAfter(ctx, last) || contactBefore(ctx, first, last)) return true;
  if (calledBy(ctx, first, lex)) return true;
  // Greeted by it, and its comma: "Hi Zhan, the shelter …", "Сәлем Дана, …".
  if (GREETINGS.has(ctx.tokens[first - 1]?.lower ?? "") && ctx.tokens[last + 1]?.text === ",") return true;
  // Opening a message (the text, a quote, or a short label's colon: Письмо: Дина, приветствую!), and
  // its comma: whom it speaks to (Mereke, kartanyn nomiri …; Гүлім, рахмет …), not a list's first word
  // (Роза, тюльпан и ромашка — …; Faith, hope and …), a relative clause's (Роза, которую …; Машина, в
  // которую …) nor a participle's (Лилия, вышитая на …).
  const before = ctx.tokens[first - 1]?.text ?? "";
  const opensMessage = first === 0 || OPENING_QUOTES.has(before) || (before === ":" && first <= 3);
  if (opensMessage && ctx.tokens[last + 1]?.text === "," && addressedFirst(ctx.tokens, last + 2)) return true;
  // Joined to a name that is no word: two people (Алёну и Вику держали).
  if (joinedToPerson) return true;
  // Opening a sentence with a Kazakh case ending straight on the name, of whom one takes or from
  // whom (Сәулені, Әсемнен): a word rarely starts a Kazakh sentence so, a person often does. Not the
  // dative (Мерекеге байланысты, Айнаға қарасам), nor the genitive (Жұлдыздың жарығы: whose, only
  // before what is a person's, above), nor -ты/-ді, which also make adjectives (Ерікті, Бақытты),
  // nor after a possessive (Бақытымызды).
  const opener = ctx.tokens[first] as Token;
  if (members.length === 1 && opener.sentenceStart && !opener.latin) {
    const folded = foldedReading(opener);
    const stem = suffixedStem(lex, folded);
    if (stem !== undefined && KAZAKH_OBJECT_CASE.has(folded.slice(stem.length))) return true;
  }
  // A capitalised ordinary word mid-sentence in Russian or Kazakh is a name; in English, or after a
  // number (8 Марта), it is not.
  const token = ctx.tokens[first] as Token;
  const previous = ctx.tokens[first - 1];
  // Russian or Kazakh written in Latin letters (the text's language says so) is read alike: "pozvoni Svete".
  // …unless it stands in a list of such words ("Вера, Надежда, Любовь — это я про свои попытки").
  const comma = (k: number): boolean => ctx.tokens[k]?.text === ",";
  if ((comma(first - 1) && cls[first - 2] === "firstAmbiguous") || (comma(last + 1) && cls[last + 2] === "firstAmbiguous")) return false;
  // …but a form that only calls her (Мир of Мира) is one only where she is called: "карта Мир" is a card.
  const vocative = members.length === 1 && firstNameOf(lex, foldedReading(token))?.how === "vocative";
  return (
    (!token.latin || ctx.lang !== "en") &&
    !token.sentenceStart &&
    previous?.kind !== "number" &&
    !lex.functionWords.has(token.lower) &&
    !vocative
  );
}

// A person's Kazakh case endings on a name that is a word, folded (dative, genitive, ablative, locative,
// instrumental, and the accusative after a vowel).
const PERSON_CASE_ENDINGS: ReadonlySet<string> = new Set(
  "га ге ка ке на не нын нин ннин дын дин тын тин нан нен дан ден тан тен да де та те нда нде мен бен пен ны ни".split(" "),
);
// Folded, as the lexicon reads them (і as и).
const KAZAKH_OBJECT_CASE: ReadonlySet<string> = new Set(["ны", "ни", "дан", "ден", "тан", "тен", "нан", "нен"]);
const I_WORD_SET: ReadonlySet<string> = new Set(I_WORDS);
// English month names from the dates lexicon (April, May, June… are names too).
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS.filter((month) => /^[a-z]{3,}$/u.test(month)));
const OBLIQUE_WOMANS_SURNAME = /(?:ов|ев|ёв|ин|ын)ой$/u;
const WOMANS_SURNAME = /(?:ова|ева|ёва|ина|ына)$/u;

/** Person names in the text. */
export function findNames(ctx: NameContext, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const lex = nameLexicon();
  const quoted = quotedTitles(tokens, lex);
  const cls: NameClass[] = tokens.map((_, i) => classify(ctx, i, lex, quoted));
  settleLowerCase(ctx, cls, lex);
  // Before a first name and a Russian patronymic mid-sentence, a capitalised word the lists read as
  // a first name or a street's is her surname, as records write a person (ФИО — Габдуллина Резеда
  // Фаритовна); a word no list has is read so below (capMayStart).
  for (let i = 1; i + 2 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const c = cls[i] as NameClass;
    if (!(c === "firstAmbiguous" || c === "none") || token.kind !== "word" || !token.cap || token.allCaps || token.sentenceStart) continue;
    if (!(cls[i + 1] === "first" || cls[i + 1] === "firstAmbiguous") || !RUSSIAN_PATRONYMIC.test((tokens[i + 2] as Token).lower)) continue;
    const shaped = SURNAME_OF_NAME.test(token.lower) && onlySpacesBetween(text, token.end, (tokens[i + 1] as Token).start);
    if (shaped && !lex.functionWords.has(token.lower) && !isPlace(foldCyrillic(token.lower))) cls[i] = "surname";
  }
  // "Ф.И.О.", "Т.А.Ә.": a form's "full name", no one's initials.
  for (let i = 0; i + 4 < tokens.length; i++) {
    const letters = [i, i + 2, i + 4].map((k) => tokens[k]?.lower ?? "").join("");
    if (FULL_NAME_LETTERS.has(letters) && tokens[i + 1]?.text === "." && tokens[i + 3]?.text === ".")
      cls[i] = cls[i + 2] = cls[i + 4] = "none";
  }
  // Capitals glued to digits are a code (НАТА0493, ЗАРА0792), no name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [token, next] = [tokens[i] as Token, tokens[i + 1] as Token];
    if (token.allCaps && token.text.length > 1 && next.kind === "number" && next.start === token.end) cls[i] = "none";
  }
  const joinable = (members: readonly number[], j: number): boolean => {
    const c = cls[j] as NameClass;
    // Two first names, the second with a Kazakh case ending, are two people: "Жасұлан Ақмаралдан
    // ақша алды" (a Kazakh name takes its ending on its last word, and a first name is not last).
    if ((c === "first" || c === "firstAmbiguous") && secondPerson(members[members.length - 1] as number, j)) return false;
    // A Kazakh name takes its case on its last word: after a genitive, a name is another person's
    // ("Динараның Мараты", Dinara's Marat).
    if (GENITIVE.test((tokens[members[members.length - 1] as number] as Token).lower)) return false;
    // A man's surname before a woman's first name with a Kazakh ending, or a woman's before a
    // man's, is two people ("Сержант Ерболатов Ұлжанды ұрды": the sergeant beat Ұлжан); Russian
    // declines both words of one name (Ахметова Ерлана), Kazakh only the last.
    const previous = members[members.length - 1] as number;
    if (
      (c === "first" || c === "firstAmbiguous") &&
      (cls[previous] === "surname" || cls[previous] === "patronymic") &&
      firstHow(j) === "suffixed"
    ) {
      const his = genderOfEnding((tokens[previous] as Token).lower);
      const hers = firstNameGender(lex, foldCyrillic((tokens[j] as Token).lower));
      // …but after her patronymic, a word shaped as a woman's surname is hers (Инна Сергеевна Лёвина, not Лёва's).
      const herSurname = cls[previous] === "patronymic" && his === "f" && WOMANS_SURNAME.test((tokens[j] as Token).lower);
      if (his !== null && hers !== undefined && his !== hers && !herSurname) return false;
    }
    // Russian declines both: a first name in -а/-я as the lists write it, then a woman's surname in
    // another case, are two words ("Справка. Дана Бекмуратовой Асель…": issued to her).
    if (
      c === "surname" &&
      members.length === 1 &&
      cls[previous] === "firstAmbiguous" &&
      OBLIQUE_WOMANS_SURNAME.test((tokens[j] as Token).lower) &&
      /[ая]$/u.test((tokens[previous] as Token).lower) &&
      lex.firstNameNominatives.has(foldedReading(tokens[previous] as Token))
    )
      return false;
    // Two first names in lower case, in the nominative or a pet form, are two people in a chat (даша
    // маша вы где?, ксюша асель и диляра); capitalised, one may be a surname (Сафина Рамиля).
    if (
      (c === "first" || c === "firstAmbiguous") &&
      members.length === 1 &&
      (cls[previous] === "first" || cls[previous] === "firstAmbiguous") &&
      [previous, j].every((k) => {
        const token = tokens[k] as Token;
        const how = firstNameOf(lex, foldedReading(token))?.how;
        return !token.cap && (how === "form" || how === "diminutive") && /[аяь]$/u.test(token.lower);
      })
    )
      return false;
    // A surname with its initials is a whole name: "Әбдірахманова Г.С. Мадинаның" is two people.
    // …and so before another's surname (Судья Әбдірахманов Қ.Т. Жақыпова Гүлмира …).
    if (
      (c === "first" || c === "firstAmbiguous" || c === "surname") &&
      cls[previous] === "initial" &&
      members.some((m) => cls[m] === "surname")
    )
      return false;
    // Initials, a surname, then another surname: two people (Судья Т.Қ. Жақыпова Исаева Ләйлә …).
    if (c === "surname" && cls[previous] === "surname" && members.some((m) => cls[m] === "initial")) return false;
    // A name has two initials at most: a third pair after a surname's is the seal's place (Сарсенбаев К.М. М.П.).
    if (c === "initial" && members.filter((m) => cls[m] === "initial").length >= 2) return false;
    // After a first name and a Kazakh patronymic the name is whole: a name in the genitive after them
    // is another's (Гүлнар Әбілқызы Самалдың телефонына: Samal's phone; not Ерболатқызы Аружанның).
    if (
      cls[previous] === "patronymic" &&
      previous !== members[0] &&
      KAZAKH_PATRONYMIC.test((tokens[previous] as Token).lower) &&
      GENITIVE.test((tokens[j] as Token).lower)
    )
      return false;
    if (STARTS.has(c) || c === "particle") return true;
    // A form's next label (TURSUNOVA Imya: DILNOZA Data rozhd.: …).
    if (FIELD_LABELS.has((tokens[j] as Token).lower)) return false;
    // "Slava Bogu": thanks be to God.
    if (c !== "cap" || GOD.has((tokens[j] as Token).lower)) return false;
    // After a surname, a first name and a patronymic the name is whole: "Юлдашева Мадина Алишеровна  Дата".
    if (cls[previous] === "patronymic" && members.some((m) => cls[m] === "surname")) return false;
    // …and after a surname's initials (Гайнуллина Р. Ф. Поступила: the next sentence); after a first
    // name's, a surname may follow (Alina O. Grinko), but no function word (Nurlan S. Vsego perevela).
    if (cls[previous] === "initial" && members.some((m) => cls[m] === "surname" || cls[m] === "surnameWeak")) return false;
    const word = tokens[j] as Token;
    if (cls[previous] === "initial" && lex.functionWords.has(word.latin ? latinToCyrillic(word.lower) : word.lower)) return false;
    // …nor a record's next sentence opened by a participle (Ларина О. Изъято: …, Выдано, Осмотрено).
    if (cls[previous] === "initial" && !word.latin && NEUTER_PARTICIPLE.test(word.lower)) return false;
    // …nor an English word after initials (P.O. Box).
    if (cls[previous] === "initial" && word.latin && lex.englishCommon.has(word.lower)) return false;
    // …nor, in a message in capitals, a verb after a name (АСЕЛЬ ВЗЯЛИ, ПОЗВОНИ МАРИНЕ).
    if (word.allCaps && !word.latin && CAPITALS_VERB.test(word.lower)) return false;
    // A Korean given name's syllables after a short surname (Пак Ён Хи, Ли Ын-Хе).
    // …or after a short word read otherwise, a role or a word before it having started the name (Дерматовенеролог Сон Ен Хи).
    const head0 = tokens[members[0] as number] as Token;
    const short = head0.text.length <= 3 && !head0.latin && !KAZAKH_LETTERS.test(head0.lower);
    if (members.length <= 2 && (cls[members[0] as number] === "surnameWeak" || short) && KOREAN_SYLLABLES.test((tokens[j] as Token).text))
      return true;
    // An unknown capitalised word joins after a first name or an initial (a surname no rule knows).
    if (members.some((m) => cls[m] === "first" || cls[m] === "initial" || cls[m] === "known" || cls[m] === "patronymic")) return true;
    // …and, in Latin letters, after a name no list knows that a word before introduced, up to three
    // words: the whole name she gives (my name is Maricel Dela Cruz, a man named Lao Zhang).
    const head = members[0] as number;
    // …or, in Cyrillic, short syllables as Chinese, Korean and Vietnamese names are written (представился как Ван Лэй, на имя Нгуен Тхи Лан).
    const sameScript = word.latin ? (tokens[head] as Token).latin : KOREAN_SYLLABLES.test(word.text);
    if (members.length < 3 && cls[head] === "cap" && sameScript && introducedBy(ctx, head, cls)) return true;
    // …and the surname an e-mail address of the text holds, after a word no list knows (contact
    // Katrin Vogel, k.vogel@…).
    if (members.length === 1 && (tokens[head] as Token).latin && namedInMail(ctx, j)) return true;
    // …and a form field's value of two such words, a particle between (Partner in Poland: Agnieszka
    // Nowak,; honorarium: Jonas van Dijk,).
    const single = members.length === 1 || (members.length === 2 && cls[members[1] as number] === "particle");
    if (single && cls[head] === "cap" && word.latin && (tokens[head] as Token).latin && tokens[head - 1]?.text === ":") return true;
    // …and after a first name that is also a word, in Latin letters (Hope Nwosu, Will Osborne) or
    // shaped like a surname with an ending (Жұлдыз Омарованы).
    if (members.length === 1 && cls[previous] === "firstAmbiguous") {
      const [name, next] = [tokens[previous] as Token, tokens[j] as Token];
      if ((name.latin && next.latin) || (!next.latin && SURNAME_WITH_ENDING.test(next.lower))) return true;
    }
    // After a surname mid-sentence, the first name no list holds (Ниязова Мархаба), unless a name follows the comma.
    const last = members[members.length - 1] as number;
    return (
      members.length === 1 &&
      cls[last] === "surname" &&
      !(tokens[j] as Token).sentenceStart &&
      !lex.functionWords.has((tokens[j] as Token).lower)
    );
  };
  const firstHow = (k: number): string | undefined => {
    const token = tokens[k] as Token;
    return token.latin ? undefined : firstNameOf(lex, foldCyrillic(token.lower))?.how;
  };
  const secondPerson = (last: number, j: number): boolean =>
    (cls[last] === "first" || cls[last] === "firstAmbiguous") && firstHow(j) === "suffixed" && firstHow(last) === "form";
  // Words no list knows that the context made names (nicknames, surnames): where the text writes
  // them again, they name the same person (по прозвищу «Шеф» … Шеф забирает половину).
  let named: Set<string> | undefined;
  const taken: boolean[] = [];
  let i = 0;
  while (i < tokens.length) {
    work.steps++;
    const c = cls[i] as NameClass;
    if (!(STARTS.has(c) || (c === "cap" && capMayStart(ctx, i, cls, lex)))) {
      i++;
      continue;
    }
    const members = [i];
    let end = memberEnd(tokens, i, cls);
    let j = nextIndex(i, cls);
    // Past the apostrophe that writes a Latin soft sign (Igor' Nikolaevich, Asel' Nurpeisova).
    const overSoftSign = (k: number): number => (tokens[k]?.start === end && softSignEnd(text, end) > end ? k + 1 : k);
    j = overSoftSign(j);
    // A surname in capitals or after a field's colon, its comma, then the first name: one name
    // (KANG, Elena; Patient: Bekova, Roza).
    if (cls[i] === "surname" && ((tokens[i] as Token).allCaps || tokens[i - 1]?.text === ":") && commaFirstNameAfter(tokens, i, lex)) {
      members.push(i + 2);
      end = memberEnd(tokens, i + 2, cls);
      j = nextIndex(i + 2, cls);
    }
    while (j < tokens.length && joinable(members, j) && onlySpacesBetween(text, softSignEnd(text, end), (tokens[j] as Token).start)) {
      work.steps++;
      members.push(j);
      end = memberEnd(tokens, j, cls);
      j = overSoftSign(nextIndex(j, cls));
    }
    if (accept(ctx, members, cls, lex)) {
      out.push({
        start: (tokens[i] as Token).start,
        end: withLetterAfter(
          text,
          withEnding(text, (tokens[i] as Token).start, end),
          cls[members[members.length - 1] as number] as NameClass,
        ),
        type: "NAME",
        priority: PRIORITY.name,
      });
      for (const m of members) if (cls[m] === "cap") (named ??= new Set()).add((tokens[m] as Token).text);
      for (let k = i; k < j; k++) taken[k] = true;
      i = j;
    } else {
      // No later start inside a rejected group makes a group that is accepted (its members are a
      // subset, with no role before them): skip it, so a run of initials is read once.
      i = members.length > 1 ? j : i + 1;
    }
  }
  if (named === undefined) return;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (taken[k] !== true && cls[k] === "cap" && !token.blocked && named.has(token.text))
      out.push({ start: token.start, end: token.end, type: "NAME", priority: PRIORITY.name });
  }
}

/** After a Latin word, past the apostrophe that writes its soft sign (Igor' Nikolaevich, Asel' Nurpeisova). */
function softSignEnd(text: string, end: number): number {
  const mark = text.charAt(end);
  return (mark === "'" || mark === "’") && /\p{Script=Latin}/u.test(text.charAt(end - 1)) && /\s/u.test(text.charAt(end + 1))
    ? end + 1
    : end;
}

/**
 * A name's end with what belongs to it glued on: the apostrophe that writes a soft sign in Latin
 * letters (Aigul', asel') and a Kazakh ending hyphened to an initial (Т.-ға). The English possessive
 * stays outside (`[NAME]'s phone`), so the text around the placeholder still reads.
 */
function withEnding(text: string, start: number, end: number): number {
  // A Kazakh case ending hyphened to an initial (Гүлназ Т.-ға).
  const hyphened = text.charAt(end - 1) === "." ? INITIAL_CASE_ENDING.exec(text.slice(end, end + 6)) : null;
  if (hyphened !== null) return end + hyphened[0].length;
  const mark = text.charAt(end);
  const latinBefore = /\p{Script=Latin}/u.test(text.charAt(end - 1));
  // Not the closing quote of a name in single quotes ('Serik').
  const quoted = /['‘’]/u.test(text.charAt(start - 1));
  return latinBefore && !quoted && (mark === "'" || mark === "’") && !/\p{L}/u.test(text.charAt(end + 1)) ? end + 1 : end;
}

/**
 * A first name's end, and the surname's letter after it without its full stop as chats write it
 * (`kaspi … Madina K`, `Aliya S — skin'te`): a capital alone, then the text's end or a dash, comma or
 * semicolon (not English "I").
 */
function withLetterAfter(text: string, end: number, last: NameClass): number {
  if (last !== "first" && last !== "firstAmbiguous") return end;
  const letter = /^ ([A-HJ-ZА-ЯЁӘҒҚҢӨҰҮІ])(?=\s*(?:$|[—–,;]|- ))/u.exec(text.slice(end, end + 6));
  return letter === null ? end : end + letter[0].length;
}

/** Whether a token is a first name in the lexicon (for addresses named after people). */
export function isLexiconFirstName(token: Token): boolean {
  if (token.kind !== "word" || !token.cap) return false;
  const lex = nameLexicon();
  if (token.latin) return latinKeys(token.lower).some((key) => lex.firstNameKeys.has(key));
  return firstNameMask(lex, foldCyrillic(token.lower)) !== undefined;
}
