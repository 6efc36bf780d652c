import { CHECKER_MESSAGES, checkRecord, describeCitation, explain, type Finding } from "@redumbrella/legal-checker";
import type { InterviewRecord, Locale } from "@redumbrella/questionnaire";
import { useMemo, useState } from "preact/hooks";
import { shortId } from "../data/derive.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

/** Findings of one record grouped by what they are about: each incident, each charge, then the record. */
function groups(findings: readonly Finding[]): { key: string; incident: string | null; charge: number | null; findings: Finding[] }[] {
  const out = new Map<string, { key: string; incident: string | null; charge: number | null; findings: Finding[] }>();
  for (const f of findings) {
    const key = f.charge !== null ? `charge:${f.charge}` : f.incident !== null ? `incident:${f.incident}` : "record";
    const group = out.get(key) ?? { key, incident: f.charge === null ? f.incident : null, charge: f.charge, findings: [] };
    group.findings.push(f);
    out.set(key, group);
  }
  return [...out.values()];
}

function FindingItem({ finding, locale }: { finding: Finding; locale: Locale }): preact.JSX.Element {
  return (
    <li class={`finding ${finding.status}`} data-code={finding.code}>
      <p>
        <span class={`badge ${finding.severity}`}>{CHECKER_MESSAGES.format(`severity.${finding.severity}`, {}, locale)}</span>{" "}
        <span class="badge status">{CHECKER_MESSAGES.format(`status.${finding.status}`, {}, locale)}</span> <code>{finding.code}</code>
      </p>
      <p class="message">{finding.message}</p>
      {finding.missingFacts.length > 0 && (
        <p class="missing">{text("findings.missing", locale, { paths: finding.missingFacts.join(", ") })}</p>
      )}
      {finding.citations.length > 0 && (
        <div class="citations">
          <p class="label">{text("findings.citations", locale)}</p>
          <ul>
            {finding.citations.map((c) => (
              <li key={`${c.instrument}:${c.article ?? ""}:${c.inForce.from}`} class="citation">
                {describeCitation(c, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>{text("findings.explain", locale)}</summary>
        <p class="explain">{explain(finding, locale)}</p>
      </details>
    </li>
  );
}

function RecordFindings({
  record,
  findings,
  locale,
}: {
  record: InterviewRecord;
  findings: readonly Finding[];
  locale: Locale;
}): preact.JSX.Element {
  // Rendered only once opened: sixty records of findings with their explanations are a large page.
  const [open, setOpen] = useState(false);
  const flags = findings.filter((f) => f.status === "flag").length;
  return (
    <details class="record" data-record={record.id} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="id">{text("findings.record", locale, { id: shortId(record.id) })}</span>{" "}
        {text("findings.recordTotals", locale, { flags, undetermined: findings.length - flags })}
      </summary>
      {open &&
        (findings.length === 0 ? (
          <p>{text("findings.none", locale)}</p>
        ) : (
          groups(findings).map((g) => (
            <section key={g.key} class="subject">
              <h4>
                {g.charge !== null
                  ? text("findings.charge", locale, { n: g.charge + 1 })
                  : g.incident !== null
                    ? text("findings.incident", locale, { id: g.incident })
                    : text("findings.recordLevel", locale)}
              </h4>
              <ul class="findings">
                {g.findings.map((f, i) => (
                  <FindingItem key={`${f.rule}:${i}`} finding={f} locale={locale} />
                ))}
              </ul>
            </section>
          ))
        ))}
    </details>
  );
}

export function FindingsView({ locale, set, heading }: ViewProps): preact.JSX.Element {
  const [onlyFlags, setOnlyFlags] = useState(false);
  const checked = useMemo(
    () => set.interviews.map((record) => ({ record, findings: checkRecord(record, { locale }) })),
    [set.interviews, locale],
  );
  const all = checked.flatMap((c) => c.findings);
  const flags = all.filter((f) => f.status === "flag").length;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1} ref={heading}>
        {text("findings.title", locale)}
      </h2>
      <p>{text("findings.intro", locale)}</p>
      <p id="findings-totals">{text("findings.totals", locale, { records: checked.length, flags, undetermined: all.length - flags })}</p>
      <p>
        <label class="inline">
          <input type="checkbox" id="only-flags" checked={onlyFlags} onChange={(e) => setOnlyFlags(e.currentTarget.checked)} />{" "}
          {text("findings.onlyFlags", locale)}
        </label>
      </p>
      <div class="records">
        {checked.map(({ record, findings }) => (
          <RecordFindings
            key={record.id}
            record={record}
            findings={onlyFlags ? findings.filter((f) => f.status === "flag") : findings}
            locale={locale}
          />
        ))}
      </div>
    </section>
  );
}
