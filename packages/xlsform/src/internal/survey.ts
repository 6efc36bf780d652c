import { CHOICE_LISTS, type ChoiceListName, GATES, type Gate, type Label, LOCALES, type MessageParams } from "@redumbrella/questionnaire";
import { CHOICE_LABELS, FORM, type FormField, SECTION_LABELS } from "@redumbrella/questionnaire/form";
import { XLSFORM_MESSAGES, type XlsformMessageKey } from "../messages.js";
import { schemaFacts } from "./schema-facts.js";

/**
 * The field form as a tree, built once from the questionnaire's `FORM`: the XLSForm, the XForm
 * and the importer all read this tree, so the form and the import cannot disagree.
 */

/** The input control of a question, as XLSForm names its types. */
export type Control = "select_one" | "select_multiple" | "integer" | "decimal" | "text" | "date" | "calculate";

/** A text of this package's catalogue with its params, rendered in each language when written. */
export interface Text {
  readonly key: XlsformMessageKey;
  readonly params?: MessageParams;
}

/** One question: a field of the record, its control, choices and XPath logic. */
export interface QuestionNode {
  readonly kind: "question";
  readonly name: string;
  readonly field: FormField;
  readonly control: Control;
  /** The name of its list in the choices sheet. */
  readonly list?: string;
  readonly relevant?: string;
  readonly required?: string;
  readonly constraint?: string;
  readonly constraintMessages?: readonly Text[];
  readonly calculation?: string;
  /** How "declined" is offered: a choice of its own list, or a companion question before it. */
  readonly declined?: "choice" | "companion";
}

/** The companion of a declinable question that has no list to add "declined" to (a number, a text, a group). */
export interface DeclinedNode {
  readonly kind: "declined";
  readonly name: string;
  /** The field it declines. */
  readonly field: FormField;
  readonly relevant?: string;
}

/** A group or a repeat; `recordKey` is `null` for a group the record does not have (`general`). */
export interface GroupNode {
  readonly kind: "group" | "repeat";
  readonly name: string;
  readonly label: Label;
  readonly recordKey: string | null;
  readonly field?: FormField;
  readonly relevant?: string;
  readonly children: SurveyNode[];
}

/** A node of the survey tree. */
export type SurveyNode = QuestionNode | DeclinedNode | GroupNode;

/** One list of the choices sheet. */
export interface ChoiceList {
  readonly name: string;
  readonly choices: readonly { readonly value: string; readonly label: Label }[];
}

/** The survey: the root's children, and every list they use. */
export interface Survey {
  readonly root: GroupNode;
  readonly lists: readonly ChoiceList[];
}

/** The name of the instance's root element (XLSForm `settings.name`), which absolute paths start from. */
export const ROOT = "data";
export const YES = "yes";
export const NO = "no";
export const DECLINED = "declined";
/** The choice that stands for an empty list where an empty list means something (no sex work venue). */
export const NONE = "none";
const DECLINED_SUFFIX = "_declined";

const label = (key: XlsformMessageKey, params?: MessageParams): Label =>
  Object.fromEntries(LOCALES.map((l) => [l, XLSFORM_MESSAGES.format(key, params, l)])) as unknown as Label;

// The record's top-level objects, which FIELDS does not list, and their headings.
const TOP_GROUPS: Readonly<Record<string, Label>> = {
  interview: SECTION_LABELS.header,
  consent: label("group.consent"),
  respondent: SECTION_LABELS.respondent,
  police: label("group.police"),
  medical: SECTION_LABELS.medical,
  charges: SECTION_LABELS.charges,
};
/** The transparent group of the top-level questions of section `general` (Q13). */
export const GENERAL = "general";
// Not questions: the record's envelope, and `declined`, which the "declined" answers make.
const NOT_ASKED: ReadonlySet<string> = new Set(["schemaVersion", "id", "declined"]);
// Where an empty list is an answer of its own: no venue means she is not a sex worker.
const EMPTY_LIST_MEANS: ReadonlySet<string> = new Set(["respondent.sexWorkVenues"]);

const OUTCOME = `/${ROOT}/interview/outcome`;
const STATISTICS = `/${ROOT}/consent/items/statistics/answer`;
const INTERVIEW_DATE = `/${ROOT}/interview/date`;
const CONSENT_GIVEN = `/${ROOT}/consent/givenOn`;
const TOOK_PART = `${OUTCOME} != 'refused'`;
// When statistics are refused the interview ends with the consent block.
const GOES_ON = `${TOOK_PART} and ${STATISTICS} != '${NO}'`;
const GROUP_RELEVANT: Readonly<Record<string, string>> = { interview: "", consent: TOOK_PART };
// Relevance the record format implies without a gate: a witness for oral consent, Q20's box only without a number.
const EXTRA_RELEVANT: Readonly<Record<string, string>> = {
  "consent.witnessId": "../recordedBy = 'oral'",
  "police.detention.timesDetainedBox": "../timesDetained = ''",
};
const KEY_OF = (path: string): string => (path.split(".").at(-1) as string).replace("[]", "");

function gateXPath(gate: Gate): string {
  const on = `../${KEY_OF(gate.on)}`;
  const when = gate.when;
  if ("equals" in when) return `${on} = '${when.equals === true ? YES : when.equals === false ? NO : when.equals}'`;
  if ("includes" in when) return `selected(${on}, '${when.includes}')`;
  return `count-selected(${on}) > 0 and not(selected(${on}, '${DECLINED}')) and not(selected(${on}, '${NONE}'))`;
}

const and = (...parts: (string | undefined)[]): string | undefined => {
  const present = parts.filter((p): p is string => p !== undefined && p !== "");
  return present.length === 0
    ? undefined
    : present.length === 1
      ? present[0]
      : present.map((p) => (/ or /.test(p) ? `(${p})` : p)).join(" and ");
};

/** The constraint of a question and its messages: what an XPath can say of the record's rules. */
function constraintOf(field: FormField, control: Control, hasNone: boolean, declinedChoice: boolean): { xpath?: string; messages: Text[] } {
  const facts = schemaFacts(field.path);
  const parts: string[] = [];
  const messages: Text[] = [];
  const add = (xpath: string, key: XlsformMessageKey, params?: MessageParams): void => {
    parts.push(xpath);
    messages.push(params === undefined ? { key } : { key, params });
  };
  if (facts.maxLength !== undefined) add(`string-length(.) <= ${facts.maxLength}`, "constraint.maxLength", { max: facts.maxLength });
  else if (facts.pattern !== undefined && control === "text") {
    add(`regex(., '${facts.pattern}')`, field.path.endsWith("incident") ? "constraint.incidentId" : "constraint.documentatorCode");
  }
  if (facts.minimum !== undefined && (control === "integer" || control === "decimal")) {
    if (facts.maximum !== undefined)
      add(`. >= ${facts.minimum} and . <= ${facts.maximum}`, "constraint.range", { min: facts.minimum, max: facts.maximum });
    else add(`. >= ${facts.minimum}`, "constraint.atLeast", { min: facts.minimum });
  }
  if (field.kind === "country") add("regex(., '^([A-Z]{2}|stateless)$')", "constraint.country");
  if (field.kind === "currency") add("regex(., '^[A-Z]{3}$')", "constraint.currency");
  if (field.kind === "date") {
    add(". <= today()", "constraint.notFuture");
    if (field.path === "consent.givenOn") add(`. >= ${INTERVIEW_DATE}`, "constraint.notBeforeInterview");
    if (field.path === "consent.withdrawnOn") add(". >= ../givenOn", "constraint.notBeforeGiven");
    if (/^consent\.items\.\w+\.givenOn$/.test(field.path)) add(`. >= ${CONSENT_GIVEN}`, "constraint.notBeforeGiven");
    if (/^consent\.items\.\w+\.withdrawnOn$/.test(field.path))
      add(`. >= coalesce(../givenOn, ${CONSENT_GIVEN})`, "constraint.notBeforeGiven");
    if (field.path === "incidents[].date") add(`. <= ${INTERVIEW_DATE}`, "constraint.notAfterInterview");
    if (field.path === "incidents[].date" || field.path === "charges[].date") {
      add(
        "../datePrecision != 'month' and ../datePrecision != 'year' or ../datePrecision = 'month' and substring(., 9, 2) = '01' or ../datePrecision = 'year' and substring(., 6, 5) = '01-01'",
        "constraint.periodStart",
      );
    }
  }
  if (control === "select_multiple") {
    for (const alone of [...(declinedChoice ? [DECLINED] : []), ...(hasNone ? [NONE] : [])]) {
      add(`not(selected(., '${alone}')) or count-selected(.) = 1`, "constraint.alone");
    }
  }
  const xpath = parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(" and ");
  return xpath === undefined ? { messages } : { xpath, messages };
}

const CONTROL_OF_KIND: Readonly<Record<FormField["kind"], Control | null>> = {
  boolean: "select_one",
  choice: "select_one",
  choices: "select_multiple",
  integer: "integer",
  number: "decimal",
  text: "text",
  freeText: "text",
  date: "date",
  uuid: null,
  country: "text",
  currency: "text",
  group: null,
  list: null,
  paths: null,
};

/** Builds the survey tree from `FORM`, in the form's order. */
function buildSurvey(): Survey {
  const lists = new Map<string, ChoiceList>();
  const useList = (name: ChoiceListName | "yes_no", declined: boolean, none: boolean): string => {
    const listName = `${name}${none ? "_none" : ""}${declined ? DECLINED_SUFFIX : ""}`;
    if (lists.has(listName)) return listName;
    const base =
      name === "yes_no"
        ? [
            { value: YES, label: label("choice.yes") },
            { value: NO, label: label("choice.no") },
          ]
        : (CHOICE_LISTS[name] as readonly string[]).map((value) => ({
            value,
            label: (CHOICE_LABELS[name] as Readonly<Record<string, Label>>)[value] as Label,
          }));
    const choices = [
      ...base,
      ...(none ? [{ value: NONE, label: label("choice.none") }] : []),
      ...(declined ? [{ value: DECLINED, label: label("choice.declined") }] : []),
    ];
    lists.set(listName, { name: listName, choices });
    return listName;
  };
  useList("yes_no", false, false);
  lists.set(DECLINED, { name: DECLINED, choices: [{ value: DECLINED, label: label("choice.declined") }] });

  const gateOf = new Map(GATES.map((g) => [g.field as string, g]));
  const root: GroupNode = { kind: "group", name: ROOT, label: label("form.title"), recordKey: null, children: [] };
  const containers = new Map<string, GroupNode>([["", root]]);
  const fieldByPath = new Map<string, FormField>(FORM.flatMap((s) => s.fields).map((f) => [f.path as string, f]));

  /** The group or repeat that holds `path`'s children, made on first use. */
  const container = (path: string): GroupNode => {
    const found = containers.get(path);
    if (found !== undefined) return found;
    const dot = path.lastIndexOf(".");
    const parent = container(dot < 0 ? "" : path.slice(0, dot));
    const key = KEY_OF(path);
    const field = fieldByPath.get(path.replace(/\[\]$/, ""));
    const repeat = path.endsWith("[]");
    const gate = gateOf.get(path);
    const declinable = field?.declinable === true;
    if (declinable) parent.children.push(declinedNode(field as FormField, gate));
    const relevant = and(
      GROUP_RELEVANT[path] ?? (dot < 0 ? GOES_ON : undefined),
      gate === undefined ? undefined : gateXPath(gate),
      declinable ? notDeclined(key) : undefined,
    );
    const node: GroupNode = {
      kind: repeat ? "repeat" : "group",
      name: key,
      label: field?.label ?? TOP_GROUPS[key] ?? label("form.title"),
      recordKey: key,
      ...(field === undefined ? {} : { field }),
      ...(relevant === undefined ? {} : { relevant }),
      children: [],
    };
    parent.children.push(node);
    containers.set(path, node);
    return node;
  };

  const generalGroup: GroupNode = {
    kind: "group",
    name: GENERAL,
    label: SECTION_LABELS.general,
    recordKey: null,
    relevant: GOES_ON,
    children: [],
  };

  for (const field of fieldByPath.values()) {
    const path = field.path as string;
    if (NOT_ASKED.has(path)) continue;
    if (field.kind === "group" || field.kind === "list") {
      container(field.kind === "list" ? `${path}[]` : path);
      continue;
    }
    const dot = path.lastIndexOf(".");
    let parent: GroupNode;
    if (dot < 0) {
      // Q13's two questions sit at the record's top level: the form puts them in a group of their own.
      if (!root.children.includes(generalGroup)) root.children.push(generalGroup);
      parent = generalGroup;
    } else parent = container(path.slice(0, dot));
    parent.children.push(...questionNodes(field, gateOf.get(path), useList));
  }
  return { root, lists: [...lists.values()] };
}

const notDeclined = (key: string): string => `../${key}${DECLINED_SUFFIX} != '${DECLINED}'`;

function declinedNode(field: FormField, gate: Gate | undefined): DeclinedNode {
  const relevant = and(gate === undefined ? undefined : gateXPath(gate), EXTRA_RELEVANT[field.path]);
  return { kind: "declined", name: `${KEY_OF(field.path)}${DECLINED_SUFFIX}`, field, ...(relevant === undefined ? {} : { relevant }) };
}

/** The question of a field, after its "declined" companion when it needs one. */
function questionNodes(
  field: FormField,
  gate: Gate | undefined,
  useList: (name: ChoiceListName | "yes_no", declined: boolean, none: boolean) => string,
): SurveyNode[] {
  const path = field.path as string;
  const key = KEY_OF(path);
  const facts = schemaFacts(path);
  const control: Control = path === "incidents[].id" ? "calculate" : (CONTROL_OF_KIND[field.kind] as Control);
  const declinable = field.declinable === true;
  const withList = field.kind === "boolean" || field.kind === "choice" || field.kind === "choices";
  const declined = declinable ? (withList ? "choice" : "companion") : undefined;
  const none = EMPTY_LIST_MEANS.has(path);
  const list = withList
    ? useList(field.kind === "boolean" ? "yes_no" : (field.choices as ChoiceListName), declined === "choice", none)
    : undefined;
  const starred = field.required === true ? `${OUTCOME} != 'interrupted'` : undefined;
  const required = starred ?? (facts.requiredHere === true && control !== "calculate" ? requiredIn(path) : undefined);
  const relevant = and(
    gate === undefined ? undefined : gateXPath(gate),
    EXTRA_RELEVANT[path],
    declined === "companion" ? notDeclined(key) : undefined,
  );
  const { xpath: constraint, messages } = constraintOf(field, control, none, declined === "choice");
  const question: QuestionNode = {
    kind: "question",
    name: key,
    field,
    control,
    ...(list === undefined ? {} : { list }),
    ...(relevant === undefined ? {} : { relevant }),
    ...(required === undefined ? {} : { required }),
    ...(constraint === undefined || control === "calculate" ? {} : { constraint, constraintMessages: messages }),
    // An incident's id is its place among the incidents: i1, i2… (charges name their incident by it).
    ...(control === "calculate" ? { calculation: "concat('i', position(..))" } : {}),
    ...(declined === undefined ? {} : { declined }),
  };
  return declined === "companion" ? [declinedNode(field, gate), question] : [question];
}

/**
 * When a field the schema requires in its object is required: always, unless the object itself is
 * optional (a charge's penalty): then once any other answer of the object is given.
 */
function requiredIn(path: string): string {
  const parent = path.slice(0, path.lastIndexOf("."));
  if (parent === "" || parent.endsWith("[]") || schemaFacts(parent).requiredHere === true || GROUP_RELEVANT[parent] !== undefined)
    return "true()";
  const siblings = FORM.flatMap((s) => s.fields).filter(
    (f) => f.path !== path && f.path.startsWith(`${parent}.`) && !f.path.slice(parent.length + 1).includes("."),
  );
  return siblings.map((f) => `../${KEY_OF(f.path)} != ''`).join(" or ");
}

let survey: Survey | undefined;

/** The survey tree (built on first use). */
export function getSurvey(): Survey {
  survey ??= buildSurvey();
  return survey;
}

/** Every node of the tree under `group`, depth first, with its path of names from the root (without the root). */
export function* walk(group: GroupNode, prefix: readonly string[] = []): Generator<{ node: SurveyNode; names: readonly string[] }> {
  for (const node of group.children) {
    const names = [...prefix, node.name];
    yield { node, names };
    if (node.kind === "group" || node.kind === "repeat") yield* walk(node, names);
  }
}

/** Rewrites the absolute paths (`/data/interview/outcome`) of an expression relative to a node `depth` steps below the root, as both Kobo and ODK accept whatever they name the root. */
export function relativise(expression: string, depth: number): string {
  return expression.replaceAll(`/${ROOT}/`, "../".repeat(depth));
}
