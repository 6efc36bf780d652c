// Records for the tests of this package: one valid adult record v2, changed one answer at a time.
import type { Consent, ConsentItemAnswer, InterviewRecord, RefusalRecord } from "@redumbrella/questionnaire";
import { CONSENT_ITEMS, type ConsentItem } from "../vocabulary.js";

/** The day the tests validate records on: after every date they use. */
export const VALIDATED_ON = "2026-11-28";

/** What a test record differs in from the base one. */
export interface RecordOptions {
  /** Each item's answer, or its answer and own dates. Defaults to "yes" for every item, on the block's day. */
  readonly items?: Partial<Record<ConsentItem, boolean | Partial<ConsentItemAnswer>>>;
  /** Defaults to `"signature"`. */
  readonly recordedBy?: Consent["recordedBy"];
  /** A second documentator's code. Absent by default. */
  readonly witnessId?: string;
  /** The day consent was given; the interview is that day. Defaults to `2016-02-10`. */
  readonly givenOn?: string;
  /** The block's withdrawal. */
  readonly withdrawnOn?: string;
  /** The age at the interview, or `"declined"`. Defaults to 30. */
  readonly age?: number | "declined";
}

/** A valid record v2 of an adult who said yes to every item, signed, on 2016-02-10, unless `options` say otherwise. */
export function makeRecord(options: RecordOptions = {}): InterviewRecord {
  const givenOn = options.givenOn ?? "2016-02-10";
  const item = (name: ConsentItem): ConsentItemAnswer => {
    const given = options.items?.[name];
    return typeof given === "boolean" ? { answer: given } : { answer: true, ...given };
  };
  const consent: Consent = {
    recordedBy: options.recordedBy ?? "signature",
    givenOn,
    items: Object.fromEntries(CONSENT_ITEMS.map((name) => [name, item(name)])) as Consent["items"],
  };
  if (options.witnessId !== undefined) consent.witnessId = options.witnessId;
  if (options.withdrawnOn !== undefined) consent.withdrawnOn = options.withdrawnOn;
  const age = options.age ?? 30;
  const record: InterviewRecord = {
    schemaVersion: 2,
    id: "0c6f4d6e-3d0a-4f43-9a57-2b1f7f6c1a01",
    interview: { date: givenOn, interviewerId: "D2" },
    consent,
    respondent: { gender: "female", ethnicity: "Kazakh", citizenship: "KZ", livingWithHiv: true, injectsDrugs: false },
  };
  if (age === "declined") record.declined = ["respondent.age"];
  else record.respondent.age = age;
  return record;
}

/** A valid refusal to take part, out of fear, on 2016-02-10. */
export function makeRefusal(): RefusalRecord {
  return {
    schemaVersion: 2,
    id: "0c6f4d6e-3d0a-4f43-9a57-2b1f7f6c1a02",
    interview: { date: "2016-02-10", interviewerId: "D2", outcome: "refused", refusalReason: "fear" },
  };
}
