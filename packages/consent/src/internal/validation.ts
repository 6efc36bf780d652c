import { type AnyRecord, parsedAsOf, safeParseRecord, today } from "@redumbrella/questionnaire";

interface Validated {
  readonly day: string;
  /** The record as parsed, `undefined` when it is invalid. */
  readonly record: AnyRecord | undefined;
}

// One entry per record object, for the last validation day: deciding six uses validates once. Records
// are treated as immutable once decided on; a record changed afterwards must be a new object.
const VALIDATED = new WeakMap<object, Validated>();

/** The record as `safeParseRecord` returns it on `day` (a v1 record upgraded to v2), or `undefined` when it is invalid; cached per object and day. */
export function validated(input: unknown, day: string): AnyRecord | undefined {
  // A record safeParseRecord returned is valid as of its day and every later one: no second pass.
  const parsedOn = parsedAsOf(input);
  if (parsedOn !== undefined && parsedOn <= day) return input as AnyRecord;
  const cacheable = typeof input === "object" && input !== null;
  if (cacheable) {
    const hit = VALIDATED.get(input);
    if (hit !== undefined && hit.day === day) return hit.record;
  }
  const result = safeParseRecord(input, { asOf: day });
  const record = result.success ? result.data : undefined;
  if (cacheable) VALIDATED.set(input, { day, record });
  return record;
}

let currentDayValue = "";
let dayStarts = Number.POSITIVE_INFINITY;
let dayEnds = Number.NEGATIVE_INFINITY;

/** `today()` of the questionnaire (local time), read from the clock but formatted once a day. */
export function currentDay(now: number = Date.now()): string {
  if (now < dayStarts || now >= dayEnds) {
    const date = new Date(now);
    currentDayValue = today(date);
    dayStarts = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    dayEnds = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }
  return currentDayValue;
}
