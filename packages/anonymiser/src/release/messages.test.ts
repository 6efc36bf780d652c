import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { dimensions } from "./dimensions.js";
import { ANONYMISE_ISSUE_CODES } from "./errors.js";
import { RELEASE_MESSAGES } from "./messages.js";

describe("the release messages", () => {
  it("have every key in en, ru and kk, with the same params, in Cyrillic for ru and kk", () => {
    expect(catalogueProblems(RELEASE_MESSAGES)).toEqual([]);
  });

  it("name every level of every hierarchy and every issue", () => {
    for (const name of new Set(dimensions().flatMap((d) => d.levels))) expect(RELEASE_MESSAGES.keys).toContain(`level.${name}`);
    for (const code of ANONYMISE_ISSUE_CODES) expect(RELEASE_MESSAGES.keys).toContain(`issue.${code}`);
  });

  it("fill in params, and leave an unknown one as written", () => {
    expect(RELEASE_MESSAGES.format("issue.KEY_TOO_SHORT", { bytes: 8, minimum: 12 }, "ru")).toBe(
      "В ключе 8 байтов; нужно не меньше 12 (96 бит).",
    );
    expect(RELEASE_MESSAGES.format("issue.KEY_TOO_SHORT", { bytes: 8, minimum: 12 }, "kk")).toBe(
      "Кілтте 8 байт бар; кемінде 12 байт (96 бит) қажет.",
    );
    expect(RELEASE_MESSAGES.format("issue.INVALID_DATE", {}, "en")).toBe("{option} must be a calendar date YYYY-MM-DD.");
  });

  it("use the person-first terms of the questionnaire for the sensitive fields", () => {
    const texts = Object.values(RELEASE_MESSAGES.catalogues).map((c) => c["issue.NOT_SENSITIVE"]);
    for (const text of texts) expect(text).not.toMatch(/drug user|IDU|потребител|тұтынушы/iu);
    expect(RELEASE_MESSAGES.catalogues.kk["issue.NOT_SENSITIVE"]).toContain("опиоидты алмастырушы терапия");
  });
});
