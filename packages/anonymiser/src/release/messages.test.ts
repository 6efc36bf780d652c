import { describe, expect, it } from "vitest";
import { ANONYMISE_ISSUE_CODES } from "./errors.js";
import { dimensions } from "./dimensions.js";
import { RELEASE_CATALOGUES, RELEASE_MESSAGES_EN, type ReleaseMessageKey, releaseMessage } from "./messages.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const KEYS = Object.keys(RELEASE_MESSAGES_EN).sort() as ReleaseMessageKey[];

describe.each(Object.entries(RELEASE_CATALOGUES))("the %s release catalogue", (_, catalogue) => {
  it("has every key, and no other", () => {
    expect(Object.keys(catalogue).sort()).toEqual(KEYS);
  });

  it("fills in the same params as English, with no empty message", () => {
    for (const key of KEYS) {
      expect(catalogue[key].trim(), key).not.toBe("");
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(RELEASE_MESSAGES_EN[key]));
    }
  });
});

describe("the release catalogue", () => {
  it("names every level of every hierarchy and every issue", () => {
    for (const name of new Set(dimensions().flatMap((d) => d.levels))) expect(KEYS).toContain(`level.${name}`);
    for (const code of ANONYMISE_ISSUE_CODES) expect(KEYS).toContain(`issue.${code}`);
  });

  it("fills in params, and leaves an unknown one as written", () => {
    expect(releaseMessage("issue.KEY_TOO_SHORT", { bytes: 8, minimum: 12 }, "ru")).toBe("В ключе 8 байтов; нужно не меньше 12 (96 бит).");
    expect(releaseMessage("issue.INVALID_DATE", {}, "en")).toBe("{option} must be a calendar date YYYY-MM-DD.");
  });
});
