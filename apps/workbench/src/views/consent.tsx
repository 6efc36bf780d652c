import { type Decision, decide, decisionMessage, USES, useLabel } from "@redumbrella/consent";
import { useMemo } from "preact/hooks";
import { shortId } from "../data/derive.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

export function ConsentView({ locale, asOf, validatedOn, set, heading }: ViewProps): preact.JSX.Element {
  const rows = useMemo(
    () =>
      set.interviews.map((record) => ({
        id: record.id,
        decisions: USES.map((use): Decision => decide(record, use, { asOf, validatedOn, locale })),
      })),
    [set.interviews, asOf, validatedOn, locale],
  );
  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title" tabIndex={-1} ref={heading}>
        {text("consent.title", locale)}
      </h2>
      <p>{text("consent.intro", locale, { asOf })}</p>
      {rows.length === 0 ? (
        <p>{text("consent.none", locale)}</p>
      ) : (
        <div class="scroll">
          <table id="consent-table" class="decisions">
            <caption class="visually-hidden">{text("consent.intro", locale, { asOf })}</caption>
            <thead>
              <tr>
                <th scope="col">{text("consent.col.record", locale)}</th>
                {USES.map((use) => (
                  <th scope="col" key={use}>
                    {useLabel(use, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ id, decisions }) => (
                <tr key={id} data-record={id}>
                  <th scope="row">
                    <details>
                      <summary>
                        <span class="id">{shortId(id)}</span>
                        <span class="visually-hidden">{text("consent.reasons", locale, { id: shortId(id) })}</span>
                      </summary>
                      <ul class="reasons">
                        {decisions.map((d) => (
                          <li key={d.use} data-use={d.use}>
                            {decisionMessage(d, locale)}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </th>
                  {decisions.map((d) => (
                    <td key={d.use} data-use={d.use} class={d.allowed ? "allowed" : "denied"}>
                      <span aria-hidden="true">{d.allowed ? "✓ " : "✗ "}</span>
                      {text(d.allowed ? "consent.allowed" : "consent.denied", locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Σ</th>
                {USES.map((use, i) => (
                  <td key={use}>
                    {text("consent.totals", locale, {
                      allowed: rows.filter((r) => r.decisions[i]?.allowed === true).length,
                      records: rows.length,
                    })}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
