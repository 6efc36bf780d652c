import type { MessageLocale } from "@redumbrella/questionnaire";
import type { Command } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import { COMMON_OPTIONS, localeOf, readArgs, tokenize, wantsHelp } from "./internal/args.js";
import { EXIT, errorLine, PROGRAM, UsageError } from "./internal/errors.js";
import { commandHelp, mainHelp } from "./internal/help.js";
import { translator } from "./internal/messages.js";
import type { Io } from "./io.js";

/** What the error report needs to know of a command line read so far. */
interface DispatchState {
  locale: MessageLocale;
  command?: Command;
}

/** Runs one command line against the table: help, a usage error, or the command's exit code. */
async function dispatch(argv: readonly string[], io: Io, state: DispatchState): Promise<number> {
  const top = tokenize(argv, COMMON_OPTIONS);
  state.locale = localeOf(top);
  const name = top.find((token) => token.kind === "positional");
  if (name === undefined) {
    if (wantsHelp(top)) {
      io.stdout.write(mainHelp(COMMANDS, translator(state.locale)));
      return EXIT.ok;
    }
    readArgs(top, COMMON_OPTIONS);
    throw new UsageError("usage.noCommand");
  }
  // Before the command name, only the common options.
  readArgs(top.filter((token) => token.index < name.index), COMMON_OPTIONS);
  const command = COMMANDS.find((candidate) => candidate.name === name.value);
  if (command === undefined) throw new UsageError("usage.unknownCommand", { name: name.value });
  state.command = command;

  const table = { ...command.options, ...COMMON_OPTIONS };
  const tokens = tokenize([...argv.slice(0, name.index), ...argv.slice(name.index + 1)], table);
  state.locale = localeOf(tokens);
  const t = translator(state.locale);
  if (wantsHelp(tokens)) {
    io.stdout.write(commandHelp(command, t));
    return EXIT.ok;
  }
  const { values, positionals } = readArgs(tokens, table);
  const { min, max = Number.POSITIVE_INFINITY } = command.positionals;
  if (positionals.length < min) throw new UsageError("usage.missingArgument", { name: t(command.positionals.name) });
  const extra = positionals[max];
  if (extra !== undefined) throw new UsageError("usage.unexpectedArgument", { value: extra });
  return await command.run({ args: positionals, options: values, locale: state.locale, t, io, commands: COMMANDS });
}

/**
 * Runs the `redumbrella` command line `argv` (without `node` and the script) and returns the exit
 * code: 0 success, 1 invalid records, 2 usage, file or internal error. Never throws, never touches
 * `process`: everything goes through `io`.
 *
 * @example
 * const code = await run(["validate", "records.ndjson", "--lang", "ru"], {
 *   stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(),
 * });
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const state: DispatchState = { locale: "en" };
  try {
    return await dispatch(argv, io, state);
  } catch (error) {
    const t = translator(state.locale);
    if (error instanceof UsageError) {
      const help = state.command === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${state.command.name} --help`;
      io.stderr.write(errorLine(`${t(error.key, error.params)} ${t("usage.hint", { help })}`));
      return EXIT.error;
    }
    // Only the error's name: its message or stack could quote a record.
    const name = error instanceof Error ? error.name : typeof error;
    io.stderr.write(errorLine(t("error.internal", { name })));
    return EXIT.error;
  }
}
