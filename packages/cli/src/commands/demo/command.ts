import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { anonymise, formatReleaseReport } from "@redumbrella/anonymiser";
import { type Decision, decide, USES } from "@redumbrella/consent";
import { checkRecord, type Finding } from "@redumbrella/legal-checker";
import { type InterviewRecord, isCalendarDate, isRefusal, safeParseRecord, today } from "@redumbrella/questionnaire";
import { buildReport, checkReport, type Report, toHtml, toJSON, toMarkdown } from "@redumbrella/report";
import { cliText, EXIT, errorLine, InputError, UsageError } from "../../internal/errors.js";
import type { Translate } from "../../internal/messages.js";
import { writeFiles, writeLines } from "../../internal/output.js";
import { printable, printableIssue } from "../../internal/printable.js";
import { collectRecords } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { DEMO_COMMAND_MESSAGES, type DemoCommandMessageKey } from "./messages.js";

const OPTIONS = {
  out: { type: "string", valueName: "demo.value.dir", description: "demo.option.out" },
  on: { type: "string", valueName: "value.date", description: "demo.option.on" },
} as const satisfies OptionTable<DemoCommandMessageKey>;

/** The bundled dataset: 60 synthetic interviews and 8 refusals in record v2, copied beside the built CLI (see tsup.config.ts). */
const DEMO_DATASET: string = fileURLToPath(new URL("./interviews.ndjson", import.meta.url));

/** What the demo found, for the summary and the index page. */
interface Summary {
  readonly records: number;
  readonly valid: number;
  readonly refusals: number;
  readonly allowed: Readonly<Record<string, number>>;
  readonly findings: { readonly flag: number; readonly undetermined: number; readonly byCode: Readonly<Record<string, number>> };
  readonly released: number;
  readonly k: number;
  readonly kReached: boolean;
  readonly counted: number;
  readonly consistencyIssues: number;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

type Row = readonly [label: string, count: number | null];

/**
 * The report's v2 sections the index page shows, as data: each reads its rows from the report, or
 * gives `undefined` while the report package does not compute that section yet — the hook: once it
 * does, the rows appear with no change here. The full tables are the report's own (report.html).
 */
const PAGE_SECTIONS: readonly {
  readonly title: DemoCommandMessageKey;
  readonly rows: (report: Partial<Report>, t: Translate<DemoCommandMessageKey>) => readonly Row[] | undefined;
}[] = [
  {
    title: "demo.page.methodology",
    rows: ({ methodology: m }, t) =>
      m === undefined
        ? undefined
        : [
            [t("demo.page.approached"), m.approached],
            [t("demo.page.interviewed"), m.interviewed],
            [t("demo.page.refused"), m.refused],
            ...Object.entries(m.refusalReasons?.counts ?? {}).map(
              ([reason, n]): Row => [t("demo.page.refusalReason", { reason }), n as number | null],
            ),
          ],
  },
  {
    title: "demo.page.incidents",
    rows: ({ incidents: i }, t) =>
      i === undefined
        ? undefined
        : [
            [t("demo.page.incidentRespondents"), i.respondents],
            [t("demo.page.incidentCount"), i.incidents],
          ],
  },
  {
    title: "demo.page.complaints",
    rows: ({ incidents: i }, t) => (i?.complainants === undefined ? undefined : [[t("demo.page.complainants"), i.complainants]]),
  },
];

/** The page that links the outputs: self-contained, no script, no network. */
function indexPage(summary: Summary, report: Report, t: Translate<DemoCommandMessageKey>, lang: string): string {
  const row = (label: string, value: string | number) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(String(value))}</td></tr>`;
  const sections = PAGE_SECTIONS.map(({ title, rows }) => {
    const read = rows(report, t);
    const body =
      read === undefined
        ? `<p>${escapeHtml(t("demo.page.notYet"))}</p>`
        : `<table>\n${read.map(([label, n]) => row(label, n === null ? t("demo.page.suppressed") : n)).join("\n")}\n</table>`;
    return `<h2>${escapeHtml(t(title))}</h2>\n${body}`;
  }).join("\n");
  const link = (file: string, label: string) => `<li><a href="${file}">${escapeHtml(label)}</a> <code>${file}</code></li>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("demo.page.title"))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse}th,td{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}td{text-align:right}
code{color:#555}</style></head>
<body>
<h1>${escapeHtml(t("demo.page.title"))}</h1>
<p>${escapeHtml(t("demo.page.intro"))}</p>
<table>
${row(t("demo.page.records"), summary.records)}
${row(t("demo.page.valid"), summary.valid)}
${row(t("demo.page.refusals"), summary.refusals)}
${USES.map((use) => row(t("demo.page.allowed", { use }), summary.allowed[use] ?? 0)).join("\n")}
${row(t("demo.page.flags"), summary.findings.flag)}
${row(t("demo.page.undetermined"), summary.findings.undetermined)}
${row(t("demo.page.released", { k: summary.k }), summary.released)}
${row(t("demo.page.counted"), summary.counted)}
</table>
${sections}
<p>${escapeHtml(t("demo.page.fullTables"))} <a href="report.html">report.html</a></p>
<h2>${escapeHtml(t("demo.page.outputs"))}</h2>
<ul>
${link("report.html", t("demo.page.report"))}
${link("report.md", t("demo.page.reportMd"))}
${link("findings.json", t("demo.page.findings"))}
${link("release-report.txt", t("demo.page.release"))}
${link("release.json", t("demo.page.releaseData"))}
${link("consent.json", t("demo.page.consent"))}
${link("validation.json", t("demo.page.validation"))}
</ul>
</body></html>
`;
}

async function demo({ args, options, locale, t, io }: CommandContext<typeof OPTIONS, DemoCommandMessageKey>): Promise<number> {
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const asOf = options.on ?? today();
  const out = options.out ?? "demo-output";
  const outDir = resolve(io.cwd, out);

  // 1. Read, and validate each record once. The demo needs its whole dataset: a file error stops it.
  const { records: inputs, fileErrors } = await collectRecords(args.length === 0 ? [DEMO_DATASET] : args, { io, locale });
  if (fileErrors > 0) return EXIT.error;
  const valid: { readonly index: number; readonly record: InterviewRecord }[] = [];
  let refusals = 0;
  const validation = inputs.map((input, index) => {
    const result = safeParseRecord(input, { asOf, locale });
    if (!result.success) return { index, valid: false, issues: result.issues.map((issue) => printableIssue(input, issue, locale)) };
    // A refusal holds nothing to check: valid, but out of the legal check.
    if (isRefusal(result.data)) refusals++;
    else valid.push({ index, record: result.data });
    return { index, valid: true, issues: [] };
  });

  // 2. Consent: every use for every record, on the day.
  const decisions = inputs.map((input, index) => ({
    index,
    decisions: USES.map((use): Pick<Decision, "use" | "allowed" | "missingConsent"> & { reasons: string[]; obligations: string[] } => {
      const d = decide(input, use, { asOf, validatedOn: asOf, locale });
      return {
        use,
        allowed: d.allowed,
        reasons: d.reasons.map((r) => r.code),
        obligations: d.obligations.map((o) => o.code),
        missingConsent: d.missingConsent,
      };
    }),
  }));
  const allowed = Object.fromEntries(
    USES.map((use) => [use, decisions.filter((r) => r.decisions.some((d) => d.use === use && d.allowed)).length]),
  );

  // 3. Legal findings. Findings name record paths and laws, never values; ids stay out of the files.
  const findings = valid.map(({ index, record }) => ({ index, findings: checkRecord(record, { locale }) }));
  const all: Finding[] = findings.flatMap((f) => f.findings);
  const byCode: Record<string, number> = {};
  for (const f of all) if (f.status === "flag") byCode[f.code] = (byCode[f.code] ?? 0) + 1;

  // 4. An anonymised release, k = 5, under a key used for this run only.
  const releaseKey = io.randomBytes(32);
  const release = await anonymise(inputs, { asOf, key: releaseKey, k: 5, validatedOn: asOf });

  // 5. The report's tables.
  const report = buildReport(inputs, { asOf, validatedOn: asOf, minCell: 5, locale });
  const consistency = checkReport(report);

  const summary: Summary = {
    records: inputs.length,
    valid: valid.length + refusals,
    refusals,
    allowed,
    findings: {
      flag: all.filter((f) => f.status === "flag").length,
      undetermined: all.filter((f) => f.status === "undetermined").length,
      byCode,
    },
    released: release.records.length,
    k: 5,
    kReached: release.report.kReached,
    counted: report.respondents,
    consistencyIssues: consistency.length,
  };
  const files: Record<string, string> = {
    "validation.json": `${JSON.stringify(validation, null, 2)}\n`,
    "consent.json": `${JSON.stringify(decisions, null, 2)}\n`,
    "findings.json": `${JSON.stringify(findings, null, 2)}\n`,
    "release.json": `${JSON.stringify(release.records, null, 2)}\n`,
    "release-report.json": `${JSON.stringify(release.report, null, 2)}\n`,
    "release-report.txt": `${formatReleaseReport(release.report, locale)}\n`,
    "report.json": toJSON(report),
    "report.md": toMarkdown(report, locale),
    "report.html": toHtml(report, locale),
    "summary.json": `${JSON.stringify(summary, null, 2)}\n`,
    "index.html": indexPage(summary, report, t, locale),
  };
  try {
    await writeFiles(io, out, files);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(error.render(locale)));
    return EXIT.error;
  }

  const near = relative(io.cwd, outDir);
  const shown = near === "" ? "." : near.startsWith("..") ? outDir : near;
  writeLines(io.stdout, [
    t("demo.done.records", { records: summary.records, valid: summary.valid }),
    t("demo.done.consent", { statistics: allowed.statistics ?? 0, dataset: allowed.anonymisedDataset ?? 0 }),
    t("demo.done.findings", { flag: summary.findings.flag, undetermined: summary.findings.undetermined }),
    t("demo.done.release", { released: summary.released, k: summary.k }),
    t("demo.done.report", { counted: summary.counted, issues: summary.consistencyIssues }),
    t("demo.done.open", { path: printable(join(shown, "index.html")) }),
  ]);
  return EXIT.ok;
}

/** `redumbrella demo`: the whole toolkit on the bundled dataset, written to a folder. */
export const demoCommand = defineCommand({
  name: "demo",
  messages: DEMO_COMMAND_MESSAGES,
  summary: "demo.summary",
  synopsis: "demo.synopsis",
  description: "demo.description",
  notes: ["demo.help.privacy"],
  positionals: { name: "value.file", min: 0 },
  options: OPTIONS,
  run: demo,
});
