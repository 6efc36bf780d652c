// The evidence that a word is a person's name beside its letters: a role or an introducer before
// it, a marker or a verb of speech after it, a Kazakh ending people take, being called by it.

import type { Locale } from "@redumbrella/questionnaire";
import type { Candidate } from "./candidate.js";
import { foldCyrillic, foldedReading, latinToCyrillic } from "./fold.js";
import type { KnownNames } from "./known-names.js";
import { HOUSE_BEFORE_NUMBER } from "./lexicon/address-words.js";
import {
  AFTER_CALLING_WORDS,
  AND_ME_PHRASES,
  ASKING_AUXILIARIES,
  BACK_WORDS,
  CALLED_AFTER_WORDS,
  CALLED_ONE_WORDS,
  CALLED_PRONOUNS,
  CALLER_WORDS,
  CALLING_PARTICLE_WORDS,
  DEMONSTRATIVE_WORDS,
  ENDEARMENTS,
  FEELING_NAMES,
  FIRST_PERSON_POSSESSIVES,
  GREETING_WORDS,
  IF_WORDS,
  KIN_CALLED_WORDS,
  MAILBOX_WORDS,
  NAME_IS_LINKS,
  NAME_IS_WORDS,
  NAME_VERB_ADVERBS,
  NAMED_PERSON_NOUNS,
  OWNED_QUALIFIERS,
  PERSON_OF_PHRASES,
  PERSON_OR_FEELING_VERB_STEMS,
  POSSESSED_STEMS,
  RELATIVE_WHERE_WORDS,
  SECOND_PERSON_ENDINGS,
  SECOND_PERSON_POSSESSIVES,
  SECOND_PERSON_WORDS,
  SELF_INTRODUCTIONS,
  SWEET_WORDS,
  TO_ME_WORDS,
  TO_YOU_WORDS,
  TOGETHER_STEMS,
  WHEN_WORDS,
  WHERE_ARE_YOU,
  WHERE_IS_WORDS,
  WHO_ASKS_WORDS,
  WHO_SAW_WORDS,
  WHO_SUCH_WORDS,
  WITH_ME_WORDS,
} from "./lexicon/name-context.js";
import { firstNameOf, isPlace, type NameLexicon, nameLexicon } from "./name-lexicon.js";
import { isDocumentWord, isMoneyWord, isPhoneWord } from "./numbers.js";
import { isPlannedPhone } from "./phone-plan.js";
import {
  agedAfter,
  CLOSING_QUOTES,
  DASHES,
  DEFINING_PERSON,
  dashDefinesPerson,
  FROM,
  fieldLabel,
  fromUnit,
  GOES,
  isCalled,
  isKnownAs,
  NAMING_MARKERS,
  nicknameQuote,
  OPENING_QUOTES,
  POSSESSIVE_PRONOUNS,
  POSSESSIVES,
  TITLES,
  WORD_NOUN_SET,
} from "./quotes.js";
import { stemTest } from "./stems.js";
import { onlySpacesBetween, type Token } from "./tokens.js";

/** What a word is, for the name rules. */
export type NameClass =
  | "known"
  | "first"
  | "firstAmbiguous"
  | "surname"
  | "surnameWeak"
  | "patronymic"
  | "initial"
  | "particle"
  | "cap"
  | "role"
  | "qualifier"
  | "introducer"
  | "marker"
  | "lower"
  | "lowerSurname"
  | "lowerAmbiguous"
  | "lowerVocative"
  | "none";

/** What the name rules need besides the tokens. */
export interface NameContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lang: Locale;
  readonly known: KnownNames | null;
  /** Token indices of streets' names (`ул. Жансугурова`, `Абай көшесі`): places, not people. */
  readonly streets: ReadonlySet<number>;
  /** The text has no capital letter at all (chat): lower-case names need no other cue. */
  readonly noCapitals: boolean;
  /** The text is English by its words (`the`, `she`, `said`): a Russian or Kazakh word is no word here. */
  readonly english: boolean;
  /** The words of the text's e-mail addresses before their `@` (`miriam.help@…` → miriam, help), in lower case. */
  readonly mailWords: ReadonlySet<string>;
}

/** Whether a capitalised Latin word no list knows is a word of an e-mail address in the text: its owner's name (write to Miriam at miriam.help@…). */
export function namedInMail(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i] as Token;
  if (ctx.mailWords.size === 0 || !token.cap || token.text.length < 3) return false;
  if (token.latin) return ctx.mailWords.has(token.lower);
  // …in Cyrillic too, as the address spells it in Latin letters (Ингрид Ларсен, ingrid.larsen@…); a
  // sentence's first word only with the next (a noun the address is named for: Шағым …, shagym.ngo@…).
  const spelt = (t: Token | undefined): boolean => t !== undefined && ctx.mailWords.has(foldCyrillic(t.lower));
  return spelt(token) && (!token.sentenceStart || spelt(ctx.tokens[i + 1]));
}

const MAILBOXES: ReadonlySet<string> = new Set(MAILBOX_WORDS);
/** The words of the e-mail addresses among `candidates`, before their `@`, but a shared mailbox's (support@, info@). */
export function mailWordsOf(text: string, candidates: readonly Candidate[]): Set<string> {
  const found = new Set<string>();
  for (const c of candidates) {
    // An e-mail's local part, or a handle (@aiko_qz): the words its owner chose to be found by.
    if (c.type !== "EMAIL" && c.type !== "HANDLE") continue;
    // …a handle's name only, after its site (tiktok.com/@dj_kostya), and no bot's (@qyzdar_komek_bot).
    const handle = text.slice(c.start, c.end).replace(/^.*[@/]/u, "");
    if (c.type === "HANDLE" && /bot$/iu.test(handle)) continue;
    const local = (c.type === "EMAIL" ? text.slice(c.start, text.indexOf("@", c.start)) : handle).toLowerCase();
    for (const word of local.split(/[^a-z]+/u)) {
      if (word.length < 3 || MAILBOXES.has(word)) continue;
      found.add(word);
      found.add(foldCyrillic(latinToCyrillic(word)));
    }
  }
  return found;
}

/** Titles before a name (Dr, Lt., г-н): roles, with or without their full stop. */
/** The classes that make a group of words a name by themselves. */
export const PERSON: ReadonlySet<NameClass> = new Set(["known", "first", "surname", "patronymic"]);
/** "и", "and", "мен": what joins two people's names. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  "и",
  "and",
  "мен",
  "пен",
  "бен",
  "және",
  "жане",
  "i",
  "men",
  "jäne",
  "zhane",
  "с",
  "со",
  "s",
]);

/** Whether a verb of speech or contact stands within three words of token `i`, in its clause (a comma ends it). */
export function speechNear(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const said = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && lex.isSpeechVerb(t.lower);
  const clauseEnd = (t: Token): boolean => t.kind === "punct" && CLAUSE_MARKS.has(t.text);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (clauseEnd(tokens[k] as Token)) break;
    if (said(tokens[k])) return true;
    if ((tokens[k] as Token).sentenceStart) break;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if ((tokens[k] as Token).sentenceStart || clauseEnd(tokens[k] as Token)) break;
    if (said(tokens[k])) return true;
  }
  return false;
}
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", "(", ")"]);

const CALLED_PRONOUN_SET: ReadonlySet<string> = new Set(CALLED_PRONOUNS);

const WHO_SUCH: ReadonlySet<string> = new Set(WHO_SUCH_WORDS);
const PERSON_OF: ReadonlySet<string> = new Set(PERSON_OF_PHRASES);
// A Russian verb's imperative, infinitive or first person (Назовите, Приобщить, Прошу), which no name ends in.
const SPOKEN_VERB = /^\p{L}{2,}(?:ите|йте|ать|ять|ить|еть|уть|ошу|ужу|очу)$/u;
const WHO_ASKS: ReadonlySet<string> = new Set(WHO_ASKS_WORDS);
const WHO_SAW: ReadonlySet<string> = new Set(WHO_SAW_WORDS);

/** A form's "full name" field written as letters: Ф.И.О., Т.А.Ә. (тегі, аты, әкесінің аты), Т.А.Ж. */
export const FULL_NAME_LETTERS: ReadonlySet<string> = new Set(["фио", "таә", "таж"]);

/**
 * Whether a form's field for a name, and its colon, stand right before token `i` (`имя: Мира`, `имя
 * (как обращаться): Мира`, `ФАМИЛИЯ: ШУЛЬЦ`): an aside in brackets may stand between; or the word
 * for a name alone before a capitalised word (`его фамилия Шматко`).
 */
export function nameFieldBefore(tokens: readonly Token[], at: number): boolean {
  // …the name in quotes too (Имя (можно вымышленное): «Карина»).
  const i = OPENING_QUOTES.has(tokens[at - 1]?.text ?? "") ? at - 1 : at;
  // "его фамилия Шматко": the word for a name, right before a capitalised word.
  if (NAME_WORDS.has(tokens[i - 1]?.lower ?? "") && tokens[at]?.cap === true) return true;
  const label = fieldLabel(tokens, i - 1);
  if (label === -1) return false;
  // "Ф.И.О.:", "Т.А.Ә.:": the full name's letters, each with its full stop.
  if (tokens[label]?.text === ".")
    return FULL_NAME_LETTERS.has([label - 5, label - 3, label - 1].map((k) => tokens[k]?.lower ?? "").join(""));
  return NAME_WORDS.has(tokens[label]?.lower ?? "");
}

/** Whether a role (with its qualifiers and commas) or an introducer stands right before token `i`. */
export function introducedBy(ctx: NameContext, i: number, cls: readonly NameClass[]): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  const previous = tokens[k];
  if (previous !== undefined && cls[k] === "introducer") return true;
  // "Forwarded from Jessie:", "Переслано от Жасмин", "Affidavit of Kim Dong-hyun": a forwarded
  // message's sender, a statement's author.
  if (PERSON_OF.has(`${tokens[k - 1]?.lower} ${previous?.lower}`)) return true;
  // "м/с Кравец": a nurse, written with a slash.
  if (previous?.lower === "с" && tokens[k - 1]?.text === "/" && tokens[k - 2]?.lower === "м" && tokens[k - 2]?.end === tokens[k - 1]?.start)
    return true;
  // "зови меня Батя", "vse zovut menya Zizi", "Звали его все Малой": the introducer, then whom it
  // calls so and who calls.
  let back = k;
  for (let steps = 0; steps < 2 && CALLED_PRONOUN_SET.has(tokens[back]?.lower ?? ""); steps++) back--;
  // …and English's "call me Sunny".
  if (back < k && (nameLexicon().introducers.has(tokens[back]?.lower ?? "") || tokens[back]?.lower === "call")) return true;
  // "the one they call Shram", "whom the girls call Moustache": what people call him.
  if (previous?.lower === "call" && CALLERS.has(tokens[k - 1]?.lower ?? "") && WHOM.has(tokens[k - 2]?.lower ?? "")) return true;
  // "кто такой Белый?", "kto takaya Vika", "кто видел Рыжую?", "kim korgen Balapandy?": asked who
  // someone is, or who has seen her.
  const who = tokens[k - 1]?.lower ?? "";
  if (WHO_SUCH.has(previous?.lower ?? "") && (who === "кто" || who === "kto")) return true;
  if (WHO_SAW.has(previous?.lower ?? "") && WHO_ASKS.has(who)) return true;
  // "she goes by Lina with clients": the name she goes by.
  if (previous?.lower === "by" && GOES.has(who)) return true;
  // "his name was Mike", "настоящую фамилию — Гайдамак"
  if (previous !== undefined && ["is", "was", "—", "-", ":"].includes(previous.lower) && NAME_WORDS.has(tokens[k - 1]?.lower ?? ""))
    return true;
  if (nameFieldBefore(tokens, i)) return true;
  // "знают как Кэпа", "known as Kapa": what she is known or listed as.
  if (
    previous !== undefined &&
    ["как", "as", "kak"].includes(previous.lower) &&
    tokens.slice(Math.max(0, k - 5), k).some((t) => isKnownAs(t.lower))
  )
    return true;
  if (previous !== undefined && OPENING_QUOTES.has(previous.text)) {
    // The closing quote within four tokens (a bounded look, so a run of quotes stays linear).
    let close = i + 1;
    while (close <= i + 4 && close < tokens.length && !CLOSING_QUOTES.has((tokens[close] as Token).text)) close++;
    if (close <= i + 4 && close < tokens.length && nicknameQuote(tokens, k, close, nameLexicon())) return true;
  }
  for (let steps = 0; k >= 0 && steps < 4; steps++) {
    const token = tokens[k] as Token;
    if (token.kind === "punct") {
      // "хозяин — Алик", "врач: Сеитова": a role and its name across a comma, dash or colon.
      if (token.text === "," || ((token.text === "—" || token.text === ":" || token.text === "–") && steps === 0)) {
        // "Судья: Назовите фамилию", "Прокурор: Прошу …": what a role says in a transcript, a verb.
        if (token.text === ":" && SPOKEN_VERB.test((tokens[i] as Token).lower)) return false;
        k--;
        continue;
      }
      // "Dr. Olga", "Mr. Smagulov": a title's own full stop (after any other word, it ends a sentence).
      const title = tokens[k - 1];
      return token.text === "." && title !== undefined && TITLES.has(title.lower) && title.end === token.start;
    }
    if (cls[k] === "role") return true;
    if (cls[k] !== "qualifier") return false;
    k--;
  }
  return false;
}

// "X деген" is also "the so-called X": it marks a name only before a noun ("деген полицей").

/** Whether an honorific or `деген` + noun follows token `i` (`Жанар апай`, `Ахметов деген полицей`). */
export function markedAfter(ctx: NameContext, i: number, cls: readonly NameClass[]): boolean {
  const { tokens } = ctx;
  // "Азамат-ага, сәлем!": the honorific hyphened on.
  const hyphen = tokens[i + 1];
  if (hyphen?.text === "-" && hyphen.start === (tokens[i] as Token).end && tokens[i + 2]?.start === hyphen.end && cls[i + 2] === "marker")
    return !NAMING_MARKERS.has((tokens[i + 2] as Token).lower);
  const next = tokens[i + 1];
  if (next === undefined || cls[i + 1] !== "marker" || !onlySpacesBetween(ctx.text, (tokens[i] as Token).end, next.start)) return false;
  // "аға лейтенант", "аға сержант": senior, the rank's word, not an honorific.
  if ((next.lower === "аға" || next.lower === "aga") && cls[i + 2] === "role") return false;
  if (!NAMING_MARKERS.has(next.lower)) return true;
  // "Ерік деген нәрсе": a word called so, not a person.
  if (WORD_NOUN_SET.has(tokens[i + 2]?.lower ?? "")) return false;
  // "атты", "есімді" only name; "деген" is also "so-called", so at a sentence's start it needs a
  // role after it (`Мейірім деген мейірбике`).
  // …or after one adjective (Дәнік деген жас полицей).
  const noun = (k: number): boolean => cls[k] === "role" || PERSON_NOUNS.has(tokens[k]?.lower ?? "");
  return (
    tokens[i + 2]?.kind === "word" &&
    ((next.lower !== "деген" && next.lower !== "degen") ||
      !(tokens[i] as Token).sentenceStart ||
      noun(i + 2) ||
      (tokens[i + 3]?.kind === "word" && noun(i + 3) && !noun(i + 2)))
  );
}

// Kazakh accusative, genitive and instrumental endings, by the sound the stem ends in (vowel
// harmony and voicing): on an unknown capitalised word mid-sentence they make it a person's name
// (places and organisations take them too, but those are in the lexicon or written in capitals).
const KAZAKH_PERSON_CASE =
  /^[\p{L}]{2,}?(?:[аәеиоөұүуыіэюя](?:ны|ні|ның|нің|мен)|[лрйуzжмнң](?:ды|ді)|[лрйуzж](?:дың|дің)|[мнң](?:ның|нің|мен)|[зж](?:бен)|[лрйу](?:мен)|[кқпстшфхцч](?:ты|ті|тың|тің|пен))$/u;
const KAZAKH_LETTER = /[әғқңөұүһі]/u;
// "Назар деген жігіт", "Самұрық деген адам": a person so called.
const PERSON_NOUNS: ReadonlySet<string> = new Set(NAMED_PERSON_NOUNS);
export const GENITIVE = /(?:ның|нің|дың|дің|тың|тің|nyng|ning|dyng|ding|tyng|ting|nıñ|niñ|dıñ|diñ|tıñ|tiñ)$/u;

/** Whether a capitalised word right after a name in the genitive is the person she has (Жанардың Кәкесі). */
export function ownedByName(ctx: NameContext, i: number, cls: readonly NameClass[]): boolean {
  const owner = ctx.tokens[i - 1];
  const kind = cls[i - 1] as NameClass;
  return (
    owner !== undefined &&
    GENITIVE.test(owner.lower) &&
    (PERSON.has(kind) || kind === "firstAmbiguous") &&
    onlySpacesBetween(ctx.text, owner.end, (ctx.tokens[i] as Token).start)
  );
}

const CALLERS: ReadonlySet<string> = new Set(CALLER_WORDS);
const WHOM: ReadonlySet<string> = new Set(CALLED_ONE_WORDS);

/**
 * Whether token `i` is a first name's vocative (Наташ, маш) where one calls her: after a greeting, or
 * opening the sentence or after a comma, before a comma, "!", "?", "you" (a word on), or the text's end.
 */
export function calledBy(ctx: NameContext, i: number, lex: NameLexicon): boolean {
  const token = ctx.tokens[i] as Token;
  if (firstNameOf(lex, foldedReading(token))?.how !== "vocative") return false;
  const previous = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (previous !== undefined && GREETINGS.has(previous.lower)) return true;
  const opens = token.sentenceStart || previous?.text === "," || previous?.text === ":";
  const you = (k: number): boolean => SECOND_PERSON.has(ctx.tokens[k]?.lower ?? "");
  // …and, in speech written without commas, a word said after calling her (зарин короче …).
  const spoken = ctx.noCapitals && AFTER_CALLING.has(next?.lower ?? "");
  return opens && (next === undefined || [",", "!", "?"].includes(next.text) || you(i + 1) || you(i + 2) || spoken || askedAfter(ctx, i));
}
const GREETINGS: ReadonlySet<string> = new Set(GREETING_WORDS);

/** Whether a greeting opening its sentence stands right before token `k`, or before its comma (`privet dina`, `привет, Дина`). */
export function greetedAtStart(tokens: readonly Token[], k: number): boolean {
  const greeting = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
  return GREETINGS.has(tokens[greeting]?.lower ?? "") && tokens[greeting]?.sentenceStart === true;
}
const AFTER_CALLING: ReadonlySet<string> = new Set(AFTER_CALLING_WORDS);
const SWEET: ReadonlySet<string> = new Set(SWEET_WORDS);

const SECOND_PERSON_ENDING = new RegExp(`(?:${SECOND_PERSON_ENDINGS.join("|")})$`, "u");
/**
 * Whether the word opening a sentence at token `i` is asked or told something right after it, with
 * no comma: "you", a Kazakh verb or question in the second person, an imperative of contact or
 * "where" (`Вита ты где`, `Динаш қалайсың?`, `наташ перезвони`, `Дана где?`).
 */
export function askedAfter(ctx: NameContext, i: number): boolean {
  const { tokens, text } = ctx;
  const token = tokens[i] as Token;
  // …after a calling particle too (Гүлім ау, сен қалайсың?).
  const called = CALLING_PARTICLES.has(tokens[i + 1]?.lower ?? "") ? i + 1 : i;
  if (
    token.sentenceStart &&
    tokens[called + 1]?.text === "," &&
    tokens[called + 2]?.kind === "word" &&
    spokenToAfterComma(tokens, called + 2, true)
  )
    return true;
  const next = tokens[i + 1];
  if (!token.sentenceStart || next === undefined || next.kind !== "word" || !onlySpacesBetween(text, token.end, next.start)) return false;
  if (SECOND_PERSON.has(next.lower) || SECOND_PERSON_ENDING.test(next.lower) || CALLED_AFTER.has(next.lower)) return true;
  // "Ерке кайда?", "Вера где?": asked where she is.
  if (WHERE_IS.has(next.lower) && tokens[i + 2]?.text === "?") return true;
  // "Динуля привет", "Жасмин зая, ты где?": greeted, or called sweet.
  if (GREETINGS.has(next.lower) || SWEET.has(next.lower)) return true;
  // "Meru do you have the photos?": asked in English.
  if (AUXILIARIES.has(next.lower) && SECOND_PERSON.has(tokens[i + 2]?.lower ?? "")) return true;
  // "Mika its me, new number": the writer tells her who writes.
  if (next.lower === "its" && tokens[i + 2]?.lower === "me") return true;
  // "Мира это ты?": asked who is writing.
  if ((next.lower === "это" || next.lower === "eto") && SECOND_PERSON.has(tokens[i + 2]?.lower ?? "")) return true;
  // "sveta ne beri trubku": a warning.
  return (next.lower === "не" || next.lower === "ne") && CALLED_AFTER.has(tokens[i + 2]?.lower ?? "");
}
const CALLED_AFTER: ReadonlySet<string> = new Set(CALLED_AFTER_WORDS);
const WHERE_IS: ReadonlySet<string> = new Set(WHERE_IS_WORDS);

/**
 * Whether the clause from token `k`, after a name and its comma at a sentence's start, speaks to her:
 * a short question if `asked` counts ("Bota, erteń saǵat neshede kezdesemiz?", not "Адрес, где её
 * держали?" of a word no list knows), a Kazakh verb in the second person
 * ("Дана, ертең сағат 12-де сотта боласың ба"), told to call in its first words ("Гүлім, мына
 * нөмірге хабарлас"), asked for something of the writer's if `asked` counts ("Ерік, ертең сағат 8-де
 * мені Сейфуллинге апар"), or the writer saying who calls ("Зарин, это я").
 */
function spokenToAfterComma(tokens: readonly Token[], k: number, asked: boolean): boolean {
  if (IT_IS_ME.has(`${tokens[k]?.lower} ${tokens[k + 1]?.lower}`)) return true;
  // "Sveta, eto Nadya.": the writer says who she is, by a first name as it is (not "Роза, это Алматы").
  const writer = tokens[k + 1];
  if (
    SELF_INTRODUCTION.has(tokens[k]?.lower ?? "") &&
    writer?.kind === "word" &&
    writer.cap &&
    tokens[k + 2]?.kind !== "word" &&
    nameLexicon().firstNameNominatives.has(foldedReading(writer))
  )
    return true;
  // Not a relative clause: "Роза, которую он мне подарил" is a flower.
  if (RELATIVE.test(tokens[k]?.lower ?? "")) return false;
  let comma = false;
  for (let j = k; j <= k + 7 && tokens[j] !== undefined; j++) {
    const t = tokens[j] as Token;
    if (t.text === "?") return asked && !comma;
    if (t.text === "." || t.text === "!" || t.text === ";" || (j > k && t.sentenceStart)) break;
    // …past a comma only for a word of calling (Ника, закреп не открывается, скинь).
    const past = comma;
    if (t.text === ",") comma = true;
    if (
      t.kind === "word" &&
      (!past || CALLED_AFTER.has(t.lower)) &&
      !t.cap &&
      (SECOND_PERSON_ENDING.test(t.lower) ||
        // "Samal, seni politsiya izdep zhur", "Aiko, mynau … sening akkaun": "you" or "your" in its first words.
        (j <= k + 2 && (SECOND_PERSON.has(t.lower) || YOUR.has(t.lower))) ||
        (CALLED_AFTER.has(t.lower) && (j <= k + 2 || !WHERE.has(t.lower)) && (asked || !WHERE.has(t.lower))) ||
        (asked && TO_ME.has(t.lower)) ||
        // "Лилия, сохрани номер": told to do something, a Russian imperative right after the comma.
        (asked && j === k && !t.latin && RU_IMPERATIVE.test(t.lower)))
    )
      return true;
  }
  return false;
}
const IT_IS_ME: ReadonlySet<string> = new Set(["это я", "eto ya", "бұл мен", "bul men"]);
// "Where" in a relative clause after a word no list knows: "Адрес, где её держали".
const WHERE: ReadonlySet<string> = new Set(RELATIVE_WHERE_WORDS);
const RELATIVE = /^(?:котор|kotor)/u;
const TO_ME: ReadonlySet<string> = new Set(TO_ME_WORDS);

const SELF_INTRODUCTION: ReadonlySet<string> = new Set(SELF_INTRODUCTIONS);
const FROM_HERE: ReadonlySet<string> = new Set(["from", ...FROM]);
/** Whether a message opens by introducing its writer by the name at `first`…`last` (`это Диля,`, `hey it's lina,`). */
export function introducesSelf(ctx: NameContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  // "it's" comes as two tokens, "it" and "'s"; "this is" as two words.
  const thisIs = tokens[first - 1]?.lower === "is" && tokens[first - 2]?.lower === "this";
  const split = thisIs || (/^['’]s$/u.test(tokens[first - 1]?.lower ?? "") && tokens[first - 2]?.lower === "it");
  const at = split ? first - 2 : first - 1;
  const introducer = tokens[at];
  if (introducer === undefined || !(split || SELF_INTRODUCTION.has(introducer.lower))) return false;
  // …opening the message, or after a greeting and its comma (`hi, this is Priya`), or after greeting
  // whom she writes to (`privet dina eto saule`, `привет, Дина, это Сауле`).
  const greeting = tokens[at - 1]?.text === "," ? at - 2 : at - 1;
  const greeted = GREETINGS.has(tokens[greeting]?.lower ?? "") || greetedAtStart(tokens, greeting);
  const next = tokens[last + 1];
  // …then the message goes on after a mark (`hey it's Marco (from the group)`, `hi it's Mercy 🙂`).
  // "This is" says who writes only after a greeting or before where from (`this is Priya from the
  // network`, `eto dana s almaty`), not of a place (`This is Almaty.`).
  const from = FROM_HERE.has(next?.lower ?? "");
  if (thisIs) return greeted || (introducer.sentenceStart && from);
  return (introducer.sentenceStart || greeted) && (next === undefined || next.kind === "punct" || from);
}

/** Whether an unknown capitalised Cyrillic word has a Kazakh ending that people take, in Kazakh text. */
// A plural before the case ending (Қыздардың, the girls'): a name takes no plural.
const KAZAKH_PLURAL = /(?:лар|лер|дар|дер|тар|тер)\p{L}{1,4}$/u;
export function kazakhPersonCase(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i] as Token;
  if (token.latin || token.sentenceStart || token.allCaps) return false;
  // Russian loan nouns in -ция take these endings too (Конституцияны); no name ends so; nor do the
  // words of money and documents (Айыппұлды, Хаттаманы).
  if (isMoneyWord(token.lower) || isDocumentWord(token.lower) || KAZAKH_PLURAL.test(token.lower)) return false;
  return (ctx.lang === "kk" || KAZAKH_LETTER.test(token.lower)) && KAZAKH_PERSON_CASE.test(token.lower) && !token.lower.includes("ция");
}

// Object pronouns that may stand between a name and its verb (Вера позвонила мне, Алма маған айтты).
const OBJECT_PRONOUNS = new Set(["мне", "нам", "ей", "ему", "мені", "маған", "бізге", "бізді", "оған", "me", "us", "her", "him"]);
const SECOND_PERSON: ReadonlySet<string> = new Set(SECOND_PERSON_WORDS);
const YOUR: ReadonlySet<string> = new Set(SECOND_PERSON_POSSESSIVES);
const MINE: ReadonlySet<string> = new Set(FIRST_PERSON_POSSESSIVES);
// A noun with "your" or "my" in Kazakh or Uzbek, in the first two words after the comma (нөміріңді,
// mekenjaiym, telefon raqamim), as one tells someone called by name.
const POSSESSED = /^\p{L}{3,}(?:ің|ың|іңді|ыңды|іңе|ыңа|ңызды|ңыз|ым|ім|ымды|імді|iń|yń|ińdi|yńdy|ym|im|imni|ımdy)$/u;
const possessedAfter = (tokens: readonly Token[], k: number): boolean =>
  [tokens[k], tokens[k + 1]].some((t) => t?.kind === "word" && !t.cap && POSSESSED.test(t.lower) && !NOBODY.test(t.lower));
// "Who" and "nobody" end like "my" (кім, ешкім).
const NOBODY = /^(?:еш|ешбір|heš|esh|hesh)?(?:кім|kim)$/u;

/**
 * Whether a first name that is also an ordinary word acts as a person: a verb of speech or contact
 * right after it (`Роза сказала`, `Вера позвонила мне`, `Бахыт айтты`), a role in apposition
 * (`Султан, наш сутенёр,`), or "you" after the comma of an address (`Дина, ты как?`).
 */
export function actsAsPerson(ctx: NameContext, i: number, cls: readonly NameClass[], lex: NameLexicon): boolean {
  const { tokens, text } = ctx;
  const token = tokens[i] as Token;
  // "«Бота» рассказала": what she did, after the quote that holds her name.
  const quoted = OPENING_QUOTES.has(tokens[i - 1]?.text ?? "") && CLOSING_QUOTES.has(tokens[i + 1]?.text ?? "");
  const after = quoted ? i + 2 : i + 1;
  let k = after;
  const next = tokens[k];
  if (next === undefined) return false;
  // "Faith — head nurse —": a role in apposition between dashes.
  if (DASHES.has(next.text) && (cls[k + 1] === "role" || (ROLE_ADJECTIVES.has(tokens[k + 1]?.lower ?? "") && cls[k + 2] === "role")))
    return true;
  // "Hope (her chosen work name)": a bracket after the name says it is one.
  if (next.text === "(") {
    for (let j = k + 1; j <= k + 5 && tokens[j] !== undefined && tokens[j]?.text !== ")"; j++)
      if (NAME_WORDS.has(tokens[j]?.lower ?? "")) return true;
  }
  if (namedSoAfter(tokens, after)) return true;
  // "Hi, I'm Joy from Nigeria": the name she gives for herself.
  const am = tokens[i - 1]?.lower ?? "";
  if (token.latin && (am === "i'm" || am === "i’m" || (am === "am" && tokens[i - 2]?.lower === "i"))) return true;
  if (next.text === ",") {
    // Called by name: "Дина, ты как?", "Дана, сен қайдасың?", "Роза, привет".
    // …also after "а" or "ну" (Светуля, а ты где?).
    const you = BUT.has(tokens[k + 1]?.lower ?? "") || IF.has(tokens[k + 1]?.lower ?? "") ? tokens[k + 2] : tokens[k + 1];
    if (SECOND_PERSON.has(you?.lower ?? "") || GREETINGS.has(tokens[k + 1]?.lower ?? "")) return true;
    // "Света, твой паспорт у меня": told about what is hers; "Лолочка, я перевела тебе 15к": spoken to,
    // a few words on in the clause.
    if (YOUR.has(tokens[k + 1]?.lower ?? "")) return true;
    // …or, opening the message, of what is the writer's (Айым, менің жаңа нөмірім), or told of
    // hers or his by a Kazakh or Uzbek possessive ending (Ақбота, нөміріңді жіберші; Aru,
    // mekenjaiym …; Zarinaxon, telefon raqamim …).
    if (i === 0 && (MINE.has(tokens[k + 1]?.lower ?? "") || possessedAfter(tokens, k + 1))) return true;
    // …not in a relative clause: "Роза, которую вам вручили" is a flower.
    const relative = (tokens[k + 1]?.lower ?? "").startsWith("котор");
    for (let j = k + 2; j <= k + 4 && !relative && tokens[j]?.kind === "word"; j++)
      if (SECOND_PERSON.has(tokens[j]?.lower ?? "")) return true;
    // "Вера, не переживай", "Сәуле, уайымдама": told not to.
    const told = tokens[k + 1]?.lower ?? "";
    if ((told === "не" && RU_IMPERATIVE.test(tokens[k + 2]?.lower ?? "")) || KK_NOT_IMPERATIVE.test(told)) return true;
    // "Айна, кешке хабарлас": told to call, after a word of when.
    const when = WHEN.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    if (CALLED_AFTER.has(tokens[when]?.lower ?? "")) return true;
    // "Grace, are you still in Astana?": asked.
    if (AUXILIARIES.has(tokens[k + 1]?.lower ?? "") && SECOND_PERSON.has(tokens[k + 2]?.lower ?? "")) return true;
    // "Grace, who rents a room": a person the clause is about.
    if (WHO.has(tokens[k + 1]?.lower ?? "")) return true;
    // A role in apposition, after a possessive or an article and a word or two: "Султан, наш
    // сутенёр,", "Grace, a volunteer doctor", "Grace, my daughter's teacher".
    // …or a demonstrative: "Слава, тот таксист,".
    if (POSSESSIVES.has(tokens[k + 1]?.lower ?? "") || DEMONSTRATIVES.has(tokens[k + 1]?.lower ?? "")) k++;
    for (let words = 0; words < 2 && cls[k + 1] !== "role" && tokens[k + 1]?.kind === "word" && k > after; words++) k++;
    return cls[k + 1] === "role";
  }
  if (next.kind !== "word" || !onlySpacesBetween(text, (tokens[after - 1] as Token).end, next.start)) return false;
  // "Slava taksist", "Роза медсестра": a role noun right after the name in its nominative, in
  // apposition (not "Машина патрульная", Маша's car, nor "Мейірімді дәрігер", a kind doctor).
  // …and not an adjective's nickname before the noun it qualifies (рыжая девушка).
  if (
    cls[k] === "role" &&
    !next.cap &&
    !ADJECTIVE_ENDING.test(next.lower) &&
    !ADJECTIVE_ENDING.test(token.lower) &&
    isNominative(token, lex)
  )
    return true;
  if (OBJECT_PRONOUNS.has(next.lower) && tokens[k + 1]?.kind === "word") k++;
  // "Тёма опять звонил", "Бек тағы айтты": an adverb or two between; Russian in Latin letters read
  // through its Cyrillic spelling too (vikulya uzhe zabrali).
  const cyrillic = (t: Token): string => (t.latin ? latinToCyrillic(t.lower) : t.lower);
  const adverb = (t: Token): boolean => ADVERBS.has(t.lower) || ADVERBS.has(cyrillic(t));
  for (let steps = 0; steps < 2 && adverb(tokens[k] as Token) && tokens[k + 1]?.kind === "word"; steps++) k++;
  const verb = (tokens[k] as Token).lower;
  // "Grace is back", "Rose was released", "Joy got home": what befalls only a person.
  if ((verb === "is" || verb === "was" || verb === "got") && BACK.has(tokens[k + 1]?.lower ?? "")) return true;
  return [verb, cyrillic(tokens[k] as Token)].some(
    (v) =>
      // Not verbs of coming and going for a feeling: love and hope come and go too (Любовь пришла; Роза пришла).
      (lex.isSpeechVerb(v) && !(COMING_OR_GOING.test(v) && FEELINGS.has(token.lower))) ||
      lex.isPersonVerb(v) ||
      (PERSON_OR_FEELING_VERB(v) && !FEELINGS.has(token.lower)),
  );
}
const PERSON_OR_FEELING_VERB = stemTest(PERSON_OR_FEELING_VERB_STEMS);

/**
 * Whether the clause from token `k`, right after a word, says that word is someone's name: "is", a
 * comma, a dash or "это", then her name a few words on (`Grace is my work name`, `I'm Lily, that's my
 * work name`, `Rose is the name she uses at work`, `Лиза — это моё рабочее имя`); not a name of
 * something (`the name of the shelter`).
 */
function namedSoAfter(tokens: readonly Token[], k: number): boolean {
  if (!IS_LINKS.has(tokens[k]?.lower ?? "")) return false;
  let owned = false;
  for (let j = k + 1; j <= k + 6 && tokens[j] !== undefined; j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" && t.text !== "'") return false;
    if (POSSESSIVES.has(t.lower)) owned = true;
    if (owned && NAME_WORDS.has(t.lower)) return tokens[j + 1]?.lower !== "of";
  }
  return false;
}
const IS_LINKS: ReadonlySet<string> = new Set(NAME_IS_LINKS);
const RU_IMPERATIVE = /^\p{L}{3,}(?:ай|яй|ей|уй|ойся|айся|ейся|уйся|ись|чь|ди|ни|ши|ри)$/u;
const KK_NOT_IMPERATIVE = /^(?:уайымда|жыла|қорық|ренжі|кет|кел|айт|ұмыт)(?:ма|ме|ба|бе|па|пе)$/u;
const NAME_WORDS: ReadonlySet<string> = new Set(NAME_IS_WORDS);
const WHEN: ReadonlySet<string> = new Set(WHEN_WORDS);
const AUXILIARIES: ReadonlySet<string> = new Set(ASKING_AUXILIARIES);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(DEMONSTRATIVE_WORDS);
const BACK: ReadonlySet<string> = new Set(BACK_WORDS);
const FEELINGS: ReadonlySet<string> = new Set(FEELING_NAMES);
const COMING_OR_GOING = /^(?:при|у)(?:шл|шёл|шел|ходил|ехал)/u;
// English "who" is a person's; Russian "который" may be a lion's painted on a door.
const WHO: ReadonlySet<string> = new Set(["who"]);
const ADJECTIVE_ENDING = /(?:ая|ый|ий|ой|aya|yi|ii|oi|naya)$/u;
/** Whether a first name stands in its nominative, as written in the lists (Slava, Роза; not Мейірімді). */
const isNominative = (token: Token, lex: NameLexicon): boolean => lex.firstNameNominatives.has(foldedReading(token));
const ROLE_ADJECTIVES: ReadonlySet<string> = new Set(["head", "senior", "chief", "старшая", "старший", "главная", "главный"]);
const ADVERBS: ReadonlySet<string> = new Set(NAME_VERB_ADVERBS);

// A Russian possessive adjective of a first name (Дашин, Светина, Маринкин, Dashin).
const POSSESSIVE_ADJECTIVE = /(?:ин|ина|ино|ины|иной|иного|иному|ину|in|ina)$/u;
const isPossessed = stemTest(POSSESSED_STEMS);
const OWNED_QUALIFIER_SET: ReadonlySet<string> = new Set(OWNED_QUALIFIERS);

/**
 * Whether the name ending at token `last` owns what follows: her kin, her phone, her papers, after
 * her name in the Kazakh genitive or as a Russian possessive adjective (`Маржанның күйеуі`,
 * `Самалдың жаңа нөмірі`, `Дашин телефон`, `Светина мама`). A star, a ray or coral has none of these.
 */
export function ownsPersonal(ctx: NameContext, last: number): boolean {
  const { tokens, text } = ctx;
  const owner = tokens[last] as Token;
  // English writes the owner with 's (Faith's number is switched off).
  const english = owner.latin && ENGLISH_POSSESSIVE.test(tokens[last + 1]?.text ?? "") && tokens[last + 1]?.start === owner.end;
  if (english) {
    const owned = tokens[last + 2];
    return owned?.kind === "word" && !owned.cap && isPossessed(owned.lower);
  }
  if (!GENITIVE.test(owner.lower) && !POSSESSIVE_ADJECTIVE.test(owner.lower)) return false;
  let k = last + 1;
  if (OWNED_QUALIFIER_SET.has(tokens[k]?.lower ?? "")) k++;
  const owned = tokens[k];
  return (
    owned !== undefined &&
    owned.kind === "word" &&
    !owned.cap &&
    onlySpacesBetween(text, owner.end, (tokens[last + 1] as Token).start) &&
    isPossessed(owned.lower)
  );
}

const ENGLISH_POSSESSIVE = /^['’]s$/u;

/** Whether "деп атайды" follows token `last`: what she is called (`Qyzdar meni Balapan dep ataidy`). */
export function calledSo(ctx: NameContext, last: number): boolean {
  const { tokens } = ctx;
  const dep = tokens[last + 1]?.lower;
  if ((dep === "деп" || dep === "dep") && isCalled(tokens[last + 2]?.lower ?? "")) return true;
  // "Зайка её звали", "Марат его зовут": the Russian said after the name.
  return HER_OR_HIM.has(dep ?? "") && NAMED_SO.has(tokens[last + 2]?.lower ?? "");
}
const HER_OR_HIM: ReadonlySet<string> = new Set(["её", "ее", "его", "eyo", "ee", "ego"]);
const NAMED_SO: ReadonlySet<string> = new Set(["звали", "зовут", "называли", "называют", "zvali", "zovut"]);

/** Whether "the two of us" follows token `last` (`Ақбота екеуміз`): she and the speaker. */
export function withMe(ctx: NameContext, last: number): boolean {
  // …or "and I" (Mercy and I are ok, Вера и я).
  const [and, me] = [ctx.tokens[last + 1]?.lower ?? "", ctx.tokens[last + 2]?.lower ?? ""];
  return (
    WITH_ME.has(and) ||
    (AND_ME.has(`${and} ${me}`) && ctx.tokens[last + 3]?.kind !== "word") ||
    AND_ME.has(`${and} ${me} ${ctx.tokens[last + 3]?.lower ?? ""}`)
  );
}
const AND_ME: ReadonlySet<string> = new Set(AND_ME_PHRASES);
const WITH_ME: ReadonlySet<string> = new Set(WITH_ME_WORDS);

/**
 * Whether token `last`, in the Kazakh instrumental, comes before "together" or a verb done with
 * someone (`Жұлдызбен бірге тұрдық`, `Қуанышпен сөйлесуге тырыстым`): a first name that is also a
 * word is then a person (an unknown word so is as often a bank or an office).
 */
export function doneWith(ctx: NameContext, last: number): boolean {
  return INSTRUMENTAL.test((ctx.tokens[last] as Token).lower) && isDoneTogether(ctx.tokens[last + 1]?.lower ?? "");
}
const INSTRUMENTAL = /\p{L}{3}(?:мен|бен|пен|men|ben|pen)$/u;
const isDoneTogether = stemTest(TOGETHER_STEMS);

const DETERMINERS = new Set(["the", "our", "a", "an", "my", "your", "their"]);
/**
 * Whether a name is someone from somewhere: an English one from a team (`Hope from the outreach
 * team`, `Mark from our donor`), any from a police unit or an organisation (`Жека из УБОПа`, `Бабай
 * с отдела`, `Айгерим из фонда`).
 */
export function fromSomewhere(ctx: NameContext, last: number): boolean {
  const { tokens } = ctx;
  if (fromUnit(tokens, last + 1)) return true;
  return (tokens[last] as Token).latin && tokens[last + 1]?.lower === "from" && DETERMINERS.has(tokens[last + 2]?.lower ?? "");
}

/**
 * Whether a dash after a name says who it is: "Слава — это мой бывший", "Марк — это не мент",
 * "Надежда — так зовут мою подругу" (a venue is "так называется", and "это название").
 */
export function definedAsPerson(ctx: NameContext, last: number, cls: readonly NameClass[]): boolean {
  const { tokens } = ctx;
  const word = (j: number): string => tokens[j]?.lower ?? "";
  // "Вера моя подруга": without the dash, a possessive and a person (not "Will the client testify?").
  if (POSSESSIVE_PRONOUNS.has(word(last + 1)) && (DEFINING_PERSON.has(word(last + 2)) || cls[last + 2] === "role")) return true;
  if (agedOrBornAfter(ctx, last)) return true;
  // "Дина (peer)", "Роза (аутрич-работник)": her role in brackets after her name.
  if (word(last + 1) === "(" && word(last + 3) === ")" && (cls[last + 2] === "role" || nameLexicon().roles.has(word(last + 2))))
    return true;
  return dashDefinesPerson(tokens, last + 1, (k) => cls[k] === "role");
}

/**
 * Whether her age or her birth date follows the name ending at `last`: "Виктория, 29 лет, из
 * Петропавловска", "Aruzhan, 24 years old"; a record opening with her name and her age alone (Кейс:
 * Нұрайлым, 22, трансәйел), not a street's house and flat (Абая, 22, кв. 5); her birth date in
 * brackets (Ақбота (12.12.1999)).
 */
export function agedOrBornAfter(ctx: NameContext, last: number): boolean {
  const { tokens } = ctx;
  const word = (j: number): string => tokens[j]?.lower ?? "";
  if (agedAfter(tokens, last)) return true;
  const age = tokens[last + 2];
  if (tokens[last + 1]?.text === "," && age?.kind === "number" && /^[1-9]\d$/u.test(age.text)) {
    const opens = tokens[last]?.sentenceStart === true || tokens[last - 1]?.text === ":";
    if (opens && word(last + 3) === "," && tokens[last + 4]?.kind === "word" && !HOUSE_OR_FLAT.has(word(last + 4))) return true;
  }
  const bracket = tokens[last + 1];
  return bracket?.text === "(" && DATE_IN_BRACKETS.test(ctx.text.slice(bracket.end, bracket.end + 12));
}

/**
 * Whether the name from `first` to `last` stands alone in brackets right after a phone number, as
 * whose it is (`+995 599 41 82 06 (Keti)`).
 */
export function contactBefore(ctx: NameContext, first: number, last: number): boolean {
  const { tokens, text } = ctx;
  const open = tokens[first - 1];
  // …not a messenger's or a phone's word (WhatsApp, Телеграм, Рабочий).
  if (open?.text !== "(" || tokens[last + 1]?.text !== ")" || isPhoneWord(tokens[first]?.lower ?? "")) return false;
  // …a phone's, not a card's or an account's (2200 7030 7318 4247 (Мир), … (ForteBank)).
  const phone = PHONE_BEFORE_BRACKET.exec(text.slice(Math.max(0, open.start - 24), open.start));
  if (phone === null) return false;
  const digits = (phone[2] as string).replace(/\D/gu, "");
  return phone[1] === "+" ? digits.length >= 10 && digits.length <= 15 : isPlannedPhone(digits, false);
}
const PHONE_BEFORE_BRACKET = /(?:^|[^\p{L}\p{N}+])(\+?)(\d[\d \u00a0().-]{8,}\d)\s*$/u;

/**
 * Whether a phone number follows the name at `last`, perhaps after a comma and a phone or messenger
 * word: a contact (`Ақбота +7 778 554 02 91`, `Шолпан, WhatsApp 8 775 620 14 39`).
 */
export function contactAfter(ctx: NameContext, last: number): boolean {
  const { tokens } = ctx;
  let k = last + 1;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.kind === "word" && isPhoneWord(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.text === "." || tokens[k]?.text === ":") k++;
  const plus = tokens[k]?.text === "+";
  if (plus) k++;
  // A Kazakh or Russian number, 8 or 7 and ten digits in groups, that the numbering plans know.
  if (!/^[78]/u.test(tokens[k]?.text ?? "")) return false;
  let digits = "";
  for (; digits.length <= 11 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === "number") digits += token.text;
    else if (token.text !== "-" && token.text !== "(" && token.text !== ")") break;
  }
  return digits.length === 11 && isPlannedPhone(digits, plus);
}

/** Whether a dash after a name says it names a thing: "Маргарита — так называлась сауна", "Карина — это название кафе". */
export function definedAsThing(ctx: NameContext, last: number): boolean {
  const { tokens } = ctx;
  // "Айгерим — это кафе", "Рахат это гостиница", "Meruert zhe kafe": a venue, said to be one.
  let k = last + 1;
  if (DASHES.has(tokens[k]?.text ?? "")) k++;
  if (IS_WORDS.has(tokens[k]?.lower ?? "")) {
    k++;
    if (tokens[k]?.lower === "не" || tokens[k]?.lower === "ne") k++;
    const noun = tokens[k]?.lower ?? "";
    if (nameLexicon().isPlaceOrVenueWord(noun) || nameLexicon().isPlaceOrVenueAfter(noun)) return true;
  }
  if (!DASHES.has(tokens[last + 1]?.text ?? "")) return false;
  const [first, second] = [tokens[last + 2]?.lower ?? "", tokens[last + 3]?.lower ?? ""];
  return (
    (first === "так" && second.startsWith("называ") && !second.startsWith("называют")) || (first === "это" && second.startsWith("названи"))
  );
}

const IS_WORDS: ReadonlySet<string> = new Set(["это", "eto", "бұл", "bul", "же", "zhe"]);
// A house's or a flat's word after a number is an address's, not an age's (Абая, 22, кв. 5).
const HOUSE_OR_FLAT: ReadonlySet<string> = new Set(HOUSE_BEFORE_NUMBER);
const DATE_IN_BRACKETS = /^\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\)/u;
const BUT: ReadonlySet<string> = new Set(["а", "ну", "a", "nu"]);
// "Rose, if you read this": called, and told what to do if.
const IF: ReadonlySet<string> = new Set(IF_WORDS);
const ENDEARMENT_SET: ReadonlySet<string> = new Set([...ENDEARMENTS, ...GREETING_WORDS]);
// "You" as the subject, not "to you" (кинула вам): what one says to someone called first.
const YOU_SUBJECT: ReadonlySet<string> = new Set(["ты", "сен", "сіз", "ty", "sen", "siz"]);
// …and "to you" after the comma (Зарнигор, сенга Мавлюда хола телефон қилди), not "рахмет сізге".
const TO_YOU: ReadonlySet<string> = new Set(TO_YOU_WORDS);
const KIN: ReadonlySet<string> = new Set(KIN_CALLED_WORDS);
const CALLING_PARTICLES: ReadonlySet<string> = new Set(CALLING_PARTICLE_WORDS);
const WHERE_WORDS: readonly (readonly string[])[] = WHERE_ARE_YOU.map((phrase) => phrase.split(" "));
// A Russian verb in the past (пришло, получила): thanked for, it is no name.
const PAST_VERB = /\p{L}{3,}(?:ло|ла|ли|лось|лась|лись)$/u;
// A Kazakh noun's plural, in a word with a Kazakh letter (әріптестер, құрбылар): no one's name.
const KAZAKH_PLURAL_NOUN = /^(?=\p{L}*[әғқңөұүһі])\p{L}{3,}(?:лар|лер|дар|дер|тар|тер)$/u;

/**
 * Whether a lower-case word no list knows opens a message and is asked where she is or greeted
 * (`айкош қайдасың`, `мадишка где ты`, `zhanika qaidasyn`, `ленусь привет`): chats call friends by
 * pet names no list holds.
 */
export function askedWhere(ctx: NameContext, i: number, lex: NameLexicon): boolean {
  const { tokens } = ctx;
  const token = tokens[i] as Token;
  // Capitalised only as a message's first word (Айкош, сен қайдасың?): a sentence's later on is too often a word.
  if (!token.sentenceStart || (token.cap && (i > 0 || token.allCaps)) || token.text.length < 3) return false;
  const word = token.lower;
  if (ENDEARMENT_SET.has(word) || GREETINGS.has(word) || lex.functionWords.has(word) || lex.englishCommon.has(word)) return false;
  // An honorific greeted is the person's title, not her name (Apai zdraste).
  if (lex.markersAfter.has(foldedReading(token))) return false;
  // "Гүлім ау, сен қалайсың?": a calling particle between the name and its comma.
  const called = CALLING_PARTICLES.has(tokens[i + 1]?.lower ?? "") ? i + 1 : i;
  const k = tokens[called + 1]?.text === "," ? called + 2 : called + 1;
  // "ленусь привет": greeted, as one greets a friend by a pet name; "айко сен кешке шығасың ба":
  // told something, "you" and more. Not a verb in the past thanked for after its comma (пришло, спасибо).
  const pastVerb = !token.cap && k === called + 2 && PAST_VERB.test(word);
  if (GREETINGS.has(tokens[k]?.lower ?? "") && !pastVerb) return true;
  // "Mika its me": the writer tells her who writes.
  if (tokens[k]?.lower === "its" && tokens[k + 1]?.lower === "me" && !KIN.has(word)) return true;
  // …after a comma too when the word itself no list knows (Айкош, сен қайдасың? — not Слушай, ты где?).
  // …not a Kazakh noun in the plural, whom a message greets (Әріптестер, … : "colleagues").
  const unknown =
    k === i + 1 ||
    (token.cap && !lex.lowerCaseWords.has(foldedReading(token)) && !lex.kazakhLowerCaseWords.has(word) && !KAZAKH_PLURAL_NOUN.test(word));
  // …or asked in English (Zuzana, can you check …).
  const asked = k === called + 2 && token.latin && AUXILIARIES.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "you";
  const you = YOU_SUBJECT.has(tokens[k]?.lower ?? "") || (k === called + 2 && TO_YOU.has(tokens[k]?.lower ?? "")) || asked;
  if (unknown && you && tokens[k + 1]?.kind === "word") return true;
  // …or told of what is hers or the writer's (Сабиш, сенің нөмірің өзгерді ме?; Асылым, мынау менің картам).
  const told = YOUR.has(tokens[k]?.lower ?? "") || MINE.has(tokens[k]?.lower ?? "") || possessedAfter(tokens, k);
  if (token.cap && k === called + 2 && unknown && (told || spokenToAfterComma(tokens, k, false))) return true;
  return WHERE_WORDS.some((phrase) => phrase.every((word, n) => tokens[k + n]?.lower === word));
}

/**
 * Whether a word no list knows is the name a message's writer introduces herself by (`hey it's
 * lina,`, `это Диля,`), not a word of the language or a pet word for anyone.
 */
export function introducedSelfAs(ctx: NameContext, i: number, lex: NameLexicon): boolean {
  const { tokens } = ctx;
  const token = tokens[i] as Token;
  if (!introducesSelf(ctx, i, i)) return false;
  if (token.text.length < 3 || ENDEARMENT_SET.has(token.lower) || lex.functionWords.has(token.lower) || lex.englishCommon.has(token.lower))
    return false;
  // "Бұл Алматыда болды": a place, where it was.
  if (isPlace(foldedReading(token))) return false;
  // "это неправда,", "это аутрич,": in lower case a word no list knows only after English "it's".
  const named = (token.cap && !/\p{Lu}{2}/u.test(token.text)) || firstNameOf(lex, foldedReading(token)) !== undefined;
  return named || /^['’]s$/u.test(tokens[i - 1]?.lower ?? "");
}
