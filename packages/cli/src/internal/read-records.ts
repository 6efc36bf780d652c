import { InputError } from "./errors.js";
import { findJsonSyntaxError, type JsonProblem, positionAt } from "./json-syntax.js";

/** One record read from a source, or an NDJSON line that is not JSON. */
export type RecordItem =
  | {
      readonly kind: "record";
      /** 0-based, in file order (blank NDJSON lines are not records). */
      readonly index: number;
      /** The NDJSON line it was on; absent for a JSON array or document. */
      readonly line?: number;
      readonly value: unknown;
    }
  | {
      readonly kind: "malformed";
      readonly index: number;
      readonly line: number;
      readonly column: number;
      readonly problem: JsonProblem;
    };

/** How far a NUL byte marks a file as binary. */
const BINARY_SNIFF_BYTES = 8192;
const encoder = new TextEncoder();

/** Strict UTF-8 text of a byte stream; throws "not a text file" on a NUL early on or on invalid UTF-8. */
async function* decodeText(chunks: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const binary = (): InputError => new InputError("file.binary", { file });
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
    throw new InputError("file.tooLarge", { file });
  }
}

/** Parses a whole JSON document, or throws a file error at the line and column where it goes wrong. */
function parseDocument(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Never JSON.parse's message: it quotes the text, which may be a record.
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    throw new InputError("file.malformedJson", { file, ...positionAt(text, error.offset) }, error.problem);
  }
}

/** One NDJSON line: a record, a malformed line, or nothing when it is blank. */
function readLine(text: string, line: number, index: number): RecordItem | undefined {
  if (BLANK_LINE.test(text)) return undefined;
  try {
    return { kind: "record", index, line, value: JSON.parse(text) };
  } catch {
    const error = findJsonSyntaxError(text) ?? { offset: 0, problem: "unexpectedCharacter" as const };
    return { kind: "malformed", index, line, column: positionAt(text, error.offset).column, problem: error.problem };
  }
}

/**
 * The records of one source, streamed: a JSON array (read whole), NDJSON (line by line, in flat
 * memory), or one JSON object spread over several lines (read whole). The format is told from the
 * first character, and for `{` from whether the first line is a complete JSON value. Throws
 * `InputError` for a file that cannot be read as records.
 */
export async function* readRecords(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
): AsyncGenerator<RecordItem, void, undefined> {
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
    if (next.done === true) throw new InputError("file.empty", { file });
    buffer += next.value;
    first = buffer.search(JSON_SPACE);
  }
  const opening = buffer[first];
  if (opening === "[") {
    const records = parseDocument(await readAll(buffer, pieces, file), file) as unknown[];
    for (const [index, value] of records.entries()) yield { kind: "record", index, value };
    return;
  }
  if (opening !== "{") throw new InputError("file.notRecords", { file, ...positionAt(buffer, first) });

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
    yield { kind: "record", index: 0, value: parseDocument(await readAll(buffer, pieces, file), file) };
    return;
  }
  yield { kind: "record", index: 0, line: lineNumber, value };
  if (newline === -1) return;

  let index = 1;
  let rest = buffer.slice(newline + 1);
  buffer = "";
  searchFrom = 0;
  for (;;) {
    let start = 0;
    for (let nl = rest.indexOf("\n", searchFrom); nl !== -1; nl = rest.indexOf("\n", start)) {
      lineNumber++;
      const item = readLine(rest.slice(start, nl), lineNumber, index);
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
  const item = readLine(rest, lineNumber + 1, index);
  if (item !== undefined) yield item;
}
