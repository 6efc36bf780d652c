import { describe, expect, it } from "vitest";
import { CLI_CATALOGUES, CLI_MESSAGES_EN, type CliMessageKey } from "./messages.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const KEYS = Object.keys(CLI_MESSAGES_EN).sort() as CliMessageKey[];

describe.each(Object.entries(CLI_CATALOGUES))("the %s catalogue", (_, catalogue) => {
  it("has every key, and no other", () => {
    expect(Object.keys(catalogue).sort()).toEqual(KEYS);
  });

  it("fills in the same params as English, with no empty message", () => {
    for (const key of KEYS) {
      expect(catalogue[key].trim(), key).not.toBe("");
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(CLI_MESSAGES_EN[key]));
    }
  });
});
