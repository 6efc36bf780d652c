import { LOCALES } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { GLOBAL_DENIALS } from "../denials.js";
import { CONSENT_ITEMS } from "../vocabulary.js";
import { type OutcomeKeySizes, OUTCOME_KEY_SIZES, outcomeKey, outcomeKeyCount } from "./outcome-key.js";

/** The key of every combination of facts that `sizes` allow. */
function everyKey(sizes: OutcomeKeySizes): number[] {
  const keys: number[] = [];
  for (let globalMask = 0; globalMask < 2 ** sizes.globalDenials; globalMask++) {
    for (let missingMask = 0; missingMask < 2 ** sizes.items; missingMask++) {
      for (const stale of [false, true]) {
        for (let localeIndex = 0; localeIndex < sizes.locales; localeIndex++) {
          keys.push(outcomeKey({ globalMask, missingMask, stale, localeIndex }, sizes));
        }
      }
    }
  }
  return keys;
}

describe("outcomeKey", () => {
  it("is sized by the lists as they are", () => {
    expect(OUTCOME_KEY_SIZES).toEqual({ globalDenials: GLOBAL_DENIALS.length, items: CONSENT_ITEMS.length, locales: LOCALES.length });
  });

  it.each<[string, Partial<OutcomeKeySizes>]>([
    ["the lists as they are", {}],
    ["one more locale", { locales: LOCALES.length + 1 }],
    ["one more consent item", { items: CONSENT_ITEMS.length + 1 }],
    ["one more locale, item and global denial", { locales: LOCALES.length + 1, items: CONSENT_ITEMS.length + 1, globalDenials: GLOBAL_DENIALS.length + 1 }],
  ])("gives every combination of facts its own key, with %s", (_, more) => {
    const sizes = { ...OUTCOME_KEY_SIZES, ...more };
    const keys = everyKey(sizes);
    expect(keys).toHaveLength(outcomeKeyCount(sizes));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => Number.isSafeInteger(key) && key >= 0 && key < outcomeKeyCount(sizes))).toBe(true);
  });

  it("keeps Kazakh apart from a stale consent (the collision of the old two-locale key)", () => {
    const kk = LOCALES.indexOf("kk");
    const en = LOCALES.indexOf("en");
    expect(outcomeKey({ globalMask: 0, missingMask: 0, stale: false, localeIndex: kk })).not.toBe(
      outcomeKey({ globalMask: 0, missingMask: 0, stale: true, localeIndex: en }),
    );
  });
});
