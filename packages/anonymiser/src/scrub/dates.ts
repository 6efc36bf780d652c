// Dates of birth: a date (12.01.1987, 1987-01-11, 14 апреля 1995, 18 November 1984, 1988 жылы
// 6 қарашада) that the words right around it call a birth date. Other dates are left alone.
import { type Candidate, PRIORITY } from "./candidate.js";
import { BIRTH_CUES_AFTER, BIRTH_CUES_BEFORE, MONTHS } from "./lexicon/dates.js";

const MONTH = `(?:${MONTHS.join("|")})`;
const DATES = new RegExp(
  [
    // 12.01.1987, 12.09.91, 07/05/1976, 12-01-1987
    String.raw`(?<![\p{N}./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d(?![\p{N}]|[./-]\p{N})`,
    // 1987-01-11
    String.raw`(?<![\p{N}./-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{N}])`,
    // 14 апреля 1995, 18 November 1984, 6 қарашада (after a year: 1988 жылы 6 қарашада)
    String.raw`(?<![\p{L}\p{N}])(?:(?:19|20)\d\d\s+(?:жылы|жылғы|ж\.)\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\s+|-)${MONTH}\p{L}*(?:,?\s+(?:19|20)\d\d)?(?![\p{N}])`,
    // November 18, 1984
    String.raw`(?<![\p{L}\p{N}])${MONTH}\p{L}*\s+(?:0?[1-9]|[12]\d|3[01]),?\s+(?:19|20)\d\d(?![\p{N}])`,
    // A year alone (1987 г.р., 1987 жылы туғанмын): a birth date only with the birth word after it.
    String.raw`(?<![\p{L}\p{N}./-])(?:19|20)\d\d(?![\p{N}]|[./-]\p{N})`,
  ].join("|"),
  "giu",
);
// The cue anywhere in the window before the date (no other date between): "born in Tekeli on …".
const BEFORE = new RegExp(`(?:${BIRTH_CUES_BEFORE.join("|")})`, "iu");
const AFTER = new RegExp(`^[\\s,]*(?:${BIRTH_CUES_AFTER.join("|")})`, "iu");
// Every cue has one of these: most texts have none, and the date patterns are slow to fail.
const ANY_CUE = /рожд|родил|д\.\s?р|д\/р|г\.\s?р|г\s?р\b|born|dob|d\.o\.b|birth|туған|туыл|ж\.\s?т/iu;
const WINDOW = 40;
// A sentence's end, or a placeholder (an earlier date already scrubbed) ends the window.
const STOP = /[\n!?;\]]|\.\s+(?=\p{Lu})/gu;
const YEAR_ALONE = /^(?:19|20)\d\d$/u;
// After a year alone, only words that say birth (not "туған" of "туған жері", not a bare "рождения").
const YEAR_AFTER = /^\s*(?:г\.?\s?р\b|г\.\s?р\.|года\s+рождения|г\.\s+рождения|жылы\s+туған|ж\.\s?т\.?|year\s+of\s+birth)/iu;

/** The text from the last sentence break before `at` (within `WINDOW` characters). */
function leftContext(text: string, from: number, at: number): string {
  const window = text.slice(Math.max(from, at - WINDOW), at);
  let cut = 0;
  for (const match of window.matchAll(STOP)) cut = match.index + match[0].length;
  return window.slice(cut);
}

/** Dates of birth, found by a date's shape and a birth word right before or after it. */
export function findBirthDates(text: string, out: Candidate[]): void {
  if (!ANY_CUE.test(text)) return;
  let previousEnd = 0;
  for (const match of text.matchAll(DATES)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = leftContext(text, previousEnd, start);
    const after = text.slice(end, end + WINDOW);
    previousEnd = end;
    if (YEAR_ALONE.test(match[0]) ? !YEAR_AFTER.test(after) : !BEFORE.test(before) && !AFTER.test(after)) continue;
    out.push({ start, end, type: "DOB", priority: PRIORITY.dob });
  }
}
