/**
 * The one output writer of the CLI. Every command writes its results through it: standard
 * output, streamed JSON that stays whole after an error, and files written whole or not at all.
 */
import { link, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Io, TextSink } from "../io.js";
import { cliText, errorCode, InputError } from "./errors.js";
import { printable, printableJson } from "./printable.js";

/** Writes each line to `sink`, each ended by `\n`. */
export function writeLines(sink: TextSink, lines: readonly string[]): void {
  for (const line of lines) sink.write(`${line}\n`);
}

/** A JSON array streamed one entry per line, so memory stays flat however many entries there are. */
export interface JsonArrayWriter {
  push(entry: unknown): void;
  /** Ends the array, then writes `tail` (for an array inside an object) and a newline. */
  close(tail?: string): void;
}

/** Opens a JSON array on `sink`, after `head` (e.g. `{"errors":`). */
export function jsonArrayWriter(sink: TextSink, head = ""): JsonArrayWriter {
  let count = 0;
  let closed = false;
  sink.write(`${head}[`);
  return {
    push: (entry) => {
      sink.write(`${count === 0 ? "\n" : ",\n"}${printableJson(JSON.stringify(entry))}`);
      count++;
    },
    close: (tail = "") => {
      // Closed once, even when an error ends the command after its normal end.
      if (closed) return;
      closed = true;
      sink.write(`${count > 0 ? "\n" : ""}]${tail}\n`);
    },
  };
}

/** A JSON array of `values`, one per line: the form of every JSON file the CLI writes. */
export function jsonArrayText(values: readonly unknown[]): string {
  return values.length === 0 ? "[]\n" : `[\n${values.map((value) => JSON.stringify(value)).join(",\n")}\n]\n`;
}

/** How `writeOutput` treats an existing file. */
export interface WriteOptions {
  /** Replace an existing `out`; when false, an existing `out` is an error and is left as it was. Defaults to `true`. */
  readonly replace?: boolean;
}

/** The file error a failed write of `file` means: a full disk says so. */
function notWritten(file: string, error: unknown): unknown {
  // An error of the text's producer (a FILE that cannot be read, a command stopping the write) is its own.
  if (error instanceof InputError || typeof error !== "object" || error === null || !("code" in error)) return error;
  const code = errorCode(error);
  if (code === "ENOSPC" || code === "EDQUOT") return new InputError(cliText("file.diskFull", { file }));
  if (code === "EEXIST") return new InputError(cliText("file.exists", { file }));
  return new InputError(cliText("file.notWritten", { file, code }));
}

/** Moves the finished `temporary` to `path` without replacing a file there: a hard link fails if `path` exists. */
async function linkNew(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = errorCode(error);
    // A file system without hard links: check, then rename (racy, but such a file system gives no better).
    if (
      code === "EEXIST" ||
      (await stat(path).then(
        () => true,
        () => false,
      ))
    )
      throw error;
    await rename(temporary, path);
    return;
  }
  await rm(temporary, { force: true });
}

/**
 * Writes `text` to the file `out` (relative to the working directory) whole: through a temporary
 * file beside it, readable by its owner only (0600), renamed over it — so `out` is never
 * half-written. `text` may come in pieces (an iterable, sync or async), so a large output is
 * streamed; an `InputError` thrown while producing it stops the write and is rethrown as is.
 * Without `out`, writes to standard output. Throws an `InputError` naming `out` when it cannot
 * write it (`file.diskFull` for ENOSPC, `file.exists` when `replace` is false and `out` exists).
 */
export async function writeOutput(
  io: Io,
  out: string | undefined,
  text: string | Iterable<string> | AsyncIterable<string>,
  options: WriteOptions = {},
): Promise<void> {
  if (out === undefined) {
    if (typeof text === "string") io.stdout.write(text);
    else for await (const piece of text) io.stdout.write(piece);
    return;
  }
  await writeWhole(io, out, text, options);
}

/**
 * Writes `data` to the file `out` whole, as the CLI writes every file: readable by its owner only,
 * into a temporary file beside it, then renamed over it (or linked, refusing an existing file).
 */
export async function writeWhole(
  io: Io,
  out: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
  options: WriteOptions = {},
): Promise<void> {
  const path = resolve(io.cwd, out);
  const temporary = `${path}.${Array.from(io.randomBytes(6), (b) => b.toString(16).padStart(2, "0")).join("")}.tmp`;
  try {
    await writeFile(temporary, data, { flag: "wx", mode: 0o600 });
    if (options.replace === false) await linkNew(temporary, path);
    else await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw notWritten(printable(out), error);
  }
}

/** Writes each of `files` (name → text) into the directory `dir`, created if need be, each whole. */
export async function writeFiles(io: Io, dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  try {
    await mkdir(resolve(io.cwd, dir), { recursive: true });
  } catch (error) {
    throw notWritten(printable(dir), error);
  }
  for (const [name, text] of Object.entries(files)) await writeOutput(io, join(dir, name), text);
}

/** How a record is named in output: `file #index`, with `(id …)` when it has a well-formed id. */
export function recordPlace(file: string, index: number, id: string | null): string {
  return id === null ? `${printable(file)} #${index}` : `${printable(file)} #${index} (id ${id})`;
}
