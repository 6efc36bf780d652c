#!/usr/bin/env node
import { outputFailureLine } from "./internal/sink.js";
import { run } from "./run.js";

const argv = process.argv.slice(2);
// A reader that closed the pipe early (`| head`) is no reason for a stack trace: stop quietly,
// with the status of a process killed by SIGPIPE (128 + 13), as other Unix tools do. Any other
// failure of standard output (a full disk: ENOSPC) is said in one line, exit 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(141);
    if (stream === process.stdout) process.stderr.write(outputFailureLine(argv, error));
    process.exit(2);
  });
}

process.exitCode = await run(argv, {
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
