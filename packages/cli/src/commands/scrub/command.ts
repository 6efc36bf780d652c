import { scrubText } from "@redumbrella/anonymiser";
import { isLocale, type Locale, type MessageParams } from "@redumbrella/questionnaire";
import { EXIT, errorLine } from "../../internal/errors.js";
import { CLI_MESSAGES } from "../../internal/messages.js";
import { writeLines } from "../../internal/output.js";
import { forEachRecord, type RecordItem } from "../../internal/read-records.js";
import { type CommandContext, defineCommand, type OptionTable } from "../command.js";
import { SCRUB_COMMAND_MESSAGES, type ScrubCommandMessageKey } from "./messages.js";

const OPTIONS = {
  json: { type: "boolean", description: "scrub.option.json" },
} as const satisfies OptionTable<ScrubCommandMessageKey>;

type Context = CommandContext<typeof OPTIONS, ScrubCommandMessageKey>;

/** One item read as a text to scrub, or why it cannot be. */
type TextItem =
  | { readonly kind: "text"; readonly text: string; readonly lang?: Locale }
  | { readonly kind: "bad"; readonly key: ScrubCommandMessageKey; readonly params: MessageParams };

/** Reads one item: `{"text": string, "lang"?: "ru" | "kk" | "en"}` and nothing else. */
function readText(item: RecordItem, locale: Locale): TextItem {
  if (item.kind === "malformed") {
    const { file, line, column } = item;
    return {
      kind: "bad",
      key: "scrub.line.malformed",
      params: { file, line, column, problem: CLI_MESSAGES.format(`json.${item.problem}`, {}, locale) },
    };
  }
  const place = item.line === undefined ? `${item.file} #${item.index}` : `${item.file}:${item.line}`;
  const bad = (key: ScrubCommandMessageKey): TextItem => ({ kind: "bad", key, params: { place } });
  const { value } = item;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return bad("scrub.line.notObject");
  const { text, lang, ...others } = value as Record<string, unknown>;
  if (Object.keys(others).length > 0) return bad("scrub.line.unknownField");
  if (typeof text !== "string") return bad("scrub.line.noText");
  if (lang === undefined) return { kind: "text", text };
  if (!isLocale(lang)) return bad("scrub.line.badLang");
  return { kind: "text", text, lang };
}

/** A text on one line: line breaks and backslashes escaped, so one input line gives one output line. */
const oneLine = (text: string): string => text.replace(/[\\\n\r]/gu, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : "\\r"));

async function scrub({ args, options, locale, t, io }: Context): Promise<number> {
  const json = options.json === true;
  let badLines = 0;
  let fileErrors = 0;
  const visit = (item: RecordItem): void => {
    const read = readText(item, locale);
    if (read.kind === "bad") {
      badLines++;
      io.stderr.write(errorLine(t(read.key, read.params)));
      return;
    }
    const result = scrubText(read.text, read.lang === undefined ? {} : { lang: read.lang });
    writeLines(io.stdout, [json ? JSON.stringify({ text: result.text, entities: result.entities }) : oneLine(result.text)]);
  };
  await forEachRecord(args, io, visit, (error) => {
    // An empty file is no error here: there was simply nothing to scrub.
    if (error.text.key === "file.empty") {
      io.stderr.write(errorLine(t("scrub.nothing", { file: error.text.params?.file ?? "" })));
      return;
    }
    fileErrors++;
    io.stderr.write(errorLine(error.render(locale)));
  });
  if (fileErrors > 0) return EXIT.error;
  return badLines > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * `redumbrella scrub FILE... [--json]`: NDJSON `{"text", "lang"?}` in, each text with its personal
 * data replaced out, in order; exit 0, 1 (some line unreadable) or 2.
 */
export const scrubCommand = defineCommand({
  name: "scrub",
  messages: SCRUB_COMMAND_MESSAGES,
  summary: "scrub.summary",
  synopsis: "scrub.synopsis",
  description: "scrub.description",
  notes: ["scrub.exitCodes", "scrub.privacy"],
  positionals: { name: "value.file", min: 1 },
  options: OPTIONS,
  run: scrub,
});
