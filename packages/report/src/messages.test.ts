import { REASON_CODES } from "@redumbrella/consent";
import { describe, expect, it } from "vitest";
import { REPORT_CATALOGUES, REPORT_MESSAGES_EN, reportMessage } from "./messages.js";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("report catalogues", () => {
  it.each(Object.entries(REPORT_CATALOGUES))("%s has every key, none empty, with the same params as English", (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(REPORT_MESSAGES_EN).sort());
    for (const [key, text] of Object.entries(catalogue)) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(REPORT_MESSAGES_EN[key as keyof typeof REPORT_MESSAGES_EN]));
    }
  });

  it("labels every reason the consent engine can give", () => {
    for (const code of REASON_CODES) expect(Object.keys(REPORT_MESSAGES_EN)).toContain(`reason.${code}`);
  });

  it("fills in params", () => {
    expect(reportMessage("cell.small", { minCell: 10 })).toBe("<10");
    expect(reportMessage("report.noSuppression", { minCell: 0 }, "ru")).toBe("Малые числа не скрыты (minCell 0): эту версию публиковать нельзя.");
  });
});
