import { LOCALES } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { checkRecord } from "./check.js";
import type { Finding } from "./engine/finding.js";
import { describeCitation, explain } from "./explain.js";
import { BASE, charge, chargeFinding, record } from "./internal/fixtures.js";

// Values only the record holds: none may show in what the person reads.
const SECRETS = ["Айгерим Сапарова", "сауна «Лотос» на Абая", "2016-05-20", "31", "TK-017"];
const sensitive = record({
  respondent: { ...BASE.respondent, age: 31, fullName: "Айгерим Сапарова", code: "TK-017" },
  police: { rightsViolated: true, violations: ["forcedHivTest"], otherViolation: "сауна «Лотос» на Абая" },
  charges: [charge({ date: "2016-05-20", offence: "prostitution", offenceText: "сауна «Лотос» на Абая", facts: { knowingly: false } })],
});

describe("explain", () => {
  it("says what is wrong, which law, and where to turn — in English and Russian", () => {
    const finding = chargeFinding("PROSTITUTION_NOT_AN_OFFENCE", charge({ date: "2016-05-20", offence: "prostitution" })) as Finding;
    const en = explain(finding, "en");
    expect(en).toContain("Selling sex is not an offence");
    expect(en).toContain("The law: Abolition of the penalty for prostitution (30 January 2001) (in force since 2001-01-30)");
    expect(en).toContain("prosecutor's office");
    const ru = explain(finding, "ru");
    expect(ru).toContain("Закон: Отмена ответственности за занятие проституцией");
    expect(ru).toContain("прокуратуру");
    const kk = explain(finding, "kk");
    expect(kk).toContain("жезөкшелікпен айналысқаны үшін жауаптылық 2001 жылғы 30 қаңтарда алынып тасталды");
    expect(kk).toContain(
      "Заң: Жезөкшелікпен айналысқаны үшін жауаптылықтың алынып тасталуы (2001 жылғы 30 қаңтар) (2001-01-30 күнінен бастап күшінде)",
    );
    expect(kk).toContain("прокуратураға");
  });

  it("for an undetermined finding, asks the questions that would decide it, as the interviewer reads them", () => {
    const finding = chargeFinding("INTENT_NOT_PROVEN", charge({ offence: "pimping", role: "thirdParty" })) as Finding;
    expect(explain(finding, "en")).toContain("we cannot tell yet. To decide, we still need to know: “Acted knowingly (intent proven)”.");
    expect(explain(finding, "ru")).toContain("«Действия совершены заведомо (умысел доказан)»");
    expect(explain(finding, "kk")).toMatch(
      /^Мұнда мәселе болуы мүмкін \(«Қасақаналық дәлелденбеген»\), бірақ әзірге нақты айту мүмкін емес\. Шешім шығару үшін мынаны білу керек: «[^»]+»\./u,
    );
  });

  it("says when the day decides it, and when the law of the time is not in the data", () => {
    const month = chargeFinding(
      "PROSTITUTION_NOT_AN_OFFENCE",
      charge({ date: "2001-01-01", datePrecision: "month", offence: "prostitution" }),
    ) as Finding;
    expect(explain(month, "en")).toContain("It depends on the exact day it happened");
    const old = chargeFinding("ARTICLE_NOT_IN_FORCE", charge({ date: "1995-01-10", article: "449" })) as Finding;
    expect(explain(old, "en")).toContain("Our data does not hold the law of that time");
  });

  it("never repeats what the record holds: names, free text, dates of conduct, ages", () => {
    const findings = checkRecord(sensitive);
    expect(findings.length).toBeGreaterThan(2);
    for (const finding of findings) {
      for (const locale of LOCALES) {
        const text = `${explain(finding, locale)} ${checkRecord(sensitive, { locale })[findings.indexOf(finding)]?.message}`;
        for (const secret of SECRETS) expect(text, `${finding.code} ${locale}`).not.toContain(secret);
      }
      expect(JSON.stringify(finding)).not.toMatch(/Айгерим|Лотос|TK-017/);
    }
  });

  it("falls back to the message for a finding the pack does not know", () => {
    const foreign: Finding = {
      code: "ELSEWHERE",
      rule: "xx.elsewhere",
      kind: "official",
      status: "flag",
      severity: "check",
      charge: null,
      incident: null,
      judgedOn: "interview",
      facts: [],
      missingFacts: [],
      citations: [],
      message: "Elsewhere.",
    };
    expect(explain(foreign)).toBe("Elsewhere.");
  });
});

describe("describeCitation", () => {
  it("names the instrument, the article and its title, and the period in force", () => {
    const finding = chargeFinding(
      "SOLICITING_OUTSIDE_PUBLIC_PLACE",
      charge({ date: "2016-01-01", article: "449", place: "hotel" }),
    ) as Finding;
    expect(describeCitation(finding.citations[0] as Finding["citations"][number], "en")).toBe(
      "Code of the Republic of Kazakhstan on Administrative Offences of 5 July 2014 (CAO RK), article 449 “Soliciting in public places” (in force since 2015-01-01)",
    );
    expect(describeCitation(finding.citations[0] as Finding["citations"][number], "kk")).toBe(
      "Қазақстан Республикасының 2014 жылғы 5 шілдедегі Әкімшілік құқық бұзушылық туралы кодексі (ӘҚБтК), 449-бап «Қоғамдық орындарда жабысу» (2015-01-01 күнінен бастап күшінде)",
    );
  });
});
