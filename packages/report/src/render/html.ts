import type { Locale } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { REPORT_MESSAGES } from "../messages.js";
import type { Report } from "../types.js";
import { barChart } from "./chart.js";
import { escapeHtml } from "./escape.js";
import { countText, type DisplayTable, type DisplayValue, present, shareText } from "./present.js";

// One self-contained page: inline CSS, inline SVG, system fonts, and a Content-Security-Policy that
// forbids every request, so opening or printing it reaches no network.
const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a;
  line-height: 1.4; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
p { margin: .25rem 0; }
.preamble { color: #333; font-size: .95rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .25rem .5rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
tbody th { font-weight: normal; }
thead th { border-bottom: 2px solid #333; }
td.suppressed { color: #555; font-style: italic; }
.note { font-size: .85rem; color: #444; }
figure { margin: .5rem 0 1rem; }
svg.chart { display: block; width: 100%; height: auto; max-width: 45rem; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  section { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function tableHtml(table: DisplayTable, minCell: number, locale: Locale): string {
  const cell = (v: DisplayValue): string =>
    match(v)
      .with(
        { kind: "count" },
        (c) => `<td${c.count === null ? ' class="suppressed"' : ""}>${escapeHtml(countText(c, minCell, locale))}</td>`,
      )
      .with({ kind: "share" }, (s) => `<td${s.hidden ? ' class="suppressed"' : ""}>${escapeHtml(shareText(s, locale))}</td>`)
      .exhaustive();
  const head = table.columns.map((c, i) => `<th scope="col"${i === 0 ? "" : ' class="n"'}>${escapeHtml(c)}</th>`).join("");
  const rows = table.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.values.map(cell).join("")}</tr>`);
  return [
    `<section id="${escapeHtml(table.id)}">`,
    `<h2>${escapeHtml(table.title)}</h2>`,
    ...(table.chart ? [`<figure>${barChart(table, minCell, locale)}</figure>`] : []),
    `<table><thead><tr>${head}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    ...table.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    "</section>",
  ].join("\n");
}

/**
 * The report as one self-contained HTML page in `locale` (`<html lang>`): its tables, a horizontal
 * bar chart per violation table drawn as inline SVG (a suppressed row as a hatched bar marked
 * "<5"), inline CSS with a print style, no script, font, image or any other request (a
 * Content-Security-Policy forbids them). Every text is escaped.
 *
 * @example
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { buildReport, toHtml } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * writeFileSync("report.html", toHtml(buildReport(records, { asOf: "2026-11-28" }), "ru"));
 */
export function toHtml(report: Report, locale: Locale = report.locale): string {
  const p = present(report, locale);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(REPORT_MESSAGES.format("html.lang", {}, locale))}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(p.title)}</h1>`,
    ...p.preamble.map((line) => `<p class="preamble">${escapeHtml(line)}</p>`),
    "</header>",
    "<main>",
    ...p.tables.map((table) => tableHtml(table, p.minCell, p.locale)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
