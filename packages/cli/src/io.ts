/** Somewhere text is written to: `process.stdout`, or a string buffer in tests. */
export interface TextSink {
  /** Writes `text` as is; the CLI ends its own lines with `\n`. */
  write(text: string): void;
}

/**
 * Everything `run` reads and writes instead of `process`: the standard streams and the working
 * directory. `bin.ts` passes the real ones; tests pass in-memory ones.
 *
 * @example
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
