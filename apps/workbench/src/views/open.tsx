import { useState } from "preact/hooks";
import { readFile } from "../data/read.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

export function OpenView({ locale, validatedOn, set, session, heading, onEntries }: ViewProps): preact.JSX.Element {
  const [lines, setLines] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);

  const open = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    const said: string[] = [];
    try {
      for (const file of files) {
        const result = readFile(file.name, await file.text(), validatedOn);
        if (result.kind === "unreadable") {
          said.push(text("open.unreadable", locale, { file: file.name }));
          continue;
        }
        await session.putEntries(result.entries);
        onEntries(result.entries);
        said.push(
          result.kind === "records"
            ? text("open.readRecords", locale, { file: file.name, count: result.entries.length })
            : text("open.readSubmissions", locale, {
                file: file.name,
                format: result.format,
                valid: result.valid,
                invalid: result.invalid,
              }),
        );
      }
    } finally {
      input.value = "";
      setLines(said);
      setBusy(false);
    }
  };

  const counts = [
    ["entries", set.entries.length],
    ["valid", set.valid.length],
    ["invalid", set.invalid],
    ["interviews", set.interviews.length],
    ["refusals", set.refusals],
  ] as const;

  return (
    <section aria-labelledby="open-title">
      <h2 id="open-title" tabIndex={-1} ref={heading}>
        {text("open.title", locale)}
      </h2>
      <p>{text("open.intro", locale)}</p>
      <p>
        <label for="files">{text("open.files", locale)}</label>{" "}
        <input
          id="files"
          type="file"
          multiple
          accept=".json,.ndjson,.jsonl,.csv,.xml,application/json,text/csv,text/xml"
          onChange={open}
          disabled={busy}
        />
      </p>
      <div role="status" aria-live="polite" id="open-status">
        {busy && <p>{text("busy", locale)}</p>}
        {lines.length > 0 && (
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <h3>{text("counts.title", locale)}</h3>
      {set.entries.length === 0 ? (
        <p>{text("open.empty", locale)}</p>
      ) : (
        <dl class="counts">
          {counts.map(([key, n]) => (
            <div key={key} data-count={key}>
              <dt>{text(`counts.${key}`, locale)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
