import { FORM_VERSION, toXForm, writeXlsform } from "@redumbrella/xlsform";
import { EXIT, errorLine, InputError, texts, UsageError } from "../../internal/errors.js";
import { writeLines, writeWhole } from "../../internal/output.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { FORM_COMMAND_MESSAGES, type FormCommandMessageKey } from "./messages.js";

const OPTIONS = {
  format: { type: "string", valueName: "form.value.format", description: "form.option.format" },
  out: { type: "string", valueName: "form.value.out", description: "form.option.out" },
  "form-version": { type: "string", valueName: "form.value.version", description: "form.option.formVersion" },
} as const satisfies OptionTable<FormCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, FormCommandMessageKey>;
const text = texts(FORM_COMMAND_MESSAGES);
const FORMATS = ["xlsform", "xform"] as const;
const VERSION = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2}$/;

async function form({ options, locale, t, io }: Context): Promise<number> {
  const format = FORMATS.find((f) => f === options.format);
  if (format === undefined) throw new UsageError(text("form.badFormat", { value: options.format ?? "" }));
  const out = options.out;
  if (out === undefined) throw new UsageError(text("form.missingOut"));
  const version = options["form-version"] ?? FORM_VERSION;
  if (!VERSION.test(version)) throw new UsageError(text("form.badVersion", { value: version }));
  try {
    const bytes = format === "xform" ? toXForm({ version }) : new Uint8Array(await (await writeXlsform({ version })).arrayBuffer());
    await writeWhole(io, out, bytes);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(errorLine(error.render(locale)));
    return EXIT.error;
  }
  writeLines(io.stdout, [t("form.written", { format: format === "xform" ? "XForm" : "XLSForm", file: out, version })]);
  return EXIT.ok;
}

/** `redumbrella form --format xlsform|xform --out FILE`: writes the questionnaire as a form for KoboToolbox and ODK; exit 0 or 2. */
export const formCommand = defineCommand({
  name: "form",
  messages: FORM_COMMAND_MESSAGES,
  summary: "form.summary",
  synopsis: "form.synopsis",
  description: "form.description",
  notes: ["form.exitCodes"],
  positionals: { name: "value.file", min: 0, max: 0 },
  options: OPTIONS,
  run: form,
});
