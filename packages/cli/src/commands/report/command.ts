import { isCalendarDate, type Locale, today } from "@redumbrella/questionnaire";
import { buildReport, checkMinCell, type Report, toCsv, toHtml, toJSON, toMarkdown } from "@redumbrella/report";
import { cliText, EXIT, errorLine, InputError, texts, UsageError } from "../../internal/errors.js";
import { isInput } from "../../internal/inputs.js";
import { writeFiles, writeLines, writeOutput } from "../../internal/output.js";
import { printable } from "../../internal/printable.js";
import { collectRecords } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { REPORT_COMMAND_MESSAGES, type ReportCommandMessageKey } from "./messages.js";

const OPTIONS = {
  on: { type: "string", valueName: "value.date", description: "reportCommand.option.on" },
  "min-cell": { type: "string", valueName: "reportCommand.value.n", description: "reportCommand.option.minCell" },
  format: { type: "string", valueName: "reportCommand.value.format", description: "reportCommand.option.format" },
  out: { type: "string", valueName: "reportCommand.value.path", description: "reportCommand.option.out" },
} as const satisfies OptionTable<ReportCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, ReportCommandMessageKey>;
const text = texts(REPORT_COMMAND_MESSAGES);

/** The output formats, a closed list. */
const FORMATS = ["json", "md", "csv", "html"] as const;
type Format = (typeof FORMATS)[number];

/** How each single-document format is rendered; csv writes one file per table instead. */
const RENDER: { readonly [F in Exclude<Format, "csv">]: (report: Report, locale: Locale) => string } = {
  json: (report) => toJSON(report),
  md: toMarkdown,
  html: toHtml,
};

/** `--min-cell` as a number the report accepts (0, 1, or 3 and more), or a usage error. */
function minCellOf(value: string | undefined): number {
  if (value === undefined) return 5;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  try {
    checkMinCell(n);
  } catch {
    throw new UsageError(text("reportCommand.badMinCell", { value }));
  }
  return n;
}

function formatOf(value: string | undefined): Format {
  if (value === undefined) return "md";
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) throw new UsageError(text("reportCommand.badFormat", { value }));
  return format;
}

async function report({ args, options, locale, t, io }: Context): Promise<number> {
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const minCell = minCellOf(options["min-cell"]);
  const format = formatOf(options.format);
  const out = options.out;
  if (format === "csv" && out === undefined) throw new UsageError(text("reportCommand.csvNeedsOut"));
  if (out !== undefined && (await isInput(args, out, io))) throw new UsageError(cliText("file.outIsInput", { file: out }));
  const warn = (line: string): void => {
    io.stderr.write(errorLine(line));
  };

  let built: Report;
  try {
    // A report missing a file would silently count fewer people: any file error stops it, nothing written.
    const { records, fileErrors } = await collectRecords(args, { io, locale });
    if (fileErrors > 0) return EXIT.error;
    // Validated as of today; consent judged as of --on (the day of use), which may be another day.
    built = buildReport(records, { asOf: options.on ?? today(), validatedOn: today(), minCell, locale });
    if (format !== "csv") await writeOutput(io, out, RENDER[format](built, locale));
    else if (out !== undefined) await writeFiles(io, out, toCsv(built, locale));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    warn(error.render(locale));
    return EXIT.error;
  }
  if (minCell < 3) warn(t("reportCommand.noSuppression", { minCell }));
  if (built.excluded.invalid.length > 0) warn(t("reportCommand.invalid", { count: built.excluded.invalid.length }));
  if (out !== undefined) {
    writeLines(io.stdout, [
      t("reportCommand.written", { path: printable(out), respondents: built.respondents, excluded: built.excluded.total }),
    ]);
  }
  return EXIT.ok;
}

/** `redumbrella report FILE...`: the report's tables from the records, small cells suppressed; exit 0 or 2. */
export const reportCommand = defineCommand({
  name: "report",
  messages: REPORT_COMMAND_MESSAGES,
  summary: "reportCommand.summary",
  synopsis: "reportCommand.synopsis",
  description: "reportCommand.description",
  notes: ["input.formats", "reportCommand.exitCodes", "reportCommand.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: report,
});
