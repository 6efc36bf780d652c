import type { InterviewRecord } from "./schema/record.js";
import type { RecordV1 } from "./schema/v1.js";

// Q11: v1 re-banded the paper's boxes; v2 keeps the paper's own (record-v2.md §2).
const TIME_IN_SEX_WORK = {
  under6Months: "under6Months",
  "6to12Months": "about1Year",
  "1to3Years": "over1Year",
  over3Years: "over3Years",
} as const satisfies Record<NonNullable<RecordV1["respondent"]["timeInSexWork"]>, string>;

/**
 * Turns a valid record v1 into record v2 without losing or inventing anything: the consent block's
 * four booleans become its items' answers, Q11's bands become the paper's boxes, and a detention or
 * a fine that v1 holds says `police.detained` or `detention.finePaid` is true. What v1 did not ask
 * — incidents, item dates, a witness — stays absent. `parseRecord` upgrades every v1 record it reads.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { RecordV1ShapeSchema, upgradeRecord } from "@redumbrella/questionnaire";
 *
 * // Only the shape: `parseRecord` checks a v1 record's rules too, then upgrades it itself.
 * const v1 = RecordV1ShapeSchema.parse(JSON.parse(readFileSync("record-v1.json", "utf8")));
 * upgradeRecord(v1).consent.items.statistics.answer === v1.consent.statistics; // true
 */
export function upgradeRecord(record: RecordV1): InterviewRecord {
  const { statistics, useWithoutName, publicName, lawEnforcementComplaint, ...block } = record.consent;
  const { timeInSexWork, ...respondent } = record.respondent;
  const upgraded: Record<string, unknown> = {
    ...record,
    schemaVersion: 2,
    consent: {
      ...block,
      items: {
        statistics: { answer: statistics },
        useWithoutName: { answer: useWithoutName },
        publicName: { answer: publicName },
        lawEnforcementComplaint: { answer: lawEnforcementComplaint },
      },
    },
    respondent: timeInSexWork === undefined ? respondent : { ...respondent, timeInSexWork: TIME_IN_SEX_WORK[timeInSexWork] },
  };
  if (record.police?.detention !== undefined) {
    const { detention, ...police } = record.police;
    upgraded.police = { ...police, detained: true, detention: detention.fine === undefined ? detention : { ...detention, finePaid: true } };
  }
  return upgraded as InterviewRecord;
}
