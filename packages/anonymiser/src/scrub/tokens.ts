// One pass over the text into words, numbers and punctuation, with what every rule asks of a
// word: its lower-case form, its case, its script, whether it starts a sentence.

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
const LOWER = /\p{Ll}/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u;
const POSSESSIVE = /^(.+)['’]s$/u;
const PLACEHOLDER = /\[(?:NAME|PHONE|IIN|EMAIL|ADDRESS|PLATE|DOCNUM|URL)\]/gu;
const SENTENCE_END = new Set([".", "!", "?", "…", "«", "\"", "“", "„", ":", ";"]);
// A full stop after these is an abbreviation's, not a sentence's.
const ABBREVIATIONS = new Set([
  "ул", "д", "кв", "г", "гг", "ст", "ч", "т", "пр", "мкр", "пер", "им", "см", "тел", "др", "корп", "обл",
  "р", "тыс", "млн", "руб", "тг", "ж", "жж", "б", "п", "с", "mr", "mrs", "ms", "dr", "st", "apt", "no",
  "tel", "vs", "etc", "p", "n", "ave", "rd", "көш",
]);

/** The ranges of placeholders already in the text: never scrubbed again, never part of an entity. */
export function placeholderRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(PLACEHOLDER)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function makeWord(text: string, start: number, end: number, sentenceStart: boolean, blocked: boolean): Token {
  const lower = text.toLowerCase();
  const cap = UPPER.test(text.charAt(0));
  const allCaps = cap && text.length >= 2 && !LOWER.test(text) && text.toUpperCase() !== lower;
  return {
    kind: "word", start, end, text, lower, cap, allCaps,
    latin: LATIN.test(text), sentenceStart, blocked,
  };
}

/** Whether the previous tokens end a sentence before the next word (a full stop not after an initial or abbreviation). */
function endsSentence(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return true;
  if (last.kind !== "punct" || !SENTENCE_END.has(last.text)) return false;
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
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const lineBreak = text.slice(previousEnd, start).includes("\n");
    previousEnd = end;
    const sentenceStart = lineBreak || endsSentence(tokens);
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      tokens.push({ kind: "number", start, end, text: raw, lower: raw, cap: false, allCaps: false, latin: false, sentenceStart, blocked: isBlocked(start, end) });
      continue;
    }
    if (!LETTER.test(raw.charAt(0))) {
      tokens.push({ kind: "punct", start, end, text: raw, lower: raw, cap: false, allCaps: false, latin: false, sentenceStart, blocked: isBlocked(start, end) });
      continue;
    }
    const possessive = LATIN.test(raw) ? POSSESSIVE.exec(raw) : null;
    if (possessive !== null) {
      const stemEnd = start + (possessive[1] as string).length;
      tokens.push(makeWord(possessive[1] as string, start, stemEnd, sentenceStart, isBlocked(start, stemEnd)));
      tokens.push(makeWord(raw.slice(stemEnd - start), stemEnd, end, false, isBlocked(stemEnd, end)));
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
