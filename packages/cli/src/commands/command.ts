import type { MessageLocale } from "@redumbrella/questionnaire";
import type { Io } from "../io.js";
import type { CliMessageKey, Translate } from "../internal/messages.js";

/** One option of a command: a flag, or an option that takes a value. */
export type OptionSpec =
  | { readonly type: "boolean"; readonly short?: string; readonly description: CliMessageKey }
  | {
      readonly type: "string";
      readonly short?: string;
      /** How the value is shown in help, e.g. `YYYY-MM-DD`. */
      readonly valueName: CliMessageKey;
      readonly description: CliMessageKey;
    };

/** The options of a command, by long name (`json` is `--json`). */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The value of one option once given: `true` for a flag, the string for an option with a value. */
export type OptionValue<TSpec extends OptionSpec> = TSpec extends { readonly type: "boolean" } ? true : string;

/** The parsed values of an option table; an option not given is absent. */
export type OptionValues<TOptions extends OptionTable> = {
  readonly [K in keyof TOptions]?: OptionValue<TOptions[K]>;
};

/** The positional arguments of a command: their name in help and how many are allowed. */
export interface PositionalSpec {
  readonly name: CliMessageKey;
  readonly min: number;
  /** Defaults to no limit. */
  readonly max?: number;
}

/** What a command's handler gets: its arguments, options, language and the io. */
export interface CommandContext<TOptions extends OptionTable> {
  readonly args: readonly string[];
  readonly options: OptionValues<TOptions>;
  readonly locale: MessageLocale;
  readonly t: Translate;
  readonly io: Io;
  /** The whole command table, for `help`. */
  readonly commands: readonly Command[];
}

/** A command as data: name, help texts (catalogue keys), arguments, options, and its handler. */
export interface CommandSpec<TOptions extends OptionTable> {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: CliMessageKey;
  /** The usage line, e.g. `redumbrella validate FILE... [--json]`. */
  readonly synopsis: CliMessageKey;
  readonly description: CliMessageKey;
  /** Lines printed at the end of the command's help. Defaults to none. */
  readonly notes?: readonly CliMessageKey[];
  readonly positionals: PositionalSpec;
  /** The command's own options; `--help` and `--lang` are added to every command. */
  readonly options: TOptions;
  /** Runs the command and returns its exit code; throws `UsageError` for a usage mistake. */
  readonly run: (context: CommandContext<TOptions>) => Promise<number>;
}

/** A command of the table, its option types erased. */
export type Command = CommandSpec<OptionTable>;

/** Declares a command, typing its handler's options from its option table. */
export function defineCommand<const TOptions extends OptionTable>(spec: CommandSpec<TOptions>): Command {
  return spec as unknown as Command;
}
