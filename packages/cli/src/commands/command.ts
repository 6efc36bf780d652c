import type { Locale, Messages } from "@redumbrella/questionnaire";
import type { CliMessageKey, Translate } from "../internal/messages.js";
import type { Io } from "../io.js";

/** One option of a command, its help texts keys of `TKey` or of the shared catalogue: a flag, or an option that takes a value. */
export type OptionSpec<TKey extends string = string> =
  | { readonly type: "boolean"; readonly short?: string; readonly description: TKey | CliMessageKey }
  | {
      readonly type: "string";
      readonly short?: string;
      /** How the value is shown in help, e.g. `YYYY-MM-DD`. */
      readonly valueName: TKey | CliMessageKey;
      readonly description: TKey | CliMessageKey;
    };

/** The options of a command, by long name (`json` is `--json`). */
export type OptionTable<TKey extends string = string> = Readonly<Record<string, OptionSpec<TKey>>>;

/** The value of one option once given: `true` for a flag, the string for an option with a value. */
export type OptionValue<TSpec extends OptionSpec> = TSpec extends { readonly type: "boolean" } ? true : string;

/** The parsed values of an option table; an option not given is absent. */
export type OptionValues<TOptions extends OptionTable> = {
  readonly [K in keyof TOptions]?: OptionValue<TOptions[K]>;
};

/** The positional arguments of a command: their name in help and how many are allowed. */
export interface PositionalSpec<TKey extends string = string> {
  readonly name: TKey | CliMessageKey;
  readonly min: number;
  /** Defaults to no limit. */
  readonly max?: number;
}

/** What a command's handler gets: its arguments, options, language, renderer and the io. */
export interface CommandContext<TOptions extends OptionTable, TKey extends string> {
  readonly args: readonly string[];
  readonly options: OptionValues<TOptions>;
  readonly locale: Locale;
  /** Renders the command's own messages and the shared ones in `locale`. */
  readonly t: Translate<TKey>;
  readonly io: Io;
  /** The whole command table, for `help`. */
  readonly commands: readonly Command[];
}

/** A command as data: its name, its message catalogue, help texts (keys of it), arguments, options and handler. */
export interface CommandSpec<TOptions extends OptionTable, TKey extends string> {
  readonly name: string;
  /** The command's own messages, in every locale. */
  readonly messages: Messages<TKey>;
  /** One line for the list of commands. */
  readonly summary: TKey;
  /** The usage line, e.g. `redumbrella validate FILE... [--json]`. */
  readonly synopsis: TKey;
  readonly description: TKey | CliMessageKey;
  /** Paragraphs printed at the end of the command's help. Defaults to none. */
  readonly notes?: readonly (TKey | CliMessageKey)[];
  readonly positionals: PositionalSpec<TKey>;
  /** The command's own options; `--help` and `--lang` are added to every command. */
  readonly options: TOptions;
  /** Runs the command and returns its exit code; throws `UsageError` for a usage mistake. */
  readonly run: (context: CommandContext<TOptions, TKey>) => Promise<number>;
}

/** A command of the table, its option and message types erased. */
export type Command = CommandSpec<OptionTable, string>;

/** Declares a command, typing its help keys from its catalogue and its handler's options from its option table. */
export function defineCommand<TKey extends string, const TOptions extends OptionTable<TKey>>(spec: CommandSpec<TOptions, TKey>): Command {
  // The table holds commands of different option types: `run` reads only what `readArgs` checked against `options`.
  return spec as unknown as Command;
}
