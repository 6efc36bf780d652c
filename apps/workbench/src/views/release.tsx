import { AnonymiseError, anonymise, formatReleaseReport, RELEASE_MESSAGES, type ReleaseLedger } from "@redumbrella/anonymiser";
import { formatNumber } from "@redumbrella/questionnaire";
import { useEffect, useState } from "preact/hooks";
import { download, JSON_TYPE, TEXT_TYPE } from "../download.js";
import { text } from "../messages.js";
import type { ViewProps } from "./view.js";

type Made = Awaited<ReturnType<typeof anonymise>> & { readonly k: number; readonly asOf: string };

const isLedger = (value: unknown): value is ReleaseLedger => typeof value === "object" && value !== null && "keyFingerprint" in value;

export function ReleaseView({ locale, asOf, validatedOn, set, session, heading }: ViewProps): preact.JSX.Element {
  const [k, setK] = useState("5");
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ledger, setLedger] = useState<ReleaseLedger | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    session.getState("ledger").then((value) => setLedger(isLedger(value) ? value : null));
  }, [session]);

  const make = async (event: Event): Promise<void> => {
    event.preventDefault();
    const n = /^\d+$/.test(k) ? Number(k) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 2) {
      setError(text("release.badK", locale));
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const stored = await session.getState("releaseKey");
      const key = Uint8Array.from(Array.isArray(stored) ? (stored as number[]) : []);
      const result = await anonymise(set.inputs, { asOf, validatedOn, key, k: n, ledger: ledger ?? "new" });
      key.fill(0);
      setMade({ ...result, k: n, asOf });
    } catch (caught) {
      setMade(null);
      if (!(caught instanceof AnonymiseError)) throw caught;
      const message = caught.issues.map((i) => RELEASE_MESSAGES.format(`issue.${i.code}`, i.params ?? {}, locale)).join(" ");
      setError(text("release.failed", locale, { message }));
    } finally {
      setBusy(false);
    }
  };

  const saveRelease = async (): Promise<void> => {
    if (made === null) return;
    download(`release-${made.asOf}-k${made.k}.json`, `${JSON.stringify(made.records, null, 1)}\n`, JSON_TYPE);
    // The ledger is what was given out: recorded when the release leaves, so a later one is never finer.
    if (made.ledger !== undefined) {
      await session.putState("ledger", made.ledger);
      setLedger(made.ledger);
    }
    setSaved(true);
  };

  const report = made?.report;
  return (
    <section aria-labelledby="release-title">
      <h2 id="release-title" tabIndex={-1} ref={heading}>
        {text("release.title", locale)}
      </h2>
      <p>{text("release.intro", locale, { asOf })}</p>
      <p id="ledger-status">{text("release.ledger", locale, { count: ledger?.releases.length ?? 0 })}</p>
      <form onSubmit={make} class="row">
        <label for="release-k">{text("release.k", locale)}</label>
        <input id="release-k" type="number" min={2} step={1} value={k} onInput={(e) => setK(e.currentTarget.value)} required />
        <button type="submit" class="primary" id="make-release" disabled={busy}>
          {busy ? text("busy", locale) : text("release.make", locale)}
        </button>
      </form>
      <p class="error" role="alert">
        {error}
      </p>
      {made !== null && report !== undefined && (
        <div id="release-result" aria-live="polite">
          <p id="release-summary" class={report.kReached ? "ok" : "error"}>
            {report.kReached
              ? text("release.reached", locale, {
                  k: report.k,
                  released: report.records.released,
                  suppressed: report.records.suppressed,
                  smallest: report.smallestClass,
                  risk: `${formatNumber(report.risk.max * 100, locale, 1)} %`,
                })
              : text("release.notReached", locale, { k: report.k })}
          </p>
          <div class="downloads">
            <button type="button" id="download-release" class="primary" onClick={saveRelease} disabled={!report.kReached}>
              {text("release.download", locale)}
            </button>{" "}
            {made.ledger !== undefined && (
              <button
                type="button"
                id="download-ledger"
                onClick={() => download("ledger.json", `${JSON.stringify(made.ledger, null, 2)}\n`, JSON_TYPE)}
              >
                {text("release.downloadLedger", locale)}
              </button>
            )}{" "}
            <button
              type="button"
              id="download-risk"
              onClick={() => download(`release-${made.asOf}-k${made.k}-report.txt`, formatReleaseReport(report, locale), TEXT_TYPE)}
            >
              {text("release.downloadReport", locale)}
            </button>
          </div>
          {saved && (
            <p role="status" class="notice">
              {text("release.ledgerSaved", locale)}
            </p>
          )}
          <pre id="release-report" class="report-text">
            {formatReleaseReport(report, locale)}
          </pre>
        </div>
      )}
    </section>
  );
}
