import type { IsoDate, Localised } from "@redumbrella/questionnaire";
import { checkLaw } from "../engine/pack-shape.js";

/** Where a legal fact comes from: the seed report itself, or general knowledge a lawyer must verify. */
export type Basis = "seed" | "general knowledge";

/** The passage of the seed report a law entry or a rule rests on, quoted word for word. */
export interface SeedSource {
  /** The report's section (its heading or margin title). */
  readonly section: string;
  readonly quote: string;
}

/** When a version of an article is in force: from `from` to `to`, both days included; no `to` means still in force. */
export interface InForce {
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/** One version of an article: the period it was in force, and on what basis those dates stand. */
export interface ArticleVersion {
  readonly inForce: InForce;
  /** `"seed"` when the seed report states the dates, else `"general knowledge"`. */
  readonly basis: Basis;
  /** What a lawyer should verify about these dates. */
  readonly note?: string;
}

/** An article of an instrument, or the instrument as a whole (no `article`), with its versions in time. */
export interface LawEntry {
  readonly id: string;
  /** The instrument's id, e.g. `"KZ-CAO-2014"`. */
  readonly instrument: string;
  /** The article's number as written in the instrument (`"449"`); absent for the instrument as a whole. */
  readonly article?: string;
  readonly title: Localised;
  /** The basis of the entry's content (that the article says what the title says). */
  readonly basis: Basis;
  /** The seed passage that states the entry, or (for general knowledge) the one that calls for it. */
  readonly source: SeedSource;
  /** Its versions in time order, none overlapping. */
  readonly versions: readonly [ArticleVersion, ...ArticleVersion[]];
  /**
   * What a lawyer must verify about the entry beyond its dates (the versions' notes): its number
   * (`number`: the pack never flags on a number still to verify — a match is undetermined) and
   * what it says (`content`).
   */
  readonly verify?: { readonly number?: string; readonly content?: string };
}

/** A reference to an article, or to a whole instrument when `article` is absent. */
export interface LawRef {
  readonly instrument: string;
  readonly article?: string;
}

/** Why an article is not in force on a day. */
export type NotInForceReason =
  | "unknownInstrument"
  | "unknownArticle"
  | "instrumentNotInForce"
  | "notYetInForce"
  | "noLongerInForce"
  | "betweenVersions";

/** What `lookupArticle` answers: the version in force on the day, or why there is none. */
export type ArticleLookup =
  | { readonly status: "inForce"; readonly entry: LawEntry; readonly version: ArticleVersion }
  | { readonly status: "notInForce"; readonly reason: NotInForceReason; readonly entry?: LawEntry };

/** Anything that holds a law registry: a jurisdiction pack. */
export interface HasLaw {
  readonly law: readonly LawEntry[];
}

// Instrument → article ("" for the instrument as a whole) → entry, built once per registry.
const indexes = new WeakMap<readonly LawEntry[], ReadonlyMap<string, ReadonlyMap<string, LawEntry>>>();

function indexOf(pack: HasLaw): ReadonlyMap<string, ReadonlyMap<string, LawEntry>> {
  const law = typeof pack === "object" && pack !== null ? pack.law : undefined;
  let index = law === undefined ? undefined : indexes.get(law);
  if (index === undefined) {
    // A registry is read once per list: its shape is checked then, not on every look-up.
    const checked = checkLaw(pack);
    const built = new Map<string, Map<string, LawEntry>>();
    for (const entry of checked) {
      let articles = built.get(entry.instrument);
      if (articles === undefined) built.set(entry.instrument, (articles = new Map()));
      articles.set(entry.article ?? "", entry);
    }
    index = built;
    indexes.set(checked, index);
  }
  return index;
}

// Papers cite few distinct article strings: each is read once (bounded, for arbitrary input).
const normalised = new Map<string, string | undefined>();
const NORMALISED_MAX = 4096;

/**
 * The article number a paper cites, as the registry writes it: the first number, with a `-N`
 * suffix if any (`"ст. 449 ч. 1"` → `"449"`, `"434-1"` → `"434-1"`); `undefined` if there is none.
 */
export function normaliseArticle(cited: string): string | undefined {
  const known = normalised.get(cited);
  if (known !== undefined || normalised.has(cited)) return known;
  const number = /\d+(?:-\d+)?/.exec(cited)?.[0];
  if (normalised.size >= NORMALISED_MAX) normalised.clear();
  normalised.set(cited, number);
  return number;
}

/** The version of `entry` in force on `date`, if any. */
export function versionOn(entry: LawEntry, date: IsoDate): ArticleVersion | undefined {
  for (const version of entry.versions) {
    if (version.inForce.from <= date && (version.inForce.to === undefined || date <= version.inForce.to)) return version;
  }
  return undefined;
}

/**
 * The registry entry for an instrument (no `article`) or one of its articles, if the registry has it.
 * Throws `LegalCheckerError` (`INVALID_OPTION`) when `pack.law` is not a list of law entries.
 */
export function findEntry(pack: HasLaw, instrument: string, article?: string): LawEntry | undefined {
  return indexOf(pack)
    .get(instrument)
    ?.get(article === undefined ? "" : (normaliseArticle(article) ?? article));
}

/**
 * Looks an article up as the law stood on `date`: the version then in force, or an explicit
 * "not in force" with the reason. Without `article`, looks up the instrument as a whole.
 *
 * @example
 * import { kz, lookupArticle } from "@redumbrella/legal-checker";
 *
 * lookupArticle(kz, "KZ-CAO-2014", "449", "2014-12-31"); // { status: "notInForce", reason: "instrumentNotInForce", … }
 * lookupArticle(kz, "KZ-CAO-2014", "449", "2015-01-01").status; // "inForce"
 */
export function lookupArticle(pack: HasLaw, instrument: string, article: string | undefined, date: IsoDate): ArticleLookup {
  const whole = findEntry(pack, instrument);
  if (whole === undefined) return { status: "notInForce", reason: "unknownInstrument" };
  const wholeVersion = versionOn(whole, date);
  if (article === undefined) {
    return wholeVersion === undefined ? notInForce(whole, date) : { status: "inForce", entry: whole, version: wholeVersion };
  }
  const entry = findEntry(pack, instrument, article);
  if (wholeVersion === undefined) {
    return entry === undefined
      ? { status: "notInForce", reason: "instrumentNotInForce", entry: whole }
      : { status: "notInForce", reason: "instrumentNotInForce", entry };
  }
  if (entry === undefined) return { status: "notInForce", reason: "unknownArticle" };
  const version = versionOn(entry, date);
  return version === undefined ? notInForce(entry, date) : { status: "inForce", entry, version };
}

function notInForce(entry: LawEntry, date: IsoDate): ArticleLookup {
  const first = entry.versions[0].inForce.from;
  const reason: NotInForceReason =
    date < first ? "notYetInForce" : entry.versions.some((v) => v.inForce.from > date) ? "betweenVersions" : "noLongerInForce";
  return { status: "notInForce", reason, entry };
}
