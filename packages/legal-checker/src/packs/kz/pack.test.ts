import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LOCALES, type Locale } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { compilePack } from "../../engine/compile.js";
import { factsOf } from "../../engine/condition.js";
import { fillReadme } from "../../internal/readme.js";
import { findEntry } from "../../law/registry.js";
import { KZ_LAW } from "./articles.js";
import { kz } from "./index.js";
import { KZ_RULE_CODES, KZ_RULES } from "./rules.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const SEED = fileURLToPath(new URL("../../../../../../shared/seeds/000_4667a79c98fb0409.txt", import.meta.url));
const README = fileURLToPath(new URL("../../../README.md", import.meta.url));
const squash = (text: string): string => text.replace(/\s+/g, " ");

// Every text of the pack in one language, keyed as a catalogue, so the core's completeness check reads it.
const packTexts = (locale: Locale): Record<string, string> => ({
  name: kz.name[locale],
  ...Object.fromEntries(KZ_LAW.map((e) => [`${e.id}.title`, e.title[locale]])),
  ...Object.fromEntries(
    KZ_RULES.flatMap((r) => [
      [`${r.id}.title`, r.title[locale]],
      [`${r.id}.messages`, r.messages[locale]],
      [`${r.id}.explain`, r.explain[locale]],
    ]),
  ),
});

describe("the kz pack as data", () => {
  it("compiles: every fact is a field of record v1, every citation is in its law, needs match conditions", () => {
    expect(() => compilePack(kz)).not.toThrow();
    for (const rule of KZ_RULES) expect([...rule.needs].sort(), rule.id).toEqual(factsOf(rule.when).sort());
  });

  it("has exactly the public codes of the contract", () => {
    expect(new Set(KZ_RULES.map((r) => r.code))).toEqual(new Set(KZ_RULE_CODES));
  });

  it("has every text — law titles, rule titles, messages and explanations — in en, ru and kk, with the English placeholders", () => {
    const catalogues = { en: packTexts("en"), ru: packTexts("ru"), kk: packTexts("kk") };
    expect(catalogueProblems({ catalogues })).toEqual([]);
  });

  it("never calls a finding that is only dubious or to check a violation, and speaks of liability as Kazakh law does", () => {
    for (const rule of KZ_RULES.filter((r) => r.severity !== "unlawful")) {
      expect(`${rule.title.en} ${rule.title.ru} ${rule.title.kk}`, rule.id).not.toMatch(/violat|нарушен|бұзылған|бұзушылық/iu);
    }
    for (const text of Object.values(packTexts("kk"))) expect(text).not.toMatch(/жауапкершілік/u);
    for (const locale of LOCALES)
      for (const text of Object.values(packTexts(locale))) {
        expect(text).not.toMatch(/attorney general|генеральн|injecting drug user/iu);
        expect(text).not.toMatch(/\bIDU\b/u);
      }
  });

  it.each(KZ_RULES.map((r) => [r.id, r] as const))("rule %s has a citation, a seed passage, and its words in en, ru and kk", (_, rule) => {
    expect(rule.citations.length).toBeGreaterThan(0);
    for (const ref of rule.citations) expect(findEntry(kz, ref.instrument, ref.article), `${ref.instrument} ${ref.article}`).toBeDefined();
    expect(rule.source.every((s) => s.quote.length > 20 && s.section !== "")).toBe(true);
    for (const text of [rule.title, rule.messages, rule.explain]) {
      for (const locale of LOCALES) expect(text[locale].trim()).not.toBe("");
      expect(placeholders(text.ru)).toEqual(placeholders(text.en));
      expect(placeholders(text.kk)).toEqual(placeholders(text.en));
      expect(placeholders(text.en).every((p) => p === "citedArticle" || p === "citedFrom")).toBe(true);
    }
  });

  it.each(KZ_LAW.map((e) => [e.id, e] as const))(
    "law entry %s has titles in en, ru and kk, a seed passage and ordered versions",
    (_, entry) => {
      for (const locale of LOCALES) expect(entry.title[locale].trim()).not.toBe("");
      expect(entry.source.quote.length).toBeGreaterThan(20);
      let previous = "";
      for (const { inForce, basis, note } of entry.versions) {
        expect(inForce.from > previous).toBe(true);
        if (inForce.to !== undefined) expect(inForce.to >= inForce.from).toBe(true);
        previous = inForce.to ?? "9999-12-31";
        if (basis === "general knowledge") expect(note, "what to verify").toBeDefined();
      }
      // An article is in force only while its instrument is.
      const instrument = findEntry(kz, entry.instrument);
      expect(instrument, entry.instrument).toBeDefined();
      for (const { inForce } of entry.versions) {
        expect(
          instrument?.versions.some(
            (v) =>
              v.inForce.from <= inForce.from && (v.inForce.to === undefined || (inForce.to !== undefined && inForce.to <= v.inForce.to)),
          ),
        ).toBe(true);
      }
    },
  );

  it.skipIf(!existsSync(SEED))("quotes the seed report word for word", () => {
    const seed = squash(readFileSync(SEED, "utf8"));
    const quotes = [...KZ_LAW.map((e) => e.source.quote), ...KZ_RULES.flatMap((r) => r.source.map((s) => s.quote))];
    for (const quote of quotes) expect(seed.includes(squash(quote)), quote).toBe(true);
  });

  it("README's lists of rules, law and points to verify are generated from the pack and up to date", () => {
    const readme = readFileSync(README, "utf8");
    expect(fillReadme(readme, kz) === readme, "run packages/legal-checker/scripts/readme.ts").toBe(true);
    for (const entry of KZ_LAW) if (entry.verify?.number !== undefined) expect(readme).toContain(`\`${entry.id}\` (number)`);
  });

  it("README lists every rule code and every instrument", () => {
    const readme = readFileSync(README, "utf8");
    for (const code of KZ_RULE_CODES) expect(readme, code).toContain(`\`${code}\``);
    for (const entry of KZ_LAW) expect(readme, entry.instrument).toContain(entry.instrument);
  });
});
