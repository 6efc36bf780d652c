import { LOCALES } from "@redumbrella/questionnaire";
import { GLOBAL_DENIALS } from "../denials.js";
import { AGE_CLASSES, CONSENT_ITEMS } from "../vocabulary.js";
import { type Facts, FLAGS, ITEM_FACTS } from "./facts.js";

/** How many of each thing an outcome key encodes; every size is read from its list, never written down. */
export interface OutcomeKeySizes {
  /** Global denials: one bit each in `globalMask`. */
  readonly globalDenials: number;
  /** Age classes: `ageIndex` is below it (or -1, the record not read). */
  readonly ageClasses: number;
  /** Record-wide flags: one bit each in `flagMask`. */
  readonly flags: number;
  /** Consent items: one bit each in every item mask. */
  readonly items: number;
  /** Facts of the items: one mask each. */
  readonly itemFacts: number;
  /** Locales: `localeIndex` is below it. */
  readonly locales: number;
}

/** The sizes of the lists as they are: `GLOBAL_DENIALS`, `AGE_CLASSES`, `FLAGS`, `CONSENT_ITEMS`, `ITEM_FACTS`, `LOCALES`. */
export const OUTCOME_KEY_SIZES: OutcomeKeySizes = Object.freeze({
  globalDenials: GLOBAL_DENIALS.length,
  ageClasses: AGE_CLASSES.length,
  flags: FLAGS.length,
  items: CONSENT_ITEMS.length,
  itemFacts: ITEM_FACTS.length,
  locales: LOCALES.length,
});

/** The facts one cached outcome of a use depends on, and the language of its messages. */
export interface OutcomeFacts extends Readonly<Omit<Facts, "itemMasks">> {
  readonly itemMasks: readonly number[];
}

/**
 * The cache key of an outcome: the facts written as one number in a mixed radix whose digits are
 * sized by the lists they come from (2^denials, age classes + 1, 2^flags, 2^items per item fact,
 * locales), so that two different facts never share a key, however long the lists grow.
 * Multiplication, not bit shifts: no 32-bit wrap.
 */
export function outcomeKey(facts: OutcomeFacts, sizes: OutcomeKeySizes = OUTCOME_KEY_SIZES): number {
  let key = facts.globalMask;
  key = key * (sizes.ageClasses + 1) + (facts.ageIndex + 1);
  key = key * 2 ** sizes.flags + facts.flagMask;
  for (let i = 0; i < sizes.itemFacts; i++) key = key * 2 ** sizes.items + (facts.itemMasks[i] ?? 0);
  return key * sizes.locales + facts.localeIndex;
}

/** The facts of a key: the inverse of `outcomeKey` for keys below `outcomeKeyCount(sizes)`. */
export function outcomeFacts(key: number, sizes: OutcomeKeySizes = OUTCOME_KEY_SIZES): OutcomeFacts {
  let rest = key;
  const digit = (radix: number): number => {
    const d = rest % radix;
    rest = (rest - d) / radix;
    return d;
  };
  const localeIndex = digit(sizes.locales);
  const itemMasks = Array.from({ length: sizes.itemFacts }, () => digit(2 ** sizes.items)).reverse();
  const flagMask = digit(2 ** sizes.flags);
  const ageIndex = digit(sizes.ageClasses + 1) - 1;
  return { globalMask: rest, ageIndex, flagMask, itemMasks, localeIndex };
}

/** How many keys `outcomeKey` can make for `sizes`: every key is a whole number below it. */
export function outcomeKeyCount(sizes: OutcomeKeySizes = OUTCOME_KEY_SIZES): number {
  return 2 ** sizes.globalDenials * (sizes.ageClasses + 1) * 2 ** sizes.flags * 2 ** (sizes.items * sizes.itemFacts) * sizes.locales;
}
