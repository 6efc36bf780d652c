import { CHECKER_MESSAGES, checkInput, type Finding } from "@redumbrella/legal-checker";
import { printableId, today } from "@redumbrella/questionnaire";
import { EXIT, errorLine } from "../../internal/errors.js";
import { jsonArrayWriter, recordPlace, writeLines } from "../../internal/output.js";
import { type PrintedIssue, printableIssue } from "../../internal/printable.js";
import { forEachRecord, malformedCode, malformedMessage, type RecordItem } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { CHECK_COMMAND_MESSAGES, type CheckCommandMessageKey } from "./messages.js";

const OPTIONS = {
  json: { type: "boolean", description: "check.option.json" },
} as const satisfies OptionTable<CheckCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, CheckCommandMessageKey>;

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
  /** Ends the output, also after an internal error: the `--json` array must still be whole. */
  finish(totals: Totals): void;
}

function textPrinter({ io, t, locale }: Context): Printer {
  const word = (key: `status.${Finding["status"]}` | `severity.${Finding["severity"]}`): string => CHECKER_MESSAGES.format(key, {}, locale);
  return {
    record: (outcome) => {
      const record = recordPlace(outcome.file, outcome.index, outcome.id);
      if ("issues" in outcome) {
        writeLines(io.stdout, [
          t("check.record.invalid", { record }),
          ...outcome.issues.map(({ path, code, message }) => `  ${path === "" ? t("check.rootPath") : path} ${code} — ${message}`),
        ]);
        return;
      }
      const { findings } = outcome;
      writeLines(io.stdout, [
        findings.length === 0 ? t("check.record.none", { record }) : t("check.record.findings", { record, count: findings.length }),
        ...findings.map((f) => {
          const subject = f.charge === null ? t("check.subject.record") : `charges[${f.charge}]`;
          return `  ${subject} · ${word(`status.${f.status}`)} · ${word(`severity.${f.severity}`)} · ${f.code} — ${f.message}`;
        }),
      ]);
    },
    finish: (totals) => writeLines(io.stdout, [t("check.summaryLine", { ...totals })]),
  };
}

/** One JSON array, an entry per record in file order, streamed so memory stays flat. */
function jsonPrinter({ io }: Context): Printer {
  const entries = jsonArrayWriter(io.stdout);
  return { record: (outcome) => entries.push(outcome), finish: () => entries.close() };
}

async function check(context: Context): Promise<number> {
  const { args, options, locale, io } = context;
  const asOf = today();
  const printer = options.json === true ? jsonPrinter(context) : textPrinter(context);
  const totals: Totals = { records: 0, checked: 0, invalid: 0, flags: 0, undetermined: 0 };
  let fileErrors = 0;

  const visit = (item: RecordItem): void => {
    const { file, index } = item;
    totals.records++;
    if (item.kind === "malformed") {
      totals.invalid++;
      printer.record({
        file,
        index,
        id: null,
        issues: [{ path: item.path, code: malformedCode(item), message: malformedMessage(item, locale) }],
      });
      return;
    }
    const result = checkInput(item.value, { asOf, locale });
    if (!result.success) {
      totals.invalid++;
      const issues = result.issues.map((issue) => printableIssue(item.value, issue, locale));
      printer.record({ file, index, id: printableId(item.value), issues });
      return;
    }
    totals.checked++;
    for (const f of result.data) totals[f.status === "flag" ? "flags" : "undetermined"]++;
    // A valid record has a well-formed id.
    printer.record({ file, index, id: printableId(item.value) ?? "", findings: result.data });
  };

  try {
    await forEachRecord(args, io, visit, (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
    });
  } finally {
    // Even after an internal error the report ends whole (the `--json` array is closed).
    printer.finish(totals);
  }
  return fileErrors > 0 ? EXIT.error : EXIT.ok;
}

/** `redumbrella check FILE...`: each record's legal findings, invalid records in place; exit 0 or 2. */
export const checkCommand = defineCommand({
  name: "check",
  messages: CHECK_COMMAND_MESSAGES,
  summary: "check.summary",
  synopsis: "check.synopsis",
  description: "check.description",
  notes: ["input.formats", "check.exitCodes", "check.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: check,
});
