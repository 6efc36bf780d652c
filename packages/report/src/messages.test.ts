import { REASON_CODES } from "@redumbrella/consent";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { REPORT_MESSAGES } from "./messages.js";

describe("report catalogue", () => {
  it("has every key in en, ru and kk, none empty, with the same params as English", () => {
    expect(catalogueProblems(REPORT_MESSAGES)).toEqual([]);
  });

  it("labels every reason the consent engine can give", () => {
    for (const code of REASON_CODES) expect(REPORT_MESSAGES.keys).toContain(`reason.${code}`);
  });

  it("fills in params", () => {
    expect(REPORT_MESSAGES.format("cell.small", { minCell: 10 })).toBe("<10");
    expect(REPORT_MESSAGES.format("report.noSuppression", { minCell: 0 }, "ru")).toBe(
      "Малые числа не скрыты (minCell 0): эту версию публиковать нельзя.",
    );
    expect(REPORT_MESSAGES.format("report.noSuppression", { minCell: 0 }, "kk")).toBe(
      "Шағын сандар жасырылмаған (minCell 0): бұл нұсқаны жариялауға болмайды.",
    );
  });

  it("names each page's language as its lang attribute", () => {
    for (const locale of ["en", "ru", "kk"] as const) expect(REPORT_MESSAGES.format("html.lang", {}, locale)).toBe(locale);
  });

  it("writes Russian in forms that include men and transgender people, and no stigmatising term in any language", () => {
    const { ru, kk } = REPORT_MESSAGES.catalogues;
    // The feminine alone («респондентка», «респонденток») leaves out men and transgender people.
    for (const text of Object.values(ru)) expect(text).not.toMatch(/респондентк|респонденток|секс-работниц/u);
    for (const text of [...Object.values(ru), ...Object.values(kk)])
      expect(text).not.toMatch(/проститут|жезөкше|IDU|потребител[ья] инъекц/iu);
  });
});
