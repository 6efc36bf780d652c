import { type Issue, type Issues, RedumbrellaError } from "@redumbrella/questionnaire";
import { RELEASE_MESSAGES } from "./messages.js";

/** What can be wrong with the arguments of `anonymise`, a closed list. */
export const ANONYMISE_ISSUE_CODES = [
  "NOT_AN_ARRAY",
  "KEY_NOT_BYTES",
  "KEY_TOO_SHORT",
  "INVALID_DATE",
  "INVALID_K",
  "INVALID_MAX_SUPPRESSION",
  "INVALID_L",
  "NO_SENSITIVE_FIELDS",
  "NOT_SENSITIVE",
  "INVALID_KEEP_TEXT",
  "INVALID_LEDGER",
  "LEDGER_OTHER_KEY",
  "AS_OF_BEFORE_WITHDRAWAL",
  "CRYPTO_UNAVAILABLE",
] as const;

/** A code of `ANONYMISE_ISSUE_CODES`. */
export type AnonymiseIssueCode = (typeof ANONYMISE_ISSUE_CODES)[number];

/**
 * One problem with the arguments of `anonymise`, at the option it concerns (e.g.
 * `["lDiversity", "fields", 1]`; `[]` for the records argument). The message is in English;
 * `RELEASE_MESSAGES.format(\`issue.${code}\`, params, locale)` gives it in another language.
 */
export type AnonymiseIssue = Issue<AnonymiseIssueCode>;

/**
 * The problem with the call as a whole: bad arguments (a ledger that is not one, or kept under
 * another key, included), a day before a withdrawal recorded in the data took effect, or no
 * WebCrypto to pseudonymise with.
 */
export type AnonymiseErrorCode = "INVALID_OPTIONS" | "AS_OF_BEFORE_WITHDRAWAL" | "CRYPTO_UNAVAILABLE";

/** The issue as `AnonymiseError` takes it: the message is filled in from the catalogue. */
export type IssueInput = Omit<AnonymiseIssue, "message">;

/**
 * The error `anonymise` rejects with when it cannot run at all: every issue with its arguments
 * (a key shorter than 96 bits, k below 2, a field that is not sensitive, a ledger of another key…),
 * an `asOf` before a withdrawal recorded in the records took effect, or no WebCrypto. Records
 * otherwise never cause it: an invalid or unconsented record is excluded and counted.
 */
export class AnonymiseError extends RedumbrellaError<AnonymiseErrorCode, AnonymiseIssueCode> {
  override readonly name = "AnonymiseError";
  declare readonly issues: Issues<AnonymiseIssueCode>;

  constructor(code: AnonymiseErrorCode, issues: readonly [IssueInput, ...IssueInput[]], options?: { readonly cause?: unknown }) {
    const located = issues.map(
      (issue): AnonymiseIssue => ({ ...issue, message: RELEASE_MESSAGES.format(`issue.${issue.code}`, issue.params, "en") }),
    );
    const first = located[0] as AnonymiseIssue;
    const more = located.length > 1 ? ` (and ${located.length - 1} more)` : "";
    super(code, located, { message: `${first.message}${more}`, ...(options?.cause === undefined ? {} : { cause: options.cause }) });
  }
}
