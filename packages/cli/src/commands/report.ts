import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isCalendarDate, today } from "@redumbrella/questionnaire";
import { buildReport, checkMinCell, type Report, toCsv, toHtml, toJSON, toMarkdown } from "@redumbrella/report";
import { EXIT, errorLine, InputError, renderInputError, UsageError } from "../internal/errors.js";
import { expandInputs } from "../internal/inputs.js";
import type { CliMessageKey, MessageParams, Translate } from "../internal/messages.js";
import { readRecords } from "../internal/read-records.js";
import type { Io } from "../io.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";
import type { ReportCommandMessageKey } from "./report.messages.js";

// This command's keys live in report.messages.ts, spread into the CLI catalogue; typed here by name.
const key = (k: ReportCommandMessageKey): CliMessageKey => k as string as CliMessageKey;

const OPTIONS = {
  on: { type: "string", valueName: "value.date", description: key("reportCommand.option.on") },
  "min-cell": { type: "string", valueName: key("reportCommand.value.n"), description: key("reportCommand.option.minCell") },
  format: { type: "string", valueName: key("reportCommand.value.format"), description: key("reportCommand.option.format") },
  out: { type: "string", valueName: key("reportCommand.value.path"), description: key("reportCommand.option.out") },
} as const satisfies OptionTable;

/** The output formats, a closed list. */
const FORMATS = ["json", "md", "csv", "html"] as const;
type Format = (typeof FORMATS)[number];

/** How each single-document format is rendered; csv writes one file per table instead. */
const RENDER: { readonly [F in Exclude<Format, "csv">]: (report: Report, locale: Report["locale"]) => string } = {
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
    throw new UsageError(key("reportCommand.badMinCell"), { value });
  }
  return n;
}

function formatOf(value: string | undefined): Format {
  if (value === undefined) return "md";
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) throw new UsageError(key("reportCommand.badFormat"), { value });
  return format;
}

/** Every record of the FILE argument, in order; a file that cannot be read as records is an `InputError`. */
async function readAll(file: string, io: Io, t: Translate): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const source of expandInputs([file], io, t("report.stdin"))) {
    if (source instanceof InputError) throw source;
    for await (const item of readRecords(source.chunks(), source.name)) {
      // A report on a file with a broken line would silently count fewer people: refuse, at the line.
      if (item.kind === "malformed") {
        throw new InputError("file.malformedJson", { file: source.name, line: item.line, column: item.column }, item.problem);
      }
      records.push(item.value);
    }
  }
  return records;
}

/** Writes `content` to `path` (relative to the working directory), or throws an `InputError` naming it. */
async function writeOut(io: Io, path: string, content: string): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, path), content);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";
    throw new InputError(key("reportCommand.writeFailed"), { file: path, code });
  }
}

async function output(report: Report, format: Format, out: string | undefined, { io, locale }: { io: Io; locale: Report["locale"] }): Promise<void> {
  if (format === "csv") {
    const dir = out as string;
    try {
      await mkdir(resolve(io.cwd, dir), { recursive: true });
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";
      throw new InputError(key("reportCommand.writeFailed"), { file: dir, code });
    }
    for (const [name, content] of Object.entries(toCsv(report, locale))) await writeOut(io, join(dir, name), content);
    return;
  }
  const text = RENDER[format](report, locale);
  if (out === undefined) io.stdout.write(text);
  else await writeOut(io, out, text);
}

async function report({ args, options, locale, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError("usage.badDate", { value: options.on });
  const minCell = minCellOf(options["min-cell"]);
  const format = formatOf(options.format);
  if (format === "csv" && options.out === undefined) throw new UsageError(key("reportCommand.csvNeedsOut"));
  const file = args[0] as string;
  const say = (k: ReportCommandMessageKey, params: MessageParams): void => io.stderr.write(errorLine(t(key(k), params)));

  let built: Report;
  try {
    const records = await readAll(file, io, t);
    // Validated as of today; consent judged as of --on (the day of use), which may be another day.
    built = buildReport(records, { asOf: options.on ?? today(), validatedOn: today(), minCell, locale });
    await output(built, format, options.out, { io, locale });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(renderInputError(error, t)));
    return EXIT.error;
  }
  if (minCell < 3) say("reportCommand.noSuppression", { minCell });
  if (built.excluded.invalid.length > 0) say("reportCommand.invalid", { count: built.excluded.invalid.length, file });
  if (options.out !== undefined) {
    const params = { path: options.out, respondents: built.respondents, excluded: built.excluded.total };
    io.stdout.write(`${t(key("reportCommand.written"), params)}\n`);
  }
  return EXIT.ok;
}

/** `redumbrella report FILE`: the report's tables from the records, small cells suppressed; exit 0 or 2. */
export const reportCommand = defineCommand({
  name: "report",
  summary: key("reportCommand.summary"),
  synopsis: key("reportCommand.synopsis"),
  description: key("reportCommand.description"),
  notes: [key("reportCommand.exitCodes"), key("reportCommand.privacy")],
  positionals: { name: key("reportCommand.argument"), min: 1, max: 1 },
  options: OPTIONS,
  run: report,
});
