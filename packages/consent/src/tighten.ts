import { DEFAULT_LOCALE, type Issue, type Issues, type Locale, RedumbrellaError } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { consentMessage } from "./messages.js";
import { isPolicy, type Policy, sanction, type UseRule, type UseRules } from "./policy.js";
import {
  CONSENT_ITEMS,
  type ConsentItem,
  OBLIGATION_CODES,
  type ObligationCode,
  type PolicyIssueCode,
  USES,
  type Use,
} from "./vocabulary.js";

/** How to make one use's rule stricter; every field only adds to the rule. */
export interface UseTightening {
  /** Items the use needs besides the policy's. */
  readonly needs?: readonly ConsentItem[];
  /** A shorter validity of consent for the use, in calendar days after each needed item's own `givenOn`; at most the policy's. */
  readonly maxAgeDays?: number;
  /** Obligations besides the policy's. */
  readonly obligations?: readonly ObligationCode[];
}

/** A tightening of a policy, by use, e.g. `{ lawEnforcementComplaint: { maxAgeDays: 14 } }`. */
export type Tightening = { readonly [U in Use]?: UseTightening };

/** One problem of a tightening, at its path (`["lawEnforcementComplaint", "maxAgeDays"]`). */
export type PolicyIssue = Issue<PolicyIssueCode>;

/** The error `tightenPolicy` throws: every problem of the tightening, none applied. */
export class ConsentPolicyError extends RedumbrellaError<"INVALID_TIGHTENING", PolicyIssueCode> {
  override readonly name = "ConsentPolicyError";
  // Narrowed to at least one issue; set by the base constructor.
  declare readonly issues: Issues<PolicyIssueCode>;

  constructor(issues: Issues<PolicyIssueCode>, options?: { readonly cause?: unknown }) {
    super("INVALID_TIGHTENING", issues, options);
  }
}

const FIELDS: readonly string[] = ["needs", "maxAgeDays", "obligations"] satisfies readonly (keyof UseTightening)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Items of `known` added to `base`, without repeats, in the order of `known`. */
const added = <T extends string>(known: readonly T[], base: readonly T[], extra: readonly T[]): T[] =>
  known.filter((x) => extra.includes(x) && !base.includes(x));

/**
 * Makes a stricter policy from `base` (`POLICY` or a policy made by this function): more items
 * needed, a shorter validity of consent, more obligations. It never loosens: a longer `maxAgeDays`,
 * anything for a use no item covers, items or a validity for a use a legal duty allows, an unknown
 * use, item or field (the global denials, ages, witnesses and contradictions are not tightened) is
 * rejected, whole, with a `ConsentPolicyError` listing every problem. The new policy's version
 * names each change; a tightening that changes nothing returns `base`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { decide, POLICY, tightenPolicy } from "@redumbrella/consent";
 *
 * const record: unknown = JSON.parse(readFileSync("record.json", "utf8")); // v1 or v2: decide() validates it
 * const strict = tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 14 } });
 * strict.version; // "2+lawEnforcementComplaint.maxAgeDays=14"
 * decide(record, "lawEnforcementComplaint", { asOf: "2026-11-28", policy: strict });
 */
export function tightenPolicy(base: Policy, tightening: Tightening, locale: Locale = DEFAULT_LOCALE): Policy {
  const issues: PolicyIssue[] = [];
  const report = (code: PolicyIssueCode, path: (string | number)[], params?: Record<string, string | number>): void => {
    const message = consentMessage(`policyIssue.${code}`, params, locale);
    issues.push(params === undefined ? { code, path, message } : { code, path, message, params });
  };
  const readList = <T extends string>(value: unknown, known: readonly T[], code: PolicyIssueCode, path: (string | number)[]): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      report("NOT_A_LIST", path);
      return [];
    }
    value.forEach((x, i) => {
      if (!known.includes(x as T)) report(code, [...path, i], { expected: known.join(", ") });
    });
    return value.filter((x): x is T => known.includes(x as T));
  };

  if (!isPolicy(base)) report("UNKNOWN_BASE", []);
  if (!isPlainObject(tightening)) report("NOT_AN_OBJECT", []);
  const given: Record<string, unknown> = isPlainObject(tightening) ? tightening : {};
  for (const key of Object.keys(given)) if (!(USES as readonly string[]).includes(key)) report("UNKNOWN_USE", [key]);

  const rules: { -readonly [U in Use]?: UseRule } = {};
  const changes: string[] = [];
  for (const use of USES) {
    const baseRule = isPolicy(base) ? base.uses[use] : undefined;
    if (baseRule !== undefined) rules[use] = baseRule;
    if (!Object.hasOwn(given, use)) continue;
    const t = given[use];
    if (!isPlainObject(t)) {
      report("NOT_AN_OBJECT", [use]);
      continue;
    }
    for (const key of Object.keys(t)) if (!FIELDS.includes(key)) report("UNKNOWN_FIELD", [use, key]);
    const needs = readList(t.needs, CONSENT_ITEMS, "UNKNOWN_ITEM", [use, "needs"]);
    const maxAgeDays = t.maxAgeDays;
    const validAge = typeof maxAgeDays === "number" && Number.isSafeInteger(maxAgeDays) && maxAgeDays >= 0;
    if (maxAgeDays !== undefined && !validAge) report("INVALID_MAX_AGE", [use, "maxAgeDays"]);
    const obligations = readList(t.obligations, OBLIGATION_CODES, "UNKNOWN_OBLIGATION", [use, "obligations"]);
    if (baseRule === undefined) continue;

    rules[use] = match(baseRule)
      .with({ kind: "noConsentItem" }, (rule): UseRule => {
        // Whatever it adds, a tightening of a use no item covers could only be read as allowing it.
        if (FIELDS.some((field) => t[field] !== undefined)) report("NEVER_ALLOWED", [use]);
        return rule;
      })
      .with({ kind: "consent" }, (rule): UseRule => {
        const newNeeds = added(CONSENT_ITEMS, rule.needs, needs);
        const newObligations = added(OBLIGATION_CODES, rule.obligations, obligations);
        let limit = rule.maxAgeDays;
        if (validAge && limit !== undefined && maxAgeDays > limit) {
          report("LOOSENS_MAX_AGE", [use, "maxAgeDays"], { maxAgeDays, limit });
        } else if (validAge && maxAgeDays !== limit) {
          limit = maxAgeDays;
          changes.push(`${use}.maxAgeDays=${maxAgeDays}`);
        }
        if (newNeeds.length > 0) changes.push(`${use}.needs=${newNeeds.join(",")}`);
        if (newObligations.length > 0) changes.push(`${use}.obligations=${newObligations.join(",")}`);
        const tightened = { ...rule, needs: [...rule.needs, ...newNeeds] as const, obligations: [...rule.obligations, ...newObligations] };
        return limit === undefined ? tightened : { ...tightened, maxAgeDays: limit };
      })
      .with({ kind: "duty" }, (rule): UseRule => {
        // A duty does not rest on consent: asking for items or their freshness would change what it is.
        if (t.needs !== undefined || t.maxAgeDays !== undefined) report("NEEDS_NO_CONSENT", [use]);
        const newObligations = added(OBLIGATION_CODES, rule.obligations, obligations);
        if (newObligations.length > 0) changes.push(`${use}.obligations=${newObligations.join(",")}`);
        return { ...rule, obligations: [...rule.obligations, ...newObligations] };
      })
      .exhaustive();
  }

  if (issues.length > 0) throw new ConsentPolicyError(issues as [PolicyIssue, ...PolicyIssue[]]);
  if (changes.length === 0) return base;
  return sanction([base.version, ...changes].join("+"), rules as UseRules, base.contradictions);
}
