import type { TextSink } from "../io.js";
import type { Translate } from "./messages.js";

/** One problem of one record, as printed: never a value of the record, other than its id. */
export interface ReportedIssue {
  readonly file: string;
  readonly index: number;
  /** The record's id, only when it is a well-formed one; `null` otherwise. */
  readonly id: string | null;
  /** The formatted path, `""` for the record itself. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** How many records were valid and invalid. */
export interface Counts {
  valid: number;
  invalid: number;
}

/** Writes issues as they are found, so memory stays flat however many there are. */
export interface Reporter {
  issue(issue: ReportedIssue): void;
  /** Ends the report once every source was read. */
  finish(counts: Counts): void;
  /** Ends the report after an internal error: the `--json` document must still be whole. */
  abort(counts: Counts): void;
}

/** One line per issue, then `N valid, M invalid`. */
export function textReporter(out: TextSink, t: Translate): Reporter {
  return {
    issue: ({ file, index, id, path, code, message }) => {
      const params = { file, index, path: path === "" ? t("report.rootPath") : path, code, message };
      out.write(`${id === null ? t("report.issue", params) : t("report.issueWithId", { ...params, id })}\n`);
    },
    finish: (counts) => out.write(`${t("report.summary", { ...counts })}\n`),
    abort: () => {},
  };
}

/**
 * One JSON document, `{"errors": [...], "valid": n, "invalid": m}`: errors are streamed one per
 * line, so the counts come last.
 */
export function jsonReporter(out: TextSink): Reporter {
  let issues = 0;
  out.write('{"errors":[');
  const finish = ({ valid, invalid }: Counts): void => {
    out.write(`${issues > 0 ? "\n" : ""}],"valid":${valid},"invalid":${invalid}}\n`);
  };
  return {
    issue: (issue) => {
      out.write(`${issues === 0 ? "\n" : ",\n"}${JSON.stringify(issue)}`);
      issues++;
    },
    finish,
    abort: finish,
  };
}
