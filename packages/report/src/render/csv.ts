import type { Locale } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { REPORT_MESSAGES } from "../messages.js";
import type { Report } from "../types.js";
import { countText, type DisplayValue, present } from "./present.js";

const BOM = "\uFEFF";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
export function field(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV, one file per table (`records.csv`, `police-violations.csv`,
 * `profile-age.csv`, …): UTF-8 with a byte-order mark so Excel reads Cyrillic, CRLF line ends,
 * RFC 4180 quoting. Counts are numbers, suppressed ones `<5` or `x`; shares are percentages with a
 * dot (`90.0`), for Excel and SPSS alike. Headers and labels are in `locale`.
 *
 * @example
 * import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { buildReport, toCsv } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * const report = buildReport(records, { asOf: "2026-11-28" });
 * const dir = mkdirSync("tables", { recursive: true }) ?? "tables";
 * for (const [name, content] of Object.entries(toCsv(report, "ru"))) writeFileSync(join(dir, name), content);
 */
export function toCsv(report: Report, locale: Locale = report.locale): Record<string, string> {
  const p = present(report, locale);
  const cell = (v: DisplayValue): string | number =>
    match(v)
      .with({ kind: "count" }, (c) => (c.count !== null ? c.count : countText(c, p.minCell, locale)))
      .with({ kind: "share" }, (s) => {
        if (s.hidden) return REPORT_MESSAGES.format("cell.hidden", {}, locale);
        return s.share === null ? "" : (s.share * 100).toFixed(1);
      })
      .exhaustive();
  const files: Record<string, string> = {};
  for (const table of p.tables) {
    const header = table.columns.map((c, i) =>
      i > 0 && table.rows[0]?.values[i - 1]?.kind === "share" ? REPORT_MESSAGES.format("col.percent", { column: c }, locale) : c,
    );
    const lines = [header, ...table.rows.map((row) => [row.label, ...row.values.map(cell)])];
    files[`${table.id}.csv`] = `${BOM + lines.map((line) => line.map(field).join(",")).join("\r\n")}\r\n`;
  }
  return files;
}
