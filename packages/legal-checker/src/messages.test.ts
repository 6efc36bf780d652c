import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { PACK_ISSUE_CODES } from "./engine/errors.js";
import { CHECKER_MESSAGES, PACK_ISSUE_MESSAGES } from "./messages.js";

describe("message catalogues", () => {
  it("have every key in en, ru and kk, with the English placeholders, in Cyrillic where not English", () => {
    expect(catalogueProblems(CHECKER_MESSAGES)).toEqual([]);
    expect(catalogueProblems(PACK_ISSUE_MESSAGES)).toEqual([]);
    expect([...PACK_ISSUE_MESSAGES.keys].sort()).toEqual([...PACK_ISSUE_CODES].sort());
  });

  it("never call a finding a violation: one neutral word per language", () => {
    expect(["en", "ru", "kk"].map((l) => CHECKER_MESSAGES.format("status.flag", {}, l as "en"))).toEqual(["flag", "замечание", "ескертпе"]);
    for (const catalogue of Object.values(CHECKER_MESSAGES.catalogues)) {
      for (const text of Object.values(catalogue)) expect(text).not.toMatch(/violation|нарушени|бұзушылық/iu);
    }
  });
});
