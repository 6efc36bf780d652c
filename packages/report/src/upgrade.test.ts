import { type RecordV1, upgradeRecord } from "@redumbrella/questionnaire";
import { recordV1Arb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { ON } from "./internal/fixtures.js";

// Record v1 is read as upgraded: a report of v1 records and one of the same records upgraded by
// `upgradeRecord` are the same report, number for number.

const DATES = { minDate: "2015-01-01", maxDate: "2015-12-31" } as const;

/** A v1 record made countable: an adult who signed consent to statistics on the interview day. */
function countedV1(record: RecordV1): RecordV1 {
  const { withdrawnOn: _, ...consent } = record.consent;
  const declined = (record.declined ?? []).filter((p) => p !== "respondent.age");
  const out: RecordV1 = {
    ...record,
    consent: { ...consent, statistics: true, recordedBy: "signature", givenOn: record.interview.date },
    respondent: {
      ...record.respondent,
      age: record.respondent.age !== undefined && record.respondent.age >= 18 ? record.respondent.age : 30,
    },
  };
  if (declined.length > 0) out.declined = declined;
  else delete out.declined;
  return out;
}

describe("record v1 in a report", () => {
  it("gives the same report as the same records upgraded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: recordV1Arb(DATES).map(countedV1) }, { weight: 1, arbitrary: recordV1Arb(DATES) }), {
          maxLength: 25,
        }),
        fc.constantFrom(0, 3, 5),
        (records, minCell) => {
          const options = { asOf: ON, validatedOn: ON, minCell } as const;
          const v1 = buildReport(records, options);
          expect(v1.excluded.invalid).toEqual([]);
          expect(buildReport(records.map(upgradeRecord), options)).toEqual(v1);
        },
      ),
      { numRuns: Math.max(1, Math.floor(Number(process.env.FC_NUM_RUNS ?? 100) / 2)) },
    );
  }, 60_000);
});
