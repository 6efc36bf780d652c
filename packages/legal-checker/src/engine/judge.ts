import {
  type Charge,
  type Incident,
  type InterviewRecord,
  type IsoDate,
  type Locale,
  periodEnd,
  renderTemplate,
} from "@redumbrella/questionnaire";
import { representativeDays } from "../internal/dates.js";
import { type Basis, type LawEntry, versionOn } from "../law/registry.js";
import { CHECKER_MESSAGES } from "../messages.js";
import {
  articleOf,
  type Cited,
  type CompiledPack,
  type CompiledRule,
  type EvalContext,
  entryOf,
  instrumentsOf,
  lawInForce,
  type Outcome,
  type PathList,
  type PathLists,
  segmentOf,
  TRACE_MAX,
  TRACE_SLOTS,
} from "./compile.js";
import { F, T } from "./condition.js";
import { type FactAccessor, MISSING_KEYS } from "./facts.js";
import type { Citation, Finding, FindingStatus } from "./finding.js";

// Scratch space of the evaluation, reused by every call (judging is synchronous, never re-entered).
const KNOWN: FactAccessor[] = [];
const MISSING: FactAccessor[] = [];
let stamp = 0;
const datePaths: string[] = [];
const incidentDatePaths: string[] = [];
/** Paths, and keys of the facts read, being collected for a finding's lists. */
const PATHS: string[] = [];
const KEYS: number[] = [];
/** How many path lists a rule keeps for its findings to share; how many outcomes and lists of citations it numbers for them; findings per list of facts; incidents per key. */
const LISTS_MAX = 4096;
const SHARED_MAX = 4096;
const FINDINGS_MAX = 256;
const INCIDENTS_MAX = 16;
const datePathOf = (context: EvalContext): string =>
  context.incident !== undefined
    ? (incidentDatePaths[context.incidentIndex] ??= `incidents[${context.incidentIndex}].date`)
    : context.chargeIndex < 0
      ? "interview.date"
      : (datePaths[context.chargeIndex] ??= `charges[${context.chargeIndex}].date`);
/** The slot of the charge or incident being judged in a rule's path lists: 0 the record, 1 + 2i charge i, 2 + 2i incident i. */
const slotOf = (context: EvalContext): number =>
  context.incident !== undefined ? 2 + 2 * context.incidentIndex : context.charge !== undefined ? 1 + 2 * context.chargeIndex : 0;

/** The days judged — one, or those that stand for every day of a charge's period — and their segments of the pack's timeline. */
interface Period {
  readonly days: readonly IsoDate[];
  readonly segments: readonly number[];
}

/** The period of one day, rewritten for each charge or record (judging is synchronous, never re-entered). */
const ONE_DAY = { days: [""], segments: [0] };

function periodOf(compiled: CompiledPack, date: IsoDate, precision: Charge["datePrecision"] | Incident["datePrecision"] = "day"): Period {
  if (precision === "day") {
    ONE_DAY.days[0] = date;
    ONE_DAY.segments[0] = segmentOf(compiled, date);
    return ONE_DAY;
  }
  const days = representativeDays(date, periodEnd(date, precision), compiled.breakpoints);
  return { days, segments: days.map((day) => segmentOf(compiled, day)) };
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

const cited = (rule: CompiledRule, list: readonly Citation[]): Cited => ({ list, id: rule.count.cited++ });

/** The rule's citations in force on one day (of `segment`), computed once per segment. */
function citationsOnDay(rule: CompiledRule, day: IsoDate, segment: number): Cited {
  return (rule.citationsBySegment[segment] ??= cited(rule, freezeCitations(rule, [day])));
}

/** The rule's citations in force on the days judged, computed once per set of segments. */
function citationsOn(rule: CompiledRule, days: readonly IsoDate[], segments: readonly number[]): Cited {
  if (segments.length === 1) return citationsOnDay(rule, days[0] as IsoDate, segments[0] as number);
  const key = segments.join(",");
  let found = rule.citations.get(key);
  if (found === undefined) {
    found = cited(rule, freezeCitations(rule, days));
    rule.citations.set(key, found);
  }
  return found;
}

/** The article a charge cites, as the pack registers it (for messages), if it does. */
function citedEntry(compiled: CompiledPack, context: EvalContext): LawEntry | undefined {
  const { charge } = context;
  if (charge?.article === undefined) return undefined;
  const number = articleOf(context);
  if (number === undefined) return undefined;
  for (const instrument of instrumentsOf(compiled, charge, context.day, context.segment)) {
    const entry = entryOf(compiled, instrument, number);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** Everything `judge` needs besides the rule and the days: the same for every rule of a record. */
interface Judging {
  readonly compiled: CompiledPack;
  readonly context: EvalContext;
  readonly locale: Locale;
}

/** What the rule's flag says in the locale judged: its message, with the article the charge cites when it names it. */
function flagOutcome(j: Judging, rule: CompiledRule): Outcome {
  const { locale } = j;
  const made = rule.flagged[locale];
  if (made !== undefined && !(made instanceof Map)) return made;
  const text = rule.rule.messages[locale];
  if (!text.includes("{cited")) return (rule.flagged[locale] = outcome(rule, "flag", NO_PATHS, text, locale));
  // The pack's law is finite: one outcome per article it registers, and one for none.
  const cited = citedEntry(j.compiled, j.context);
  const byEntry = made ?? new Map<LawEntry | undefined, Outcome>();
  rule.flagged[locale] = byEntry;
  let found = byEntry.get(cited);
  if (found === undefined) {
    const message = renderTemplate(text, {
      citedArticle: cited === undefined ? "" : `${cited.article ?? ""} (${cited.title[locale]})`,
      citedFrom: cited?.versions[0].inForce.from ?? "",
    });
    found = outcome(rule, "flag", NO_PATHS, message, locale);
    byEntry.set(cited, found);
  }
  return found;
}

/** The message of an undetermined finding, which names the questions `missing[0..count)` (none: the date or the law is in doubt). */
function undeterminedMessage(rule: CompiledRule, locale: Locale, missing: readonly string[], count: number, dateSplit: boolean): string {
  const title = rule.rule.title[locale];
  if (count === 0) return CHECKER_MESSAGES.format(dateSplit ? "undetermined.date" : "undetermined.law", { title }, locale);
  return CHECKER_MESSAGES.format("undetermined.missing", { title, missing: missing.slice(0, count).join(", ") }, locale);
}

/** Judges one rule on the day judged, or on the days that stand for a charge's period. */
function judge(j: Judging, rule: CompiledRule, { days, segments }: Period): Finding | undefined {
  const { context } = j;
  context.nKnown = 0;
  context.nMissing = 0;
  if (days.length === 1) {
    const day = days[0] as IsoDate;
    const segment = segments[0] as number;
    context.day = day;
    context.segment = segment;
    const value = rule.test(context);
    if (value === F) return undefined;
    // A rule flags only on a day some of its law is in force: else the pack cannot judge, whatever the facts.
    const law = lawInForce(rule, day, segment);
    if (!law) context.nMissing = 0;
    return finding(j, rule, value === T && law, false, citationsOnDay(rule, day, segment));
  }
  let trues = 0;
  let anyLaw = false;
  const decisive: IsoDate[] = [];
  const decisiveSegments: number[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as IsoDate;
    const segment = segments[i] as number;
    context.day = day;
    context.segment = segment;
    const known = context.nKnown;
    const missing = context.nMissing;
    const value = rule.test(context);
    if (value === F) {
      // What a day that does not matter read is forgotten.
      context.nKnown = known;
      context.nMissing = missing;
      continue;
    }
    const law = lawInForce(rule, day, segment);
    if (law) anyLaw = true;
    if (value === T && law) trues++;
    decisive.push(day);
    decisiveSegments.push(segment);
  }
  if (decisive.length === 0) return undefined;
  if (!anyLaw) context.nMissing = 0;
  return finding(j, rule, trues === days.length, decisive.length < days.length, citationsOn(rule, decisive, decisiveSegments));
}

/** Adds `path` to `PATHS[0..count)` unless it is there; returns the new count. */
function addPath(path: string, count: number): number {
  for (let k = 0; k < count; k++) if (PATHS[k] === path) return count;
  PATHS[count] = path;
  return count + 1;
}

/** Adds `key` to `KEYS[0..count)` unless it is there; returns the new count. */
function addKey(key: number, count: number): number {
  for (let k = 0; k < count; k++) if (KEYS[k] === key) return count;
  KEYS[count] = key;
  return count + 1;
}

const pathList = (): PathList => ({
  list: undefined,
  next: undefined,
  questions: 0,
  outcome: undefined,
  findings: undefined,
  findingsOfIncidents: undefined,
});

/** The node of `KEYS[0..count)` under `root`; past the bound on a rule's lists, a node for one finding alone. */
function nodeOf(lists: PathLists, root: PathList, count: number): PathList {
  let node = root;
  for (let i = 0; i < count; i++) {
    const key = KEYS[i] as number;
    let next = node.next?.[key];
    if (next === undefined) {
      next = pathList();
      if (lists.size >= LISTS_MAX) return next;
      lists.size++;
      (node.next ??= [])[key] = next;
    }
    node = next;
  }
  return node;
}

const NO_PATHS: readonly string[] = Object.freeze([]);
const NO_CHARGES: readonly Charge[] = Object.freeze([]);
const NO_INCIDENTS: readonly Incident[] = Object.freeze([]);

/** What a finding says; a fallback rule's message notes that it was judged on the interview's day. */
function outcome(rule: CompiledRule, status: FindingStatus, missingFacts: readonly string[], message: string, locale: Locale): Outcome {
  const said = rule.rule.fallback === true ? `${message} ${CHECKER_MESSAGES.format("judged.interview", {}, locale)}` : message;
  return { id: rule.count.outcomes++, status, missingFacts, message: said };
}

/** The key of a finding among those of a list of facts: what it says and its citations, while the rule has numbered few of them. */
const sharedKey = (said: Outcome, citations: Cited): number =>
  said.id < SHARED_MAX && citations.id < SHARED_MAX ? said.id * SHARED_MAX + citations.id : -1;

/** The finding made with the facts of `node` and what `said`, shared with an equal one made before when there is one. */
function made(node: PathList, said: Outcome, citations: Cited, context: EvalContext, rule: CompiledRule): Finding {
  const incident = context.incident !== undefined ? context.incident.id : (context.charge?.incident ?? null);
  const key = sharedKey(said, citations);
  let ofIncident: Map<string, Finding> | undefined;
  if (key >= 0) {
    if (incident === null) {
      const same = node.findings?.get(key);
      if (same !== undefined) return same;
    } else {
      ofIncident = (node.findingsOfIncidents ??= new Map()).get(key);
      if (ofIncident === undefined) node.findingsOfIncidents.set(key, (ofIncident = new Map()));
      const same = ofIncident.get(incident);
      if (same !== undefined) return same;
    }
  }
  const found: Finding = Object.freeze({
    code: rule.rule.code,
    rule: rule.rule.id,
    kind: rule.rule.kind ?? "official",
    status: said.status,
    severity: rule.rule.severity,
    charge: context.charge === undefined ? null : context.chargeIndex,
    incident,
    judgedOn: context.incident !== undefined ? "incident" : context.charge !== undefined ? "charge" : "interview",
    facts: node.list as readonly string[],
    missingFacts: said.missingFacts,
    citations: citations.list,
    message: said.message,
  });
  if (key >= 0) {
    if (incident === null) {
      const findings = (node.findings ??= new Map());
      if (findings.size < FINDINGS_MAX) findings.set(key, found);
    }
    // Incident ids come from records: a few are kept per key.
    else if ((ofIncident as Map<string, Finding>).size < INCIDENTS_MAX) (ofIncident as Map<string, Finding>).set(incident, found);
  }
  return found;
}

/** Builds the finding of a rule that did not come out false, from what its evaluation read. */
function finding(j: Judging, rule: CompiledRule, flag: boolean, dateSplit: boolean, citations: Cited): Finding {
  const { context, locale } = j;
  const { lists, local } = rule;
  const datePath = datePathOf(context);
  const at = slotOf(context);
  let said: Outcome;
  if (flag) said = flagOutcome(j, rule);
  else {
    // The questions to answer, then the date when the conduct's period straddles a change of law.
    const { missing, nMissing } = context;
    let keys = 0;
    for (let i = 0; i < nMissing; i++) {
      const fact = missing[i] as FactAccessor;
      keys = addKey((local[fact.id] as number) * MISSING_KEYS + fact.missingKey(context), keys);
    }
    const node = nodeOf(lists, ((dateSplit ? lists.missingDateSplit : lists.missing)[at] ??= pathList()), keys);
    if (node.list === undefined) {
      let count = 0;
      for (let i = 0; i < nMissing; i++) count = addPath((missing[i] as FactAccessor).missingPath(context), count);
      node.questions = count;
      node.list = Object.freeze(PATHS.slice(0, dateSplit ? addPath(datePath, count) : count));
    }
    const missingFacts = node.list;
    said = (node.outcome ??= {})[locale] ??= outcome(
      rule,
      "undetermined",
      missingFacts,
      undeterminedMessage(rule, locale, missingFacts, node.questions, dateSplit),
      locale,
    );
  }
  const { known, nKnown } = context;
  let keys = 0;
  for (let i = 0; i < nKnown; i++) keys = addKey(local[(known[i] as FactAccessor).id] as number, keys);
  const node = nodeOf(lists, (lists.facts[at] ??= pathList()), keys);
  if (node.list === undefined) {
    let count = 1;
    PATHS[0] = datePath;
    for (let i = 0; i < nKnown; i++) count = addPath((known[i] as FactAccessor).concrete(context), count);
    node.list = Object.freeze(PATHS.slice(0, count));
  }
  // Findings are values: the same finding is made once and shared.
  return made(node, said, citations, context, rule);
}

/**
 * Runs every rule of a compiled pack on a valid record: each charge's rules in pack order, charge
 * by charge, then each incident's, incident by incident, then the record's — a fallback rule only
 * when no incident gave a finding of its code.
 */
export function judgeRecord(compiled: CompiledPack, record: InterviewRecord, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  const { memo } = compiled;
  memo.recordStamp = ++stamp;
  const context: EvalContext = {
    record,
    charge: undefined,
    chargeIndex: -1,
    incident: undefined,
    incidentIndex: -1,
    day: record.interview.date,
    segment: 0,
    known: KNOWN,
    nKnown: 0,
    missing: MISSING,
    nMissing: 0,
    memo,
    article: undefined,
    articleStamp: -1,
    trace: 1,
  };
  const j: Judging = { compiled, context, locale };
  const charges = record.charges ?? NO_CHARGES;
  for (let index = 0; index < charges.length; index++) {
    const charge = charges[index] as Charge;
    context.charge = charge;
    context.chargeIndex = index;
    memo.chargeStamp = ++stamp;
    const period = periodOf(compiled, charge.date, charge.datePrecision);
    for (const rule of compiled.chargeRules) {
      const found = rule.traced ? decide(j, rule, period) : judge(j, rule, period);
      if (found !== undefined) findings.push(found);
    }
  }
  context.charge = undefined;
  context.chargeIndex = -1;
  const incidents = record.incidents ?? NO_INCIDENTS;
  const fromIncidents = findings.length;
  for (let index = 0; index < incidents.length; index++) {
    const incident = incidents[index] as Incident;
    context.incident = incident;
    context.incidentIndex = index;
    memo.incidentStamp = ++stamp;
    const period = periodOf(compiled, incident.date, incident.datePrecision);
    for (const rule of compiled.incidentRules) {
      const found = judge(j, rule, period);
      if (found !== undefined) findings.push(found);
    }
  }
  const toIncidents = findings.length;
  context.incident = undefined;
  context.incidentIndex = -1;
  const period = periodOf(compiled, record.interview.date);
  for (const rule of compiled.recordRules) {
    if (rule.rule.fallback === true && toIncidents > fromIncidents && foundIn(findings, fromIncidents, toIncidents, rule.rule.code))
      continue;
    const found = rule.traced ? decide(j, rule, period) : judge(j, rule, period);
    if (found !== undefined) findings.push(found);
  }
  return findings;
}

/** How many findings a traced rule keeps, by locale and segment. */
const DECIDED_MAX = 1024;

/**
 * Judges a traced rule (`CompiledRule.traced`) on one day. Its evaluation walks a fixed tree whose
 * every step is read from the trace or the segment: the same trace on a day of the same segment, for
 * the record or the same charge (of no incident), is the same finding, built once.
 */
function decide(j: Judging, rule: CompiledRule, period: Period): Finding | undefined {
  const { context, locale } = j;
  const slot = context.chargeIndex + 1;
  if (period.days.length !== 1 || slot >= TRACE_SLOTS || context.charge?.incident !== undefined) return judge(j, rule, period);
  const day = period.days[0] as IsoDate;
  const segment = period.segments[0] as number;
  context.day = day;
  context.segment = segment;
  context.nKnown = 0;
  context.nMissing = 0;
  context.trace = 1;
  const value = rule.test(context);
  if (value === F) return undefined;
  const { trace } = context;
  const key = trace * TRACE_SLOTS + slot;
  const decided = trace < TRACE_MAX ? ((rule.decided[locale] ??= [])[segment] ??= new Map()) : undefined;
  const before = decided?.get(key);
  if (before !== undefined) return before;
  // A rule flags only on a day some of its law is in force: else the pack cannot judge, whatever the facts.
  const law = lawInForce(rule, day, segment);
  if (!law) context.nMissing = 0;
  const flag = value === T && law;
  const found = finding(j, rule, flag, false, citationsOnDay(rule, day, segment));
  // A flag naming the article cited is the article's: it is not kept.
  if (decided !== undefined && decided.size < DECIDED_MAX && !(flag && rule.citesInMessage)) decided.set(key, found);
  return found;
}

/** Whether `findings[from..to)` hold one of `code`. */
function foundIn(findings: readonly Finding[], from: number, to: number, code: string): boolean {
  for (let i = from; i < to; i++) if ((findings[i] as Finding).code === code) return true;
  return false;
}
