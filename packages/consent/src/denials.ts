import type { InterviewRecord } from "@redumbrella/questionnaire";
import { GLOBAL_DENIAL_CODES } from "./vocabulary.js";

/** A denial that applies to every use: its code, and when it applies to a record (`undefined` when invalid) on a day. */
export interface GlobalDenial<TCode extends string = string> {
  readonly code: TCode;
  readonly applies: (record: InterviewRecord | undefined, asOf: string) => boolean;
}

/** The global denials in the order of `GLOBAL_DENIAL_CODES`: the type makes another order a compile error. */
type Ordered<T extends readonly string[]> = { readonly [I in keyof T]: GlobalDenial<T[I] & string> };

/**
 * The denials that apply to every use whatever the policy, in the order a decision lists them; no
 * tightening can remove one. An invalid record is denied for that alone: what it says is not read.
 * Dates are compared as `YYYY-MM-DD` strings, which sort as the days they name.
 */
export const GLOBAL_DENIALS: Ordered<typeof GLOBAL_DENIAL_CODES> = [
  { code: "INVALID_RECORD", applies: (record) => record === undefined },
  // Oral and signed consent both count; "none" is a record kept without consent.
  { code: "NO_CONSENT_RECORD", applies: (record) => record !== undefined && record.consent.recordedBy === "none" },
  { code: "NOT_YET_GIVEN", applies: (record, asOf) => record !== undefined && asOf < record.consent.givenOn },
  // A withdrawal does not reach back: before that day, decisions stand as they were.
  {
    code: "WITHDRAWN",
    applies: (record, asOf) => record?.consent.withdrawnOn !== undefined && record.consent.withdrawnOn <= asOf,
  },
  // `respondent.age` is the age at the interview (Q3).
  { code: "MINOR", applies: (record) => record !== undefined && record.respondent.age !== undefined && record.respondent.age < 18 },
  // In a valid record, an absent age is a declined one (Q3 is required).
  { code: "AGE_UNKNOWN", applies: (record) => record !== undefined && record.respondent.age === undefined },
];
