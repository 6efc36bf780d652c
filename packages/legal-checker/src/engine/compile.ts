import { addDays, type Charge, type Incident, type InterviewRecord, type IsoDate, type Locale } from "@redumbrella/questionnaire";
import { chargeInstruments } from "../law/editions.js";
import { findEntry, type LawEntry, type LawRef, normaliseArticle, versionOn } from "../law/registry.js";
import {
  compileCondition,
  type Evaluator,
  F,
  type FactPath,
  factsOf,
  type LeafCompiler,
  type Scalar,
  T,
  type Tri,
  U,
} from "./condition.js";
import { LegalCheckerError, type PackIssue, packIssue } from "./errors.js";
import {
  ABSENT,
  type FactAccessor,
  type FactReading,
  type FactSource,
  FieldReaders,
  factAccessor,
  isFactPath,
  NONE,
  ownerOf,
  PartialList,
  type ReadMemo,
  stampOf,
  UNKNOWN,
} from "./facts.js";
import type { Citation, Finding, FindingStatus } from "./finding.js";
import type { Pack, Rule } from "./pack.js";
import { checkPack } from "./pack-shape.js";

/**
 * What a compiled condition is evaluated against, and what it read: every evaluation records the
 * facts it knew and those it missed (`known[0..nKnown)`, `missing[0..nMissing)`), so a finding
 * never needs a second pass. The arrays are reused: only the counters are reset. The memo holds
 * what was read of the record and the charge, and each fact as the pack reads it.
 */
export interface EvalContext extends FactSource {
  readonly record: InterviewRecord;
  charge: Charge | undefined;
  chargeIndex: number;
  incident: Incident | undefined;
  incidentIndex: number;
  day: IsoDate;
  /** The segment of the pack's timeline `day` is in. */
  segment: number;
  readonly known: FactAccessor[];
  nKnown: number;
  readonly missing: FactAccessor[];
  nMissing: number;
  readonly memo: ReadMemo;
  /** The article the charge being judged cites, normalised (`articleOf`), for the charge of stamp `articleStamp`. */
  article: string | undefined;
  articleStamp: number;
  /**
   * What the facts read said, in the order read, in base `TRACE_BASE` after a leading 1: `T_READ` or
   * `F_READ` for a fact known, `U_READ + missingKey` for one missing. Under `TRACE_MAX` it is exact.
   */
  trace: number;
}

/** The digits of a trace (`EvalContext.trace`). */
const TRACE_BASE = 32;
const T_READ = 1;
const F_READ = 2;
/** `U_READ + missingKey` (below `MISSING_KEYS`): a fact missing. */
const U_READ = 3;
/** What the article the charge cites gave: no edition of its code, an article the pack does not register, the code or the article missing (`+ missingKey`), no charge. */
const NO_EDITION_READ = 11;
const UNREGISTERED_READ = 12;
const CODE_MISSING_READ = 13;
const ARTICLE_MISSING_READ = 21;
const NO_CHARGE_READ = 29;
/** Below it, a trace is an exact integer, and so is `trace * TRACE_SLOTS + slot`. */
export const TRACE_MAX = 2 ** 40;
/** The slots of a trace's key: 0 the record, 1 + i charge i. */
export const TRACE_SLOTS = 256;

/** A rule ready to run: its condition compiled, its citations resolved to registry entries. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly test: Evaluator<EvalContext>;
  readonly law: readonly LawEntry[];
  /** Whether some of its law is in force, by segment of the pack's timeline (filled on use). */
  readonly lawBySegment: (boolean | undefined)[];
  /** Its citations by the segment of the day judged (filled on use): the same frozen array for every finding. */
  readonly citationsBySegment: (Cited | undefined)[];
  /** Its citations by the segments of a period judged (filled on use). */
  readonly citations: Map<string, Cited>;
  /** The path lists of its findings, each built once and shared (filled on use, bounded). */
  readonly lists: PathLists;
  /** Its own number of each fact it reads, by the fact's memo slot (`FactAccessor.id`): the keys of its path lists. */
  readonly local: number[];
  /** What its flags say, by locale: one outcome, or one per article cited when its message names it (filled on use). */
  readonly flagged: { [L in Locale]?: Outcome | Map<LawEntry | undefined, Outcome> };
  /** How many outcomes and lists of citations it has numbered (`Outcome.id`, `Cited.id`). */
  readonly count: { outcomes: number; cited: number };
  /**
   * Whether it is a record or charge rule none of whose facts is a list's field: what it finds on one
   * day is then decided by the day's segment, its evaluation's trace (`EvalContext.trace`) and the
   * charge's index — but for a flag whose message names the article cited (`citesInMessage`).
   */
  readonly traced: boolean;
  /** Whether a message of its flag names the article the charge cites. */
  readonly citesInMessage: boolean;
  /** Its findings by locale, segment and `trace * TRACE_SLOTS + slot` (filled on use, bounded). */
  readonly decided: { [L in Locale]?: Map<number, Finding>[] };
}

/** A rule's citations on the days judged, frozen, with the rule's own number for them. */
export interface Cited {
  readonly list: readonly Citation[];
  readonly id: number;
}

/**
 * A list of record paths, shared (frozen) by every finding that has it, as a node of a trie keyed
 * by what the evaluation read (the rule's own numbering of its facts, `CompiledRule.local`): the
 * findings of a rule name the same few lists again and again.
 */
export interface PathList {
  list: readonly string[] | undefined;
  next: (PathList | undefined)[] | undefined;
  /** For a list of missing questions: how many of its paths are questions (the day may follow), and what its findings say, by locale. */
  questions: number;
  outcome: { [L in Locale]?: Outcome } | undefined;
  /**
   * For a list of facts: the findings made with it, to be shared, by what they say and their
   * citations (`sharedKey`) — those of an incident (theirs or their charge's) by its id.
   */
  findings: Map<number, Finding> | undefined;
  findingsOfIncidents: Map<number, Map<string, Finding>> | undefined;
}

/** What a finding says besides its facts, citations and incident: made once per rule, list of missing questions and locale. */
export interface Outcome {
  /** The rule's own number for it. */
  readonly id: number;
  readonly status: FindingStatus;
  readonly missingFacts: readonly string[];
  readonly message: string;
}

/** The tries of a rule's path lists, by slot (0 the record, 1 + 2i charge i, 2 + 2i incident i): its facts, its missing questions (without and with a date split). */
export interface PathLists {
  readonly facts: PathList[];
  readonly missing: PathList[];
  readonly missingDateSplit: PathList[];
  size: number;
}

/** A pack ready to run. */
export interface CompiledPack {
  readonly pack: Pack;
  readonly chargeRules: readonly CompiledRule[];
  readonly incidentRules: readonly CompiledRule[];
  readonly recordRules: readonly CompiledRule[];
  /** The instruments a charge's article is read in, by code, edition and segment (filled on use). */
  readonly instruments: (readonly string[] | undefined)[];
  /** The pack's law by instrument and article ("" for the instrument as a whole), as `findEntry` reads it. */
  readonly law: ReadonlyMap<string, ReadonlyMap<string, LawEntry>>;
  /** Sorted, unique: every day a law of the pack enters or leaves force, and every date in a rule. */
  readonly breakpoints: readonly IsoDate[];
  /** The breakpoints as day numbers (`dayNumber`), when each is written `YYYY-MM-DD`. */
  readonly breakpointNumbers: Int32Array | undefined;
  /** What a judgement read of the record and the charge (judging is synchronous, never re-entered). */
  readonly memo: ReadMemo;
}

/**
 * The segment of the pack's timeline a day falls in: how many breakpoints are on or before it.
 * Nothing a pack knows changes within a segment.
 */
export function segmentOf(compiled: CompiledPack, day: IsoDate): number {
  const numbers = compiled.breakpointNumbers;
  const number = numbers === undefined ? -1 : dayNumber(day);
  if (number >= 0) {
    let low = 0;
    let high = (numbers as Int32Array).length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (((numbers as Int32Array)[mid] as number) <= number) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  const points = compiled.breakpoints;
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((points[mid] as IsoDate) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A day `YYYY-MM-DD` as a number that orders as the text does (`YYYYMMDD`): read once where the text
 * would be compared many times. `-1` for a text not so written.
 */
export function dayNumber(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return -1;
  let number = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = day.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

const compiled = new WeakMap<Pack, CompiledPack>();
let lastPack: Pack | undefined;
let lastCompiled: CompiledPack | undefined;

/** Whether one of the rule's law entries is in force on `day` (of segment `segment`). */
export function lawInForce(rule: CompiledRule, day: IsoDate, segment: number): boolean {
  let known = rule.lawBySegment[segment];
  if (known === undefined) {
    known = rule.law.some((entry) => versionOn(entry, day) !== undefined);
    rule.lawBySegment[segment] = known;
  }
  return known;
}

const CODE_INDEX = { administrative: 0, criminal: 1, unknown: 2 } as const;
const EDITION_INDEX = { "1997": 1, "2001": 2, "2014": 3 } as const;

/** The instruments the charge being judged is read in on the day judged (cached by code, edition and segment). */
export function instrumentsOf(compiled: CompiledPack, charge: Charge, day: IsoDate, segment: number): readonly string[] {
  const key = (segment * 3 + CODE_INDEX[charge.code]) * 4 + (charge.codeEdition === undefined ? 0 : EDITION_INDEX[charge.codeEdition]);
  return (compiled.instruments[key] ??= chargeInstruments(compiled.pack, charge, day));
}

/** The number the charge being judged cites, as the registry writes it (`normaliseArticle`): read once per charge. */
export function articleOf(context: EvalContext): string | undefined {
  const stamp = context.memo.chargeStamp;
  if (context.articleStamp !== stamp) {
    const cited = context.charge?.article;
    context.article = cited === undefined ? undefined : normaliseArticle(cited);
    context.articleStamp = stamp;
  }
  return context.article;
}

/** The pack's entry for an instrument's article (a number as `normaliseArticle` writes it), if it registers one. */
export function entryOf(compiled: CompiledPack, instrument: string, number: string): LawEntry | undefined {
  return compiled.law.get(instrument)?.get(number);
}

/** The pack's entry for `number` in each of `instruments`: unregistered instruments count, for `U`. */
function citedArticleInForce(compiled: CompiledPack, context: EvalContext): Tri | "unregistered" | "noEdition" {
  const charge = context.charge as Charge;
  const number = articleOf(context);
  if (number === undefined) return U;
  let result: Tri | undefined;
  let unregistered = 0;
  const candidates = instrumentsOf(compiled, charge, context.day, context.segment);
  // No edition of the code in the pack for the day: the pack cannot read the article.
  if (candidates.length === 0) return "noEdition";
  for (const instrument of candidates) {
    const entry = entryOf(compiled, instrument, number);
    if (entry === undefined) {
      unregistered++;
      continue;
    }
    let value: Tri = versionOn(entry, context.day) === undefined ? F : T;
    // A number still to verify never makes a flag: the article may be another one.
    if (value === F && entry.verify?.number !== undefined) value = U;
    if (result === undefined) result = value;
    else if (result !== value) return U;
  }
  if (result === undefined) return "unregistered";
  return unregistered > 0 ? U : result;
}

/** Whether the charge cites one of `refs`, read in its instruments: `U` when the code could be either, or the number is to verify. */
function chargeCites(compiled: CompiledPack, context: EvalContext, refs: readonly LawRef[]): Tri {
  const charge = context.charge as Charge;
  if (charge.article === undefined) return F;
  const number = articleOf(context);
  if (number === undefined) return U;
  let hits = 0;
  let doubtful = false;
  const candidates = instrumentsOf(compiled, charge, context.day, context.segment);
  for (const instrument of candidates) {
    for (const ref of refs) {
      if (ref.instrument !== instrument || ref.article !== number) continue;
      hits++;
      if (entryOf(compiled, instrument, number)?.verify?.number !== undefined) doubtful = true;
    }
  }
  if (hits === 0) return F;
  return doubtful || hits < candidates.length ? U : T;
}

// A law reference as a pack issue names it: `KZ-CAO-2014 449`, or the instrument alone.
const lawName = (ref: LawRef): string => (ref.article === undefined ? ref.instrument : `${ref.instrument} ${ref.article}`);

/** Notes the charge's article unknown: a readable number whose code could be either misses the code, else the article. */
function missingArticleOrCode(context: EvalContext, article: FactAccessor, code: FactAccessor): void {
  const readable = articleOf(context) !== undefined;
  const fact = readable ? code : article;
  context.missing[context.nMissing++] = fact;
  context.trace = context.trace * TRACE_BASE + (readable ? CODE_MISSING_READ : ARTICLE_MISSING_READ) + fact.missingKey(context);
}

/** The pack's fact readers, one per fact; and the raw readers they share. */
interface Accessors {
  readonly facts: Map<FactPath, FactAccessor>;
  readonly readers: FieldReaders;
}

function leafCompiler(
  pack: Pack,
  self: () => CompiledPack,
  reading: FactReading,
  accessors: Accessors,
  dates: Set<IsoDate>,
  issues: PackIssue[],
  at: (string | number)[],
): LeafCompiler<EvalContext> {
  const accessor = (path: FactPath): FactAccessor => {
    let found = accessors.facts.get(path);
    if (found === undefined) {
      found = factAccessor(path, reading, accessors.readers);
      accessors.facts.set(path, found);
    }
    return found;
  };
  const entry = (ref: LawRef): LawEntry | undefined => {
    const found = findEntry(pack, ref.instrument, ref.article);
    if (found === undefined) issues.push(packIssue("UNKNOWN_LAW", at, { law: lawName(ref) }));
    return found;
  };
  return {
    fact: (path, test) => {
      const fact = accessor(path);
      const { id, owner } = fact;
      return (context) => {
        // Several rules read the same facts: each is read once per record (or charge, or incident).
        const { memo } = context;
        const stamp = stampOf(memo, owner);
        let value: unknown;
        if (memo.stamps[id] === stamp) value = memo.values[id];
        else {
          value = fact.read(context);
          memo.values[id] = value;
          memo.stamps[id] = stamp;
        }
        if (value === UNKNOWN || value === ABSENT) {
          context.missing[context.nMissing++] = fact;
          context.trace = context.trace * TRACE_BASE + U_READ + fact.missingKey(context);
          return U;
        }
        if (value instanceof PartialList) {
          // What the elements say may already hold; else the silent one could make it hold.
          if (test(value.values)) {
            context.known[context.nKnown++] = fact;
            context.trace = context.trace * TRACE_BASE + T_READ;
            return T;
          }
          context.missing[context.nMissing++] = fact;
          context.trace = context.trace * TRACE_BASE + U_READ + fact.missingKey(context);
          return U;
        }
        context.known[context.nKnown++] = fact;
        if (value !== NONE && test(value)) {
          context.trace = context.trace * TRACE_BASE + T_READ;
          return T;
        }
        context.trace = context.trace * TRACE_BASE + F_READ;
        return F;
      };
    },
    present: (path) => {
      const fact = accessor(path);
      return (context) => {
        const value = fact.read(context, true);
        if (value === UNKNOWN) {
          context.missing[context.nMissing++] = fact;
          context.trace = context.trace * TRACE_BASE + U_READ + fact.missingKey(context);
          return U;
        }
        context.known[context.nKnown++] = fact;
        if (value === NONE || value === ABSENT) {
          context.trace = context.trace * TRACE_BASE + F_READ;
          return F;
        }
        context.trace = context.trace * TRACE_BASE + T_READ;
        return T;
      };
    },
    day: (test, breakpoint) => {
      dates.add(breakpoint);
      return (context) => (test(context.day) ? T : F);
    },
    inForce: (ref) => {
      const found = entry(ref);
      return (context) => (found !== undefined && versionOn(found, context.day) !== undefined ? T : F);
    },
    articleInForce: (expected) => {
      const article = accessor("charge.article");
      const code = accessor("charge.code");
      return (context) => {
        if (context.charge === undefined) {
          context.trace = context.trace * TRACE_BASE + NO_CHARGE_READ;
          return U;
        }
        const value = citedArticleInForce(self(), context);
        if (value === "noEdition") {
          context.known[context.nKnown++] = article;
          context.trace = context.trace * TRACE_BASE + NO_EDITION_READ;
          return U;
        }
        if (value === "unregistered") {
          context.known[context.nKnown++] = article;
          context.trace = context.trace * TRACE_BASE + UNREGISTERED_READ;
          return F;
        }
        if (value === U) {
          missingArticleOrCode(context, article, code);
          return U;
        }
        context.known[context.nKnown++] = article;
        context.known[context.nKnown++] = code;
        if (value === (expected ? T : F)) {
          context.trace = context.trace * TRACE_BASE + T_READ;
          return T;
        }
        context.trace = context.trace * TRACE_BASE + F_READ;
        return F;
      };
    },
    cites: (refs) => {
      for (const ref of refs) entry(ref);
      const article = accessor("charge.article");
      const code = accessor("charge.code");
      return (context) => {
        if (context.charge === undefined) {
          context.trace = context.trace * TRACE_BASE + NO_CHARGE_READ;
          return U;
        }
        const value = chargeCites(self(), context, refs);
        if (value === U) {
          missingArticleOrCode(context, article, code);
          return U;
        }
        context.known[context.nKnown++] = article;
        if (value === T) {
          context.known[context.nKnown++] = code;
          context.trace = context.trace * TRACE_BASE + T_READ;
        } else context.trace = context.trace * TRACE_BASE + F_READ;
        return value;
      };
    },
  };
}

/** Instrument → article ("" for the instrument as a whole) → entry, as the registry indexes it. */
function lawIndex(law: readonly LawEntry[]): Map<string, Map<string, LawEntry>> {
  const index = new Map<string, Map<string, LawEntry>>();
  for (const entry of law) {
    let articles = index.get(entry.instrument);
    if (articles === undefined) index.set(entry.instrument, (articles = new Map()));
    articles.set(entry.article ?? "", entry);
  }
  return index;
}

/** Checks a rule's data against the schema and the pack's law; returns what is wrong, located. */
function ruleIssues(rule: Rule, at: (string | number)[]): PackIssue[] {
  const issues: PackIssue[] = [];
  const read = factsOf(rule.when);
  for (const [i, path] of rule.needs.entries()) {
    if (!isFactPath(path)) issues.push(packIssue("UNKNOWN_FACT", [...at, "needs", i], { fact: path }));
  }
  for (const path of read) {
    const owner = ownerOf(path);
    if (!isFactPath(path)) issues.push(packIssue("UNKNOWN_FACT", [...at, "when"], { fact: path }));
    else if (owner !== "record" && owner !== rule.scope)
      issues.push(packIssue("SCOPE_MISMATCH", [...at, "when"], { fact: path, scope: rule.scope }));
  }
  const needs = new Set<string>(rule.needs);
  if (read.length !== needs.size || read.some((p) => !needs.has(p))) {
    issues.push(packIssue("NEEDS_MISMATCH", [...at, "needs"], { facts: read.join(", ") }));
  }
  return issues;
}

/**
 * Compiles a pack once (cached per pack object): conditions to closures, citations to registry
 * entries, and the days its law changes on. Throws `LegalCheckerError` (`INVALID_PACK`) listing
 * every problem of the pack's data, or (`INVALID_OPTION`, issues `NOT_A_PACK` at `["pack", …]`)
 * every field the engine cannot read. A pack is recognised by its shape: `kz` of the CJS build, or
 * one written by hand, is taken as well.
 */
export function compilePack(pack: Pack): CompiledPack {
  // Records are checked one by one against the same pack: the last one is kept at hand.
  if (pack === lastPack && lastCompiled !== undefined) return lastCompiled;
  const result = compileOnce(pack);
  lastPack = pack;
  lastCompiled = result;
  return result;
}

function compileOnce(pack: Pack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached !== undefined) return cached;
  checkPack(pack);
  const issues: PackIssue[] = [];
  const dates = new Set<IsoDate>();
  for (const entry of pack.law) {
    for (const version of entry.versions) {
      dates.add(version.inForce.from);
      if (version.inForce.to !== undefined) dates.add(addDays(version.inForce.to, 1));
    }
  }
  const reading: FactReading = {
    noneWhenAbsent: new Set(pack.noneWhenAbsent),
    unknownValues: new Map(
      (Object.entries(pack.unknownValues) as [FactPath, readonly Scalar[]][]).map(([path, values]) => [path, new Set(values)]),
    ),
  };
  const ids = new Set<string>();
  const accessors: Accessors = { facts: new Map(), readers: new FieldReaders() };
  const chargeRules: CompiledRule[] = [];
  const incidentRules: CompiledRule[] = [];
  const recordRules: CompiledRule[] = [];
  let result: CompiledPack | undefined;
  const self = (): CompiledPack => result as CompiledPack;
  for (const [index, rule] of pack.rules.entries()) {
    const at = ["rules", index];
    if (ids.has(rule.id)) issues.push(packIssue("DUPLICATE_RULE", at, { id: rule.id }));
    ids.add(rule.id);
    const problems = ruleIssues(rule, at);
    issues.push(...problems);
    if (problems.length > 0) continue;
    const test = compileCondition(rule.when, leafCompiler(pack, self, reading, accessors, dates, issues, [...at, "when"]));
    const law: LawEntry[] = [];
    for (const [i, ref] of rule.citations.entries()) {
      const entry = findEntry(pack, ref.instrument, ref.article);
      if (entry === undefined) issues.push(packIssue("UNKNOWN_LAW", [...at, "citations", i], { law: lawName(ref) }));
      else law.push(entry);
    }
    (rule.scope === "charge" ? chargeRules : rule.scope === "incident" ? incidentRules : recordRules).push({
      rule,
      test,
      law,
      lawBySegment: [],
      citationsBySegment: [],
      citations: new Map(),
      lists: { facts: [], missing: [], missingDateSplit: [], size: 0 },
      local: [],
      flagged: {},
      count: { outcomes: 0, cited: 0 },
      traced: false,
      citesInMessage: Object.values(rule.messages).some((text) => text.includes("{cited")),
      decided: {},
    });
  }
  // Each rule numbers the facts it needs 0, 1, …: its path lists are keyed by these small numbers.
  for (const rule of [...chargeRules, ...incidentRules, ...recordRules]) {
    for (const [i, path] of rule.rule.needs.entries()) {
      const fact = accessors.facts.get(path);
      if (fact !== undefined) rule.local[fact.id] = i;
    }
  }
  // A record or charge rule reads the record, the charge and the day alone: its finding follows from the segment and what its leaves said.
  for (const rules of [recordRules, chargeRules]) {
    for (const [i, rule] of rules.entries()) {
      if (
        rule.rule.needs.every((path) => path === "charge.codeEdition" || (accessors.facts.get(path) !== undefined && !path.includes("[]")))
      )
        rules[i] = { ...rule, traced: true };
    }
  }
  if (issues.length > 0) throw new LegalCheckerError("INVALID_PACK", issues as [PackIssue, ...PackIssue[]]);
  const breakpoints = [...dates].sort();
  result = {
    pack,
    chargeRules,
    incidentRules,
    recordRules,
    law: lawIndex(pack.law),
    breakpoints,
    breakpointNumbers: breakpoints.every((day) => dayNumber(day) >= 0) ? Int32Array.from(breakpoints, dayNumber) : undefined,
    memo: accessors.readers.memo(),
    instruments: [],
  };
  compiled.set(pack, result);
  return result;
}
