import type { Locale } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import type { Report } from "../types.js";
import { countText, type DisplayValue, present, shareText } from "./present.js";

/** Escapes text for a Markdown table cell or paragraph: no emphasis, link, HTML or code, no broken row. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

/**
 * The report as Markdown (GitHub tables): a title, what the figures are and what "<5" and "x"
 * mean, then one table per section and profile question with its notes, in `locale`.
 *
 * @example
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { buildReport, toMarkdown } from "@redumbrella/report";
 *
 * const records = readFileSync("interviews.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line): unknown => JSON.parse(line));
 * writeFileSync("report.md", toMarkdown(buildReport(records, { asOf: "2026-11-28" }), "ru"));
 */
export function toMarkdown(report: Report, locale: Locale = report.locale): string {
  const p = present(report, locale);
  const text = (v: DisplayValue): string =>
    match(v)
      .with({ kind: "count" }, (c) => countText(c, p.minCell, locale))
      .with({ kind: "share" }, (s) => shareText(s, locale))
      .exhaustive();
  const lines = [`# ${escapeMarkdown(p.title)}`, "", ...p.preamble.map((line) => `${escapeMarkdown(line)}\n`)];
  for (const table of p.tables) {
    lines.push(`## ${escapeMarkdown(table.title)}`, "");
    lines.push(`| ${table.columns.map(escapeMarkdown).join(" | ")} |`);
    lines.push(`|${table.columns.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
    for (const row of table.rows)
      lines.push(`| ${[escapeMarkdown(row.label), ...row.values.map((v) => escapeMarkdown(text(v)))].join(" | ")} |`);
    lines.push("");
    for (const note of table.notes) lines.push(`${escapeMarkdown(note)}`, "");
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
