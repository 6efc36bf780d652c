import type { Basis, InForce } from "../law/registry.js";
import type { FindingKind, Severity } from "./pack.js";

/** Where a cited law entry comes from: the seed passage, and whether its content and dates stand on the seed. */
export interface CitationSource {
  readonly section: string;
  readonly quote: string;
  /** `"seed"` only when the seed states both the entry and its dates; else a lawyer must verify. */
  readonly basis: Basis;
}

/** A law entry a finding rests on, in the version in force on the day judged. */
export interface Citation {
  readonly instrument: string;
  readonly article?: string;
  readonly inForce: InForce;
  readonly source: CitationSource;
}

/** Whether a finding is established (`flag`) or needs facts the record does not hold (`undetermined`). */
export type FindingStatus = "flag" | "undetermined";

/** What a rule found about a charge or a record: a frozen value, which equal findings may share. */
export interface Finding {
  /** The rule's public code, e.g. `"PROSTITUTION_NOT_AN_OFFENCE"`. */
  readonly code: string;
  /** The id of the rule that made it (two rules of one code, e.g. a forced HIV test by the police or by medical staff, differ in it). */
  readonly rule: string;
  /** What it is about: an official's act or charge, a crime by a private person to refer, or her protection. */
  readonly kind: FindingKind;
  readonly status: FindingStatus;
  readonly severity: Severity;
  /** The index of the charge in `record.charges`, or `null` when it is not about a charge. */
  readonly charge: number | null;
  /** The id of the incident it is about (`"i1"`), or that its charge names; `null` for none. */
  readonly incident: string | null;
  /**
   * Whose day the law was judged on: the charge's, the incident's, or the interview's (the record's
   * rules; for a fallback rule, because no incident of the record dates the act, as its message says).
   */
  readonly judgedOn: "charge" | "incident" | "interview";
  /** The record paths of the facts the finding rests on (never their values), the day judged first. */
  readonly facts: readonly string[];
  /** For `undetermined`: the record paths of the questions whose answers would decide it. */
  readonly missingFacts: readonly string[];
  /** The law it rests on, each entry in the version in force on the day judged; shared and frozen. */
  readonly citations: readonly Citation[];
  readonly message: string;
}
