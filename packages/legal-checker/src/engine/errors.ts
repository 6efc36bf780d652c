import { DEFAULT_LOCALE, type Issue, type Issues, type MessageParams, type Path, RedumbrellaError } from "@redumbrella/questionnaire";
import { PACK_ISSUE_MESSAGES } from "../messages.js";

/** The codes of `LegalCheckerError`: a pack whose data is wrong. */
export type LegalCheckerErrorCode = "INVALID_PACK";

/** What can be wrong in a pack's data, one code per kind of problem. */
export const PACK_ISSUE_CODES = ["UNKNOWN_FACT", "UNKNOWN_LAW", "NEEDS_MISMATCH", "SCOPE_MISMATCH", "DUPLICATE_RULE"] as const;

/** A code of `PACK_ISSUE_CODES`. */
export type PackIssueCode = (typeof PACK_ISSUE_CODES)[number];

/** What is wrong in a pack's data, located in the pack (`["rules", 3, "needs"]`), its message from `PACK_ISSUE_MESSAGES`. */
export type PackIssue = Issue<PackIssueCode>;

/** A pack issue with its message rendered from `PACK_ISSUE_MESSAGES` (in English: the pack's author reads it). */
export function packIssue(code: PackIssueCode, path: Path, params: MessageParams): PackIssue {
  return { code, path, message: PACK_ISSUE_MESSAGES.format(code, params, DEFAULT_LOCALE), params };
}

/** The one error the legal checker throws: a jurisdiction pack that cannot be compiled, with every issue. */
export class LegalCheckerError extends RedumbrellaError<LegalCheckerErrorCode, PackIssueCode> {
  override readonly name = "LegalCheckerError";
  declare readonly issues: Issues<PackIssueCode>;

  constructor(code: LegalCheckerErrorCode, issues: Issues<PackIssueCode>, options?: { readonly cause?: unknown }) {
    super(code, issues, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}
