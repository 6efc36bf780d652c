import { COMPLAINT_TO } from "@redumbrella/legal-checker";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { WORKBENCH_MESSAGES } from "../src/messages.js";

describe("the workbench's catalogues", () => {
  it("are complete in en, ru and kk: every key, the same placeholders as English, Cyrillic in ru and kk", () => {
    expect(catalogueProblems(WORKBENCH_MESSAGES)).toEqual([]);
  });

  it("name every addressee a complaint can be drafted to", () => {
    const missing = COMPLAINT_TO.filter((to) => !(WORKBENCH_MESSAGES.keys as readonly string[]).includes(`complaint.to.${to}`));
    expect(missing).toEqual([]);
  });

  it("call the respondent in Russian in a form that includes men and transgender people", () => {
    for (const [key, template] of Object.entries(WORKBENCH_MESSAGES.catalogues.ru)) expect(template, key).not.toMatch(/респондентк/iu);
  });
});
