import * as fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { mutatedRecordArb, recordArb } from "./testing/index.js";

const asOf = "2026-11-28";

describe("the tiers of safeParseRecord", () => {
  it("answer alike: the interpreter (first calls), the compiled record and, for a record it rejects, the compiled sections (later calls)", async () => {
    vi.resetModules();
    const { safeParseRecord } = await import("./parse.js");
    const inputs = [
      ...fc.sample(recordArb(), { numRuns: 40, seed: 11 }),
      ...fc.sample(mutatedRecordArb({ asOf }), { numRuns: 80, seed: 12 }).map((m) => m.record),
    ].map((r) => JSON.parse(JSON.stringify(r)) as unknown);
    // A fresh module: the first 15 calls are interpreted, every later one compiled.
    const interpreted = inputs.slice(0, 15).map((r) => safeParseRecord(r, { asOf }));
    for (let i = 0; i < 20; i++) safeParseRecord(inputs[0], { asOf });
    const compiled = inputs.slice(0, 15).map((r) => safeParseRecord(r, { asOf }));
    expect(compiled).toEqual(interpreted);
    // And on every input, the first call of a fresh module (interpreted) agrees with the compiled tier.
    for (const input of inputs) {
      vi.resetModules();
      const fresh = await import("./parse.js");
      expect(safeParseRecord(input, { asOf })).toEqual(fresh.safeParseRecord(input, { asOf }));
    }
  });
});
