import { CHECKER_CATALOGUES, checkInput, type Finding } from "@redumbrella/legal-checker";
import { formatPath, type MessageLocale, printableId, today } from "@redumbrella/questionnaire";
import type { TextSink } from "../io.js";
import { EXIT, errorLine, type InputError, renderInputError, UsageError } from "../internal/errors.js";
import { forEachRecord } from "../internal/inputs.js";
import type { CliMessageKey, MessageParams, Translate } from "../internal/messages.js";
import type { RecordItem } from "../internal/read-records.js";
import { CHECK_CLI_MESSAGES, type CheckCliMessageKey } from "./check.messages.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";

// The help texts are keys of the CLI catalogue once CHECK_CLI_MESSAGES is merged into it; until then
// this is the one place they are typed as such.
const key = (name: CheckCliMessageKey): CliMessageKey => name;

const OPTIONS = {
  json: { type: "boolean", description: key("check.option.json") },
} as const satisfies OptionTable;

/** Renders a `check` message from the command's own catalogue. */
function say(locale: MessageLocale, name: CheckCliMessageKey, params: MessageParams = {}): string {
  return CHECK_CLI_MESSAGES[locale][name].replace(/\{(\w+)\}/g, (whole, p: string) => (p in params ? String(params[p]) : whole));
}

/** One validation issue as printed: its path, code and message, never the value. */
interface PrintedIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** What is known of one record once read: its findings, or why it was not checked. */
type Outcome =
  | { readonly file: string; readonly index: number; readonly id: string; readonly findings: readonly Finding[] }
  | { readonly file: string; readonly index: number; readonly id: string | null; readonly issues: readonly PrintedIssue[] };

interface Totals {
  records: number;
  checked: number;
  invalid: number;
  flags: number;
  undetermined: number;
}

interface Printer {
  record(outcome: Outcome): void;
  finish(totals: Totals): void;
}

function textPrinter(out: TextSink, locale: MessageLocale): Printer {
  const words = CHECKER_CATALOGUES[locale];
  return {
    record: (outcome) => {
      if ("issues" in outcome) {
        const { file, index, id } = outcome;
        out.write(`${id === null ? say(locale, "check.record.invalidNoId", { file, index }) : say(locale, "check.record.invalid", { file, index, id })}\n`);
        for (const issue of outcome.issues) {
          const path = issue.path === "" ? say(locale, "check.rootPath") : issue.path;
          out.write(`${say(locale, "check.issue", { path, code: issue.code, message: issue.message })}\n`);
        }
        return;
      }
      const { file, index, id, findings } = outcome;
      const head = findings.length === 0 ? say(locale, "check.record.none", { file, index, id }) : say(locale, "check.record.findings", { file, index, id, count: findings.length });
      out.write(`${head}\n`);
      for (const f of findings) {
        const subject = f.charge === null ? say(locale, "check.subject.record") : `charges[${f.charge}]`;
        const line = say(locale, "check.finding", {
          subject,
          status: words[`status.${f.status}`],
          severity: words[`severity.${f.severity}`],
          code: f.code,
          message: f.message,
        });
        out.write(`${line}\n`);
      }
    },
    finish: (totals) => out.write(`${say(locale, "check.summaryLine", { ...totals })}\n`),
  };
}

/** One JSON array, an entry per record in file order, streamed so memory stays flat. */
function jsonPrinter(out: TextSink): Printer {
  let count = 0;
  out.write("[");
  return {
    record: (outcome) => {
      out.write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(outcome)}`);
      count++;
    },
    finish: () => out.write(`${count > 0 ? "\n" : ""}]\n`),
  };
}

async function check({ args, options, locale, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  if (args.filter((arg) => arg === "-").length > 1) throw new UsageError("usage.stdinTwice");
  const asOf = today();
  const printer = options.json === true ? jsonPrinter(io.stdout) : textPrinter(io.stdout, locale);
  const totals: Totals = { records: 0, checked: 0, invalid: 0, flags: 0, undetermined: 0 };
  let fileErrors = 0;
  const reportFileError = (error: InputError): void => {
    fileErrors++;
    io.stderr.write(errorLine(renderInputError(error, t)));
  };

  const visit = (item: RecordItem, file: string): void => {
    totals.records++;
    if (item.kind === "malformed") {
      totals.invalid++;
      const message = t("record.invalidJson", { line: item.line, column: item.column, problem: t(`json.${item.problem}`) });
      printer.record({ file, index: item.index, id: null, issues: [{ path: "", code: "INVALID_JSON", message }] });
      return;
    }
    const result = checkInput(item.value, { asOf, locale });
    if (!result.valid) {
      totals.invalid++;
      const issues = result.issues.map(({ path, code, message }) => ({ path: formatPath(path), code, message }));
      printer.record({ file, index: item.index, id: printableId(item.value), issues });
      return;
    }
    totals.checked++;
    for (const f of result.findings) totals[f.status === "flag" ? "flags" : "undetermined"]++;
    printer.record({ file, index: item.index, id: (item.value as { id: string }).id, findings: result.findings });
  };

  try {
    await forEachRecord(args, io, t("report.stdin"), visit, reportFileError);
  } finally {
    // Even after an internal error the report ends whole (the `--json` array is closed).
    printer.finish(totals);
  }
  return fileErrors > 0 ? EXIT.error : EXIT.ok;
}

/** `redumbrella check FILE...`: each record's legal findings, invalid records in place; exit 0 or 2. */
export const checkCommand = defineCommand({
  name: "check",
  summary: key("check.summary"),
  synopsis: key("check.synopsis"),
  description: key("check.description"),
  notes: [key("check.exitCodes"), key("check.privacy")],
  positionals: { name: key("check.argument"), min: 1 },
  options: OPTIONS,
  run: check,
});
