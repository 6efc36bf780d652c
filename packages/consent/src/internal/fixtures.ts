// Records for the tests of this package: one valid adult record, changed one answer at a time.
import type { Consent, InterviewRecord } from "@redumbrella/questionnaire";
import type { ConsentItem } from "../vocabulary.js";

/** The day the tests validate records on: after every date they use. */
export const VALIDATED_ON = "2026-11-28";

/** What a test record differs in from the base one. */
export interface RecordOptions {
  readonly items?: Partial<Record<ConsentItem, boolean>>;
  readonly recordedBy?: Consent["recordedBy"];
  /** The day consent was given; the interview is that day. Defaults to `2016-02-10`. */
  readonly givenOn?: string;
  readonly withdrawnOn?: string;
  /** The age at the interview, or `"declined"`. Defaults to 30. */
  readonly age?: number | "declined";
}

/** A valid record v1 of an adult who said yes to every item, signed, on 2016-02-10, unless `options` say otherwise. */
export function makeRecord(options: RecordOptions = {}): InterviewRecord {
  const givenOn = options.givenOn ?? "2016-02-10";
  const consent: Consent = {
    statistics: true,
    useWithoutName: true,
    publicName: true,
    lawEnforcementComplaint: true,
    ...options.items,
    recordedBy: options.recordedBy ?? "signature",
    givenOn,
  };
  if (options.withdrawnOn !== undefined) consent.withdrawnOn = options.withdrawnOn;
  const age = options.age ?? 30;
  const record: InterviewRecord = {
    schemaVersion: 1,
    id: "0c6f4d6e-3d0a-4f43-9a57-2b1f7f6c1a01",
    interview: { date: givenOn, interviewerId: "D2" },
    consent,
    respondent: { gender: "female", ethnicity: "Kazakh", citizenship: "KZ", livingWithHiv: true, injectsDrugs: false },
  };
  if (age === "declined") record.declined = ["respondent.age"];
  else record.respondent.age = age;
  return record;
}
