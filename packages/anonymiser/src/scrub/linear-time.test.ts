// Work grows linearly with the text on adversarial inputs: the steps the rules' loops take (counted
// in `work`) for a pattern repeated 2n times are at most about twice those for n repetitions.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrubText } from "./scrub-text.js";
import { resetWork, work } from "./work.js";

const ADVERSARIAL = [
  "А.",
  "А. ",
  "A.B.",
  "Ж.Қ. ",
  "1 ",
  "1-2.",
  "8 701 ",
  "1,",
  "12.",
  "+7 ",
  "(1)",
  "а",
  "Ахметов",
  "Ахметов ",
  "@",
  "@a",
  "a@",
  "a.",
  "a@b.",
  "ул. ",
  "№ 1 ",
  "дело № 1 ",
  "капитан ",
  "Капитан А. ",
  "«",
  "«А» ",
  "«Лиза», ",
  "мкр. А, ",
  "[NAME]",
  "марат ",
  "с маратом ",
  "KZ",
  "KZ1",
  "DE59 0044 ",
  "4400 ",
  "ИИН 1",
  "www.a",
  "a-",
  "Айгүл-",
  "д. 1, ",
];

/** The steps `scrubText` takes on `text`. */
function stepsFor(text: string): number {
  resetWork();
  scrubText(text);
  return work.steps;
}

describe("scrubText's work on long adversarial strings", () => {
  it.each(ADVERSARIAL)("grows linearly on %j repeated: 2n repetitions take at most ~2.5× the steps of n", (unit) => {
    expect(stepsFor(unit.repeat(4000))).toBeLessThanOrEqual(2.5 * stepsFor(unit.repeat(2000)) + 200);
  });

  it("grows linearly on any mix of them, or on short random strings, repeated", () => {
    const pattern = fc.oneof(
      fc.constantFrom(...ADVERSARIAL),
      fc.array(fc.constantFrom(...ADVERSARIAL), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(pattern, fc.integer({ min: 400, max: 1500 }), (unit, n) => {
        const once = stepsFor(unit.repeat(n));
        const twice = stepsFor(unit.repeat(2 * n));
        expect(twice, JSON.stringify(unit)).toBeLessThanOrEqual(2.5 * once + 200);
      }),
      { numRuns: 60 },
    );
    // It counts steps, not time: the timeout only bounds a machine that shares its cores.
  }, 60_000);

  it("reads 64,000 initials in a number of steps proportional to their length", () => {
    const text = "А.".repeat(32_000);
    expect(stepsFor(text)).toBeLessThan(40 * text.length);
  });
});
