// One pass over the text into words, numbers and punctuation, with what every rule asks of a
// word: its lower-case form, its case, its script, whether it starts a sentence.

import { cyrillicLookalikes, latinLookalikes } from "./fold.js";
import { remembered } from "./remember.js";
import { ENTITY_TYPES } from "./types.js";
import { work } from "./work.js";

/** What a token is made of. */
export type TokenKind = "word" | "number" | "punct";

/** A word, a run of digits or one punctuation character, with its UTF-16 offsets. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case (words only; the text otherwise). */
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two or more letters, all capitals (an acronym, or a name typed in capitals). */
  readonly allCaps: boolean;
  /** Written in Latin letters. */
  readonly latin: boolean;
  /** First word of the text, of a sentence, of a line or of a quotation. */
  readonly sentenceStart: boolean;
  /** Inside a placeholder such as `[NAME]`, which no rule may touch. */
  readonly blocked: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*|[0-9]+|[^\s]/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u;
const POSSESSIVE = /^(.+)['’]s$/u;
const PLACEHOLDER = new RegExp(`\\[(?:${ENTITY_TYPES.join("|")})\\]`, "gu");
const SENTENCE_END = new Set([".", "!", "?", "…", "«", '"', "“", "„", ":", ";", "]"]);
// A full stop after these is an abbreviation's, not a sentence's.
const ABBREVIATIONS = new Set([
  "ул",
  "д",
  "кв",
  "г",
  "гг",
  "ст",
  "ч",
  "т",
  "пр",
  "мкр",
  "пер",
  "им",
  "см",
  "тел",
  "др",
  "корп",
  "обл",
  "р",
  "тыс",
  "млн",
  "руб",
  "тг",
  "ж",
  "жж",
  "б",
  "п",
  "с",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "apt",
  "no",
  "tel",
  "vs",
  "etc",
  "p",
  "n",
  "ave",
  "rd",
  "көш",
]);

/** The ranges of placeholders already in the text: never scrubbed again, never part of an entity. */
export function placeholderRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!text.includes("[")) return ranges;
  for (const match of text.matchAll(PLACEHOLDER)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

// A name joined by a hyphen to a noun or honorific: Лёша-сутенёр, Рустем-ага, Серёжи-таксиста.
const NAME_HYPHEN_NOUN = /^(\p{Lu}[\p{Ll}\p{M}]+)-(\p{Ll}[\p{L}\p{M}]*)$/u;
/**
 * An adjective that tells one woman from another of her name, hyphened to it (Гуля-большая,
 * Наташка-Белая, Олю-Маленькую): part of her nickname. Not a street's adjective in -ск- at a corner
 * (Абая-Заводская).
 */
export const NICKNAME_ADJECTIVE = /^(?!\p{L}*ск(?:ая|ой|ий|ую|ого)$)\p{L}{3,}(?:ая|яя|ой|ий|ый|ую|юю|ого|его)$/u;

function makeWord(text: string, start: number, end: number, sentenceStart: boolean, blocked: boolean): Token {
  const { lower, cap, allCaps, latin } = lettersOf(text);
  return { kind: "word", start, end, text, lower, cap, allCaps, latin, sentenceStart, blocked };
}
type Letters = Pick<Token, "lower" | "cap" | "allCaps" | "latin">;
const lettersOf = remembered(readLetters);

/** What a word's letters make it: its lower case, capitals and script. */
function readLetters(text: string): Letters {
  let lower = text.toLowerCase();
  const upper = text.toUpperCase();
  const sameLengths = upper.length === text.length && lower.length === text.length;
  // One pass over the letters: their scripts, and whether any is lower or upper case.
  let cyrillic = false;
  let latinLetter = false;
  let other = false;
  let anyLower = false;
  let anyUpper = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) cyrillic = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latinLetter = true;
    else if (c > 0x24f && !(c >= 0x300 && c <= 0x36f) && c !== 0x2019 && c !== 0x2bc) other = true;
    if (!sameLengths) continue;
    if (c !== lower.charCodeAt(k)) anyUpper = true;
    else if (c !== upper.charCodeAt(k)) anyLower = true;
  }
  if (!sameLengths) {
    anyUpper = text !== lower;
    anyLower = text !== upper;
  }
  // Look-alike letters of the other script typed in a word: Cyrillic ones in a Latin word (nomerі)
  // read as Latin, Latin ones in a Cyrillic word (Айгерiм) as Cyrillic.
  const asLatin = cyrillic && latinLetter ? latinLookalikes(lower) : undefined;
  if (asLatin !== undefined) {
    lower = asLatin;
    cyrillic = false;
  } else if (cyrillic && latinLetter) lower = cyrillicLookalikes(lower);
  // A first letter that lower-casing changes is a capital.
  const cap = text.charCodeAt(0) !== lower.charCodeAt(0) || UPPER.test(text.charAt(0));
  const allCaps = cap && text.length >= 2 && anyUpper && !anyLower;
  return { lower, cap, allCaps, latin: latinLetter && !cyrillic && !other && LATIN.test(asLatin ?? text) };
}

/** Whether the previous tokens end a sentence before the next word (a full stop not after an initial or abbreviation). */
function endsSentence(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return true;
  if (last.kind !== "punct" || !SENTENCE_END.has(last.text)) return false;
  // A bracketed note ends its sentence ("[голосовое, 0:37] Зарин, …"); a placeholder does not.
  if (last.text === "]") return !last.blocked;
  if (last.text !== ".") return true;
  const before = tokens[tokens.length - 2];
  if (before === undefined || before.kind !== "word" || before.end !== last.start) return true;
  // "А." is an initial; "ул." an abbreviation: the next word goes on the same sentence.
  if (before.text.length === 1 && before.cap) return false;
  return !ABBREVIATIONS.has(before.lower);
}

/**
 * The tokens of `text`, in order. Words keep inner hyphens and apostrophes (`СПИД-центр`,
 * `O'Brien`); an English possessive `'s` is a token of its own.
 */
export function tokenize(text: string, blocked: readonly (readonly [number, number])[]): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  const isBlocked = (start: number, end: number): boolean => {
    while (next < blocked.length && (blocked[next] as readonly [number, number])[1] <= start) next++;
    const range = blocked[next];
    return range !== undefined && range[0] < end;
  };
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    work.steps++;
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    let lineBreak = false;
    for (let k = previousEnd; k < start && !lineBreak; k++) lineBreak = text.charCodeAt(k) === 10;
    previousEnd = end;
    const sentenceStart = lineBreak || endsSentence(tokens);
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      tokens.push({
        kind: "number",
        start,
        end,
        text: raw,
        lower: raw,
        cap: false,
        allCaps: false,
        latin: false,
        sentenceStart,
        blocked: isBlocked(start, end),
      });
      continue;
    }
    if (first < 128 ? !((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) : !LETTER.test(raw.charAt(0))) {
      tokens.push({
        kind: "punct",
        start,
        end,
        text: raw,
        lower: raw,
        cap: false,
        allCaps: false,
        latin: false,
        sentenceStart,
        blocked: isBlocked(start, end),
      });
      continue;
    }
    const possessive = (raw.includes("'") || raw.includes("’")) && LATIN.test(raw) ? POSSESSIVE.exec(raw) : null;
    if (possessive !== null) {
      const stemEnd = start + (possessive[1] as string).length;
      tokens.push(makeWord(possessive[1] as string, start, stemEnd, sentenceStart, isBlocked(start, stemEnd)));
      tokens.push(makeWord(raw.slice(stemEnd - start), stemEnd, end, false, isBlocked(stemEnd, end)));
      continue;
    }
    const hyphened = raw.includes("-") ? NAME_HYPHEN_NOUN.exec(raw) : null;
    if (hyphened !== null && !NICKNAME_ADJECTIVE.test(hyphened[2] as string)) {
      const stemEnd = start + (hyphened[1] as string).length;
      tokens.push(makeWord(hyphened[1] as string, start, stemEnd, sentenceStart, isBlocked(start, stemEnd)));
      tokens.push({
        kind: "punct",
        start: stemEnd,
        end: stemEnd + 1,
        text: "-",
        lower: "-",
        cap: false,
        allCaps: false,
        latin: false,
        sentenceStart: false,
        blocked: isBlocked(stemEnd, stemEnd + 1),
      });
      tokens.push(makeWord(hyphened[2] as string, stemEnd + 1, end, false, isBlocked(stemEnd + 1, end)));
      continue;
    }
    tokens.push(makeWord(raw, start, end, sentenceStart, isBlocked(start, end)));
  }
  return tokens;
}

/** Whether only spaces (no line break, no punctuation) stand between two offsets. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}
