import { type Decision, decide, type Use, USES } from "@redumbrella/consent";
import { isCalendarDate, printableId, today } from "@redumbrella/questionnaire";
import type { TextSink } from "../io.js";
import { EXIT, errorLine, renderInputError, UsageError } from "../internal/errors.js";
import { forEachRecord } from "../internal/inputs.js";
import type { CliMessageKey, MessageParams, Translate } from "../internal/messages.js";
import type { RecordItem } from "../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";
import type { ConsentCliMessageKey } from "./consent.messages.js";

// The command's keys join the CLI catalogue when the command is wired in (see consent.messages.ts).
const key = (k: ConsentCliMessageKey): CliMessageKey => k as CliMessageKey;

const OPTIONS = {
  use: { type: "string", valueName: key("consent.value.use"), description: key("consent.option.use") },
  on: { type: "string", valueName: "value.date", description: key("consent.option.on") },
  json: { type: "boolean", description: key("consent.option.json") },
} as const satisfies OptionTable;

const isUse = (value: string): value is Use => (USES as readonly string[]).includes(value);

/** One decision of one record, as printed: never a value of the record other than its id. */
interface Row {
  readonly file: string;
  readonly index: number;
  readonly id: string | null;
  readonly decision: Decision;
}

interface Counts {
  records: number;
  allowed: number;
  denied: number;
}

/** Writes decisions as they are made, so memory stays flat however many records there are. */
interface Writer {
  row(row: Row): void;
  /** Ends the output once every source was read. */
  finish(counts: Counts): void;
  /** Ends the output after an internal error: the `--json` array must still be whole. */
  abort(): void;
}

function textWriter(out: TextSink, t: Translate): Writer {
  return {
    row: ({ file, index, id, decision }) => {
      const record = id === null ? t(key("consent.report.record"), { file, index }) : t(key("consent.report.recordWithId"), { file, index, id });
      const params: MessageParams = { record, use: decision.use };
      let line: string;
      if (!decision.allowed) {
        const reasons = decision.reasons.map((r) => (r.items === undefined ? r.code : `${r.code} (${r.items.join(", ")})`)).join(", ");
        line = t(key("consent.report.denied"), { ...params, reasons });
      } else if (decision.obligations.length === 0) {
        line = t(key("consent.report.allowedPlain"), params);
      } else {
        line = t(key("consent.report.allowed"), { ...params, obligations: decision.obligations.map((o) => o.code).join(", ") });
      }
      out.write(`${line}\n`);
    },
    finish: (counts) => {
      const decisions = counts.allowed + counts.denied;
      out.write(`${t(key("consent.report.summary"), { ...counts, decisions })}\n`);
    },
    abort: () => {},
  };
}

/** One JSON array, streamed one decision per line; whole even after a file error. */
function jsonWriter(out: TextSink): Writer {
  let rows = 0;
  out.write("[");
  const close = (): void => out.write(`${rows > 0 ? "\n" : ""}]\n`);
  return {
    row: ({ file, index, id, decision }) => {
      const entry = {
        file,
        index,
        id,
        use: decision.use,
        allowed: decision.allowed,
        reasons: decision.reasons.map(({ code, items, message }) => (items === undefined ? { code, message } : { code, items, message })),
        obligations: decision.obligations.map(({ code, params }) => (params === undefined ? { code } : { code, params })),
        missingConsent: decision.missingConsent,
      };
      out.write(`${rows === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
      rows++;
    },
    finish: close,
    abort: close,
  };
}

async function consent({ args, options, locale, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  if (options.use === undefined) throw new UsageError(key("consent.usage.missingUse"));
  const chosen = options.use;
  if (chosen !== "all" && !isUse(chosen)) throw new UsageError(key("consent.usage.badUse"), { value: chosen, uses: USES.join(", ") });
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError("usage.badDate", { value: options.on });
  if (args.filter((arg) => arg === "-").length > 1) throw new UsageError("usage.stdinTwice");
  const uses: readonly Use[] = chosen === "all" ? USES : [chosen];
  // Records are validated as of the real current date, read once; --on is only the day of the use.
  const validatedOn = today();
  const asOf = options.on ?? validatedOn;
  const writer = options.json === true ? jsonWriter(io.stdout) : textWriter(io.stdout, t);
  const counts: Counts = { records: 0, allowed: 0, denied: 0 };
  let fileErrors = 0;

  const decideItem = (item: RecordItem, file: string): void => {
    // A line that is not JSON is no record: denied as an invalid one, in its place.
    const value = item.kind === "record" ? item.value : undefined;
    const decisions = uses.map((use) => decide(value, use, { asOf, validatedOn, locale }));
    const id = printableId(value);
    counts.records++;
    for (const decision of decisions) {
      if (decision.allowed) counts.allowed++;
      else counts.denied++;
      writer.row({ file, index: item.index, id, decision });
    }
  };

  try {
    await forEachRecord(args, io, t("report.stdin"), decideItem, (error) => {
      fileErrors++;
      io.stderr.write(errorLine(renderInputError(error, t)));
    });
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.finish(counts);
  return fileErrors > 0 ? EXIT.error : EXIT.ok;
}

/** `redumbrella consent FILE... --use USE|all`: decides each record's consent for a use on a day; exit 0 or 2. */
export const consentCommand = defineCommand({
  name: "consent",
  summary: key("consent.summary"),
  synopsis: key("consent.synopsis"),
  description: key("consent.description"),
  notes: [key("consent.help.exitCodes"), key("consent.help.privacy")],
  positionals: { name: key("consent.argument"), min: 1 },
  options: OPTIONS,
  run: consent,
});
