import type * as fc from "fast-check";
import type { InterviewRecord } from "../schema/record.js";
import type { RecordV1 } from "../schema/v1.js";
import { type RecordArbitraryOptions, recordArb } from "./arbitraries.js";

const TIME_IN_SEX_WORK_V1 = {
  under6Months: "under6Months",
  about1Year: "6to12Months",
  over1Year: "1to3Years",
  over3Years: "over3Years",
} as const;

/** Writes a v2 record as v1 would have: what v2 added is dropped, the consent items become booleans. */
function asV1(record: InterviewRecord): RecordV1 {
  const { incidents: _incidents, ...rest } = record;
  const { outcome: _outcome, refusalReason: _reason, ...interview } = record.interview;
  const { items, witnessId: _witness, ...block } = record.consent;
  const { timeInSexWork, ...respondent } = record.respondent;
  const out: Record<string, unknown> = {
    ...rest,
    schemaVersion: 1,
    interview,
    consent: {
      statistics: items.statistics.answer,
      useWithoutName: items.useWithoutName.answer,
      publicName: items.publicName.answer,
      lawEnforcementComplaint: items.lawEnforcementComplaint.answer,
      ...block,
    },
    respondent: timeInSexWork === undefined ? respondent : { ...respondent, timeInSexWork: TIME_IN_SEX_WORK_V1[timeInSexWork] },
  };
  if (record.police !== undefined) {
    const { detained: _detained, detention, ...police } = record.police;
    if (detention === undefined) out.police = police;
    else {
      const { timesDetainedBox: _box, finePaid: _paid, ...d } = detention;
      out.police = { ...police, detention: d };
    }
  }
  if (record.charges !== undefined) out.charges = record.charges.map(({ codeEdition: _e, incident: _i, ...charge }) => charge);
  if (record.declined !== undefined) {
    const declined = record.declined.filter(
      (p) => !["police.detained", "police.detention.timesDetainedBox", "police.detention.finePaid"].includes(p),
    );
    if (declined.length > 0) out.declined = declined;
    else delete out.declined;
  }
  return out as RecordV1;
}

/**
 * A valid record v1 (`schemaVersion: 1`), for the properties of `upgradeRecord`: a v2 record of
 * `recordArb` written as v1 would have held it, with item dates and what v2 added left out.
 */
export function recordV1Arb(options: RecordArbitraryOptions = {}): fc.Arbitrary<RecordV1> {
  return recordArb(options)
    .filter(
      (r) =>
        r.interview.outcome === undefined &&
        Object.values(r.consent.items).every((i) => i.givenOn === undefined && i.withdrawnOn === undefined) &&
        r.police?.detention?.timesDetainedBox === undefined &&
        !(r.police?.detention !== undefined && r.police.detention.fine === undefined && r.police.detention.finePaid === true),
    )
    .map(asV1);
}
