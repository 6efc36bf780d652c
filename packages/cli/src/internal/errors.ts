import { type Locale, type MessageParams, type Messages, RedumbrellaError } from "@redumbrella/questionnaire";
import type { JsonProblem } from "./json-syntax.js";
import { CLI_MESSAGES, type CliMessageKey } from "./messages.js";
import { printable } from "./printable.js";

/** The exit codes of every command. */
export const EXIT = {
  /** Everything checked is fine, or help was shown. */
  ok: 0,
  /** At least one record (or line) is invalid. */
  invalid: 1,
  /** A usage error, a file that cannot be read or written, or an internal error. */
  error: 2,
} as const;

/** The codes of the CLI's errors. */
export type CliErrorCode = "USAGE" | "INPUT" | "OUTPUT";

/**
 * A message of the CLI that an error carries: its catalogue, key and params, so it is rendered
 * in the user's language when printed. Params are option values and file names, never a record.
 */
export interface CliText<TKey extends string = string> {
  readonly messages: Messages<TKey>;
  readonly key: TKey;
  readonly params?: MessageParams;
}

/** A maker of error texts from `messages`: `texts(CONSENT_MESSAGES)("consent.usage.missingUse")`. */
export function texts<TKey extends string>(messages: Messages<TKey>): (key: TKey, params?: MessageParams) => CliText<TKey> {
  return (key, params) => (params === undefined ? { messages, key } : { messages, key, params });
}

/** A text of the shared messages, for an error. */
export const cliText: (key: CliMessageKey, params?: MessageParams) => CliText<CliMessageKey> = texts(CLI_MESSAGES);

/** Renders the text of an error in `locale`: `{problem}` is what is wrong with a JSON text. */
function render(text: CliText, locale: Locale, problem: JsonProblem | undefined): string {
  const params = problem === undefined ? text.params : { ...text.params, problem: CLI_MESSAGES.format(`json.${problem}`, {}, locale) };
  return text.messages.format(text.key, params, locale);
}

/** The base of the CLI's errors: one located issue whose code is the message key; its message is English. */
abstract class CliError extends RedumbrellaError<CliErrorCode> {
  readonly text: CliText;
  /** For malformed JSON: what is wrong, rendered as the message's `{problem}`. */
  readonly problem: JsonProblem | undefined;

  constructor(code: CliErrorCode, text: CliText, problem?: JsonProblem) {
    const message = render(text, "en", problem);
    super(code, [{ code: text.key, path: [], message, ...(text.params === undefined ? {} : { params: text.params }) }], { message });
    this.text = text;
    this.problem = problem;
  }

  /** The one line printed on stderr, in `locale`. */
  render(locale: Locale): string {
    return render(this.text, locale, this.problem);
  }
}

/** A mistake on the command line: printed as one line with a hint to run `--help`, exit 2. */
export class UsageError extends CliError {
  override readonly name = "UsageError";

  constructor(text: CliText) {
    super("USAGE", text);
  }
}

/** A file that cannot be read as records, or written: printed as one line naming the file, exit 2. */
export class InputError extends CliError {
  override readonly name = "InputError";

  constructor(text: CliText, problem?: JsonProblem) {
    super("INPUT", text, problem);
  }
}

/** Standard output cannot be written (a full disk, a closed file): printed as one line, exit 2. */
export class OutputError extends CliError {
  override readonly name = "OutputError";

  constructor(text: CliText) {
    super("OUTPUT", text);
  }
}

/** The program's name, which starts every line written to stderr. */
export const PROGRAM = "redumbrella";

/** One stderr line: the program's name, then the message, its control characters escaped (it may name a file). */
export function errorLine(message: string): string {
  return `${PROGRAM}: ${printable(message)}\n`;
}

/** The code of a failed file operation (`ENOENT`…), `EIO` when it has none. */
export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";
}

/** The file error that a failed `stat`, `readdir` or read of `file` means. */
export function readError(file: string, error: unknown): InputError {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError(cliText("file.notFound", { file }));
  if (code === "EACCES" || code === "EPERM") return new InputError(cliText("file.permissionDenied", { file }));
  return new InputError(cliText("file.unreadable", { file, code }));
}
