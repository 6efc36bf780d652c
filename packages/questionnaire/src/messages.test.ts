import { describe, expect, it } from "vitest";
import { CHOICE_LABELS, FIELD_LABELS, SECTION_LABELS } from "./form/labels.js";
import { ISSUE_CODES } from "./issues.js";
import { formatMessage, MESSAGE_LOCALES, MESSAGES_EN, MESSAGES_RU } from "./messages.js";
import { CHOICE_LISTS } from "./schema/enums.js";
import { FIELDS, SECTIONS } from "./schema/fields.js";

describe("message catalogues", () => {
  it.each(MESSAGE_LOCALES)("%s has a message for every issue code, and no other", (locale) => {
    const catalogue = { en: MESSAGES_EN, ru: MESSAGES_RU }[locale];
    expect(Object.keys(catalogue).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) expect(catalogue[code].trim()).not.toBe("");
  });

  it("uses the same placeholders in every language", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of ISSUE_CODES) expect(names(MESSAGES_RU[code]), code).toEqual(names(MESSAGES_EN[code]));
  });

  it("interpolates params", () => {
    expect(formatMessage("TEXT_TOO_LONG", { length: 4001, maximum: 4000 })).toBe(
      "The text has 4001 characters; at most 4000 are allowed.",
    );
    expect(formatMessage("TEXT_TOO_LONG", { length: 4001, maximum: 4000 }, "ru")).toBe(
      "В тексте 4001 знаков; допускается не более 4000.",
    );
  });
});

describe("labels", () => {
  const filled = (l: { en: string; ru: string; kk: string }) =>
    [l.en, l.ru, l.kk].every((t) => t.trim() !== "" && t === t.trim());
  const kazakhOrCyrillic = /^[\u0400-\u04ff\s\d.,:;!?()«»"'–—\-/%№]+$/u;

  it("labels every field in en, ru and kk, and nothing else", () => {
    expect(Object.keys(FIELD_LABELS)).toEqual(Object.keys(FIELDS));
    for (const [path, label] of Object.entries(FIELD_LABELS)) expect(filled(label), path).toBe(true);
  });

  it("labels every choice of every list and every section in the three languages", () => {
    for (const [list, values] of Object.entries(CHOICE_LISTS)) {
      const labels = CHOICE_LABELS[list as keyof typeof CHOICE_LABELS] as Record<string, { en: string; ru: string; kk: string }>;
      expect(Object.keys(labels), list).toEqual([...values]);
      for (const v of values) expect(filled(labels[v] as never), `${list}.${v}`).toBe(true);
    }
    for (const s of SECTIONS) expect(filled(SECTION_LABELS[s])).toBe(true);
  });

  it("writes the Russian and Kazakh labels in Cyrillic", () => {
    for (const [path, label] of Object.entries(FIELD_LABELS)) {
      expect(label.ru, path).toMatch(kazakhOrCyrillic);
      expect(label.kk, path).toMatch(kazakhOrCyrillic);
    }
  });
});
