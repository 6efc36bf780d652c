import { MESSAGE_LOCALES } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { makeRecord, VALIDATED_ON } from "./internal/fixtures.js";
import { CONSENT_CATALOGUES, CONSENT_MESSAGES_EN, type ConsentMessageKey, decisionMessage, reasonMessage } from "./messages.js";
import { OBLIGATION_CODES, POLICY_ISSUE_CODES, REASON_CODES, USES } from "./vocabulary.js";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const REQUIRED: ConsentMessageKey[] = [
  ...REASON_CODES.map((c) => `reason.${c}` as const),
  ...OBLIGATION_CODES.map((c) => `obligation.${c}` as const),
  ...USES.map((u) => `use.${u}` as const),
  ...POLICY_ISSUE_CODES.map((c) => `policyIssue.${c}` as const),
];

describe.each(MESSAGE_LOCALES)("the %s catalogue", (locale) => {
  const catalogue = CONSENT_CATALOGUES[locale];

  it("has a message for every reason, obligation, use and policy issue, and the same keys as English", () => {
    for (const key of REQUIRED) expect(catalogue[key]?.trim(), key).toBeTruthy();
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(CONSENT_MESSAGES_EN).sort());
  });

  it("fills in the same params as English", () => {
    for (const key of Object.keys(CONSENT_MESSAGES_EN) as ConsentMessageKey[]) {
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(CONSENT_MESSAGES_EN[key]));
    }
  });

  it("leaves no placeholder unfilled in a decision", () => {
    const record = makeRecord({ items: { publicName: false }, givenOn: "2016-01-01" });
    for (const use of USES) {
      const d = decide(record, use, { asOf: "2016-05-01", validatedOn: VALIDATED_ON, locale });
      for (const text of [...d.reasons.map((r) => r.message), ...d.obligations.map((o) => o.message), decisionMessage(d, locale)]) {
        expect(text, use).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("decisionMessage", () => {
  it("says what was decided and why, in the language asked for", () => {
    const record = makeRecord({ items: { statistics: false } });
    const denied = decide(record, "anonymisedDataset", { asOf: "2016-03-01", validatedOn: VALIDATED_ON });
    expect(decisionMessage(denied)).toBe('Anonymised dataset: not allowed. The respondent did not consent to C1 "Data may be used towards generating statistics".');
    expect(decisionMessage(denied, "ru")).toBe("Обезличенный набор данных: не разрешено. Респондентка не дала согласия: C1 «Данные можно использовать для подготовки статистики».");
    const allowed = decide(record, "anonymisedCaseStudy", { asOf: "2016-03-01", validatedOn: VALIDATED_ON });
    expect(decisionMessage(allowed)).toMatch(/^Anonymised case study: allowed\. Obligations: Remove the name/);
  });

  it("lists several items in the form's order", () => {
    expect(reasonMessage({ code: "CONSENT_NOT_GIVEN", items: ["statistics", "useWithoutName"] })).toBe(
      'The respondent did not consent to C1 "Data may be used towards generating statistics"; C2 "Data can be used without disclosure of name".',
    );
  });
});
