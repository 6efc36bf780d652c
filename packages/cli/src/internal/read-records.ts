/**
 * The one record reader of the CLI. Every command that reads records (or scrub's texts) reads
 * its FILE arguments through `forEachRecord` or `collectRecords`, under one rule:
 *
 * - A FILE that cannot be read as records (missing, binary, empty, a broken JSON array or
 *   document) is a file error: one line on stderr naming it, exit 2; the other FILEs are read.
 * - An NDJSON line that is not JSON is no reason to stop: it is an item of kind `malformed` at its
 *   place (file, index, line, column), reported there as an invalid record, and the rest is read.
 *   Its text is never shown.
 */
import type { Locale } from "@redumbrella/questionnaire";
import type { Io } from "../io.js";
import { cliText, errorLine, InputError } from "./errors.js";
import { expandInputs } from "./inputs.js";
import { findJsonSyntaxError, type JsonProblem, positionAt } from "./json-syntax.js";
import { CLI_MESSAGES } from "./messages.js";

/** One record read from a source, or an NDJSON line that is not JSON. */
export type RecordItem =
  | {
      readonly kind: "record";
      /** The source, as named in output. */
      readonly file: string;
      /** 0-based, in file order (blank NDJSON lines are not records). */
      readonly index: number;
      /** The NDJSON line it was on; absent for a JSON array or document. */
      readonly line?: number;
      readonly value: unknown;
    }
  | {
      readonly kind: "malformed";
      readonly file: string;
      readonly index: number;
      readonly line: number;
      readonly column: number;
      readonly problem: JsonProblem;
    };

/** A malformed line's place and problem, rendered as the message of an invalid record in `locale`. */
export function malformedMessage(item: Extract<RecordItem, { kind: "malformed" }>, locale: Locale): string {
  const problem = CLI_MESSAGES.format(`json.${item.problem}`, {}, locale);
  return CLI_MESSAGES.format("record.invalidJson", { line: item.line, column: item.column, problem }, locale);
}

/** How far a NUL byte marks a file as binary. */
const BINARY_SNIFF_BYTES = 8192;
const encoder = new TextEncoder();

/** Strict UTF-8 text of a byte stream; throws "not a text file" on a NUL early on or on invalid UTF-8. */
async function* decodeText(chunks: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const binary = (): InputError => new InputError(cliText("file.binary", { file }));
  let seen = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    if (seen < BINARY_SNIFF_BYTES && bytes.subarray(0, BINARY_SNIFF_BYTES - seen).includes(0)) throw binary();
    seen += bytes.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw binary();
    }
    if (text !== "") yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw binary();
  }
  if (tail !== "") yield tail;
}

const JSON_SPACE = /[^ \t\n\r]/;
const BLANK_LINE = /^[ \t\r]*$/;

/** Reads the rest of a text stream into one string, for a JSON array or a pretty-printed document. */
async function readAll(head: string, pieces: AsyncIterator<string>, file: string): Promise<string> {
  const parts = [head];
  for (let next = await pieces.next(); next.done !== true; next = await pieces.next()) parts.push(next.value);
  try {
    return parts.join("");
  } catch {
    // Past V8's longest string (~512 MB) only NDJSON can be read.
    throw new InputError(cliText("file.tooLarge", { file }));
  }
}

/** Parses a whole JSON document, or throws a file error at the line and column where it goes wrong. */
function parseDocument(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Never JSON.parse's message: it quotes the text, which may be a record.
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    throw new InputError(cliText("file.malformedJson", { file, ...positionAt(text, error.offset) }), error.problem);
  }
}

/** One NDJSON line: a record, a malformed line, or nothing when it is blank. */
function readLine(text: string, file: string, line: number, index: number): RecordItem | undefined {
  if (BLANK_LINE.test(text)) return undefined;
  try {
    return { kind: "record", file, index, line, value: JSON.parse(text) };
  } catch {
    // Never JSON.parse's message: it quotes the line.
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    return { kind: "malformed", file, index, line, column: positionAt(text, error.offset).column, problem: error.problem };
  }
}

/**
 * The records of one source, streamed: a JSON array (read whole), NDJSON (line by line, in flat
 * memory), or one JSON object spread over several lines (read whole). The format is told from the
 * first character, and for `{` from whether the first line is a complete JSON value. Throws
 * `InputError` for a file that cannot be read as records.
 */
async function* readRecords(chunks: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<RecordItem, void, undefined> {
  const pieces = decodeText(chunks, file);
  try {
    yield* readPieces(pieces, file);
  } finally {
    // Closes the file when the reader stops early.
    await pieces.return(undefined);
  }
}

async function* readPieces(pieces: AsyncGenerator<string>, file: string): AsyncGenerator<RecordItem, void, undefined> {
  let buffer = "";
  let first = -1;
  while (first === -1) {
    const next = await pieces.next();
    if (next.done === true) throw new InputError(cliText("file.empty", { file }));
    buffer += next.value;
    first = buffer.search(JSON_SPACE);
  }
  const opening = buffer[first];
  if (opening === "[") {
    const records = parseDocument(await readAll(buffer, pieces, file), file) as unknown[];
    for (const [index, value] of records.entries()) yield { kind: "record", file, index, value };
    return;
  }
  if (opening !== "{") throw new InputError(cliText("file.notRecords", { file, ...positionAt(buffer, first) }));

  // Read up to the end of the first line, to tell NDJSON from a pretty-printed object.
  let searchFrom = first;
  let newline = buffer.indexOf("\n", searchFrom);
  let ended = false;
  while (newline === -1 && !ended) {
    const next = await pieces.next();
    if (next.done === true) ended = true;
    else {
      searchFrom = buffer.length;
      buffer += next.value;
      newline = buffer.indexOf("\n", searchFrom);
    }
  }
  const lineStart = buffer.lastIndexOf("\n", first) + 1;
  const firstLine = buffer.slice(lineStart, newline === -1 ? buffer.length : newline);
  let lineNumber = positionAt(buffer, lineStart).line;
  let value: unknown;
  try {
    value = JSON.parse(firstLine);
  } catch {
    yield { kind: "record", file, index: 0, value: parseDocument(await readAll(buffer, pieces, file), file) };
    return;
  }
  yield { kind: "record", file, index: 0, line: lineNumber, value };
  if (newline === -1) return;

  let index = 1;
  let rest = buffer.slice(newline + 1);
  buffer = "";
  searchFrom = 0;
  for (;;) {
    let start = 0;
    for (let nl = rest.indexOf("\n", searchFrom); nl !== -1; nl = rest.indexOf("\n", start)) {
      lineNumber++;
      const item = readLine(rest.slice(start, nl), file, lineNumber, index);
      if (item !== undefined) {
        index++;
        yield item;
      }
      start = nl + 1;
    }
    rest = rest.slice(start);
    const next = await pieces.next();
    if (next.done === true) break;
    searchFrom = rest.length;
    rest += next.value;
  }
  const item = readLine(rest, file, lineNumber + 1, index);
  if (item !== undefined) yield item;
}

/** Where records are read from, and the language their problems are reported in. */
export interface ReadContext {
  readonly io: Io;
  readonly locale: Locale;
}

/**
 * Reads every record of every source the FILE arguments name, in order, handing each item
 * (record or malformed line) to `visit`; a file that cannot be read is handed to `onFileError`
 * and the next one is still read. Anything else thrown is a bug and propagates.
 */
export async function forEachRecord(
  args: readonly string[],
  io: Io,
  visit: (item: RecordItem) => void,
  onFileError: (error: InputError) => void,
): Promise<void> {
  for await (const source of expandInputs(args, io)) {
    if (source instanceof InputError) {
      onFileError(source);
      continue;
    }
    try {
      for await (const item of readRecords(source.chunks(), source.name)) visit(item);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onFileError(error);
    }
  }
}

/** Every record of the FILE arguments, for a command that needs them all at once. */
export interface CollectedRecords {
  /** In order; a malformed line is `undefined` in its place, so it counts as an invalid record. */
  readonly records: unknown[];
  /** How many FILEs could not be read (each reported on stderr). */
  readonly fileErrors: number;
}

/**
 * Reads every record of the FILE arguments into memory, for `anonymise`, `report` and `demo`:
 * each file error and each malformed line is one line on stderr (its place, never its text).
 */
export async function collectRecords(args: readonly string[], { io, locale }: ReadContext): Promise<CollectedRecords> {
  const records: unknown[] = [];
  let fileErrors = 0;
  await forEachRecord(
    args,
    io,
    (item) => {
      if (item.kind === "record") {
        records.push(item.value);
        return;
      }
      records.push(undefined);
      const problem = CLI_MESSAGES.format(`json.${item.problem}`, {}, locale);
      const { file, line, column } = item;
      io.stderr.write(errorLine(CLI_MESSAGES.format("record.malformedLine", { file, line, column, problem }, locale)));
    },
    (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
    },
  );
  return { records, fileErrors };
}
