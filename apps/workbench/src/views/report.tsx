import { buildReport, toCsv, toHtml, toJSON, toMarkdown } from "@redumbrella/report";
import { useMemo } from "preact/hooks";
import { CSV_TYPE, download, HTML_TYPE, JSON_TYPE, MARKDOWN_TYPE } from "../download.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

export function ReportView({ locale, asOf, validatedOn, set, heading }: ViewProps): preact.JSX.Element {
  const report = useMemo(() => buildReport(set.inputs, { asOf, validatedOn, locale }), [set.inputs, asOf, validatedOn, locale]);
  const html = useMemo(() => toHtml(report, locale), [report, locale]);
  const csv = useMemo(() => toCsv(report, locale), [report, locale]);
  const name = `report-${asOf}-${locale}`;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" tabIndex={-1} ref={heading}>
        {text("report.title", locale)}
      </h2>
      <p>{text("report.intro", locale, { asOf })}</p>
      <p id="report-counted">{text("report.counted", locale, { respondents: report.respondents, excluded: report.excluded.total })}</p>
      <fieldset class="downloads">
        <legend>{text("report.downloads", locale)}:</legend>
        <button type="button" id="download-report-html" onClick={() => download(`${name}.html`, html, HTML_TYPE)}>
          {text("report.download.html", locale)}
        </button>{" "}
        <button type="button" onClick={() => download(`${name}.md`, toMarkdown(report, locale), MARKDOWN_TYPE)}>
          {text("report.download.md", locale)}
        </button>{" "}
        <button type="button" onClick={() => download(`${name}.json`, toJSON(report), JSON_TYPE)}>
          {text("report.download.json", locale)}
        </button>
        <details class="csv">
          <summary>{text("report.csv", locale)}</summary>
          <ul>
            {Object.entries(csv).map(([file, content]) => (
              <li key={file}>
                <button type="button" class="link" onClick={() => download(file, content, CSV_TYPE)}>
                  {file}
                </button>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      {/* The report's own page (inline CSS and SVG, no script), in a sandbox: it can run nothing and load nothing. */}
      <iframe id="report-frame" class="report-frame" title={text("report.frame", locale)} sandbox="" srcDoc={html} />
    </section>
  );
}
