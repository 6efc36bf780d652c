import type { Report } from "../types.js";

/**
 * The report as JSON text: the typed `Report` object as it is (suppressed counts `null`, the
 * reasons beside them), indented by two spaces, ending with a newline.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { buildReport, type Report, toJSON } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * const report: Report = JSON.parse(toJSON(buildReport(records, { asOf: "2026-11-28" })));
 */
export function toJSON(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
