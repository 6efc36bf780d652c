#!/usr/bin/env node
import { run } from "./run.js";

// A reader that closed the pipe early (`| head`) is no reason for a stack trace: stop quietly,
// with the status of a process killed by SIGPIPE (128 + 13), as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 141 : 2));
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: process.stdin is only opened when a FILE is `-`.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
  randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
});
