import { type Decision, decide, USES, type Use } from "@redumbrella/consent";
import { isCalendarDate, printableId, today } from "@redumbrella/questionnaire";
import { cliText, EXIT, errorLine, texts, UsageError } from "../../internal/errors.js";
import { jsonArrayWriter, recordPlace, writeLines } from "../../internal/output.js";
import { forEachRecord, type RecordItem } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { CONSENT_COMMAND_MESSAGES, type ConsentCommandMessageKey } from "./messages.js";

const OPTIONS = {
  use: { type: "string", valueName: "consent.value.use", description: "consent.option.use" },
  on: { type: "string", valueName: "value.date", description: "consent.option.on" },
  json: { type: "boolean", description: "consent.option.json" },
} as const satisfies OptionTable<ConsentCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, ConsentCommandMessageKey>;
const text = texts(CONSENT_COMMAND_MESSAGES);
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

function textWriter({ io, t }: Context): Writer {
  return {
    row: ({ file, index, id, decision }) => {
      const params = { record: recordPlace(file, index, id), use: decision.use };
      let line: string;
      if (!decision.allowed) {
        const reasons = decision.reasons.map((r) => (r.items === undefined ? r.code : `${r.code} (${r.items.join(", ")})`)).join(", ");
        line = t("consent.report.denied", { ...params, reasons });
      } else if (decision.obligations.length === 0) {
        line = t("consent.report.allowedPlain", params);
      } else {
        line = t("consent.report.allowed", { ...params, obligations: decision.obligations.map((o) => o.code).join(", ") });
      }
      writeLines(io.stdout, [line]);
    },
    finish: (counts) => writeLines(io.stdout, [t("consent.report.summary", { ...counts, decisions: counts.allowed + counts.denied })]),
    abort: () => {},
  };
}

/** One JSON array, streamed one decision per line; whole even after a file error. */
function jsonWriter({ io }: Context): Writer {
  const rows = jsonArrayWriter(io.stdout);
  return {
    row: ({ file, index, id, decision }) =>
      rows.push({
        file,
        index,
        id,
        use: decision.use,
        allowed: decision.allowed,
        reasons: decision.reasons.map(({ code, items, message }) => (items === undefined ? { code, message } : { code, items, message })),
        obligations: decision.obligations.map(({ code, params }) => (params === undefined ? { code } : { code, params })),
        missingConsent: decision.missingConsent,
      }),
    finish: () => rows.close(),
    abort: () => rows.close(),
  };
}

async function consent(context: Context): Promise<number> {
  const { args, options, locale, io } = context;
  if (options.use === undefined) throw new UsageError(text("consent.usage.missingUse"));
  const chosen = options.use;
  if (chosen !== "all" && !isUse(chosen)) throw new UsageError(text("consent.usage.badUse", { value: chosen, uses: USES.join(", ") }));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const uses: readonly Use[] = chosen === "all" ? USES : [chosen];
  // Records are validated as of the real current date, read once; --on is only the day of the use.
  const validatedOn = today();
  const asOf = options.on ?? validatedOn;
  const writer = options.json === true ? jsonWriter(context) : textWriter(context);
  const counts: Counts = { records: 0, allowed: 0, denied: 0 };
  let fileErrors = 0;

  const decideItem = (item: RecordItem): void => {
    // A line that is not JSON is no record: denied as an invalid one, in its place.
    const value = item.kind === "record" ? item.value : undefined;
    const id = printableId(value);
    counts.records++;
    for (const use of uses) {
      const decision = decide(value, use, { asOf, validatedOn, locale });
      if (decision.allowed) counts.allowed++;
      else counts.denied++;
      writer.row({ file: item.file, index: item.index, id, decision });
    }
  };

  try {
    await forEachRecord(args, io, decideItem, (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
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
  messages: CONSENT_COMMAND_MESSAGES,
  summary: "consent.summary",
  synopsis: "consent.synopsis",
  description: "consent.description",
  notes: ["input.formats", "consent.help.exitCodes", "consent.help.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: consent,
});
