import { match } from "ts-pattern";
import { foldCyrillic } from "./fold.js";

// Case forms of names: Russian declension by ending and gender, and Kazakh case suffixes (every
// variant, so a misspelt harmony still matches). Used to compile the lexicon and `knownNames`.

/** A person's sex, as far as a name tells it; `null` when it does not. */
export type NameGender = "f" | "m" | null;

/** What part of a full name a word is, which decides how Russian declines it. */
export type NamePart = "first" | "surname" | "patronymic";

/** The Kazakh case suffixes, every variant of each (genitive … instrumental, and possessive stems), and two of Uzbek's and Tajik's. */
export const KAZAKH_CASE_SUFFIXES: readonly string[] = [
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "н",
  "да",
  "де",
  "та",
  "те",
  "нда",
  "нде",
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  "мен",
  "пен",
  "бен",
  // Uzbek's genitive and Tajik's object marker, as migrants write them (Дилнозанинг, Заринаро).
  "нинг",
  "ро",
];

const HUSHING = /[жшчщц]$/u;
const VELAR_OR_HUSHING = /[гкхжшчщ]$/u;
const VOWEL_FINAL = /[аеёиоуыэюя]$/u;

/** Irregular Russian first names: nominative → the other forms. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  павел: ["павла", "павлу", "павлом", "павле"],
  лев: ["льва", "льву", "львом", "льве"],
  пётр: ["петра", "петру", "петром", "петре"],
  петр: ["петра", "петру", "петром", "петре"],
  любовь: ["любови", "любви", "любовью"],
};

const endingsOf = (stem: string, endings: readonly string[]): string[] => endings.map((e) => stem + e);

/** Russian forms of a first name or of an undeclared-pattern surname, by its ending. */
function declineNoun(word: string, gender: NameGender): string[] {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return [word, ...irregular];
  const forms = [word];
  const stem1 = word.slice(0, -1);
  const stem2 = word.slice(0, -2);
  // -ия also takes the spoken dative in -ие (скажи Алие), beside the written Алии.
  if (word.endsWith("ия")) forms.push(...endingsOf(stem2, ["ии", "ие", "ию", "ией", "иею", "иёй"]));
  else if (word.endsWith("ья")) forms.push(...endingsOf(stem2, ["ьи", "ье", "ью", "ьей", "ьёй", "ьею"]));
  else if (word.endsWith("я")) forms.push(...endingsOf(stem1, ["и", "е", "ю", "ей", "ёй", "ею"]));
  else if (word.endsWith("а")) {
    forms.push(...endingsOf(stem1, [VELAR_OR_HUSHING.test(stem1) ? "и" : "ы", "е", "у", "ой", "ою"]));
    if (HUSHING.test(stem1)) forms.push(`${stem1}ей`, `${stem1}ею`);
  } else if (word.endsWith("ий")) forms.push(...endingsOf(stem2, ["ия", "ию", "ием", "ии"]));
  else if (word.endsWith("й")) forms.push(...endingsOf(stem1, ["я", "ю", "ем", "е", "ём"]));
  else if (word.endsWith("ь")) {
    if (gender !== "m") forms.push(...endingsOf(stem1, ["и", "ью"]));
    if (gender !== "f") forms.push(...endingsOf(stem1, ["я", "ю", "ем", "е", "ём"]));
  } else if (!VOWEL_FINAL.test(word) && gender !== "f") {
    forms.push(...endingsOf(word, ["а", "у", HUSHING.test(word) ? "ем" : "ом", "е"]));
    if (HUSHING.test(word)) forms.push(`${word}ом`);
  }
  return forms;
}

const SURNAME_MALE = /(ов|ев|ёв|ин|ын)$/u;
const SURNAME_FEMALE = /(ова|ева|ёва|ина|ына)$/u;
const SURNAME_ADJ_MALE = /(ский|цкий|ской)$/u;
const SURNAME_ADJ_FEMALE = /(ская|цкая)$/u;

/** Russian forms of a surname: adjective-like (-ов, -ова, -ский) or noun-like for the rest. */
function declineSurname(word: string, gender: NameGender): string[] {
  if (SURNAME_FEMALE.test(word)) return [word, ...endingsOf(word.slice(0, -1), ["ой", "у", "ою"])];
  if (SURNAME_MALE.test(word)) return [word, ...endingsOf(word, ["а", "у", "ым", "е", "ы", "ых", "ыми"])];
  if (SURNAME_ADJ_FEMALE.test(word)) return [word, ...endingsOf(word.slice(0, -2), ["ой", "ую", "ою"])];
  if (SURNAME_ADJ_MALE.test(word)) return [word, ...endingsOf(word.slice(0, -2), ["ого", "ому", "им", "ом"])];
  // -енко, -ко, -их and names ending in a vowel other than а/я do not decline.
  if (/(ко|их|ых|[еиоуюэ])$/u.test(word)) return [word];
  return declineNoun(word, gender);
}

/** Russian forms of a patronymic (-ович, -овна, -ична). */
function declinePatronymic(word: string): string[] {
  if (word.endsWith("ич")) return [word, ...endingsOf(word, ["а", "у", "ем", "е"])];
  if (word.endsWith("на")) return [word, ...endingsOf(word.slice(0, -1), ["ы", "е", "у", "ой", "ою"])];
  return [word];
}

/** The nominative with each Kazakh case suffix its last sound takes (Айгерімді, not Айгерімты). */
export function kazakhForms(word: string): string[] {
  const folded = foldCyrillic(word);
  return KAZAKH_CASE_SUFFIXES.filter((suffix) => endingFits(folded, foldCyrillic(suffix))).map((suffix) => word + suffix);
}

/** Kazakh possessive suffixes (my, your, our, his/her), every harmony variant. */
export const KAZAKH_POSSESSIVE_SUFFIXES: readonly string[] = [
  "ым",
  "ім",
  "м",
  "ың",
  "ің",
  "ң",
  "ыңыз",
  "іңіз",
  "ңыз",
  "ңіз",
  "ымыз",
  "іміз",
  "мыз",
  "міз",
  "ы",
  "і",
  "сы",
  "сі",
];

// After a possessive the dative is -а/-е (Айгүліме), the 3rd person's accusative -н (Айгүлін).
const AFTER_POSSESSIVE = ["", ...KAZAKH_CASE_SUFFIXES, "а", "е"];

/** Kazakh personal predicate endings on a noun, "I am X", "you are X" (Бағдатпын, Ерікпін, Айгүлсің). */
export const KAZAKH_PREDICATE_SUFFIXES: readonly string[] = ["мын", "мін", "пын", "пін", "бын", "бін", "сың", "сің", "сыз", "сіз"];

// Kyrgyz case endings in the rounded vowels Kazakh lacks (Нургүлдү, Айгүлдүн):
// read on a name, never written out for one.
const KYRGYZ_CASE_SUFFIXES: readonly string[] = ["дү", "ду", "тү", "ту", "нү", "ну", "дүн", "дун", "түн", "тун", "нүн", "нун", "гө", "кө"];

// Uzbek endings, which take no harmony with the stem (Сардорнинг, Sanjarning, Gulnorani, Мунисаман),
// and the Kazakh genitive as Latin chats spell its ң (Ainurdyng, Qanattyng).
const ANY_STEM_ENDINGS: ReadonlySet<string> = new Set(["нинг", "ни", "ман", "дынг", "тынг", "нынг", "динг", "тинг"]);

// Every ending a Kazakh name may carry, as `foldCyrillic` writes it (ның → нын), by length.
const FOLDED_ENDINGS: ReadonlySet<string> = new Set(
  [
    ...KAZAKH_CASE_SUFFIXES,
    ...KYRGYZ_CASE_SUFFIXES,
    ...KAZAKH_PREDICATE_SUFFIXES,
    ...KAZAKH_POSSESSIVE_SUFFIXES.flatMap((possessive) => AFTER_POSSESSIVE.map((suffix) => possessive + suffix)),
  ].map(foldCyrillic),
);
const LONGEST_ENDING = Math.max(...[...FOLDED_ENDINGS, ...ANY_STEM_ENDINGS].map((e) => e.length));

/**
 * The nominatives a folded word may be with a Kazakh case or possessive ending taken off
 * (`айгеримге` → `айгерим`, `жанарымыз` → `жанар`), so a lexicon need not hold every form.
 */
export function kazakhStems(folded: string): string[] {
  const stems: string[] = [];
  for (let length = Math.min(LONGEST_ENDING, folded.length - 2); length >= 1; length--) {
    const ending = folded.slice(-length);
    const stem = folded.slice(0, -length);
    if ((FOLDED_ENDINGS.has(ending) && endingFits(stem, ending)) || ANY_STEM_ENDINGS.has(ending)) stems.push(stem);
  }
  return stems;
}

// Folded, as `foldCyrillic` writes them: the voiceless consonants (and в, which Kazakh devoices in
// Russian surnames: Ахметовтың, Ивановқа) and the vowels.
const VOICELESS = new Set("кпстфхцчшв");
const VOWELS = new Set("аеиоуыэюя");

/**
 * Whether a Kazakh ending may follow a stem by the sound the stem ends in: т-, к-, п- endings only
 * after a voiceless consonant (Маратқа, Бекзатта), д-, г-, б- endings never after one (Жанарға,
 * Айдада) and д- of the accusative and genitive not after a vowel either, н- endings only after a
 * vowel or м, н, ң (Айгүлдің, not Айгүлнің). So the Russian
 * `сержанта` is no Сержан with a Kazakh ending (Сержанда), nor `адамға` more than a word.
 */
function endingFits(stem: string, ending: string): boolean {
  const last = stem.charAt(stem.length - 1);
  const first = ending.charAt(0);
  if ("ткп".includes(first)) return VOICELESS.has(last);
  // …and the accusative's and genitive's д- never after a vowel, which takes н- (Юраны, not юради).
  if (first === "д" && "ыи".includes(ending.charAt(1))) return !VOICELESS.has(last) && !VOWELS.has(last);
  if ("дгб".includes(first)) return !VOICELESS.has(last);
  if (first === "н") return VOWELS.has(last) || last === "м" || last === "н";
  return true;
}

/** The Russian case forms of one word of a name, lower case. */
export function russianForms(word: string, part: NamePart, gender: NameGender): string[] {
  const lower = word.toLowerCase();
  return match(part)
    .with("first", () => declineNoun(lower, gender))
    .with("surname", () => declineSurname(lower, gender))
    .with("patronymic", () => declinePatronymic(lower))
    .exhaustive();
}

/**
 * Every case form of one word of a name, lower case: Russian declension and Kazakh suffixes.
 *
 * @example
 * import { nameWordForms } from "./inflect.js";
 *
 * nameWordForms("алия", "first", "f"); // ["алия", "алии", "алию", "алией", …, "алияның", "алияға", …]
 */
export function nameWordForms(word: string, part: NamePart, gender: NameGender): string[] {
  return [...russianForms(word, part, gender), ...kazakhForms(word.toLowerCase())];
}

/** The gender a word of a name shows by its ending, if any. */
export function genderOfEnding(word: string): NameGender {
  const lower = word.toLowerCase();
  if (/(ова|ева|ёва|ина|ына|ская|цкая|овна|евна|ична|инична|қызы|кызы)$/u.test(lower)) return "f";
  if (/(ов|ев|ёв|ин|ын|ский|цкий|ович|евич|ич|ұлы|улы|уулу)$/u.test(lower)) return "m";
  return null;
}

/** How a Russian role word declines: a noun in a consonant or in -а/-я, or an adjective used as a noun. */
export type RoleDeclension = "consonant" | "vowel" | "adjective";

/** Russian forms of an adjective used as a noun (участковый, полицейский, потерпевшая). */
function declineAdjective(word: string): string[] {
  const stem = word.slice(0, -2);
  if (/(ая|яя)$/u.test(word)) return [word, ...endingsOf(stem, ["ой", "ую", "ей", "юю"])];
  const soft = /[гкхжшчщ]$/u.test(stem) || word.endsWith("ий");
  // …and its feminine, a woman on duty or a woman officer (дежурная, участковой).
  const feminine = ["ая", "ой", "ую"];
  return [
    word,
    ...endingsOf(stem, soft ? ["ого", "ому", "им", "ом", "ие", "их", "ими"] : ["ого", "ому", "ым", "ом", "ые", "ых", "ыми"]),
    ...endingsOf(stem, feminine),
  ];
}

/** Forms of a Russian role noun or adjective, for compiling role triggers. */
export function roleForms(word: string, kind: RoleDeclension): string[] {
  return match(kind)
    .with("consonant", () => declineNoun(word, "m").concat(endingsOf(word, ["ы", "ов", "ам", "ами", "ах"])))
    .with("vowel", () => declineNoun(word, "f"))
    .with("adjective", () => declineAdjective(word))
    .exhaustive();
}
