import type { Charge, InterviewRecord, MessageLocale } from "@redumbrella/questionnaire";
import { type IsoDate, periodEnd, representativeDays } from "../internal/dates.js";
import { type Basis, findEntry, type LawEntry, normaliseArticle, versionOn } from "../law/registry.js";
import { CHECKER_CATALOGUES, template } from "../messages.js";
import { type CompiledPack, type CompiledRule, type EvalContext, lawInForce, segmentOf } from "./compile.js";
import { F, T } from "./condition.js";
import type { FactAccessor } from "./facts.js";
import type { Citation, Finding } from "./finding.js";

// Scratch space of the evaluation, reused by every call (judging is synchronous, never re-entered).
const KNOWN: FactAccessor[] = [];
const MISSING: FactAccessor[] = [];
const STAMPS: number[] = [];
const VALUES: unknown[] = [];
let stamp = 0;
const datePaths: string[] = [];
const MESSAGES_MAX = 1024;
const datePathOf = (index: number): string => (index < 0 ? "interview.date" : (datePaths[index] ??= `charges[${index}].date`));

/** The days that stand for every day a charge's conduct could fall on; `undefined` for a charge dated to the day. */
function chargeDays(charge: Charge, breakpoints: readonly IsoDate[]): readonly IsoDate[] | undefined {
  const precision = charge.datePrecision ?? "day";
  if (precision === "day") return undefined;
  const days = representativeDays(charge.date, periodEnd(charge.date, precision), breakpoints);
  return days.length === 1 ? undefined : days;
}

function freezeCitations(rule: CompiledRule, days: readonly IsoDate[]): readonly Citation[] {
  const out: Citation[] = [];
  for (const entry of rule.law) {
    const seen: unknown[] = [];
    for (const day of days) {
      const version = versionOn(entry, day);
      if (version === undefined || seen.includes(version)) continue;
      seen.push(version);
      const basis: Basis = entry.basis === "seed" && version.basis === "seed" ? "seed" : "general knowledge";
      const source = Object.freeze({ section: entry.source.section, quote: entry.source.quote, basis });
      out.push(
        Object.freeze(
          entry.article === undefined
            ? { instrument: entry.instrument, inForce: version.inForce, source }
            : { instrument: entry.instrument, article: entry.article, inForce: version.inForce, source },
        ),
      );
    }
  }
  return Object.freeze(out);
}

/** The rule's citations in force on one day (of `segment`), computed once per segment. */
function citationsOnDay(rule: CompiledRule, day: IsoDate, segment: number): readonly Citation[] {
  return (rule.citationsBySegment[segment] ??= freezeCitations(rule, [day]));
}

/** The rule's citations in force on the days judged, computed once per set of segments. */
function citationsOn(rule: CompiledRule, days: readonly IsoDate[], segments: readonly number[]): readonly Citation[] {
  if (segments.length === 1) return citationsOnDay(rule, days[0] as IsoDate, segments[0] as number);
  const key = segments.join(",");
  let found = rule.citations.get(key);
  if (found === undefined) {
    found = freezeCitations(rule, days);
    rule.citations.set(key, found);
  }
  return found;
}

/** The article a charge cites, as the pack registers it (for messages), if it does. */
function citedEntry(compiled: CompiledPack, charge: Charge | undefined): LawEntry | undefined {
  if (charge?.article === undefined) return undefined;
  const number = normaliseArticle(charge.article);
  if (number === undefined) return undefined;
  for (const instrument of compiled.pack.articleInstruments[charge.code]) {
    const entry = findEntry(compiled.pack, instrument, number);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** Everything `judge` needs besides the rule and the days: the same for every rule of a record. */
interface Judging {
  readonly compiled: CompiledPack;
  readonly context: EvalContext;
  readonly locale: MessageLocale;
}

function message(j: Judging, rule: CompiledRule, flag: boolean, missing: readonly string[], dateSplit: boolean): string {
  const { rule: data } = rule;
  const { locale } = j;
  if (flag) {
    const text = data.messages[locale];
    if (!text.includes("{cited")) return text;
    const cited = citedEntry(j.compiled, j.context.charge);
    return template(text)({
      citedArticle: cited === undefined ? "" : `${cited.article ?? ""} (${cited.title[locale]})`,
      citedFrom: cited?.versions[0].inForce.from ?? "",
    });
  }
  // The same few questions are missing again and again: each sentence is built once.
  const key = missing.length === 1 ? (missing[0] as string) : missing.length === 0 ? (dateSplit ? "\u0001" : "\u0002") : missing.join("\u0000");
  const cache = rule.messages[locale];
  let text = cache.get(key);
  if (text === undefined) {
    const words = CHECKER_CATALOGUES[locale];
    const title = data.title[locale];
    text =
      missing.length > 0
        ? template(words["undetermined.missing"])({ title, missing: missing.join(", ") })
        : template(words[dateSplit ? "undetermined.date" : "undetermined.law"])({ title });
    if (cache.size < MESSAGES_MAX) cache.set(key, text);
  }
  return text;
}

/** Judges one rule on the day judged, or on the days that stand for a charge's period. */
function judge(j: Judging, rule: CompiledRule, day: IsoDate, days: readonly IsoDate[] | undefined): Finding | undefined {
  const { context } = j;
  context.nKnown = 0;
  context.nMissing = 0;
  if (days === undefined) {
    context.day = day;
    const value = rule.test(context);
    if (value === F) return undefined;
    const segment = segmentOf(j.compiled, day);
    // A rule flags only on a day some of its law is in force: else the pack cannot judge.
    const flag = value === T && lawInForce(rule, day, segment);
    return finding(j, rule, flag, false, citationsOnDay(rule, day, segment));
  }
  let trues = 0;
  const decisive: IsoDate[] = [];
  const segments: number[] = [];
  for (const each of days) {
    context.day = each;
    const known = context.nKnown;
    const missing = context.nMissing;
    const value = rule.test(context);
    if (value === F) {
      // What a day that does not matter read is forgotten.
      context.nKnown = known;
      context.nMissing = missing;
      continue;
    }
    const segment = segmentOf(j.compiled, each);
    if (value === T && lawInForce(rule, each, segment)) trues++;
    decisive.push(each);
    segments.push(segment);
  }
  if (decisive.length === 0) return undefined;
  return finding(j, rule, trues === days.length, decisive.length < days.length, citationsOn(rule, decisive, segments));
}

/** The concrete paths of the facts an evaluation recorded, each once, after `first` if given. */
function paths(context: EvalContext, list: readonly FactAccessor[], count: number, missing: boolean, first?: string): string[] {
  const out: string[] = first === undefined ? [] : [first];
  for (let i = 0; i < count; i++) {
    const fact = list[i] as FactAccessor;
    const path = missing ? fact.missingPath(context) : fact.concrete(context);
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** Builds the finding of a rule that did not come out false, from what its evaluation read. */
function finding(j: Judging, rule: CompiledRule, flag: boolean, dateSplit: boolean, citations: readonly Citation[]): Finding {
  const { context } = j;
  const datePath = datePathOf(context.chargeIndex);
  const missing = flag ? [] : paths(context, context.missing, context.nMissing, true);
  const missingFacts = dateSplit && !missing.includes(datePath) ? [...missing, datePath] : missing;
  return {
    code: rule.rule.code,
    status: flag ? "flag" : "undetermined",
    severity: rule.rule.severity,
    charge: context.charge === undefined ? null : context.chargeIndex,
    facts: paths(context, context.known, context.nKnown, false, datePath),
    missingFacts,
    citations,
    message: message(j, rule, flag, missing, dateSplit),
  };
}

/**
 * Runs every rule of a compiled pack on a valid record: each charge's rules in pack order, charge
 * by charge, then the record's rules.
 */
export function judgeRecord(compiled: CompiledPack, record: InterviewRecord, locale: MessageLocale): Finding[] {
  const findings: Finding[] = [];
  const context: EvalContext = { record, charge: undefined, chargeIndex: -1, day: record.interview.date, known: KNOWN, nKnown: 0, missing: MISSING, nMissing: 0, stamp: ++stamp, stamps: STAMPS, values: VALUES };
  const j: Judging = { compiled, context, locale };
  const charges = record.charges ?? [];
  for (let index = 0; index < charges.length; index++) {
    const charge = charges[index] as Charge;
    context.charge = charge;
    context.chargeIndex = index;
    context.stamp = ++stamp;
    const days = chargeDays(charge, compiled.breakpoints);
    for (const rule of compiled.chargeRules) {
      const found = judge(j, rule, charge.date, days);
      if (found !== undefined) findings.push(found);
    }
  }
  context.charge = undefined;
  context.chargeIndex = -1;
  context.stamp = ++stamp;
  for (const rule of compiled.recordRules) {
    const found = judge(j, rule, record.interview.date, undefined);
    if (found !== undefined) findings.push(found);
  }
  return findings;
}
