import { today } from "@redumbrella/questionnaire";
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
