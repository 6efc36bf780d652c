import { DEFAULT_LOCALE, type Issue, type Issues, type MessageParams, type Path, RedumbrellaError } from "@redumbrella/questionnaire";
import { PACK_ISSUE_MESSAGES } from "../messages.js";

/** The codes of `LegalCheckerError`: a pack whose data is wrong (`INVALID_PACK`), or a value given as a pack that is not one (`INVALID_OPTION`). */
export type LegalCheckerErrorCode = "INVALID_PACK" | "INVALID_OPTION";

/** What can be wrong in a pack's data, one code per kind of problem; `NOT_A_PACK` (of `INVALID_OPTION`) for a field missing or of another type. */
export const PACK_ISSUE_CODES = [
  "UNKNOWN_FACT",
  "UNKNOWN_LAW",
  "NEEDS_MISMATCH",
  "SCOPE_MISMATCH",
  "DUPLICATE_RULE",
  "NOT_A_PACK",
] as const;

/** A code of `PACK_ISSUE_CODES`. */
export type PackIssueCode = (typeof PACK_ISSUE_CODES)[number];

/** What is wrong in a pack's data, located in the pack (`["rules", 3, "needs"]`), its message from `PACK_ISSUE_MESSAGES`. */
export type PackIssue = Issue<PackIssueCode>;

/** A pack issue with its message rendered from `PACK_ISSUE_MESSAGES` (in English: the pack's author reads it). */
export function packIssue(code: PackIssueCode, path: Path, params: MessageParams): PackIssue {
  return { code, path, message: PACK_ISSUE_MESSAGES.format(code, params, DEFAULT_LOCALE), params };
}

/** The one error the legal checker throws: a jurisdiction pack that cannot be compiled, or a value that is no pack, with every issue. */
export class LegalCheckerError extends RedumbrellaError<LegalCheckerErrorCode, PackIssueCode> {
  override readonly name = "LegalCheckerError";
  declare readonly issues: Issues<PackIssueCode>;

  constructor(code: LegalCheckerErrorCode, issues: Issues<PackIssueCode>, options?: { readonly cause?: unknown }) {
    super(code, issues, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}
