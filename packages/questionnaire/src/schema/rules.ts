import type { IssueCode } from "../issues.js";
import { FIELDS, type FieldPath, type FieldSpec } from "./fields.js";
import { describeCondition, gateOpen, GATES } from "./gates.js";
import { isCalendarDate } from "./primitives.js";

/** Reports one issue at a path. */
export type Report = (code: IssueCode, path: (string | number)[], params?: Record<string, unknown>) => void;

type Keys = readonly string[];

// Paths are split once, at load; `charges[]` is a segment that stands for every charge.
const split = (path: string): Keys => path.split(".");
const fieldsWhere = (test: (spec: FieldSpec) => boolean): FieldPath[] =>
  (Object.keys(FIELDS) as FieldPath[]).filter((p) => test(FIELDS[p]));

const GATE_RULES = GATES.map((g) => ({
  field: split(g.field),
  on: split(g.on),
  when: g.when,
  params: { gate: g.on, expected: describeCondition(g.when) },
}));
const LISTS = fieldsWhere((f) => f.kind === "choices" || f.kind === "paths").map(split);
const DATES = fieldsWhere((f) => f.kind === "date").map(split);
const REQUIRED = fieldsWhere((f) => f.required === true).map((p) => ({ path: p, keys: split(p) }));
const DECLINABLE: ReadonlyMap<string, Keys> = new Map(
  fieldsWhere((f) => f.declinable === true).map((p) => [p, split(p)]),
);
const SECTIONS_WITH_VIOLATIONS = ["police", "medical"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the value at `keys` (no `[]` segment), or `undefined` when any step is missing. */
function get(root: unknown, keys: Keys): unknown {
  let value = root;
  for (const key of keys) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** Calls `visit` with the value and concrete path of every place `keys` names (expanding `charges[]`). */
function each(
  root: unknown,
  keys: Keys,
  visit: (value: unknown, path: (string | number)[]) => void,
  at = 0,
  path: (string | number)[] = [],
): void {
  if (at === keys.length) {
    visit(root, path);
    return;
  }
  if (!isRecord(root)) return;
  const key = keys[at] as string;
  if (key.endsWith("[]")) {
    const name = key.slice(0, -2);
    const list = root[name];
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => each(item, keys, visit, at + 1, [...path, name, i]));
    return;
  }
  each(root[key], keys, visit, at + 1, [...path, key]);
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

  for (const gate of GATE_RULES) {
    if (answered(get(record, gate.field)) && !gateOpen(get(record, gate.on), gate.when)) {
      report("DETAIL_WITHOUT_GATE", [...gate.field], gate.params);
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
      const first = new Map<unknown, number>();
      list.forEach((item, i) => {
        const seen = first.get(item);
        if (seen === undefined) first.set(item, i);
        else report("DUPLICATE", [...path, i], { first: seen });
      });
    });
  }

  checkDates(record, asOf, report);
  checkDeclined(record, report);
}

function checkDates(record: Record<string, unknown>, asOf: string, report: Report): void {
  for (const keys of DATES) {
    each(record, keys, (value, path) => {
      if (typeof value === "string" && isCalendarDate(value) && value > asOf) report("FUTURE_DATE", path, { asOf });
    });
  }

  const interviewDate = get(record, ["interview", "date"]);
  const givenOn = get(record, ["consent", "givenOn"]);
  const withdrawnOn = get(record, ["consent", "withdrawnOn"]);
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
  const declined = Array.isArray(record.declined) ? record.declined : [];
  const declinedSet = new Set(declined);
  for (const path of declined) {
    // An unknown path is the schema's UNKNOWN_QUESTION, reported at declined[i].
    const keys = typeof path === "string" ? DECLINABLE.get(path) : undefined;
    if (keys !== undefined && get(record, keys) !== undefined) report("DECLINED_BUT_ANSWERED", [...keys]);
  }
  if (!isRecord(record.respondent)) return;
  for (const { path, keys } of REQUIRED) {
    if (get(record, keys) === undefined && !declinedSet.has(path)) report("REQUIRED", [...keys]);
  }
}
