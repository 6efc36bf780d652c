import type { Report } from "../types.js";

/**
 * The report as JSON text: the typed `Report` object as it is (suppressed counts `null`, the
 * reasons beside them), indented by two spaces, ending with a newline.
 *
 * @example
 * const report: Report = JSON.parse(toJSON(buildReport(records, { asOf: "2026-11-28" })));
 */
export function toJSON(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
