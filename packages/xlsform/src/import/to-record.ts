import { FIELDS, type Issue, type Locale, type Path } from "@redumbrella/questionnaire";
import { DECLINED, type GroupNode, getSurvey, NO, NONE, type QuestionNode, YES } from "../internal/survey.js";
import { type ImportIssueCode, XLSFORM_MESSAGES } from "../messages.js";

/** A submission's answers as a tree: groups as objects, repeats as lists, every answer a string (or a number, as OData types them). */
export interface SubmissionTree {
  readonly [name: string]: SubmissionValue;
}
/** One value of a submission tree; `null` and `""` are no answer. */
export type SubmissionValue = string | number | boolean | null | SubmissionTree | readonly SubmissionTree[];

/** What `treeToRecord` made of a tree: the record's answers (without `schemaVersion` and `id`) and what was wrong. */
export interface TreeAnswers {
  readonly answers: Record<string, unknown>;
  readonly issues: Issue<ImportIssueCode>[];
}

const FIELD_ORDER = new Map((Object.keys(FIELDS) as string[]).map((path, i) => [path, i]));
const isTree = (v: unknown): v is SubmissionTree => typeof v === "object" && v !== null && !Array.isArray(v);
// Codes and numbers are echoed in messages; anything else (text typed in the wrong place) only by its kind.
const shown = (v: unknown): string =>
  typeof v === "number" || (typeof v === "string" && /^[\w .:-]{1,40}$/.test(v))
    ? JSON.stringify(v)
    : `(${Array.isArray(v) ? "list" : typeof v})`;

interface Context {
  readonly locale: Locale;
  readonly issues: Issue<ImportIssueCode>[];
  readonly declined: Set<string>;
}

function issue(ctx: Context, code: ImportIssueCode, path: Path, params: Record<string, unknown>): void {
  ctx.issues.push({ code, path, message: XLSFORM_MESSAGES.format(code, params, ctx.locale), params });
}

const fieldName = (path: Path): string =>
  path
    .map((k) => (typeof k === "number" ? `[${k}]` : k))
    .join("/")
    .replaceAll("/[", "[");

/** A scalar as text: `""` for no answer. */
function text(value: SubmissionValue | undefined): string | undefined {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Converts one answer to the record's type, or reports it; `undefined` when there is nothing to record. */
function answerOf(node: QuestionNode, raw: string, path: Path, ctx: Context): unknown {
  const invalid = (expected: string): undefined => {
    issue(ctx, "INVALID_ANSWER", path, { field: fieldName(path), expected, received: shown(raw) });
    return undefined;
  };
  if (node.declined === "choice" && raw === DECLINED) {
    ctx.declined.add(node.field.path);
    return undefined;
  }
  switch (node.field.kind) {
    case "boolean":
      return raw === YES ? true : raw === NO ? false : invalid(`${YES} | ${NO}`);
    case "choices": {
      const values = raw.split(/\s+/);
      if (values.includes(DECLINED) || values.includes(NONE))
        return values.length === 1 && values[0] === NONE ? [] : invalid(`${NONE} or ${DECLINED} alone`);
      return values;
    }
    case "integer":
      return /^-?\d+$/.test(raw) ? Number(raw) : invalid("a whole number");
    case "number": {
      const n = Number(raw);
      return raw !== "" && Number.isFinite(n) ? n : invalid("a number");
    }
    default:
      return raw;
  }
}

// The names of each group's children, computed once per group.
const NAMES = new WeakMap<GroupNode, ReadonlySet<string>>();
const namesOf = (group: GroupNode): ReadonlySet<string> => {
  let names = NAMES.get(group);
  if (names === undefined) {
    names = new Set(group.children.map((c) => c.name));
    NAMES.set(group, names);
  }
  return names;
};

function readGroup(group: GroupNode, tree: SubmissionTree, out: Record<string, unknown>, path: Path, ctx: Context): void {
  const known = namesOf(group);
  for (const key in tree) {
    if (!known.has(key)) issue(ctx, "UNKNOWN_FIELD", [...path, key], { field: fieldName([...path, key]) });
  }
  for (const node of group.children) {
    const value = tree[node.name];
    if (value === undefined || value === null || value === "") continue;
    const at = [...path, node.name];
    if (node.kind === "question" || node.kind === "declined") {
      const raw = text(value);
      if (raw === undefined) {
        issue(ctx, "INVALID_ANSWER", at, { field: fieldName(at), expected: "one answer", received: shown(value) });
        continue;
      }
      if (raw === "") continue;
      if (node.kind === "declined") {
        if (raw === DECLINED) ctx.declined.add(node.field.path);
        else issue(ctx, "INVALID_ANSWER", at, { field: fieldName(at), expected: DECLINED, received: shown(raw) });
        continue;
      }
      const answer = answerOf(node, raw, at, ctx);
      if (answer !== undefined) out[node.name] = answer;
      continue;
    }
    if (node.kind === "group") {
      if (!isTree(value)) {
        issue(ctx, "INVALID_ANSWER", at, { field: fieldName(at), expected: "a group", received: shown(value) });
        continue;
      }
      // The form's `general` group holds two questions of the record's top level.
      if (node.recordKey === null) {
        readGroup(node, value, out, at, ctx);
        continue;
      }
      const inner: Record<string, unknown> = {};
      readGroup(node, value, inner, at, ctx);
      if (Object.keys(inner).length > 0) out[node.name] = inner;
      continue;
    }
    // A repeat: a list of instances (one instance may come as an object, as XML has it).
    const instances = Array.isArray(value) ? value : [value];
    const list: Record<string, unknown>[] = [];
    instances.forEach((instance, i) => {
      if (!isTree(instance)) {
        issue(ctx, "INVALID_ANSWER", [...at, i], { field: fieldName([...at, i]), expected: "a group", received: shown(instance) });
        return;
      }
      const inner: Record<string, unknown> = {};
      readGroup(node, instance, inner, [...at, i], ctx);
      list.push(inner);
    });
    if (list.length > 0) out[node.name] = list;
  }
}

/**
 * The record's answers in a submission tree, read through the form: "yes"/"no" as booleans,
 * multi-selects as lists, "declined" into `declined`, numbers as numbers. Every name the form
 * does not have is an `UNKNOWN_FIELD` issue. The caller removes metadata before.
 */
export function treeToAnswers(tree: SubmissionTree, locale: Locale): TreeAnswers {
  const ctx: Context = { locale, issues: [], declined: new Set() };
  const answers: Record<string, unknown> = {};
  readGroup(getSurvey().root, tree, answers, [], ctx);
  const interview = (answers.interview ?? {}) as Record<string, unknown>;
  if (interview.outcome !== "refused") {
    const items = (answers.consent as { items?: { statistics?: { answer?: unknown } } } | undefined)?.items;
    // Statistics refused: the interview ended with the consent block — a record with consent and nothing else.
    if (items?.statistics?.answer === false) answers.interview = { ...interview, outcome: "interrupted" };
    answers.respondent ??= {};
  }
  if (ctx.declined.size > 0) answers.declined = [...ctx.declined].sort((a, b) => (FIELD_ORDER.get(a) ?? 0) - (FIELD_ORDER.get(b) ?? 0));
  return { answers, issues: ctx.issues };
}
