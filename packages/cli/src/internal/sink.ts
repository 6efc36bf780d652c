/**
 * The CLI's side of its output streams: it waits when a slow reader asks it to (backpressure), and
 * turns a failed write — a full disk above all — into one clear line and exit 2.
 */
import type { Io, TextSink } from "../io.js";
import { localeOf, MAIN_OPTIONS, tokenize } from "./args.js";
import { cliText, errorCode, errorLine, OutputError } from "./errors.js";

/** How standard output is named in messages, in every language (as `<stdin>` for standard input). */
export const STDOUT_NAME = "<stdout>";

// For each guarded sink, the wait its target asked for, until its "drain".
const waits = new WeakMap<TextSink, Promise<void>>();

/** The error a failed write to `name` means: a full disk says so. */
export function writeError(name: string, error: unknown): OutputError {
  const code = errorCode(error);
  return new OutputError(
    code === "ENOSPC" || code === "EDQUOT" ? cliText("file.diskFull", { file: name }) : cliText("file.notWritten", { file: name, code }),
  );
}

/** `sink` guarded: a write that throws becomes an `OutputError`, and a `false` from `write` is remembered until `"drain"`. */
export function guardSink(sink: TextSink, name: string): TextSink {
  const guarded: TextSink = {
    write: (text) => {
      // biome-ignore lint/suspicious/noConfusingVoidType: what TextSink.write returns.
      let accepted: boolean | void;
      try {
        accepted = sink.write(text);
      } catch (error) {
        // A system error (ENOSPC, EIO…) is the output's; anything else is a bug, reported as one.
        if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") throw writeError(name, error);
        throw error;
      }
      if (accepted === false && sink.once !== undefined && !waits.has(guarded)) {
        // Listened for at once: the drain may come while the reader awaits its next chunk.
        waits.set(
          guarded,
          new Promise((resolve) => {
            sink.once?.("drain", () => {
              waits.delete(guarded);
              resolve();
            });
          }),
        );
      }
      return accepted;
    },
  };
  return guarded;
}

/** `io` with its standard output guarded (see `guardSink`); standard error is left as is, it is written a line at a time. */
export function guardIo(io: Io): Io {
  const stdout = guardSink(io.stdout, STDOUT_NAME);
  return {
    stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    env: io.env,
    randomBytes: (n) => io.randomBytes(n),
    // A getter, like bin.ts's: standard input is opened only when read.
    get stdin() {
      return io.stdin;
    },
  };
}

/** Resolves once `sink` can take more, or at once when it never asked to wait. */
export function writable(sink: TextSink): Promise<void> | undefined {
  return waits.get(sink);
}

/** The stderr line for an asynchronous error of standard output (`bin.ts`), in the language of `argv`. */
export function outputFailureLine(argv: readonly string[], error: unknown): string {
  return errorLine(writeError(STDOUT_NAME, error).render(localeOf(tokenize(argv, MAIN_OPTIONS))));
}
