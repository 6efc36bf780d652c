import { addDays, format, getDaysInMonth, parseISO } from "date-fns";

/** A calendar date `YYYY-MM-DD`; as strings these compare in calendar order. */
export type IsoDate = string;

/** How precisely a charge's date is known (the record's `datePrecision`). */
export type DatePrecision = "day" | "month" | "year";

const ISO = "yyyy-MM-dd";

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  return format(addDays(parseISO(date), 1), ISO);
}

/** The last day of the period a date of this precision stands for (the date is the period's first day). */
export function periodEnd(date: IsoDate, precision: DatePrecision): IsoDate {
  if (precision === "day") return date;
  if (precision === "year") return `${date.slice(0, 4)}-12-31`;
  const days = getDaysInMonth(new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 1));
  return `${date.slice(0, 8)}${days}`;
}

/**
 * The days that stand for every day of `[start, end]` when nothing changes between breakpoints: the
 * first day, then each breakpoint inside the period. `breakpoints` is sorted.
 */
export function representativeDays(start: IsoDate, end: IsoDate, breakpoints: readonly IsoDate[]): IsoDate[] {
  const days = [start];
  if (end === start) return days;
  for (const b of breakpoints) {
    if (b > end) break;
    if (b > start) days.push(b);
  }
  return days;
}
