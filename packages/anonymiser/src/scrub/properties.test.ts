import { readFileSync } from "node:fs";
import { fullNameArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { nameForms } from "./name-forms.js";
import { scrubText } from "./scrub-text.js";
import { ENTITY_TYPES, type ScrubEntity } from "./types.js";

const EVAL = new URL("../../test-data/scrub-eval/", import.meta.url);
const sentences = ["ru", "kk", "en"].flatMap((lang) =>
  readFileSync(new URL(`${lang}.jsonl`, EVAL), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as { text: string; entities: unknown[] }),
);
const clean = sentences.filter((s) => s.entities.length === 0).map((s) => s.text);
const all = sentences.map((s) => s.text);

/** The original with each entity replaced by its placeholder. */
function rebuild(text: string, entities: readonly ScrubEntity[]): string {
  let out = "";
  let at = 0;
  for (const e of entities) {
    out += `${text.slice(at, e.start)}[${e.type}]`;
    at = e.end;
  }
  return out + text.slice(at);
}

function checkShape(text: string): void {
  const result = scrubText(text);
  let previousEnd = 0;
  for (const e of result.entities) {
    expect(ENTITY_TYPES).toContain(e.type);
    expect(e.start).toBeGreaterThanOrEqual(previousEnd);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    previousEnd = e.end;
  }
  expect(result.text).toBe(rebuild(text, result.entities));
}

// Pieces that make text look like testimonies: sentences, names, numbers, addresses, noise.
const fragment = fc.oneof(
  fc.constantFrom(...all),
  fc.constantFrom(
    "Алия",
    "Сеитовой",
    "капитан",
    "ул.",
    "д.",
    "кв.",
    "№",
    "тел.",
    "ИИН",
    "паспорт",
    "«",
    "»",
    ",",
    ".",
    "[NAME]",
    "[PHONE",
    "]",
  ),
  fc.stringMatching(/^[0-9 ()+-]{1,16}$/),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const testimony = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(" "));

describe("scrubText on any input", () => {
  it("never throws, and its entities are sorted, disjoint, in range, and are what the output replaced", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), checkShape));
    fc.assert(fc.property(fc.string({ unit: "binary" }), checkShape));
    fc.assert(fc.property(testimony, checkShape));
  });

  it("is idempotent: scrubbing the output finds nothing and changes nothing", () => {
    const idempotent = (text: string): void => {
      const once = scrubText(text).text;
      expect(scrubText(once)).toEqual({ text: once, entities: [] });
    };
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), idempotent));
    fc.assert(fc.property(fc.string({ unit: "binary" }), idempotent));
    fc.assert(fc.property(testimony, idempotent));
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(testimony, (text) => {
        expect(scrubText(text)).toEqual(scrubText(text));
      }),
    );
  });
});

describe("text without personal data", () => {
  // Organisations, places, amounts, dates, articles and ages: never personal data.
  const harmless = fc.oneof(
    fc.constantFrom(...clean),
    fc.constantFrom(
      "СПИД-центр",
      "AIDS Centre",
      "НПО «Амелия»",
      "Amelia",
      "прокуратура",
      "ДВД",
      "акимат",
      "Талдыкорган",
      "Алматинская область",
      "Taldykorgan",
      "ЖИТС орталығы",
      "ст. 449 КоАП",
      "ст. 309 УК",
      "ей 32 года",
    ),
    fc.integer({ min: 1, max: 999_999 }).map((n) => `${n.toLocaleString("ru-RU")} тенге`),
    fc.integer({ min: 1, max: 500_000 }).map((n) => `${n} KZT`),
    fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toLocaleDateString("ru-RU")),
    fc.stringMatching(/^[а-яёәғқңөұүһі ]{1,30}$/),
  );

  it("comes back unchanged", () => {
    fc.assert(
      fc.property(fc.array(harmless, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(" ");
        expect(scrubText(text)).toEqual({ text, entities: [] });
      }),
    );
  });
});

/** The words of a text. */
const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{M}'’-]+/u);

describe("names", () => {
  const templates = [
    (n: string) => `Вчера ${n} увезли в отдел.`,
    (n: string) => `Участковый сказал, что ${n} должна платить.`,
    (n: string) => `${n} пожаловалась в прокуратуру.`,
    (n: string) => `Полицейлер ${n} бөлімге апарды.`,
  ];

  it("a record's own name, planted in any case form, never survives with knownNames", () => {
    fc.assert(
      fc.property(fullNameArb(), fc.nat(), fc.nat(), fc.constantFrom(...templates), (name, pickFirst, pickLast, template) => {
        const [firsts, lasts] = nameForms(name) as [string[], string[]];
        const planted = `${firsts[pickFirst % firsts.length]} ${lasts[pickLast % lasts.length]}`;
        const left = wordsOf(scrubText(template(planted), { knownNames: [name] }).text.toLowerCase());
        for (const word of planted.toLowerCase().split(" ")) expect(left).not.toContain(word);
      }),
    );
  });

  it("what earlier texts scrubbed with known names left in memory changes no later result", async () => {
    // Each list of known names remembers the words it has judged: never across lists, never stale.
    // Nicknames no lexicon has are found only with their own list.
    const lists = [["Ромашка"], ["Кнопка"], ["Kara"], ["Button"], ["Ласточка"], ["Алия Сеитова"]];
    const nicknamed = [
      "Ромашка пришла поздно, её забрали в отдел.",
      "Вчера в отдел увезли и Ромашку, и её подругу.",
      "Сержант звал её Кнопкой.",
      "Kara was taken to the station with her friend.",
      "The officer called her Button all night.",
      "Кнопка және Ромашка бөлімге апарылды.",
      "У нас в сауне работала Ласточка.",
    ];
    const textArb = fc.oneof({ arbitrary: fc.constantFrom(...nicknamed), weight: 3 }, { arbitrary: fc.constantFrom(...all), weight: 1 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(textArb, fc.constantFrom(...lists)), { minLength: 2, maxLength: 12 }), async (calls) => {
        const warm = calls.map(([text, knownNames]) => scrubText(text, { knownNames }));
        vi.resetModules();
        const fresh = (await import("./scrub-text.js")).scrubText;
        const backwards = [...calls].reverse().map(([text, knownNames]) => fresh(text, { knownNames }));
        expect(backwards.reverse()).toEqual(warm);
      }),
      { numRuns: 15 },
    );
  });

  it("the generated respondents' names are found without being told (lexicon coverage)", () => {
    fc.assert(
      fc.property(fullNameArb(), fc.constantFrom(...templates), (name, template) => {
        const left = wordsOf(scrubText(template(name)).text);
        for (const word of name.split(" ")) expect(left).not.toContain(word);
      }),
    );
  });
});
