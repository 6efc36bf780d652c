import * as fc from "fast-check";
import { addDays } from "../core/dates.js";
import type { IssueCode } from "../issues.js";
import { CHOICE_LISTS } from "../schema/enums.js";
import { FIELDS, type FieldPath, type FieldSpec } from "../schema/fields.js";
import { GATES, gateOpen } from "../schema/gates.js";
import type { InterviewRecord } from "../schema/record.js";
import { type RecordArbitraryOptions, recordArb } from "./arbitraries.js";

/** The kinds of single mutation `mutatedRecordArb` applies to a valid record. */
export const MUTATION_KINDS = [
  "wrongChoice",
  "missingRequired",
  "detailWithoutGate",
  "unknownKey",
  "futureDate",
  "declinedPresent",
  "wrongType",
  "outOfRange",
  "duplicate",
] as const;

/** A kind of single mutation. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A record with exactly one thing wrong, and the issue a validator must report for it. */
export interface MutatedRecord {
  readonly record: unknown;
  readonly kind: MutationKind;
  /** Where the issue is expected, formatted as `police.violations[2]`. */
  readonly path: string;
  readonly code: IssueCode;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every concrete path of the record where `FIELDS` has an entry, with its spec (charges expanded). */
function presentFields(record: Obj): { path: string; keys: (string | number)[]; spec: FieldSpec }[] {
  const out: { path: string; keys: (string | number)[]; spec: FieldSpec }[] = [];
  for (const [pattern, spec] of Object.entries(FIELDS) as [FieldPath, FieldSpec][]) {
    const expand = (node: unknown, parts: string[], keys: (string | number)[], shown: string): void => {
      if (parts.length === 0) {
        if (node !== undefined) out.push({ path: shown, keys, spec });
        return;
      }
      const [head, ...rest] = parts as [string, ...string[]];
      if (!isObj(node)) return;
      if (head.endsWith("[]")) {
        const name = head.slice(0, -2);
        const list = node[name];
        if (Array.isArray(list))
          list.forEach((item, i) => {
            expand(item, rest, [...keys, name, i], `${shown}${shown ? "." : ""}${name}[${i}]`);
          });
        return;
      }
      expand(node[head], rest, [...keys, head], `${shown}${shown ? "." : ""}${head}`);
    };
    expand(record, pattern.split("."), [], "");
  }
  return out;
}

function setAt(record: Obj, keys: readonly (string | number)[], value: unknown): void {
  let node: Obj = record;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Obj;
  }
  const last = keys.at(-1) as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function getAt(record: Obj, keys: readonly string[]): unknown {
  let node: unknown = record;
  for (const key of keys) node = isObj(node) ? node[key] : undefined;
  return node;
}

/** A valid value for a field that is not present yet (used to answer a question out of its gate). */
function validValue(spec: FieldSpec): unknown {
  if (spec.kind === "group") return {};
  if (spec.kind === "boolean") return true;
  if (spec.kind === "choice" && spec.choices) return CHOICE_LISTS[spec.choices][0];
  if (spec.kind === "choices" && spec.choices) return [CHOICE_LISTS[spec.choices][0]];
  if (spec.kind === "integer") return 2;
  return "текст ответа";
}

type Mutation = Omit<MutatedRecord, "record" | "kind"> & { apply: (r: Obj) => void };

/** The mutations of one kind that apply to this record (none when the record offers no place for it). */
function candidates(record: Obj, kind: MutationKind, asOf: string): Mutation[] {
  const fields = presentFields(record);
  const declined = new Set(Array.isArray(record.declined) ? record.declined : []);
  switch (kind) {
    case "wrongChoice":
      return fields.flatMap((f) => {
        if (f.spec.kind === "choice")
          return [{ path: f.path, code: "INVALID_CHOICE" as const, apply: (r: Obj) => setAt(r, f.keys, "notAChoice") }];
        if (f.spec.kind === "choices" && Array.isArray(getAt(record, f.keys as string[]))) {
          const list = getAt(record, f.keys as string[]) as unknown[];
          if (list.length === 0) return [];
          return [{ path: `${f.path}[0]`, code: "INVALID_CHOICE" as const, apply: (r: Obj) => setAt(r, [...f.keys, 0], "notAChoice") }];
        }
        return [];
      });
    case "missingRequired":
      return [
        ...[
          "id",
          "interview.date",
          "interview.interviewerId",
          "consent.items.statistics.answer",
          "consent.recordedBy",
          "consent.givenOn",
        ].map((p) => ({
          path: p,
          code: "REQUIRED" as const,
          apply: (r: Obj) => setAt(r, p.split("."), undefined),
        })),
        // An interrupted interview may stop before the starred questions: they are required only otherwise.
        ...fields
          .filter((f) => f.spec.required === true && getAt(record, ["interview", "outcome"]) !== "interrupted")
          .map((f) => ({ path: f.path, code: "REQUIRED" as const, apply: (r: Obj) => setAt(r, f.keys, undefined) })),
      ];
    case "detailWithoutGate":
      // Gates inside lists (incidents[]) are left to the example tests.
      return GATES.filter(
        (g) =>
          !g.field.includes("[]") &&
          !gateOpen(getAt(record, g.on.split(".")), g.when) &&
          !declined.has(g.field) &&
          getAt(record, g.field.split(".")) === undefined,
      ).map((g) => ({
        path: g.field,
        code: "DETAIL_WITHOUT_GATE" as const,
        apply: (r: Obj) => setAt(r, g.field.split("."), validValue(FIELDS[g.field])),
      }));
    case "unknownKey":
      return [{ path: "nickname", keys: [] as (string | number)[] }, ...fields.filter((f) => f.spec.kind === "group")].map((f) => ({
        path: f.path === "nickname" ? "nickname" : `${f.path}.nickname`,
        code: "UNKNOWN_KEY" as const,
        apply: (r: Obj) => setAt(r, [...f.keys, "nickname"], "Кисуля"),
      }));
    case "futureDate":
      return [
        {
          path: "consent.withdrawnOn",
          code: "FUTURE_DATE" as const,
          apply: (r: Obj) => setAt(r, ["consent", "withdrawnOn"], addDays(asOf, 1)),
        },
        ...fields
          // An incident's date is also checked against the interview's: only a charge's date is after asOf alone.
          .filter((f) => /^charges\[\d+\]\.date$/.test(f.path))
          .map((f) => ({
            path: f.path,
            code: "FUTURE_DATE" as const,
            apply: (r: Obj) => {
              setAt(r, f.keys, addDays(asOf, 400));
              setAt(r, [...f.keys.slice(0, -1), "datePrecision"], "day");
            },
          })),
      ];
    case "declinedPresent":
      return fields
        .filter((f) => (f.spec as { declinable?: boolean }).declinable === true)
        .map((f) => ({
          path: f.path,
          code: "DECLINED_BUT_ANSWERED" as const,
          apply: (r: Obj) => {
            r.declined = [...(Array.isArray(r.declined) ? r.declined : []), f.path];
          },
        }));
    case "wrongType":
      return fields
        .filter((f) => (f.spec.kind === "boolean" || f.spec.kind === "integer") && f.path !== "schemaVersion")
        .map((f) => ({
          path: f.path,
          code: "INVALID_TYPE" as const,
          apply: (r: Obj) => setAt(r, f.keys, f.spec.kind === "boolean" ? "yes" : "5"),
        }));
    case "outOfRange":
      return fields
        .filter((f) => f.path === "respondent.age" || f.path === "police.detention.timesDetained")
        .map((f) => ({
          path: f.path,
          code: "OUT_OF_RANGE" as const,
          apply: (r: Obj) => setAt(r, f.keys, f.path === "respondent.age" ? 9 : 0),
        }));
    case "duplicate":
      return fields
        .filter((f) => f.spec.kind === "choices" || f.spec.kind === "paths")
        .flatMap((f) => {
          const list = getAt(record, f.keys as string[]);
          if (!Array.isArray(list) || list.length === 0) return [];
          return [
            { path: `${f.path}[${list.length}]`, code: "DUPLICATE" as const, apply: (r: Obj) => setAt(r, f.keys, [...list, list[0]]) },
          ];
        });
  }
}

/** Applies one mutation of `kind` (the `choice`-th applicable one) to a copy of a valid record; `undefined` when none applies. */
export function mutateRecord(record: InterviewRecord, kind: MutationKind, choice: number, asOf: string): MutatedRecord | undefined {
  const copy = structuredClone(record) as unknown as Obj;
  const options = candidates(copy, kind, asOf);
  if (options.length === 0) return undefined;
  const mutation = options[choice % options.length] as Mutation;
  mutation.apply(copy);
  return { record: copy, kind, path: mutation.path, code: mutation.code };
}

/**
 * A record with exactly one thing wrong — a wrong choice, a missing required answer, a detail
 * without its gate, an unknown key, a future date, a declined question that is answered, a wrong
 * type, a number out of range, a duplicate — with the path and code a validator must report.
 * `asOf` is the validation day the future date is after. Defaults to `"2026-11-28"`.
 */
export function mutatedRecordArb(
  options: RecordArbitraryOptions & { readonly asOf?: string; readonly kinds?: readonly MutationKind[] } = {},
): fc.Arbitrary<MutatedRecord> {
  const asOf = options.asOf ?? "2026-11-28";
  return fc
    .tuple(recordArb(options), fc.constantFrom(...(options.kinds ?? MUTATION_KINDS)), fc.nat())
    .map(([record, kind, choice]) => mutateRecord(record, kind, choice, asOf))
    .filter((m): m is MutatedRecord => m !== undefined);
}
