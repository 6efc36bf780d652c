import type { Localised } from "@redumbrella/questionnaire";
import type { LawEntry, LawRef, SeedSource } from "../law/registry.js";
import type { Condition, FactPath, Scalar } from "./condition.js";

/** How grave a finding is: against the law, likely against it, or a matter for a person to look at. */
export type Severity = "unlawful" | "dubious" | "check";

/** The closed list of severities, gravest first. */
export const SEVERITIES: readonly Severity[] = ["unlawful", "dubious", "check"];

/** What a rule judges: each charge of the legal annex, or the record as a whole. */
export type RuleScope = "charge" | "record";

/** A rule of a jurisdiction pack: data the generic engine evaluates, with its law and its words. */
export interface Rule {
  /** Unique in the pack: `"kz.charge.prostitution-not-an-offence"`. */
  readonly id: string;
  /** The public code of its findings (two rules may share one, at different scopes). */
  readonly code: string;
  readonly scope: RuleScope;
  readonly severity: Severity;
  /** Every fact `when` reads; a test keeps the two equal. */
  readonly needs: readonly FactPath[];
  /** When the rule flags. Charge rules are judged on the day of the conduct, record rules on the interview's. */
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
  /** Which instruments a bare article number on a charge of each code may belong to. */
  readonly articleInstruments: { readonly administrative: readonly string[]; readonly criminal: readonly string[]; readonly unknown: readonly string[] };
  /** Groups whose absence the pack reads as "none" (no detention, no fine, no penalty), not as "unknown". */
  readonly noneWhenAbsent: readonly FactPath[];
  /** Values that mean "not known" (`charge.code: "unknown"`): a rule needing them is undetermined. */
  readonly unknownValues: { readonly [TPath in FactPath]?: readonly Scalar[] };
  /** In the order findings are reported: charge rules for each charge, then record rules. */
  readonly rules: readonly Rule[];
}
