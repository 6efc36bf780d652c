import { LOCALES } from "@redumbrella/questionnaire";
import { GLOBAL_DENIALS } from "../denials.js";
import { CONSENT_ITEMS } from "../vocabulary.js";

/** How many of each thing an outcome key encodes; every size is read from its list, never written down. */
export interface OutcomeKeySizes {
  /** Global denials: one bit each in `globalMask`. */
  readonly globalDenials: number;
  /** Consent items: one bit each in `missingMask`. */
  readonly items: number;
  /** Locales: `localeIndex` is below it. */
  readonly locales: number;
}

/** The sizes of the lists as they are: `GLOBAL_DENIALS`, `CONSENT_ITEMS`, `LOCALES`. */
export const OUTCOME_KEY_SIZES: OutcomeKeySizes = Object.freeze({
  globalDenials: GLOBAL_DENIALS.length,
  items: CONSENT_ITEMS.length,
  locales: LOCALES.length,
});

/** The facts one cached outcome of a use depends on. */
export interface OutcomeFacts {
  /** Bit `i` set: `GLOBAL_DENIALS[i]` applies. */
  readonly globalMask: number;
  /** Bit `i` set: `CONSENT_ITEMS[i]` is needed and not "yes". */
  readonly missingMask: number;
  readonly stale: boolean;
  /** The place of the locale in `LOCALES`. */
  readonly localeIndex: number;
}

/**
 * The cache key of an outcome: the facts written as one number in a mixed radix whose digits are
 * sized by the lists they come from (2^denials, 2^items, 2, locales), so that two different facts
 * never share a key, however long the lists grow. Multiplication, not bit shifts: no 32-bit wrap.
 */
export function outcomeKey(facts: OutcomeFacts, sizes: OutcomeKeySizes = OUTCOME_KEY_SIZES): number {
  let key = facts.globalMask;
  key = key * 2 ** sizes.items + facts.missingMask;
  key = key * 2 + (facts.stale ? 1 : 0);
  return key * sizes.locales + facts.localeIndex;
}

/** How many keys `outcomeKey` can make for `sizes`: every key is a whole number below it. */
export function outcomeKeyCount(sizes: OutcomeKeySizes = OUTCOME_KEY_SIZES): number {
  return 2 ** sizes.globalDenials * 2 ** sizes.items * 2 * sizes.locales;
}
