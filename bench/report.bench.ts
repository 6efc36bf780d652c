// pnpm bench: buildReport over 100k parsed records — consent decided, tables counted and suppressed —
// beside a yardstick measured in the same run, so figures from machines of different speeds compare:
// V8's JSON.stringify of the same records, one native pass that writes every field of every record.
import { type InterviewRecord, safeParseRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import { buildReport } from "@redumbrella/report";
import * as fc from "fast-check";
import { median, medianRounds, report } from "./lib.js";

const N = 100_000;
const UNIQUE = 2000;
const ON = "2026-11-28";
const options = { asOf: ON, validatedOn: ON };

// 2000 generated records, four in five given statistics consent, repeated with fresh ids to 100k
// distinct objects, as parsed from JSON text (the report never sees fast-check's objects).
const made = fc.sample(recordArb({ minDate: "2015-01-01", maxDate: "2015-12-31" }), { numRuns: UNIQUE, seed: 6 }).map((r, i) => {
  if (i % 5 === 0) return r;
  const { withdrawnOn: _, items, ...consent } = r.consent;
  const age = r.respondent.age !== undefined && r.respondent.age >= 18 ? r.respondent.age : 30;
  const declined = r.declined?.filter((p) => p !== "respondent.age");
  // Record v2's consent: the statistics item "yes", signed, never withdrawn.
  const out: InterviewRecord = {
    ...r,
    consent: { ...consent, recordedBy: "signature", items: { ...items, statistics: { answer: true } } },
    respondent: { ...r.respondent, age },
  };
  if (declined === undefined || declined.length === 0) delete out.declined;
  else out.declined = declined;
  return out;
});
const texts = Array.from({ length: N }, (_, i) => {
  const r = made[i % UNIQUE] as InterviewRecord;
  return JSON.stringify({ ...r, id: `${r.id.slice(0, 24)}${i.toString(16).padStart(12, "0")}` });
});
const parse = (): unknown[] => texts.map((t) => JSON.parse(t) as unknown);

// With validation: each round on fresh objects, so the consent engine validates every record.
const withValidation: number[] = [];
let respondents = 0;
for (let round = 0; round < 5; round++) {
  const records = parse();
  const start = performance.now();
  respondents = buildReport(records, options).respondents;
  withValidation.push(performance.now() - start);
}
if (respondents < N / 2) throw new Error(`only ${respondents} of ${N} records counted`);

// After parsing, as the goal states: records safeParseRecord returned, which decide() does not
// validate again (`parsedAsOf`).
const records = parse().map((r) => {
  const result = safeParseRecord(r, { asOf: ON });
  if (!result.success) throw new Error("a generated record is invalid");
  return result.data;
});
buildReport(records, options);
let length = 0;
const ms = await medianRounds(
  {
    "report-100k": () => buildReport(records, options),
    "report-100k-json-stringify": () => {
      length += JSON.stringify(records).length;
    },
  },
  { rounds: 5, time: 1000 },
);
if (length === 0) throw new Error("unreachable");
report("report-100k", (ms["report-100k"] as number) / 1000, "s");
report("report-100k-json-stringify", (ms["report-100k-json-stringify"] as number) / 1000, "s");
report("report-100k/json-stringify", (ms["report-100k"] as number) / (ms["report-100k-json-stringify"] as number), "ratio");
report("report-100k-with-validation", median(withValidation) / 1000, "s");
