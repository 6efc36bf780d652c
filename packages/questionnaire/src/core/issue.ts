import { defineBrand } from "./brand.js";
import { renderTemplate } from "./catalogue.js";

/** A path into a value: keys and array indices, `["police", "violations", 2]`. */
export type Path = readonly (string | number)[];

/**
 * One problem, located: the code from a closed union, the path of what it concerns (`[]` for the
 * whole value), the message in the requested language, and what the message interpolates.
 */
export interface Issue<TCode extends string = string> {
  readonly code: TCode;
  readonly path: Path;
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** At least one issue. */
export type Issues<TCode extends string = string> = readonly [Issue<TCode>, ...Issue<TCode>[]];

/** What every `safe*` function of the toolkit returns: the data, or at least one located issue. */
export type Result<TData, TCode extends string = string> =
  | { readonly success: true; readonly data: TData }
  | { readonly success: false; readonly issues: Issues<TCode> };

/** Formats a path as the spec writes it: `police.violations[2]`, `charges[0].penalty.kind`; `""` for the root. */
export function formatPath(path: Path): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}

// Unversioned, as every published copy has stamped its errors: `Symbol.for("@redumbrella/error")`.
const BRAND = /* @__PURE__ */ defineBrand("error");

/**
 * The one base of every error the toolkit throws: a `code` from the package's closed union, every
 * located `issue`, and the `cause` when another error led to it. Each package throws its own
 * subclass; `isRedumbrellaError` recognises them across copies of the packages (ESM and CJS).
 */
export class RedumbrellaError<TCode extends string = string, TIssueCode extends string = string> extends Error {
  override readonly name: string = "RedumbrellaError";
  readonly code: TCode;
  readonly issues: readonly Issue<TIssueCode>[];

  constructor(code: TCode, issues: readonly Issue<TIssueCode>[], options?: { readonly message?: string; readonly cause?: unknown }) {
    super(options?.message ?? summarise(code, issues), options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = issues;
    BRAND.stamp(this);
  }
}

/** Whether `value` is an error thrown by any copy of a redumbrella package. */
export function isRedumbrellaError(value: unknown): value is RedumbrellaError {
  return value instanceof Error && BRAND.has(value);
}

/** `CODE: path: message (and N more)`: the message of an error, from its first issue. */
function summarise(code: string, issues: readonly Issue[]): string {
  const first = issues[0];
  if (first === undefined) return code;
  const where = formatPath(first.path);
  const more = issues.length > 1 ? renderTemplate(" (and {n} more)", { n: issues.length - 1 }) : "";
  return `${code}: ${where === "" ? "" : `${where}: `}${first.message}${more}`;
}
