import type { Io } from "../io.js";
import { run } from "../run.js";

/** What one in-memory run printed, and its exit code. */
export interface RunOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An `Io` that keeps everything in memory, for tests: stdin is the given chunks. */
export function memoryIo(
  cwd: string,
  stdin: readonly (Uint8Array | string)[] = [],
  env: Readonly<Record<string, string>> = {},
): { io: Io; output: () => Omit<RunOutput, "code"> } {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    stdin: (async function* () {
      yield* stdin;
    })(),
    cwd,
    env,
    randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** Runs the CLI in-process with an in-memory io. */
export async function runInMemory(
  argv: readonly string[],
  cwd: string,
  stdin?: readonly (Uint8Array | string)[],
  env?: Readonly<Record<string, string>>,
): Promise<RunOutput> {
  const { io, output } = memoryIo(cwd, stdin, env);
  const code = await run(argv, io);
  return { code, ...output() };
}
