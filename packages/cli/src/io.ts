/**
 * Somewhere text is written to: `process.stdout`, or a string buffer in tests. A sink that can
 * be slower than the CLI (a pipe, a terminal) says so as a Node stream does: `write` returns
 * `false` once its buffer is full, and `once("drain")` calls back when it can take more; the CLI
 * then waits before reading further records, so its memory stays bounded.
 */
export interface TextSink {
  /** Writes `text` as is; the CLI ends its own lines with `\n`. May return `false` to ask the CLI to wait for `"drain"`. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a sink that returns nothing (`write: () => {}`) must still fit.
  write(text: string): boolean | void;
  /** Calls `listener` once, when the sink can take more after `write` returned `false`. Optional: without it the CLI never waits. */
  once?(event: "drain", listener: () => void): unknown;
}

/**
 * Everything `run` reads and writes instead of `process`: the standard streams and the working
 * directory. `bin.ts` passes the real ones; tests pass in-memory ones.
 *
 * @example
 * import { Readable } from "node:stream";
 * import { type Io, run } from "@redumbrella/cli";
 *
 * let out = "";
 * const io: Io = {
 *   stdout: { write: (s) => void (out += s) },
 *   stderr: { write: () => {} },
 *   stdin: Readable.from([]),
 *   cwd: "/data",
 *   env: {},
 *   randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
 * };
 * const code = await run(["validate", "records.ndjson", "--json"], io);
 */
export interface Io {
  /** Results: report lines, the summary, the `--json` document, help. */
  readonly stdout: TextSink;
  /** Usage, file and internal errors, one line each. */
  readonly stderr: TextSink;
  /** Standard input as bytes (or text), read only when a FILE is `-`; `process.stdin` fits. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** The directory relative FILE paths are resolved against. */
  readonly cwd: string;
  /** The environment variables (`REDUMBRELLA_KEY` for `anonymise`); `process.env` fits. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `n` cryptographically random bytes (a run's release key, temporary file names). */
  readonly randomBytes: (n: number) => Uint8Array;
}
