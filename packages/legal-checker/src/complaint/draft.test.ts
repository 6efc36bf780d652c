import { decide } from "@redumbrella/consent";
import { type Incident, type InterviewRecord, LOCALES } from "@redumbrella/questionnaire";
import { catalogueProblems, recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE, incident, record } from "../internal/fixtures.js";
import { draftComplaint } from "./draft.js";
import { COMPLAINT_ISSUE_MESSAGES, COMPLAINT_MESSAGES, COMPLAINT_TO } from "./messages.js";

const consenting = (items: Partial<Record<"publicName" | "lawEnforcementComplaint", boolean>> = {}) => ({
  ...BASE.consent,
  items: {
    ...BASE.consent.items,
    lawEnforcementComplaint: { answer: items.lawEnforcementComplaint ?? true },
    publicName: { answer: items.publicName ?? false },
  },
});
// Irina's case, with what a complaint must never carry: her HIV status, a narrative naming people, her name.
const IRINA: Incident = incident({
  date: "2016-02-10",
  place: { kind: "sauna", settlement: "Талдыкорган" },
  perpetrators: [{ kind: "police", count: 2, agency: "РОВД", rank: "сержант", badgeNumber: "40211" }],
  acts: ["robbery", "threats", "drugsPlanted", "hivStatusDisclosed", "beating"],
  detention: { hours: 80, protocolDrawnUp: false, courtHearing: false },
  payments: [{ to: "officer", purpose: "release", amount: 20000, currency: "KZT", receipt: false }],
  evidence: ["witness"],
  complaints: [{ to: "police", date: "2016-02-20", outcome: "withdrawn", withdrawnUnderPressure: true }],
  narrative: "Сержант Асқаров забрал телефон у Ирины в сауне «Лотос»",
});
const irina = (more: Partial<InterviewRecord> = {}): InterviewRecord =>
  record({
    consent: consenting(),
    respondent: { ...BASE.respondent, fullName: "Ирина Секретова", livingWithHiv: true, injectsDrugs: true },
    incidents: [IRINA],
    ...more,
  });
const ASOF = "2016-03-20";

describe("draftComplaint", () => {
  it("drafts a letter to the prosecutor's office: header, facts, each finding with its citation, what is asked", () => {
    const draft = draftComplaint(irina(), "i1", { to: "prosecutor", asOf: ASOF, locale: "ru" });
    expect(draft.success).toBe(true);
    if (!draft.success) return;
    const { markdown, text, findings } = draft.data;
    expect(markdown).toMatch(/^Прокурору ______/);
    expect(markdown).toContain("## ЖАЛОБА");
    expect(text).toContain("ПРАВОВАЯ ОЦЕНКА");
    expect(markdown).toContain("10.02.2016");
    expect(markdown).toContain("Сотрудник полиции (2): РОВД, сержант, № 40211");
    expect(markdown).toContain("20000 KZT");
    expect(markdown).toContain("начать досудебное расследование");
    expect(findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["ROBBERY_BY_OFFICIAL", "EXTORTION_BY_OFFICIAL", "UNLAWFUL_DETENTION", "RETALIATION_FOR_COMPLAINT"]),
    );
    for (const f of findings)
      for (const c of f.citations)
        expect(markdown).toContain(c.instrument === "KZ-CC-2014" ? "Уголовный кодекс Республики Казахстан от 3 июля 2014 года" : "");
  });

  it("is minimised: never her name unless she agreed to it, never her HIV status or drug use, never the narrative", () => {
    const draft = draftComplaint(irina(), "i1", { to: "prosecutor", asOf: ASOF, locale: "ru", identify: true });
    if (!draft.success) throw new Error("no draft");
    expect(draft.data.identified).toBe(false);
    for (const secret of ["Секретова", "Асқаров", "Лотос"]) expect(draft.data.markdown, secret).not.toContain(secret);
    // Her HIV status is a health body's matter: the police, who read complaints, are not told of it.
    expect(draft.data.markdown).not.toMatch(/HIV|ВИЧ|АИТВ/u);
    expect(draft.data.withheld.map((f) => f.code)).toEqual(["HIV_STATUS_DISCLOSED"]);
    const named = draftComplaint(irina({ consent: consenting({ publicName: true }) }), "i1", {
      to: "prosecutor",
      asOf: ASOF,
      locale: "ru",
      identify: true,
    });
    expect(named.success && named.data.markdown).toContain("от Ирина Секретова");
  });

  it("refuses, with the consent's reasons, when the complaint item is not given, is withdrawn or is older than 30 days", () => {
    const refused = draftComplaint(irina({ consent: consenting({ lawEnforcementComplaint: false }) }), "i1", {
      to: "prosecutor",
      asOf: ASOF,
    });
    expect(refused).toMatchObject({ success: false, issues: [{ code: "CONSENT_DENIED" }] });
    const stale = draftComplaint(irina(), "i1", { to: "prosecutor", asOf: "2016-05-20" });
    expect(stale).toMatchObject({ success: false, issues: [{ code: "CONSENT_DENIED" }] });
    expect(draftComplaint(irina(), "i9", { to: "prosecutor", asOf: ASOF })).toMatchObject({
      success: false,
      issues: [{ code: "UNKNOWN_INCIDENT" }],
    });
  });

  it("Marina, to the clinic's head: only the medical staff and what they did, in Kazakh", () => {
    const marina = record({
      consent: consenting(),
      incidents: [
        incident({
          perpetrators: [{ kind: "medical" }],
          place: { kind: "medicalFacility" },
          acts: ["beating", "verbalAbuse", "forcedHivTest"],
          complaints: [{ to: "clinicHead", outcome: "rejected" }],
        }),
      ],
    });
    const draft = draftComplaint(marina, "i1", { to: "clinicHead", asOf: ASOF, locale: "kk" });
    if (!draft.success) throw new Error(draft.issues[0].message);
    expect(draft.data.markdown).toMatch(/бас дәрігеріне/u);
    expect(draft.data.markdown).toContain("ШАҒЫМ");
    expect(draft.data.findings.map((f) => f.rule)).toEqual(["kz.incident.ill-treatment", "kz.incident.forced-hiv-test.medical"]);
    expect(draft.data.markdown).toContain("Кім: Медицина қызметкері.");
  });

  it("says there is nothing to complain of for an incident without an established finding for the addressee", () => {
    const client = record({ consent: consenting(), incidents: [incident({ perpetrators: [{ kind: "client" }], acts: ["nonPayment"] })] });
    expect(draftComplaint(client, "i1", { to: "prosecutor", asOf: ASOF })).toMatchObject({
      success: false,
      issues: [{ code: "NOTHING_TO_COMPLAIN_OF" }],
    });
  });

  it("has every message in en, ru and kk", () => {
    expect(catalogueProblems({ catalogues: COMPLAINT_MESSAGES.catalogues })).toEqual([]);
    expect(catalogueProblems({ catalogues: COMPLAINT_ISSUE_MESSAGES.catalogues })).toEqual([]);
  });

  it("property: a complaint is never drafted without the consent that allows it on the day", () => {
    const arb = recordArb({ maxDate: "2024-12-31" })
      .filter((r) => (r.incidents?.length ?? 0) > 0)
      .chain((r) =>
        fc.record({
          record: fc.constant(r),
          incident: fc.constantFrom(...(r.incidents ?? []).map((i) => i.id)),
          to: fc.constantFrom(...COMPLAINT_TO),
          days: fc.integer({ min: 0, max: 60 }),
          locale: fc.constantFrom(...LOCALES),
        }),
      );
    fc.assert(
      fc.property(arb, ({ record: r, incident: id, to, days, locale }) => {
        const asOf = new Date(Date.parse(r.interview.date) + days * 86_400_000).toISOString().slice(0, 10);
        const draft = draftComplaint(r, id, { to, asOf, locale });
        if (draft.success) expect(decide(r, "lawEnforcementComplaint", { asOf, validatedOn: asOf }).allowed).toBe(true);
        else if (!decide(r, "lawEnforcementComplaint", { asOf, validatedOn: asOf }).allowed)
          expect(draft.issues[0].code).toBe("CONSENT_DENIED");
      }),
      { numRuns: 150, seed: 31 },
    );
  });
});
