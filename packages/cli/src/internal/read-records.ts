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
import type { Locale, Path } from "@redumbrella/questionnaire";
import type { Io } from "../io.js";
import { cliText, errorLine, InputError } from "./errors.js";
import { expandInputs } from "./inputs.js";
import {
  findJsonSyntaxError,
  type JsonProblem,
  type JsonSyntaxProblem,
  positionAt,
  positionsAt,
  type TextPosition,
} from "./json-syntax.js";
import { findJsonValueProblems, mayHideValueProblem } from "./json-values.js";
import { CLI_MESSAGES } from "./messages.js";
import { printable, printablePath } from "./printable.js";
import { writable } from "./sink.js";

/** How a source holds its records: a JSON array, NDJSON, or one JSON object. */
export type Container = "array" | "ndjson" | "object";

/** One record read from a source, or an NDJSON line that is not JSON. */
export type RecordItem = (
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
      /** Where in the record a duplicate key or too-large number is, printable; `""` for a syntax error. */
      readonly path: string;
    }
) & {
  /** How its source holds records. */
  readonly container: Container;
};

/** A record that cannot be read as it is written: an NDJSON line that is not JSON, or JSON with a duplicate key or too-large number. */
export type MalformedItem = Extract<RecordItem, { kind: "malformed" }>;

/** The issue code of a malformed record, as `validate` and `check` print it. */
export type MalformedCode = "INVALID_JSON" | "DUPLICATE_KEY" | "NUMBER_TOO_LARGE";

const MALFORMED_CODES: { readonly [P in JsonProblem]: MalformedCode } = {
  unexpectedCharacter: "INVALID_JSON",
  unexpectedEnd: "INVALID_JSON",
  trailingText: "INVALID_JSON",
  duplicateKey: "DUPLICATE_KEY",
  numberTooLarge: "NUMBER_TOO_LARGE",
};

/** The issue code of a malformed record. */
export function malformedCode(item: MalformedItem): MalformedCode {
  return MALFORMED_CODES[item.problem];
}

/** A malformed record's place and problem, rendered as the message of an invalid record in `locale`. */
export function malformedMessage(item: MalformedItem, locale: Locale): string {
  const problem = CLI_MESSAGES.format(`json.${item.problem}`, {}, locale);
  const key = malformedCode(item) === "INVALID_JSON" ? "record.invalidJson" : "record.badValue";
  return CLI_MESSAGES.format(key, { line: item.line, column: item.column, problem }, locale);
}

/** A malformed record as one stderr line of a command that reads all records at once: its place and problem. */
export function malformedLine(item: MalformedItem, locale: Locale): string {
  const problem = CLI_MESSAGES.format(`json.${item.problem}`, {}, locale);
  const { file, line, column } = item;
  const key = malformedCode(item) === "INVALID_JSON" ? "record.malformedLine" : "record.badValueLine";
  return CLI_MESSAGES.format(key, { file: printable(file), line, column, problem }, locale);
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
const SYNTAX_PROBLEMS: ReadonlySet<JsonProblem> = new Set<JsonSyntaxProblem>(["unexpectedCharacter", "unexpectedEnd", "trailingText"]);

/** One line of a text stream, without its `\n`, numbered from 1. */
interface Line {
  readonly text: string;
  readonly number: number;
}

/**
 * The lines of a text stream. Linear in the text: each chunk is searched for `\n` once, and the
 * pieces of a line are joined once when it ends — never `+=` then `indexOf` on the growing line,
 * which flattens it again for every chunk (quadratic: a 50 MB line took about a minute). The last
 * line is yielded even when empty, so the lines joined with `\n` are the text.
 */
async function* splitLines(pieces: AsyncIterator<string>): AsyncGenerator<Line, void, undefined> {
  let partial: string[] = [];
  let number = 0;
  for (let next = await pieces.next(); next.done !== true; next = await pieces.next()) {
    const chunk = next.value;
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", start)) {
      partial.push(chunk.slice(start, nl));
      yield { text: partial.length === 1 ? (partial[0] as string) : partial.join(""), number: ++number };
      partial = [];
      start = nl + 1;
    }
    if (start < chunk.length) partial.push(start === 0 ? chunk : chunk.slice(start));
  }
  yield { text: partial.join(""), number: ++number };
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

/** A duplicate key or too-large number: where, what, and the printable path in its record. */
interface ValueFault {
  readonly position: TextPosition;
  readonly problem: JsonProblem;
  readonly path: string;
}

/** The first duplicate key or too-large number of each record of a parsed text, by record index. */
function valueFaults(
  text: string,
  parsed: unknown,
  recordOf: (path: Path) => { readonly index: number; readonly value: unknown; readonly path: Path } | undefined,
): Map<number, ValueFault> {
  const found = new Map<number, ValueFault>();
  if (!mayHideValueProblem(text, parsed)) return found;
  const issues = findJsonValueProblems(text);
  const positions = positionsAt(
    text,
    issues.map((issue) => issue.offset),
  );
  issues.forEach((issue, k) => {
    const record = recordOf(issue.path);
    if (record === undefined || found.has(record.index)) return;
    found.set(record.index, {
      position: positions[k] as TextPosition,
      problem: issue.problem,
      path: printablePath(record.value, record.path),
    });
  });
  return found;
}

/** One NDJSON line: a record, a malformed line, or nothing when it is blank. */
function readLine(text: string, file: string, line: number, index: number): RecordItem | undefined {
  if (BLANK_LINE.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Never JSON.parse's message: it quotes the line.
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    const column = positionAt(text, error.offset).column;
    return { kind: "malformed", container: "ndjson", file, index, line, column, problem: error.problem, path: "" };
  }
  const fault = valueFaults(text, value, (path) => ({ index: 0, value, path })).get(0);
  if (fault === undefined) return { kind: "record", container: "ndjson", file, index, line, value };
  return {
    kind: "malformed",
    container: "ndjson",
    file,
    index,
    line,
    column: fault.position.column,
    problem: fault.problem,
    path: fault.path,
  };
}

/** The records of a whole JSON document: an array of records, or one record. */
function* readDocument(text: string, file: string): Generator<RecordItem, void, undefined> {
  const document = parseDocument(text, file);
  const isArray = Array.isArray(document);
  const records: readonly unknown[] = isArray ? document : [document];
  const faults = valueFaults(text, document, (path) => {
    if (!isArray) return { index: 0, value: document, path };
    const [index, ...rest] = path;
    return typeof index === "number" ? { index, value: records[index], path: rest } : undefined;
  });
  const container = isArray ? "array" : "object";
  for (const [index, value] of records.entries()) {
    const fault = faults.get(index);
    if (fault === undefined) yield { kind: "record", container, file, index, value };
    else yield { kind: "malformed", container, file, index, ...fault.position, problem: fault.problem, path: fault.path };
  }
}

/**
 * The records of one source, streamed: a JSON array (read whole), NDJSON (line by line, in flat
 * memory), or one JSON object spread over several lines (read whole). The format is told from the
 * first character, and for `{` from whether the first line is a complete JSON value — or, when it
 * is not, whether the next line opens another object (NDJSON whose first line is broken, reported
 * in place like any other). Throws `InputError` for a file that cannot be read as records.
 */
async function* readRecords(chunks: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<RecordItem, void, undefined> {
  const pieces = decodeText(chunks, file);
  try {
    yield* readLines(splitLines(pieces), file);
  } finally {
    // Closes the file when the reader stops early.
    await pieces.return(undefined);
  }
}

/** The next non-blank line, with the lines read to reach it (itself included), or `undefined` at the end. */
async function nextRecordLine(lines: AsyncIterator<Line>, into: Line[]): Promise<Line | undefined> {
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) {
    into.push(next.value);
    if (!BLANK_LINE.test(next.value.text)) return next.value;
  }
  return undefined;
}

async function* readLines(lines: AsyncGenerator<Line, void, undefined>, file: string): AsyncGenerator<RecordItem, void, undefined> {
  const read: Line[] = [];
  const first = await nextRecordLine(lines, read);
  if (first === undefined) throw new InputError(cliText("file.empty", { file }));
  /** The whole text, for a JSON array or a document spread over lines. */
  const whole = async (): Promise<string> => {
    for (let next = await lines.next(); next.done !== true; next = await lines.next()) read.push(next.value);
    try {
      return read.map((line) => line.text).join("\n");
    } catch {
      // Past V8's longest string (~512 MB) only NDJSON can be read.
      throw new InputError(cliText("file.tooLarge", { file }));
    }
  };
  const at = first.text.search(JSON_SPACE);
  const opening = first.text[at];
  if (opening === "[") {
    yield* readDocument(await whole(), file);
    return;
  }
  if (opening !== "{")
    throw new InputError(cliText("file.notRecords", { file, line: first.number, column: positionAt(first.text, at).column }));

  let index = 0;
  const emit = function* (line: Line): Generator<RecordItem, void, undefined> {
    const item = readLine(line.text, file, line.number, index);
    if (item === undefined) return;
    index++;
    yield item;
  };
  const firstItem = readLine(first.text, file, first.number, index) as RecordItem;
  if (firstItem.kind === "malformed" && SYNTAX_PROBLEMS.has(firstItem.problem)) {
    const between: Line[] = [];
    const second = await nextRecordLine(lines, between);
    if (second?.text.trimStart().startsWith("{") !== true) {
      read.push(...between);
      yield* readDocument(await whole(), file);
      return;
    }
    read.length = 0;
    yield* emit(first);
    for (const line of between) yield* emit(line);
  } else {
    read.length = 0;
    yield* emit(first);
  }
  for (let next = await lines.next(); next.done !== true; next = await lines.next()) yield* emit(next.value);
}

/** Where records are read from, and the language their problems are reported in. */
export interface ReadContext {
  readonly io: Io;
  readonly locale: Locale;
}

/**
 * Every record of every source the FILE arguments name, in order, as items (record or malformed
 * line); a file that cannot be read is handed to `onFileError` and the next one is still read.
 * Anything else thrown is a bug and propagates. Waits while standard output asks it to.
 */
export async function* recordsOf(
  args: readonly string[],
  io: Io,
  onFileError: (error: InputError) => void,
): AsyncGenerator<RecordItem, void, undefined> {
  for await (const source of expandInputs(args, io)) {
    if (source instanceof InputError) {
      onFileError(source);
      continue;
    }
    try {
      for await (const item of readRecords(source.chunks(), source.name)) {
        yield item;
        // A slow reader of standard output holds the reading back, so memory stays bounded.
        const wait = writable(io.stdout);
        if (wait !== undefined) await wait;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onFileError(error);
    }
  }
}

/** Reads every record of the FILE arguments as `recordsOf` does, handing each item to `visit`. */
export async function forEachRecord(
  args: readonly string[],
  io: Io,
  visit: (item: RecordItem) => void,
  onFileError: (error: InputError) => void,
): Promise<void> {
  for await (const item of recordsOf(args, io, onFileError)) visit(item);
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
      io.stderr.write(errorLine(malformedLine(item, locale)));
    },
    (error) => {
      fileErrors++;
      io.stderr.write(errorLine(error.render(locale)));
    },
  );
  return { records, fileErrors };
}
