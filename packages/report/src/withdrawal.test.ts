import { addDays, recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { counted, countedRecords, ON, withdrawn } from "./internal/fixtures.js";
import { toMarkdown } from "./render/markdown.js";

// A withdrawal known today always wins: `asOf` in the past reproduces a report, it never revives a
// withdrawal recorded in the data (the release-safety issue).

describe("a withdrawal known today", () => {
  const [first, ...others] = countedRecords(8, 21) as [ReturnType<typeof counted>, ...ReturnType<typeof counted>[]];

  it("excludes the record even from a report of a day before the withdrawal, and says how many", () => {
    const records = [withdrawn(first, "2016-01-10", "block"), ...others];
    const before = buildReport(records, { asOf: "2015-12-31", validatedOn: ON, minCell: 0 });
    expect(before.respondents).toBe(7);
    expect(before.excluded).toMatchObject({ total: 1, withdrawn: 1, byReason: { WITHDRAWN: 1 } });
    expect(toMarkdown(before)).toContain("1 records are not counted because consent to statistics was withdrawn (on or before 2026-11-28)");
    expect(checkReport(before)).toEqual([]);
  });

  it("excludes it when only the statistics item was withdrawn", () => {
    const records = [withdrawn(first, "2015-09-01", "item"), ...others];
    const report = buildReport(records, { asOf: "2015-08-01", validatedOn: ON, minCell: 0 });
    expect(report.respondents).toBe(7);
    expect(report.excluded).toMatchObject({ withdrawn: 1, byReason: { ITEM_WITHDRAWN: 1 } });
  });

  it("no asOf makes a withdrawn record count", () => {
    const DATES = { minDate: "2015-01-01", maxDate: "2015-12-31" } as const;
    fc.assert(
      fc.property(
        fc.array(recordArb(DATES).map(counted), { maxLength: 12 }),
        recordArb(DATES).map(counted),
        fc.nat(4000),
        fc.constantFrom("block" as const, "item" as const),
        fc.integer({ min: 0, max: 6000 }),
        fc.nat(),
        (records, record, after, what, asOfOffset, at) => {
          // The withdrawal day: `after` days after consent, at the latest the validation day (ISO dates compare as strings).
          const later = addDays(record.consent.givenOn, after);
          const day = [later, ON].sort()[0] as string;
          const asOf = addDays("2013-01-01", asOfOffset);
          const options = { asOf, validatedOn: ON, minCell: 0 } as const;
          const place = at % (records.length + 1);
          const more = [...records.slice(0, place), withdrawn(record, day, what), ...records.slice(place)];
          const without = buildReport(records, options);
          const withIt = buildReport(more, options);
          expect(withIt.respondents).toBe(without.respondents);
          expect(withIt.excluded.withdrawn).toBe(without.excluded.withdrawn + 1);
          expect(withIt.police).toEqual(without.police);
          expect(withIt.incidents).toEqual(without.incidents);
        },
      ),
      { numRuns: Math.max(1, Math.floor(Number(process.env.FC_NUM_RUNS ?? 100) / 2)) },
    );
  }, 60_000);
});
