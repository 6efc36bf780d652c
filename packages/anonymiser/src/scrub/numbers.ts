// Phones, IINs, document numbers and car plates: digit runs read with the words around them.
import { type Candidate, PRIORITY } from "./candidate.js";
import { isValidIin } from "./iin.js";
import { AMOUNT_WORD_STEMS, DOCUMENT_KEYWORD_STEMS, IIN_KEYWORDS, PHONE_KEYWORD_STEMS } from "./lexicon/keywords.js";
import type { Token } from "./tokens.js";

const PHONE_STEMS = PHONE_KEYWORD_STEMS;
// A number after these is a phone only if nothing nearer says otherwise.
const WEAK_PHONE_WORDS = new Set(["номер", "номера", "номеру", "нөмір", "нөмірі", "нөмірім", "number"]);
const PLATE_STEMS = ["машин", "авто", "көлік", "plate", "госномер", "car"];
const DOC_EXACT = new Set(["уд", "id", "внж"]);
const DOC_STEMS = DOCUMENT_KEYWORD_STEMS.filter((stem) => !DOC_EXACT.has(stem));
const IIN_WORDS = new Set(IIN_KEYWORDS);

/** Whether a word after a number makes it money, an age or a count (`тенге`, `лет`, `раз`, `г.`). */
export function isAmountWord(word: string): boolean {
  return AMOUNT_WORD_STEMS.some((stem) => (stem.length === 1 ? word === stem : word.startsWith(stem)));
}

const startsWithAny = (word: string, stems: readonly string[]): boolean => stems.some((stem) => word.startsWith(stem));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetterOrDigit = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** The first token that ends after `offset` (binary search). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the nearest telling word before a number says it is, within the sentence. */
type Cue = "phone" | "weakPhone" | "iin" | "document" | "plate" | null;

function cueBefore(tokens: readonly Token[], index: number, maxWords = 5): Cue {
  let words = 0;
  // "номер" / "number" says little alone: a document or plate word just before it decides.
  let weak: Cue = null;
  for (let k = index - 1; k >= 0 && words < maxWords; k--) {
    const token = tokens[k] as Token;
    if (token.kind === "word") {
      words++;
      const word = token.lower;
      if (IIN_WORDS.has(word)) return "iin";
      if (DOC_EXACT.has(word) || startsWithAny(word, DOC_STEMS)) return "document";
      if (startsWithAny(word, PLATE_STEMS)) return "plate";
      if (WEAK_PHONE_WORDS.has(word)) weak ??= "weakPhone";
      else if (startsWithAny(word, PHONE_STEMS)) return weak === null ? "phone" : "weakPhone";
    }
    if (token.sentenceStart) break;
  }
  return weak;
}

/** Whether the word after a number makes it money, an age or a measure. */
function amountAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined) return false;
  if (next.kind === "punct") return next.text === "%" || next.text === "₸" || next.text === "$";
  return next.kind === "word" && isAmountWord(next.lower);
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly groups: readonly number[];
  readonly plus: boolean;
  /** Groups separated by spaces only (how amounts are written: 150 000). */
  readonly spacesOnly: boolean;
}

const SEPARATOR = /[ \u00a0\-–()]/u;

/** Digit runs joined by spaces, hyphens and brackets (at most three separators in a row), with a leading `+`. */
function* chunks(text: string): Generator<Chunk> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let start = i;
    let plus = false;
    if (i > 0 && text[i - 1] === "+") {
      start = i - 1;
      plus = true;
    } else if (i > 1 && text[i - 1] === "(" && text[i - 2] === "+") {
      start = i - 2;
      plus = true;
    } else if (i > 0 && text[i - 1] === "(") start = i - 1;
    let digits = "";
    const groups: number[] = [];
    let spacesOnly = true;
    let j = i;
    for (;;) {
      const from = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      digits += text.slice(from, j);
      groups.push(j - from);
      let k = j;
      while (k < n && k - j < 3 && SEPARATOR.test(text.charAt(k))) k++;
      if (k === j || k >= n || !isDigit(text.charCodeAt(k))) break;
      if (!/^[ \u00a0]$/u.test(text.slice(j, k))) spacesOnly = false;
      j = k;
    }
    yield { start, end: j, digits, groups, plus, spacesOnly };
    i = j;
  }
}

/** Phones and IINs. */
export function findPhonesAndIins(text: string, tokens: readonly Token[], out: Candidate[]): void {
  for (const chunk of chunks(text)) {
    const before = text.charAt(chunk.start - 1);
    const after = text.charAt(chunk.end);
    if ((before !== "" && /\p{L}/u.test(before)) || (after !== "" && isLetterOrDigit(after))) continue;
    const first = tokenAt(tokens, chunk.start);
    const last = tokenAt(tokens, chunk.end - 1);
    if (tokens[first]?.blocked === true || tokens[last]?.blocked === true) continue;
    const { digits } = chunk;
    const cue = (): Cue => cueBefore(tokens, first);
    if (digits.length === 12 && (chunk.groups.length === 1 ? isValidIin(digits) || cue() === "iin" : cue() === "iin")) {
      out.push({ start: chunk.start, end: chunk.end, type: "IIN", priority: PRIORITY.iin });
      continue;
    }
    if (isPhone(chunk, amountAfter(tokens, last + 1), cue)) {
      out.push({ start: chunk.start, end: chunk.end, type: "PHONE", priority: PRIORITY.phone });
    }
  }
}

/**
 * Whether a digit run is a phone: `+` and 10–13 digits; 11 digits from 8 or 7; 10 digits from 7 (or
 * from 9 in groups); 5–7 digits after a phone word, unless money or thousands (150 000) follow.
 */
function isPhone(chunk: Chunk, amount: boolean, cue: () => Cue): boolean {
  const { digits, groups, plus } = chunk;
  const lead = digits.charAt(0);
  if (plus) return digits.length >= 10 && digits.length <= 13;
  if (digits.length === 11 && (lead === "8" || lead === "7")) return true;
  if (digits.length === 10 && !amount) {
    if (lead === "7") return true;
    if (lead === "9") return groups.length >= 3 || cue() === "phone";
  }
  if (digits.length >= 5 && digits.length <= 7 && !amount) {
    // 150 000 is how amounts are written; 22-33-44 and 223344 are phones.
    if (chunk.spacesOnly && groups.length >= 2 && groups.slice(1).every((g) => g === 3)) return false;
    const said = cue();
    return said === "phone" || said === "weakPhone";
  }
  return false;
}

const SERIES = /^[A-ZА-ЯЁ]{1,3}$/u;

/** Identity document and badge numbers after a keyword, and passport numbers `N12345678` anywhere. */
export function findDocumentNumbers(text: string, tokens: readonly Token[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || token.blocked) continue;
    if (!(DOC_EXACT.has(token.lower) || startsWithAny(token.lower, DOC_STEMS))) continue;
    // The number comes within a few tokens ("удостоверение личности № 0412…", "жетона я запомнила: 04418").
    let k = i + 1;
    for (let seen = 0; k < tokens.length && seen < 6; k++, seen++) {
      const next = tokens[k] as Token;
      if (next.kind === "number" || (next.kind === "word" && SERIES.test(next.text) && tokens[k + 1]?.kind === "number")) break;
      if (next.kind === "punct" && ".!?;".includes(next.text)) break;
    }
    const span = documentNumberAt(text, tokens, k);
    if (span !== null) out.push({ start: span[0], end: span[1], type: "DOCNUM", priority: PRIORITY.docnum });
  }
  for (const match of text.matchAll(PASSPORT)) {
    out.push({ start: match.index, end: match.index + match[0].length, type: "DOCNUM", priority: PRIORITY.docnum });
  }
}

const PASSPORT = /(?<![\p{L}\p{N}])[NН]\d{8}(?![\p{L}\p{N}])/gu;

/** A document number starting at token `k`: an optional series of capitals, then 4–12 digits in groups. */
function documentNumberAt(text: string, tokens: readonly Token[], k: number): [number, number] | null {
  let index = k;
  const head = tokens[index];
  if (head === undefined || head.blocked) return null;
  const start = head.start;
  if (head.kind === "word") {
    if (!SERIES.test(head.text)) return null;
    index++;
  }
  let digits = 0;
  let end = -1;
  for (let previousEnd = head.kind === "word" ? head.end : start; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "number" || token.blocked || token.start - previousEnd > 1) break;
    if (token.start > previousEnd && text.charAt(previousEnd) !== " ") break;
    digits += token.text.length;
    end = token.end;
    previousEnd = token.end;
  }
  if (end === -1 || digits < 4 || digits > 12) return null;
  if (isLetterOrDigit(text.charAt(end)) || amountAfter(tokens, tokenAt(tokens, end))) return null;
  return [start, end];
}

// Letter groups that follow numbers and are units, currencies or acronyms, never plates.
const NOT_PLATE_LETTERS = new Set([
  "KZT", "USD", "EUR", "RUB", "MCI", "KGS", "UZS", "МРП", "ТГ", "ТНГ", "КГ", "КМ", "УК", "ДВД", "УВД",
  "МВД", "ОВД", "РОВД", "КНБ", "ЦОН", "НПО", "ВИЧ", "СПИД", "ГПК", "УПК", "ГК", "РК", "ЖСН", "ИИН",
]);
const PLATE_NEW = /(?<![\p{L}\p{N}])\d{3} ?([A-ZА-ЯЁ]{2,3}) ?(?:0[1-9]|1\d|20)(?![\p{L}\p{N}])/gu;
const PLATE_OLD = /(?<![\p{L}\p{N}])[A-Z] ?\d{3} ?([A-Z]{2,3})(?![\p{L}\p{N}])/gu;
const PLATE_RU = /(?<![\p{L}\p{N}])[АВЕКМНОРСТУХABEKMHOPCTYX] ?\d{3} ?([АВЕКМНОРСТУХABEKMHOPCTYX]{2}) ?\d{2,3}(?![\p{L}\p{N}])/gu;

/** Car plates: Kazakhstan's current (123ABC02) and old (A123BCD) formats, and Russia's (А123ВС77). */
export function findPlates(text: string, out: Candidate[]): void {
  for (const pattern of [PLATE_NEW, PLATE_OLD, PLATE_RU]) {
    for (const match of text.matchAll(pattern)) {
      if (NOT_PLATE_LETTERS.has(match[1] as string)) continue;
      out.push({ start: match.index, end: match.index + match[0].length, type: "PLATE", priority: PRIORITY.plate });
    }
  }
}
