import { COMPLAINT_TO, type ComplaintTo, draftComplaint } from "@redumbrella/legal-checker";
import { useEffect, useMemo, useState } from "preact/hooks";
import { shortId } from "../data/derive.js";
import { download, MARKDOWN_TYPE } from "../download.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

type Drafted = ReturnType<typeof draftComplaint>;

export function ComplaintView({ locale, asOf, set, heading }: ViewProps): preact.JSX.Element {
  const options = useMemo(
    () =>
      set.interviews.flatMap((record) =>
        (record.incidents ?? []).map((incident) => ({
          value: `${record.id}/${incident.id}`,
          record,
          incident: incident.id,
          date: incident.date,
        })),
      ),
    [set.interviews],
  );
  const [chosen, setChosen] = useState<string>("");
  const [to, setTo] = useState<ComplaintTo>("prosecutor");
  const [drafted, setDrafted] = useState<{ result: Drafted; name: string } | null>(null);
  // A draft shown is the one asked for: another incident, addressee, day or language asks again.
  useEffect(() => setDrafted(null), [chosen, to, asOf, locale]);

  const draft = (event: Event): void => {
    event.preventDefault();
    const option = options.find((o) => o.value === chosen) ?? options[0];
    if (option === undefined) return;
    const result = draftComplaint(option.record, option.incident, { to, asOf, locale });
    setDrafted({ result, name: `complaint-${shortId(option.record.id)}-${option.incident}-${to}-${asOf}.md` });
  };

  return (
    <section aria-labelledby="complaint-title">
      <h2 id="complaint-title" tabIndex={-1} ref={heading}>
        {text("complaint.title", locale)}
      </h2>
      <p>{text("complaint.intro", locale, { asOf })}</p>
      {options.length === 0 ? (
        <p>{text("complaint.none", locale)}</p>
      ) : (
        <form onSubmit={draft} class="stack">
          <label for="complaint-incident">{text("complaint.incident", locale)}</label>
          <select id="complaint-incident" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {text("complaint.option", locale, { record: shortId(o.record.id), incident: o.incident, date: o.date })}
              </option>
            ))}
          </select>
          <label for="complaint-to">{text("complaint.to", locale)}</label>
          <select id="complaint-to" value={to} onChange={(e) => setTo(e.currentTarget.value as ComplaintTo)}>
            {COMPLAINT_TO.map((t) => (
              <option key={t} value={t}>
                {text(`complaint.to.${t}`, locale)}
              </option>
            ))}
          </select>
          <p>
            <button type="submit" class="primary" id="draft-complaint">
              {text("complaint.draft", locale)}
            </button>
          </p>
        </form>
      )}
      <div aria-live="polite" id="complaint-result">
        {drafted !== null &&
          (drafted.result.success ? (
            <>
              <p>
                <button
                  type="button"
                  id="download-complaint"
                  onClick={() => drafted.result.success && download(drafted.name, drafted.result.data.markdown, MARKDOWN_TYPE)}
                >
                  {text("complaint.download", locale)}
                </button>
              </p>
              <section aria-labelledby="complaint-letter">
                <h3 id="complaint-letter">{text("complaint.letter", locale)}</h3>
                <pre class="letter">{drafted.result.data.text}</pre>
              </section>
            </>
          ) : (
            <p class="error" role="alert" id="complaint-refused">
              {text("complaint.refused", locale, { reason: drafted.result.issues.map((i) => i.message).join(" ") })}
            </p>
          ))}
      </div>
    </section>
  );
}
