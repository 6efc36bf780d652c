// What the words around a number say it is (a phone, an IIN, a document, money), and car plates.
import { type Candidate, PRIORITY } from "./candidate.js";
import {
  AMOUNT_WORD_STEMS,
  DOCUMENT_KEYWORD_STEMS,
  DOCUMENT_KEYWORDS,
  IIN_KEYWORDS,
  MONEY_WORD_STEMS,
  NOT_DOCUMENT_STEMS,
  PHONE_KEYWORD_STEMS,
  WEAK_PHONE_WORD_LIST,
} from "./lexicon/keywords.js";
import { stemTest } from "./stems.js";
import type { Token } from "./tokens.js";

export const isPhoneWord = stemTest(PHONE_KEYWORD_STEMS);
// A number after these is a phone only if nothing nearer says otherwise.
const WEAK_PHONE_WORDS: ReadonlySet<string> = new Set(WEAK_PHONE_WORD_LIST);
const isPlateWord = stemTest(["машин", "авто", "көлік", "plate", "госномер", "car"]);
const DOC_EXACT = new Set(DOCUMENT_KEYWORDS);
const isDocumentStemOnly = stemTest(DOCUMENT_KEYWORD_STEMS);
const isNotDocument = stemTest(NOT_DOCUMENT_STEMS);
const isDocumentStem = (word: string): boolean => isDocumentStemOnly(word) && !isNotDocument(word);
export const isMoneyWord = stemTest(MONEY_WORD_STEMS);
// One-letter stems, and girls counted in Kazakh (13 қыз), whole words only: "қызы" is a daughter.
// …and the Uzbek counting word in Latin letters (2 ta mashina), whole: as a stem it would take taxi and
// tam; in Cyrillic, "та" after a number is as often Kazakh "-та" written apart (пәтер 40 та тұрам).
const AMOUNT_WHOLE = new Set([...AMOUNT_WORD_STEMS.filter((stem) => stem.length === 1), "қыз", "qyz", "kyz", "ta"]);
const isAmountStem = stemTest(AMOUNT_WORD_STEMS.filter((stem) => stem.length > 1));

/** Whether a lower-case word announces a document whose number follows (`протокол`, `жетон`, `ЕРДР`). */
export function isDocumentWord(word: string): boolean {
  if (DOC_EXACT.has(word) || isDocumentStem(word)) return true;
  // An acronym with a Kazakh ending after a hyphen (ЕРДР-ге, КУИ-де), a compound (ID-карта, Д-учёт: the dispensary register).
  const hyphen = word.indexOf("-");
  return hyphen > 0 && (HYPHENED_DOCUMENT_WORDS.has(word.slice(0, hyphen)) || isDocumentStem(word.slice(hyphen + 1)));
}
const HYPHENED_DOCUMENT_WORDS = new Set(["д", "куи", "kui", "ердр", "erdr", "кусп", "id", "іd", "уд", "сдтб", "sdtb", "қжт", "кжт"]);
const IIN_WORDS = new Set(IIN_KEYWORDS);

// Kazakh "to make" (жасалды, жасап, жасау) shares its letters with жас, an age (25 жаста, 30 жасар),
// and "amount" (в размере 15 МРП) with раз, times.
const NOT_AMOUNT = /^(?:жаса[лдупғт]|размер)/u;

/** Whether a word after a number makes it money, an age or a count (`тенге`, `лет`, `раз`, `г.`). */
export function isAmountWord(word: string): boolean {
  return AMOUNT_WHOLE.has(word) || (isAmountStem(word) && !NOT_AMOUNT.test(word));
}

/** The first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
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
export type Cue = "phone" | "weakPhone" | "iin" | "document" | "plate" | null;

/** The cue in the five words (twelve tokens at most) before token `index`, within its sentence. */
export function cueBefore(tokens: readonly Token[], index: number, maxWords = 5): Cue {
  let words = 0;
  // "номер" / "number" says little alone: a document or plate word just before it decides.
  let weak: Cue = null;
  for (let k = index - 1; k >= 0 && words < maxWords && index - k <= 12; k--) {
    const token = tokens[k] as Token;
    if (token.kind === "word") {
      words++;
      const word = token.lower;
      // …with a case ending hyphened on too (ЖСН-ім, ИИН-ы).
      if (IIN_WORDS.has(word) || IIN_WORDS.has(word.slice(0, word.indexOf("-")))) return "iin";
      if (isDocumentWord(word)) return "document";
      if (isPlateWord(word)) return "plate";
      if (WEAK_PHONE_WORDS.has(word)) weak ??= "weakPhone";
      else if (isPhoneWord(word)) return weak === null ? "phone" : "weakPhone";
    }
    if (token.sentenceStart) break;
  }
  return weak;
}

/** Whether a word about money or a fine stands in the five words before token `index`, in its sentence. */
export function moneyBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 8; k--) {
    const token = tokens[k] as Token;
    if (token.kind === "word" && isMoneyWord(token.lower)) return true;
    if (token.sentenceStart) break;
  }
  return false;
}

const PER: ReadonlySet<string> = new Set(["в", "за", "a", "per", "v", "za"]);

/** Whether the word after a number makes it money, an age or a measure. */
export function amountAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined) return false;
  // A rate: "5000 в неделю", "10k a week", "жұмасына": money per some time.
  const per = tokens[index + 1];
  if (PER.has(next.lower) && per?.kind === "word" && per.text.length > 2 && isAmountWord(per.lower)) return true;
  if (next.kind === "punct") return next.text === "%" || next.text === "₸" || next.text === "$";
  return next.kind === "word" && isAmountWord(next.lower);
}

// Letter groups that follow numbers and are units, currencies or acronyms, never plates.
const NOT_PLATE_LETTERS = new Set([
  "KZT",
  "USD",
  "EUR",
  "RUB",
  "MCI",
  "KGS",
  "UZS",
  "МРП",
  "ТГ",
  "ТНГ",
  "КГ",
  "КМ",
  "УК",
  "ДВД",
  "УВД",
  "МВД",
  "ОВД",
  "РОВД",
  "КНБ",
  "ЦОН",
  "НПО",
  "ВИЧ",
  "СПИД",
  "ГПК",
  "УПК",
  "ГК",
  "РК",
  "ЖСН",
  "ИИН",
]);
// The country's code may lead (KZ 062 AB 02); the old format may end with its region (A 728 KN 05).
const PLATE_NEW = /(?<![\p{L}\p{N}])(?:KZ ?)?\d{3} ?([A-ZА-ЯЁ]{2,3}) ?(?:0[1-9]|1\d|20)(?![\p{L}\p{N}])/gu;
const PLATE_OLD = /(?<![\p{L}\p{N}])[A-Z] ?\d{3} ?([A-Z]{2,3})(?: ?(?:0[1-9]|1\d|20))?(?![\p{L}\p{N}])/gu;
const PLATE_OLD_CYRILLIC = /(?<![\p{L}\p{N}])[АВЕКМНОРСТУХ] ?\d{3} ?([АВЕКМНОРСТУХ]{2,3})(?![\p{L}\p{N}])/gu;
// Typed in a chat: lower case, no spaces (318ahz05).
const PLATE_CHAT = /(?<![\p{L}\p{N}])\d{3}([a-z]{3})(?:0[1-9]|1\d|20)(?![\p{L}\p{N}])/gu;
const PLATE_RU = /(?<![\p{L}\p{N}])[АВЕКМНОРСТУХABEKMHOPCTYX] ?\d{3} ?([АВЕКМНОРСТУХABEKMHOPCTYX]{2}) ?\d{2,3}(?![\p{L}\p{N}])/gu;

// A state car's plate, a letter, three digits and the region (A 124 02): taken only after a car's word.
const PLATE_STATE = /(?<![\p{L}\p{N}])[A-ZА-Я] ?\d{3} (?:0[1-9]|1\d|20)(?![\p{L}\p{N}])/gu;
const CAR_WORD = /машин|авто|көлік|car|госномер|plate/iu;
const CAR_BEFORE = /(?:машин|авто|көлік|car|госномер|plate)\p{L}*[\s:—–-]+$/iu;

/**
 * Car plates: Kazakhstan's current (123ABC02, 318ahz05 in chats), old (A123BCD, А 512 ВМ) and state
 * cars' (служебной машине A 124 02) formats, and Russia's (А123ВС77).
 */
export function findPlates(text: string, out: Candidate[]): void {
  if (CAR_WORD.test(text))
    for (const match of text.matchAll(PLATE_STATE))
      if (CAR_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)))
        // As sure as a number after a document's word, so the longer span wins (номер автомобиля — M 047 02).
        out.push({ start: match.index, end: match.index + match[0].length, type: "DOCNUM", priority: PRIORITY.docnum });
  for (const pattern of [PLATE_NEW, PLATE_OLD, PLATE_OLD_CYRILLIC, PLATE_RU, PLATE_CHAT]) {
    for (const match of text.matchAll(pattern)) {
      // Units and acronyms after three digits (245 КМ) are no plate's letters, unless a letter
      // before and a region after make the shape a plate's (А 245 КМ 02).
      if (pattern !== PLATE_RU && NOT_PLATE_LETTERS.has((match[1] as string).toUpperCase())) continue;
      // A car's plate leads to its owner's file like a document's number: reported as DOCNUM.
      out.push({ start: match.index, end: match.index + match[0].length, type: "DOCNUM", priority: PRIORITY.plate });
    }
  }
}
