import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Io } from "../io.js";
import { InputError } from "./errors.js";
import { type RecordItem, readRecords } from "./read-records.js";

/** A place records are read from: a file, or standard input. */
export interface Source {
  /** How the source is named in output: the path as given (joined for directory entries), or `<stdin>`. */
  readonly name: string;
  /** Its bytes, in chunks; a read error is thrown as an `InputError`. */
  readonly chunks: () => AsyncIterable<Uint8Array | string>;
}

/** Whether a directory entry holds records: `*.json` and `*.ndjson`, but not test expectations. */
function isRecordFileName(name: string): boolean {
  return (name.endsWith(".json") || name.endsWith(".ndjson")) && !name.endsWith(".expect.json");
}

/** The file error that a failed `stat`, `readdir` or read means. */
function fileError(file: string, error: unknown): InputError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("file.notFound", { file });
  if (code === "EACCES" || code === "EPERM") return new InputError("file.permissionDenied", { file });
  return new InputError("file.unreadable", { file, code });
}

async function* readFileChunks(path: string, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Uint8Array;
  } catch (error) {
    throw fileError(name, error);
  }
}

const fileSource = (path: string, name: string): Source => ({ name, chunks: () => readFileChunks(path, name) });

/**
 * The sources FILE arguments name, in order: `-` is standard input, a directory is its record files
 * sorted by name. An argument that cannot be used yields an `InputError` in its place, so the
 * others are still checked.
 */
export async function* expandInputs(
  args: readonly string[],
  io: Io,
  stdinName: string,
): AsyncGenerator<Source | InputError> {
  for (const arg of args) {
    if (arg === "-") {
      yield { name: stdinName, chunks: () => io.stdin };
      continue;
    }
    const path = resolve(io.cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield fileError(arg, error);
      continue;
    }
    if (!isDirectory) {
      yield fileSource(path, arg);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(path)).filter(isRecordFileName).sort();
    } catch (error) {
      yield fileError(arg, error);
      continue;
    }
    const files: Source[] = [];
    for (const name of names) {
      // Follows symlinks; skips subdirectories that happen to be named *.json.
      const isFile = await stat(join(path, name)).then((s) => s.isFile(), () => false);
      if (isFile) files.push(fileSource(join(path, name), join(arg, name)));
    }
    if (files.length === 0) yield new InputError("file.emptyDirectory", { file: arg });
    yield* files;
  }
}

/**
 * Reads every record of every source the FILE arguments name, in order, handing each to `visit`;
 * a file that cannot be read is handed to `onFileError` and the next one is still read. Anything
 * else thrown is a bug and propagates.
 */
export async function forEachRecord(
  args: readonly string[],
  io: Io,
  stdinName: string,
  visit: (item: RecordItem, file: string) => void,
  onFileError: (error: InputError) => void,
): Promise<void> {
  for await (const source of expandInputs(args, io, stdinName)) {
    if (source instanceof InputError) {
      onFileError(source);
      continue;
    }
    try {
      for await (const item of readRecords(source.chunks(), source.name)) visit(item, source.name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onFileError(error);
    }
  }
}
