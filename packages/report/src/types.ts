import type { ReasonCode } from "@redumbrella/consent";
import type { Choice, FieldPath, IssueCode, Locale } from "@redumbrella/questionnaire";
import type { IncidentRow, IncidentTableKey } from "./incident-layout.js";
import type { AgeBand, DetentionBand, ViolationCode, ViolationSection, YesNoKey } from "./layout.js";
import type { SuppressionReason } from "./suppress.js";

/** A published count, or `null` when it is suppressed (see the table's `suppressed`). */
export type Count = number | null;

/** A share from 0 to 1 of the table's total; `null` when its count or total is suppressed, or the total is 0. */
export type Share = number | null;

/** Why each suppressed cell of a table is suppressed, by the cell's key; published cells are absent. */
export type Suppressed<TKey extends string> = { readonly [K in TKey]?: SuppressionReason };

/** The cells of a yes/no question besides its total. */
export type YesNoCell = "yes" | "no" | "declined" | "notAsked";

/**
 * One yes/no question, counted over those it was asked of: everyone counted, or — for a question
 * behind a gate — those whose answer opened it (accepted and prosecuted: those who complained).
 * `yes + no + declined + notAsked = total`.
 */
export interface YesNoCounts {
  readonly field: FieldPath;
  /** The form's question number, e.g. `Q17`. */
  readonly question: string | null;
  /** The question whose "yes" is this one's total, or `null` when the total is every respondent. */
  readonly gate: FieldPath | null;
  readonly total: Count;
  readonly yes: Count;
  readonly no: Count;
  /** Listed in the record's `declined`. */
  readonly declined: Count;
  /** Asked (its gate open), but no answer and not declined. */
  readonly notAsked: Count;
  readonly shares: { readonly yes: Share; readonly no: Share };
  readonly suppressed: Suppressed<YesNoCell | "total">;
  /** The row is withheld whole: nothing else could protect a small cell in it. */
  readonly withheld: boolean;
}

/** One section's violations (each a share of the respondents) and its yes/no questions. */
export type SectionReport<TSection extends ViolationSection> = {
  /** Respondents who ticked each violation, in the form's order (one may tick several). */
  readonly violations: { readonly [C in ViolationCode<TSection>]: Count };
  readonly violationShares: { readonly [C in ViolationCode<TSection>]: Share };
  readonly violationsSuppressed: Suppressed<ViolationCode<TSection>>;
} & { readonly [K in YesNoKey<TSection>]: YesNoCounts };

/**
 * How the respondents answered one profile question. For a single answer,
 * `Σ counts + declined + notAsked = total`; a multiple answer (`multiple`) counts each choice.
 */
export interface Distribution<TKey extends string = string> {
  readonly field: FieldPath;
  readonly question: string | null;
  readonly multiple: boolean;
  /** Every respondent counted: the shares' denominator. */
  readonly total: number;
  /** In the form's order; for citizenship, by count, countries under `minCell` merged into `otherCountries`. */
  readonly counts: { readonly [K in TKey]: Count };
  readonly shares: { readonly [K in TKey]: Share };
  readonly declined: Count;
  /** Not asked (its gate closed, its section absent) or not answered. */
  readonly notAsked: Count;
  readonly suppressed: Suppressed<TKey | "declined" | "notAsked">;
  readonly withheld: boolean;
}

/** The respondent profile tables. */
export interface ProfileReport {
  readonly age: Distribution<AgeBand>;
  /** `none`: an empty list, i.e. not a sex worker. */
  readonly sexWorkVenues: Distribution<Choice<"sexWorkVenue"> | "none">;
  readonly timeInSexWork: Distribution<Choice<"timeInSexWork">>;
  readonly education: Distribution<Choice<"education">>;
  /** ISO 3166-1 alpha-2 codes, `stateless`, and `otherCountries`. */
  readonly citizenship: Distribution;
  readonly hasId: Distribution<"yes" | "no">;
  /** From `timesDetained`, or the box ticked (`timesDetainedBox`, see `TIMES_DETAINED_BOX_BANDS`), in the form's bands made non-overlapping (see `DETENTION_BANDS`). */
  readonly timesDetained: Distribution<DetentionBand>;
  /** D3: `yes` a fine was paid, `no` no fine (`finePaid: false`), `never` not detained. */
  readonly finePaid: Distribution<"never" | "yes" | "no">;
}

/**
 * One table of the v2 additions: respondents (or refusals) per row, over `total`. Several rows may
 * count one respondent (`multiple`); otherwise the rows add up to `total`.
 */
export interface Breakdown<TKey extends string = string> {
  /** The field counted, as `FIELDS` names it (`incidents[].perpetrators[].kind`). */
  readonly field: FieldPath;
  /** The shares' denominator; `null` when suppressed (then so are the shares). */
  readonly total: Count;
  readonly multiple: boolean;
  /** In the closed list's order (months in time order), `notRecorded` last. */
  readonly counts: { readonly [K in TKey]: Count };
  readonly shares: { readonly [K in TKey]: Share };
  readonly suppressed: Suppressed<TKey>;
  readonly withheld: boolean;
  /** `false` for a question the paper form does not have: shown as an added question. */
  readonly onPaper: boolean;
}

/** How many took part and how many refused (the seed's methodology: 60 surveyed, 8 refused). */
export interface Methodology {
  /** Interviews and refusals dated on or before `asOf`, valid. */
  readonly approached: number;
  /** Valid interview records dated on or before `asOf`, whether their consent allows statistics or not. */
  readonly interviewed: number;
  /** Refusals to take part dated on or before `asOf`: counted whatever consent says, as they hold nothing about the person. */
  readonly refused: number;
  /** Refusals by reason, over `refused`; `notRecorded` when no reason was written down. */
  readonly refusalReasons: Breakdown<Choice<"refusalReason"> | "notRecorded">;
  /** The respondents counted by how the interview ended (`completed` when not said). */
  readonly outcomes: Breakdown<"completed" | "interrupted">;
}

/** The incident tables (record v2 §3), counted over the respondents: each counts a respondent once per row. */
export type IncidentTables = { readonly [K in IncidentTableKey]: Breakdown<IncidentRow<K>> };

/** What respondents counted reported of incidents, and the tables of them. */
export interface IncidentReport extends IncidentTables {
  /** Respondents counted who reported at least one incident: the base of the incident tables. */
  readonly respondents: Count;
  /** Respondents counted who complained about at least one incident: the base of the complaint tables. */
  readonly complainants: Count;
  /** Incidents those respondents reported; `null` when `respondents` is suppressed. */
  readonly incidents: Count;
  readonly suppressed: Suppressed<"respondents" | "complainants">;
}

/** A record left out of the tables because it is not a valid record (v1 or v2): where it is and why, never what it holds. */
export interface InvalidRecord {
  /** Its 0-based position in the input. */
  readonly index: number;
  /** Its id, only when it is a well-formed one (a malformed id may hold anything, a name included). */
  readonly id: string | null;
  /** The codes of its issues, each once, in order of first appearance. */
  readonly issues: readonly IssueCode[];
}

/** The records left out, and why. */
export interface Excluded {
  readonly total: number;
  /** Records per consent-engine reason (a record may have several). */
  readonly byReason: { readonly [C in ReasonCode]?: number };
  readonly invalid: readonly InvalidRecord[];
  /**
   * Records whose consent to statistics (the block, or an item the use needs) was withdrawn on or
   * before `validatedOn`: excluded whatever `asOf` is, as a withdrawal known today always wins.
   */
  readonly withdrawn: number;
  /** Refusals to take part dated after `asOf`: not yet part of the study on that day. */
  readonly refusalsAfterAsOf: number;
}

/** One report per section with violations: `police`, `medical`. */
export type SectionReports = { readonly [S in ViolationSection]: SectionReport<S> };

/** The report's tables, computed from records and published with small cells suppressed. */
export interface Report extends SectionReports {
  /** The day of the use, `YYYY-MM-DD`: consent is judged as of this day. */
  readonly asOf: string;
  /** The day the records were validated as of. */
  readonly validatedOn: string;
  /** Counts from 1 to `minCell − 1` are suppressed; 0 means no suppression (not for publication). */
  readonly minCell: number;
  /** The language the report was built for; renderers default to it. */
  readonly locale: Locale;
  /** The version of the consent policy applied. */
  readonly policyVersion: string;
  /** Records read: `respondents + methodology.refused + excluded.total`. */
  readonly records: number;
  /** Interviews counted: those whose consent allows statistics on `asOf` and was not withdrawn by `validatedOn`. */
  readonly respondents: number;
  /** Interview records not counted (and refusals dated after `asOf`). */
  readonly excluded: Excluded;
  readonly methodology: Methodology;
  readonly profile: ProfileReport;
  readonly incidents: IncidentReport;
}
