import { LOCALES, type Locale } from "@redumbrella/questionnaire";
import { mutatedRecordArb, recordArb, refusalArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { counted, ON } from "./internal/fixtures.js";
import { toCsv } from "./render/csv.js";
import { present } from "./render/present.js";
import type { Report } from "./types.js";

// The language changes the words of a report, never its figures: the same records give the same
// tables, counts, suppression and excluded records in en, ru and kk.

const DATES = { minDate: "2015-01-01", maxDate: "2015-12-31" } as const;
// Each run builds and renders three reports: a half and a quarter of the global run count keep the time bounded.
const RUNS = Number(process.env.FC_NUM_RUNS ?? 100);

// Records most of which are counted, some without consent, some refusals, and some invalid (one thing wrong each).
const recordsArb = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: recordArb(DATES).map(counted) },
    { weight: 2, arbitrary: recordArb(DATES) },
    { weight: 1, arbitrary: refusalArb(DATES) },
    { weight: 1, arbitrary: mutatedRecordArb({ ...DATES, asOf: ON }).map((m) => m.record) },
  ),
  { maxLength: 30 },
);

/** A report without the one field that names its language. */
const figures = ({ locale: _, ...rest }: Report): unknown => rest;

/** The shown tables without their words: ids, values, and how many columns, rows and notes. */
function shape(report: Report, locale: Locale): unknown {
  return present(report, locale).tables.map((t) => ({
    id: t.id,
    columns: t.columns.length,
    rows: t.rows.map((r) => r.values),
    notes: t.notes.length,
    chart: t.chart,
    chartTotal: t.chartTotal,
  }));
}

/** A CSV row after its label: the label is the first field, quoted when it holds a comma; figures never are. */
const afterLabel = (line: string): string[] => {
  const end = line.startsWith('"') ? line.indexOf('",', 1) + 1 : line.indexOf(",");
  return end <= 0 ? [] : line.slice(end + 1).split(",");
};

/** The CSV cells that are figures (every row but the header, every column but the label), per file. */
function csvFigures(report: Report, locale: Locale): unknown {
  return Object.entries(toCsv(report, locale)).map(([name, text]) => [name, text.split("\r\n").slice(1).map(afterLabel)]);
}

describe("locale invariance", () => {
  it("builds the same figures in en, ru and kk: only the texts differ", () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom(0, 3, 5), (records, minCell) => {
        const built = LOCALES.map((locale) => buildReport(records, { asOf: ON, validatedOn: ON, minCell, locale }));
        const base = built[0] as Report;
        built.forEach((report, i) => {
          expect(report.locale).toBe(LOCALES[i]);
          expect(figures(report)).toEqual(figures(base));
        });
        for (const locale of LOCALES) {
          expect(shape(base, locale)).toEqual(shape(base, "en"));
          expect(checkReport(base, locale).map(({ message: _, ...issue }) => issue)).toEqual(
            checkReport(base, "en").map(({ message: _, ...issue }) => issue),
          );
        }
      }),
      { numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  }, 120_000);

  it("writes the same numbers in every language's CSV files", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const report = buildReport(records, { asOf: ON, validatedOn: ON });
        for (const locale of LOCALES) expect(csvFigures(report, locale)).toEqual(csvFigures(report, "en"));
      }),
      { numRuns: Math.max(1, Math.floor(RUNS / 4)) },
    );
  }, 120_000);
});
