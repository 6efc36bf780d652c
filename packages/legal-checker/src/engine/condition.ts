import type { FieldPath, IsoDate } from "@redumbrella/questionnaire";
import { match, P } from "ts-pattern";
import type { LawRef } from "../law/registry.js";

type ChargeField<TPath> = TPath extends `charges[].${infer TRest}` ? `charge.${TRest}` : never;
type IncidentField<TPath> = TPath extends `incidents[].${infer TRest}` ? `incident.${TRest}` : never;

/** A fact of the record, named as `FIELDS` names it (`"police.detention.outcomes"`). */
export type RecordFactPath = Exclude<FieldPath, `charges[].${string}` | `incidents[].${string}`>;
/** A fact of the charge being judged: `charges[].x` of `FIELDS` read as `charge.x`. */
export type ChargeFactPath = ChargeField<FieldPath>;
/**
 * A fact of the incident being judged: `incidents[].x` of `FIELDS` read as `incident.x`. A field of a
 * list in the incident (`incident.perpetrators[].kind`) reads as the list of its values.
 */
export type IncidentFactPath = IncidentField<FieldPath>;
/** A fact a rule can read: of the record, of the charge or of the incident being judged. */
export type FactPath = RecordFactPath | ChargeFactPath | IncidentFactPath;

/** A value a fact is compared with. */
export type Scalar = string | number | boolean;

/**
 * A rule's condition, a small JSON-like language evaluated in three-valued logic: each node is
 * true, false, or unknown when a fact it needs is not in the record.
 * - `all` / `any` / `not` combine conditions (Kleene logic: one false `all` is false, whatever is unknown);
 * - `fact` with `equals`, `in`, `includes` (a list holds the value), `includesAny`, `atLeast` or `below`
 *   compares a fact; a fact that does not apply (its gate is closed, its group is absent and the pack
 *   reads that as "none") compares false;
 * - `present` is whether a fact has a value at all (never unknown unless its section is missing);
 * - `onOrAfter` / `before` compare the day being judged;
 * - `inForce` is whether an entry of the pack's law is in force that day;
 * - `articleInForce` (charges only) is whether the article the charge cites was in force that day,
 *   judged only for articles the pack's law registers;
 * - `cites` (charges only) is whether the charge cites one of these articles, read in the edition
 *   of its code the paper names, or else the one in force that day.
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly fact: FactPath; readonly equals: Scalar }
  | { readonly fact: FactPath; readonly in: readonly Scalar[] }
  | { readonly fact: FactPath; readonly includes: Scalar }
  | { readonly fact: FactPath; readonly includesAny: readonly string[] }
  | { readonly fact: FactPath; readonly atLeast: number }
  | { readonly fact: FactPath; readonly below: number }
  | { readonly present: FactPath }
  | { readonly onOrAfter: IsoDate }
  | { readonly before: IsoDate }
  | { readonly inForce: LawRef }
  | { readonly articleInForce: boolean }
  | { readonly cites: readonly [LawRef, ...LawRef[]] };

/** A three-valued truth: false, true, or unknown. */
export type Tri = 0 | 1 | 2;
/** False. */
export const F: Tri = 0;
/** True. */
export const T: Tri = 1;
/** Unknown: a fact the answer needs is missing. */
export const U: Tri = 2;

/** How each kind of leaf of a condition is evaluated; the compiler below only combines them. */
export interface LeafCompiler<TContext> {
  fact(path: FactPath, test: (value: unknown) => boolean): (context: TContext) => Tri;
  present(path: FactPath): (context: TContext) => Tri;
  day(test: (day: IsoDate) => boolean, breakpoint: IsoDate): (context: TContext) => Tri;
  inForce(ref: LawRef): (context: TContext) => Tri;
  articleInForce(expected: boolean): (context: TContext) => Tri;
  cites(refs: readonly LawRef[]): (context: TContext) => Tri;
}

/** A compiled condition: one closure per node, built once per pack. */
export type Evaluator<TContext> = (context: TContext) => Tri;

function all<TContext>(children: readonly Evaluator<TContext>[]): Evaluator<TContext> {
  return (context) => {
    let result: Tri = T;
    for (const child of children) {
      const value = child(context);
      if (value === F) return F;
      if (value === U) result = U;
    }
    return result;
  };
}

function any<TContext>(children: readonly Evaluator<TContext>[]): Evaluator<TContext> {
  return (context) => {
    let result: Tri = F;
    for (const child of children) {
      const value = child(context);
      if (value === T) return T;
      if (value === U) result = U;
    }
    return result;
  };
}

const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value);

function includesAny(list: readonly unknown[], choices: readonly unknown[]): boolean {
  for (const choice of choices) if (list.includes(choice)) return true;
  return false;
}

/** Compiles a condition into closures, leaves by `leaves`; the node kinds are matched exhaustively. */
export function compileCondition<TContext>(condition: Condition, leaves: LeafCompiler<TContext>): Evaluator<TContext> {
  const compile = (c: Condition): Evaluator<TContext> => compileCondition(c, leaves);
  return match<Condition, Evaluator<TContext>>(condition)
    .with({ all: P.array() }, (c) => all(c.all.map(compile)))
    .with({ any: P.array() }, (c) => any(c.any.map(compile)))
    .with({ not: P.nonNullable }, (c) => {
      const inner = compile(c.not);
      return (context) => {
        const value = inner(context);
        return value === U ? U : value === T ? F : T;
      };
    })
    .with({ fact: P.string, equals: P.nonNullable }, (c) => leaves.fact(c.fact, (v) => v === c.equals))
    .with({ fact: P.string, in: P.array() }, (c) => {
      const values = new Set<unknown>(c.in);
      return leaves.fact(c.fact, (v) => values.has(v));
    })
    .with({ fact: P.string, includes: P.union(P.string, P.number, P.boolean) }, (c) =>
      leaves.fact(c.fact, (v) => isArray(v) && v.includes(c.includes)),
    )
    .with({ fact: P.string, includesAny: P.array() }, (c) => leaves.fact(c.fact, (v) => isArray(v) && includesAny(v, c.includesAny)))
    .with({ fact: P.string, atLeast: P.number }, (c) => leaves.fact(c.fact, (v) => typeof v === "number" && v >= c.atLeast))
    .with({ fact: P.string, below: P.number }, (c) => leaves.fact(c.fact, (v) => typeof v === "number" && v < c.below))
    .with({ present: P.string }, (c) => leaves.present(c.present))
    .with({ onOrAfter: P.string }, (c) => leaves.day((day) => day >= c.onOrAfter, c.onOrAfter))
    .with({ before: P.string }, (c) => leaves.day((day) => day < c.before, c.before))
    .with({ inForce: P.nonNullable }, (c) => leaves.inForce(c.inForce))
    .with({ articleInForce: P.boolean }, (c) => leaves.articleInForce(c.articleInForce))
    .with({ cites: P.array() }, (c) => leaves.cites(c.cites))
    .exhaustive();
}

/** Every fact a condition reads, in order of appearance, each once (`articleInForce` and `cites` read the charge's article, code and edition). */
export function factsOf(condition: Condition): FactPath[] {
  const out = new Set<FactPath>();
  const visit = (c: Condition): void => {
    match(c)
      .with({ all: P.array() }, (n) => n.all.forEach(visit))
      .with({ any: P.array() }, (n) => n.any.forEach(visit))
      .with({ not: P.nonNullable }, (n) => visit(n.not))
      .with({ fact: P.string }, (n) => void out.add(n.fact))
      .with({ present: P.string }, (n) => void out.add(n.present))
      .with({ articleInForce: P.boolean }, { cites: P.array() }, () => {
        out.add("charge.article");
        out.add("charge.code");
        out.add("charge.codeEdition");
      })
      .with({ onOrAfter: P.string }, { before: P.string }, { inForce: P.nonNullable }, () => {})
      .exhaustive();
  };
  visit(condition);
  return [...out];
}
