/** The codes of `LegalCheckerError`: a pack whose data is wrong. */
export type LegalCheckerErrorCode = "INVALID_PACK";

/** What is wrong in a pack's data, located in the pack (`["rules", 3, "needs"]`). */
export interface PackIssue {
  readonly code: "UNKNOWN_FACT" | "UNKNOWN_LAW" | "NEEDS_MISMATCH" | "SCOPE_MISMATCH" | "DUPLICATE_RULE";
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The one error the legal checker throws: a jurisdiction pack that cannot be compiled, with every issue. */
export class LegalCheckerError extends Error {
  override readonly name = "LegalCheckerError";
  readonly code: LegalCheckerErrorCode;
  readonly issues: readonly [PackIssue, ...PackIssue[]];

  constructor(code: LegalCheckerErrorCode, issues: readonly [PackIssue, ...PackIssue[]], options?: { readonly cause?: unknown }) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${code}: ${issues[0].path.join(".")}: ${issues[0].message}${more}`, options);
    this.code = code;
    this.issues = issues;
  }
}
