import {
  type AnyRecord,
  DEFAULT_LOCALE,
  type Issue,
  type IssueCode,
  type Issues,
  type Locale,
  safeParseRecord,
  today,
} from "@redumbrella/questionnaire";
import { xlsformError } from "../errors.js";
import { type ImportIssueCode, XLSFORM_MESSAGES } from "../messages.js";
import { normaliseInstanceId, recordIdOf } from "../record-id.js";
import { type ImportFormat, type RawSubmission, readCsv, readKoboJson, readODataJson, readXml } from "./formats.js";
import { type SubmissionTree, treeToAnswers } from "./to-record.js";

/** Where the export came from, as the CLI's `--from` says it: the format within is detected. */
export type ImportSource = "kobo" | "odk" | "xml";

/** Options of `importSubmissions`. */
export interface ImportOptions {
  /** Where the export came from. Defaults to detecting it from the text. */
  readonly from?: ImportSource;
  /** The day records are validated as of (`YYYY-MM-DD`). Defaults to today. */
  readonly asOf?: string;
  /** The language of the issues' messages. Defaults to `"en"`. */
  readonly locale?: Locale;
  /** The file's name, for error messages. Defaults to `"input"`. */
  readonly file?: string;
}

/** The code of an issue of an imported submission: the importer's own, or the record validation's. */
export type SubmissionIssueCode = ImportIssueCode | IssueCode;

/** One submission of an export, imported: its record, or every issue found, located at the record's path (which the form's names follow). */
export type ImportedSubmission = {
  /** Its place in the export, from 0. */
  readonly index: number;
  /** Its instance id as the export gives it (`uuid:…`), or `null` when it has none. */
  readonly instanceId: string | null;
  /** The record's id, made from the instance id (`recordIdOf`), or `null` without one. */
  readonly id: string | null;
  /** The metadata it held that was not copied into the record (names only, e.g. `_submitted_by`, `meta/instanceName`). */
  readonly dropped: readonly string[];
} & ({ readonly success: true; readonly record: AnyRecord } | { readonly success: false; readonly issues: Issues<SubmissionIssueCode> });

/** What an import found: the format, each submission, and the counts. */
export interface ImportReport {
  readonly format: ImportFormat;
  readonly submissions: readonly ImportedSubmission[];
  readonly valid: number;
  readonly invalid: number;
  /** Every metadata name that was dropped, once, sorted. */
  readonly dropped: readonly string[];
}

// Metadata Kobo and ODK add to every submission, never copied into a record: who submitted it, from
// which device, where and when, its attachments and review state. `meta/instanceID` only makes the id.
const METADATA: ReadonlySet<string> = new Set([
  "meta",
  "formhub",
  "start",
  "end",
  "today",
  "deviceid",
  "username",
  "phonenumber",
  "simserial",
  "subscriberid",
  "email",
  "audit",
  "SubmissionDate",
  "KEY",
  "SubmitterID",
  "SubmitterName",
  "AttachmentsPresent",
  "AttachmentsExpected",
  "Status",
  "ReviewState",
  "DeviceID",
  "Edits",
  "FormVersion",
  "instanceID",
]);
const isMetadata = (key: string): boolean => key.startsWith("_") || METADATA.has(key);

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Splits a submission's metadata from its answers; the instance id (the logical one, stable across edits) is kept aside. */
function splitMetadata(tree: SubmissionTree): { answers: SubmissionTree; instanceId: string | null; dropped: string[] } {
  const answers: Record<string, SubmissionTree[string]> = {};
  const dropped: string[] = [];
  const dropAll = (value: unknown, name: string): void => {
    if (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) if (!(name === "meta" && k === "instanceID")) dropAll(v, `${name}/${k}`);
    } else dropped.push(name);
  };
  for (const [key, value] of Object.entries(tree)) {
    if (isMetadata(key)) dropAll(value, key);
    else answers[key] = value;
  }
  const meta = (typeof tree.meta === "object" && tree.meta !== null && !Array.isArray(tree.meta) ? tree.meta : {}) as SubmissionTree;
  const instanceId = str(meta.rootUuid) ?? str(tree.__id) ?? str(meta.instanceID) ?? str(tree._uuid) ?? str(tree.KEY);
  return { answers, instanceId, dropped };
}

const issueOf = (
  code: ImportIssueCode,
  path: (string | number)[],
  params: Record<string, unknown>,
  locale: Locale,
): Issue<ImportIssueCode> => ({
  code,
  path,
  message: XLSFORM_MESSAGES.format(code, params, locale),
  params,
});

/**
 * One submission tree (answers and metadata, as any export gives them) as a record v2, validated:
 * its id made from the instance id, the metadata dropped, every issue located.
 */
export function submissionToRecord(
  raw: RawSubmission,
  index: number,
  options: { readonly asOf: string; readonly locale: Locale },
): ImportedSubmission {
  const { asOf, locale } = options;
  if (raw.kind === "other") {
    return {
      index,
      instanceId: null,
      id: null,
      dropped: [],
      success: false,
      issues: [issueOf("NOT_A_SUBMISSION", [], { received: raw.received }, locale)],
    };
  }
  const split = splitMetadata(raw.tree);
  const { answers: tree, instanceId } = split;
  const dropped = [...new Set([...split.dropped, ...(raw.dropped ?? [])])];
  const issues: Issue<SubmissionIssueCode>[] = raw.unexpanded.map((field) =>
    issueOf("REPEAT_NOT_EXPANDED", field.split("/"), { field }, locale),
  );
  const id = instanceId === null ? null : recordIdOf(instanceId);
  if (instanceId === null || normaliseInstanceId(instanceId) === "")
    issues.push(issueOf("NO_INSTANCE_ID", ["meta", "instanceID"], {}, locale));
  const { answers, issues: answerIssues } = treeToAnswers(tree, locale);
  issues.push(...answerIssues);
  const base = { index, instanceId, id, dropped };
  // A submission with a name the form lacks is not half-imported: nothing is dropped silently.
  if (issues.length > 0) return { ...base, success: false, issues: issues as unknown as Issues<SubmissionIssueCode> };
  const result = safeParseRecord({ schemaVersion: 2, id, ...answers }, { asOf, locale });
  return result.success ? { ...base, success: true, record: result.data } : { ...base, success: false, issues: result.issues };
}

/** The format of an export, from its text and where it came from. */
export function detectFormat(text: string, from?: ImportSource): ImportFormat | null {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return from === undefined || from === "xml" ? "xml" : null;
  if (from === "xml") return null;
  if (start.startsWith("{") || start.startsWith("[")) {
    if (from !== undefined) return from === "kobo" ? "kobo-json" : "odk-odata";
    return /"@odata\.context"|"__id"\s*:/.test(start.slice(0, 4096)) ? "odk-odata" : "kobo-json";
  }
  if (start === "") return null;
  const header = start.slice(0, start.search(/\r?\n|$/));
  const odk = /(^|[,;\t"])(KEY|SubmissionDate)([,;\t"]|$)/.test(header) || /\binterview-date\b/.test(header);
  if (from !== undefined) return from === "kobo" ? "kobo-csv" : "odk-csv";
  return odk ? "odk-csv" : /\//.test(header) || /(^|[,;\t"])_uuid([,;\t"]|$)/.test(header) ? "kobo-csv" : null;
}

/**
 * Imports the submissions of one export — KoboToolbox (API v2 JSON, JSON export, CSV), ODK Central
 * (OData JSON, CSV) or a submission's XML — as records v2, each validated. Throws `XlsformError`
 * only when the text is no export at all (`UNKNOWN_FORMAT`, `UNREADABLE_INPUT`).
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { importSubmissions } from "@redumbrella/xlsform";
 *
 * const report = importSubmissions(readFileSync("kobo.json", "utf8"), { asOf: "2026-12-06" });
 * for (const s of report.submissions) if (!s.success) console.log(s.instanceId, s.issues);
 */
export function importSubmissions(text: string, options: ImportOptions = {}): ImportReport {
  const file = options.file ?? "input";
  const locale = options.locale ?? DEFAULT_LOCALE;
  const asOf = options.asOf ?? today();
  const format = detectFormat(text, options.from);
  if (format === null) throw xlsformError("UNKNOWN_FORMAT", "error.unknownFormat", { file });
  let raws: RawSubmission[];
  try {
    if (format === "xml") raws = readXml(text);
    else if (format === "kobo-csv" || format === "odk-csv") raws = readCsv(text, format);
    else {
      const json: unknown = JSON.parse(text);
      raws = format === "kobo-json" ? readKoboJson(json) : readODataJson(json);
    }
  } catch (error) {
    // Only where, never what: a parser's message may quote the text, and the text may hold a name.
    const where = error instanceof Error ? /(?:position|offset) (\d+)/.exec(error.message) : null;
    const problem = where === null ? "malformed" : `malformed at offset ${where[1]}`;
    throw xlsformError("UNREADABLE_INPUT", "error.unreadableInput", { file, format, problem }, [], error);
  }
  const seen = new Map<string, number>();
  const submissions = raws.map((raw, index): ImportedSubmission => {
    const imported = submissionToRecord(raw, index, { asOf, locale });
    if (imported.id === null) return imported;
    const first = seen.get(imported.id);
    if (first === undefined) {
      seen.set(imported.id, index);
      return imported;
    }
    const { index: i, instanceId, id, dropped } = imported;
    return { index: i, instanceId, id, dropped, success: false, issues: [issueOf("DUPLICATE_SUBMISSION", [], { first }, locale)] };
  });
  const valid = submissions.filter((s) => s.success).length;
  const dropped = [...new Set(submissions.flatMap((s) => s.dropped))].sort();
  return { format, submissions, valid, invalid: submissions.length - valid, dropped };
}
