import type { IsoDate } from "@redumbrella/questionnaire";

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
