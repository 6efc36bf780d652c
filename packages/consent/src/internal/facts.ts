import { type AnyRecord, dayNumber, type InterviewRecord, isRefusal } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { ageClass, GLOBAL_DENIALS } from "../denials.js";
import type { Policy, UseRule } from "../policy.js";
import { AGE_CLASSES, CONSENT_ITEMS, type ConsentItem, USES, type Use } from "../vocabulary.js";

/**
 * What the policy reads of each item a use needs, one bit mask each (bit `i`: `CONSENT_ITEMS[i]`):
 * not answered "yes", not yet given on the day, withdrawn on or before it, older than the rule's
 * `maxAgeDays`, and a "yes" that contradicts another answer and is not confirmed.
 */
export const ITEM_FACTS = ["missing", "notYetGiven", "withdrawn", "stale", "contradicted"] as const;

/** A fact of the items a use needs. */
export type ItemFact = (typeof ITEM_FACTS)[number];

/**
 * What the policy reads of the record as a whole, one bit each: oral consent without a witness, and
 * a contradiction that saying "yes" to the missing items would leave (so no "yes" alone cures it).
 */
export const FLAGS = ["unwitnessed", "yesContradicts"] as const;

const UNWITNESSED = 1 << FLAGS.indexOf("unwitnessed");
const YES_CONTRADICTS = 1 << FLAGS.indexOf("yesContradicts");

/** One number per entry of a list. */
type Masks<T extends readonly unknown[]> = { -readonly [K in keyof T]: number };

/** The facts one decision of one use depends on; the cache key of its outcome is made of them. */
export interface Facts {
  /** Bit `i` set: `GLOBAL_DENIALS[i]` applies. */
  globalMask: number;
  /** The place of the respondent's age class in `AGE_CLASSES`; -1 when the record is not read (invalid, or a refusal). */
  ageIndex: number;
  /** Bit `i` set: `FLAGS[i]` holds. */
  flagMask: number;
  /** One mask per `ITEM_FACTS`, in its order, over the needed items only: the type asks for one per fact. */
  itemMasks: Masks<typeof ITEM_FACTS>;
  /** The place of the locale of the messages in `LOCALES`. */
  localeIndex: number;
}

/** A use's rule, read once into bits. */
export interface CompiledRule {
  readonly rule: UseRule;
  /** The items the rule needs, with their bits. */
  readonly needs: readonly (readonly [ConsentItem, number])[];
  readonly needsMask: number;
  readonly maxAgeDays: number | undefined;
  readonly witnessForOral: boolean;
  /** For each needed item that a "no" elsewhere contradicts: its bit, and the bits of the items whose "no" contradicts it. */
  readonly contradictions: readonly (readonly [ConsentItem, number, number])[];
}

const bit = (item: ConsentItem): number => 1 << CONSENT_ITEMS.indexOf(item);
const maskOf = (items: readonly ConsentItem[]): number => items.reduce((mask, item) => mask | bit(item), 0);

const COMPILED = new WeakMap<Policy, ReadonlyMap<unknown, CompiledRule>>();

/** The rules of a policy, by use, read into bits once per policy. */
export function compile(policy: Policy): ReadonlyMap<unknown, CompiledRule> {
  const cached = COMPILED.get(policy);
  if (cached !== undefined) return cached;
  const rules = new Map<unknown, CompiledRule>(
    USES.map((use: Use) => {
      const rule = policy.uses[use];
      const needed = match(rule)
        .with({ kind: "consent" }, (r) => r.needs)
        .with({ kind: "duty" }, { kind: "noConsentItem" }, () => [])
        .exhaustive();
      const contradictions = needed.flatMap((item) => {
        const refused = policy.contradictions[item];
        return refused === undefined ? [] : [[item, bit(item), maskOf(refused)] as const];
      });
      const compiled: CompiledRule = {
        rule,
        needs: needed.map((item) => [item, bit(item)] as const),
        needsMask: maskOf(needed),
        maxAgeDays: rule.kind === "consent" ? rule.maxAgeDays : undefined,
        witnessForOral: rule.kind !== "duty" && rule.witnessForOral,
        contradictions,
      };
      return [use, compiled];
    }),
  );
  COMPILED.set(policy, rules);
  return rules;
}

// Day numbers of the dates records hold, bounded: a batch holds a few thousand distinct days.
const DAYS = new Map<string, number>();

/** The day number of a valid `YYYY-MM-DD` date, from a bounded cache. */
export function dayOf(date: string): number {
  const known = DAYS.get(date);
  if (known !== undefined) return known;
  const day = dayNumber(date);
  if (DAYS.size >= 4096) DAYS.clear();
  DAYS.set(date, day);
  return day;
}

/**
 * The facts of `record` (`undefined` when invalid) for one use on the day `asOf`. An item is valid on a
 * day when answered "yes", on or after its own `givenOn` (the block's by default, a global denial),
 * before its own `withdrawnOn` (the block's is a global denial), and — under `maxAgeDays` — at most
 * that many days after its own `givenOn`. A contradicting "yes" counts as confirmed when its own `givenOn` is after the block's.
 */
export function factsOf(record: AnyRecord | undefined, compiled: CompiledRule, asOf: string, asOfDay: number, localeIndex: number): Facts {
  let globalMask = 0;
  for (let i = 0; i < GLOBAL_DENIALS.length; i++) {
    if ((GLOBAL_DENIALS[i] as (typeof GLOBAL_DENIALS)[number]).applies(record, asOf)) globalMask |= 1 << i;
  }
  // Nothing but the global denials is read of an invalid record or of a refusal.
  if (record === undefined || isRefusal(record)) return { globalMask, ageIndex: -1, flagMask: 0, itemMasks: [0, 0, 0, 0, 0], localeIndex };
  const consent = (record as InterviewRecord).consent;
  let missing = 0;
  let notYetGiven = 0;
  let withdrawn = 0;
  let stale = 0;
  let contradicted = 0;
  let yes = 0;
  for (const item of CONSENT_ITEMS) if (consent.items[item].answer) yes |= bit(item);
  for (const [item, b] of compiled.needs) {
    const answer = consent.items[item];
    const givenOn = answer.givenOn ?? consent.givenOn;
    if ((yes & b) === 0) missing |= b;
    // The block's own day is a global denial; only a later day of the item's own is this item's.
    if (answer.givenOn !== undefined && asOf < answer.givenOn) notYetGiven |= b;
    if (answer.withdrawnOn !== undefined && answer.withdrawnOn <= asOf) withdrawn |= b;
    // Calendar days from the day the item was given to the day of the use: day 30 holds, day 31 does not.
    if (compiled.maxAgeDays !== undefined && asOfDay - dayOf(givenOn) > compiled.maxAgeDays) stale |= b;
  }
  let flagMask = 0;
  if (compiled.witnessForOral && consent.recordedBy === "oral" && consent.witnessId === undefined) flagMask |= UNWITNESSED;
  for (const [item, b, refused] of compiled.contradictions) {
    const own = consent.items[item].givenOn;
    if (own !== undefined && own > consent.givenOn) continue; // confirmed: asked again on a later day
    if ((yes & b) !== 0 && (refused & ~yes) !== 0) contradicted |= b;
    // A "no" the use does not need stays a "no" when she says yes to what it needs.
    if ((refused & ~yes & ~compiled.needsMask) !== 0) flagMask |= YES_CONTRADICTS;
  }
  return {
    globalMask,
    ageIndex: AGE_CLASSES.indexOf(ageClass(record as InterviewRecord)),
    flagMask,
    itemMasks: [missing, notYetGiven, withdrawn, stale, contradicted],
    localeIndex,
  };
}
