import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "./core/issue.js";
import { safeParseRecord } from "./parse.js";
import { MUTATION_KINDS, mutatedRecordArb, recordArb } from "./testing/index.js";

const asOf = "2026-11-28";

describe("properties of record v1", () => {
  it("every generated record parses, unchanged, and survives a JSON round trip", () => {
    fc.assert(
      fc.property(recordArb(), (record) => {
        const parsed = safeParseRecord(record, { asOf });
        if (!parsed.success) throw new Error(JSON.stringify(parsed.issues.map((i) => [formatPath(i.path), i.code])));
        expect(parsed.data).toEqual(record);
        const again = safeParseRecord(JSON.parse(JSON.stringify(parsed.data)), { asOf });
        expect(again).toEqual(parsed);
      }),
    );
  });

  it.each(MUTATION_KINDS)("a record with one %s mutation is rejected at its path", (kind) => {
    fc.assert(
      fc.property(mutatedRecordArb({ asOf, kinds: [kind] }), (m) => {
        const parsed = safeParseRecord(m.record, { asOf });
        expect(parsed.success).toBe(false);
        const found = parsed.success ? [] : parsed.issues.map((i) => `${formatPath(i.path)} ${i.code}`);
        expect(found).toContain(`${m.path} ${m.code}`);
      }),
    );
  });

  it("safeParseRecord never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withSparseArray: true }), (input) => {
        const parsed = safeParseRecord(input, { asOf });
        expect(parsed.success).toBe(false);
      }),
    );
  });
});
