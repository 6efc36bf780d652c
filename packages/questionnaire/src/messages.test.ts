import { describe, expect, it } from "vitest";
import { CHOICE_LABELS, FIELD_LABELS, SECTION_LABELS } from "./form/labels.js";
import { ISSUE_CODES } from "./issues.js";
import { RECORD_MESSAGES } from "./messages.js";
import { CHOICE_LISTS } from "./schema/enums.js";
import { FIELDS, SECTIONS } from "./schema/fields.js";
import { catalogueProblems } from "./testing/index.js";

describe("message catalogues", () => {
  it("have every issue code, and no other, in every language", () => {
    expect(catalogueProblems(RECORD_MESSAGES)).toEqual([]);
    expect([...RECORD_MESSAGES.keys].sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("interpolate params", () => {
    expect(RECORD_MESSAGES.format("TEXT_TOO_LONG", { length: 4001, maximum: 4000 })).toBe(
      "The text has 4001 characters; at most 4000 are allowed.",
    );
    expect(RECORD_MESSAGES.format("TEXT_TOO_LONG", { length: 4001, maximum: 4000 }, "kk")).toBe(
      "Мәтінде 4001 таңба бар; 4000 таңбадан аспауы керек.",
    );
  });
});

describe("labels", () => {
  const filled = (l: { en: string; ru: string; kk: string }) => [l.en, l.ru, l.kk].every((t) => t.trim() !== "" && t === t.trim());
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
