import { fieldMeta, LOCALES } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { makeRecord, VALIDATED_ON } from "./internal/fixtures.js";
import { CONSENT_MESSAGES, type ConsentMessageKey, decisionMessage, reasonMessage } from "./messages.js";
import { OBLIGATION_CODES, POLICY_ISSUE_CODES, REASON_CODES, USES } from "./vocabulary.js";

const C4_LABEL = fieldMeta("consent.items.lawEnforcementComplaint.answer")?.label ?? { en: "", ru: "", kk: "" };

const REQUIRED: ConsentMessageKey[] = [
  ...REASON_CODES.map((c) => `reason.${c}` as const),
  ...OBLIGATION_CODES.map((c) => `obligation.${c}` as const),
  ...USES.map((u) => `use.${u}` as const),
  ...POLICY_ISSUE_CODES.map((c) => `policyIssue.${c}` as const),
];

describe("the consent catalogues", () => {
  it("are complete in every language: every key, the same placeholders as English, Cyrillic in ru and kk", () => {
    expect(catalogueProblems(CONSENT_MESSAGES)).toEqual([]);
  });

  it("have a message for every reason, obligation, use and policy issue", () => {
    expect(REQUIRED.filter((key) => !CONSENT_MESSAGES.keys.includes(key))).toEqual([]);
  });

  it("name the respondent in Russian in a form that includes men and transgender people", () => {
    for (const [key, text] of Object.entries(CONSENT_MESSAGES.catalogues.ru)) expect(text, key).not.toMatch(/респондентк/iu);
  });
});

describe.each(LOCALES)("a decision in %s", (locale) => {
  it("leaves no placeholder unfilled, whatever the reasons", () => {
    const records = [
      makeRecord({ items: { publicName: false }, givenOn: "2016-01-01" }),
      makeRecord({ recordedBy: "oral", age: "declined", items: { statistics: false, lawEnforcementComplaint: { givenOn: "2016-06-01" } } }),
      makeRecord({ age: 16, items: { useWithoutName: { withdrawnOn: "2016-03-01" } } }),
    ];
    for (const record of records) {
      for (const use of USES) {
        const d = decide(record, use, { asOf: "2016-05-01", validatedOn: VALIDATED_ON, locale });
        for (const text of [...d.reasons.map((r) => r.message), ...d.obligations.map((o) => o.message), decisionMessage(d, locale)]) {
          expect(text, use).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe("the messages of record v2", () => {
  it("name the item withdrawn alone, and the witness oral consent lacks, in every language", () => {
    const withdrawn = { code: "ITEM_WITHDRAWN", items: ["lawEnforcementComplaint"] } as const;
    expect(reasonMessage(withdrawn)).toBe(`The respondent withdrew consent to C4 "${C4_LABEL.en}" on or before this day.`);
    expect(reasonMessage(withdrawn, "ru")).toBe(`Респондент(ка) отозвал(а) согласие в этот день или раньше: пункт C4 «${C4_LABEL.ru}».`);
    expect(reasonMessage(withdrawn, "kk")).toBe(
      `Респондент келісімін осы күні немесе одан бұрын қайтарып алған: C4 тармағы «${C4_LABEL.kk}».`,
    );
    expect(reasonMessage({ code: "ORAL_CONSENT_UNWITNESSED" }, "ru")).toContain("свидетель не записан");
    expect(reasonMessage({ code: "ORAL_CONSENT_UNWITNESSED" }, "kk")).toContain("куә жазылмаған");
  });

  it("say a child's record goes only to a referral that protects her", () => {
    const referral = decide(makeRecord({ age: 16 }), "safeguardingReferral", { asOf: "2016-03-01", validatedOn: VALIDATED_ON });
    expect(decisionMessage(referral, "ru")).toMatch(
      /^Обращение в целях защиты ребёнка: разрешено\. Обязательства: Передавать сведения только органу/,
    );
    expect(decisionMessage(referral, "kk")).toMatch(/^Баланы қорғау үшін құзыретті органға жолдау: рұқсат етіледі\./);
    expect(reasonMessage({ code: "MINOR" })).toContain("only to a safeguarding referral");
    expect(reasonMessage({ code: "NOT_A_MINOR" }, "ru")).toContain("не было 18 лет");
  });
});

describe("decisionMessage", () => {
  it("says what was decided and why, in the language asked for", () => {
    const record = makeRecord({ items: { statistics: false } });
    const denied = decide(record, "anonymisedDataset", { asOf: "2016-03-01", validatedOn: VALIDATED_ON });
    expect(decisionMessage(denied)).toBe(
      'Anonymised dataset: not allowed. The respondent did not consent to C1 "Data may be used towards generating statistics".',
    );
    expect(decisionMessage(denied, "ru")).toBe(
      "Обезличенный набор данных: не разрешено. Респондент(ка) не дал(а) согласия: пункт C1 «Данные можно использовать для подготовки статистики».",
    );
    expect(decisionMessage(denied, "kk")).toBe(
      "Иесіздендірілген деректер жиынтығы: рұқсат етілмейді. Респондент келісім бермеген: C1 тармағы «Деректерді статистика жасау үшін пайдалануға болады».",
    );
    const allowed = decide(record, "anonymisedCaseStudy", { asOf: "2016-03-01", validatedOn: VALIDATED_ON });
    expect(decisionMessage(allowed)).toMatch(/^Anonymised case study: allowed\. Obligations: Remove the name/);
    expect(decisionMessage(allowed, "kk")).toMatch(/^Жағдайдың анонимді сипаттамасы: рұқсат етіледі\. Міндеттемелер: Аты-жөнін/);
  });

  it("lists several items in the form's order", () => {
    expect(reasonMessage({ code: "CONSENT_NOT_GIVEN", items: ["statistics", "useWithoutName"] })).toBe(
      'The respondent did not consent to C1 "Data may be used towards generating statistics"; C2 "Data can be used without disclosure of name".',
    );
  });

  it("keeps the meaning of the age reasons in every language: under 18, and an age not given", () => {
    expect(reasonMessage({ code: "MINOR" }, "kk")).toContain("18 жас толмаған");
    expect(reasonMessage({ code: "MINOR" }, "ru")).toContain("не было 18 лет");
    expect(reasonMessage({ code: "AGE_UNKNOWN" }, "kk")).toContain("кәмелетке толған");
    expect(reasonMessage({ code: "AGE_UNKNOWN" }, "ru")).toContain("совершеннолетний");
  });
});
