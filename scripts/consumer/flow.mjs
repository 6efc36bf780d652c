// The ESM flow: validate, decide a use, check, release, report, scrub — through every package.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { anonymise, scrubText } from "@redumbrella/anonymiser";
import { run } from "@redumbrella/cli";
import { decide } from "@redumbrella/consent";
import { checkRecord } from "@redumbrella/legal-checker";
import { RECORD_MESSAGES, safeParseRecord } from "@redumbrella/questionnaire";
import { FORM } from "@redumbrella/questionnaire/form";
import { buildReport, toMarkdown } from "@redumbrella/report";

const { template, text } = JSON.parse(readFileSync(new URL("records.json", import.meta.url), "utf8"));
const assert = (ok, what) => {
  if (!ok) throw new Error(`ESM flow: ${what}`);
};
const records = Array.from({ length: 12 }, (_, i) => ({ ...template, id: `a1b2c3d4-0000-4000-8000-${String(i).padStart(12, "0")}` }));

const parsed = safeParseRecord(records[0], { asOf: "2026-12-01", locale: "kk" });
assert(parsed.success, "a valid record validates");
const bad = safeParseRecord({ ...records[0], respondent: { ...template.respondent, nickname: "x" } }, { asOf: "2026-12-01", locale: "kk" });
assert(!bad.success && bad.issues[0].code === "UNKNOWN_KEY", "an unknown key is located");
assert(typeof RECORD_MESSAGES.format("REQUIRED", {}, "kk") === "string", "messages render");
assert(FORM.length > 0, "the form as data loads");
assert(decide(parsed.data, "statistics", { asOf: "2026-12-01" }).allowed, "statistics is allowed");
assert(!decide(parsed.data, "namedPublication", { asOf: "2026-12-01" }).allowed, "a named publication is denied");
assert(checkRecord(parsed.data).length > 0, "the charge gets a finding");
const release = await anonymise(records, { asOf: "2026-12-01", key: new Uint8Array(32).fill(7), k: 5 });
assert(release.records.length > 0, "the release holds records");
const report = buildReport(records, { asOf: "2026-12-01" });
assert(toMarkdown(report).length > 0, "the report renders");
// The dual-package hazard: the CJS build's objects, required beside the ESM build, are taken as its own.
const cjs = createRequire(import.meta.url);
const cjsReport = buildReport(records, { asOf: "2026-12-01", policy: cjs("@redumbrella/consent").POLICY });
assert(cjsReport.respondents === report.respondents && report.respondents > 0, "the CJS build's POLICY gives the same report");
const cjsFindings = checkRecord(parsed.data, { pack: cjs("@redumbrella/legal-checker").kz });
assert(cjsFindings.length === checkRecord(parsed.data).length, "the CJS build's kz pack gives the same findings");
let refused;
try {
  buildReport(records, { asOf: "2026-12-01", policy: { ...cjs("@redumbrella/consent").POLICY } });
} catch (error) {
  refused = error;
}
assert(refused?.code === "INVALID_OPTION" && refused.issues[0].path[0] === "policy", "a hand-made policy is refused");
assert(!scrubText(text, { lang: "ru" }).text.includes("Жумабаев"), "the scrubber removes the name");
const out = [];
const code = await run(["--version"], {
  stdout: { write: (s) => out.push(s) },
  stderr: { write: () => {} },
  stdin: [],
  cwd: ".",
  env: {},
  randomBytes: (n) => new Uint8Array(n),
});
assert(code === 0 && /\d+\.\d+\.\d+/.test(out.join("")), "redumbrella --version");
console.log(`ESM flow: ${release.records.length} released, ${report ? "report built" : ""}`);
