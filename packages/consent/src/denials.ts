import { type AnyRecord, type InterviewRecord, isRefusal } from "@redumbrella/questionnaire";
import type { AgeClass, GLOBAL_DENIAL_CODES, ReasonCode, Respondents } from "./vocabulary.js";

/** A denial that applies to every use: its code, and when it applies to a record (`undefined` when invalid) on a day. */
export interface GlobalDenial<TCode extends string = string> {
  readonly code: TCode;
  readonly applies: (record: AnyRecord | undefined, asOf: string) => boolean;
}

/** The global denials in the order of `GLOBAL_DENIAL_CODES`: the type makes another order a compile error. */
type Ordered<T extends readonly string[]> = { readonly [I in keyof T]: GlobalDenial<T[I] & string> };

/** The interview of a record that took place, or `undefined` for an invalid record or a refusal. */
const interview = (record: AnyRecord | undefined): InterviewRecord | undefined =>
  record === undefined || isRefusal(record) ? undefined : record;

/**
 * The denials that apply to every use whatever the policy, in the order a decision lists them; no
 * tightening can remove one. An invalid record is denied for that alone, a refusal to take part for
 * that alone: what they say is not read. Dates are compared as `YYYY-MM-DD` strings, which sort as
 * the days they name.
 */
export const GLOBAL_DENIALS: Ordered<typeof GLOBAL_DENIAL_CODES> = [
  { code: "INVALID_RECORD", applies: (record) => record === undefined },
  // A refusal holds nothing about her, and she agreed to nothing.
  { code: "REFUSED_TO_TAKE_PART", applies: (record) => record !== undefined && isRefusal(record) },
  // Oral and signed consent both count; "none" is a record kept without consent.
  { code: "NO_CONSENT_RECORD", applies: (record) => interview(record)?.consent.recordedBy === "none" },
  { code: "NOT_YET_GIVEN", applies: (record, asOf) => asOf < (interview(record)?.consent.givenOn ?? "") },
  // The block's withdrawal withdraws every item. It does not reach back: before that day, decisions stand as they were.
  {
    code: "WITHDRAWN",
    applies: (record, asOf) => {
      const withdrawnOn = interview(record)?.consent.withdrawnOn;
      return withdrawnOn !== undefined && withdrawnOn <= asOf;
    },
  },
];

/** The respondent's age at the interview (Q3) as the policy reads it; an absent age was declined or not asked. */
export function ageClass(record: InterviewRecord): AgeClass {
  const age = record.respondent.age;
  if (age === undefined) return "unknown";
  return age < 18 ? "minor" : "adult";
}

/**
 * The denial, if any, of a use for each `respondents` of its rule and each age class: a child's record
 * goes to no release, publication or complaint, only to a safeguarding referral; an unknown age bars
 * releases and publications, not the complaint she asked for; a safeguarding referral is for a child only.
 */
export const AGE_DENIALS = {
  adults: { adult: null, minor: "MINOR", unknown: "AGE_UNKNOWN" },
  adultsOrAgeUnknown: { adult: null, minor: "MINOR", unknown: null },
  minors: { adult: "NOT_A_MINOR", minor: null, unknown: "NOT_A_MINOR" },
} as const satisfies { readonly [R in Respondents]: { readonly [A in AgeClass]: ReasonCode | null } };
