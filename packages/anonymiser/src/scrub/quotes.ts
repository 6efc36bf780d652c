// Words in quotes: a venue's or a brand's title (`«Лагуна»`), which is no person, or a nickname —
// what the words around the quote call someone (`по прозвищу «Малой»`, `оны «Бабай» деп атады`).

import { foldCyrillic, foldedReading } from "./fold.js";
import { STREET_ABBREVIATIONS, STREET_BEFORE_NAME } from "./lexicon/address-words.js";
import {
  AGE_WORDS,
  ALIAS_WORDS,
  BY_DOCUMENT_WORDS,
  CALLED_OBJECT_WORDS,
  CALLED_STEMS,
  CALLING_STEMS,
  CONTACT_WORDS,
  DEFINING_PERSON_NOUNS,
  FROM_WORDS,
  GOES_BY_PLACES,
  GOES_BY_WORDS,
  I_AM_WORDS,
  INTRODUCED_STEMS,
  KNOWN_AS_STEMS,
  NAME_IS_WORDS,
  NAME_NOUN_WORDS,
  NAME_TAG_WORDS,
  NAME_VERB_ADVERBS,
  NAMED_THING_WORDS,
  PERSON_PRONOUNS,
  POSSESSIVE_PRONOUN_WORDS,
  RENAMED_STEMS,
  ROUGHLY_WORDS,
  SAY_AS_WORDS,
  SAY_CALLED_WORDS,
  UNITS_FROM,
  VENUE_NAMING_WORDS,
  WORD_NOUNS,
} from "./lexicon/name-context.js";
import { firstNameOf, isNamedVenue, type NameLexicon } from "./name-lexicon.js";
import { isDocumentWord } from "./numbers.js";
import { stemTest } from "./stems.js";
import type { Token } from "./tokens.js";
import { work } from "./work.js";

const SAY_AS: ReadonlySet<string> = new Set(SAY_AS_WORDS);
const STREET_BEFORE: ReadonlySet<string> = new Set([...STREET_BEFORE_NAME, ...STREET_ABBREVIATIONS]);

export const OPENING_QUOTES: ReadonlySet<string> = new Set(["«", "“", "„", '"']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(["»", "”", "“", '"']);
/** Kazakh words after a name that say it is one (`Ахметов деген`, `Әсел атты`, `Әсел есімді`). */
export const NAMING_MARKERS: ReadonlySet<string> = new Set(["деген", "атты", "есімді", "degen", "деган", "degan", "номли", "nomli"]);

/**
 * Token indices inside short quoted titles (`«Лагуна»`, `"Amelia"`): brands and venues, not people;
 * and the one-word nicknames the words around the quote call so (`кого девочки зовут «Майор»`),
 * which are names even when they are a rank's or a role's word.
 */
export function quotedTitles(tokens: readonly Token[], lex: NameLexicon): { titles: Set<number>; nicknames: Set<number> } {
  const inside = new Set<number>();
  const nicknames = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.kind !== "punct" || !OPENING_QUOTES.has(open.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 5 && !CLOSING_QUOTES.has((tokens[j] as Token).text)) j++;
    if (j >= tokens.length || j - i > 4 || j === i + 1) continue;
    // A name with an initial in quotes is a person ("Даурен К."), never a venue's title.
    const initial = (t: Token): boolean => t.kind === "word" && t.cap && (t.text.length === 1 || LATIN_DIGRAPH_INITIAL.test(t.text));
    if (tokens.slice(i + 1, j).some((t, n, inside) => initial(t) && inside[n + 1]?.text === ".")) continue;
    // A quoted title after a venue's noun is the venue's (в районе сауны «Натали»), unless a role
    // stands before the noun (администратор сауны «Гульнара»).
    const noun = tokens[i - 1];
    if (noun?.kind === "word" && lex.isPlaceOrVenueWord(noun.lower) && !lex.roles.has(tokens[i - 2]?.lower ?? "")) {
      for (let k = i + 1; k < j; k++) inside.add(k);
      i = j;
      continue;
    }
    // …or after a venue's noun and a verb of naming (the café was called "Bakhyt", сауна называлась
    // «Роза»), or before Kazakh's (сауна да «Ақбота» деп аталады).
    const kazakhNaming =
      (tokens[j + 1]?.lower === "деп" || tokens[j + 1]?.lower === "dep") && /^(?:атал|atal)/u.test(tokens[j + 2]?.lower ?? "");
    const naming = (noun?.kind === "word" && VENUE_NAMING.has(noun.lower)) || kazakhNaming;
    if (naming && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.kind === "word" && lex.isPlaceOrVenueWord(t.lower))) {
      for (let k = i + 1; k < j; k++) inside.add(k);
      i = j;
      continue;
    }
    // A quoted title before a venue's noun is the venue's ("«Жеңіс» кафесінің"), whatever precedes it.
    const venue = tokens[j + 1];
    if (venue?.kind === "word" && lex.isPlaceOrVenueAfter(venue.lower)) {
      for (let k = i + 1; k < j; k++) inside.add(k);
      i = j;
      continue;
    }
    // After "по прозвищу" or a role ("сутенёр «Малой»", "позывной в группе «Тоня»", "known as
    // "Malysh"") or before "лақап атты" a quoted word is a nickname.
    if (nicknameQuote(tokens, i, j, lex)) {
      // One word alone: in "«Дядя Гена»", "«Мент Серик»" the role's word stays one.
      if (j === i + 2) nicknames.add(i + 1);
      continue;
    }
    // A quoted word that does what only people do next is a nickname ("«Тимоха» забрал у неё 15
    // тыс", "«Кот» потом ещё раз приезжал"): a café neither takes nor comes.
    if (j === i + 2 && !PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") && actsAfter(tokens, j + 1, lex)) continue;
    // A name with its honorific glued by a hyphen ("Marat-aga") is a person's.
    if (tokens[i + 2]?.text === "-" && j === i + 4 && lex.markersAfter.has(foldedReading(tokens[i + 3] as Token))) continue;
    // A surname quoted as written somewhere ("подписан «Жумабаев»", "вместо «Сейткалиева»") is a
    // person: venues are not named -ов, -ева, -ұлы (but may be named Мадина or Карина).
    const surname = (t: Token): boolean =>
      t.kind === "word" && t.cap && !t.latin && SURNAME_SHAPE.test(t.lower) && firstNameOf(lex, foldCyrillic(t.lower)) === undefined;
    if (tokens.slice(i + 1, j).every(surname)) continue;
    // A name and "деген" and a role quoted as said («Ербол деген полицей»).
    if (tokens.slice(i + 2, j).some((t) => NAMING_MARKERS.has(t.lower))) continue;
    // A role and a name quoted as said ("«Участковый Ерболатов»").
    if (j >= i + 3 && lex.roles.has((tokens[i + 1] as Token).lower) && tokens.slice(i + 2, j).every((t) => t.kind === "word" && t.cap))
      continue;
    // …and so is a full name quoted as written (записали «Венера Абдуллаева»): a first name and a surname.
    const first = (t: Token): boolean => t.kind === "word" && t.cap && !t.latin && firstNameOf(lex, foldCyrillic(t.lower)) !== undefined;
    if (j === i + 3 && tokens.slice(i + 1, j).some(surname) && tokens.slice(i + 1, j).some(first)) continue;
    // A first name in a case other than the nominative is someone named (называет «Тимуром»): a
    // venue's title is written in the nominative.
    const inflected = (t: Token): boolean => {
      const folded = foldCyrillic(t.lower);
      return !t.latin && firstNameOf(lex, folded)?.how === "form" && !lex.firstNameNominatives.has(folded);
    };
    if (j === i + 2 && inflected(tokens[i + 1] as Token) && !PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) continue;
    // "«Мадина» — это её подруга": a first name the dash after it says is a person's.
    const named = j === i + 2 && firstNameOf(lex, foldedReading(tokens[i + 1] as Token)) !== undefined;
    if (named && dashDefinesPerson(tokens, j + 1, (k) => lex.roles.has(tokens[k]?.lower ?? ""))) continue;
    // "в документах «Анна»", "паспортное «Виталий»": the name her documents give.
    if (named && isDocumentWord(tokens[i - 1]?.lower ?? "")) continue;
    // "«Михалыч»", "«Петрович»": a man called by his patronymic, as Russian calls an older man.
    if (j === i + 2 && tokens[i + 1]?.cap === true && PATRONYMIC_NICKNAME.test((tokens[i + 1] as Token).lower)) continue;
    // "«Жека из УБОПа»": someone from a police unit or an organisation, as he introduced himself.
    if (fromUnit(tokens, i + 2)) continue;
    // "«Нурик», около 30 лет": someone of an age; a café has none.
    if (j === i + 2 && agedAfter(tokens, j)) continue;
    for (let k = i + 1; k < j; k++) inside.add(k);
    i = j;
  }
  return { titles: inside, nicknames };
}

/**
 * The label of a form's field whose colon is token `colon`, past an aside in brackets between them
 * (`имя (как обращаться):`), or -1.
 */
export function fieldLabel(tokens: readonly Token[], colon: number): number {
  if (tokens[colon]?.text !== ":") return -1;
  let label = colon - 1;
  if (tokens[label]?.text === ")") for (let steps = 0; steps < 6 && label > 0 && tokens[label]?.text !== "("; steps++) label--;
  if (tokens[label]?.text === "(") label--;
  return label;
}

/** Whether the words around the quote opened at `open` and closed at `close` call what it holds a nickname. */
export function nicknameQuote(tokens: readonly Token[], open: number, close: number, lex: NameLexicon, listed = false): boolean {
  // "Свидетель: «Малыш»", "Witness: "Bunny"", "Псевдоним: «Лиса»": a role or an alias word, its colon or dash, the quote.
  const nameLike = tokens.slice(open + 1, close).every((t) => t.kind === "word" && t.cap);
  const before = tokens[open - 2]?.lower ?? "";
  if (
    nameLike &&
    ROLE_PUNCTUATION.has(tokens[open - 1]?.text ?? "") &&
    (lex.roles.has(before) || ALIASES.has(before) || lex.introducers.has(before))
  )
    return true;
  // "Юлия («Кнопка»)", "Ермаханова Динара («Ди»)", "Tanya ("Bunny")": the name she goes by, in brackets
  // after hers, alone or first of what the brackets say of her (Дамир («Дана», 22 г.)).
  const bracketed = tokens[close + 1]?.text === ")" || tokens[close + 1]?.text === ",";
  if (nameLike && tokens[open - 1]?.text === "(" && bracketed && namedBefore(tokens, open - 2, lex)) return true;
  // "Таня «Рыжая»", "Сабина «Сабрина» Оразова": one or two words quoted right after her name, not a
  // street's (ул. Абая «Кафе Роза») nor a venue's (Заринаны «Сайран» автовокзалынан).
  if (
    nameLike &&
    close <= open + 3 &&
    tokens[open - 1]?.end === (tokens[open] as Token).start - 1 &&
    !lex.isPlaceOrVenueWord(tokens[open + 1]?.lower ?? "") &&
    !lex.isPlaceOrVenueAfter(tokens[close + 1]?.lower ?? "") &&
    !STREET_BEFORE.has((tokens[open - 2]?.text === "." ? tokens[open - 3] : tokens[open - 2])?.lower ?? "") &&
    namedBefore(tokens, open - 1, lex)
  )
    return true;
  // "My work name was "Honey"", "Name recorded as given: "Milana"": a name word, then what it is.
  const is = tokens[open - 1]?.lower ?? "";
  // "the name tag "Kenzhebekov"", "на бейджике «Серикбаев»": the name an officer's tag shows.
  if (nameLike && NAME_TAGS.has(is)) return true;
  // "She uses "Dolly" at work": the name she works under.
  const atWork = `${tokens[close + 1]?.lower} ${tokens[close + 2]?.lower}`;
  if (nameLike && close === open + 2 && (is === "uses" || is === "used") && (atWork === "at work" || atWork === "with clients"))
    return true;
  if (
    nameLike &&
    (is === "is" || is === "was" || is === ":") &&
    SAID_NAME.has(tokens[open - 2]?.lower ?? "") &&
    !NAMED_THINGS.has(tokens[open - 3]?.lower ?? "")
  )
    return true;
  if (nameLike && is === ":" && tokens[open - 2]?.lower === "given" && tokens[open - 3]?.lower === "as") return true;
  // "Имя (можно вымышленное): «Карина»": a form's field for a name, an aside between.
  if (nameLike && SAID_NAME.has(tokens[fieldLabel(tokens, open - 1)]?.lower ?? "")) return true;
  // "met Tanya and "Bunny"": one word quoted, joined to a name by "and".
  if (nameLike && close === open + 2 && LIST_LINKS.has(tokens[open - 1]?.lower ?? "") && namedBefore(tokens, open - 2, lex)) return true;
  // "she goes by "Sunny"": the name she goes by.
  if (nameLike && tokens[open - 1]?.lower === "by" && GOES.has(tokens[open - 2]?.lower ?? "")) return true;
  // "называет меня по паспорту — «Айдар»": the name in her passport, her deadname.
  const by = ROLE_PUNCTUATION.has(tokens[open - 1]?.text ?? "") ? open - 2 : open - 1;
  if (nameLike && BY_DOCUMENT.has(tokens[by]?.lower ?? "") && (tokens[by - 1]?.lower === "по" || tokens[by - 1]?.lower === "po"))
    return true;
  // "гр. «Лола»": a title's full stop, then the quote.
  if (nameLike && tokens[open - 1]?.text === "." && TITLES.has(before) && tokens[open - 2]?.end === tokens[open - 1]?.start) return true;
  // "записаны имена «Лиза», «Сабина», «Жасмин»": first names quoted after a word for names, one or a list.
  const listStart = listed ? open : quotedListStart(tokens, open);
  const quotedFirstName = close === open + 2 && firstNameOf(lex, foldedReading(tokens[open + 1] as Token)) !== undefined;
  if (quotedFirstName && NAME_NOUNS.has(tokens[listStart - 1]?.lower ?? "")) return true;
  // "на работе я «Эля»", "бул жерде мен «Белла»": the name she is, said by herself.
  if (quotedFirstName && I_AM.has(tokens[open - 1]?.lower ?? "")) return true;
  // "(в быту — «Тима»)", "в интернете — «Дэни»": the name he goes by somewhere, one word.
  if (
    nameLike &&
    close === open + 2 &&
    ROLE_PUNCTUATION.has(tokens[open - 1]?.text ?? "") &&
    GOES_BY.has(`${tokens[open - 3]?.lower}_${before}`)
  )
    return true;
  // "name changed at her request to "Aika"": what her name was changed to.
  // …not a venue's (the bar's name changed to "Lagoon").
  const back = tokens.slice(Math.max(0, open - 8), open - 1);
  if (
    nameLike &&
    is === "to" &&
    back.some((t) => SAID_NAME.has(t.lower)) &&
    back.some((t) => isRenamed(t.lower)) &&
    !back.some((t) => lex.isPlaceOrVenueWord(t.lower) || NAMED_THINGS.has(t.lower))
  )
    return true;
  // "называли друг друга «Сан Саныч» и «Малой»": a later quote of a list is what the first is.
  if (listStart < open) {
    let first = listStart + 1;
    while (first < open && !CLOSING_QUOTES.has((tokens[first] as Token).text)) first++;
    return nicknameQuote(tokens, listStart, first, lex, true);
  }
  for (let k = open - 1; k >= 0 && k >= open - 3; k--) {
    const word = (tokens[k] as Token).lower;
    // "со слов администратора гостиницы «Асель»": a venue's noun right before the quote names the venue.
    if (k === open - 1 && lex.isPlaceOrVenueWord(word)) return false;
    // A verb of calling says nickname only of a person (below): "Сауну называют «Малинка»" names the sauna.
    if ((lex.introducers.has(word) && !RUSSIAN_CALLING.test(word)) || (k === open - 1 && (lex.roles.has(word) || ALIASES.has(word))))
      return true;
    // "звонила «Снежана»": a first name that called or spoke; a café neither calls nor speaks.
    if (k === open - 1 && quotedFirstName && lex.isSpeechVerb(word)) return true;
    // "с абонентом «Танюха»": a contact saved under a first name (not «Билайн», «Такси»).
    const quoted = tokens.slice(open + 1, close);
    if (k === open - 1 && CONTACTS.has(word) && quoted.some((t) => t.kind === "word" && firstNameOf(lex, foldedReading(t)) !== undefined))
      return true;
    // "называли его «Бабай»", "которого называли «Бабай»", "whom the girls call "Moustache"" — a person called so, not a sauna.
    if (isCalling(word) && tokens.slice(Math.max(0, k - 3), open).some((t) => PERSON_PRONOUN_SET.has(t.lower))) return true;
    if (word === "as" && tokens.slice(Math.max(0, k - 5), k).some((t) => t.lower === "known")) return true;
    // "знают как «Ласточка»", "записан как «Асхат мент»", "saved as "Maks Op"", "в контактах записаны «Мамка Лена»".
    // …the saving word a few words back (подписан в её телефоне как «Мурат мент»).
    if (k === open - 1 && AS.has(word) && tokens.slice(Math.max(0, k - 5), k).some((t) => isKnownAs(t.lower))) return true;
    // "записаны «Мамка Лена»", "подписан просто «Серик»".
    const saved = k === open - 1 && (SAVED.test(word) || (JUST.has(word) && SAVED.test(tokens[k - 1]?.lower ?? "")));
    if (nameLike && saved) return true;
    if ((tokens[k] as Token).kind === "punct") break;
  }
  // "«Мальвина», «Пупсик», «Ника» (рабочие имена)": a bracket after the quote, or after the list
  // it opens, says the quoted are names.
  if (nameLike && !PLACE_PREPOSITIONS.has(tokens[open - 1]?.lower ?? "") && namedInBracket(tokens, quotedListEnd(tokens, close)))
    return true;
  const after = tokens[close + 1];
  if (after === undefined) return false;
  // "мені «Айко» дейді", "мени «Чоло» дешет", "маро «Мадо» мегӯянд": what they call me or her,
  // a word of where between (мени Ошто «Айка» дешет).
  const whom = (k: number): boolean => CALLED_ONE.has(tokens[k]?.lower ?? "");
  // …or, a first name, what everyone calls her (мұнда бәрі «Жаня» дейді).
  if (SAY_CALLED.has(after.lower) && (quotedFirstName || whom(open - 1) || (tokens[open - 1]?.kind === "word" && whom(open - 2))))
    return true;
  // "оны «Бабай» деп атады": what they called him; "«Ерік мент» деп жазылған": what his phone says;
  // Uzbek "«Малика» деб таништирди": how she introduced herself.
  if (SAY_AS.has(after.lower) && isCalled(tokens[close + 2]?.lower ?? "")) return true;
  // "«Шеф» — прозвище владельца", "«Вера», но это псевдоним": the words after say it is a nickname.
  if (ROLE_PUNCTUATION.has(after.text) && NICKNAME_NOUN.test(tokens[close + 2]?.lower ?? "")) return true;
  // "«Марго» — не настоящее имя", "«Lily» — my work name": a name, a few words on.
  if (ROLE_PUNCTUATION.has(after.text))
    for (let k = close + 2; k <= close + 4 && tokens[k]?.kind === "word"; k++)
      if (NICKNAME_NOUN.test((tokens[k] as Token).lower) || SAID_NAME.has((tokens[k] as Token).lower)) return true;
  for (let k = close + 2; k <= close + 5 && tokens[k] !== undefined && tokens[k]?.text !== "."; k++)
    if (ALIASES.has((tokens[k] as Token).lower) && tokens[k - 1]?.lower === "это") return true;
  // "«Коротышка» — так девочки называют этого сержанта", "«Малая» (так её называют на точке)".
  // …but "«Шолпан» — так называлось кафе" names a thing (-лось, -ется: it, not she).
  if ((ROLE_PUNCTUATION.has(after.text) || after.text === "(") && tokens[close + 2]?.lower === "так") {
    for (let k = close + 3; k < tokens.length && k <= close + 5; k++) {
      const word = (tokens[k] as Token).lower;
      if (isCalling(word)) return !THING_CALLED.test(word);
    }
  }
  // …but "«Айдана» деген кафе" names a café, and so does "кафега, «Бахт» деган".
  const named = tokens[close + 2]?.lower ?? "";
  const venueBefore = tokens[open - 1]?.text === "," && lex.isPlaceOrVenueWord(tokens[open - 2]?.lower ?? "");
  const marked = NAMING_MARKERS.has(after.lower) && !WORD_NOUN_SET.has(named) && !isNamedVenue(named) && !venueBefore;
  return lex.introducers.has(after.lower) || marked || fromUnit(tokens, close + 1);
}

/**
 * Whether her age follows token `last` after a comma, perhaps said roughly: "Виктория, 29 лет",
 * "Aruzhan, 24 years old", "«Нурик», около 30 лет".
 */
export function agedAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ",") return false;
  const k = ROUGHLY.has(tokens[last + 2]?.lower ?? "") ? last + 3 : last + 2;
  const age = tokens[k];
  return age?.kind === "number" && /^[1-9]\d$/u.test(age.text) && AGE.has(tokens[k + 1]?.lower ?? "");
}
const AGE: ReadonlySet<string> = new Set(AGE_WORDS);
const ROUGHLY: ReadonlySet<string> = new Set(ROUGHLY_WORDS);

/** "Сәуле деген сөз": the word itself, called so, not a person. */
export const WORD_NOUN_SET: ReadonlySet<string> = new Set(WORD_NOUNS);
export const DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(POSSESSIVE_PRONOUN_WORDS);
/** …and with the articles, before a role in apposition ("Grace, a volunteer doctor"). */
export const POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS, "the", "a", "an"]);
export const DEFINING_PERSON: ReadonlySet<string> = new Set(DEFINING_PERSON_NOUNS);

/**
 * Whether the dash at token `dash` says who the name before it is: "— это мой бывший", "— это не
 * мент", "— так зовут мою подругу" (a venue is "так называется", and "это название").
 */
export function dashDefinesPerson(tokens: readonly Token[], dash: number, isRole: (k: number) => boolean): boolean {
  if (!DASHES.has(tokens[dash]?.text ?? "")) return false;
  const word = (j: number): string => tokens[j]?.lower ?? "";
  let k = dash + 1;
  if (word(k) === "так") return ["зовут", "звали"].includes(word(k + 1)) || ["зовут", "звали"].includes(word(k + 2));
  if (word(k) !== "это") return false;
  k++;
  if (word(k) === "не") k++;
  if (POSSESSIVES.has(word(k))) k++;
  return isRole(k) || DEFINING_PERSON.has(word(k));
}

export const FROM: ReadonlySet<string> = new Set(FROM_WORDS);
const UNIT_SET: ReadonlySet<string> = new Set(UNITS_FROM);
/**
 * Whether "from" and a police unit or an organisation start at token `k` (`из УБОПа`, `с третьего
 * отдела`, `iz upravleniya`, `из фонда`): a person comes from there, a sauna or a café does not.
 */
export function fromUnit(tokens: readonly Token[], k: number): boolean {
  if (!FROM.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k + 1; j <= k + 2 && tokens[j]?.kind === "word"; j++) if (UNIT_SET.has((tokens[j] as Token).lower)) return true;
  return false;
}
/** Titles and their abbreviations: roles that introduce a name, with or without their full stop (Dr, Lt., гр.). */
export const TITLES: ReadonlySet<string> = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "sgt",
  "capt",
  "cpt",
  "pvt",
  "lt",
  "col",
  "insp",
  "д-р",
  "г-н",
  "г-жа",
  "гр",
]);

/** An initial written with a Latin digraph for one Cyrillic letter (Zh. Amanova, Ye. Bekov). */
export const LATIN_DIGRAPH_INITIAL = /^(?:Ye|Yu|Ya|Yo|Zh|Sh|Ch|Kh|Ts)$/u;
const RUSSIAN_CALLING = /^(?:называ|nazyva)/u;
const PATRONYMIC_NICKNAME = /^\p{L}{3,}(?:ыч|ич|ична|вна)$/u;
const NICKNAME_NOUN = /^(?:прозвищ|кличк|погонял|лақап|псевдоним|nickname|prozvish|klichk)/u;
const ROLE_PUNCTUATION: ReadonlySet<string> = new Set([":", "—", "–", "-"]);
const SAID_NAME: ReadonlySet<string> = new Set(NAME_IS_WORDS);
const VENUE_NAMING: ReadonlySet<string> = new Set(VENUE_NAMING_WORDS);
const NAME_TAGS: ReadonlySet<string> = new Set(NAME_TAG_WORDS);
const NAME_NOUNS: ReadonlySet<string> = new Set(NAME_NOUN_WORDS);
const I_AM: ReadonlySet<string> = new Set(I_AM_WORDS);

/**
 * The opening quote of the first of quoted words listed with commas or "и" (`«Лиза», «Сабина»,
 * «Жасмин»`, `«Сан Саныч» и «Малой»`) that ends with the one opened at `open`.
 */
function quotedListStart(tokens: readonly Token[], open: number): number {
  let start = open;
  // Back over `«X Y», ` while a quote of one or two words and a link come before, eight at most
  // (so a text of quotes is still read in linear time).
  for (
    let back = 0;
    back < 8 && LIST_LINKS.has(tokens[start - 1]?.lower ?? "") && CLOSING_QUOTES.has(tokens[start - 2]?.text ?? "");
    back++
  ) {
    work.steps++;
    if (tokens[start - 3]?.kind !== "word") break;
    const opening = OPENING_QUOTES.has(tokens[start - 4]?.text ?? "")
      ? start - 4
      : tokens[start - 4]?.kind === "word" && OPENING_QUOTES.has(tokens[start - 5]?.text ?? "")
        ? start - 5
        : -1;
    if (opening < 0) break;
    start = opening;
  }
  return start;
}
/** The closing quote of the last of quoted words listed after the one closed at `close` (eight at most, as above). */
function quotedListEnd(tokens: readonly Token[], close: number): number {
  let end = close;
  for (let n = 0; n < 8 && LIST_LINKS.has(tokens[end + 1]?.lower ?? "") && OPENING_QUOTES.has(tokens[end + 2]?.text ?? ""); n++) {
    work.steps++;
    const next = CLOSING_QUOTES.has(tokens[end + 4]?.text ?? "") ? end + 4 : CLOSING_QUOTES.has(tokens[end + 5]?.text ?? "") ? end + 5 : -1;
    if (next < 0 || tokens[end + 3]?.kind !== "word") break;
    end = next;
  }
  return end;
}

/** Whether a bracket after token `k` calls what comes before it names (`(рабочие имена, …`, `(её псевдоним)`). */
function namedInBracket(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text !== "(") return false;
  // …as the bracket's last word (not "(имя владельца не знаем)", someone else's name).
  for (let j = k + 2; j <= k + 4 && tokens[j]?.kind === "word"; j++)
    if (BRACKET_NAME_WORDS.has((tokens[j] as Token).lower)) return [")", ",", ";"].includes(tokens[j + 1]?.text ?? "");
  // "«Ласточка» (так представилась)": how she introduced herself.
  return (tokens[k + 2]?.lower === "так" || tokens[k + 2]?.lower === "so") && isIntroduced(tokens[k + 3]?.lower ?? "");
}
const NAMED_THINGS: ReadonlySet<string> = new Set(NAMED_THING_WORDS);
const isIntroduced = stemTest(INTRODUCED_STEMS);
const BRACKET_NAME_WORDS: ReadonlySet<string> = new Set([
  ...NAME_NOUN_WORDS,
  ...ALIAS_WORDS,
  "name",
  "имя",
  "псевдонимы",
  "ники",
  "nicknames",
]);
// Kazakh, Kyrgyz and Tajik "they call (so)", after whom they call: me, her or him.
const SAY_CALLED: ReadonlySet<string> = new Set(SAY_CALLED_WORDS);
const CALLED_ONE: ReadonlySet<string> = new Set(CALLED_OBJECT_WORDS);
const BY_DOCUMENT: ReadonlySet<string> = new Set(BY_DOCUMENT_WORDS);
const THING_CALLED = /(?:лось|ется|ются|лись)$/u;
const LIST_LINKS: ReadonlySet<string> = new Set([",", "и", "and", "мен", "или", "or"]);
const AS: ReadonlySet<string> = new Set(["как", "as", "kak", "under"]);
const ALIASES: ReadonlySet<string> = new Set(ALIAS_WORDS);
export const GOES: ReadonlySet<string> = new Set(GOES_BY_WORDS);
const GOES_BY: ReadonlySet<string> = new Set(GOES_BY_PLACES);
const isRenamed = stemTest(RENAMED_STEMS);
const CONTACTS: ReadonlySet<string> = new Set(CONTACT_WORDS);
const SAVED = /^(?:записан|сохранен|сохранён|подписан|saved|zapisan|sohranen|podpisan)/u;
const JUST: ReadonlySet<string> = new Set(["просто", "just", "тек", "tek", "prosto"]);
/** A word's folded Cyrillic spelling, read from Latin letters if need be. */
export const isKnownAs = stemTest(KNOWN_AS_STEMS);
const SURNAME_SHAPE = /^\p{L}{3,}(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ұлы|улы|қызы|кызы)$/u;
export const isCalled = stemTest(CALLED_STEMS);
const isCalling = stemTest(CALLING_STEMS);
const PERSON_PRONOUN_SET: ReadonlySet<string> = new Set(PERSON_PRONOUNS);

const ADVERBS: ReadonlySet<string> = new Set(NAME_VERB_ADVERBS);
// "в «Рахате» сказали": where something was said, not who said it.
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["в", "во", "на", "из", "у", "возле", "около", "v", "na", "iz", "in", "at"]);
const COMING_OR_TAKING = /^(?:при|за|у|по)?(?:шл|шёл|шел|ходил|езжал|ехал|брал|бра|звонил)\p{L}{0,3}$/u;
/** Whether, from token `k`, after an adverb or two, comes a verb of speech, of what only people do, or of coming and taking. */
function actsAfter(tokens: readonly Token[], k: number, lex: NameLexicon): boolean {
  let at = k;
  for (let steps = 0; steps < 3 && ADVERBS.has(tokens[at]?.lower ?? ""); steps++) at++;
  const verb = tokens[at];
  return (
    verb?.kind === "word" &&
    !verb.cap &&
    (lex.isSpeechVerb(verb.lower) || lex.isPersonVerb(verb.lower) || COMING_OR_TAKING.test(verb.lower))
  );
}

/** Whether the word at `k` is a person's first name, a surname or a patronymic by its shape (Юлия, Ермаханова, Игоревна). */
function namedBefore(tokens: readonly Token[], k: number, lex: NameLexicon): boolean {
  const token = tokens[k];
  // …not a venue's (кафе Алмаз («Almaz»)).
  if (token?.kind !== "word" || !token.cap || lex.isPlaceOrVenueWord(tokens[k - 1]?.lower ?? "")) return false;
  return (
    firstNameOf(lex, foldedReading(token)) !== undefined ||
    (!token.latin && (SURNAME_SHAPE.test(token.lower) || PATRONYMIC.test(token.lower)))
  );
}
const PATRONYMIC = /^\p{L}{3,}(?:вич|вна|ична|ұлы|улы|қызы|кызы)$/u;
