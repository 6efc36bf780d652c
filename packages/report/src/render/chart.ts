import type { Locale } from "@redumbrella/questionnaire";
import { REPORT_MESSAGES } from "../messages.js";
import { escapeHtml } from "./escape.js";
import { countText, type DisplayTable, type DisplayValue, shareText } from "./present.js";

// A horizontal bar chart as inline SVG: one row per table row — its label on a line of its own,
// then a bar against a grey track that stands for every respondent. Colours are attributes, not
// CSS, so the chart reads the same pasted elsewhere and printed.

const WIDTH = 720;
const TRACK = 610;
const ROW = 36;
const BAR = 13;
const INK = "#1a1a1a";

/** The chart of a table's first count column against `table.chartTotal`, as an `<svg>` element. */
export function barChart(table: DisplayTable, minCell: number, locale: Locale): string {
  const total = table.chartTotal;
  const hatch = `hatch-${table.id}`;
  const scale = (n: number): number => (total === 0 ? 0 : (Math.min(n, total) / total) * TRACK);
  const height = table.rows.length * ROW + 6;
  const rows = table.rows.map((row, i) => {
    const [first, second] = row.values as [DisplayValue, DisplayValue | undefined];
    if (first.kind !== "count") return "";
    const y = i * ROW + 4;
    const barY = y + 17;
    const shown = countText(first, minCell, locale);
    const value = second?.kind === "share" && first.count !== null ? `${shown} (${shareText(second, locale)})` : shown;
    let bar: string;
    let end: number;
    if (first.count !== null) {
      end = scale(first.count);
      bar = `<rect class="bar" data-row="${i}" x="0" y="${barY}" width="${end.toFixed(1)}" height="${BAR}" fill="#2b5797"/>`;
    } else if (first.reason === "primary") {
      // Somewhere from 1 to minCell − 1: the hatched bar spans what the number could be.
      end = Math.max(4, scale(minCell - 1));
      bar = `<rect class="bar suppressed" data-row="${i}" x="0" y="${barY}" width="${end.toFixed(1)}" height="${BAR}" fill="url(#${hatch})" stroke="#2b5797" stroke-width="1"/>`;
    } else {
      end = TRACK;
      bar = `<rect class="bar suppressed" data-row="${i}" x="0.5" y="${barY}" width="${TRACK - 1}" height="${BAR}" fill="none" stroke="#555" stroke-dasharray="4 3"/>`;
    }
    const textX = Math.min(end + 6, TRACK + 6);
    return [
      `<text class="label" x="0" y="${y + 12}" font-size="12" fill="${INK}">${escapeHtml(row.label)}</text>`,
      `<rect class="track" x="0" y="${barY}" width="${TRACK}" height="${BAR}" fill="#e8e8e8"/>`,
      bar,
      `<text class="value" x="${textX.toFixed(1)}" y="${barY + 11}" font-size="12" fill="${INK}">${escapeHtml(value)}</text>`,
    ].join("");
  });
  const label = escapeHtml(REPORT_MESSAGES.format("chart.label", { title: table.title }, locale));
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#2b5797" stroke-width="2.5"/></pattern></defs>`,
    ...rows,
    "</svg>",
  ].join("\n");
}
