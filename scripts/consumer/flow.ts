// Type-checked under `nodenext` and `bundler`: the published types as a partner app sees them.
import { anonymise, type ReleasedRecord, scrubText } from "@redumbrella/anonymiser";
import { run } from "@redumbrella/cli";
import { type Decision, decide, type Use } from "@redumbrella/consent";
import { checkRecord, type Finding } from "@redumbrella/legal-checker";
import { type InterviewRecord, type Issue, isRefusal, LOCALES, type Locale, safeParseRecord } from "@redumbrella/questionnaire";
import { FORM, type FormSection } from "@redumbrella/questionnaire/form";
import { buildReport, type Report, toHtml } from "@redumbrella/report";

export async function flow(input: unknown, locale: Locale): Promise<string> {
  const parsed = safeParseRecord(input, { asOf: "2026-12-01", locale });
  if (!parsed.success) return parsed.issues.map((issue: Issue) => issue.message).join("\n");
  if (isRefusal(parsed.data)) return "a refusal to take part";
  const record: InterviewRecord = parsed.data;
  const use: Use = "statistics";
  const decision: Decision = decide(record, use, { asOf: "2026-12-01", locale });
  const findings: Finding[] = checkRecord(record, { locale });
  const released: ReleasedRecord[] = (await anonymise([record], { asOf: "2026-12-01", key: new Uint8Array(32), k: 2 })).records;
  const report: Report = buildReport([record], { asOf: "2026-12-01", locale });
  const sections: readonly FormSection[] = FORM;
  const code: number = await run(["--version"], {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    stdin: (async function* () {})(),
    cwd: ".",
    env: {},
    randomBytes: (n: number) => new Uint8Array(n),
  });
  return [
    decision.allowed,
    findings.length,
    released.length,
    toHtml(report).length,
    sections.length,
    scrubText("x").text,
    code,
    LOCALES.length,
  ].join(" ");
}
