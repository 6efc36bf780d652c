import { isCalendarDate, printableId, safeParseRecord, today } from "@redumbrella/questionnaire";
import { cliText, EXIT, errorLine, UsageError } from "../../internal/errors.js";
import { jsonArrayWriter, recordPlace, writeLines } from "../../internal/output.js";
import { printableIssue } from "../../internal/printable.js";
import { forEachRecord, malformedCode, malformedMessage, type RecordItem } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { VALIDATE_MESSAGES, type ValidateMessageKey } from "./messages.js";

const OPTIONS = {
  json: { type: "boolean", description: "validate.option.json" },
  on: { type: "string", valueName: "value.date", description: "validate.option.on" },
} as const satisfies OptionTable<ValidateMessageKey>;

/** One problem of one record, as printed: never a value of the record, other than its id. */
interface ReportedIssue {
  readonly file: string;
  readonly index: number;
  /** The record's id, only when it is a well-formed one; `null` otherwise. */
  readonly id: string | null;
  /** The formatted path, `""` for the record itself. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

interface Counts {
  valid: number;
  invalid: number;
}

/** Writes issues as they are found, so memory stays flat however many there are. */
interface Reporter {
  issue(issue: ReportedIssue): void;
  /** Ends the report once every source was read. */
  finish(counts: Counts): void;
  /** Ends the report after an internal error: the `--json` document must still be whole. */
  abort(counts: Counts): void;
}

/** One line per issue, then `N valid, M invalid`. */
function textReporter({ io, t }: CommandContext<typeof OPTIONS, ValidateMessageKey>): Reporter {
  return {
    issue: ({ file, index, id, path, code, message }) =>
      writeLines(io.stdout, [`${recordPlace(file, index, id)}: ${path === "" ? t("validate.rootPath") : path} ${code} — ${message}`]),
    finish: (counts) => writeLines(io.stdout, [t("validate.summaryLine", { ...counts })]),
    abort: () => {},
  };
}

/** One JSON document, `{"errors": [...], "valid": n, "invalid": m}`: errors streamed, the counts last. */
function jsonReporter({ io }: CommandContext<typeof OPTIONS, ValidateMessageKey>): Reporter {
  const errors = jsonArrayWriter(io.stdout, '{"errors":');
  const finish = ({ valid, invalid }: Counts): void => errors.close(`,"valid":${valid},"invalid":${invalid}}`);
  return { issue: (issue) => errors.push(issue), finish, abort: finish };
}

async function validate(context: CommandContext<typeof OPTIONS, ValidateMessageKey>): Promise<number> {
  const { args, options, locale, io } = context;
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const asOf = options.on ?? today();
  const reporter = options.json === true ? jsonReporter(context) : textReporter(context);
  const counts: Counts = { valid: 0, invalid: 0 };
  let fileErrors = 0;

  const check = (item: RecordItem): void => {
    const { file, index } = item;
    if (item.kind === "malformed") {
      counts.invalid++;
      reporter.issue({ file, index, id: null, path: item.path, code: malformedCode(item), message: malformedMessage(item, locale) });
      return;
    }
    const result = safeParseRecord(item.value, { asOf, locale });
    if (result.success) {
      counts.valid++;
      return;
    }
    counts.invalid++;
    const id = printableId(item.value);
    for (const issue of result.issues) reporter.issue({ file, index, id, ...printableIssue(item.value, issue, locale) });
  };

  try {
    await forEachRecord(args, io, check, (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
    });
  } catch (error) {
    reporter.abort(counts);
    throw error;
  }
  reporter.finish(counts);
  if (fileErrors > 0) return EXIT.error;
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/** `redumbrella validate FILE...`: checks every record and reports each problem; exit 0, 1 or 2. */
export const validateCommand = defineCommand({
  name: "validate",
  messages: VALIDATE_MESSAGES,
  summary: "validate.summary",
  synopsis: "validate.synopsis",
  description: "validate.description",
  notes: ["input.formats", "validate.exitCodes", "validate.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: validate,
});
