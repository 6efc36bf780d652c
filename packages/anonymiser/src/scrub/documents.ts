// Document numbers (DOCNUM): the number after a document's word (passport, badge, case, protocol,
// resolution, КУИ/ЕРДР, medical card, referral, …), case numbers by their shape (2-1187/2015), and
// passport numbers (N12345678, FA1234567) anywhere.

import { type Candidate, PRIORITY } from "./candidate.js";
import { HOUSE_BEFORE_NUMBER } from "./lexicon/address-words.js";
import { MONTHS } from "./lexicon/dates.js";
import {
  ABBREVIATED_DOCUMENT_WORDS,
  ARTICLE_WORDS,
  BUSINESS_NUMBER_WORDS,
  CLINIC_CARD_WORDS,
  DATED_WORDS,
  DOCUMENT_NUMBER_WORDS_AFTER,
  FORM_WORDS,
  HELPLINE_NUMBERS,
  ISSUER_ABBREVIATIONS,
  NOT_A_FILE_WORDS,
  NUMBER_WORDS,
  RECEIPT_STEMS,
  REGISTER_NUMBER_WORDS,
  SENT_STEMS,
  SERIES_WORDS,
  SIGNED_DOCUMENT_WORDS,
  STATE_ABBREVIATIONS,
} from "./lexicon/keywords.js";
import { amountAfter, isDocumentWord, isMoneyWord, tokenAt } from "./numbers.js";
import { stemTest } from "./stems.js";
import type { Token } from "./tokens.js";
import { work } from "./work.js";

// A series of digits (or capitals and digits), a № (or "номер") and the number (миграционная карта
// 7016 № 3398214, серии KZ02 № 7715423, паспорт 45 17 № 803211, серия 45 19 номер 738204, патент 77 № 2409831);
// a Russian passport's series in two pairs and six digits (45 17 803211), a migration card's four and
// seven (7503 1184529) or two pairs and seven (45 21 0889314), a work patent's two and seven (патент № 02 0451178), or a number as documents
// write it: a series of capitals in any alphabet (of two before a №: three are a register's name,
// ҚАЖ № 3420; in Latin letters, Zh, Sh, Ch and Kh stand for one Cyrillic capital: ZhL-24-00733; two
// series joined by hyphens: KZ-ОСМС-0193385, ЖТ-Ф-2024-01382211; or by a slash: Д/Т-0771), digits,
// then parts joined by - or /.
// …among them an Uzbek work patent's region and ten digits (02 2400578814), and a birth certificate's
// Roman numeral and two letters (I-ЖБ 0845123).
const NUMBER_AT =
  /(?:\d{2} ?\d{2}|\d{2,4}|\p{Lu}{1,3}\d{1,3}) ?(?:№|номер|nomer) ?\d{5,9}(?!\d)|\d{2} \d{2} \d{6,7}(?!\d)|\d{4} \d{6,7}(?!\d)|\d{2} \d{7}(?!\d)|\d{2} \d{10}(?!\d)|(?:\p{Lu}{1,2} ?№ ?|[IVXІ]{1,4}-\p{Lu}{2,3} ?|(?:\p{Lu}|Zh|Sh|Ch|Kh){2,4}-\p{Lu}{1,4}-|\p{Lu}{4}-|\p{Lu}{1,2}\/\p{Lu}{1,2}-|(?:\p{Lu}|Zh|Sh|Ch|Kh){1,3}[- ]?)?\d+[а-яa-zA-Z]?(?:(?:[-/]|[-/]\p{Lu}{1,4}[-/]?)\d+[а-яa-z]{0,2})*(?: \d{3,7}(?![\d/-]))*(?:[-/][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,4}(?![\p{L}])|\/[а-яәғқңөұүһі]{1,3}(?![\p{L}]))?/uy;
// Case numbers by their shape alone: 2-1187/2015, 1957-15-00-3/214, 7599-25-00-4а/2208, АК-0412/2015.
const CASE_SHAPE = /(?<![\p{L}\p{N}/-])(?:\d{1,5}-\d+(?:-\d+[a-zа-яә]?)*\/\d{2,4}|[A-ZА-ЯЁ]{1,3}-\d{3,}\/\d{2,4})(?![\p{L}\p{N}/])/gu;
const RU_PASSPORT = /^(?:\d{2} \d{2}|\d{4}) \d{6}$/u;
const LATIN_SERIES_PASSPORT = /^[A-Z]{2} ?\d{7}$/u;
const FORM_WORD_SET: ReadonlySet<string> = new Set(FORM_WORDS);
// A series in Latin letters with digraphs for Cyrillic capitals (ZhL, ShK), joined to its number by a hyphen.
// A birth certificate's series: a Roman numeral and two letters (I-ЖБ, II-ЖУ).
const ROMAN_SERIES = /^[IVXІ]{1,4}-\p{Lu}{2,3}$/u;
const LATIN_SERIES = /^(?:[A-Z]|Zh|Sh|Ch|Kh){1,3}$/u;
const LONG_NUMBER = /^\d{6,9}$/u;
// An ID card's nine digits from 0, or a protocol's eight (№ 01993482).
const ID_CARD = /^0\d{7,8}$/u;
const ERDR = /^\d{15}$/u;
const ERDR_SHAPE = /^(?:1[5-9]|2\d)\d{13}$/u;
const FIFTEEN_DIGITS = /\d{15}/u;
// A Kazakh passport is N and eight digits (seven on older ones); before an ID card's nine, N is only a number sign.
const PASSPORT_DIGITS = /^\d{7,8}$/u;
const NOT_A_FILE = new RegExp(`^(?:${NOT_A_FILE_WORDS.join("|")})$`, "u");
const SERIES: ReadonlySet<string> = new Set(SERIES_WORDS);
// …its ЗТ typed with a 3 (3Т-2024-01877), its last part after a slash (ЗТ-Ш-2024/1576).
const E_OTINISH = /(?<![\p{L}\p{N}-])(?:ЖТ|ЗТ|3Т|ZhT|ZT|JT)(?:-[А-ЯЁA-Z]{1,2})?-20\d\d[-/]\d{4,10}(?![\p{L}\p{N}])/gu;
const PASSPORT = /(?<![\p{L}\p{N}])(?:[NН]\d{7,8}|[A-Z]{2} ?\d{7})(?![\p{L}\p{N}])/gu;
const NUMBER_SIGNS = new Set(["№", "#", "n", "no", "nos", "nr", "n°", "number", ...NUMBER_WORDS]);
export const YEAR = /^(?:19|20)\d\d$/u;
const isSent = stemTest(SENT_STEMS);
/** Whether a number reads as a sum: in thousands or round (2 500, 3000). */
const isSum = (value: string): boolean => THOUSANDS.test(value) || /^\d*00$/u.test(value);
const QUARTER = /^Q[1-4] (?:19|20)\d\d$/u;
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])$/u;
// A number's own word before the document's word (номер направления 341); not English "no", "number".
const SIGN_WORDS_BEFORE = new Set(["№", ...NUMBER_WORDS]);
const SIGNED_WORDS: ReadonlySet<string> = new Set(SIGNED_DOCUMENT_WORDS);
const BUSINESS_NUMBER: ReadonlySet<string> = new Set(BUSINESS_NUMBER_WORDS);
const ABBREVIATED_WORDS: ReadonlySet<string> = new Set(ABBREVIATED_DOCUMENT_WORDS);
// A passport's number of capitals and digits mixed, as foreign passports write it (C4KJ9T7R2), right after its word.
const MIXED_ID = /(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z\d]{8,10}(?![\p{L}\p{N}])/uy;
const CLINIC_CARD: ReadonlySet<string> = new Set(CLINIC_CARD_WORDS);
const SIGNS_DOTTED = new Set(["no", "nr", "n°"]);
const MASKED = /^ ?\d{0,4}[*•]/u;
const MASKED_BEFORE = /[*•] ?$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORDS_AFTER_NUMBER = new Set(DOCUMENT_NUMBER_WORDS_AFTER);
export const MONTH = new RegExp(`^(?:${MONTHS.join("|")})`, "u");
const YEAR_WORDS = new Set(["г", "года", "год", "жылы", "жылғы", "ж"]);
const HOUSE_WORDS: ReadonlySet<string> = new Set(HOUSE_BEFORE_NUMBER);
const isReceipt = stemTest(RECEIPT_STEMS);
const SERIES_BEFORE = /^\p{Lu}{1,3} /u;
// A series of up to four capitals, or two joined by a hyphen (KZ-ОСМС), before its number's hyphen.
const SERIES_PARTS = /^\p{Lu}{1,4}(?:-\p{Lu}{1,4})?$/u;
const SERIES_SIGN = /^\p{Lu}{1,2} ?№ ?/u;
// A patent's region after its series word (серии 02 № 7718305), apart from the number.
const TWO_DIGIT_SERIES = /^\d{2} ?№ ?(?=\d)/u;
const ISSUER_BEFORE = new RegExp(`^(?:${ISSUER_ABBREVIATIONS.join("|")}) (?:№ ?)?(?=\\d)`, "u");
const ABOUT: ReadonlySet<string> = new Set(["об", "о", "по"]);
// …not from a 0: an ID card's number read out in threes (048 912 337) is no amount.
const THOUSANDS = /^[1-9]\d{0,2}(?: \d{3})+$/u;
// The e-government's helpline (102, 103 and 112 are three digits, taken only after a №).
const HELPLINES: ReadonlySet<string> = new Set(HELPLINE_NUMBERS);
const SIGN_BEFORE = /(?:№|#|(?<!\p{L})(?:no|nr)\.)\s*$/iu;
const DATED: ReadonlySet<string> = new Set(DATED_WORDS);
const ARTICLE_BEFORE: ReadonlySet<string> = new Set(ARTICLE_WORDS);
const ARTICLE_AFTER = /^-?(?:бап|баб|бабы|бабына|статья|стать)/u;

/**
 * The index after a date at token `k` (`12.03.2015`, `12/03/15`, `12 марта 2015`, with `г.` or
 * `жылғы` after it), or `k` if no date starts there: a document's date stands between its word
 * and its number (`протокол от 12.03.2015 № 0093412`).
 */
function afterDate(tokens: readonly Token[], k: number): number {
  const glued = (j: number): boolean => (tokens[j] as Token).end === tokens[j + 1]?.start;
  const day = tokens[k];
  if (day?.kind !== "number" || day.text.length > 2) return k;
  let j = k;
  const sep = tokens[k + 1]?.text;
  if ((sep === "." || sep === "/") && glued(k) && glued(k + 1) && tokens[k + 2]?.kind === "number" && tokens[k + 3]?.text === sep) {
    if (!glued(k + 2) || !glued(k + 3) || tokens[k + 4]?.kind !== "number") return k;
    j = k + 5;
  } else if (tokens[k + 1]?.kind === "word" && MONTH.test((tokens[k + 1] as Token).lower) && tokens[k + 2]?.kind === "number") {
    j = k + 3;
  } else return k;
  const year = tokens[j];
  if (year?.kind === "word" && YEAR_WORDS.has(year.lower)) j = tokens[j + 1]?.text === "." && glued(j) ? j + 2 : j + 1;
  work.steps += j - k;
  return j;
}

// …and a contract's or a grant's (договор № МГ-2024/03), the NGO's, no one's file either.
// …as is one after a state's abbreviation (Приказ Министра здравоохранения РК № ҚР ДСМ-137/2020).
const STATE_BEFORE = /(?<!\p{L})(?:рк|қр|кр|рф|rk)\s*№?\s*$/iu;
const NORMATIVE_BEFORE = /(?<!\p{L})(?:приказ|бұйрығ|бұйрық|order|договор|шарт|contract|грант|grant)\p{L}*[^.!?]*$/iu;
// …and its last digits said so (последние цифры 7470, last digits 4417, соңғы төрт цифры).
const ENDS_IN = /^(?:заканчива|оканчива|zakanchiva|okanchiva|ends|аяқтал|последн|posledn|соңғы|соңы|songy|sony$|last$|ending$|digits$)/u;
const VITALS: ReadonlySet<string> = new Set(["ад", "чсс", "чдд", "пульс", "давление", "bp", "hr", "spo2", "ққ", "қысымы", "qysymy"]);
// Thousands written with a k (5k, 10-15к): money.
const KILO = /^\d{1,3}(?:[-–]\d{1,3})?[kкKК]$/u;

/** The document number at token `k`, as a span, or `null` if what is there is no such number. */
function numberAt(text: string, tokens: readonly Token[], k: number, signed: boolean, named = false): [number, number] | null {
  const head = tokens[k];
  if (head === undefined || head.blocked) return null;
  // A room's, a lab sample's or a payment's number names no one's file (в кабинете № 214, Пробирка
  // № 1187, образец № 58-2231, ID перевода 2409…), said up to three words before it (Образец крови
  // № 2231, Lab sample ID 4471-B, Blood sample lab ID 24-11873).
  for (let back = k - 1, words = 0; back >= 0 && words < 3; back--) {
    const word = tokens[back] as Token;
    if (word.kind !== "word") {
      // …past the sign and a series' hyphen (sample ID GX-0451).
      if (NUMBER_SIGNS.has(word.lower) || word.text === "-" || word.text === ":") continue;
      break;
    }
    if (NOT_A_FILE.test(word.lower)) return null;
    words++;
  }
  NUMBER_AT.lastIndex = head.start;
  const match = NUMBER_AT.exec(text);
  if (match === null) return null;
  // "дело об АП № 1942-ЖД": the offence's abbreviation is no series, nor a country's (паспорт РТ 400517902).
  const about = ABOUT.has(tokens[k - 1]?.lower ?? "");
  // "серии 02 № 7718305": a patent's region its series word names stands apart from the number (патент 77 № 2409831 is one).
  const series = SERIES.has(tokens[k - 1]?.lower ?? "");
  const value = about ? match[0].replace(SERIES_SIGN, "") : match[0].replace(series ? TWO_DIGIT_SERIES : ISSUER_BEFORE, "");
  if (value !== match[0])
    return numberAt(text, tokens, tokenAt(tokens, head.start + match[0].length - value.length), about || signed, named);
  const end = head.start + value.length;
  const digits = value.replace(/\D/gu, "").length;
  // Three digits only after a № (постановление № 318), never a bare count; a masked number
  // (4400 43** **** 6616) identifies no one.
  if (digits < (signed ? 3 : 4) || digits > 20 || LETTER_OR_DIGIT.test(text.charAt(end)) || MASKED.test(text.slice(end, end + 8)))
    return null;
  // The last digits of a masked card (**** 2291) identify no one either.
  if (MASKED_BEFORE.test(text.slice(Math.max(0, head.start - 3), head.start))) return null;
  // A year is not a document's number unless a № says so ("в 2015 году", "дело 2015 года", "ІІМ 2020 берген"),
  // nor a quarter of one (Q2 2024), nor a day and month (on 02/06).
  const quarter = QUARTER.test(value) || (text.charAt(head.start - 1) === "Q" && QUARTER.test(`Q${value}`));
  if (!signed && (YEAR.test(value.replace(SERIES_BEFORE, "")) || quarter || DAY_MONTH.test(value))) return null;
  // Thousands in groups are an amount ("вернул только за 10 000"), unless seven digits or more follow
  // their document's word (паспорт 401 337 992); a helpline's number is no one's.
  const amount = THOUSANDS.test(value) && !(named && digits >= 7);
  if (!signed && (amount || KILO.test(value))) return null;
  // …nor an emergency line's, even after "номер" (Вызов поступил на номер 102), unless a № says so.
  if (HELPLINES.has(value) && !SIGN_BEFORE.test(text.slice(Math.max(0, head.start - 5), head.start))) return null;
  // Inside a longer number (the month and day of 2024-06-12), or an article of a code (ҚК 309-бабы).
  if (/\d[-/.]$/u.test(text.slice(Math.max(0, head.start - 2), head.start)) || ARTICLE_AFTER.test(text.slice(end, end + 6))) return null;
  // A round sum sent to a card (картаға 3000 салшы, карточкаңызға 5000 жібердім), not the card's number.
  if (/00$/u.test(value) && isSent(tokens[tokenAt(tokens, end)]?.lower ?? "")) return null;
  if (amountAfter(tokens, tokenAt(tokens, end))) {
    // A year read on as the number's last group is the year's (№ 038812550 2016 жылы берілген).
    const group = / (?:19|20)\d\d$/u.exec(value);
    // …and a series with no number left before the year is the issuing body's letters (ІІМ 2021 жылы).
    return group === null || !/\d/u.test(value.slice(0, -group[0].length)) ? null : [head.start, end - group[0].length];
  }
  return [head.start, end];
}

const LIST_LINKS = new Set([",", "и", "and", "және", "мен", "или", "or", "&"]);

/**
 * More numbers of the same document listed after the first (`№ 0034871 и № 0034872`, `Nos. 0034991
 * and 0034992`, `АА 0012345, ББ 0098761`): pushes each, returns the index after the last.
 */
function listedAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  signed: boolean,
  push: (start: number, end: number) => void,
): number {
  let k = from;
  for (;;) {
    // …each with its date (№ 0012845 от 14.01.2024, № 0013190).
    const dated = DATED.has(tokens[k]?.lower ?? "") ? afterDate(tokens, k + 1) : k;
    const link = dated > k + 1 ? dated : k;
    if (!LIST_LINKS.has(tokens[link]?.lower ?? "")) return k;
    let j = link + 1;
    let sign = signed;
    while (j < link + 4 && tokens[j] !== undefined && (NUMBER_SIGNS.has((tokens[j] as Token).lower) || (tokens[j] as Token).text === ".")) {
      sign = true;
      j++;
    }
    const head = tokens[j];
    const series = head?.kind === "word" && head.allCaps && head.text.length <= 3 && !isDocumentWord(head.lower);
    if (head === undefined || (head.kind !== "number" && !series)) return k;
    const span = numberAt(text, tokens, j, sign);
    if (span === null) return k;
    push(span[0], span[1]);
    work.steps += j - k;
    k = tokenAt(tokens, span[1]);
  }
}

/**
 * Whether token `i` is an acronym right before a number sign — a register or a form no list has
 * (ҚЖТ № 5522, ҚСТРТ № 2319…, УД № 1187): what a № follows is numbered, and a № takes three digits
 * at least, so a hospital's or a department's own number (ГКБ № 7, ОП № 3) stays.
 */
function registerBefore(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  // …or the number, then its word in Kazakh order (ҚСТ-да 5512 нөмірімен).
  const numbered = next?.kind === "number" && NUMBER_WORD_AFTER.test(tokens[i + 2]?.lower ?? "");
  const sign = next?.text === "№" || REGISTER_SIGNS.has(next?.lower ?? "") || numbered;
  // The acronym may carry a Kazakh case ending after a hyphen (ҚЖТ-да № 2271).
  const acronym = SUFFIXED_ACRONYM.exec(token.text)?.[1] ?? (token.allCaps ? token.text : "");
  return acronym.length >= 2 && acronym.length <= 6 && sign && !STATES.has(acronym.toLowerCase());
}
const SUFFIXED_ACRONYM = /^(\p{Lu}{2,6})-\p{Ll}{1,5}$/u;
const NUMBER_WORD_AFTER = /^(?:нөмір|номер|nömir|nomer)/u;
const REGISTER_SIGNS: ReadonlySet<string> = new Set(REGISTER_NUMBER_WORDS);
const STATES: ReadonlySet<string> = new Set(STATE_ABBREVIATIONS);

/** Whether token `k` is glued to the digits after it: one capital glued to its number is a series (A09241187). */
const gluedToNumber = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.kind === "number" && tokens[k + 1]?.start === (tokens[k] as Token).end;

/** Whether a lower-case document word stands among the `count` tokens from `from`. */
function documentWordWithin(tokens: readonly Token[], from: number, count: number): boolean {
  for (let k = from; k < tokens.length && k < from + count; k++) {
    const token = tokens[k] as Token;
    if (token.kind === "word" && !token.cap && isDocumentWord(token.lower)) return true;
  }
  return false;
}

/** Whether a receipt's or a cheque's word stands in the five words before token `i`, in its sentence (квитанция об оплате штрафа №). */
function receiptBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < 5; k--) {
    const token = tokens[k] as Token;
    if (token.kind === "word") {
      words++;
      if (isReceipt(token.lower)) return true;
    }
    if (token.sentenceStart) break;
  }
  return false;
}

// A case's code: capitals and digits joined by hyphens or slashes (ТК-2024-112, ШМК-0412,
// SW-KRG-24/061), or digits from a 0 (0117), never a row's count (14), a year or an amount.
const ROW_CODE = /^(?:\p{Lu}{1,5}(?:-\p{Lu}{1,5})?(?:[-/]\d{2,6}){1,3}|0\d{2,5})$/u;

/** The codes opening or closing rows of a table pasted as text, its cells parted by `|` (three or more). */
function rowCodes(text: string): [number, number][] {
  const codes: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const cells = line.split("|");
    if (cells.length >= 4) {
      const last = cells[cells.length - 1] as string;
      for (const [cell, at] of [
        [cells[0] as string, lineStart],
        [last, lineStart + line.length - last.length],
      ] as const) {
        // …after a label in the cell (Spreadsheet row: TSK-2024-019).
        const code = cell.slice(cell.lastIndexOf(": ") + 1).trim();
        const start = at + cell.indexOf(code);
        if (ROW_CODE.test(code)) codes.push([start, start + code.length]);
      }
    }
    lineStart += line.length + 1;
  }
  return codes;
}

/** Document numbers after their keyword, case numbers by shape, passport numbers anywhere. */
export function findDocumentNumbers(text: string, tokens: readonly Token[], out: Candidate[]): void {
  const push = (start: number, end: number): void => {
    // After a document's word, a Russian passport's shape is its number, not the phone its digits could
    // be; so is a series of two Latin capitals before seven digits (номери AC 2234517), a Kyrgyz or an
    // Uzbek passport's.
    const value = text.slice(start, end);
    const passport = RU_PASSPORT.test(value) || LATIN_SERIES_PASSPORT.test(value);
    out.push({ start, end, type: "DOCNUM", priority: passport ? PRIORITY.passport : PRIORITY.docnum });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const signedWord =
      SIGNED_WORDS.has(token.lower) && (NUMBER_SIGNS.has(tokens[i + 1]?.lower ?? "") || CLINIC_CARD.has(tokens[i - 1]?.lower ?? ""));
    const abbreviated = ABBREVIATED_WORDS.has(token.lower) && tokens[i + 1]?.text === "." && tokens[i + 1]?.start === token.end;
    if (token.kind !== "word" || token.blocked || !(isDocumentWord(token.lower) || signedWord || abbreviated || registerBefore(tokens, i)))
      continue;
    // "Приказ МВД № 611": a ministry's order, a law's number.
    if (NORMATIVE_BEFORE.test(tokens[i - 1]?.lower ?? "") || NORMATIVE_BEFORE.test(tokens[i - 2]?.lower ?? "")) continue;
    // The number comes within a few tokens ("удостоверение личности № 0412…", "жетона я запомнила: 04418");
    // its sign may come before the document's word ("номер направления 341").
    let signed = SIGN_WORDS_BEFORE.has(tokens[i - 1]?.lower ?? "");
    // A register's letters glued to its number by a hyphen are its series (№ КУИ-2024-018844).
    const series = token.allCaps && tokens[i + 1]?.text === "-" && tokens[i + 1]?.start === token.end && gluedToNumber(tokens, i + 1);
    const whole = series ? numberAt(text, tokens, i, true) : null;
    if (whole !== null) {
      push(whole[0], whole[1]);
      i = tokenAt(tokens, whole[1]) - 1;
      continue;
    }
    // Whether a sum here is money, not the document's number: on a card no sign numbers (top up the
    // clinic card with 5000), or after a verb of sending (below).
    let moneyHere = signedWord && !NUMBER_SIGNS.has(tokens[i + 1]?.lower ?? "");
    for (let k = i + 1, seen = 0; k < tokens.length && seen < 8; k++, seen++) {
      const next = tokens[k] as Token;
      work.steps++;
      if (next.blocked) break;
      // A full stop glued to a word is an abbreviation's (уд., No.); else it ends the sentence.
      // …unless a capitalised word opens a sentence after it (паспорта. Квитанция …).
      const opens = tokens[k + 1]?.sentenceStart === true && tokens[k + 1]?.cap === true && !tokens[k + 1]?.allCaps;
      if (next.kind === "punct" && ("!?;".includes(next.text) || (next.text === "." && (tokens[k - 1]?.end !== next.start || opens))))
        break;
      if (NUMBER_SIGNS.has(next.lower)) signed = true;
      // "…паспорта. Квитанция об оплате № 2021…": a receipt's number, not the passport's; "экспертиз,
      // БИН 110540018726": an organisation's business number, public.
      if (next.kind === "word" && (isReceipt(next.lower) || BUSINESS_NUMBER.has(next.lower))) break;
      // "номер карты, переведу за такси: 2 500": a sum sent, after a verb of sending.
      if (next.kind === "word" && isSent(next.lower)) moneyHere = true;
      // "Карта заканчивается на 0512": a card's last digits, not a medical card's number; "Жалобы …,
      // АД 150/95": a vital sign's value, not the complaint's number.
      // …but a series glued to its number by a hyphen is the number's (Протокол № АД-00147821).
      const glued = tokens[k + 1]?.text === "-" && tokens[k + 1]?.start === next.end;
      if (next.kind === "word" && (ENDS_IN.test(next.lower) || (VITALS.has(next.lower) && !glued))) break;
      // A series before the number: АА 0093419, one letter joined by a hyphen (А-4472), or up to
      // four capitals joined by one, even the document's own name (ОСМС-118-440213).
      const hyphened = tokens[k + 1]?.text === "-" && tokens[k + 1]?.start === next.end;
      // …or spaced from a long number: a Kazakh passport's N, a residence permit's F (N 14408723),
      // a series in Latin digraphs (ZhK 0447219).
      const spacedLong =
        tokens[k + 1]?.kind === "number" && tokens[k + 1]?.start === next.end + 1 && LONG_NUMBER.test(tokens[k + 1]?.text ?? "");
      // …or two series joined by a slash (Д/Т-0771).
      const slashed =
        tokens[k + 1]?.text === "/" && tokens[k + 1]?.start === next.end && tokens[k + 2]?.cap === true && tokens[k + 3]?.text === "-";
      const series =
        next.kind === "word" &&
        ((next.text.length <= 2 && next.cap && slashed) ||
          (next.allCaps && hyphened && SERIES_PARTS.test(next.text)) ||
          (spacedLong && ROMAN_SERIES.test(next.text)) ||
          (next.latin && hyphened && LATIN_SERIES.test(next.text)) ||
          (spacedLong &&
            (next.text.length === 1 || (next.latin && LATIN_SERIES.test(next.text))) &&
            (next.text !== "N" || PASSPORT_DIGITS.test(tokens[k + 1]?.text ?? ""))) ||
          (!isDocumentWord(next.lower) &&
            !STATES.has(next.lower) &&
            (next.allCaps ? next.text.length <= 3 : next.cap && next.text.length === 1 && (hyphened || gluedToNumber(tokens, k)))));
      // Right after its word (a colon between), the number is the document's in any grouping.
      const named = k === i + 1 || (k === i + 2 && tokens[i + 1]?.text === ":");
      if (named && next.latin) {
        MIXED_ID.lastIndex = next.start;
        const mixed = MIXED_ID.exec(text);
        if (mixed !== null) {
          push(next.start, next.start + mixed[0].length);
          i = tokenAt(tokens, next.start + mixed[0].length) - 1;
          break;
        }
      }
      if (next.kind !== "number" && !series) continue;
      // "протоколы по ст. 449 КоАП РК: № 0012845": a law's article between the word and its number;
      // the look goes on past it.
      const article = tokens[k - 1]?.text === "." ? tokens[k - 2] : tokens[k - 1];
      if (next.kind === "number" && ARTICLE_BEFORE.has(article?.lower ?? "")) {
        seen -= 4;
        continue;
      }
      // "справку … нужно заплатить 15 000": an amount to pay, not the document's number.
      if (next.kind === "number" && isMoneyWord(tokens[k - 1]?.lower ?? "")) break;
      // "регистрации: пр. Сейфуллина, д. 404/67": a house's number, read as an address.
      const houseWord = tokens[k - 1]?.text === "." ? tokens[k - 2] : tokens[k - 1];
      if (next.kind === "number" && houseWord?.kind === "word" && HOUSE_WORDS.has(houseWord.lower)) break;
      // "Справка формы 035-2/у № 112458": the form's number says which form, not whose.
      if (next.kind === "number" && FORM_WORD_SET.has(tokens[k - 1]?.lower ?? "")) {
        while (k + 1 < tokens.length && (tokens[k + 1] as Token).start === (tokens[k] as Token).end) k++;
        continue;
      }
      // A document's date may stand between its word and its number (протокол от 12.03.2015 № …),
      // and a date is never its number (дата обращения: 07/02/2024).
      const date = afterDate(tokens, k);
      if (date > k) {
        k = date - 1;
        continue;
      }
      const span = numberAt(text, tokens, k, signed, named);
      if (span !== null && moneyHere && isSum(text.slice(span[0], span[1]))) break;
      if (span !== null) {
        push(span[0], span[1]);
        i = listedAfter(text, tokens, tokenAt(tokens, span[1]), signed, push) - 1;
        break;
      }
      if (next.kind === "number") break;
    }
  }
  // Kazakh puts the document's word after its number: "№ 0093418 хаттама", "7512/15 ісі бойынша".
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "number" || token.blocked || !documentWordWithin(tokens, i + 1, 4)) continue;
    // A series joined by a hyphen or a space starts the number (№ ЖЛ-24-0551 жолдамада, АЛ-3310
    // төсбелгісі, АП 0850019 хаттамасына).
    const isSeries = (t: Token | undefined): boolean =>
      t?.kind === "word" && t.cap && SERIES_PARTS.test(t.text) && !STATES.has(t.lower) && !isDocumentWord(t.lower);
    const hyphened = tokens[i - 1]?.text === "-" && tokens[i - 1]?.start === tokens[i - 2]?.end && tokens[i - 1]?.end === token.start;
    const spaced = tokens[i - 1]?.allCaps === true && text.charAt(token.start - 1) === " " && tokens[i - 1]?.end === token.start - 1;
    const head = hyphened && isSeries(tokens[i - 2]) ? i - 2 : spaced && isSeries(tokens[i - 1]) ? i - 1 : i;
    const previous = tokens[head - 1];
    const signed = previous !== undefined && NUMBER_SIGNS.has(previous.lower);
    const span = numberAt(text, tokens, head, signed);
    if (span === null) continue;
    let j = tokenAt(tokens, span[1]);
    // Up to two words may come between: `0093418 нөмірлі хаттама`, `№ 2-1187/2015 сот ісі`; or a
    // dash, as a number is said and then named (048 912 337 — удостоверение личности).
    if (tokens[j]?.text === "—" || tokens[j]?.text === "–") j++;
    for (let words = 0; words < 2 && tokens[j]?.kind === "word" && WORDS_AFTER_NUMBER.has((tokens[j] as Token).lower); words++) j++;
    const after = tokens[j];
    if (after !== undefined && after.kind === "word" && isDocumentWord(after.lower) && !after.cap) push(span[0], span[1]);
    i = tokenAt(tokens, span[1]) - 1;
  }
  // The pre-trial register's fifteen-digit number (ЕРДР) after a № needs no word for the register
  // (under no. 231975030002217), nor does an ID card's nine digits from 0 (Сарсенова М., № 046521937);
  // a letter's or a grant's number is another length, and a receipt says it is one.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "№", or "no." and "nr." with their full stop (not the English word "no").
    const dotted = tokens[i + 1]?.text === ".";
    if (token.blocked || !(token.text === "№" || (dotted && SIGNS_DOTTED.has(token.lower)))) continue;
    const k = dotted ? i + 2 : i + 1;
    const head = tokens[k];
    // …nor does a number after a series and its word (серии 02 № 1128447, серии АА № 0048813).
    const series = SERIES.has(tokens[i - 2]?.lower ?? "") && (tokens[i - 1]?.kind === "number" || tokens[i - 1]?.allCaps === true);
    if (head?.kind !== "number" || !(ERDR.test(head.text) || ID_CARD.test(head.text) || (series && head.text.length >= 5))) continue;
    if (receiptBefore(tokens, i)) continue;
    const span = numberAt(text, tokens, k, true);
    if (span !== null) push(span[0], span[1]);
  }
  // …and its shape alone, a year and thirteen digits, is no other number's (тізілімінде 245100031001873 нөмірімен).
  if (FIFTEEN_DIGITS.test(text))
    for (const token of tokens)
      if (token.kind === "number" && !token.blocked && ERDR_SHAPE.test(token.text) && !LETTER_OR_DIGIT.test(text.charAt(token.end)))
        push(token.start, token.end);
  // A normative act's number (приказ № ҚР ДСМ-211/2020, Приказ МВД № 611) is the law's, no one's file.
  if (text.includes("/"))
    for (const match of text.matchAll(CASE_SHAPE))
      if (
        !NORMATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)) &&
        !STATE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))
      )
        push(match.index, match.index + match[0].length);
  for (const match of text.matchAll(PASSPORT)) push(match.index, match.index + match[0].length);
  // The NGO's case number opening a row of its table (0117 | 12.02.2024 | …, ТК-2024-112 | …).
  if (text.includes("|")) for (const [start, end] of rowCodes(text)) push(start, end);
  // An e-Otinish request's number, by its shape alone (ЖТ-2024-05120977, ЗТ-Ф-2024-01393540).
  if (text.includes("-20")) for (const match of text.matchAll(E_OTINISH)) push(match.index, match.index + match[0].length);
  // …and an ID card's nine digits from 0 alone (по факту у неё 049526713), which no phone, sum or
  // year has, unless a receipt or a card's payment says whose number it is.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "number" || token.blocked || token.text.length !== 9 || !ID_CARD.test(token.text)) continue;
    if (LETTER_OR_DIGIT.test(text.charAt(token.end)) || /[\p{L}\p{N}][-/.]?$/u.test(text.slice(Math.max(0, token.start - 2), token.start)))
      continue;
    if (!receiptBefore(tokens, i)) push(token.start, token.end);
  }
}
