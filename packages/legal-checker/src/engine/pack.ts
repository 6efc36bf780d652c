import type { Choice, Localised } from "@redumbrella/questionnaire";
import type { LawEntry, LawRef, SeedSource } from "../law/registry.js";
import type { Condition, FactPath, Scalar } from "./condition.js";

type CodeEdition = Choice<"codeEdition">;

/** How grave a finding is: against the law, likely against it, or a matter for a person to look at. */
export type Severity = "unlawful" | "dubious" | "check";

/** The closed list of severities, gravest first. */
export const SEVERITIES: readonly Severity[] = ["unlawful", "dubious", "check"];

/** What a rule judges: each charge of the legal annex, each incident, or the record as a whole. */
export type RuleScope = "charge" | "incident" | "record";

/**
 * What a finding is about: what an official did or charged her with (`official`), a crime against
 * her by a private person, to refer with her consent (`referral`), or her protection (`safeguarding`).
 */
export type FindingKind = "official" | "referral" | "safeguarding";

/** The editions of a code a charge may cite, in the record's words (`charges[].codeEdition`). */
export type Edition = CodeEdition;

/** One edition of a code: which instrument of the pack's law a charge citing it is read in. */
export interface CodeEditionEntry {
  readonly edition: Edition;
  readonly instrument: string;
}

/** A rule of a jurisdiction pack: data the generic engine evaluates, with its law and its words. */
export interface Rule {
  /** Unique in the pack: `"kz.charge.prostitution-not-an-offence"`. */
  readonly id: string;
  /** The public code of its findings (two rules may share one, at different scopes). */
  readonly code: string;
  readonly scope: RuleScope;
  readonly severity: Severity;
  /** What its findings are about. Defaults to `"official"`. */
  readonly kind?: FindingKind;
  /**
   * A record rule that stands in for the incident rules of its code: judged on the interview's day
   * only when no incident of the record gives a finding of that code, and its findings say so.
   */
  readonly fallback?: true;
  /** Every fact `when` reads; a test keeps the two equal. */
  readonly needs: readonly FactPath[];
  /** When the rule flags. Charge and incident rules are judged on their own day (with its precision), record rules on the interview's. */
  readonly when: Condition;
  /**
   * The law it rests on. On a day none of it is in force the pack cannot judge: a true `when`
   * then gives `undetermined`, never a flag without law.
   */
  readonly citations: readonly [LawRef, ...LawRef[]];
  /** A short name: "Prostitution is not an offence". */
  readonly title: Localised;
  /** The finding's message when it flags; may use `{citedArticle}` and `{citedFrom}` (the charge's cited article). */
  readonly messages: Localised;
  /** For the person concerned: what is wrong and what she can do, in plain words. */
  readonly explain: Localised;
  /** The seed passages the rule is written from, quoted. */
  readonly source: readonly [SeedSource, ...SeedSource[]];
}

/** A jurisdiction pack: its law as dated data and its rules; a new country is a new pack, not new code. */
export interface Pack {
  /** `"kz"`. */
  readonly id: string;
  readonly name: Localised;
  readonly law: readonly LawEntry[];
  /**
   * The editions of each code, oldest first. A charge's article is read in the edition the paper
   * names (`codeEdition`), else in the one whose instrument is in force on the charge's day; a charge
   * of an unknown code may be of either.
   */
  readonly editions: { readonly administrative: readonly CodeEditionEntry[]; readonly criminal: readonly CodeEditionEntry[] };
  /** Groups whose absence the pack reads as "none" (no detention, no fine, no penalty), not as "unknown". */
  readonly noneWhenAbsent: readonly FactPath[];
  /** Values that mean "not known" (`charge.code: "unknown"`): a rule needing them is undetermined. */
  readonly unknownValues: { readonly [TPath in FactPath]?: readonly Scalar[] };
  /** In the order findings are reported: charge rules for each charge, incident rules for each incident, then record rules. */
  readonly rules: readonly Rule[];
}
