import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../core/dates.js";
import { CALENDAR_DATE_PATTERN, normaliseText } from "./primitives.js";

describe("normaliseText", () => {
  it("skips NFC only for characters NFC cannot change (every code point of the fast class)", () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      const s = String.fromCharCode(cp);
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      expect(normaliseText(`a${s}b`), cp.toString(16)).toBe(`a${s}b`.trim().normalize("NFC"));
    }
  });

  it("equals trim + NFC on any string", () => {
    const same = (s: string) => normaliseText(s) === s.trim().normalize("NFC");
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), same));
    fc.assert(fc.property(fc.string({ unit: "binary" }), same));
  });
});

describe("calendar dates", () => {
  it("the JSON Schema pattern accepts exactly the dates isCalendarDate accepts", () => {
    const re = new RegExp(CALENDAR_DATE_PATTERN);
    for (const year of [1899, 1900, 1996, 2000, 2001, 2015, 2016, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(re.test(s), s).toBe(isCalendarDate(s));
        }
      }
    }
  });

  it("agrees with the pattern on any text near a date: signs, spaces, other scripts' digits", () => {
    const re = new RegExp(CALENDAR_DATE_PATTERN);
    // A real date with up to two characters replaced, and the length changed now and then.
    const date = fc
      .date({ min: new Date("1890-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const char = fc.constantFrom(..."0123456789-+ .٢٠１５/");
    const near = fc
      .tuple(date, fc.array(fc.tuple(fc.nat(10), char), { maxLength: 2 }), fc.constantFrom("", "0", "-"))
      .map(([d, edits, tail]) => edits.reduce((s, [at, c]) => s.slice(0, at) + c + s.slice(at + 1), d) + tail);
    fc.assert(
      fc.property(near, (s) => re.test(s) === isCalendarDate(s)),
      { seed: 7, numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) },
    );
  });

  it("knows 29 February only in leap years", () => {
    expect(isCalendarDate("2016-02-29")).toBe(true);
    expect(isCalendarDate("2015-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2015-3-14")).toBe(false);
  });
});
