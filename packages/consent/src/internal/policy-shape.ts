import { match } from "ts-pattern";
import type { Contradictions, Policy, UseRule } from "../policy.js";
import { CONSENT_ITEMS, OBLIGATION_CODES, USES } from "../vocabulary.js";

// The policy format this copy reads: `"2"`, then `+` and each tightening.
const VERSION = /^2(?:\+|$)/;

type Loose = Readonly<Record<string, unknown>>;

const isFrozenObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.isFrozen(value);

/** Whether `value` is a frozen list of known codes holding every code of `base`. */
function coversList(value: unknown, known: readonly string[], base: readonly string[], nonEmpty: boolean): boolean {
  if (!Array.isArray(value) || !Object.isFrozen(value) || (nonEmpty && value.length === 0)) return false;
  return value.every((x) => known.includes(x)) && base.every((x) => value.includes(x));
}

/** Whether `value` is a valid `maxAgeDays` no longer than the base rule's (any, when the base has none). */
function withinMaxAge(value: unknown, base: number | undefined): boolean {
  if (value === undefined) return base === undefined;
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && (base === undefined || value <= base);
}

/** Whether `value` is a rule of the same kind, ages and witness as `base`, that only adds to it. */
function tightensRule(value: unknown, base: UseRule): boolean {
  if (!isFrozenObject(value) || value.kind !== base.kind || value.respondents !== base.respondents) return false;
  return match(base)
    .with(
      { kind: "consent" },
      (rule) =>
        value.witnessForOral === rule.witnessForOral &&
        coversList(value.needs, CONSENT_ITEMS, rule.needs, true) &&
        withinMaxAge(value.maxAgeDays, rule.maxAgeDays) &&
        coversList(value.obligations, OBLIGATION_CODES, rule.obligations, false),
    )
    .with({ kind: "duty" }, (rule) => coversList(value.obligations, OBLIGATION_CODES, rule.obligations, false))
    .with({ kind: "noConsentItem" }, (rule) => value.witnessForOral === rule.witnessForOral)
    .exhaustive();
}

/** Whether `value` keeps every contradiction of `base`, naming known items only. */
function keepsContradictions(value: unknown, base: Contradictions): boolean {
  if (!isFrozenObject(value)) return false;
  const items: readonly string[] = CONSENT_ITEMS;
  return (
    Object.keys(value).every((item) => items.includes(item) && coversList(value[item], CONSENT_ITEMS, [], true)) &&
    CONSENT_ITEMS.every((item) => {
      const refused = base[item];
      return refused === undefined || coversList(value[item], CONSENT_ITEMS, refused, true);
    })
  );
}

/**
 * Whether `value` is, deeply frozen, a policy `tightenPolicy` could have made from `base`: a version
 * of this format, and for every use a rule of the same kind, ages and witness that only adds items,
 * obligations or a shorter validity. A policy made by another copy of this package passes; no
 * object that would loosen `base`, or that `decide` could not read, does.
 */
export function tightens(value: object, base: Policy): boolean {
  const policy = value as Loose;
  if (typeof policy.version !== "string" || !VERSION.test(policy.version)) return false;
  const uses = policy.uses;
  if (!isFrozenObject(uses) || !USES.every((use) => tightensRule(uses[use], base.uses[use]))) return false;
  return keepsContradictions(policy.contradictions, base.contradictions);
}
