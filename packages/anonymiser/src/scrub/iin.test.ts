import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIin } from "./iin.js";

// Computed with the official algorithm (an independent script), for invented people.
const VALID = [
  "900417430211", // 1990-04-17, woman
  "850930300012", // 1985-09-30, man
  "031201600773", // 2003-12-01, woman
  "000229600103", // 2000-02-29, a leap day
  "750101100001", // 1875-01-01, man (century digit 1)
  "920315400105", // the first weighted sum is 10: the second pass gives the check digit
];

describe("isValidIin", () => {
  it.each(VALID)("accepts %s", (iin) => {
    expect(isValidIin(iin)).toBe(true);
  });

  it("rejects any other last digit of a valid IIN", () => {
    for (const iin of VALID) {
      for (let digit = 0; digit <= 9; digit++) {
        const other = iin.slice(0, 11) + String(digit);
        if (other !== iin) expect(isValidIin(other), other).toBe(false);
      }
    }
  });

  it("rejects a number whose both passes give 10: no IIN is issued with it", () => {
    for (let digit = 0; digit <= 9; digit++) expect(isValidIin(`92031540018${digit}`)).toBe(false);
  });

  it.each([
    ["a 12-digit fine amount", "100000000000"],
    ["a receipt number (month 21)", "202115430077"],
    ["month 00", "450023117896"],
    ["day 32", "900132430211"],
    ["29 February 2001, not a leap year", "010229600006"],
    ["29 February 1900, not a leap year", "000229400001"],
    ["century digit 0", "900417030211"],
    ["century digit 7", "900417730211"],
    ["11 digits", "90041743021"],
    ["13 digits", "9004174302110"],
    ["spaces", "900417 430211"],
    ["non-ASCII digits", "٩٠٠٤١٧٤٣٠٢١١"],
  ])("rejects %s", (_, value) => {
    expect(isValidIin(value)).toBe(false);
  });

  it("never throws, and accepts only 12 ASCII digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(!isValidIin(s) || /^\d{12}$/.test(s)).toBe(true);
      }),
    );
  });

  it("accepts about one random 12-digit number in 11 with a real date", () => {
    // One check digit in eleven is right: a random run of digits is rarely an IIN.
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first) => {
        const valid = [...Array(10).keys()].filter((d) => isValidIin(first + String(d)));
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
