import { describe, expect, it } from "vitest";
import { buildReport } from "../build-report.js";
import { ON, seedRecords } from "../internal/fixtures.js";
import { field, toCsv } from "./csv.js";

/** An RFC 4180 reader, to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const files = toCsv(buildReport(seedRecords(), { asOf: ON, validatedOn: ON }), "ru");

describe("toCsv", () => {
  it("writes one file per table, each UTF-8 with a byte-order mark and CRLF line ends", () => {
    expect(Object.keys(files)).toEqual([
      "records.csv",
      "methodology.csv",
      "police-violations.csv",
      "police-questions.csv",
      "medical-violations.csv",
      "medical-questions.csv",
      "profile-age.csv",
      "profile-sexWorkVenues.csv",
      "profile-timeInSexWork.csv",
      "profile-education.csv",
      "profile-citizenship.csv",
      "profile-hasId.csv",
      "profile-timesDetained.csv",
      "profile-finePaid.csv",
      "incidents.csv",
      "incidents-perpetrators.csv",
      "incidents-acts.csv",
      "incidents-places.csv",
      "incidents-months.csv",
      "incidents-complaintAddressees.csv",
      "incidents-complaintOutcomes.csv",
      "incidents-withdrawnUnderPressure.csv",
      "incidents-retaliation.csv",
    ]);
    for (const content of Object.values(files)) {
      expect(content.startsWith("\uFEFF")).toBe(true);
      expect(content.endsWith("\r\n")).toBe(true);
      expect(content.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    }
  });

  it("reads back as the table: labels with commas quoted, numbers as numbers, small ones as <5", () => {
    const rows = parseCsv((files["police-questions.csv"] as string).slice(1));
    expect(rows[0]).toEqual(["Вопрос", "Опрошено", "Да", "Доля, %", "Нет", "Доля, %", "Отказ от ответа", "Не задан"]);
    expect(rows[2]).toEqual(["Q15. Знаете ли вы, куда обращаться, если ваши права нарушены?", "60", "27", "45.0", "33", "55.0", "0", "0"]);
    expect(rows[4]).toEqual(["Q18. Если да, приняли ли вашу жалобу?", "8", "<5", "x", "x", "x", "0", "0"]);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it("quotes by RFC 4180 and keeps spreadsheet formulas from running", () => {
    expect(field('a "b", c')).toBe('"a ""b"", c"');
    expect(field("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(field(-3)).toBe("-3");
    expect(field("line\nbreak")).toBe('"line\nbreak"');
  });
});
