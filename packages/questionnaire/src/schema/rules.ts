import { isCalendarDate } from "../core/dates.js";
import { valueAt } from "../core/path.js";
import type { IssueCode } from "../issues.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./fields.js";
import { describeCondition, GATES, type Gate, gateOpen } from "./gates.js";

/** Reports one issue at a path. */
export type Report = (code: IssueCode, path: (string | number)[], params?: Record<string, unknown>) => void;

type Keys = readonly string[];
type Where = () => (string | number)[];

/** A place the rules read, split once at load; a `list[]` key stands for every item of the list. */
interface Place {
  readonly keys: Keys;
  /** The place's own path, when it goes through no list (so every visit can share it). */
  readonly plain: Where | undefined;
}

const placeOf = (path: string): Place => {
  const keys = path === "" ? [] : path.split(".");
  return { keys, plain: keys.some((k) => k.endsWith("[]")) ? undefined : () => [...keys] };
};
const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf(".")));
const lastKey = (path: string): string => path.slice(path.lastIndexOf(".") + 1);

/** What the generic rules read of one version of the format, computed once from its fields and gates. */
interface Tables {
  readonly gateGroups: readonly {
    readonly parent: Place;
    readonly gates: readonly { field: string; on: string; when: Gate["when"]; params: Record<string, string> }[];
  }[];
  readonly lists: readonly Place[];
  readonly dates: readonly Place[];
  readonly required: readonly { path: string; keys: Keys }[];
  readonly declinable: ReadonlyMap<string, Keys>;
}

/* @__NO_SIDE_EFFECTS__ */
function tablesOf(fields: readonly FieldPath[], gates: readonly Gate[]): Tables {
  const where = (test: (spec: FieldSpec) => boolean): FieldPath[] => fields.filter((p) => test(FIELDS[p]));
  // Gates grouped by the object that holds both the field and its gate (every gate of the form is
  // between siblings), so each object is reached once per record.
  const gateGroups = [...new Set(gates.map((g) => parentOf(g.field)))].map((parent) => ({
    parent: placeOf(parent),
    gates: gates
      .filter((g) => parentOf(g.field) === parent)
      .map((g) => ({
        field: lastKey(g.field),
        on: lastKey(g.on),
        when: g.when,
        params: { gate: g.on, expected: describeCondition(g.when) },
      })),
  }));
  return {
    gateGroups,
    lists: where((f) => f.kind === "choices" || f.kind === "paths").map(placeOf),
    dates: where((f) => f.kind === "date").map(placeOf),
    required: where((f) => f.required === true).map((p) => ({ path: p, keys: p.split(".") })),
    declinable: new Map(where((f) => f.declinable === true).map((p) => [p, p.split(".")])),
  };
}

// Marked pure, like the tables: an app that never validates drops them.
const ALL_FIELDS = /* @__PURE__ */ Object.keys(FIELDS) as FieldPath[];
const V2_TABLES = tablesOf(ALL_FIELDS, GATES);
// Record v1 is v2 without the fields v2 added, and without the gates on them.
const inV1 = (path: string): boolean => (FIELDS[path.replace(/\[\d+\]/g, "[]") as FieldPath] as FieldSpec | undefined)?.since === undefined;
const V1_TABLES = /* @__PURE__ */ (() =>
  tablesOf(
    ALL_FIELDS.filter(inV1),
    GATES.filter((g) => inV1(g.field) && inV1(g.on)),
  ))();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Visit = (value: unknown, where: Where) => void;

/**
 * Calls `visit` with the value at every place `place` names, expanding a `list[]` key into each
 * item. The concrete path is built only when `visit` asks for it (most visits report nothing).
 */
function each(root: unknown, place: Place, visit: Visit): void {
  if (place.plain === undefined) {
    eachItem(root, place.keys, visit, 0, []);
    return;
  }
  let value = root;
  for (const key of place.keys) {
    if (!isRecord(value)) return;
    value = value[key];
  }
  visit(value, place.plain);
}

function eachItem(value: unknown, keys: Keys, visit: Visit, at: number, prefix: readonly (string | number)[]): void {
  for (let i = at; i < keys.length; i++) {
    if (!isRecord(value)) return;
    const key = keys[i] as string;
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const list = value[name];
      if (!Array.isArray(list)) return;
      const base = [...prefix, ...keys.slice(at, i), name];
      for (let n = 0; n < list.length; n++) eachItem(list[n], keys, visit, i + 1, [...base, n]);
      return;
    }
    value = value[key];
  }
  visit(value, () => [...prefix, ...keys.slice(at)]);
}

// An empty list is no answer: `violations: []` counts as none.
const answered = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0);
const validDate = (d: unknown): d is string => typeof d === "string" && isCalendarDate(d);
const SECTIONS_WITH_VIOLATIONS = ["police", "medical"] as const;

/**
 * The consistency rules that a field's own schema cannot see: skip-logic gates, violations without
 * a ticked box, duplicates, consent dates, future dates, `declined`, and — in record v2 — refusals,
 * consent items, incidents and the links of charges to them. Written for any input, valid or not,
 * so a record's every issue is found in one pass.
 */
export function checkRules(record: unknown, asOf: string, report: Report, version: 1 | 2): void {
  if (!isRecord(record)) return;
  const tables = version === 1 ? V1_TABLES : V2_TABLES;

  for (const { parent, gates } of tables.gateGroups) {
    each(record, parent, (holder, path) => {
      if (!isRecord(holder)) return;
      for (const gate of gates) {
        if (answered(holder[gate.field]) && !gateOpen(holder[gate.on], gate.when)) {
          report("DETAIL_WITHOUT_GATE", [...path(), gate.field], gate.params);
        }
      }
    });
  }

  for (const section of SECTIONS_WITH_VIOLATIONS) {
    const s = record[section];
    if (isRecord(s) && s.rightsViolated === true && !answered(s.violations) && s.otherViolation === undefined) {
      report("VIOLATIONS_MISSING", [section, "violations"]);
    }
  }

  for (const keys of tables.lists) {
    each(record, keys, (list, path) => {
      if (!Array.isArray(list)) return;
      // Lists hold at most a few dozen items: a nested loop beats allocating a Map per list.
      for (let i = 1; i < list.length; i++) {
        const first = list.indexOf(list[i]);
        if (first < i) report("DUPLICATE", [...path(), i], { first });
      }
    });
  }

  checkDates(record, asOf, report, tables);
  if (version === 2) checkVersion2(record, report);
  checkDeclined(record, report, tables, version);
}

function checkDates(record: Record<string, unknown>, asOf: string, report: Report, tables: Tables): void {
  for (const keys of tables.dates) {
    each(record, keys, (value, path) => {
      if (typeof value === "string" && value > asOf && isCalendarDate(value)) report("FUTURE_DATE", path(), { asOf });
    });
  }

  const interviewDate = valueAt(record, ["interview", "date"]);
  const givenOn = valueAt(record, ["consent", "givenOn"]);
  const withdrawnOn = valueAt(record, ["consent", "withdrawnOn"]);
  if (validDate(interviewDate) && validDate(givenOn) && givenOn < interviewDate) {
    report("CONSENT_BEFORE_INTERVIEW", ["consent", "givenOn"], { givenOn, interviewDate });
  }
  if (validDate(givenOn) && validDate(withdrawnOn) && withdrawnOn < givenOn) {
    report("WITHDRAWN_BEFORE_GIVEN", ["consent", "withdrawnOn"], { givenOn, withdrawnOn });
  }

  // A date known to the month or year is written as the period's first day, so one period has one spelling.
  for (const list of ["charges", "incidents"] as const) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isRecord(item) || !validDate(item.date)) return;
      const suffix = item.datePrecision === "month" ? 8 : item.datePrecision === "year" ? 5 : 0;
      if (suffix === 0) return;
      const expected = item.date.slice(0, suffix) + (suffix === 8 ? "01" : "01-01");
      if (item.date !== expected) report("DATE_NOT_PERIOD_START", [list, i, "date"], { expected });
    });
  }
}

// The editions each code may cite (record-v2.md §3): criminal 1997 or 2014, administrative 2001 or 2014.
const EDITIONS: Readonly<Record<string, readonly string[]>> = { criminal: ["1997", "2014"], administrative: ["2001", "2014"] };
const RECORD_KEYS_OF_A_REFUSAL: ReadonlySet<string> = new Set(["schemaVersion", "id", "interview"]);

/** What record v2 adds: refusals, consent item by item, Q20's boxes, incidents, and charges linked to them. */
function checkVersion2(record: Record<string, unknown>, report: Report): void {
  const interview = isRecord(record.interview) ? record.interview : {};
  if (interview.outcome === "refused") {
    // A refusal holds nothing about the person: not even her consent.
    for (const key of Object.keys(record)) if (!RECORD_KEYS_OF_A_REFUSAL.has(key)) report("REFUSAL_WITH_ANSWERS", [key]);
    return;
  }
  if (record.consent === undefined) report("REQUIRED", ["consent"]);
  if (record.respondent === undefined) report("REQUIRED", ["respondent"]);

  const consent = isRecord(record.consent) ? record.consent : {};
  const items = isRecord(consent.items) ? consent.items : {};
  for (const [name, item] of Object.entries(items)) {
    if (!isRecord(item)) continue;
    const blockGiven = validDate(consent.givenOn) ? consent.givenOn : undefined;
    if (validDate(item.givenOn) && blockGiven !== undefined && item.givenOn < blockGiven) {
      report("CONSENT_ITEM_BEFORE_BLOCK", ["consent", "items", name, "givenOn"], { givenOn: item.givenOn, blockGivenOn: blockGiven });
    }
    const given = validDate(item.givenOn) ? item.givenOn : blockGiven;
    if (validDate(item.withdrawnOn) && given !== undefined && item.withdrawnOn < given) {
      report("WITHDRAWN_BEFORE_GIVEN", ["consent", "items", name, "withdrawnOn"], { givenOn: given, withdrawnOn: item.withdrawnOn });
    }
  }

  const detention = valueAt(record, ["police", "detention"]);
  if (isRecord(detention) && detention.timesDetained !== undefined && detention.timesDetainedBox !== undefined) {
    report("TIMES_DETAINED_TWICE", ["police", "detention", "timesDetainedBox"]);
  }

  const incidents = Array.isArray(record.incidents) ? record.incidents : [];
  const ids = new Map<unknown, number>();
  const interviewDate = validDate(interview.date) ? interview.date : undefined;
  incidents.forEach((incident, i) => {
    if (!isRecord(incident)) return;
    const first = ids.get(incident.id);
    if (first === undefined) ids.set(incident.id, i);
    else report("DUPLICATE", ["incidents", i, "id"], { first });
    if (validDate(incident.date) && interviewDate !== undefined && incident.date > interviewDate) {
      report("INCIDENT_AFTER_INTERVIEW", ["incidents", i, "date"], { date: incident.date, interviewDate });
    }
    const perpetrators = Array.isArray(incident.perpetrators) ? incident.perpetrators : undefined;
    if (perpetrators?.length === 0) report("NO_PERPETRATOR", ["incidents", i, "perpetrators"]);
    const police = perpetrators?.some((p) => isRecord(p) && p.kind === "police") === true;
    if (police) return;
    if (incident.detention !== undefined) report("NEEDS_POLICE_PERPETRATOR", ["incidents", i, "detention"]);
    if (Array.isArray(incident.payments)) {
      incident.payments.forEach((payment, j) => {
        if (isRecord(payment) && payment.to === "officer") report("NEEDS_POLICE_PERPETRATOR", ["incidents", i, "payments", j, "to"]);
      });
    }
  });

  const charges = Array.isArray(record.charges) ? record.charges : [];
  charges.forEach((charge, i) => {
    if (!isRecord(charge)) return;
    const editions = typeof charge.code === "string" ? EDITIONS[charge.code] : undefined;
    if (typeof charge.codeEdition === "string" && editions !== undefined && !editions.includes(charge.codeEdition)) {
      report("CODE_EDITION_MISMATCH", ["charges", i, "codeEdition"], { code: charge.code, expected: editions.join(" | ") });
    }
    if (typeof charge.incident === "string" && !ids.has(charge.incident)) report("UNKNOWN_INCIDENT", ["charges", i, "incident"]);
  });
}

function checkDeclined(record: Record<string, unknown>, report: Report, tables: Tables, version: 1 | 2): void {
  const declined: unknown[] = Array.isArray(record.declined) ? record.declined : [];
  for (const path of declined) {
    // An unknown path is the schema's UNKNOWN_QUESTION, reported at declined[i].
    const keys = typeof path === "string" ? tables.declinable.get(path) : undefined;
    if (keys !== undefined && valueAt(record, keys) !== undefined) report("DECLINED_BUT_ANSWERED", [...keys]);
  }
  if (!isRecord(record.respondent)) return;
  // An interview interrupted before the starred questions did not ask them; a refusal asked nothing.
  const outcome = version === 2 ? valueAt(record, ["interview", "outcome"]) : undefined;
  if (outcome === "interrupted" || outcome === "refused") return;
  for (const { path, keys } of tables.required) {
    if (valueAt(record, keys) === undefined && !declined.includes(path)) report("REQUIRED", [...keys]);
  }
}
