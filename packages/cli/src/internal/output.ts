/**
 * The one output writer of the CLI. Every command writes its results through it: standard
 * output, streamed JSON that stays whole after an error, and files written whole or not at all.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Io, TextSink } from "../io.js";
import { cliText, errorCode, InputError } from "./errors.js";

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
      sink.write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}`);
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

/**
 * Writes `text` to the file `out` (relative to the working directory) whole: through a temporary
 * file beside it, readable by its owner only, renamed over it — so `out` is never half-written.
 * Without `out`, writes to standard output. Throws an `InputError` naming `out` when it cannot.
 */
export async function writeOutput(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, out);
  const temporary = `${path}.${Array.from(io.randomBytes(6), (b) => b.toString(16).padStart(2, "0")).join("")}.tmp`;
  try {
    await writeFile(temporary, text, { flag: "wx", mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(cliText("file.notWritten", { file: out, code: errorCode(error) }));
  }
}

/** Writes each of `files` (name → text) into the directory `dir`, created if need be, each whole. */
export async function writeFiles(io: Io, dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  try {
    await mkdir(resolve(io.cwd, dir), { recursive: true });
  } catch (error) {
    throw new InputError(cliText("file.notWritten", { file: dir, code: errorCode(error) }));
  }
  for (const [name, text] of Object.entries(files)) await writeOutput(io, join(dir, name), text);
}

/** How a record is named in output: `file #index`, with `(id …)` when it has a well-formed id. */
export function recordPlace(file: string, index: number, id: string | null): string {
  return id === null ? `${file} #${index}` : `${file} #${index} (id ${id})`;
}
