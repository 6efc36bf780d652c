import { Ajv2020 } from "ajv/dist/2020.js";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES_NOT_IN_JSON_SCHEMA, toJSONSchema } from "./json-schema.js";
import { safeParseRecord } from "./parse.js";
import { MUTATION_KINDS, mutatedRecordArb, recordArb } from "./testing/index.js";

const asOf = "2026-11-28";
const ajv = new Ajv2020({ allErrors: true, inlineRefs: false, strict: true, strictRequired: false });
const validate = ajv.compile(toJSONSchema());
// Enough cases for the differential to mean something, however small FC_NUM_RUNS is.
const runs = Math.max(1000, Number(process.env.FC_NUM_RUNS ?? 0));

describe("toJSONSchema", () => {
  it("is valid draft 2020-12 (ajv strict mode compiles it) with one $defs entry per section", () => {
    const schema = toJSONSchema();
    expect(Object.keys(schema.$defs as object).sort()).toEqual([
      "Charge",
      "ChargeFacts",
      "Complaint",
      "Consent",
      "ConsentItems",
      "Detention",
      "Fine",
      "Incident",
      "IncidentDetention",
      "IncidentPlace",
      "Interview",
      "MedicalSection",
      "Payment",
      "Penalty",
      "Perpetrator",
      "PoliceSection",
      "Residence",
      "Respondent",
    ]);
  });

  it(`agrees with the zod schema on ${runs} generated valid records`, () => {
    fc.assert(
      fc.property(recordArb(), (record) => {
        expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
        expect(safeParseRecord(record, { asOf }).success).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  // FUTURE_DATE depends on the as-of day, which a JSON Schema cannot know (RULES_NOT_IN_JSON_SCHEMA).
  const expressible = MUTATION_KINDS.filter((k) => k !== "futureDate");
  it(`agrees with the zod schema on ${runs} mutated records (every kind JSON Schema can express)`, () => {
    fc.assert(
      fc.property(mutatedRecordArb({ asOf, kinds: expressible }), (m) => {
        expect(validate(m.record)).toBe(false);
        expect(safeParseRecord(m.record, { asOf }).success).toBe(false);
      }),
      { numRuns: runs },
    );
  });

  it("documents each rule it cannot express, and a future date is one of them", () => {
    expect(RULES_NOT_IN_JSON_SCHEMA.map((r) => r.split(":")[0])).toEqual(
      expect.arrayContaining(["CONSENT_BEFORE_INTERVIEW", "WITHDRAWN_BEFORE_GIVEN", "FUTURE_DATE"]),
    );
    const [m] = fc.sample(mutatedRecordArb({ asOf, kinds: ["futureDate"] }), { numRuns: 1, seed: 7 });
    expect(validate(m?.record)).toBe(true);
    expect(safeParseRecord(m?.record, { asOf }).success).toBe(false);
  });
});
