import { LOCALES } from "@redumbrella/questionnaire";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GLOBAL_DENIALS } from "../denials.js";
import { AGE_CLASSES, CONSENT_ITEMS } from "../vocabulary.js";
import { FLAGS, ITEM_FACTS } from "./facts.js";
import { OUTCOME_KEY_SIZES, type OutcomeFacts, type OutcomeKeySizes, outcomeFacts, outcomeKey, outcomeKeyCount } from "./outcome-key.js";

/** Every combination of facts that `sizes` allow (small sizes only: the count grows as 2^(items × item facts)). */
function* everyFacts(sizes: OutcomeKeySizes): Generator<OutcomeFacts> {
  const masks = function* (left: number): Generator<number[]> {
    if (left === 0) {
      yield [];
      return;
    }
    for (let mask = 0; mask < 2 ** sizes.items; mask++) for (const rest of masks(left - 1)) yield [mask, ...rest];
  };
  for (let globalMask = 0; globalMask < 2 ** sizes.globalDenials; globalMask++) {
    for (let ageIndex = -1; ageIndex < sizes.ageClasses; ageIndex++) {
      for (let flagMask = 0; flagMask < 2 ** sizes.flags; flagMask++) {
        for (const itemMasks of masks(sizes.itemFacts)) {
          for (let localeIndex = 0; localeIndex < sizes.locales; localeIndex++)
            yield { globalMask, ageIndex, flagMask, itemMasks, localeIndex };
        }
      }
    }
  }
}

/** Any facts within `sizes`. */
const factsArb = (sizes: OutcomeKeySizes): fc.Arbitrary<OutcomeFacts> =>
  fc.record({
    globalMask: fc.integer({ min: 0, max: 2 ** sizes.globalDenials - 1 }),
    ageIndex: fc.integer({ min: -1, max: sizes.ageClasses - 1 }),
    flagMask: fc.integer({ min: 0, max: 2 ** sizes.flags - 1 }),
    itemMasks: fc.array(fc.integer({ min: 0, max: 2 ** sizes.items - 1 }), { minLength: sizes.itemFacts, maxLength: sizes.itemFacts }),
    localeIndex: fc.integer({ min: 0, max: sizes.locales - 1 }),
  });

const ONE_MORE_OF_EACH: OutcomeKeySizes = {
  globalDenials: GLOBAL_DENIALS.length + 1,
  ageClasses: AGE_CLASSES.length + 1,
  flags: FLAGS.length + 1,
  items: CONSENT_ITEMS.length + 1,
  itemFacts: ITEM_FACTS.length + 1,
  locales: LOCALES.length + 1,
};

describe("outcomeKey", () => {
  it("is sized by the lists as they are", () => {
    expect(OUTCOME_KEY_SIZES).toEqual({
      globalDenials: GLOBAL_DENIALS.length,
      ageClasses: AGE_CLASSES.length,
      flags: FLAGS.length,
      items: CONSENT_ITEMS.length,
      itemFacts: ITEM_FACTS.length,
      locales: LOCALES.length,
    });
  });

  it.each<[string, OutcomeKeySizes]>([
    ["one item and one item fact", { ...OUTCOME_KEY_SIZES, items: 1, itemFacts: 1 }],
    ["two items and two item facts", { ...OUTCOME_KEY_SIZES, items: 2, itemFacts: 2 }],
    ["one more global denial, age class, flag and locale", { ...ONE_MORE_OF_EACH, items: 1, itemFacts: 2 }],
  ])("gives every combination of facts its own key, below the count, with %s", (_, sizes) => {
    const keys = [...everyFacts(sizes)].map((facts) => outcomeKey(facts, sizes));
    expect(keys).toHaveLength(outcomeKeyCount(sizes));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => Number.isSafeInteger(key) && key >= 0 && key < outcomeKeyCount(sizes))).toBe(true);
  });

  it.each<[string, OutcomeKeySizes]>([
    ["the lists as they are", OUTCOME_KEY_SIZES],
    ["one more of every list", ONE_MORE_OF_EACH],
  ])("gives back the facts it was made of (so no two facts share a key), with %s", (_, sizes) => {
    expect(Number.isSafeInteger(outcomeKeyCount(sizes))).toBe(true);
    fc.assert(
      fc.property(factsArb(sizes), (facts) => {
        const key = outcomeKey(facts, sizes);
        expect(key).toBeLessThan(outcomeKeyCount(sizes));
        expect(outcomeFacts(key, sizes)).toEqual(facts);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("keeps Kazakh apart from a stale consent (the collision of the old two-locale key)", () => {
    const kk = LOCALES.indexOf("kk");
    const en = LOCALES.indexOf("en");
    const fresh = { globalMask: 0, ageIndex: 0, flagMask: 0, itemMasks: [0, 0, 0, 0, 0] };
    const stale = { ...fresh, itemMasks: [0, 0, 0, 0b1000, 0] };
    expect(outcomeKey({ ...fresh, localeIndex: kk })).not.toBe(outcomeKey({ ...stale, localeIndex: en }));
  });
});
