import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { checkReport } from "./check-report.js";
import { countedRecords, ON, refusal, seedRecords, seedRefusals } from "./internal/fixtures.js";
import { toMarkdown } from "./render/markdown.js";

const id = (i: number): string => `1a2b3c4d-0000-4000-8000-${i.toString().padStart(12, "0")}`;

describe("who took part: refusals counted apart", () => {
  it("3 refusals among 10 records: the methodology table says 3 refused, 7 interviewed, and no refusal is an excluded record", () => {
    const records = [
      ...countedRecords(7, 11),
      refusal(id(1), "2015-02-01", "fear"),
      refusal(id(2), "2015-02-02", "fear"),
      refusal(id(3), "2015-02-03"),
    ];
    const report = buildReport(records, { asOf: ON, validatedOn: ON, minCell: 0 });
    expect(report.methodology).toMatchObject({ approached: 10, interviewed: 7, refused: 3 });
    expect(report.methodology.refusalReasons.counts).toEqual({ fear: 2, distrust: 0, noTime: 0, other: 0, notRecorded: 1 });
    expect(report).toMatchObject({ records: 10, respondents: 7, excluded: { total: 0, byReason: {} } });
    expect(checkReport(report)).toEqual([]);
  });

  it("gives the seed study's 60 surveyed and 8 refused, the reasons protected as any small count", () => {
    const report = buildReport([...seedRecords(), ...seedRefusals()], { asOf: ON, validatedOn: ON });
    expect(report.methodology).toMatchObject({ approached: 68, interviewed: 60, refused: 8 });
    // Fear 5, distrust 3 of 8: the 3 is small, and 8 − 5 would give it away.
    expect(report.methodology.refusalReasons.suppressed).toEqual({ fear: "complementary", distrust: "primary" });
    expect(toMarkdown(report)).toContain("| Refused to take part | 8 | – |");
    expect(toMarkdown(report, "ru")).toContain("| Отказались от участия | 8 | – |");
    expect(checkReport(report)).toEqual([]);
  });

  it("reproducing a past day leaves out refusals recorded after it, and says how many", () => {
    const records = [...countedRecords(5, 3), refusal(id(1), "2015-03-01", "distrust"), refusal(id(2), "2016-05-01", "fear")];
    const report = buildReport(records, { asOf: "2015-12-31", validatedOn: ON, minCell: 0 });
    expect(report.methodology.refused).toBe(1);
    expect(report.excluded.refusalsAfterAsOf).toBe(1);
    expect(report.respondents + report.methodology.refused + report.excluded.total).toBe(report.records);
  });

  it("catches refusals, interviews and excluded records that do not add up to the records read", () => {
    const report = buildReport([...seedRecords(), ...seedRefusals()], { asOf: ON, validatedOn: ON, minCell: 0 });
    const issues = checkReport({ ...report, methodology: { ...report.methodology, refused: 9 } });
    expect(issues.map((i) => [i.code, i.table])).toEqual([
      ["TOTAL_MISMATCH", "records"],
      ["TOTAL_MISMATCH", "methodology"],
      ["TOTAL_MISMATCH", "interview.refusalReason"],
    ]);
  });
});
