// The CJS flow: the same packages through require() (the CLI is ESM-only).
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { anonymise, scrubText } = require("@redumbrella/anonymiser");
const { decide } = require("@redumbrella/consent");
const { checkRecord } = require("@redumbrella/legal-checker");
const { safeParseRecord } = require("@redumbrella/questionnaire");
const { FORM } = require("@redumbrella/questionnaire/form");
const { buildReport, toHtml } = require("@redumbrella/report");

const { template, text } = JSON.parse(readFileSync(join(__dirname, "records.json"), "utf8"));
const assert = (ok, what) => {
  if (!ok) throw new Error(`CJS flow: ${what}`);
};
const records = Array.from({ length: 12 }, (_, i) => ({ ...template, id: `a1b2c3d4-0000-4000-8000-${String(i).padStart(12, "0")}` }));

(async () => {
  const parsed = safeParseRecord(records[0], { asOf: "2026-12-01" });
  assert(parsed.success, "a valid record validates");
  assert(FORM.length > 0, "the form as data loads");
  assert(decide(parsed.data, "statistics", { asOf: "2026-12-01" }).allowed, "statistics is allowed");
  assert(checkRecord(parsed.data).length > 0, "the charge gets a finding");
  const release = await anonymise(records, { asOf: "2026-12-01", key: new Uint8Array(32).fill(7), k: 5 });
  assert(release.records.length > 0, "the release holds records");
  assert(toHtml(buildReport(records, { asOf: "2026-12-01", locale: "ru" })).includes("<html"), "the report renders as HTML");
  assert(!scrubText(text).text.includes("8 701"), "the scrubber removes the phone");
  console.log(`CJS flow: ${release.records.length} released`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
