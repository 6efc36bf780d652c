import { fieldMeta, formatPath } from "@redumbrella/questionnaire";
import { shortId } from "../data/derive.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

export function ValidationView({ locale, set, heading }: ViewProps): preact.JSX.Element {
  return (
    <section aria-labelledby="validation-title">
      <h2 id="validation-title" tabIndex={-1} ref={heading}>
        {text("validation.title", locale)}
      </h2>
      <p id="validation-summary">
        {set.problems.length === 0
          ? text("validation.allValid", locale)
          : text("validation.summary", locale, { valid: set.valid.length, invalid: set.invalid })}
      </p>
      {set.problems.length > 0 && (
        <div class="scroll">
          <table id="validation-errors">
            <caption class="visually-hidden">{text("validation.title", locale)}</caption>
            <thead>
              <tr>
                <th scope="col">{text("validation.col.entry", locale)}</th>
                <th scope="col">{text("validation.col.path", locale)}</th>
                <th scope="col">{text("validation.col.question", locale)}</th>
                <th scope="col">{text("validation.col.code", locale)}</th>
                <th scope="col">{text("validation.col.message", locale)}</th>
              </tr>
            </thead>
            <tbody>
              {set.problems.map((p, i) => {
                const path = p.path === null ? "" : formatPath(p.path);
                const meta = path === "" ? undefined : fieldMeta(path);
                return (
                  <tr key={i}>
                    <td>
                      {text("validation.place", locale, { file: p.entry.source, index: p.entry.index })}
                      {p.id !== null && <span class="id"> {shortId(p.id)}</span>}
                    </td>
                    <td>
                      <code class="path">{path === "" ? text("validation.root", locale) : path}</code>
                    </td>
                    <td>{meta === undefined ? "" : `${meta.question === null ? "" : `${meta.question} `}${meta.label[locale]}`}</td>
                    <td>
                      <code>{p.code}</code>
                    </td>
                    <td>{p.code === "MALFORMED" ? text("validation.malformed", locale) : p.message}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
