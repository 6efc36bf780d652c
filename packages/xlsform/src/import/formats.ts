import { getSurvey, walk } from "../internal/survey.js";
import { csvDelimiter, parseCsv } from "./csv.js";
import type { SubmissionTree, SubmissionValue } from "./to-record.js";
import { parseXml, type XmlElement } from "./xml.js";

/** The exports `importSubmissions` reads. */
export const IMPORT_FORMATS = ["kobo-json", "kobo-csv", "odk-odata", "odk-csv", "xml"] as const;
/** A format of `IMPORT_FORMATS`. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One submission as read from an export: a tree of answers and metadata, or what it was instead. */
export type RawSubmission =
  | { readonly kind: "tree"; readonly tree: SubmissionTree; readonly unexpanded: readonly string[]; readonly dropped?: readonly string[] }
  | { readonly kind: "other"; readonly received: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "list" : typeof v);

// The names of the multi-selects, by their path of names: Kobo's CSV adds a 0/1 column per choice beside each.
let multiSelects: ReadonlySet<string> | undefined;
const derived = new Map<string, boolean>();
/** Whether the full key `key` (`respondent/sexWorkVenues/street`) is the 0/1 column of one choice of a multi-select (cached by key). */
function isChoiceColumn(key: string): boolean {
  let answer = derived.get(key);
  if (answer !== undefined) return answer;
  multiSelects ??= new Set(
    [...walk(getSurvey().root)]
      .filter(({ node }) => node.kind === "question" && node.control === "select_multiple")
      .map(({ names }) => names.join("/")),
  );
  answer = multiSelects.has(key.slice(0, Math.max(0, key.lastIndexOf("/"))));
  derived.set(key, answer);
  return answer;
}

/** Puts `value` into `tree` at the path `names`, making groups on the way. */
function place(tree: Record<string, SubmissionValue>, names: readonly string[], value: SubmissionValue): void {
  let at = tree;
  for (const name of names.slice(0, -1)) {
    const next = at[name];
    if (isObject(next)) at = next as Record<string, SubmissionValue>;
    else {
      const group: Record<string, SubmissionValue> = {};
      at[name] = group;
      at = group;
    }
  }
  at[names.at(-1) as string] = value;
}

/** A Kobo submission (flat `group/question` keys; a repeat a list of flat objects keyed by full paths) as a tree. */
function unflatten(flat: Record<string, unknown>, prefix: string): SubmissionTree {
  const tree: Record<string, SubmissionValue> = {};
  for (const [key, value] of Object.entries(flat)) {
    const local = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    const names = local.split("/");
    // Kobo's CSV: the 0/1 column of one choice of a multi-select repeats the multi-select's own column.
    if (names.length > 1 && isChoiceColumn(`${prefix}${local}`)) continue;
    if (Array.isArray(value)) {
      place(
        tree,
        names,
        value.map((item) => (isObject(item) ? unflatten(item, `${key}/`) : (item as SubmissionTree))),
      );
    } else place(tree, names, value === undefined ? null : (value as SubmissionValue));
  }
  return tree;
}

/** KoboToolbox JSON: the API v2 data (`{count, next, previous, results}`) or a bare list of submissions. */
export function readKoboJson(json: unknown): RawSubmission[] {
  const list = isObject(json) && Array.isArray(json.results) ? json.results : Array.isArray(json) ? json : [json];
  return list.map((item) =>
    isObject(item) ? { kind: "tree", tree: unflatten(item, ""), unexpanded: [] } : { kind: "other", received: kindOf(item) },
  );
}

/** An OData entity as a tree: `x@odata.navigationLink` without `x` is a repeat the export left out. */
function fromOData(entity: Record<string, unknown>, path: string, unexpanded: string[], dropped: string[]): SubmissionTree {
  const tree: Record<string, SubmissionValue> = {};
  for (const [key, value] of Object.entries(entity)) {
    // A repeat instance's own id in OData: system data, not an answer.
    if (key === "__id" && path !== "") {
      dropped.push("__id");
      continue;
    }
    const link = key.endsWith("@odata.navigationLink");
    if (link) {
      const name = key.slice(0, -"@odata.navigationLink".length);
      if (!(name in entity)) unexpanded.push(`${path}${name}`);
      continue;
    }
    if (Array.isArray(value))
      tree[key] = value.map((item) => (isObject(item) ? fromOData(item, `${path}${key}/`, unexpanded, dropped) : (item as SubmissionTree)));
    else if (isObject(value) && key !== "__system") tree[key] = fromOData(value, `${path}${key}/`, unexpanded, dropped);
    else tree[key] = value as SubmissionValue;
  }
  return tree;
}

/** ODK Central's OData: `{ "@odata.context", value: [...] }`, groups nested, repeats inlined by `$expand=*`. */
export function readODataJson(json: unknown): RawSubmission[] {
  const list = isObject(json) && Array.isArray(json.value) ? json.value : Array.isArray(json) ? json : [json];
  return list.map((item) => {
    if (!isObject(item)) return { kind: "other", received: kindOf(item) };
    const unexpanded: string[] = [];
    const dropped: string[] = [];
    return { kind: "tree", tree: fromOData(item, "", unexpanded, dropped), unexpanded, dropped };
  });
}

/** A CSV export's main sheet: Kobo's (`group/question` headers) or ODK Central's (`group-question`). */
export function readCsv(text: string, format: "kobo-csv" | "odk-csv"): RawSubmission[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""), csvDelimiter(text));
  if (header === undefined) return [];
  const separator = format === "odk-csv" ? "-" : "/";
  return rows.map((row) => {
    const flat: Record<string, unknown> = {};
    header.forEach((column, i) => {
      flat[column.split(separator).join("/")] = row[i] ?? "";
    });
    return { kind: "tree", tree: unflatten(flat, ""), unexpanded: [] };
  });
}

/** An element as a tree: an element with children a group, one without a value; repeated names a list. */
function fromXml(element: XmlElement): SubmissionValue {
  if (element.children.length === 0) return element.text.trim();
  const tree: Record<string, SubmissionValue> = {};
  const counts = new Map<string, number>();
  for (const child of element.children) counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  for (const child of element.children) {
    const value = fromXml(child);
    if ((counts.get(child.name) ?? 0) > 1)
      tree[child.name] = [...((tree[child.name] as SubmissionTree[] | undefined) ?? []), value as SubmissionTree];
    else tree[child.name] = value;
  }
  return tree;
}

/** A submission's XML (one instance: ODK Collect's file, Central's submission.xml, Kobo's). */
export function readXml(xml: string): RawSubmission[] {
  const value = fromXml(parseXml(xml));
  return [isObject(value) ? { kind: "tree", tree: value as SubmissionTree, unexpanded: [] } : { kind: "other", received: "text" }];
}
