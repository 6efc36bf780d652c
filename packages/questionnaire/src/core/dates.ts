/** A calendar date `YYYY-MM-DD`, as every date of the interchange format is written. */
export type IsoDate = string;

/** How precisely a date is known: the day, or only its month or year (written as the period's first day). */
export type DatePrecision = "day" | "month" | "year";

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the Gregorian calendar; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

// The digits of `value` from `start` to `end` as a number, or -1 where any is not an ASCII digit.
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether a string is a real calendar date `YYYY-MM-DD` from 1900 on (no 30 February). */
export function isCalendarDate(value: string): boolean {
  // Read digit by digit: every date of every record passes here, and a regular expression with
  // three captures and three Number() calls cost a tenth of a record's validation.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const day = digits(value, 8, 10);
  return year >= 1900 && day >= 1 && day <= daysInMonth(year, digits(value, 5, 7));
}

/**
 * The day number of a calendar date (days since 1970-01-01), or `NaN` when the string is not a real
 * date from 1900 on. Computed in UTC, so no time zone or daylight-saving change can shift it.
 */
export function dayNumber(date: IsoDate): number {
  if (!isCalendarDate(date)) return Number.NaN;
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The calendar date of a day number (the inverse of `dayNumber`). */
export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`: 1 from one day to the next, negative backwards; `NaN` for a non-date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDay(dayNumber(date) + days);
}

/** Today's date in local time, `YYYY-MM-DD`: the default as-of day. */
export function today(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a date is the first day of its period (any day is, for `"day"`). */
export function isPeriodStart(date: IsoDate, precision: DatePrecision = "day"): boolean {
  if (precision === "day") return true;
  return date.endsWith(precision === "month" ? "-01" : "-01-01");
}

/** The last day of the period a date stands for: itself, the month's last day, or 31 December. */
export function periodEnd(date: IsoDate, precision: DatePrecision = "day"): IsoDate {
  if (precision === "day") return date;
  const year = Number(date.slice(0, 4));
  if (precision === "year") return `${year}-12-31`;
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/**
 * How a date known to `precision` compares with a day: `"before"` when the whole period is before
 * `day`, `"after"` when it is all after, `"overlaps"` when the period contains `day` (so which side
 * it falls on is unknown). ISO dates compare as strings.
 */
export function comparePeriod(date: IsoDate, precision: DatePrecision, day: IsoDate): "before" | "overlaps" | "after" {
  if (periodEnd(date, precision) < day) return "before";
  return date > day ? "after" : "overlaps";
}
