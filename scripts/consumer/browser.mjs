// The browser flow, bundled by esbuild and run in Chromium: WebCrypto pseudonyms, no Node built-ins.
import { anonymise, scrubText } from "@redumbrella/anonymiser";
import { decide } from "@redumbrella/consent";
import { checkRecord } from "@redumbrella/legal-checker";
import { safeParseRecord } from "@redumbrella/questionnaire";
import { buildReport, toHtml } from "@redumbrella/report";
import data from "./records.json";

async function main() {
  const records = Array.from({ length: 12 }, (_, i) => ({
    ...data.template,
    id: `a1b2c3d4-0000-4000-8000-${String(i).padStart(12, "0")}`,
  }));
  const parsed = safeParseRecord(records[0], { asOf: "2026-12-01", locale: "kk" });
  const release = await anonymise(records, { asOf: "2026-12-01", key: crypto.getRandomValues(new Uint8Array(32)), k: 5 });
  const html = toHtml(buildReport(records, { asOf: "2026-12-01", locale: "kk" }));
  const result = {
    valid: parsed.success,
    allowed: parsed.success && decide(parsed.data, "statistics", { asOf: "2026-12-01" }).allowed,
    findings: parsed.success ? checkRecord(parsed.data).length : 0,
    released: release.records.length,
    report: html.length > 0,
    scrubbed: !scrubText(data.text).text.includes("Жумабаев"),
  };
  return {
    ...result,
    ok: result.valid && result.allowed && result.findings > 0 && result.released > 0 && result.report && result.scrubbed,
  };
}
main().then(
  (result) => {
    window.__consumer = result;
  },
  (error) => {
    window.__consumer = { ok: false, error: String(error) };
  },
);
