const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * The day number of a calendar date `YYYY-MM-DD` (days since 1970-01-01), or `NaN` when the string is
 * not a real date from 1900 on. Computed in UTC, so no time zone or daylight-saving change can shift it.
 */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match === null) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const monthDays = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
  // From 1900 on, as the questionnaire's dates: Date.UTC reads years 0–99 as 1900–1999.
  if (year < 1900 || monthDays === undefined || day < 1 || day > monthDays) return Number.NaN;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`): 1 from one day to the next, negative backwards. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
