import { describe, expect, it } from "vitest";
import { CHECKER_CATALOGUES, CHECKER_MESSAGES_EN, type CheckerMessageKey } from "./messages.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const KEYS = Object.keys(CHECKER_MESSAGES_EN).sort() as CheckerMessageKey[];

describe.each(Object.entries(CHECKER_CATALOGUES))("the %s catalogue", (_, catalogue) => {
  it("has every key and no other, each filled in with the same params as English", () => {
    expect(Object.keys(catalogue).sort()).toEqual(KEYS);
    for (const key of KEYS) {
      expect(catalogue[key].trim(), key).not.toBe("");
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(CHECKER_MESSAGES_EN[key]));
    }
  });
});
