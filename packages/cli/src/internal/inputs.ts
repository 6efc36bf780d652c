import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Io } from "../io.js";
import { cliText, InputError, readError } from "./errors.js";

/** How standard input is named in output, in every language. */
const STDIN_NAME = "<stdin>";

/** A place records are read from: a file, or standard input. */
export interface Source {
  /** How the source is named in output: the path as given (joined for directory entries), or `<stdin>`. */
  readonly name: string;
  /** The absolute path of a file; absent for standard input. */
  readonly path?: string;
  /** Its bytes, in chunks; a read error is thrown as an `InputError`. */
  readonly chunks: () => AsyncIterable<Uint8Array | string>;
}

/** Whether a directory entry holds records: `*.json` and `*.ndjson`, but not test expectations. */
function isRecordFileName(name: string): boolean {
  return (name.endsWith(".json") || name.endsWith(".ndjson")) && !name.endsWith(".expect.json");
}

async function* readFileChunks(path: string, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Uint8Array;
  } catch (error) {
    throw readError(name, error);
  }
}

const fileSource = (path: string, name: string): Source => ({ name, path, chunks: () => readFileChunks(path, name) });

/**
 * Whether writing `out` would replace one of the inputs `args` name: the same path, or the same
 * file reached through another path or a link (same device and inode).
 */
export async function isInput(args: readonly string[], out: string, io: Io): Promise<boolean> {
  const outPath = resolve(io.cwd, out);
  const outStat = await stat(outPath).catch(() => undefined);
  for await (const source of expandInputs(args, io)) {
    if (source instanceof InputError || source.path === undefined) continue;
    if (source.path === outPath) return true;
    if (outStat === undefined) continue;
    const inStat = await stat(source.path).catch(() => undefined);
    if (inStat !== undefined && inStat.dev === outStat.dev && inStat.ino === outStat.ino) return true;
  }
  return false;
}

/**
 * The sources FILE arguments name, in order: `-` is standard input, a directory is its record files
 * sorted by name. An argument that cannot be used yields an `InputError` in its place, so the
 * others are still checked.
 */
export async function* expandInputs(args: readonly string[], io: Io): AsyncGenerator<Source | InputError> {
  for (const arg of args) {
    if (arg === "-") {
      yield { name: STDIN_NAME, chunks: () => io.stdin };
      continue;
    }
    const path = resolve(io.cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield readError(arg, error);
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
      yield readError(arg, error);
      continue;
    }
    const files: Source[] = [];
    for (const name of names) {
      // Follows symlinks; skips subdirectories that happen to be named *.json.
      const isFile = await stat(join(path, name)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (isFile) files.push(fileSource(join(path, name), join(arg, name)));
    }
    if (files.length === 0) yield new InputError(cliText("file.emptyDirectory", { file: arg }));
    yield* files;
  }
}
