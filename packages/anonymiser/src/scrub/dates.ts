// Dates of birth: a date (12.01.1987, 1987-01-11, 14 апреля 1995, 18 November 1984, 1988 жылы
// 6 қарашада) that the words right around it call a birth date. Other dates are left alone.
import { type Candidate, PRIORITY } from "./candidate.js";
import { BIRTH_CUES_AFTER, BIRTH_CUES_BEFORE, BIRTH_YEAR_CUES_AFTER, BIRTH_YEAR_CUES_BEFORE, MONTHS } from "./lexicon/dates.js";

const MONTH = `(?:${MONTHS.join("|")})`;
const DATES = new RegExp(
  [
    // 12.01.1987, 12.09.91, 07/05/1976, 12-01-1987
    String.raw`(?<![\p{N}./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d(?![\p{N}]|[./-]\p{N})`,
    // 1987-01-11
    String.raw`(?<![\p{N}./-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{N}])`,
    // 14 апреля 1995, 18 November 1984, 6 қарашада (after a year: 1988 жылы 6 қарашада)
    String.raw`(?<![\p{L}\p{N}])(?:(?:19|20)\d\d\s+(?:жылы|жылғы|ж\.|jyly|zhyly|jylgy|zhylgy)\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\s+|-)${MONTH}\p{L}*(?:,?\s+(?:19|20)\d\d)?(?![\p{N}])`,
    // November 18, 1984 (June 14, after a birthday word)
    String.raw`(?<![\p{L}\p{N}])${MONTH}\p{L}*\s+(?:0?[1-9]|[12]\d|3[01])(?:,?\s+(?:19|20)\d\d)?(?![\p{N}])`,
    // A day and month without a year (др 14.02): a birthday only with its word before it.
    String.raw`(?<![\p{N}./-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\p{N}]|[./-]\p{N})`,
    // A year alone (1987 г.р., 1987 жылы туғанмын): a birth date only with a birth word near it.
    String.raw`(?<![\p{L}\p{N}./-])(?:19|20)\d\d(?![\p{N}]|[./-]\p{N})`,
    // Two digits right before г.р. (88 г.р.).
    String.raw`(?<![\p{L}\p{N}./-])\d\d(?=\s?г\.?\s?р\b|\s?г\.\s?р\.)`,
  ].join("|"),
  "giu",
);
// The cue anywhere in the window before the date (no other date between): "born in Tekeli on …".
const BEFORE = new RegExp(`(?:${BIRTH_CUES_BEFORE.join("|")})`, "iu");
// A date's own "года"/"жылы" may stand between it and the cue (3 мая 1993 года родилась).
const AFTER = new RegExp(`^[\\s,]*(?:(?:года|г\\.|жылы|ж\\.)\\s+)?(?:${BIRTH_CUES_AFTER.join("|")})`, "iu");
// …or a verb of being born two words on, past the place (2 қыркүйекте Текелі қаласында туғанмын).
const BORN_NEAR_AFTER =
  /^[\s,]*(?:(?:года|г\.|жылы|ж\.)\s+)?(?:[\p{L}-]{1,14}\s+){1,2}(?:туған(?!\s+жер)\p{L}*|туыл\p{L}*|родил(?:ся|ась))/iu;
// A year alone: the cue, then at most three short words (родилась в Текели в 1995, born in 1992).
const YEAR_BEFORE = new RegExp(`(?:${BIRTH_YEAR_CUES_BEFORE.join("|")})[\\s:,.—–-]*(?:[\\p{L}-]{1,14}[\\s,:]+){0,3}$`, "iu");
// …or the cue after it, at most two words on (1993 жылы Талдықорғанда туылғанмын, 1991 g.r.).
const YEAR_NEAR_AFTER = new RegExp(`^[\\s,]*(?:[\\p{L}-]{1,14}\\s+){0,2}(?:${BIRTH_YEAR_CUES_AFTER.join("|")})`, "iu");
// Every cue has one of these: most texts have none, and the date patterns are slow to fail.
const ANY_CUE =
  /рожд|родил|д\.\s?р|д\/р|г\.\s?р|г\s?р\b|born|dob|d\.o\.b|birth|туған|туыл|ж\.\s?т|rodil|rozhd|g\.\s?r|tugan|tuylgan|дүниеге|днюх|dnyuh|bday|b-day|d\.\s?r\.|т\.\s?ж|(?<!\p{L})др(?!\p{L})/iu;
const WINDOW = 40;
// A sentence's end, or a placeholder (an earlier date already scrubbed) ends the window.
const STOP = /[\n!?;\]]|\.\s+(?=\p{Lu})/gu;
const YEAR_ALONE = /^(?:19|20)?\d\d$/u;
// After a year alone, only words that say birth (not "туған" of "туған жері", not a bare "рождения").
const YEAR_AFTER = /^\s*(?:г\.?\s?р\b|г\.\s?р\.|г\.\s?рожд|года\s+рождения|г\.\s+рождения|жылы\s+туған|ж\.\s?т\.?|year\s+of\s+birth)/iu;

/**
 * The text from the last sentence break before `at` (within `WINDOW` characters), and whether it
 * starts right after the date or placeholder before it.
 */
function leftContext(text: string, from: number, at: number): { readonly before: string; readonly afterDate: boolean } {
  const start = Math.max(from, at - WINDOW);
  const window = text.slice(start, at);
  let cut = 0;
  let afterDate = start === from && from > 0;
  for (const match of window.matchAll(STOP)) {
    cut = match.index + match[0].length;
    afterDate = match[0] === "]";
  }
  return { before: window.slice(cut), afterDate };
}

/** Dates of birth, found by a date's shape and a birth word right before or after it. */
export function findBirthDates(text: string, out: Candidate[]): void {
  if (!ANY_CUE.test(text)) return;
  let previousEnd = 0;
  for (const match of text.matchAll(DATES)) {
    const start = match.index;
    const end = start + match[0].length;
    const { before, afterDate } = leftContext(text, previousEnd, start);
    const after = text.slice(end, end + WINDOW);
    previousEnd = end;
    const year = YEAR_ALONE.test(match[0]);
    const cueAfter = year ? YEAR_AFTER.test(after) || YEAR_NEAR_AFTER.test(after) : AFTER.test(after) || BORN_NEAR_AFTER.test(after);
    // A cue right after the date or placeholder before is that one's (1990 года рождения, в сауне с 2011).
    const taken = afterDate && (AFTER.test(before) || YEAR_AFTER.test(before) || YEAR_NEAR_AFTER.test(before));
    const cueBefore = !taken && (year ? YEAR_BEFORE : BEFORE).test(before);
    if (!cueAfter && !cueBefore) continue;
    out.push({ start, end, type: "DOB", priority: PRIORITY.dob });
  }
}
