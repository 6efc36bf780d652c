import { DEFAULT_LOCALE, dayNumber, type FieldPath, fieldsOfClass, LOCALES, type Locale } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { type Citation, citeObligation, citeReason } from "./citations.js";
import { AGE_DENIALS, GLOBAL_DENIALS } from "./denials.js";
import { type CompiledRule, compile, FLAGS, factsOf, ITEM_FACTS, type ItemFact } from "./internal/facts.js";
import { type OutcomeFacts, outcomeKey } from "./internal/outcome-key.js";
import { currentDay, validated } from "./internal/validation.js";
import { obligationMessage, reasonMessage } from "./messages.js";
import { isPolicy, POLICY, type Policy } from "./policy.js";
import { AGE_CLASSES, CONSENT_ITEMS, type ConsentItem, type ObligationCode, type ReasonCode, USES, type Use } from "./vocabulary.js";

/** Why a use is denied, with the items or limits it names, its message and its source. */
export interface Reason {
  readonly code: ReasonCode;
  /**
   * The needed items the reason is about, in the form's order: not "yes" (`CONSENT_NOT_GIVEN`), not yet
   * given (`ITEM_NOT_YET_GIVEN`), withdrawn (`ITEM_WITHDRAWN`), too old (`CONSENT_STALE`), or a "yes"
   * that contradicts another answer (`CONTRADICTORY_CONSENT`).
   */
  readonly items?: readonly ConsentItem[];
  /** What the message fills in: the policy's `maxAgeDays`, or the `option` of an invalid request. Never a value of the record. */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly message: string;
  /** The form's item, the seed report's section and the law the reason rests on, where there is one. */
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
   * when no "yes" alone could make it allowed: a global or age denial applies, oral consent lacks a
   * witness, no item covers the use (or none is needed), a needed item is not yet given, withdrawn or
   * too old, or a "yes" would contradict a "no" the use does not need until it is confirmed.
   */
  readonly missingConsent: readonly ConsentItem[];
  /** The `version` of the policy applied. */
  readonly policyVersion: string;
}

/** Options of `decide` and `allowedUses`. */
export interface DecideOptions {
  /** The day of the use, `YYYY-MM-DD`, past or future; not the day the record is validated on. */
  readonly asOf: string;
  /** `POLICY`, or a policy `tightenPolicy` made from it, by any copy of this package (ESM or CJS). Defaults to `POLICY`. */
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

// --- The policy's outcome of each combination of facts, built once, then cached by use and key. ---

interface Outcome {
  readonly allowed: boolean;
  readonly reasons: readonly Reason[];
  readonly obligations: readonly Obligation[];
  readonly missingConsent: readonly ConsentItem[];
}

/** The reason each fact of the needed items gives, in the order a decision lists them. */
const ITEM_REASONS = {
  missing: "CONSENT_NOT_GIVEN",
  notYetGiven: "ITEM_NOT_YET_GIVEN",
  withdrawn: "ITEM_WITHDRAWN",
  stale: "CONSENT_STALE",
  contradicted: "CONTRADICTORY_CONSENT",
} as const satisfies { readonly [F in ItemFact]: ReasonCode };

const itemsOf = (mask: number): readonly ConsentItem[] => Object.freeze(CONSENT_ITEMS.filter((_, bit) => (mask & (1 << bit)) !== 0));
const hasFlag = (facts: OutcomeFacts, flag: (typeof FLAGS)[number]): boolean => (facts.flagMask & (1 << FLAGS.indexOf(flag))) !== 0;

/** The generic reader of the policy: the reasons, obligations and missing items of one combination of facts. */
function buildOutcome(compiled: CompiledRule, facts: OutcomeFacts, locale: Locale): Outcome {
  const { rule } = compiled;
  const reasons: Reason[] = [];
  GLOBAL_DENIALS.forEach((denial, bit) => {
    if ((facts.globalMask & (1 << bit)) !== 0) reasons.push(makeReason(denial.code, locale));
  });
  const age = AGE_CLASSES[facts.ageIndex];
  const ageDenial = age === undefined ? null : AGE_DENIALS[rule.respondents][age];
  if (ageDenial !== null) reasons.push(makeReason(ageDenial, locale));
  if (hasFlag(facts, "unwitnessed")) reasons.push(makeReason("ORAL_CONSENT_UNWITNESSED", locale));
  if (rule.kind === "noConsentItem") reasons.push(makeReason("NO_CONSENT_ITEM", locale));
  ITEM_FACTS.forEach((fact, i) => {
    const items = itemsOf(facts.itemMasks[i] ?? 0);
    if (items.length === 0) return;
    const code = ITEM_REASONS[fact];
    const params = code === "CONSENT_STALE" ? { params: Object.freeze({ maxAgeDays: compiled.maxAgeDays ?? 0 }) } : {};
    reasons.push(makeReason(code, locale, { items, ...params }));
  });
  const allowed = reasons.length === 0;
  const obligations = match(rule)
    .with({ kind: "consent" }, { kind: "duty" }, (r) => (allowed ? r.obligations.map((code) => makeObligation(code, locale)) : []))
    .with({ kind: "noConsentItem" }, () => [])
    .exhaustive();
  // Only a "yes" to what the use needs can help; not past a global or age denial, a missing witness, an
  // item's dates, a "no" the use does not need that would contradict the "yes", or a use no item covers.
  const [missing = 0, notYetGiven = 0, withdrawn = 0, stale = 0] = facts.itemMasks;
  const curable =
    facts.globalMask === 0 &&
    ageDenial === null &&
    facts.flagMask === 0 &&
    rule.kind === "consent" &&
    (notYetGiven | withdrawn | stale) === 0;
  return Object.freeze({
    allowed,
    reasons: Object.freeze(reasons),
    obligations: Object.freeze(obligations),
    missingConsent: curable ? itemsOf(missing) : Object.freeze([]),
  });
}

// Outcomes by policy, use and `outcomeKey`: at most `outcomeKeyCount()` per use, far fewer in practice.
const OUTCOMES = new WeakMap<CompiledRule, Map<number, Outcome>>();

function outcomeOf(compiled: CompiledRule, facts: OutcomeFacts, locale: Locale): Outcome {
  let outcomes = OUTCOMES.get(compiled);
  if (outcomes === undefined) {
    outcomes = new Map();
    OUTCOMES.set(compiled, outcomes);
  }
  const key = outcomeKey(facts);
  let outcome = outcomes.get(key);
  if (outcome === undefined) {
    outcome = buildOutcome(compiled, facts, locale);
    outcomes.set(key, outcome);
  }
  return outcome;
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
  // Only an absent policy means `POLICY`: `null` is not one, as in every function taking a policy.
  const policy = options.policy === undefined ? POLICY : options.policy;
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

  const record = validated(input, validatedOn);
  const outcome = outcomeOf(compiled, factsOf(record, compiled, asOf, asOfDay, localeIndex), locale);
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
 * Decides whether `use` of `record` (v1 or v2, as input or as `safeParseRecord` returned it) is
 * allowed on the day `options.asOf`, with which obligations, and why. Denies by default: only a rule
 * of the policy allows — each item it needs valid on that day — and every reason that applies is
 * listed. Pure but for the default `validatedOn` (today), and never throws: an invalid record is
 * denied with `INVALID_RECORD`, a refusal to take part with `REFUSED_TO_TAKE_PART`, a malformed
 * request with `INVALID_REQUEST`. The record is validated (a v1 record upgraded) once per object and
 * validation day; treat it as immutable once decided on.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { decide } from "@redumbrella/consent";
 *
 * const record: unknown = JSON.parse(readFileSync("record.json", "utf8")); // v1 or v2: decide() validates it
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
 * import { readFileSync } from "node:fs";
 * import { allowedUses } from "@redumbrella/consent";
 *
 * const record: unknown = JSON.parse(readFileSync("record.json", "utf8")); // v1 or v2: decide() validates it
 * allowedUses(record, { asOf: "2026-11-28" }); // ["statistics", "anonymisedCaseStudy", "anonymisedDataset"]
 */
export function allowedUses(record: unknown, options: DecideOptions): Use[] {
  return USES.filter((use) => decide(record, use, options).allowed);
}
