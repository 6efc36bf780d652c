import { type ScrubLanguage, scrubText } from "@redumbrella/anonymiser";
import { EXIT, errorLine, InputError } from "../internal/errors.js";
import { expandInputs, type Source } from "../internal/inputs.js";
import { findJsonSyntaxError, type JsonProblem, positionAt } from "../internal/json-syntax.js";
import type { CliMessageKey, MessageParams, Translate } from "../internal/messages.js";
import { type CommandContext, defineCommand, type OptionTable } from "./command.js";

const OPTIONS = {
  json: { type: "boolean", description: "scrub.option.json" },
} as const satisfies OptionTable;

const LANGUAGES: readonly string[] = ["ru", "kk", "en"] satisfies readonly ScrubLanguage[];
const BLANK = /^[ \t\r]*$/u;
/** How far a NUL byte marks input as binary, as `validate` reads files. */
const BINARY_SNIFF_BYTES = 8192;

/** One input line read as a text to scrub, or why it cannot be. */
type LineItem =
  | { readonly kind: "text"; readonly text: string; readonly lang?: ScrubLanguage }
  | { readonly kind: "bad"; readonly key: CliMessageKey; readonly params: MessageParams; readonly problem?: JsonProblem };

/** The lines of a source as strict UTF-8 text, numbered from 1; a file error as `InputError`. */
async function* lines(source: Source): AsyncGenerator<[number, string]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const encoder = new TextEncoder();
  const binary = (): InputError => new InputError("file.binary", { file: source.name });
  let seen = 0;
  let rest = "";
  let number = 0;
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw binary();
    }
  };
  for await (const chunk of source.chunks()) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    if (seen < BINARY_SNIFF_BYTES && bytes.subarray(0, BINARY_SNIFF_BYTES - seen).includes(0)) throw binary();
    seen += bytes.length;
    rest += decode(bytes);
    let start = 0;
    for (let newline = rest.indexOf("\n"); newline !== -1; newline = rest.indexOf("\n", start)) {
      yield [++number, rest.slice(start, newline)];
      start = newline + 1;
    }
    rest = rest.slice(start);
  }
  rest += decode();
  if (rest !== "") yield [++number, rest];
}

/** Reads one NDJSON line: `{"text": string, "lang"?: "ru" | "kk" | "en"}` and nothing else. */
function readLine(file: string, line: number, raw: string): LineItem {
  const bad = (key: CliMessageKey, params: MessageParams = {}, problem?: JsonProblem): LineItem =>
    problem === undefined ? { kind: "bad", key, params: { file, line, ...params } } : { kind: "bad", key, params: { file, line, ...params }, problem };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // Never JSON.parse's message: it quotes the line.
    const error = findJsonSyntaxError(raw) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    return bad("scrub.line.malformed", { column: positionAt(raw, error.offset).column }, error.problem);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return bad("scrub.line.notObject");
  const { text, lang, ...others } = value as Record<string, unknown>;
  if (Object.keys(others).length > 0) return bad("scrub.line.unknownField");
  if (typeof text !== "string") return bad("scrub.line.noText");
  if (lang === undefined) return { kind: "text", text };
  if (typeof lang !== "string" || !LANGUAGES.includes(lang)) return bad("scrub.line.badLang");
  return { kind: "text", text, lang: lang as ScrubLanguage };
}

/** A text on one line: line breaks and backslashes escaped, so one input line gives one output line. */
const oneLine = (text: string): string => text.replace(/[\\\n\r]/gu, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : "\\r"));

/** The one-line stderr message of a bad line or a file error, with what is wrong with its JSON. */
function render(t: Translate, key: CliMessageKey, params: MessageParams, problem: JsonProblem | undefined): string {
  return t(key, problem === undefined ? params : { ...params, problem: t(`json.${problem}`) });
}

async function scrub({ args, options, t, io }: CommandContext<typeof OPTIONS>): Promise<number> {
  const json = options.json === true;
  let badLines = 0;
  let fileErrors = 0;
  const reportFileError = (error: InputError): void => {
    fileErrors++;
    io.stderr.write(errorLine(render(t, error.key, error.params, error.problem)));
  };
  for await (const source of expandInputs(args, io, t("report.stdin"))) {
    if (source instanceof InputError) {
      reportFileError(source);
      continue;
    }
    try {
      for await (const [line, raw] of lines(source)) {
        if (BLANK.test(raw)) continue;
        const item = readLine(source.name, line, raw);
        if (item.kind === "bad") {
          badLines++;
          io.stderr.write(errorLine(render(t, item.key, item.params, item.problem)));
          continue;
        }
        const result = scrubText(item.text, item.lang === undefined ? {} : { lang: item.lang });
        io.stdout.write(`${json ? JSON.stringify({ text: result.text, entities: result.entities }) : oneLine(result.text)}\n`);
      }
    } catch (error) {
      // A file that cannot be read is reported; anything else is a bug.
      if (!(error instanceof InputError)) throw error;
      reportFileError(error);
    }
  }
  if (fileErrors > 0) return EXIT.error;
  return badLines > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * `redumbrella scrub FILE [--json]`: NDJSON `{"text", "lang"?}` in, each text with its personal
 * data replaced out, in order; exit 0, 1 (some line unreadable) or 2.
 */
export const scrubCommand = defineCommand({
  name: "scrub",
  summary: "scrub.summary",
  synopsis: "scrub.synopsis",
  description: "scrub.description",
  notes: ["scrub.exitCodes", "scrub.privacy"],
  positionals: { name: "scrub.argument", min: 1, max: 1 },
  options: OPTIONS,
  run: scrub,
});
