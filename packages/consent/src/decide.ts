import {
  DEFAULT_LOCALE,
  dayNumber,
  type FieldPath,
  fieldsOfClass,
  type InterviewRecord,
  type Locale,
  LOCALES,
} from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { type Citation, citeObligation, citeReason } from "./citations.js";
import { GLOBAL_DENIALS } from "./denials.js";
import { outcomeKey } from "./internal/outcome-key.js";
import { currentDay, validated } from "./internal/validation.js";
import { obligationMessage, reasonMessage } from "./messages.js";
import { isPolicy, POLICY, type Policy, type UseRule } from "./policy.js";
import { CONSENT_ITEMS, type ConsentItem, type ObligationCode, type ReasonCode, type Use, USES } from "./vocabulary.js";

/** Why a use is denied, with the items or limits it names, its message and its source. */
export interface Reason {
  readonly code: ReasonCode;
  /** For `CONSENT_NOT_GIVEN`: the needed items that are not "yes", in the form's order. */
  readonly items?: readonly ConsentItem[];
  /** What the message fills in: the policy's `maxAgeDays`, or the `option` of an invalid request. Never a value of the record. */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly message: string;
  /** The form's item and the seed report's section the reason rests on, where there is one. */
  readonly citation?: Citation;
}

/** What an obligation names: for `REDACT_SENSITIVE`, the fields to leave out. */
export interface ObligationParams {
  readonly fields?: readonly FieldPath[];
}

/** What the user of an allowed use must do. */
export interface Obligation {
  readonly code: ObligationCode;
  readonly params?: ObligationParams;
  readonly message: string;
  readonly citation: Citation;
}

/** Whether one use of one record is allowed on one day, with which obligations, and why. */
export interface Decision {
  readonly use: Use;
  readonly allowed: boolean;
  /** Every reason that applies, in a fixed order; empty exactly when the use is allowed. */
  readonly reasons: readonly Reason[];
  /** The obligations of the use's rule when allowed; empty when denied. */
  readonly obligations: readonly Obligation[];
  /**
   * The items that would have to be "yes" for the use to be allowed, in the form's order; empty
   * when no answer could make it allowed (a global denial applies, no item covers the use, or the
   * consent is too old).
   */
  readonly missingConsent: readonly ConsentItem[];
  /** The `version` of the policy applied. */
  readonly policyVersion: string;
}

/** Options of `decide` and `allowedUses`. */
export interface DecideOptions {
  /** The day of the use, `YYYY-MM-DD`, past or future; not the day the record is validated on. */
  readonly asOf: string;
  /** `POLICY`, or a policy `tightenPolicy` made from it. Defaults to `POLICY`. */
  readonly policy?: Policy;
  /** The day the record is validated as of, `YYYY-MM-DD`: none of its dates may be later. Defaults to today (local time). */
  readonly validatedOn?: string;
  /** The language of the messages, one of `LOCALES`. Defaults to `"en"`. */
  readonly locale?: Locale;
}

// --- Reasons and obligations, built once per code, items and locale, then shared (frozen). ---

const REDACTED_FIELDS = (): readonly FieldPath[] => Object.freeze(fieldsOfClass("sensitive"));

/** The params of each obligation, read from the questionnaire's metadata where they name fields. */
const OBLIGATION_PARAMS: { readonly [C in ObligationCode]?: () => ObligationParams } = {
  REDACT_SENSITIVE: () => Object.freeze({ fields: REDACTED_FIELDS() }),
};

function makeReason(code: ReasonCode, locale: Locale, more: Pick<Reason, "items" | "params"> = {}): Reason {
  const citation = citeReason(code, more.items);
  const reason: Reason = { code, ...more, message: reasonMessage({ code, ...more }, locale) };
  return Object.freeze(citation === undefined ? reason : { ...reason, citation });
}

function makeObligation(code: ObligationCode, locale: Locale): Obligation {
  const params = OBLIGATION_PARAMS[code]?.();
  const message = obligationMessage(code, locale);
  const citation = citeObligation(code);
  return Object.freeze(params === undefined ? { code, message, citation } : { code, params, message, citation });
}

// --- The policy, compiled once into bit masks, with a cache of outcomes per combination of facts. ---

interface Outcome {
  readonly allowed: boolean;
  readonly reasons: readonly Reason[];
  readonly obligations: readonly Obligation[];
  readonly missingConsent: readonly ConsentItem[];
}

interface CompiledRule {
  readonly rule: UseRule;
  /** Each needed item with its bit (its place in `CONSENT_ITEMS`). */
  readonly needs: readonly (readonly [ConsentItem, number])[];
  readonly maxAgeDays: number | undefined;
  /** Outcomes by `outcomeKey`: global denials, missing items, staleness, locale. At most `outcomeKeyCount()` of them. */
  readonly outcomes: Map<number, Outcome>;
}

const COMPILED = new WeakMap<Policy, ReadonlyMap<unknown, CompiledRule>>();

function compile(policy: Policy): ReadonlyMap<unknown, CompiledRule> {
  const cached = COMPILED.get(policy);
  if (cached !== undefined) return cached;
  const rules = new Map<unknown, CompiledRule>(
    USES.map((use) => {
      const rule = policy.uses[use];
      const needs = match(rule)
        .with({ kind: "consent" }, (r) => r.needs.map((item) => [item, 1 << CONSENT_ITEMS.indexOf(item)] as const))
        .with({ kind: "noConsentItem" }, () => [])
        .exhaustive();
      const maxAgeDays = rule.kind === "consent" ? rule.maxAgeDays : undefined;
      return [use, { rule, needs, maxAgeDays, outcomes: new Map() }];
    }),
  );
  COMPILED.set(policy, rules);
  return rules;
}

/** The generic reader of the policy: the reasons, obligations and missing items of one combination of facts. */
function buildOutcome(rule: UseRule, globalMask: number, missingMask: number, stale: boolean, locale: Locale): Outcome {
  const reasons: Reason[] = [];
  GLOBAL_DENIALS.forEach((denial, bit) => {
    if ((globalMask & (1 << bit)) !== 0) reasons.push(makeReason(denial.code, locale));
  });
  const missing = CONSENT_ITEMS.filter((_, bit) => (missingMask & (1 << bit)) !== 0);
  const obligations = match(rule)
    .with({ kind: "noConsentItem" }, () => {
      reasons.push(makeReason("NO_CONSENT_ITEM", locale));
      return [];
    })
    .with({ kind: "consent" }, (r) => {
      if (missing.length > 0) reasons.push(makeReason("CONSENT_NOT_GIVEN", locale, { items: Object.freeze(missing) }));
      if (stale) reasons.push(makeReason("CONSENT_STALE", locale, { params: Object.freeze({ maxAgeDays: r.maxAgeDays ?? 0 }) }));
      return reasons.length === 0 ? r.obligations.map((code) => makeObligation(code, locale)) : [];
    })
    .exhaustive();
  // No "yes" can help past a global denial, a use no item covers, or consent too old for the use.
  const curable = globalMask === 0 && rule.kind === "consent" && !stale;
  return Object.freeze({
    allowed: reasons.length === 0,
    reasons: Object.freeze(reasons),
    obligations: Object.freeze(obligations),
    missingConsent: Object.freeze(curable ? missing : []),
  });
}

// --- Checking the request. ---

// Days already checked, with their day numbers; bounded, as callers may pass any number of days.
const DAYS = new Map<string, number>();

function checkedDay(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const known = DAYS.get(value);
  if (known !== undefined) return known;
  const day = dayNumber(value);
  if (Number.isNaN(day)) return undefined;
  if (DAYS.size >= 4096) DAYS.clear();
  DAYS.set(value, day);
  return day;
}

/** A denial for a request that cannot be decided: an unknown use, a bad date, locale or policy. */
function invalidRequest(use: unknown, option: string, policy: Policy = POLICY, locale: Locale = DEFAULT_LOCALE): Decision {
  return {
    use: use as Use,
    allowed: false,
    reasons: Object.freeze([makeReason("INVALID_REQUEST", locale, { params: Object.freeze({ option }) })]),
    obligations: Object.freeze([]),
    missingConsent: Object.freeze([]),
    policyVersion: policy.version,
  };
}

function decideChecked(input: unknown, use: Use, options: DecideOptions): Decision {
  if (typeof options !== "object" || options === null) return invalidRequest(use, "options");
  const policy = options.policy ?? POLICY;
  if (!isPolicy(policy)) return invalidRequest(use, "policy");
  const locale = options.locale ?? DEFAULT_LOCALE;
  const localeIndex = LOCALES.indexOf(locale);
  if (localeIndex === -1) return invalidRequest(use, "locale", policy);
  const compiled = compile(policy).get(use);
  if (compiled === undefined) return invalidRequest(use, "use", policy, locale);
  const asOf = options.asOf;
  const asOfDay = checkedDay(asOf);
  if (asOfDay === undefined) return invalidRequest(use, "asOf", policy, locale);
  const validatedOn = options.validatedOn ?? currentDay();
  if (checkedDay(validatedOn) === undefined) return invalidRequest(use, "validatedOn", policy, locale);

  const record: InterviewRecord | undefined = validated(input, validatedOn);
  let globalMask = 0;
  for (let bit = 0; bit < GLOBAL_DENIALS.length; bit++) {
    if ((GLOBAL_DENIALS[bit] as (typeof GLOBAL_DENIALS)[number]).applies(record, asOf)) globalMask |= 1 << bit;
  }
  let missingMask = 0;
  let stale = false;
  if (record !== undefined) {
    for (const [item, bit] of compiled.needs) if (record.consent[item] !== true) missingMask |= bit;
    // Calendar days from the day consent was given to the day of the use: day 30 holds, day 31 does not.
    if (compiled.maxAgeDays !== undefined) stale = asOfDay - dayNumber(record.consent.givenOn) > compiled.maxAgeDays;
  }
  const key = outcomeKey({ globalMask, missingMask, stale, localeIndex });
  let outcome = compiled.outcomes.get(key);
  if (outcome === undefined) {
    outcome = buildOutcome(compiled.rule, globalMask, missingMask, stale, locale);
    compiled.outcomes.set(key, outcome);
  }
  return {
    use,
    allowed: outcome.allowed,
    reasons: outcome.reasons,
    obligations: outcome.obligations,
    missingConsent: outcome.missingConsent,
    policyVersion: policy.version,
  };
}

/**
 * Decides whether `use` of `record` is allowed on the day `options.asOf`, with which obligations,
 * and why. Denies by default: only a rule of the policy allows, and every reason that applies is
 * listed. Pure but for the default `validatedOn` (today), and never throws: an invalid record is
 * denied with `INVALID_RECORD`, a malformed request with `INVALID_REQUEST`. The record is validated
 * once per object and validation day; treat it as immutable once decided on.
 *
 * @example
 * const decision = decide(record, "anonymisedCaseStudy", { asOf: "2026-11-28" });
 * if (decision.allowed) for (const o of decision.obligations) console.log(o.code, o.message);
 * else for (const r of decision.reasons) console.log(r.code, r.message);
 */
export function decide(record: unknown, use: Use, options: DecideOptions): Decision {
  try {
    return decideChecked(record, use, options);
  } catch {
    // Only an exotic argument can get here (an options object whose getter throws): deny, never throw.
    return invalidRequest(use, "options");
  }
}

/**
 * The uses of `record` allowed on `options.asOf`, in the order of `USES`.
 *
 * @example
 * allowedUses(record, { asOf: "2026-11-28" }); // ["statistics", "anonymisedCaseStudy", "anonymisedDataset"]
 */
export function allowedUses(record: unknown, options: DecideOptions): Use[] {
  return USES.filter((use) => decide(record, use, options).allowed);
}
