import { COMPLAINT_TO, type ComplaintTo, draftComplaint } from "@redumbrella/legal-checker";
import { isCalendarDate, isRefusal, printableId, safeParseRecord, today } from "@redumbrella/questionnaire";
import { cliText, EXIT, errorLine, texts, UsageError } from "../../internal/errors.js";
import { writeOutput } from "../../internal/output.js";
import { forEachRecord, type RecordItem } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { COMPLAINT_COMMAND_MESSAGES, type ComplaintCommandMessageKey } from "./messages.js";

const OPTIONS = {
  record: { type: "string", valueName: "complaint.value.id", description: "complaint.option.record" },
  incident: { type: "string", valueName: "complaint.value.id", description: "complaint.option.incident" },
  to: { type: "string", valueName: "complaint.value.to", description: "complaint.option.to" },
  on: { type: "string", valueName: "value.date", description: "complaint.option.on" },
  out: { type: "string", valueName: "value.file", description: "complaint.option.out" },
  text: { type: "boolean", description: "complaint.option.text" },
  identify: { type: "boolean", description: "complaint.option.identify" },
} as const satisfies OptionTable<ComplaintCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, ComplaintCommandMessageKey>;
const text = texts(COMPLAINT_COMMAND_MESSAGES);
const isAddressee = (value: string): value is ComplaintTo => (COMPLAINT_TO as readonly string[]).includes(value);

async function complaint(context: Context): Promise<number> {
  const { args, options, locale, io, t } = context;
  const { record: id, incident, to } = options;
  if (id === undefined || incident === undefined || to === undefined) throw new UsageError(text("complaint.usage.missing"));
  if (!isAddressee(to)) throw new UsageError(text("complaint.usage.badTo", { value: to, values: COMPLAINT_TO.join(", ") }));
  if (options.on !== undefined && !isCalendarDate(options.on)) throw new UsageError(cliText("usage.badDate", { value: options.on }));
  const asOf = options.on ?? today();

  // The one record asked for, kept as read; every other record is passed over unread.
  let found: unknown;
  let seen = false;
  let fileErrors = 0;
  await forEachRecord(
    args,
    io,
    (item: RecordItem) => {
      if (seen || item.kind !== "record" || printableId(item.value) !== id) return;
      seen = true;
      found = item.value;
    },
    (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
    },
  );
  if (fileErrors > 0) return EXIT.error;
  if (!seen) {
    io.stderr.write(errorLine(t("complaint.notFound", { id })));
    return EXIT.invalid;
  }
  // Validated as of the real current date: --on is only the day of filing.
  const parsed = safeParseRecord(found, { asOf: today(), locale });
  if (!parsed.success || isRefusal(parsed.data)) {
    io.stderr.write(errorLine(t("complaint.invalid", { id })));
    return EXIT.invalid;
  }
  const draft = draftComplaint(parsed.data, incident, { to, asOf, locale, identify: options.identify === true });
  if (!draft.success) {
    io.stderr.write(errorLine(t("complaint.refused", { record: id, reason: draft.issues.map((i) => i.message).join(" ") })));
    return EXIT.invalid;
  }
  await writeOutput(io, options.out, options.text === true ? draft.data.text : draft.data.markdown, { replace: false });
  if (options.out !== undefined) io.stderr.write(`${t("complaint.written", { file: options.out })}\n`);
  return EXIT.ok;
}

/** `redumbrella complaint FILE --record ID --incident ID --to …`: a complaint letter about one incident, only with her consent; exit 0, 1 or 2. */
export const complaintCommand = defineCommand({
  name: "complaint",
  messages: COMPLAINT_COMMAND_MESSAGES,
  summary: "complaint.summary",
  synopsis: "complaint.synopsis",
  description: "complaint.description",
  notes: ["input.formats", "complaint.exitCodes", "complaint.privacy"],
  positionals: { name: "value.file", min: 1, max: 1 },
  options: OPTIONS,
  run: complaint,
});
