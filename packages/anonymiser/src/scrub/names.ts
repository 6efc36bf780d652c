// Person names: each word classified (first name, surname, patronymic, initial, role, …) from the
// lexicon and suffix rules, then runs of name words are grouped and accepted on their evidence.
import { type Candidate, PRIORITY } from "./candidate.js";
import { foldCyrillic, latinKeys } from "./fold.js";
import { FIRST_NAME_ENDING_LOOKALIKES, FIRST_NAME_ENDINGS } from "./lexicon/first-names.js";
import { isKnownWord, type KnownNames } from "./known-names.js";
import { firstNameMask, isPlace, isShortSurname, LANGUAGE_BIT, type NameLexicon, nameLexicon } from "./name-lexicon.js";
import { onlySpacesBetween, type Token } from "./tokens.js";
import type { Locale } from "@redumbrella/questionnaire";

/** What a word is, for the name rules. */
type NameClass =
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
  | "none";

const KK = "(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|ға|ге|қа|ке|га|ка|на|не|ны|ні|ни|ды|ді|ди|ты|ті|ти|н|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|пен|бен)";
// Kazakh suffixes follow vowel harmony: back after -ов/-ова (Ахметовқа, Ахметованың), front after -ин (Мусинге).
const KK_BACK = "(?:ның|дың|тың|нын|дын|тын|ға|қа|га|ка|на|ны|ды|ты|н|да|та|нда|дан|тан|нан|мен|пен|бен)";
const KK_FRONT = "(?:нің|дің|тің|нин|дин|тин|ге|ке|не|ні|ді|ті|ни|ди|ти|н|де|те|нде|ден|тен|нен|мен|пен|бен)";
// A Russian case ending or a Kazakh suffix, never both (кабин+е+те is no surname).
const RU_END = "(?:а|у|ым|е|ой|ою|ы|ых|ыми)";
const SURNAMES = [
  new RegExp(`^([\\p{L}-]{2,}?)(ов|ёв)(?:${RU_END}|а?${KK_BACK})?$`, "u"),
  new RegExp(`^([\\p{L}-]{2,}?)(ев)(?:${RU_END}|а?${KK_BACK}|а?${KK_FRONT})?$`, "u"),
  new RegExp(`^([\\p{L}-]{2,}?)(ин)(?:${RU_END}|${KK_FRONT}|а${KK_BACK})?$`, "u"),
];
// Russian nouns end like surnames in -ин and -цев too (медицина, женщин, пальцев): at a sentence's
// start such a word is a name only with more evidence.
const SURNAME_OTHER = new RegExp(`^([\\p{L}-]{3,}?)(енко|чук|щук|юк|ук|ян|янц|дзе|швили|зода|заде)(?:а|у|ом|е|ым)?${KK}?$`, "u");
const SURNAME_ADJECTIVE = /^[\p{L}-]{3,}?(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)$/u;
const PATRONYMIC = new RegExp(`^[\\p{L}-]{2,}?(?:(?:ович|евич|ьич)(?:а|у|ем|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою))${KK}?$`, "u");
const KAZAKH_PATRONYMIC = /^[\p{L}-]{2,}?(?:ұлы|улы|уулу|қызы|кызы|кизи)(?:ның|нің|нын|нин|на|не|н|нда|нде|нан|нен|мен)?$/u;
const PARTICLES = new Set(["ұлы", "улы", "уулу", "қызы", "кызы", "кизи", "оглы", "uly", "ulu", "kyzy", "qyzy", "kizi", "ogly"]);
const LATIN_SURNAME = /^[a-z'-]{2,}?(?:ov|ova|ev|eva|yn|yna|enko|chuk|uk|yuk|yan|dze|shvili|zoda|zade)$/u;
// English has too many words in -in and -ina (begin, cabin, login, margin, China): with evidence only.
const LATIN_SURNAME_WEAK = /^[a-z'-]{3,}?(?:sky|skiy|skii|ski|skaya)$|^[a-z'-]{2,}?[^aeiou]in[a]?$/u;
const LATIN_PATRONYMIC = /^[a-z'-]{2,}?(?:ovich|evich|ovna|evna|ichna|uly|ulu|kyzy|qyzy|kizi)$/u;
// A -ский word before these is a place's or an institution's adjective (Алматинской области).
const INSTITUTION_STEMS = [
  "обл", "район", "край", "город", "больниц", "поликлиник", "прокуратур", "полиц", "суд", "отдел", "управлен",
  "департамент", "центр", "улиц", "проспект", "трасс", "дорог", "регион", "республик", "облыс", "аудан", "қала",
  "region", "district", "city", "court", "police", "hospital", "street",
];
const NAME_ENDING = new RegExp(
  `^([\\p{L}-]{2,}?(?:${FIRST_NAME_ENDINGS.join("|")}))(?:а|у|ом|ем|е|ы|и|ой|ою|ей|ю|я|${KK.slice(3, -1)})?$`,
  "u",
);
const LATIN_NAME_ENDING = /^[a-z'-]{2,}?(?:bek|gul|zhan|nur|sulu|khan|bike|gali|zada|banu|slav|slava)$/u;
const NAME_ENDING_LOOKALIKES = new Set(FIRST_NAME_ENDING_LOOKALIKES);
const ALLCAPS_PART = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;
const TITLES = new Set(["dr", "mr", "mrs", "ms", "prof", "sgt", "capt", "lt", "col", "insp", "д-р", "г-н", "г-жа"]);
const OPENING_QUOTES = new Set(["«", "“", "„", "\""]);
const CLOSING_QUOTES = new Set(["»", "”", "“", "\""]);

/** What the name rules need besides the tokens. */
export interface NameContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lang: Locale;
  readonly known: KnownNames | null;
}

/** Token indices inside short quoted titles (`«Лагуна»`, `"Amelia"`): brands and venues, not people. */
function quotedTitles(tokens: readonly Token[], lex: NameLexicon): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.kind !== "punct" || !OPENING_QUOTES.has(open.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5 && !CLOSING_QUOTES.has((tokens[j] as Token).text)) j++;
    if (j >= tokens.length || j - i > 4 || j === i + 1) continue;
    // After "по прозвищу" a quoted word is a nickname.
    const before = tokens[i - 1];
    if (before !== undefined && lex.introducers.has(before.lower)) continue;
    for (let k = i + 1; k < j; k++) inside.add(k);
    i = j;
  }
  return inside;
}

/** The language whose ordinary words a token's script points to. */
function ambiguityBit(token: Token, lang: Locale): number {
  if (token.latin) return LANGUAGE_BIT.en;
  return LANGUAGE_BIT[lang === "en" ? "ru" : lang];
}

function classifyCyrillic(token: Token, next: Token | undefined, lex: NameLexicon, lang: Locale): NameClass {
  const lower = token.lower;
  const folded = foldCyrillic(lower);
  if (isPlace(folded, lex.places)) return "none";
  if (PATRONYMIC.test(lower) || KAZAKH_PATRONYMIC.test(lower)) return "patronymic";
  const mask = firstNameMask(lex, folded);
  if (mask !== undefined) return (mask & ambiguityBit(token, lang)) !== 0 ? "firstAmbiguous" : "first";
  let surname: RegExpExecArray | null = null;
  for (const pattern of SURNAMES) surname ??= pattern.exec(lower);
  if (surname !== null && !lex.surnameLookalikes.has(foldCyrillic((surname[1] as string) + (surname[2] as string)))) {
    const [, stem, suffix] = surname as unknown as [string, string, string];
    const nounLike = suffix === "ин" || (suffix === "ев" && stem.endsWith("ц"));
    return token.sentenceStart && nounLike ? "surnameWeak" : "surname";
  }
  const other = SURNAME_OTHER.exec(lower);
  if (other !== null && !lex.surnameLookalikes.has(foldCyrillic((other[1] as string) + (other[2] as string)))) return "surname";
  const ending = NAME_ENDING.exec(lower);
  if (ending !== null && !NAME_ENDING_LOOKALIKES.has(ending[1] as string)) return "first";
  if (isShortSurname(lex, folded)) return "surnameWeak";
  if (SURNAME_ADJECTIVE.test(lower)) {
    const institution = next?.kind === "word" && !next.cap && INSTITUTION_STEMS.some((stem) => next.lower.startsWith(stem));
    return institution ? "none" : "surnameWeak";
  }
  return "cap";
}

function classifyLatin(token: Token, lex: NameLexicon): NameClass {
  const lower = token.lower;
  const english = lex.englishNames.get(lower);
  if (english === undefined && lex.englishCommon.has(lower)) return "none";
  if (isPlace(lower, lex.places)) return "none";
  if (LATIN_PATRONYMIC.test(lower)) return "patronymic";
  if (english !== undefined) return (english & LANGUAGE_BIT.en) !== 0 ? "firstAmbiguous" : "first";
  const keys = latinKeys(lower);
  for (const key of keys) {
    const mask = lex.firstNameKeys.get(key);
    if (mask !== undefined) return (mask & LANGUAGE_BIT.en) !== 0 ? "firstAmbiguous" : "first";
  }
  if (LATIN_SURNAME.test(lower)) return "surname";
  if (LATIN_NAME_ENDING.test(lower)) return "first";
  if (keys.some((key) => lex.shortSurnameKeys.has(key)) || LATIN_SURNAME_WEAK.test(lower)) return "surnameWeak";
  return "cap";
}

function classify(ctx: NameContext, i: number, lex: NameLexicon, titles: ReadonlySet<number>): NameClass {
  const { tokens, known } = ctx;
  const token = tokens[i] as Token;
  if (token.kind !== "word" || token.blocked) return "none";
  const lower = token.lower;
  // A known name is found in any letter case; in lower case, not as a two-letter word or a function
  // word (Ли, not the particle ли; Ким, not the Kazakh кім "who").
  if (known !== null && (token.cap || (lower.length >= 3 && !lex.functionWords.has(lower))) && isKnownWord(known, lower, token.latin)) {
    return "known";
  }
  if (!token.cap) {
    if (PARTICLES.has(lower)) return "particle";
    if (lex.roles.has(lower)) return "role";
    if (lex.qualifiers.has(lower)) return "qualifier";
    if (lex.introducers.has(lower)) return "introducer";
    if (lex.markersAfter.has(lower)) return "marker";
    return "none";
  }
  const next = tokens[i + 1];
  if (token.text.length === 1) {
    return next !== undefined && next.text === "." && next.start === token.end ? "initial" : "none";
  }
  if (lex.roles.has(lower)) return "role";
  if (lex.introducers.has(lower)) return "introducer";
  if (lex.qualifiers.has(lower)) return "qualifier";
  if (titles.has(i) || lex.organisations.has(lower) || ALLCAPS_PART.test(token.text) && !token.allCaps) return "none";
  const kind = token.latin ? classifyLatin(token, lex) : classifyCyrillic(token, next, lex, ctx.lang);
  // An acronym (ДВД, UNAIDS) is a name only if a name rule recognised it as one.
  if (token.allCaps && kind === "cap") return "none";
  return kind;
}

/** Where a group member ends: an initial takes its full stop. */
function memberEnd(tokens: readonly Token[], i: number, cls: readonly NameClass[]): number {
  const token = tokens[i] as Token;
  return cls[i] === "initial" ? (tokens[i + 1] as Token).end : token.end;
}

const nextIndex = (i: number, cls: readonly NameClass[]): number => (cls[i] === "initial" ? i + 2 : i + 1);

const PERSON: ReadonlySet<NameClass> = new Set(["known", "first", "surname", "patronymic"]);
const STARTS: ReadonlySet<NameClass> = new Set(["known", "first", "firstAmbiguous", "surname", "surnameWeak", "patronymic", "initial"]);

/** Whether a role (with its qualifiers and commas) or an introducer stands right before token `i`. */
function introducedBy(ctx: NameContext, i: number, cls: readonly NameClass[]): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  const previous = tokens[k];
  if (previous !== undefined && cls[k] === "introducer") return true;
  // "his name was Mike", "зовут — Макс"
  if (previous !== undefined && ["is", "was", "—", "-", ":"].includes(previous.lower) && tokens[k - 1]?.lower === "name") return true;
  if (previous !== undefined && OPENING_QUOTES.has(previous.text) && cls[k - 1] === "introducer") return true;
  for (let steps = 0; k >= 0 && steps < 4; steps++) {
    const token = tokens[k] as Token;
    if (token.kind === "punct") {
      if (token.text === ",") {
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
const NAMING_MARKERS = new Set(["деген", "атты", "есімді"]);

/** Whether an honorific or `деген` + noun follows token `i` (`Жанар апай`, `Ахметов деген полицей`). */
function markedAfter(ctx: NameContext, i: number, cls: readonly NameClass[]): boolean {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (next === undefined || cls[i + 1] !== "marker" || !onlySpacesBetween(ctx.text, (tokens[i] as Token).end, next.start)) return false;
  if (!NAMING_MARKERS.has(next.lower)) return true;
  return tokens[i + 2]?.kind === "word" && !(tokens[i] as Token).sentenceStart;
}

/**
 * Whether an unknown capitalised word may start a name: a role or introducer before it, a marker
 * after it, or a patronymic or surname right after it (`Светланы Игоревны`, `Айгоым Тулепбергенову`).
 */
function capMayStart(ctx: NameContext, i: number, cls: readonly NameClass[], lex: NameLexicon): boolean {
  if (introducedBy(ctx, i, cls) || markedAfter(ctx, i, cls)) return true;
  const token = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (next === undefined || lex.functionWords.has(token.lower) || !onlySpacesBetween(ctx.text, token.end, next.start)) return false;
  // Before a surname, only mid-sentence: a sentence's first word is too often an ordinary one (Бізді Ахметов…).
  return cls[i + 1] === "patronymic" || (cls[i + 1] === "surname" && !token.sentenceStart);
}

/** Whether a group of name words is a name. */
function accept(ctx: NameContext, members: readonly number[], cls: readonly NameClass[], lex: NameLexicon): boolean {
  const classes = members.map((m) => cls[m] as NameClass);
  if (classes.some((c) => PERSON.has(c))) return true;
  const words = classes.filter((c) => c !== "initial" && c !== "particle").length;
  if (words >= 2 || (words >= 1 && classes.includes("initial"))) return true;
  if (words === 0) return false;
  const first = members[0] as number;
  const last = members[members.length - 1] as number;
  if (introducedBy(ctx, first, cls) || markedAfter(ctx, last, cls)) return true;
  if (classes[0] !== "firstAmbiguous") return false;
  // A capitalised ordinary word mid-sentence in Russian or Kazakh is a name; in English, or after a
  // number (8 Марта), it is not.
  const token = ctx.tokens[first] as Token;
  const previous = ctx.tokens[first - 1];
  return !token.latin && !token.sentenceStart && previous?.kind !== "number" && !lex.functionWords.has(token.lower);
}

/** Person names in the text. */
export function findNames(ctx: NameContext, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const lex = nameLexicon();
  const titles = quotedTitles(tokens, lex);
  const cls: NameClass[] = tokens.map((_, i) => classify(ctx, i, lex, titles));
  const joinable = (members: readonly number[], j: number): boolean => {
    const c = cls[j] as NameClass;
    if (STARTS.has(c) || c === "particle") return true;
    if (c !== "cap") return false;
    // An unknown capitalised word joins after a first name or an initial (a surname no rule knows).
    return members.some((m) => cls[m] === "first" || cls[m] === "initial" || cls[m] === "known" || cls[m] === "patronymic");
  };
  let i = 0;
  while (i < tokens.length) {
    const c = cls[i] as NameClass;
    if (!(STARTS.has(c) || (c === "cap" && capMayStart(ctx, i, cls, lex)))) {
      i++;
      continue;
    }
    const members = [i];
    let end = memberEnd(tokens, i, cls);
    let j = nextIndex(i, cls);
    while (j < tokens.length && joinable(members, j) && onlySpacesBetween(text, end, (tokens[j] as Token).start)) {
      members.push(j);
      end = memberEnd(tokens, j, cls);
      j = nextIndex(j, cls);
    }
    if (accept(ctx, members, cls, lex)) {
      out.push({ start: (tokens[i] as Token).start, end, type: "NAME", priority: PRIORITY.name });
      i = j;
    } else i++;
  }
}

/** Whether a token is a first name in the lexicon (for addresses named after people). */
export function isLexiconFirstName(token: Token): boolean {
  if (token.kind !== "word" || !token.cap) return false;
  const lex = nameLexicon();
  if (token.latin) return latinKeys(token.lower).some((key) => lex.firstNameKeys.has(key));
  return firstNameMask(lex, foldCyrillic(token.lower)) !== undefined;
}
