// Dates of birth: a date (12.01.1987, 1987-01-11, 14 апреля 1995, 18 November 1984, 1988 жылы
// 6 қарашада) that the words right around it call a birth date. Other dates are left alone.
import { type Candidate, PRIORITY } from "./candidate.js";
import { isValidIin } from "./iin.js";
import {
  BIRTH_CUES_AFTER,
  BIRTH_CUES_BEFORE,
  BIRTH_YEAR_CUES_AFTER,
  BIRTH_YEAR_CUES_BEFORE,
  BIRTHDAY_WISHES,
  DATE_WORDS,
  LOCATIVE_MONTHS,
  MONTHS,
  MONTHS_IN_ORDER,
  YEAR_WORDS,
} from "./lexicon/dates.js";
import { IIN_KEYWORDS } from "./lexicon/keywords.js";

const MONTH = `(?:${MONTHS.join("|")})`;
// A date in words: a day and its month, with or without a year, or a year alone (восьмого марта
// девяносто девятого, он бесінші наурызда, тоқсан жетінші, toksan segizinshi).
const any = (list: readonly string[]): string => `(?:${list.join("|")})`;
const RU_DAY = `(?:${any(DATE_WORDS.ruDayTens)}\\s+)?${any(DATE_WORDS.ruUnits)}|${any(DATE_WORDS.ruDays)}`;
const RU_YEAR = `(?:${any(DATE_WORDS.ruYearTens)}\\s+${any(DATE_WORDS.ruUnits)}|${any(DATE_WORDS.ruYears)})`;
const KK_DAY = `(?:${any(DATE_WORDS.kkDayTens)}\\s+)?${any(DATE_WORDS.kkUnits)}|${any(DATE_WORDS.kkDays)}`;
const KK_YEAR = `(?:${any(DATE_WORDS.kkYearTens)}\\s+${any(DATE_WORDS.kkUnits)}|${any(DATE_WORDS.kkYears)})`;
const DATE_IN_WORDS = String.raw`(?<![\p{L}\p{N}])(?:(?:${RU_DAY})\s+${MONTH}\p{L}*(?:\s+(?:${RU_YEAR}|(?:19|20)\d\d(?!\d)))?|${RU_YEAR}|(?:${KK_DAY})\s+${MONTH}\p{L}*|${KK_YEAR})(?!\p{L})`;
/** A year in words alone: a birth year only with a birth word near it, as a year in digits. */
const WORD_YEAR = new RegExp(`^(?:${RU_YEAR}|${KK_YEAR})$`, "iu");
const LOCATIVE = String.raw`(?:-?(?:да|де|та|те|da|de|ta|te)(?!\p{L}))?`;
const DATES = new RegExp(
  [
    // 12.01.1987, 12.09.91, 07/05/1976, 12-01-1987, and the month first (02/14/1998)
    // …with a Turkic locative glued on, which the date's word then is (19.02.1988да туғилганман)
    String.raw`(?<![\p{N}./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)?\d\d${LOCATIVE}(?![\p{N}]|[./-]\p{N})`,
    // 4.IV.1991, 29/II/1992, 12 VI 1990: the month in Roman numerals, as older Soviet forms write it
    String.raw`(?<![\p{L}\p{N}./-])(?:0?[1-9]|[12]\d|3[01])([./ -])(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\2(?:19|20)?\d\d(?![\p{L}\p{N}])`,
    // 1987-01-11, 1979/04/10, 1984.12.14
    String.raw`(?<![\p{N}./-])(?:19|20)\d\d([./-])(?:0[1-9]|1[0-2])\3(?:0[1-9]|[12]\d|3[01])${LOCATIVE}(?![\p{N}]|[./-]\p{N})`,
    // 14 апреля 1995, 2 апр. 1995, 18 November 1984, the 2nd of May 1996, 17-Jul-1994, 6 қарашада (after a year: 1988 жылы 6 қарашада)
    String.raw`(?<![\p{L}\p{N}])(?:(?:19|20)\d\d(?:\s+|-)?(?:${YEAR_WORDS.join("|")}|ж\.|j\.|zh\.)\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|-?го|-?go)?(?:\s+of)?(?:\s+|-)${MONTH}\p{L}*(?:\.?(?:,?\s+|-)(?:(?:${YEAR_WORDS.join("|")})\s+)?(?:(?:19|20)\d\d(?:-го(?!\p{L}))?|\d\d-(?:го|go)(?!\p{L})))?(?![\p{N}])`,
    // май 1997, May 1997 (a month and a year, after a birth word)
    String.raw`(?<![\p{L}\p{N}])${MONTH}\p{L}*\.?\s+(?:19|20)\d\d(?![\p{N}])`,
    // November 18, 1984 (June 14, after a birthday word)
    String.raw`(?<![\p{L}\p{N}])${MONTH}\p{L}*\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?(?![\p{N}])`,
    // A day and month without a year (др 14.02): a birthday only with its word before it.
    String.raw`(?<![\p{N}./-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\p{N}]|[./-]\p{N})`,
    // A year alone (1987 г.р., 1987 жылы туғанмын, 1989-го года рождения): a birth date only with a birth word near it.
    // …with its year's word hyphened on (1995-jyly, 2001-жылы) or Russian's -го, -м (1992-м) left
    // after it, as the annotation guidelines say.
    String.raw`(?<![\p{L}\p{N}./-])(?:19|20)\d\d(?![\p{N}]|[./-]\p{N})`,
    DATE_IN_WORDS,
    // 22 04 1993: a form's day, month and year apart, with the year's four digits.
    String.raw`(?<![\p{N}])(?:0[1-9]|[12]\d|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)\d\d(?![\p{N}])`,
    // Two digits right before г.р. or a year's words of birth (88 г.р., 92 goda rozhdeniya, 98 zhyly tugganmyn).
    String.raw`(?<![\p{L}\p{N}./-])\d\d(?=\s?г\.?\s?р\b|\s?г\.\s?р\.|\s+(?:года|goda)\s+(?:рожд|rozhd)|\s+(?:жылы|zhyly|jyly)\s+(?:туғ|туыл|tug|tuyl))`,
  ].join("|"),
  "giu",
);
// The cue anywhere in the window before the date (no other date between): "born in Tekeli on …".
const BEFORE = new RegExp(`(?:${BIRTH_CUES_BEFORE.join("|")})`, "iu");
// A date's own "года"/"жылы" may stand between it and the cue (3 мая 1993 года родилась).
const AFTER = new RegExp(`^[\\s,]*(?:(?:года|г\\.|жылы|ж\\.)\\s+)?(?:${BIRTH_CUES_AFTER.join("|")})`, "iu");
// …or a verb of being born two words on, past the place (2 қыркүйекте Текелі қаласында туғанмын).
const BORN_NEAR_AFTER =
  /^[\s,]*(?:(?:года|г\.|жылы|ж\.|goda|zhyly|jyly)\s+)?(?:[\p{L}-]{1,14}\s+){1,2}(?:туған(?!\s+жер)\p{L}*|туыл\p{L}*|туд(?:ым|ы|ың|ыңыз)(?!\p{L})|дүниеге\s+кел\p{L}*|родил(?:ся|ась)|tug(?:an|am)\p{L}*|tuyl\p{L}*|tud(?:ym|y)(?!\p{L})|rodil(?:sya|as)|(?:was|were)\s+born)/iu;
// A year alone: the cue, then at most three short words (родилась в Текели в 1995, born in 1992).
const YEAR_BEFORE = new RegExp(`(?:${BIRTH_YEAR_CUES_BEFORE.join("|")})[\\s:,.—–-]*(?:[\\p{L}-]{1,14}[\\s,:]+){0,3}$`, "iu");
// …or the cue after it, at most three words on (1999 жылы Жамбыл облысында туылдым, 1991 g.r.).
// …a word of a place written with Uzbek's apostrophes too (1990-yilda Farg'onada tug'ilganman).
const YEAR_NEAR_AFTER = new RegExp(`^[\\s,]*(?:[\\p{L}'ʻ’-]{1,14}\\s+){0,3}(?:${BIRTH_YEAR_CUES_AFTER.join("|")})`, "iu");
// Every cue has one of these: most texts have none, and the date patterns are slow to fail.
const ANY_CUE =
  /рожд|родил|д\.\s?р|д\/р|г\.\s?р|г\s?р\b|born|dob|d\.o\.b|birth|туған|туыл|туд|ж\.\s?т|rodil|rozhd|rojd|g\.\s?r|tugan|tughan|туулга[нм]|tuulga[nm]|tug['ʻ’]?ilgan|туғилган|таваллуд|tavallud|төрөл|torol|tuggan|tuğan|tuyl|týyl|týǵan|tuǵan|j\.\s?t|tugam|tud|жылғымын|ylgymyn|ylğymyn|қызбын|ұлмын|qyzbyn|kyzbyn|ulmyn|дүниеге|днюх|dnyuh|bday|b-day|d\.\s?r\.|т\.\s?ж|т\.\s?к\.|zh\.\s?t|(?<!\p{L})dr(?![\p{L}.])|(?<!\p{L})b\.|(?<!\p{L})р\.|(?<!\p{L})др(?!\p{L})|(?<!\p{L})y\.\s?t\.|(?<!\p{L})t\.\s?s\.|(?<!\p{L})(?:я|ya|мне|mne)\s+(?:19|20)\d\d\s+(?:года|goda)|(?<!\p{L})й\.\s?т\.|(?<!\p{L})с\.\s?т\.|\d(?:[ \u00a0\u202f-]?\d){11}/iu;
const WINDOW = 56;
// A place's ending glued onto a month of Kazakh or Uzbek (15 сәуірде, 3-mayda), left out of the date.
const MONTH_LOCATIVE = new RegExp(`(?<![\\p{L}])(?:${LOCATIVE_MONTHS.join("|")})((?:н)?(?:да|де|та|те)|n?(?:da|de|ta|te))$`, "iu");
/** Where a date found as `found` at `start` ends: before a place's ending glued onto its month. */
const dateEnd = (found: string, start: number): number => start + found.length - (MONTH_LOCATIVE.exec(found)?.[1]?.length ?? 0);
// Chat's "dr" (день рождения) in Latin letters, lower case, or a form's "DR:" — not the title Dr.
const LATIN_BIRTHDAY = /(?<!\p{L})(?:dr|DR:?)(?![\p{L}.])/u;
// A sentence's end, or a placeholder (an earlier date already scrubbed) ends the window.
// …but a question answered after a dash (туған күнің қашан? — 09.11.1995) or a transcript's speaker
// (Date of birth? WITNESS: 9 December 1978) goes on to its answer.
const STOP = /[\n!;\]]|\?(?!\s*(?:[—–-]|\p{Lu}{2,}:))|\.\s+(?=\p{Lu})/gu;
const YEAR_ALONE = /^(?:19|20)?\d\d$/u;
// After a year alone, only words that say birth (not "туған" of "туған жері", not a bare "рождения").
const YEAR_AFTER =
  /^(?:-(?:го|м|жылы|jyly|zhyly)(?!\p{L}))?[\s-]*(?:г\.?\s?р\b|г\.\s?р\.|г\.\s?рожд|года\s+рождения|г\.\s+рождения|жылы\s+туған|ж\.\s?т(?:\.|(?!\p{L}))|ж\.\s?(?:туған|туыл|туулган)|year\s+of\s+birth|y\.\s?t\.|j\.\s?t(?:\.|(?!\p{L}))|й\.\s?т\.|с\.\s?т\.|born(?!\s+in\b))/iu;

/**
 * The text from the last sentence break before `at` (within `WINDOW` characters), and whether it
 * starts right after the date or placeholder before it.
 */
function leftContext(text: string, from: number, at: number): { readonly before: string; readonly afterDate: boolean } {
  // Looked at a little further back than the window, so a date (or its placeholder) and its own
  // cue just before the window are still seen as theirs.
  const start = Math.max(from, at - WINDOW - REACH);
  const window = text.slice(start, at);
  let cut = 0;
  let afterDate = start === from && from > 0;
  for (const match of window.matchAll(STOP)) {
    cut = match.index + match[0].length;
    afterDate = match[0] === "]";
  }
  return { before: window.slice(Math.max(cut, window.length - WINDOW)), afterDate };
}
const REACH = 24;
const WISHED = new RegExp(`(?:${BIRTHDAY_WISHES.join("|")})[\\s\\p{So}]*!+[^.!?\\n]{0,40}$`, "iu");
const DATED = /(?:^|[^\p{L}])(?:от|ot|dated)\s*$/iu;
const I_AM_BEFORE = /(?:^|[^\p{L}])(?:я|ya|мне|mne)\s*$/iu;
const OF_YEAR_AFTER = /^\s*(?:года|goda)(?!\p{L})/iu;

// "т.к." is Kazakh "туған күні" before a date, and Russian "так как" anywhere: the former only in Kazakh text.
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
const KAZAKH_BIRTH_DAY = /(?:^|[^\p{L}])т\.\s?к\.[\s:]*$/iu;

/** The birth dates the IINs of a text hold (`yymmdd`, their first six digits), as `yy-mm-dd` keys. */
function iinBirthDays(text: string): Set<string> {
  const days = new Set<string>();
  // An IIN by its check digit, or called one (a typo in its last digit): not an invoice's twelve digits.
  const said = IIN_SAID.test(text);
  // …written whole or in groups (761121 430521, 7611-2143-0521).
  for (const match of text.matchAll(/(?<!\d)\d(?:[ \u00a0\u202f-]?\d){11}(?!\d)/gu)) {
    const iin = match[0].replace(/\D/gu, "");
    if (said || isValidIin(iin)) days.add(`${iin.slice(0, 2)}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`);
  }
  return days;
}
const IIN_SAID = new RegExp(`(?<!\\p{L})(?:${IIN_KEYWORDS.join("|")})(?!\\p{L})`, "iu");

const YEAR_OWN_WORDS: ReadonlySet<string> = new Set(YEAR_WORDS);

/** A date's `yy-mm-dd` keys: read day first or year first, the US order too, or with its month's name. */
function dayKeys(date: string): string[] {
  const pad = (n: string): string => n.padStart(2, "0").slice(-2);
  const numbers = date.match(/\d+/gu) ?? [];
  // The month's name, past a year's own word (1994 жылғы 11 мамыр).
  const word = date
    .toLowerCase()
    .match(/\p{L}{3,}/gu)
    ?.find((w) => !YEAR_OWN_WORDS.has(w));
  if (word !== undefined) {
    const year = numbers.find((n) => n.length === 4);
    const day = numbers.find((n) => n.length <= 2);
    if (year === undefined || day === undefined) return [];
    // The longest stem that starts the word (март before ма).
    let month = 0;
    let longest = 0;
    for (const stems of MONTHS_IN_ORDER)
      stems.forEach((stem, m) => {
        if (word.startsWith(stem) && stem.length > longest) [month, longest] = [m + 1, stem.length];
      });
    return month === 0 ? [] : [`${pad(year)}-${pad(String(month))}-${pad(day)}`];
  }
  const parts = date.split(/[./-]/u);
  if (parts.length !== 3) return [];
  const [a, b, c] = parts as [string, string, string];
  if (a.length === 4) return [`${pad(a)}-${pad(b)}-${pad(c)}`];
  return [`${pad(c)}-${pad(b)}-${pad(a)}`, `${pad(c)}-${pad(a)}-${pad(b)}`];
}

/**
 * Dates of birth, found by a date's shape and a birth word right before or after it, or by being the
 * birth date an IIN of the same text holds (an IIN starts with its holder's `yymmdd`).
 */
export function findBirthDates(text: string, out: Candidate[]): void {
  if (!ANY_CUE.test(text)) return;
  const kazakh = KAZAKH_LETTERS.test(text);
  const iinDays = iinBirthDays(text);
  let previousEnd = 0;
  // Birth dates found, and full dates not taken: one a field away from a birth date is its correction
  // (в протоколе 18.01.1984, а по удостоверению 18.01.1994).
  const births: string[] = [];
  const others: { start: number; end: number; keys: string[] }[] = [];
  const first = out.length;
  for (const match of text.matchAll(DATES)) {
    const start = match.index;
    const end = start + match[0].length;
    const spanEnd = dateEnd(match[0], start);
    const { before, afterDate } = leftContext(text, previousEnd, start);
    const after = text.slice(end, end + WINDOW);
    // The cue right after this date is this date's: a later date's window starts past it
    // ("1988 года рождения, прошу зафиксировать, что 3 марта меня…").
    const ownCue = (YEAR_ALONE.test(match[0]) ? YEAR_AFTER : AFTER).exec(after);
    previousEnd = end + (ownCue?.[0].length ?? 0);
    if (iinDays.size > 0 && dayKeys(match[0]).some((key) => iinDays.has(key))) {
      out.push({ start, end: spanEnd, type: "DOB", priority: PRIORITY.dob });
      continue;
    }
    if (kazakh && KAZAKH_BIRTH_DAY.test(before)) {
      out.push({ start, end: spanEnd, type: "DOB", priority: PRIORITY.dob });
      continue;
    }
    const year = YEAR_ALONE.test(match[0]) || WORD_YEAR.test(match[0]);
    const cueAfter = year ? YEAR_AFTER.test(after) || YEAR_NEAR_AFTER.test(after) : AFTER.test(after) || BORN_NEAR_AFTER.test(after);
    // A cue right after the date or placeholder before is that one's (1990 года рождения, в сауне с 2011).
    const taken = afterDate && (AFTER.test(before) || YEAR_AFTER.test(before) || YEAR_NEAR_AFTER.test(before));
    // A date right after "от" or "dated" is a paper's (Постановление о прекращении ДР от 28.12.2023).
    const dated = DATED.test(before);
    // …or, a birth year's, a birthday wished just before, its exclamation between (С днём рождения!!! Ты у нас 30 января 2004?).
    const born = fullYear(match[0]);
    const wished =
      !year && born !== undefined && born <= LATEST_BIRTH_YEAR && WISHED.test(text.slice(Math.max(0, start - WINDOW - REACH), start));
    // "я 2002 года", "мне 2000 года": what year she is of, her birth year.
    const myYear = year && I_AM_BEFORE.test(before) && OF_YEAR_AFTER.test(after);
    const cueBefore =
      !taken && !dated && ((year ? YEAR_BEFORE : BEFORE).test(before) || (!year && LATIN_BIRTHDAY.test(before)) || wished || myYear);
    // A year alone in the clause after a birth word's, too late to be an adult's, is something else's
    // (төрөлгөм, 2021-жылы Алматыга келдим: born there, came in 2021). In the birth word's own clause
    // it is still taken: a child's (her daughter was born in 2015) tells of her too.
    const tooLate =
      year && !cueAfter && born !== undefined && born > LATEST_BIRTH_YEAR && (YEAR_BEFORE.exec(before)?.[0].includes(",") ?? false);
    if ((!cueAfter && !cueBefore) || tooLate) {
      if (!year) others.push({ start, end: spanEnd, keys: dayKeys(match[0]) });
      continue;
    }
    out.push({ start, end: spanEnd, type: "DOB", priority: PRIORITY.dob });
  }
  for (let c = first; c < out.length; c++) births.push(...dayKeys(text.slice((out[c] as Candidate).start, (out[c] as Candidate).end)));
  if (births.length === 0) return;
  for (const other of others)
    if (other.keys.some((key) => birthYear(key) && births.some((birth) => oneFieldApart(key, birth))))
      out.push({ start: other.start, end: other.end, type: "DOB", priority: PRIORITY.dob });
}

/** Whether a `yy-mm-dd` key's year may be a birth year (1930–2008), not an incident's. */
const birthYear = (key: string): boolean => {
  const yy = Number(key.slice(0, 2));
  return yy >= 30 || yy <= LATEST_BIRTH_YEAR - 2000;
};

/** Whether two `yy-mm-dd` keys differ in at most one of their fields. */
function oneFieldApart(a: string, b: string): boolean {
  const [x, y] = [a.split("-"), b.split("-")];
  return x.filter((field, i) => field !== y[i]).length <= 1;
}

// The latest year a date of birth written beside a person's name is taken to have: incidents are later.
const LATEST_BIRTH_YEAR = 2008;
// Between a name and the date after it: a comma, and at most two lower-case words with theirs
// (`Имазова Хадиша, дүнген, 1983 жылғы 6 мамыр`) or her citizenship (`Абдуллаева Наргиза, гр. РУз,
// 19.08.1995`, `Умида Турсунова, Узбекистон, 1993 йил 5 март`, `Rinat Galiev, MSM, 05.04.1991`), or a short aside in brackets before
// the comma (`Бермет (гражданка КР), 1996-09-09`); or a table's bar or tab (`Алимова Камила |
// 19.12.1989`); or only a space (`Евгения Ткач 12 февраля 1989`).
const NAME_TO_DATE =
  /^(?:\s*\([^()]{1,40}\))?(?:,\s*(?:(?:[\p{Ll}.-]+|(?:гр|гражд\p{L}*|citizen)\.?\s*\p{L}+|\p{Lu}\p{Ll}{3,}|\p{Lu}{2,5}),\s*){0,2}|\s*\(|\s*[|;\t](?:[^|;\t\n]{1,16}[|;\t])?\s*|[ \u00a0]+)$/u;
// A year alone after a name: in a table's row, one short cell (her sex) at most between
// (`Ташпулатова Мохира; 1997;`, `Akmaral B. | F | 1984`, `Yulia Chen / 1991 /`), or between commas
// (`Байрамова Лейла, 1994,`), or in brackets (`Әйгерім (2001),`).
const NAME_TO_YEAR = /^\s*(?:,|[|;\t](?:[^|;\t\n]{1,12}[|;\t])?| \/|\()\s*$/u;

/** A date's year, four digits or two (12.07.92 is 1992, 05.03.04 is 2004). */
function fullYear(date: string): number | undefined {
  const four = /(?:19|20)\d\d/u.exec(date);
  if (four !== null) return Number(four[0]);
  const two = /^\d{1,2}[./-](?:\d{1,2}|[IVX]+)[./-](\d\d)$/u.exec(date);
  if (two === null) return undefined;
  const yy = Number(two[1]);
  return yy <= LATEST_BIRTH_YEAR - 2000 ? 2000 + yy : 1900 + yy;
}

/**
 * Dates of birth written right after a person's name, as forms and records list a person (`Ким
 * Виктория, 1998-04-30,`): a full date with a year no later than 2008 after a name, a comma and at
 * most two short words, or a year alone in a row's cell. An incident's date is later, or comes with
 * its own words.
 */
export function findBirthDatesAfterNames(text: string, candidates: Candidate[]): void {
  const names = candidates.filter((c) => c.type === "NAME");
  if (names.length === 0) return;
  const ends = new Map(names.map((name) => [name.end, name]));
  for (const match of text.matchAll(DATES)) {
    const start = match.index;
    const year = fullYear(match[0]);
    if (year === undefined || year > LATEST_BIRTH_YEAR) continue;
    // A year alone only in a table's row (`Ташпулатова Мохира; 1997; УЗБ`, `Akmaral B. | F | 1984`), or
    // between commas in a record (`Байрамова Лейла, 1994, Атырау`), or in brackets (`Әйгерім (2001)`).
    const alone = YEAR_ALONE.test(match[0]);
    const between = alone ? NAME_TO_YEAR : NAME_TO_DATE;
    if (alone && !/^(?:\s*[,;|\t]| \/|\))/u.test(text.slice(start + match[0].length))) continue;
    // The name's end within the 30 characters before the date.
    let named = false;
    for (let end = start - 1; end >= Math.max(0, start - 30) && !named; end--) {
      if (ends.has(end) && between.test(text.slice(end, start))) named = true;
    }
    if (named) candidates.push({ start, end: dateEnd(match[0], start), type: "DOB", priority: PRIORITY.dob });
  }
}
