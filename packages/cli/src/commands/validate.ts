import { formatPath, isCalendarDate, printableId, safeParseRecord, today } from "@redumbrella/questionnaire";
import { EXIT, errorLine, type InputError, renderInputError, UsageError } from "../internal/errors.js";
import { forEachRecord } from "../internal/inputs.js";
import type { Translate } from "../internal/messages.js";
import type { RecordItem } from "../internal/read-records.js";
import { type Counts, jsonReporter, type Reporter, textReporter } from "../internal/report.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";

const OPTIONS = {
  json: { type: "boolean", description: "validate.option.json" },
  on: { type: "string", valueName: "value.date", description: "validate.option.on" },
} as const satisfies OptionTable;

async function validate({ args, options, locale, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError("usage.badDate", { value: options.on });
  if (args.filter((arg) => arg === "-").length > 1) throw new UsageError("usage.stdinTwice");
  const asOf = options.on ?? today();
  const reporter: Reporter = options.json === true ? jsonReporter(io.stdout) : textReporter(io.stdout, t);
  const counts: Counts = { valid: 0, invalid: 0 };
  let fileErrors = 0;
  const reportFileError = (error: InputError): void => {
    fileErrors++;
    io.stderr.write(errorLine(renderInputError(error, t)));
  };

  const check = (item: RecordItem, file: string): void => {
    if (item.kind === "malformed") {
      counts.invalid++;
      const { line, column } = item;
      const message = t("record.invalidJson", { line, column, problem: t(`json.${item.problem}`) });
      reporter.issue({ file, index: item.index, id: null, path: "", code: "INVALID_JSON", message });
      return;
    }
    const result = safeParseRecord(item.value, { asOf, locale });
    if (result.success) {
      counts.valid++;
      return;
    }
    counts.invalid++;
    const id = printableId(item.value);
    for (const { path, code, message } of result.issues) {
      reporter.issue({ file, index: item.index, id, path: formatPath(path), code, message });
    }
  };

  try {
    await forEachRecord(args, io, t("report.stdin"), check, reportFileError);
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
  summary: "validate.summary",
  synopsis: "validate.synopsis",
  description: "validate.description",
  notes: ["help.exitCodes", "help.privacy"],
  positionals: { name: "validate.argument", min: 1 },
  options: OPTIONS,
  run: validate,
});
