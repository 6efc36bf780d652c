import { safeParseRecord, today } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { makeRecord, VALIDATED_ON } from "./fixtures.js";
import { currentDay, validated } from "./validation.js";

describe("currentDay", () => {
  it("is today() of the questionnaire, at any moment, forwards and backwards across midnight", () => {
    const midnight = new Date(2016, 1, 29).getTime();
    for (const now of [midnight - 1, midnight, midnight + 1, midnight + 86_399_999, midnight + 86_400_000, midnight - 1, Date.now()]) {
      expect(currentDay(now)).toBe(today(new Date(now)));
    }
  });
});

describe("validated", () => {
  it("returns the parsed record, or undefined for an invalid one, and answers again from its cache", () => {
    const record = makeRecord();
    const first = validated(record, VALIDATED_ON);
    expect(first).toEqual(record);
    expect(validated(record, VALIDATED_ON)).toBe(first);
    expect(validated({ ...record, id: "not-a-uuid" }, VALIDATED_ON)).toBeUndefined();
    expect(validated("record", VALIDATED_ON)).toBeUndefined();
  });
});

describe("validated, for a record safeParseRecord returned", () => {
  it("takes it as it is on its validation day and later, and validates it again for an earlier day", () => {
    const result = safeParseRecord(makeRecord(), { asOf: VALIDATED_ON });
    if (!result.success) throw new Error("fixture invalid");
    expect(validated(result.data, VALIDATED_ON)).toBe(result.data);
    expect(validated(result.data, "2099-01-01")).toBe(result.data);
    // Before its interview the record's dates are in the future: invalid on that day.
    expect(validated(result.data, "2000-01-01")).toBeUndefined();
  });
});
