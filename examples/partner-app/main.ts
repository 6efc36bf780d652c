// A partner app's whole flow, as docs/getting-started.md walks through it: validate what came from
// a form, decide what the consent allows, check the law, release an anonymised dataset, report.
// Run it: `node --conditions=@redumbrella/source --import tsx examples/partner-app/main.ts`
// (in an app of your own: `npm install @redumbrella/questionnaire @redumbrella/consent
// @redumbrella/legal-checker @redumbrella/anonymiser @redumbrella/report`, then plain imports).
import { readFileSync } from "node:fs";
import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
import { decide, decisionMessage } from "@redumbrella/consent";
import { checkRecord, explain } from "@redumbrella/legal-checker";
import { formatPath, type InterviewRecord, isRefusal, type Locale, safeParseRecord } from "@redumbrella/questionnaire";
import { buildReport, toMarkdown } from "@redumbrella/report";

export async function main(file: string, locale: Locale = "ru", asOf = "2026-12-01"): Promise<string[]> {
  const out: string[] = [];
  // 1. Validate: every record, v1 or v2, with every issue located at its path, in the user's language.
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  const interviews: InterviewRecord[] = [];
  for (const [i, line] of lines.entries()) {
    const result = safeParseRecord(JSON.parse(line), { asOf, locale });
    if (!result.success) {
      for (const issue of result.issues) out.push(`line ${i + 1}: ${formatPath(issue.path)} ${issue.code}: ${issue.message}`);
    } else if (!isRefusal(result.data)) interviews.push(result.data);
  }
  out.push(`valid interviews: ${interviews.length}`);

  // 2. Consent: may this record go into a complaint? The decision says why, in the user's language.
  const first = interviews[0];
  if (first !== undefined) out.push(decisionMessage(decide(first, "lawEnforcementComplaint", { asOf, locale }), locale));

  // 3. The law: what is legally dubious in each record, with its citation.
  const findings = interviews.flatMap((record) => checkRecord(record, { locale }));
  out.push(`findings: ${findings.length}`);
  const flagged = findings.find((f) => f.status === "flag");
  if (flagged !== undefined) out.push(explain(flagged, locale));

  // 4. Release: only consented records, k-anonymous against someone who holds the police's records.
  const key = crypto.getRandomValues(new Uint8Array(32));
  const release = await anonymise(interviews, { asOf, key, k: 5 });
  out.push(formatReleaseReport(release.report, locale));

  // 5. Report: the study's tables, small cells suppressed.
  out.push(toMarkdown(buildReport(interviews, { asOf, locale })));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? new URL("../demo/interviews.ndjson", import.meta.url).pathname;
  for (const line of await main(file)) console.log(line);
}
