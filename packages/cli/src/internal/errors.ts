import type { JsonProblem } from "./json-syntax.js";
import type { CliMessageKey, MessageParams, Translate } from "./messages.js";

/** The exit codes of every command. */
export const EXIT = {
  /** Everything checked is fine, or help was shown. */
  ok: 0,
  /** At least one record is invalid. */
  invalid: 1,
  /** A usage error, a file that cannot be read as records, or an internal error. */
  error: 2,
} as const;

/** A mistake on the command line: printed as one line with a hint to run `--help`, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly key: CliMessageKey;
  readonly params: MessageParams;

  constructor(key: CliMessageKey, params: MessageParams = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

/** A file that cannot be read as records: printed as one line naming the file, exit 2. */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly key: CliMessageKey;
  readonly params: MessageParams;
  /** For malformed JSON: what is wrong, rendered as the message's `{problem}`. */
  readonly problem: JsonProblem | undefined;

  constructor(key: CliMessageKey, params: MessageParams, problem?: JsonProblem) {
    super(key);
    this.key = key;
    this.params = params;
    this.problem = problem;
  }
}

/** The program's name, which starts every line written to stderr. */
export const PROGRAM = "redumbrella";

/** One stderr line: the program's name, then the message. */
export function errorLine(message: string): string {
  return `${PROGRAM}: ${message}\n`;
}

/** The one-line stderr message of a file error. */
export function renderInputError(error: InputError, t: Translate): string {
  if (error.problem === undefined) return t(error.key, error.params);
  return t(error.key, { ...error.params, problem: t(`json.${error.problem}`) });
}
