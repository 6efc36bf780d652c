import { DEFAULT_LOCALE, type Locale } from "@redumbrella/questionnaire";
import type { Command } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import { COMMON_OPTIONS, hasFlag, localeOf, MAIN_OPTIONS, readArgs, tokenize } from "./internal/args.js";
import { cliText, EXIT, errorLine, OutputError, PROGRAM, UsageError } from "./internal/errors.js";
import { commandHelp, mainHelp } from "./internal/help.js";
import { translator } from "./internal/messages.js";
import { writeOutput } from "./internal/output.js";
import { guardIo } from "./internal/sink.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

/** What the error report needs to know of a command line read so far. */
interface DispatchState {
  locale: Locale;
  command?: Command;
}

/** Runs one command line against the table: help, the version, a usage error, or the command's exit code. */
async function dispatch(argv: readonly string[], io: Io, state: DispatchState): Promise<number> {
  const top = tokenize(argv, MAIN_OPTIONS);
  state.locale = localeOf(top);
  const name = top.find((token) => token.kind === "positional");
  // Before the command name, only the options of `redumbrella` itself.
  const before = name === undefined ? top : top.filter((token) => token.index < name.index);
  if (hasFlag(before, "help") && name === undefined) {
    await writeOutput(io, undefined, mainHelp(COMMANDS, state.locale));
    return EXIT.ok;
  }
  if (hasFlag(before, "version")) {
    await writeOutput(io, undefined, `${PROGRAM} ${VERSION}\n`);
    return EXIT.ok;
  }
  readArgs(before, MAIN_OPTIONS);
  if (name === undefined) throw new UsageError(cliText("usage.noCommand"));
  const command = COMMANDS.find((candidate) => candidate.name === name.value);
  if (command === undefined) throw new UsageError(cliText("usage.unknownCommand", { name: name.value }));
  state.command = command;

  const table = { ...command.options, ...COMMON_OPTIONS };
  const tokens = tokenize([...argv.slice(0, name.index), ...argv.slice(name.index + 1)], table);
  state.locale = localeOf(tokens);
  if (hasFlag(tokens, "help")) {
    await writeOutput(io, undefined, commandHelp(command, state.locale));
    return EXIT.ok;
  }
  const { values, positionals } = readArgs(tokens, table);
  const t = translator(state.locale, command.messages);
  const { min, max = Number.POSITIVE_INFINITY } = command.positionals;
  if (positionals.length < min) throw new UsageError(cliText("usage.missingArgument", { name: t(command.positionals.name) }));
  const extra = positionals[max];
  if (extra !== undefined) throw new UsageError(cliText("usage.unexpectedArgument", { value: extra }));
  if (positionals.filter((arg) => arg === "-").length > 1) throw new UsageError(cliText("usage.stdinTwice"));
  return await command.run({ args: positionals, options: values, locale: state.locale, t, io, commands: COMMANDS });
}

/**
 * Runs the `redumbrella` command line `argv` (without `node` and the script) and returns the exit
 * code: 0 success, 1 invalid records, 2 usage, file or internal error. Never throws, never touches
 * `process`: everything goes through `io`.
 *
 * @example
 * import { run } from "@redumbrella/cli";
 *
 * const code = await run(["validate", "records.ndjson", "--lang", "kk"], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   stdin: process.stdin,
 *   cwd: process.cwd(),
 *   env: process.env,
 *   randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
 * });
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const state: DispatchState = { locale: DEFAULT_LOCALE };
  try {
    return await dispatch(argv, guardIo(io), state);
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr.write(errorLine(error.render(state.locale)));
      return EXIT.error;
    }
    if (error instanceof UsageError) {
      const help = state.command === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${state.command.name} --help`;
      io.stderr.write(errorLine(`${error.render(state.locale)} ${translator(state.locale)("usage.hint", { help })}`));
      return EXIT.error;
    }
    // Only the error's name: its message or stack could quote a record.
    const name = error instanceof Error ? error.name : typeof error;
    io.stderr.write(errorLine(translator(state.locale)("error.internal", { name })));
    return EXIT.error;
  }
}
