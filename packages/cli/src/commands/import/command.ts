import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type AnyRecord, formatPath, isCalendarDate, printableId, today } from "@redumbrella/questionnaire";
import { type ImportReport, type ImportSource, importSubmissions, isXlsformError, XLSFORM_MESSAGES } from "@redumbrella/xlsform";
import { cliText, EXIT, errorLine, InputError, readError, texts, UsageError } from "../../internal/errors.js";
import { isInput } from "../../internal/inputs.js";
import { jsonArrayText, writeLines, writeOutput } from "../../internal/output.js";
import type { Io } from "../../io.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { IMPORT_COMMAND_MESSAGES, type ImportCommandMessageKey } from "./messages.js";

const OPTIONS = {
  out: { type: "string", valueName: "import.value.out", description: "import.option.out" },
  from: { type: "string", valueName: "import.value.from", description: "import.option.from" },
  on: { type: "string", valueName: "value.date", description: "import.option.on" },
  json: { type: "boolean", description: "import.option.json" },
} as const satisfies OptionTable<ImportCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, ImportCommandMessageKey>;
const text = texts(IMPORT_COMMAND_MESSAGES);
const SOURCES: readonly ImportSource[] = ["kobo", "odk", "xml"];

/** One problem of one submission, as printed: its place, instance id, path, code and message — never an answer. */
interface ReportedIssue {
  readonly file: string;
  readonly index: number;
  readonly instanceId: string | null;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The text of FILE (`-` is standard input), or an `InputError` naming it. */
async function readText(file: string, io: Io): Promise<string> {
  if (file === "-") {
    const decoder = new TextDecoder();
    let out = "";
    for await (const chunk of io.stdin) out += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    return out + decoder.decode();
  }
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw readError(file, error);
  }
}

/** The records already in OUT, by id (none when it does not exist), or an `InputError` when it holds something else. */
async function existingRecords(out: string, io: Io): Promise<Map<string, unknown>> {
  let content: string;
  try {
    content = await readFile(resolve(io.cwd, out), "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return new Map();
    throw readError(out, error);
  }
  let list: unknown;
  try {
    list = JSON.parse(content);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || list.some((r) => printableId(r) === null)) throw new InputError(text("import.outNotRecords", { file: out }));
  return new Map(list.map((r) => [printableId(r) as string, r]));
}

/** An instance id when it is safe to print (Kobo and ODK make them `uuid:…`), else `null`. */
const printableInstance = (id: string | null): string | null => (id !== null && /^(uuid:)?[0-9a-fA-F-]{8,64}$/.test(id) ? id : null);

async function importFiles(context: Context): Promise<number> {
  const { args, options, locale, io } = context;
  const out = options.out;
  if (out === undefined) throw new UsageError(text("import.missingOut"));
  const from = options.from === undefined ? undefined : SOURCES.find((s) => s === options.from);
  if (options.from !== undefined && from === undefined) throw new UsageError(text("import.badFrom", { value: options.from }));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  if (await isInput(args, out, io)) throw new UsageError(cliText("file.outIsInput", { file: out }));
  const asOf = options.on ?? today();

  // Every file is read before anything is written: an unreadable one stops the import whole.
  const reports: { file: string; report: ImportReport }[] = [];
  let fileErrors = 0;
  for (const file of args) {
    try {
      const content = await readText(file, io);
      reports.push({ file, report: importSubmissions(content, { asOf, locale, file, ...(from === undefined ? {} : { from }) }) });
    } catch (error) {
      if (error instanceof InputError) io.stderr.write(errorLine(error.render(locale)));
      else if (isXlsformError(error)) {
        const issue = error.issues[0];
        const key = error.code === "UNKNOWN_FORMAT" ? "error.unknownFormat" : "error.unreadableInput";
        io.stderr.write(errorLine(XLSFORM_MESSAGES.format(key, issue?.params ?? { file }, locale)));
      } else throw error;
      fileErrors++;
    }
  }

  const issues: ReportedIssue[] = [];
  const records = new Map<string, AnyRecord>();
  for (const { file, report } of reports) {
    for (const s of report.submissions) {
      if (s.success) records.set(s.record.id, s.record);
      else
        for (const i of s.issues)
          issues.push({
            file,
            index: s.index,
            instanceId: printableInstance(s.instanceId),
            path: formatPath(i.path),
            code: i.code,
            message: i.message,
          });
    }
  }
  const valid = reports.reduce((n, r) => n + r.report.valid, 0);
  const invalid = reports.reduce((n, r) => n + r.report.invalid, 0);
  const dropped = [...new Set(reports.flatMap((r) => r.report.dropped))].sort();
  if (fileErrors > 0) {
    print(context, reports, issues, { valid, invalid, dropped, written: null });
    return EXIT.error;
  }

  let written: { count: number; added: number; updated: number; kept: number };
  try {
    const existing = await existingRecords(out, io);
    const added = [...records.keys()].filter((id) => !existing.has(id)).length;
    const merged = new Map<string, unknown>([...existing, ...records]);
    await writeOutput(io, out, jsonArrayText([...merged.values()]));
    written = { count: merged.size, added, updated: records.size - added, kept: existing.size - (records.size - added) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(error.render(locale)));
    print(context, reports, issues, { valid, invalid, dropped, written: null });
    return EXIT.error;
  }
  print(context, reports, issues, { valid, invalid, dropped, written });
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

interface Totals {
  readonly valid: number;
  readonly invalid: number;
  readonly dropped: readonly string[];
  readonly written: { count: number; added: number; updated: number; kept: number } | null;
}

/** The summary: one line per issue and per file, the totals, what was written and which metadata was not copied. */
function print(
  { options, t, io }: Context,
  reports: readonly { file: string; report: ImportReport }[],
  issues: readonly ReportedIssue[],
  totals: Totals,
): void {
  if (options.json === true) {
    const files = reports.map(({ file, report }) => ({ file, format: report.format, valid: report.valid, invalid: report.invalid }));
    io.stdout.write(
      `${JSON.stringify({ files, valid: totals.valid, invalid: totals.invalid, written: totals.written, dropped: totals.dropped, errors: issues })}\n`,
    );
    return;
  }
  const place = (i: ReportedIssue): string => `${i.file} #${i.index}${i.instanceId === null ? "" : ` (${i.instanceId})`}`;
  writeLines(io.stdout, [
    ...issues.map((i) => `${place(i)}: ${i.path === "" ? t("import.rootPath") : i.path} ${i.code} — ${i.message}`),
    ...reports.map(({ file, report }) =>
      t("import.fileLine", { file, format: report.format, valid: report.valid, invalid: report.invalid }),
    ),
    t("import.summaryLine", { valid: totals.valid, invalid: totals.invalid }),
    ...(totals.written === null ? [] : [t("import.written", { ...totals.written, file: options.out ?? "" })]),
    ...(totals.dropped.length === 0 ? [] : [t("import.dropped", { names: totals.dropped.join(", ") })]),
  ]);
}

/**
 * `redumbrella import FILE... --out OUT`: Kobo and ODK submissions as validated records, merged into
 * OUT by id; exit 0 all valid, 1 some invalid (the valid ones written), 2 usage or file error.
 */
export const importCommand = defineCommand({
  name: "import",
  messages: IMPORT_COMMAND_MESSAGES,
  summary: "import.summary",
  synopsis: "import.synopsis",
  description: "import.description",
  notes: ["import.exitCodes", "import.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: importFiles,
});
