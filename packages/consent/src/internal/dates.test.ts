import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, daysBetween } from "./dates.js";

describe("calendar days between ISO dates", () => {
  it.each([
    ["2016-01-31", "2016-03-01", 30], // across the leap day 2016-02-29
    ["2016-01-31", "2016-03-02", 31],
    ["2015-01-31", "2015-03-02", 30], // no leap day in 2015
    ["2016-02-28", "2016-02-29", 1],
    ["2016-02-29", "2016-03-30", 30],
    ["2016-02-29", "2016-03-31", 31],
    ["2000-02-28", "2000-03-01", 2], // 2000 is a leap year, 1900 is not
    ["1900-02-28", "1900-03-01", 1],
    ["2015-12-31", "2016-01-01", 1],
    ["2016-03-01", "2016-01-31", -30],
    ["2016-03-27", "2016-03-28", 1], // the night clocks moved forward in Europe
    ["2016-10-30", "2016-10-31", 1], // and back
  ])("%s → %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it("agrees with Date.UTC on every date from 1900 to 2199", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2199, 11, 31) / 864e5 }), (n) => {
        const iso = new Date(n * 864e5).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
      }),
    );
  });

  it.each(["2015-02-29", "2016-02-30", "2016-04-31", "2016-13-01", "2016-00-10", "2016-01-00", "0099-01-01", "1899-12-31", "2016-1-5", " 2016-01-05", "2016-01-05T00:00", ""])(
    "%j is not a calendar date",
    (s) => {
      expect(dayNumber(s)).toBeNaN();
    },
  );
});
