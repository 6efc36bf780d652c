// Street addresses: a street-type word with the street's name on the side it goes, then house,
// building, office and flat numbers, up to the last number. The city is left, and so is a street
// without a number: a place alone is not personal data (but its name is no person's either).

import { type Candidate, PRIORITY } from "./candidate.js";
import { MONTH, YEAR } from "./documents.js";
import { foldCyrillic, kazakhLatinAsPlain, latinToCyrillic, plainLatin } from "./fold.js";
import {
  ADDRESS_KEYWORDS,
  AGAINST_PERSON_STEMS,
  HOUSE_AFTER_NUMBER,
  HOUSE_BEFORE_NUMBER,
  KAZAKH_LOCATIVE_ENDINGS,
  LATIN_PREPOSITIONS,
  LOCATED_STEMS,
  MICRODISTRICT_FIRST,
  MICRODISTRICT_SECOND_STEMS,
  NUMBERED_QUARTER_WORDS,
  ORDINAL_STREET_TYPES,
  ROOM_WORDS,
  SLASHED_MICRODISTRICTS,
  STREET_ABBREVIATIONS,
  STREET_AFTER_ABBREVIATIONS,
  STREET_AFTER_NAME,
  STREET_AFTER_NAME_STEMS,
  STREET_BEFORE_NAME,
  STREET_BY_NAME_BEFORE,
  STREET_CORNER_WORDS,
  STREET_EPONYM_PAIRS,
  STREET_EPONYMS_FIRST,
  STREET_EPONYMS_GENITIVE,
  STREET_EPONYMS_SECOND,
  STREET_NAME_PARTICLES,
  STREET_TITLE_GENITIVES,
} from "./lexicon/address-words.js";
import { GENITIVE } from "./name-evidence.js";
import { isInstitutionWord, nameLexicon } from "./name-lexicon.js";
import { isAmountWord, isDocumentWord } from "./numbers.js";
import { CLOSING_QUOTES, OPENING_QUOTES } from "./quotes.js";
import { remembered, rememberedByScript } from "./remember.js";
import { stemTest } from "./stems.js";
import { onlySpacesBetween, type Token } from "./tokens.js";
import { work } from "./work.js";

const BEFORE = new Set(STREET_BEFORE_NAME);
const ORDINAL_STREETS: ReadonlySet<string> = new Set(ORDINAL_STREET_TYPES);
const NUMBER_ADJECTIVE = /(?:ая|ый|ий|ой|ое|ые|ую|aya|yy|yi|iy|oe|ye)$/u;
/** A Russian ordinal's ending after a number and a hyphen (12-й, 5-я). */
const ORDINAL_ENDING = /^(?:й|м|го|му|ом|ый|ий|я|ая|ой)$/u;
const ABBREVIATED = new Set(STREET_ABBREVIATIONS);
const AFTER = new Set(STREET_AFTER_NAME);
const HOUSE_BEFORE = new Set(HOUSE_BEFORE_NUMBER);
const HOUSE_AFTER = new Set(HOUSE_AFTER_NUMBER);
const PARTICLES = new Set(STREET_NAME_PARTICLES);
const MICRO_FIRST = new Set(MICRODISTRICT_FIRST);
const ADDRESS_WORDS = new Set(ADDRESS_KEYWORDS);
const AFTER_ABBREVIATED = new Set(STREET_AFTER_ABBREVIATIONS);
const MICRODISTRICT_RU = String.raw`мкр|мкрн|мкр-н|микрорайон\p{L}*`;
const MICRODISTRICT = new RegExp(`^(?:${MICRODISTRICT_RU})$`, "u");
const ENGLISH_ORDINAL = /^(?:st|nd|rd|th)$/u;
/** …and in Latin letters, after its number as often as before it (`14 мкр, 35 үй`, `3 mkr, 18 ui`). */
const MICRODISTRICT_ANY = new RegExp(String.raw`^(?:${MICRODISTRICT_RU}|mkr|mkrn|mikrora[iy]on\p{L}*|kvartal)$`, "u");
const SURNAME_END = /(?:ов|ев|ёв|ин|ын|ұлы|улы|қызы|кызы|ova|ev|ov|in|uly)\p{L}{0,2}$/u;
// …and Tashkent's blocks in Latin letters (Chilonzor 9-kvartal).
const MICRODISTRICT_AFTER =
  /^(?:ықшамаудан|шағынаудан|мөлтекаудан|микроаудан|yqshamaudan|shagynaudan|shaghynaudan|mikroaudan|kvartal|мавзе|mavze)\p{L}*$/u;
const HOUSE_WORD_GLUED =
  /^(?:үй|пәтер|кеңсе|қабат|бөлме|дом|батир|хонадон|uy|ui|üi|pater|päter|pәter|patir|kabat|qabat|keñse|kense|bolme|bölme|batir|xonadon)\p{L}{0,6}$/u;
/** A Latin word with its marks taken off, the 2018 alphabet's letters read as chats write them (shaǵynaýdany → shagynaudany, úı → ui). */
const plain = remembered((word) => plainLatin(kazakhLatinAsPlain(word)));
const FLOOR = /^(?:этаж|этаже|etazh|қабат|қабатта|қабатында|kabat|qabat|floor)$/u;
/** An institution's rooms, which its building's address already names (каб. 17, кабинет 5). */
const ROOM = /^(?:каб|кабинет|kab|kabinet)$/u;
/** Entrances, which a door already named makes no narrower (кв 88, подъезд 3). */
const ENTRANCE = /^(?:подъезд|подьезд|podezd|podyezd|entrance)$/u;
/** Offices, rooms, buildings (стр.) and units (a patrol's as often as a flat's: patrol unit 212), which alone name no one's home. */
const ROOMS: ReadonlySet<string> = new Set(ROOM_WORDS);
const OFFICE = /^(?:оф|офис|ofis|office|каб|кабинет|kab|комн|ком|room|бөлме|стр|unit$)/u;
/** Flats, offices and rooms: a door of its own. */
/** Floors and entrances, in any form: they number no door (`3 этажа`, `2 подъезда`). */
const NOT_A_DOOR = /^(?:эт|etazh|қабат|kabat|qabat|floor|подъезд|podezd|pod'ezd|под)/u;
/** Whether a word after a house's number names what it numbers (`12 үй`, `40-пәтерге`, `3 подъезд`). */
const isHouseAfter = (word: string): boolean => HOUSE_AFTER.has(word) || HOUSE_WORD_GLUED.test(word) || HOUSE_WORD_GLUED.test(plain(word));
/** …spaced from it, only as the lists write it (`12 uy, 40 pater`; not `3 пәтерді`, three flats). */
const isHouseWordAfter = (word: string): boolean => HOUSE_AFTER.has(word) || HOUSE_AFTER.has(plain(word));
const isHouseWordBefore = (word: string): boolean => HOUSE_BEFORE.has(word) || HOUSE_BEFORE.has(plain(word));
const EPONYMS = new Set(STREET_EPONYMS_GENITIVE.map((w) => foldCyrillic(w.toLowerCase())));
const EPONYMS_FIRST = new Set(STREET_EPONYMS_FIRST.map((w) => w.toLowerCase()));
const EPONYMS_SECOND = new Set(STREET_EPONYMS_SECOND);
const EPONYM_PAIRS: ReadonlySet<string> = new Set(STREET_EPONYM_PAIRS);
const TITLE_GENITIVES: ReadonlySet<string> = new Set(STREET_TITLE_GENITIVES);
const AT_STREET = new Set(STREET_BY_NAME_BEFORE);
const isAgainstPerson = stemTest(AGAINST_PERSON_STEMS);
const isLocated = stemTest(LOCATED_STEMS);
const GENITIVE_SURNAME = /^\p{L}{3,}(?:ова|ева|ёва|ина|ына|овой|евой|иной|енко)$/u;
const SLASHED = new Set(SLASHED_MICRODISTRICTS);
const startsWithAny = (word: string, stems: readonly string[]): boolean => stems.some((s) => word.startsWith(s));
const isStreetAfterStem = stemTest(STREET_AFTER_NAME_STEMS);

/** A run of tokens being read as an address. */
interface Reader {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Whether a word is a first name (a street may be named after a person: Мұхтар Әуезов көшесі). */
  readonly isFirstName: (token: Token) => boolean;
}

/** Whether the word after a number makes it an amount, an age or a count, not a house number. */
// …or a date's month (room 1204, 14 November): the number is a day's; in Latin letters capitalised
// (janynda is "beside it", no January).
const countsSomething = (token: Token | undefined): boolean =>
  token?.kind === "word" && ((!token.cap && isAmountWord(token.lower)) || ((token.cap || !token.latin) && MONTH.test(token.lower)));
/** `countsSomething` at token `k`, but "г." before a capitalised name is the town's (кв. 5 г. Павлодара), not a year. */
const countsAt = (r: Reader, k: number): boolean =>
  countsSomething(at(r, k)) && !(at(r, k)?.lower === "г" && at(r, k + 1)?.text === "." && at(r, k + 2)?.cap === true);

const at = (r: Reader, i: number): Token | undefined => {
  const token = r.tokens[i];
  return token === undefined || token.blocked ? undefined : token;
};

const isPunct = (token: Token | undefined, chars: string): boolean => token?.kind === "punct" && chars.includes(token.text);

/**
 * The index after a street named after "по" or "на" at `k`: its type word (and its abbreviation's full
 * stop) and a capitalised name, or a street's eponym alone (на Курмангазы), with a particle or a
 * hyphened second part (Толе би, Бухар-Жырау); -1 when none is there.
 */
function streetNameAfter(r: Reader, k: number): number {
  const preposition = at(r, k)?.lower;
  if (preposition !== "по" && preposition !== "на" && preposition !== "po" && preposition !== "na") return -1;
  let j = k + 1;
  const type = at(r, j);
  if (type?.kind !== "word") return -1;
  if (BEFORE.has(type.lower)) j = afterWord(r, j);
  else if (!type.cap || eponymForm(type) === null) return -1;
  const name = at(r, j);
  if (name?.kind !== "word" || !name.cap) return -1;
  j++;
  const next = at(r, j);
  if (next?.kind === "word" && PARTICLES.has(next.lower)) return j + 1;
  const second = at(r, j + 1);
  if (isPunct(next, "-") && next?.start === name.end && second?.kind === "word" && second.start === next.end) return j + 2;
  return j;
}

/** The index after a word and the full stop of its abbreviation, if one follows right on. */
function afterWord(r: Reader, i: number): number {
  const token = r.tokens[i] as Token;
  const next = at(r, i + 1);
  return next !== undefined && next.text === "." && next.start === token.end ? i + 2 : i + 1;
}

/**
 * A house number at `i`: digits, optionally `/digits` or a letter, or with `-үй` glued on. Returns
 * the index after it, and whether it carried its own house word.
 */
function houseNumberAt(r: Reader, i: number): { end: number; worded: boolean } | null {
  const token = at(r, i);
  if (token?.kind !== "number" || token.text.length > 5) return null;
  // "1 000": a number going on in groups of three is an amount, not a house (d. 21 2 raza is a house).
  const following = at(r, i + 1);
  // "3rd floor": an English ordinal is a floor's or a storey's, no house's.
  if (following?.kind === "word" && following.start === token.end && ENGLISH_ORDINAL.test(following.lower)) return null;
  if (following?.kind === "number" && following.start === token.end + 1 && following.text.length === 3) return null;
  // "16:00": a time, not a house.
  if (following?.text === ":" && following.start === token.end && at(r, i + 2)?.kind === "number" && at(r, i + 2)?.start === following.end)
    return null;
  // "29.04.2024": a date, not a house.
  if (following?.text === "." && following.start === token.end && at(r, i + 2)?.kind === "number" && at(r, i + 2)?.start === following.end)
    return null;
  const glued = (j: number): Token | undefined => {
    const next = at(r, j);
    const previous = r.tokens[j - 1] as Token;
    return next !== undefined && next.start === previous.end ? next : undefined;
  };
  // A house word glued by a hyphen after what ends at `end` (30А-үй, 340/4-үй).
  const worded = (end: number): { end: number; worded: boolean } => {
    const word = glued(end)?.text === "-" ? glued(end + 1) : undefined;
    return word?.kind === "word" && isHouseAfter(word.lower) ? { end: end + 2, worded: true } : { end, worded: false };
  };
  const next = glued(i + 1);
  // A house's letter in quotes: д. 14 «А».
  const letter = at(r, i + 2);
  if (
    OPENING_QUOTES.has(at(r, i + 1)?.text ?? "") &&
    letter?.kind === "word" &&
    letter.text.length === 1 &&
    CLOSING_QUOTES.has(at(r, i + 3)?.text ?? "")
  )
    return { end: i + 4, worded: false };
  if (next?.text === "/" && glued(i + 2)?.kind === "number") {
    // …and its flat after a hyphen (12/3-44).
    const flat = glued(i + 3)?.text === "-" && glued(i + 4)?.kind === "number" && (r.tokens[i + 4] as Token).text.length <= 4;
    return flat ? { end: i + 5, worded: false } : worded(i + 3);
  }
  // House and flat joined by a hyphen: "Абая, 5-12".
  if (next?.text === "-" && glued(i + 2)?.kind === "number" && (r.tokens[i + 2] as Token).text.length <= 4)
    return { end: i + 3, worded: false };
  if (next?.kind === "word" && next.text.length === 1) {
    // A lettered house with its building after a slash: 30а/3.
    if (glued(i + 2)?.text === "/" && glued(i + 3)?.kind === "number") return worded(i + 4);
    // …or its flat after a hyphen: 9Б-15.
    if (glued(i + 2)?.text === "-" && glued(i + 3)?.kind === "number" && (r.tokens[i + 3] as Token).text.length <= 4)
      return { end: i + 4, worded: false };
    return worded(i + 2);
  }
  // The letter and the house word in one token: 30А-үй.
  if (next?.kind === "word" && next.text.charAt(1) === "-" && isHouseAfter(next.lower.slice(2))) return { end: i + 2, worded: true };
  const word = next?.text === "-" ? glued(i + 2) : undefined;
  if (word?.kind === "word") {
    if (isHouseAfter(word.lower)) return { end: i + 3, worded: true };
    // An ordinal before a floor or an entrance is theirs, not a house's (на Гагарина, 5-й этаж; кв. 203, 2-й подъезд).
    // …and before a street numbered so (мкр Нурсая, 12-й проезд, д. 7).
    if (ORDINAL_ENDING.test(word.lower)) {
      const after = at(r, i + 3)?.lower ?? "";
      return FLOOR.test(after) || ENTRANCE.test(after) || ORDINAL_STREETS.has(after) ? null : { end: i + 3, worded: false };
    }
    // A Kazakh place ending on the house's number (Рыскулова 57-дегі, Абай 150-де).
    if (KAZAKH_PLACE_ENDING.test(word.lower)) return { end: i + 3, worded: false };
    // A house's letter after a hyphen: 12-а, 5-Б.
    if (/^[абвгabc]$/u.test(word.lower)) return { end: i + 3, worded: false };
    // An adjective made with the number is no house (24-часовая аптека, 5-этажный, 24-chasovaya).
    if (word.text.length >= 5 && NUMBER_ADJECTIVE.test(word.lower)) return null;
  }
  return { end: i + 1, worded: false };
}

/** Whether "кв" at `k` follows a flat's number (15 кв), not an area's (45 кв. м, 45 кв м). */
function flatAfterNumber(r: Reader, k: number): boolean {
  const word = at(r, k);
  if (word?.lower !== "кв" && word?.lower !== "kv") return false;
  const next = at(r, k + 1)?.text === "." ? at(r, k + 2) : at(r, k + 1);
  return !/^(?:м|m|метр|metr)/u.test(next?.lower ?? "");
}

/**
 * Whether the abbreviation at `j`, written before its number too (kv, d), has its number after it
 * (`90 kv. 14`), not a year's after a sentence's full stop (`12 kv. 2024 jyly …`).
 */
const numberedAfter = (r: Reader, j: number): boolean => {
  const word = at(r, j);
  if (word === undefined || word.text.length > 2 || !isHouseWordBefore(word.lower)) return false;
  const number = at(r, afterWord(r, j));
  return number?.kind === "number" && !YEAR.test(number.text) && houseNumberAt(r, afterWord(r, j)) !== null;
};

/** House and flat parts after a street (`, д. 12, кв. 5`, ` 78`, `, 5 үй, 12 пәтер`, `, apt 5`). */
function readHouseParts(r: Reader, i: number, allowBareNumber: boolean): number {
  let k = i;
  let bare = allowBareNumber;
  // The part just read is a house's number alone (57), which a flat's may follow bare.
  let houseBare = false;
  for (;;) {
    work.steps++;
    let j = k;
    if (isPunct(at(r, j), ",")) j++;
    const token = at(r, j);
    if (token === undefined) break;
    // Kazakh names the part after the number just read: "12 uy, 40 pater".
    if (token.kind === "word" && j === k && r.tokens[j - 1]?.kind === "number" && isHouseWordAfter(token.lower) && !numberedAfter(r, j)) {
      k = j + 1;
      bare = true;
      continue;
    }
    if (token.kind === "word" && isHouseWordBefore(token.lower)) {
      // A one-letter word ("д") is a house only as an abbreviation, with its full stop, or glued to
      // its number after another part (Навои 310 к2; not D2, an interviewer's code).
      const afterPart = r.tokens[j - 1]?.kind === "number" || (isPunct(r.tokens[j - 1], ",") && r.tokens[j - 2]?.kind === "number");
      const gluedNumber = afterPart && at(r, j + 1)?.kind === "number" && at(r, j + 1)?.start === token.end;
      // …or, as chats write it, "д" and the house's number after another part's (мкр Самал-2 д 58).
      const chatHouse = (token.lower === "д" || token.lower === "d") && afterPart && at(r, j + 1)?.kind === "number";
      if (token.text.length === 1 && afterWord(r, j) === j + 1 && !gluedNumber && !chatHouse) break;
      // "под. 3" (подъезд) only with its full stop: "под № 4417" is "under no.".
      if (token.lower === "под" && afterWord(r, j) === j + 1) break;
      let numberAt = afterWord(r, j);
      if (isPunct(at(r, numberAt), "№")) numberAt++;
      const number = houseNumberAt(r, numberAt);
      if (number === null || countsAt(r, number.end)) break;
      k = number.end;
      bare = false;
      continue;
    }
    const number = houseNumberAt(r, j);
    if (number === null) break;
    if (number.worded) {
      // "42-үй, 17": the flat's number may follow the house's bare.
      k = number.end;
      bare = true;
      continue;
    }
    const follower = at(r, number.end);
    // A word after a bare number only in its own form ("3 пәтерді аралап" is three flats), and a
    // flat's "кв" after its number (15 кв), not square metres (45 кв. м).
    if (
      follower?.kind === "word" &&
      !numberedAfter(r, number.end) &&
      (isHouseWordAfter(follower.lower) || flatAfterNumber(r, number.end))
    ) {
      k = number.end + 1;
      bare = true;
      continue;
    }
    // An English ordinal is a floor's or a storey's (14 Zheltoksan St, 2nd floor), no house's.
    const ordinal =
      follower?.kind === "word" && follower.start === (r.tokens[number.end - 1] as Token).end && ENGLISH_ORDINAL.test(follower.lower);
    // "Бұқар жырау даңғылы, 57, 12": a flat's bare number right after the house's bare one.
    if (houseBare && bareFlatAt(r, k, j, number.end)) {
      k = number.end;
      houseBare = false;
      continue;
    }
    // A number right after the street's name is its house number, unless a word makes it something else.
    if (!bare || ordinal || countsAt(r, number.end)) break;
    k = number.end;
    bare = false;
    houseBare = true;
  }
  return k;
}

/**
 * Whether the number at `j`, after a house's number and the comma at `k`, is the flat's written bare
 * (`даңғылы, 57, 12.`, `531, 20-да тұрамын`): short, no year, and nothing after it but punctuation, or
 * a place's ending on it. Not a count or a date's day (`57, 12 человек`, `57, 12 марта`).
 */
function bareFlatAt(r: Reader, k: number, j: number, end: number): boolean {
  const comma = at(r, k);
  const flat = at(r, j) as Token;
  // …after a comma and a space: not a decimal's (39,2).
  if (j !== k + 1 || !isPunct(comma, ",") || flat.start === (comma as Token).end) return false;
  if (flat.kind !== "number" || flat.text.length > 4 || YEAR.test(flat.text)) return false;
  const after = at(r, end);
  // A place's ending hyphened on (20-да) is read with the number.
  const ending = end === j + 3 && r.tokens[j + 1]?.text === "-" && KAZAKH_PLACE_ENDING.test((r.tokens[j + 2] as Token).lower);
  return ending || (end === j + 1 && (after === undefined || (after.kind === "punct" && FLAT_ENDS.has(after.text))));
}
const FLAT_ENDS: ReadonlySet<string> = new Set([".", ",", ";", ")", "!", "?", "|", "—", "–"]);

/** Whether a token may be part of a street's name (going forward from the street type). */
function isNamePart(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === "number") return true;
  return token.kind === "word" && (token.cap || PARTICLES.has(token.lower));
}

const ANNIVERSARY = /^(?:лет|летия)$/u;
/** Up to three name tokens from `i` on, linked by spaces or a hyphen (`Жетысу-2`). Returns the index after them. */
function readStreetNameForward(r: Reader, i: number): number {
  let k = i;
  // "50 лет Октября", "60 лет Победы": a street named for an anniversary.
  if (at(r, k)?.kind === "number" && ANNIVERSARY.test(at(r, k + 1)?.lower ?? "") && at(r, k + 2)?.cap === true) k += 2;
  const first = at(r, k);
  if (first === undefined || !(first.cap || first.kind === "number" || eponymForm(first) !== null)) return i;
  for (let count = 0; count < 3; count++) {
    // An initial in a street's name: ул. Ш. Уалиханова.
    const initial = at(r, k);
    if (initial?.kind === "word" && initial.cap && initial.text.length === 1 && at(r, k + 1)?.text === "." && at(r, k + 2)?.cap === true)
      k += 2;
    const token = at(r, k);
    if (!(isNamePart(token) || (count === 0 && token === first)) || (count > 0 && token?.kind === "number")) break;
    k++;
    if (at(r, k)?.text === "-" && at(r, k + 1)?.kind === "number" && (r.tokens[k] as Token).start === (r.tokens[k - 1] as Token).end) {
      k += 2;
      // A letter glued to the number: Аксай-1а, Самал-2Б.
      const letter = at(r, k);
      if (letter?.kind === "word" && letter.text.length === 1 && letter.start === (r.tokens[k - 1] as Token).end) k++;
    }
    const next = at(r, k);
    if (next === undefined || !onlySpacesBetween(r.text, (r.tokens[k - 1] as Token).end, next.start)) break;
  }
  return k;
}

/**
 * Name tokens before a street type written after the name; returns the first index. One
 * capitalised word, or a particle and the word before it (`Абылай хан`), or a first name and
 * surname (`Мұхтар Әуезов`): never further, so the sentence's first word is not taken.
 */
function readStreetNameBackward(r: Reader, i: number): number {
  const linked = (k: number): Token | undefined => {
    const token = at(r, k - 1);
    const after = r.tokens[k] as Token;
    return token !== undefined && token.kind === "word" && onlySpacesBetween(r.text, token.end, after.start) ? token : undefined;
  };
  // A name with its number joined by a hyphen: "Жетісу-2 шағын ауданы", "Aksay-4 microdistrict".
  // A letter glued to the number (Aqsai-3a shagyn audany) goes with it.
  const letter = at(r, i - 1);
  const lettered =
    letter?.kind === "word" && letter.text.length === 1 && at(r, i - 2)?.kind === "number" && at(r, i - 2)?.end === letter.start;
  if (lettered) return readStreetNameBackward(r, i - 1);
  // "4-ықшамаудан": a numbered microdistrict, its number joined by a hyphen.
  const dash = at(r, i - 1);
  if (
    dash?.text === "-" &&
    dash.end === (r.tokens[i] as Token).start &&
    at(r, i - 2)?.kind === "number" &&
    at(r, i - 2)?.end === dash.start
  )
    // …or its two words (14-шағын аудан).
    return MICRODISTRICT_AFTER.test(plain((r.tokens[i] as Token).lower)) || MICRO_FIRST.has((r.tokens[i] as Token).lower) ? i - 2 : i;
  const number = at(r, i - 1);
  if (number?.kind === "number" && onlySpacesBetween(r.text, number.end, (r.tokens[i] as Token).start)) {
    const hyphen = at(r, i - 2);
    const name = at(r, i - 3);
    const joined = hyphen?.text === "-" && hyphen.end === number.start && name?.kind === "word" && name.cap && name.end === hyphen.start;
    if (joined) return i - 3;
    // A numbered microdistrict: "12 шағын аудан, 5-үй", "14 шағынаудан, 25-үй", with its name
    // before the number if it has one (Samal 2 mkr, Aqbulaq 3 mkr).
    const type = plain((r.tokens[i] as Token).lower);
    if (!(MICRO_FIRST.has(type) || MICRODISTRICT_AFTER.test(type) || MICRODISTRICT_ANY.test(type)) || number.text.length > 3) return i;
    const own = linked(i - 1);
    return own?.cap === true && !own.sentenceStart ? i - 2 : i - 1;
  }
  const nearest = linked(i);
  // "Po st. 309": a preposition in Latin letters before an article, not a street's name.
  // "Мадинаның жолы": a name in the genitive owns the noun after it; a street's name is never one.
  if (nearest === undefined || LATIN_PREPOSITION_SET.has(nearest.lower) || GENITIVE.test(nearest.lower)) return i;
  const particle = PARTICLES.has(nearest.lower);
  if (!nearest.cap && !particle) return i;
  const farther = linked(i - 1);
  // A first name before a surname (Мұхтар Әуезов көшесі), not before another word (Индира Сарыарқа
  // көшесі: she lives there), nor after a name of her own (Ыбырайқызы Ақбота Сәтбаев көшесі).
  const own = linked(i - 2);
  const eponym =
    farther?.cap === true &&
    ((r.isFirstName(farther) && SURNAME_END.test(nearest.lower) && own?.cap !== true) ||
      EPONYM_PAIRS.has(`${farther.lower} ${nearest.lower}`));
  // Two words that are no one's name, mid-sentence (Мәңгілік Ел даңғылы, Ақын Сара көшесі).
  // …not a surname, nor a town where (Көкшетаудағы Әуелбеков көшесі), after a town or no capital.
  const where = (t: Token): boolean => KAZAKH_LOCATIVE.test(t.lower);
  // A field's colon opens no sentence (Address: Mangilik El Ave. 30).
  const twoWords =
    farther?.cap === true &&
    (!farther.sentenceStart || at(r, i - 3)?.text === ":") &&
    !farther.allCaps &&
    !nearest.allCaps &&
    !r.isFirstName(farther) &&
    !SURNAME_END.test(farther.lower) &&
    !where(farther) &&
    (own?.cap !== true || where(own));
  const from = farther?.cap === true && (particle || eponym || twoWords) ? i - 2 : particle ? i : i - 1;
  // …and the eponym's initial before it (Ә. Молдағұлова көшесі).
  const [initial, dot] = [at(r, from - 2), at(r, from - 1)];
  // …not the last of a person's initials before it (Ермеков Д.С. Абай даңғылы, капитан Ермекұлы Д. Нұрсат).
  const owner = at(r, from - 3);
  const initialled =
    from < i &&
    dot?.text === "." &&
    initial?.kind === "word" &&
    initial.cap &&
    initial.text.length === 1 &&
    initial.end === dot.start &&
    owner?.text !== "." &&
    owner?.cap !== true;
  return initialled ? from - 2 : from;
}

const KAZAKH_PLACE_ENDING =
  /^(?:да|де|та|те|дағы|дегі|тағы|тегі|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|da|de|ta|te|dagy|dagi|degi|tagy|tagi|tegi|ga|ge|qa|ka|ke|dan|den|tan|ten|nan|nen)$/u;
const WHERE_AFTER =
  /^(?:жаны|қасы|касы|маңы|аула|үйі|үйд|пәтері|тұр|подъезд|zhany|janyn|qasy|kasy|many|aula|uidi|uidin|uyi|pateri|tur|podezd|dagi$|даги$)/u;
const HOUSE_BEFORE_EPONYM: ReadonlySet<string> = new Set(["дом", "дома", "доме", "үй", "үйі", "uy", "dom"]);
/** A street type before the name at `i`, and the index after it (with its full stop). */
function streetBefore(r: Reader, i: number): number | null {
  const token = at(r, i);
  const slashed = slashedAt(r, i);
  if (slashed !== null) return at(r, slashed)?.cap === true ? slashed : null;
  if (token?.kind !== "word") return null;
  // A street numbered by its ordinal (12-й проезд, 5-я линия), with a house after it.
  const ordinal =
    at(r, i - 1)?.kind === "word" &&
    ORDINAL_ENDING.test(at(r, i - 1)?.lower ?? "") &&
    at(r, i - 2)?.text === "-" &&
    at(r, i - 3)?.kind === "number" &&
    // …not a year's quarter (из 58 кейсов 3-го квартала 41 закрыт).
    !(at(r, i - 1)?.lower === "го" && token.lower === "квартала");
  if (ORDINAL_STREETS.has(token.lower) && ordinal && !BEFORE.has(token.lower)) return readHouseParts(r, i + 1, true) > i + 1 ? i + 1 : null;
  if (!BEFORE.has(token.lower)) return null;
  const after = afterWord(r, i);
  // In lower case, not a type written after its name (Aksai-2 mkr 15 uy).
  const lowerCase = (): boolean => lowerCaseStreet(r, after) !== null && readStreetNameBackward(r, i) === i;
  // …nor an ordinal before it, with a house after (14-й мкр, 52-й дом; not Жетысу-1 мкр, nor 5 мкр alone).
  const numbered =
    MICRODISTRICT.test(token.lower) &&
    ((at(r, i - 1)?.kind === "number" && at(r, i - 2)?.text !== "-") ||
      (at(r, i - 1)?.kind === "word" && at(r, i - 2)?.text === "-" && at(r, i - 3)?.kind === "number")) &&
    readHouseParts(r, after, false) > after;
  if (ABBREVIATED.has(token.lower) && after === i + 1 && !(at(r, after)?.cap ?? false) && !numbered && !lowerCase()) return null;
  // "с." (село) only in lower case, with its full stop and a capitalised name: "с Маратом" is "with
  // Marat", "Т. С. Жанибекова" an initial.
  if (token.lower === "с" && (token.cap || after === i + 1 || !(at(r, after)?.cap ?? false))) return null;
  return after;
}

/**
 * A street's name in lower case after its type, as chats write it (`mkr aksai 3a dom 62 kv 14`, `ул
 * абая 44 кв 5`): one word, taken only when its house number has a house or flat word with it. The
 * index after the house parts, or null.
 */
function lowerCaseStreet(r: Reader, i: number): number | null {
  const name = at(r, i);
  // A microdistrict called by its number: "мкр 5, дом 12, кв 48".
  const numbered = name?.kind === "number" && name.text.length <= 2;
  if (!numbered && (name?.kind !== "word" || name.cap || name.text.length < 3 || houseNumberAt(r, i + 1) === null)) return null;
  const end = readHouseParts(r, i + 1, !numbered);
  for (let k = i + 2; k < end; k++) {
    const word = r.tokens[k] as Token;
    if (word.kind === "word" && !NOT_A_DOOR.test(word.lower) && (HOUSE_BEFORE.has(word.lower) || isHouseWordAfter(word.lower))) return end;
  }
  return null;
}

/** A street type after the name at `i` (`көшесі`, `Street`, `шағын ауданы`), and the index after it. */
function streetAfter(r: Reader, i: number): number | null {
  const token = at(r, i);
  if (token?.kind !== "word") return null;
  const read = token.latin ? plain(token.lower) : token.lower;
  if (isStreetAfterStem(token.lower) || AFTER.has(token.lower) || (read !== token.lower && isStreetAfterStem(read))) return afterWord(r, i);
  const second = at(r, i + 1);
  // …in the 2021 alphabet too (shaǵyn aýdany).
  const secondRead = second?.latin === true ? plain(second.lower) : second?.lower;
  if (
    (MICRO_FIRST.has(token.lower) || MICRO_FIRST.has(read)) &&
    secondRead !== undefined &&
    startsWithAny(secondRead, MICRODISTRICT_SECOND_STEMS)
  )
    return i + 2;
  // "14 мкр, 35 үй": a microdistrict's type after its number.
  const number = at(r, i - 1);
  if (MICRODISTRICT_ANY.test(token.lower) && number?.kind === "number" && onlySpacesBetween(r.text, number.end, token.start))
    return afterWord(r, i);
  // "Құлжа тас жолы": a highway, two words.
  if ((token.lower === "тас" || token.lower === "tas") && second?.kind === "word" && /^(?:жолы|zholy)/u.test(second.lower)) return i + 2;
  return slashedAt(r, i);
}

/** The index after `ш/а`, `sh/a` or `ш.а.` (шағын аудан, microdistrict) at `i`, written with a slash or full stops. */
function slashedAt(r: Reader, i: number): number | null {
  const [first, slash, second] = [at(r, i), at(r, i + 1), at(r, i + 2)];
  if (first === undefined || (slash?.text !== "/" && slash?.text !== ".") || second === undefined) return null;
  if (slash.start !== first.end || second.start !== slash.end || !SLASHED.has(`${first.lower}/${second.lower}`)) return null;
  // Two capitals with full stops are initials (Тарасова М.А.), not "м.а.".
  if (slash.text === "." && first.cap && second.cap) return null;
  // "ш.а." takes its second full stop with it.
  const stop = at(r, i + 3);
  return slash.text === "." && stop?.text === "." && stop.start === second.end ? i + 4 : i + 3;
}

/**
 * A street's name at `i` with a house number and no street type, where an address word stands
 * before it or a house or flat word after the number: the index after the name and after the address.
 */
function namedStreetAt(r: Reader, i: number): { nameEnd: number; end: number } | null {
  const before = at(r, i - 1);
  // "по адресу Гоголя 44", "Адрес: …", "Адрес пациента: …", "По месту жительства — …".
  const keyword = isPunct(before, ":—–") ? at(r, i - 2) : before;
  const said =
    (keyword?.kind === "word" && ADDRESS_WORDS.has(keyword.lower)) ||
    (isPunct(before, ":") && keyword?.kind === "word" && ADDRESS_WORDS.has(at(r, i - 3)?.lower ?? ""));
  // "Центр СПИД, 3 этаж": an institution's noun names no street, nor a room's (Кабинет 305).
  const first = r.tokens[i] as Token;
  // …nor a bank's or a brand's (переведёшь на Каспи 20–30 тысяч).
  if (
    (isInstitutionWord(first.lower) && !ADJECTIVE.test(first.lower)) ||
    ROOMS.has(first.lower) ||
    nameLexicon().organisations.has(first.lower)
  )
    return null;
  const nameEnd = readStreetNameForward(r, i);
  const last = r.tokens[nameEnd - 1] as Token;
  // A comma may part the name from the house, as forms write it (Жандосова, 58, кв. 12): then a flat
  // or an address word must say it is an address.
  const comma = isPunct(at(r, nameEnd), ",") ? 1 : 0;
  const numberToken = at(r, nameEnd + comma);
  // A name may end in its own number after a hyphen (Самал-1, 12 үй), not in a bare one.
  const numbered = last.kind === "number" && r.tokens[nameEnd - 2]?.text === "-" && r.tokens[nameEnd - 2]?.end === last.start;
  if (nameEnd === i || (last.kind === "number" && !numbered) || numberToken === undefined) return null;
  // "Кунаева, д.21б, кв.7": the house's word right after the name, once an address word said so,
  // or after a street the lists know (на Жандосова, дом 58).
  const listedStreet =
    nameEnd === i + 1 &&
    eponymForm(r.tokens[i] as Token) !== null &&
    (HOUSE_BEFORE_EPONYM.has(numberToken.lower) || numberToken.lower === "д");
  if ((said || listedStreet) && numberToken.kind === "word" && HOUSE_BEFORE.has(numberToken.lower)) {
    const end = readHouseParts(r, nameEnd + comma, false);
    return end > nameEnd + comma ? { nameEnd, end } : null;
  }
  if (comma === 0 && !onlySpacesBetween(r.text, last.end, numberToken.start)) return null;
  const number = houseNumberAt(r, nameEnd + comma);
  // "Ақтау, 14 мкр", "Ақтау, 14-шағынаудан": the town, then a microdistrict's number, not a street's house.
  if (number === null) return null;
  const after = at(r, number.end)?.text === "-" ? at(r, number.end + 1) : at(r, number.end);
  const micro = (word: string): boolean => MICRODISTRICT_ANY.test(word) || MICRODISTRICT_AFTER.test(plain(word));
  if (countsAt(r, number.end) || micro(after?.lower ?? "")) return null;
  const end = readHouseParts(r, number.end, false);
  if (end > number.end || (number.worded && comma === 0)) return { nameEnd, end };
  // "на Сейфуллина, 551", "на Ташкентской, 112": a street said by its name alone, then its house.
  const token = r.tokens[i] as Token;
  const shaped = STREET_LIKE.test(token.latin ? latinToCyrillic(token.lower) : token.lower) || eponymForm(token) !== null;
  // A two-word name the lists know (Толе би), or any capitalised name before the genitive of a
  // khan's or a hero's title, as streets are named (на Жангир хана, 12/1).
  const second = (r.tokens[i + 1] as Token).lower;
  const pair =
    nameEnd === i + 2 && ((EPONYMS_FIRST.has(token.lower) && EPONYMS_SECOND.has(second)) || (token.cap && TITLE_GENITIVES.has(second)));
  // "у Тулебаева 38": "at" a street the lists know, with a house number, is the street ("у
  // Ахметова 3 ребёнка" is his).
  const atKnown = (before?.lower === "у" || before?.lower === "u") && nameEnd === i + 1 && eponymForm(token) === "genitive";
  // …or a word no list has that names no one, its house number ending the clause ("на Tauelsizdik 34,").
  const ends = at(r, number.end) === undefined || isPunct(at(r, number.end), ",.;!?)—–");
  const unknown =
    nameEnd === i + 1 &&
    comma === 0 &&
    token.cap &&
    /^\p{L}{3,}$/u.test(token.text) &&
    !r.isFirstName(token) &&
    !MONTH.test(token.lower) &&
    ends &&
    !YEAR.test(numberToken.text);
  const onStreet = (AT_STREET.has(before?.lower ?? "") && ((nameEnd === i + 1 && (shaped || unknown)) || pair)) || atKnown;
  // "Төле би 189 жанында", "Abai 150 uidin aulasynda", "дом Гагарина 238": a street the lists know,
  // its house, then a word of where (near, in the yard of, the flat of) or a house word before it.
  const known = (nameEnd === i + 1 && eponymForm(token) !== null) || pair;
  const ending = r.tokens[number.end - 1] as Token;
  const whereWord = comma === 0 && WHERE_AFTER.test(at(r, number.end)?.lower ?? "");
  const where = whereWord || (comma === 0 && ending.kind === "word" && KAZAKH_PLACE_ENDING.test(ending.lower));
  const house = comma === 0 && HOUSE_BEFORE_EPONYM.has(before?.lower ?? "");
  // …or after a comma, its house number ending the clause: a meeting's place after its time
  // (в 19:00, Назарбаева 113; тест, Басенова 2, паспорт керек).
  const listed = comma === 0 && isPunct(before, ",") && ends;
  // …or, capitalised, any house number but a year's or a date's (Abay 150 emes, jana ofiste; Dostyk 91).
  const opening = comma === 0 && token.cap && !YEAR.test(numberToken.text) && !MONTH.test(at(r, number.end)?.lower ?? "");
  // A house's number before a word of where is a house whatever the name (Nursat 127 zhanynda).
  return said || onStreet || (known && (where || house || listed || opening)) || (nameEnd === i + 1 && whereWord)
    ? { nameEnd, end: number.end }
    : null;
}
/**
 * Whether the word in capitals at `i` is a street's name said after "на", "по" (НА САТПАЕВА 30А, NA
 * SATPAEVA 30A): one shaped as a street's, not an acronym (на ЦОН 2).
 */
function capitalsStreetAt(r: Reader, i: number): boolean {
  const token = r.tokens[i] as Token;
  if (!AT_STREET.has(at(r, i - 1)?.lower ?? "") || token.text.length < 4) return false;
  return eponymForm(token) !== null || STREET_LIKE.test(token.latin ? latinToCyrillic(token.lower) : token.lower);
}

/** Whether the street's name read from `i` opens the sentence with a word that is no eponym before one that is. */
function openingWordBefore(r: Reader, i: number, nameEnd: number): boolean {
  const [first, second] = [r.tokens[i] as Token, r.tokens[i + 1]];
  // "Ол Мамыр-4, 102 үй": a pronoun or another function word is no street's name.
  const lex = nameLexicon();
  if (first.sentenceStart && nameEnd - i >= 2 && (lex.functionWords.has(first.lower) || lex.englishCommon.has(first.lower))) return true;
  if (!first.sentenceStart || nameEnd - i < 2 || second?.kind !== "word" || eponymForm(first) !== null || r.isFirstName(first))
    return false;
  return eponymForm(second) !== null || STREET_LIKE.test(second.latin ? latinToCyrillic(second.lower) : second.lower);
}

// A street's name by its shape: a person's name in the genitive (Сейфуллина, Райымбека), a street
// adjective, Құрманғазы, and the two eponyms in -я most said so: Абая, Гоголя.
const STREET_LIKE = /(?:ова|ева|ина|ына|ого|ая|ой|ской|цкой|ская|ского|[бгджзклмнпрстфхшқғң]а|ғазы|газы)$|^(?:абая|гоголя)$/u;

/**
 * Street addresses, from the street type or name to the last house or flat number. Returns the
 * token indices of streets' names, with or without a number, which are no person's names.
 */
export function findAddresses(
  text: string,
  tokens: readonly Token[],
  isFirstName: (token: Token) => boolean,
  out: Candidate[],
): Set<number> {
  const r: Reader = { text, tokens, isFirstName };
  const streets = new Set<number>();
  const first = out.length;
  const push = (start: number, to: number, nameStart: number, nameTo: number): void => {
    // A hero's or a khan's title read as the street begins with the name before it (Карасай батыра, 152).
    const hero = tokens[start - 1];
    const titled =
      start === nameStart &&
      TITLE_GENITIVES.has((tokens[start] as Token).lower) &&
      hero?.cap === true &&
      onlySpacesBetween(text, hero.end, (tokens[start] as Token).start);
    const [from, nameFrom] = titled ? [start - 1, start - 1] : [start, nameStart];
    for (let k = nameFrom; k < nameTo; k++) if ((tokens[k] as Token).kind === "word") streets.add(k);
    let last = to - 1;
    // A house's letter glued to its number (55А) ends the address like the number.
    const houseLetter = (k: number): boolean =>
      (tokens[k] as Token).kind === "word" &&
      (tokens[k] as Token).text.length === 1 &&
      tokens[k - 1]?.kind === "number" &&
      tokens[k - 1]?.end === (tokens[k] as Token).start;
    while (last >= nameTo && (tokens[last] as Token).kind !== "number" && !houseLetter(last)) last--;
    // Kazakh names the part after its number: "12 үй, 40 пәтер", "3 подъезд".
    const named = tokens[last + 1];
    // …or its letter and house word in one, glued on (57а-үй).
    const lettered = named?.start === (tokens[last] as Token).end && named.text.charAt(1) === "-" && isHouseAfter(named.lower.slice(2));
    if (
      last >= nameTo &&
      last + 1 < to &&
      named?.kind === "word" &&
      (isHouseAfter(named.lower) || lettered || flatAfterNumber(r, last + 1))
    )
      last++;
    // A floor is no house: a street with only a floor's number (на Tole bi, 3 etazh) is a place, not an address.
    const floorOnly =
      last > nameTo &&
      FLOOR.test((tokens[last] as Token).lower) &&
      tokens[last - 1]?.kind === "number" &&
      !tokens.slice(nameTo, last - 1).some((t) => t.kind === "number");
    if (floorOnly && (tokens[from] as Token).kind !== "number") return;
    // …and a floor or an entrance said last is left out, as the annotation guidelines say: the house
    // or the door is named already (Кунаева 21, 3 этаж; кв. 52, 5 этаж; кв 88, подъезд 3).
    // …one part after another (Навои 208, подъезд 2, этаж 4).
    // …and so is an office's room (пр. Абылай хана, 93, каб. 17): the building is named.
    const part = (k: number): boolean => FLOOR.test(tokens[k]?.lower ?? "") || ENTRANCE.test(tokens[k]?.lower ?? "");
    const numberedAfter = (): boolean => part(last) && tokens[last - 1]?.kind === "number";
    const partFirst = (): boolean => (tokens[last] as Token).kind === "number" && part(last - 1);
    const roomFirst = (): number => {
      if ((tokens[last] as Token).kind !== "number") return 0;
      if (ROOM.test(tokens[last - 1]?.lower ?? "")) return 2;
      return isPunct(tokens[last - 1], ".") && ROOM.test(tokens[last - 2]?.lower ?? "") ? 3 : 0;
    };
    while (last > nameTo) {
      const step = roomFirst() || (numberedAfter() || partFirst() ? 2 : 0);
      if (step === 0) break;
      work.steps++;
      last -= step;
      if (isPunct(tokens[last], ",")) last--;
    }
    // …written with its word hyphened on (14, 2-podyezd; 30А, 2-қабат), after a house's number.
    if (last > nameTo && (tokens[last] as Token).kind === "number" && tokens[last + 1]?.text === "-" && part(last + 2)) {
      if (!tokens.slice(nameTo, last).some((t) => t.kind === "number")) return;
      last--;
      if (isPunct(tokens[last], ",")) last--;
    }
    // English may put the house number first (12 Abay Street): then the span ends with the street type,
    // and its full stop only if it is an abbreviation's (12 Abay St.).
    // …but a microdistrict's number with no house after it is a district's, no address (в 14-м микрорайоне).
    if (last < nameTo) {
      const district = tokens.slice(from, nameFrom).some((t) => t.kind === "word" && MICRODISTRICT_ANY.test(t.lower));
      last = from < nameFrom && (tokens[from] as Token).kind === "number" && !district ? to - 1 : -1;
      const type = tokens[last - 1];
      if (last > 0 && (tokens[last] as Token).text === "." && type !== undefined && !AFTER_ABBREVIATED.has(type.lower)) last--;
    }
    if (last < from) return;
    // A Kazakh house or flat word glued to the last number, by a hyphen or not, is part of it
    // (12-пәтер, 14-пәтерде), and a place ending glued straight on (28де); one after a hyphen is left
    // after the address, as the annotation guidelines say (Достық 89 + -ға).
    const number = tokens[last] as Token;
    const hyphen = tokens[last + 1]?.text === "-" && tokens[last + 1]?.start === number.end ? 1 : 0;
    const word = tokens[last + 1 + hyphen];
    if (
      number.kind === "number" &&
      word?.kind === "word" &&
      word.start === (tokens[last + hyphen] as Token).end &&
      (isHouseAfter(word.lower) || (KAZAKH_PLACE_ENDING.test(word.lower) && hyphen === 0))
    )
      last += 1 + hyphen;
    // A one-letter word's abbreviation ends with its full stop (45 п., 14-п.).
    const abbreviation = tokens[last] as Token;
    const dot = tokens[last + 1];
    if (abbreviation.text.length === 1 && HOUSE_AFTER.has(abbreviation.lower) && dot?.text === "." && dot.start === abbreviation.end)
      last++;
    out.push({ start: (tokens[from] as Token).start, end: (tokens[last] as Token).end, type: "ADDRESS", priority: PRIORITY.address });
  };
  let i = 0;
  while (i < tokens.length) {
    work.steps++;
    const before = streetBefore(r, i);
    if (before !== null) {
      // An ordinal before the street type belongs to it: "3-м микрорайоне", "4 мкр.".
      let from = i;
      const previous = at(r, i - 1);
      if (previous?.kind === "word" && at(r, i - 2)?.text === "-" && at(r, i - 3)?.kind === "number") from = i - 3;
      else if (previous?.kind === "number" && MICRODISTRICT.test((tokens[i] as Token).lower)) from = i - 1;
      else if ((tokens[i] as Token).lower === "microdistrict" && at(r, i - 2)?.text !== "-" && readHouseParts(r, before, false) > before) {
        // English numbers its microdistricts before the word, a house after: "5th microdistrict, building 30".
        if (previous?.kind === "number") from = i - 1;
        else if (ENGLISH_ORDINAL.test(previous?.lower ?? "") && at(r, i - 2)?.kind === "number" && at(r, i - 2)?.end === previous?.start)
          from = i - 2;
      }
      const nameEnd = readStreetNameForward(r, before);
      if (nameEnd > before || from < i) {
        // A microdistrict by its number takes a bare house number too (8 мкр., 21, кв. 56).
        const end = readHouseParts(r, nameEnd, nameEnd > before || from < i);
        push(from, end, before, nameEnd);
        i = end;
        continue;
      }
      const lowerEnd = lowerCaseStreet(r, before);
      if (lowerEnd !== null) {
        push(from, lowerEnd, before, before + 1);
        i = lowerEnd;
        continue;
      }
    }
    const after = streetAfter(r, i);
    if (after !== null) {
      const from = readStreetNameBackward(r, i);
      if (from < i) {
        // English puts the house number first: "12 Abay Street".
        const previous = at(r, from - 1);
        const start = previous?.kind === "number" && onlySpacesBetween(text, previous.end, (tokens[from] as Token).start) ? from - 1 : from;
        const end = readHouseParts(r, after, true);
        push(start, end, from, i);
        i = end;
        continue;
      }
    }
    const token = at(r, i);
    // A numbered microdistrict by its name alone, then a worded house: "Айнабұлақ-3, 114-үй", "Самал-2, д. 5".
    const numberedArea =
      token?.kind === "word" &&
      token.cap &&
      at(r, i + 1)?.text === "-" &&
      at(r, i + 2)?.kind === "number" &&
      (at(r, i + 2) as Token).text.length <= 2 &&
      token.end === (r.tokens[i + 1] as Token).start &&
      (r.tokens[i + 1] as Token).end === (r.tokens[i + 2] as Token).start;
    if (numberedArea) {
      // …a letter glued to its number (Aksai-1A, 12-дом).
      const letter = at(r, i + 3);
      const from = letter?.kind === "word" && letter.text.length === 1 && letter.start === (r.tokens[i + 2] as Token).end ? i + 4 : i + 3;
      const end = readHouseParts(r, from, false);
      if (end > from) {
        push(i, end, i, i + 1);
        i = end;
        continue;
      }
    }
    // "т. 1, л.д. 47": a case file's volume and sheet, not a house.
    const sheet = token?.lower === "д" && at(r, i - 1)?.text === "." && at(r, i - 2)?.lower === "л";
    // A one-letter house word starts an address only with its full stop (д. 5), not a door code's letter
    // (41к2), and not as the last of a name's initials (Абдуллаева С.К. 3 айдан кейін).
    const initials = token?.cap === true && isPunct(at(r, i - 1), ".") && at(r, i - 2)?.cap === true && at(r, i - 2)?.text.length === 1;
    const abbreviated = token?.kind === "word" && (token.text.length > 1 || at(r, i + 1)?.text === ".") && !initials;
    if (token?.kind === "word" && abbreviated && HOUSE_BEFORE.has(token.lower) && !HOUSE_AFTER.has(token.lower) && !sheet) {
      const end = readHouseParts(r, i, false);
      // A house, a flat, an office or a room alone, with no street after it, is no address (у дома
      // № 12, в квартире 56, офис 304), as the annotation guidelines say: a street and its house
      // are; before its street it is part of the address (офис 29, ул. Абая 5; в доме 17 по ул. Гагарина).
      const streetAt = isPunct(at(r, end), ",") ? end + 1 : end;
      const streetWord = at(r, streetAt)?.lower ?? "";
      // …or English's house number first (apt. 41, 88 Seifullin Avenue).
      // …not a date's day and month (room 1204, 14 November).
      const houseFirst = at(r, streetAt)?.kind === "number" && at(r, streetAt + 1)?.cap === true && !countsAt(r, streetAt + 1);
      // A house and its flat together (д. 14, кв. 3) are kept, whatever came before them unread; an
      // office and its floor are not (офис 305, 3 этаж).
      const parts = r.tokens.slice(i, end).filter((t) => t.kind === "number").length;
      const alone =
        (parts < 2 || OFFICE.test(token.lower)) &&
        !BEFORE.has(streetWord) &&
        !(streetWord === "по" && BEFORE.has(at(r, streetAt + 1)?.lower ?? "")) &&
        !houseFirst;
      // The house, then its street after "по" or "на" (у дома 18 по ул. Гоголя, в доме 9 на Курмангазы):
      // one address, to the street's name, unless a flat follows the street (its own address, joined later).
      const nameEnd = end > i && !OFFICE.test(token.lower) ? streetNameAfter(r, end) : -1;
      const flatAfter =
        isPunct(at(r, nameEnd), ",") &&
        HOUSE_BEFORE.has(at(r, nameEnd + 1)?.lower ?? "") &&
        at(r, afterWord(r, nameEnd + 1))?.kind === "number";
      if (nameEnd !== -1 && !flatAfter) {
        for (let k = end; k < nameEnd; k++) if ((tokens[k] as Token).kind === "word") streets.add(k);
        out.push({
          start: (tokens[i] as Token).start,
          end: (tokens[nameEnd - 1] as Token).end,
          type: "ADDRESS",
          priority: PRIORITY.address,
        });
        i = nameEnd;
        continue;
      }
      if (end > i && !alone) {
        push(i, end, i, i);
        i = end;
        continue;
      }
    }
    // No street type: a street's name and number after an address word (`по адресу Гоголя 44`), or
    // followed by a flat or office (`на Сейфуллина 30, кв 8`).
    // In lower case, only a street the lists know (гоголя 39а, на шевченко 165б).
    const named =
      token?.kind === "word" &&
      (token.cap || eponymForm(token) !== null) &&
      (!token.allCaps || capitalsStreetAt(r, i)) &&
      !isDocumentWord(token.lower) &&
      // …not a pronoun before a house (Біз 5-үйдің подъезінде).
      !nameLexicon().functionWords.has(token.lower)
        ? namedStreetAt(r, i)
        : null;
    if (named !== null) {
      // "Біз Төле би, 302", "Клиент Сатпаева, 30Б": a sentence's first word before a street's
      // eponym is no part of its name.
      const from = openingWordBefore(r, i, named.nameEnd) ? i + 1 : i;
      push(from, named.end, from, named.nameEnd);
      i = named.end;
      continue;
    }
    i++;
  }
  eponymStreets(r, streets);
  routeStreets(r, streets);
  listedStreets(r, streets);
  namedAfter(tokens, streets);
  joinAdjacent(text, out, first);
  withAreaBefore(text, out, first);
  return streets;
}

// A microdistrict or settlement named just before a street's address, a comma between (мкр. Туран,
// ул. Сайрамская, 18; Шаңырақ-2 ш/а, Жаңғырлы көшесі, 14), or the English word before its name
// (micro-district Zhetysu-3, building 12): part of the one address.
// The microdistrict's words the street finder reads, and a settlement's, capitalised or not.
const capitalisedOrNot = (word: string): string => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
const AREA_TYPE_FIRST = String.raw`(?:${[
  ...MICRODISTRICT_RU.split("|"),
  "пос",
  "посёлок",
  "поселок",
  "жилмассив",
  "mkr",
  "mkrn",
  "mikrorayon",
]
  .map(capitalisedOrNot)
  .join("|")}|ж\/м)\.?`;
const AREA_TYPE_AFTER = String.raw`(?:ш\/а|ш\.а\.|sh\/a|ықшамауданы|шағынауданы|шағын ауданы|мөлтек ауданы|yqshamaudany|yqşamaudany|shagyn audany|mikroaudany)`;
// A name of one word, or of two after the type (мкр. Нуркен Абдирова, not Алматыда Шаңырақ-1 ш/а).
const AREA_NAME = String.raw`\p{Lu}[\p{L}\d-]*`;
// …or by its name and number alone (Шаңырақ-2, Жанкожа батыр көшесі, 118).
const AREA_BEFORE = new RegExp(
  String.raw`(?:^|[\s(:,])((?:${AREA_TYPE_FIRST} ?${AREA_NAME}(?: ${AREA_NAME})?|${AREA_NAME} ${AREA_TYPE_AFTER}|\p{Lu}\p{Ll}+-\d{1,2}), ?|[Mm]icro-?district )$`,
  "u",
);
// An Uzbek quarter's number after its district's name (Чилонзор 9-мавзе, 14-уй): the name is part of it.
const QUARTER_FIRST = new RegExp(`^\\d{1,2}-(?:${NUMBERED_QUARTER_WORDS.join("|")})`, "iu");
const DISTRICT_BEFORE = /(?:^|[\s(:,])(\p{Lu}\p{Ll}+ )$/u;

function withAreaBefore(text: string, out: Candidate[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const address = out[i] as Candidate;
    const before = text.slice(Math.max(0, address.start - 48), address.start);
    const area =
      AREA_BEFORE.exec(before) ?? (QUARTER_FIRST.test(text.slice(address.start, address.end)) ? DISTRICT_BEFORE.exec(before) : null);
    if (area !== null) out[i] = { ...address, start: address.start - (area[1] as string).length };
  }
}

/**
 * Joins addresses read in pieces that only a comma parts — a flat before its street ("Flat 9, 27
 * Zhambyl Street"), a house after its microdistrict — or a house and its street with "по" between
 * (дом 7 по ул. Мира), into one: one place, one span.
 */
const ADJECTIVE = /(?:ая|ой|ый|ий|ую|ое|ей)$/u;
const HOUSE_FIRST = /^(?:дом|д\.)/iu;

function joinAdjacent(text: string, out: Candidate[], from: number): void {
  for (let i = out.length - 1; i > from; i--) {
    const before = out[i - 1] as Candidate;
    const after = out[i] as Candidate;
    const gap = text.slice(before.end, after.start);
    // …or "по" between a house and its street (дом 7 по ул. Мира, кв. 2).
    const along = / по $/u.test(gap) && HOUSE_FIRST.test(text.slice(before.start, before.end));
    if (before.end <= after.start && (/^,?\s*$/u.test(gap) || along)) {
      out[i - 1] = { ...before, end: after.end };
      out.splice(i, 1);
    }
  }
}

// "школа имени Ахмета Байтурсынова", "памятник Абаю", "Абай атындағы саябақ": a public figure a
// place is named after, not a person of the text.
const NAMED_AFTER_BEFORE = /^(?:имени|imeni|памятник\p{L}*|pamyatnik\p{L}*|монумент\p{L}*|ескерткіш\p{L}*)$/u;
const BY_NAME: ReadonlySet<string> = new Set(["по", "от", "po", "ot"]);
const NAMED_AFTER_AFTER = /^(?:атындағы|ескерткіш\p{L}*)$/u;

/** Marks the capitalised words (at most three, initials between) a place is named after. */
function namedAfter(tokens: readonly Token[], streets: Set<number>): void {
  const name = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && ((t.kind === "word" && t.cap && !t.allCaps) || (t.text === "." && tokens[k - 1]?.text.length === 1));
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") continue;
    // "им." only with its full stop: "Им Ахметова сказала" is "Ahmetova told them".
    const abbreviated = token.lower === "им" && tokens[i + 1]?.text === "." && tokens[i + 1]?.start === token.end;
    // "по имени Зульфия" names a person, and "от имени Абеновой Б.К." the person a letter speaks for.
    if ((token.lower === "имени" || token.lower === "imeni") && BY_NAME.has(tokens[i - 1]?.lower ?? "")) continue;
    if (abbreviated || NAMED_AFTER_BEFORE.test(token.lower)) {
      const from = abbreviated ? i + 2 : i + 1;
      for (let k = from; k < from + 4 && name(k); k++) streets.add(k);
    }
    // Kazakh names the monument both ways: "ескерткіш Абайға", "Абай ескерткішінің".
    if (NAMED_AFTER_AFTER.test(token.lower)) for (let k = i - 1; k >= i - 4 && name(k); k--) streets.add(k);
  }
}

const ROUTE_DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);
const LATIN_PREPOSITION_SET: ReadonlySet<string> = new Set(LATIN_PREPOSITIONS);
const CORNER: ReadonlySet<string> = new Set(STREET_CORNER_WORDS);

/** Whether a word is a street's eponym in the genitive the lists hold or its nominative (Сейфуллина, Сейфуллин). */
function namedAfterSomeone(token: Token): boolean {
  const form = eponymForm(token);
  return form === "genitive" || form === "nominative";
}

/**
 * A route of streets said by their names between dashes (`Райымбек – Сейфуллин – Саяхат`,
 * `Сейфуллина — Гоголя — Пушкина`): when one of them is a street named after someone the lists
 * know, every one is a street.
 */
function routeStreets(r: Reader, streets: Set<number>): void {
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const members: number[] = [];
    let k = i;
    while ((tokens[k] as Token | undefined)?.kind === "word" && (tokens[k] as Token).cap && members.length < 12) {
      members.push(k);
      const dash = tokens[k + 1];
      // A hyphen glued to the words joins one name (Гончаренко-Малая); a glued en or em dash parts two (Абай–Байзақов).
      if (dash === undefined || !ROUTE_DASHES.has(dash.text) || (dash.text === "-" && dash.start === (tokens[k] as Token).end)) break;
      k += 2;
      // "— снова Сейфуллина": a word of going back between.
      if (tokens[k]?.kind === "word" && !(tokens[k] as Token).cap && tokens[k + 1]?.kind === "word") k++;
    }
    work.steps += members.length;
    // …or a corner's word after the last (Абай–Байзақов қиылысында).
    const corner = CORNER.has(tokens[(members[members.length - 1] ?? i) + 1]?.lower ?? "");
    const known = corner || members.some((m) => namedAfterSomeone(tokens[m] as Token));
    if (members.length >= 2 && known) for (const m of members) streets.add(m);
    i = Math.max(i, k);
  }
}

/** The nominative of an eponym's genitive: Абая → Абай, Сейфуллина → Сейфуллин, Маметовой → Маметова, Толстого → Толстой. */
function nominativeOf(genitive: string): string {
  if (/(?:ой|oi|oy)$/u.test(genitive)) return `${genitive.slice(0, -2)}${/[a-z]/u.test(genitive) ? "a" : "а"}`;
  if (/(?:ого|ogo)$/u.test(genitive)) return `${genitive.slice(0, -3)}${/[a-z]/u.test(genitive) ? "oi" : "ой"}`;
  if (genitive.endsWith("я")) return `${genitive.slice(0, -1)}й`;
  return /[^аеиоуыэюяaeiouy]a$|[^аеиоуыэюя]а$/u.test(genitive) ? genitive.slice(0, -1) : genitive;
}
const EPONYM_NOMINATIVES: ReadonlySet<string> = new Set([...EPONYMS].map(nominativeOf));
// The Kazakh locative, on its own or as an attribute (Абайда, Сейфуллинде, Райымбектегі, abaida).
const KAZAKH_LOCATIVE = new RegExp(`(?:${KAZAKH_LOCATIVE_ENDINGS.join("|")})$`, "u");

type EponymForm = "genitive" | "nominative" | "prepositional" | "locative" | null;

/** How a word names a street after someone (`Абая`, `Абай`, `Абае`, `Абайда`, `Bayzakova`), in Cyrillic or Latin letters; or null. */
export function eponymForm(token: Token): EponymForm {
  if (token.kind !== "word") return null;
  return eponymFormOfWord(token.lower, token.latin);
}
const eponymFormOfWord = rememberedByScript(eponymFormOf);

function eponymFormOf(lower: string, latin: boolean): EponymForm {
  // In Latin letters: as written, through Cyrillic, without diacritics, with Kazakh's j for ж (Jibek),
  // and with Russian chat's j for й after a vowel (Sejfullina).
  const plainRead = plainLatin(lower);
  const reads = latin
    ? [
        lower,
        foldCyrillic(latinToCyrillic(lower)),
        foldCyrillic(latinToCyrillic(plainRead)),
        foldCyrillic(latinToCyrillic(plainRead.replaceAll("j", "zh"))),
        foldCyrillic(latinToCyrillic(plainRead.replace(/(?<=[aeiouy])j/gu, "i"))),
      ]
    : [foldCyrillic(lower)];
  for (const word of reads) {
    if (EPONYMS.has(word)) return "genitive";
    if (EPONYM_NOMINATIVES.has(word) || EPONYMS_FIRST.has(word)) return "nominative";
    // "на Абае", "на Сейфуллине".
    if (word.endsWith("е") && (EPONYM_NOMINATIVES.has(`${word.slice(0, -1)}й`) || EPONYM_NOMINATIVES.has(word.slice(0, -1))))
      return "prepositional";
    // Every ending that fits, as a stem may end in н itself (Сейфуллин-де, not Сейфулли-нде).
    for (const ending of KAZAKH_LOCATIVE_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      // On the nominative (Сейфуллинде) or on the genitive the street is called by (Сейфуллинада).
      const stem = word.slice(0, -ending.length);
      if (EPONYM_NOMINATIVES.has(stem) || (stem.length >= 5 && EPONYMS.has(stem))) return "locative";
    }
  }
  return null;
}

const cyrillic = (t: Token): string => (t.latin ? latinToCyrillic(t.lower) : t.lower);

/**
 * Whether a word of being somewhere stands among the four words before token `at` (в больнице на
 * Кабдолова, жила у Бибигуль на Шаляпина); a placeholder counts as no word, so the second reading
 * of a text with a name scrubbed sees what the first saw.
 */
function locatedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1, words = 0; k >= 0 && k >= at - 16 && words < 4; k--) {
    const token = tokens[k] as Token;
    if (token.blocked) continue;
    if (isLocated(cyrillic(token))) return true;
    words++;
  }
  return false;
}

const LIST_LINKS: ReadonlySet<string> = new Set([",", "и", "i", "and", "мен", "пен", "және", "или", "or", "немесе", "ili"]);
/**
 * Streets listed by their names (`Сейфуллина, Райымбека, Толе би, Абая — основные точки`, `Tole bi
 * i Seifullina`): a list of two or more in which every one is a street's eponym or a two-word
 * eponym (Толе би) names streets, not people; one name that is no eponym makes it a list of people.
 */
function listedStreets(r: Reader, streets: Set<number>): void {
  const { tokens } = r;
  let i = 0;
  while (i < tokens.length) {
    const items: number[] = [];
    let k = i;
    for (;;) {
      const token = tokens[k];
      if (token?.kind !== "word" || !token.cap || !namedAfterSomeone(token)) break;
      const second = tokens[k + 1];
      const pair = EPONYMS_FIRST.has(token.lower) && second?.kind === "word" && EPONYMS_SECOND.has(second.lower);
      items.push(k);
      if (pair) items.push(k + 1);
      k += pair ? 2 : 1;
      work.steps++;
      if (!LIST_LINKS.has(tokens[k]?.lower ?? "")) break;
      k++;
    }
    // A two-word eponym (Толе би) counts once.
    if (items.filter((m) => !EPONYMS_SECOND.has((tokens[m] as Token).lower)).length >= 2) for (const m of items) streets.add(m);
    i = Math.max(i + 1, k);
  }
}

/**
 * Streets named after people and said by their name alone (`на Гагарина`, `по Абая`, `на Толе би`,
 * `on Abay`, `Абайда`, `от Рыскулова до Саина`): places, not persons — unless a word of complaint or
 * attack comes before (`жалоба на Сейфуллина`) or a first name or initial comes after (`на
 * Сейфуллина Ерлана`).
 */
function eponymStreets(r: Reader, streets: Set<number>): void {
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // In capitals only after "на", "по", as a message in capitals says where (СТОЮ НА АБАЯ).
    if (token.kind !== "word" || (token.allCaps && (token.text.length < 4 || !AT_STREET.has(tokens[i - 1]?.lower ?? "")))) continue;
    // "s Abaya-Rozybakieva", "на Абая-Сейфуллина": two streets' names hyphened, their corner.
    if (token.lower.includes("-") && token.lower.split("-").every((part) => eponymForm({ ...token, lower: part, text: part }) !== null)) {
      streets.add(i);
      continue;
    }
    const previous = tokens[i - 1]?.lower ?? "";
    const form = eponymForm(token);
    // "Абайда", "bugin abaida": the Kazakh locative says where, in any letter case.
    const where = form === "locative" || (form !== null && AT_STREET.has(previous));
    // "от Рыскулова до Саина": a stretch between two streets.
    const stretch = (previous === "до" || previous === "do") && (form === "genitive" || GENITIVE_SURNAME.test(token.lower));
    if (!token.cap && form !== "locative") continue;
    const second = tokens[i + 1];
    const pair = EPONYMS_FIRST.has(token.lower) && second?.kind === "word" && EPONYMS_SECOND.has(second.lower.replace(KAZAKH_LOCATIVE, ""));
    // "bugin Tole bide": the locative on the pair's second word.
    const pairWhere = pair && (AT_STREET.has(previous) || KAZAKH_LOCATIVE.test((second as Token).lower));
    // A surname in the genitive no list has is a street where a place is said before "на" (в
    // больнице на Кабдолова, стояли на Жансугурова).
    const located = AT_STREET.has(previous) && GENITIVE_SURNAME.test(cyrillic(token)) && locatedBefore(tokens, i - 1);
    if (!pairWhere && !where && !located && !stretch) continue;
    const next = tokens[pair ? i + 2 : i + 1];
    if (next?.kind === "word" && next.cap && (r.isFirstName(next) || next.text.length === 1)) continue;
    let against = false;
    for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (isAgainstPerson((tokens[k] as Token).lower)) against = true;
    if (against) continue;
    work.steps++;
    streets.add(i);
    if (pair) streets.add(i + 1);
    // The stretch's start: "от Рыскулова".
    const from = tokens[i - 2];
    if (stretch && from?.kind === "word" && from.cap && (tokens[i - 3]?.lower === "от" || tokens[i - 3]?.lower === "ot"))
      streets.add(i - 2);
  }
  cornerStreets(r, streets);
}

/**
 * A corner written with a slash (`на Абая/Розыбакиева`, `Satpaev/Baizakov`): two capitalised words
 * glued to it, one of them a street the lists know or one already read as a street, are both streets.
 */
function cornerStreets(r: Reader, streets: Set<number>): void {
  const { tokens } = r;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, slash, after] = [tokens[i - 1] as Token, tokens[i] as Token, tokens[i + 1] as Token];
    if (slash.text !== "/" || before.end !== slash.start || after.start !== slash.end) continue;
    if (before.kind !== "word" || after.kind !== "word" || !before.cap || !after.cap) continue;
    const known = (k: number): boolean => streets.has(k) || eponymForm(tokens[k] as Token) !== null;
    if (!known(i - 1) && !known(i + 1)) continue;
    work.steps++;
    streets.add(i - 1);
    streets.add(i + 1);
  }
}
