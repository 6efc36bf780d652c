import type { IssueCode } from "../issues.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./fields.js";
import { describeCondition, gateOpen, GATES } from "./gates.js";
import { isCalendarDate } from "../core/dates.js";
import { valueAt } from "../core/path.js";
import { DECLINABLE_PATHS } from "./record.js";

/** Reports one issue at a path. */
export type Report = (code: IssueCode, path: (string | number)[], params?: Record<string, unknown>) => void;

type Keys = readonly string[];

// Paths are split once, at load; `charges[]` is a segment that stands for every charge.
const split = (path: string): Keys => path.split(".");
const fieldsWhere = (test: (spec: FieldSpec) => boolean): FieldPath[] =>
  (Object.keys(FIELDS) as FieldPath[]).filter((p) => test(FIELDS[p]));

// Gates grouped by the object that holds both the field and its gate (every gate of the form is
// between siblings), so each object is reached once per record.
const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf(".")));
const GATE_GROUPS = [...new Set(GATES.map((g) => parentOf(g.field)))].map((parent) => ({
  parent: parent === "" ? [] : split(parent),
  gates: GATES.filter((g) => parentOf(g.field) === parent).map((g) => ({
    field: split(g.field).at(-1) as string,
    on: split(g.on).at(-1) as string,
    path: split(g.field),
    when: g.when,
    params: { gate: g.on, expected: describeCondition(g.when) },
  })),
}));
const LISTS = fieldsWhere((f) => f.kind === "choices" || f.kind === "paths").map(split);
const DATES = fieldsWhere((f) => f.kind === "date").map(split);
const REQUIRED = fieldsWhere((f) => f.required === true).map((p) => ({ path: p, keys: split(p) }));
const DECLINABLE: ReadonlyMap<string, Keys> = new Map([...DECLINABLE_PATHS].map((p) => [p, split(p)]));
const SECTIONS_WITH_VIOLATIONS = ["police", "medical"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Calls `visit` with the value at every place `keys` names, expanding a `list[]` segment into each
 * item. The concrete path is built only when `visit` asks for it (most visits report nothing).
 */
function each(
  root: unknown,
  keys: Keys,
  visit: (value: unknown, path: () => (string | number)[]) => void,
  at = 0,
  prefix: readonly (string | number)[] = [],
): void {
  let value = root;
  for (let i = at; i < keys.length; i++) {
    if (!isRecord(value)) return;
    const key = keys[i] as string;
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const list = value[name];
      if (!Array.isArray(list)) return;
      const base = [...prefix, ...keys.slice(at, i)];
      list.forEach((item, n) => each(item, keys, visit, i + 1, [...base, name, n]));
      return;
    }
    value = value[key];
  }
  visit(value, () => [...prefix, ...keys.slice(at)]);
}

// An empty list is no answer: `violations: []` counts as none.
const answered = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The consistency rules of record v1 that a field's own schema cannot see: skip-logic gates,
 * violations without a ticked box, duplicates, consent dates, future dates, and `declined`.
 * Written for any input, valid or not, so a record's every issue is found in one pass.
 */
export function checkRules(record: unknown, asOf: string, report: Report): void {
  if (!isRecord(record)) return;

  for (const { parent, gates } of GATE_GROUPS) {
    const holder = valueAt(record, parent);
    if (!isRecord(holder)) continue;
    for (const gate of gates) {
      if (answered(holder[gate.field]) && !gateOpen(holder[gate.on], gate.when)) {
        report("DETAIL_WITHOUT_GATE", [...gate.path], gate.params);
      }
    }
  }

  for (const section of SECTIONS_WITH_VIOLATIONS) {
    const s = record[section];
    if (isRecord(s) && s.rightsViolated === true && !answered(s.violations) && s.otherViolation === undefined) {
      report("VIOLATIONS_MISSING", [section, "violations"]);
    }
  }

  for (const keys of LISTS) {
    each(record, keys, (list, path) => {
      if (!Array.isArray(list)) return;
      // Lists hold at most a few dozen items: a nested loop beats allocating a Map per list.
      for (let i = 1; i < list.length; i++) {
        const first = list.indexOf(list[i]);
        if (first < i) report("DUPLICATE", [...path(), i], { first });
      }
    });
  }

  checkDates(record, asOf, report);
  checkDeclined(record, report);
}

function checkDates(record: Record<string, unknown>, asOf: string, report: Report): void {
  for (const keys of DATES) {
    each(record, keys, (value, path) => {
      if (typeof value === "string" && value > asOf && isCalendarDate(value)) report("FUTURE_DATE", path(), { asOf });
    });
  }

  const interviewDate = valueAt(record, ["interview", "date"]);
  const givenOn = valueAt(record, ["consent", "givenOn"]);
  const withdrawnOn = valueAt(record, ["consent", "withdrawnOn"]);
  const valid = (d: unknown): d is string => typeof d === "string" && isCalendarDate(d);
  if (valid(interviewDate) && valid(givenOn) && givenOn < interviewDate) {
    report("CONSENT_BEFORE_INTERVIEW", ["consent", "givenOn"], { givenOn, interviewDate });
  }
  if (valid(givenOn) && valid(withdrawnOn) && withdrawnOn < givenOn) {
    report("WITHDRAWN_BEFORE_GIVEN", ["consent", "withdrawnOn"], { givenOn, withdrawnOn });
  }

  // A date known to the month or year is written as the period's first day, so one period has one spelling.
  const charges = record.charges;
  if (!Array.isArray(charges)) return;
  charges.forEach((charge, i) => {
    if (!isRecord(charge) || !valid(charge.date)) return;
    const suffix = charge.datePrecision === "month" ? 8 : charge.datePrecision === "year" ? 5 : 0;
    if (suffix === 0) return;
    const expected = charge.date.slice(0, suffix) + (suffix === 8 ? "01" : "01-01");
    if (charge.date !== expected) report("DATE_NOT_PERIOD_START", ["charges", i, "date"], { expected });
  });
}

function checkDeclined(record: Record<string, unknown>, report: Report): void {
  const declined: unknown[] = Array.isArray(record.declined) ? record.declined : [];
  for (const path of declined) {
    // An unknown path is the schema's UNKNOWN_QUESTION, reported at declined[i].
    const keys = typeof path === "string" ? DECLINABLE.get(path) : undefined;
    if (keys !== undefined && valueAt(record, keys) !== undefined) report("DECLINED_BUT_ANSWERED", [...keys]);
  }
  if (!isRecord(record.respondent)) return;
  for (const { path, keys } of REQUIRED) {
    if (valueAt(record, keys) === undefined && !declined.includes(path)) report("REQUIRED", [...keys]);
  }
}
