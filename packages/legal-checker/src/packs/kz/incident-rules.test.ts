// The incident rules, each from the seed's table or a quoted case: a flag, its near miss, and where
// it matters the day of the law (2014-12-31 / 2015-01-01) and an undetermined.
import type { Incident } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { checkRecord } from "../../check.js";
import type { Finding } from "../../engine/finding.js";
import { incident, incidentFindings, record, recordFinding, withIncidents } from "../../internal/fixtures.js";

const instruments = (f: Finding | undefined): string[] =>
  (f?.citations ?? []).map((c) => `${c.instrument}${c.article === undefined ? "" : `/${c.article}`}`);
const one = (code: string, ...incidents: Incident[]): Finding | undefined => {
  const found = incidentFindings(code, ...incidents);
  if (found.length > 1) throw new Error(`${code}: ${found.length} findings`);
  return found[0];
};
const codes = (...incidents: Incident[]): string[] => checkRecord(withIncidents(...incidents)).map((f) => f.code);
const medical = [{ kind: "medical" as const }];
const client = [{ kind: "client" as const }];

describe("ILL_TREATMENT_BY_OFFICIAL — “Beating, torture 47” (police), “Beatings, torture 4” (medical staff)", () => {
  const code = "ILL_TREATMENT_BY_OFFICIAL";

  it("flags a beating by police officers, named by its incident and judged on its day", () => {
    const f = one(code, incident({ acts: ["beating"] }));
    expect(f).toMatchObject({ status: "flag", severity: "unlawful", kind: "official", incident: "i1", judgedOn: "incident", charge: null });
    expect(f?.facts[0]).toBe("incidents[0].date");
  });

  it("Marina: a gynaecologist who hurt her on purpose and called her names — ill-treatment by medical staff", () => {
    const marina = incident({
      perpetrators: medical,
      place: { kind: "medicalFacility" },
      acts: ["beating", "verbalAbuse"],
      complaints: [{ to: "clinicHead", outcome: "rejected" }],
    });
    expect(one(code, marina)?.status).toBe("flag");
  });

  it("does not call a client's beating an official's: it is a crime against her, a referral", () => {
    expect(one(code, incident({ perpetrators: client, acts: ["beating"] }))).toBeUndefined();
    expect(one("CRIME_BY_PRIVATE_PERSON", incident({ perpetrators: client, acts: ["beating"] }))).toMatchObject({
      status: "flag",
      kind: "referral",
    });
  });

  it("cites the torture article of the 1997 Code on 2014-12-31 and of the 2014 Code on 2015-01-01", () => {
    expect(instruments(one(code, incident({ date: "2014-12-31", acts: ["beating"] })))).toContain("KZ-CC-1997/347-1");
    expect(instruments(one(code, incident({ date: "2015-01-01", acts: ["beating"] })))).toContain("KZ-CC-2014/146");
    expect(instruments(one(code, incident({ date: "2015-01-01", acts: ["beating"] })))).not.toContain("KZ-CC-1997/347-1");
  });
});

describe("SEXUAL_VIOLENCE_BY_OFFICIAL — “four out of sixty sex worker respondents pointed out that they were gang raped by police”", () => {
  const code = "SEXUAL_VIOLENCE_BY_OFFICIAL";

  it("flags gang rape and sexual abuse by police officers", () => {
    expect(one(code, incident({ perpetrators: [{ kind: "police", count: 3 }], acts: ["gangRape"] }))?.status).toBe("flag");
    expect(one(code, incident({ acts: ["sexualAbuse"] }))?.status).toBe("flag");
  });

  it("Larisa: “Once a month the police take me and force me to free sex. If I refuse, they beat me severely, and/or they plant drugs on me”", () => {
    const larisa = incident({
      date: "2014-11-01",
      datePrecision: "month",
      acts: ["sexualAbuse", "beating", "drugsPlanted", "illegalFine"],
    });
    expect(codes(larisa)).toEqual(expect.arrayContaining(["SEXUAL_VIOLENCE_BY_OFFICIAL", "ILL_TREATMENT_BY_OFFICIAL", "DRUGS_PLANTED"]));
    expect(instruments(one(code, larisa))).toContain("KZ-CC-1997/120");
  });

  it("Lajla: “How can a prostitute be raped?” — a client's rape is a crime against her, never an official's act", () => {
    const lajla = incident({ perpetrators: client, acts: ["rape"] });
    expect(one(code, lajla)).toBeUndefined();
    expect(one("CRIME_BY_PRIVATE_PERSON", lajla)).toMatchObject({ status: "flag", severity: "unlawful", kind: "referral" });
  });
});

describe("EXTORTION_BY_OFFICIAL — “Money extortion 54”; “Extortion of money 15” (medical staff)", () => {
  const code = "EXTORTION_BY_OFFICIAL";

  it("flags money paid into an officer's hands, whatever it was called, and extortion by medical staff", () => {
    expect(one(code, incident({ payments: [{ to: "officer", purpose: "release", amount: 20000, currency: "KZT" }] }))?.status).toBe("flag");
    expect(one(code, incident({ payments: [{ to: "officer", purpose: "fine", amount: 5000, currency: "KZT" }] }))?.status).toBe("flag");
    expect(one(code, incident({ perpetrators: medical, acts: ["extortion"] }))?.status).toBe("flag");
  });

  it("does not flag a fine paid to the state account, nor a clinic's fee without extortion", () => {
    expect(
      one(code, incident({ payments: [{ to: "stateAccount", purpose: "fine", amount: 5000, currency: "KZT", receipt: true }] })),
    ).toBeUndefined();
    expect(
      one(code, incident({ perpetrators: medical, payments: [{ to: "medicalStaff", purpose: "service", amount: 3000, currency: "KZT" }] })),
    ).toBeUndefined();
  });

  it("cites extortion under the 1997 Code for 2014 and under the 2014 Code from 2015", () => {
    const paid = (date: string) => incident({ date, payments: [{ to: "officer", amount: 10000, currency: "KZT" }] });
    expect(instruments(one(code, paid("2014-12-31")))).toEqual(["KZ-CC-1997/181", "KZ-CC-1997/308"]);
    expect(instruments(one(code, paid("2015-01-01")))).toEqual(["KZ-CC-2014/194", "KZ-CC-2014/362"]);
  });
});

describe("ROBBERY_BY_OFFICIAL — Irina: “A policeman stole a new mobile phone from me in the course of a raid.”", () => {
  const code = "ROBBERY_BY_OFFICIAL";

  it("flags valuables taken by police officers", () => {
    expect(one(code, incident({ acts: ["robbery"] }))?.status).toBe("flag");
  });

  it("does not flag a client's robbery (a referral instead)", () => {
    expect(one(code, incident({ perpetrators: client, acts: ["robbery"] }))).toBeUndefined();
    expect(one("CRIME_BY_PRIVATE_PERSON", incident({ perpetrators: client, acts: ["robbery"] }))?.kind).toBe("referral");
  });
});

describe("UNLAWFUL_DETENTION — “Illegal detention 54”; the Constitution's 72 hours without a court", () => {
  const code = "UNLAWFUL_DETENTION";
  const held = (detention: NonNullable<Incident["detention"]>, more: Partial<Incident> = {}) => incident({ detention, ...more });

  it("flags a detention without a protocol, or beyond 72 hours without a court", () => {
    expect(one(code, held({ hours: 3, protocolDrawnUp: false }))).toMatchObject({ status: "flag", severity: "unlawful" });
    expect(one(code, held({ hours: 80, protocolDrawnUp: true, courtHearing: false }))?.status).toBe("flag");
    expect(one(code, held({ protocolDrawnUp: true, courtHearing: true, hoursToHearing: 90 }))?.status).toBe("flag");
  });

  it("does not flag 72 hours with a protocol, or a hearing within 72 hours", () => {
    expect(one(code, held({ hours: 72, protocolDrawnUp: true, courtHearing: false }))).toBeUndefined();
    expect(one(code, held({ hours: 30, protocolDrawnUp: true, courtHearing: true, hoursToHearing: 30 }))).toBeUndefined();
  });

  it("is undetermined when the protocol was not recorded, naming the question; her word alone is only dubious", () => {
    expect(one(code, held({ hours: 5, courtHearing: false }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["incidents[0].detention.protocolDrawnUp"],
    });
    expect(one(code, incident({ acts: ["illegalDetention"] }))).toMatchObject({
      status: "flag",
      severity: "dubious",
      rule: "kz.incident.detention-reported-unlawful",
    });
  });

  it("cites the procedure code of the day: 1997 on 2014-12-31, 2014 on 2015-01-01", () => {
    expect(instruments(one(code, held({ protocolDrawnUp: false }, { date: "2014-12-31" })))).toEqual([
      "KZ-CONSTITUTION-1995/16",
      "KZ-CPC-1997",
      "KZ-CAO-2001",
      "UN-ICCPR/9",
    ]);
    expect(instruments(one(code, held({ protocolDrawnUp: false }, { date: "2015-01-01" })))).toEqual([
      "KZ-CONSTITUTION-1995/16",
      "KZ-CPC-2014",
      "KZ-CAO-2014",
      "UN-ICCPR/9",
    ]);
  });
});

describe("DOCUMENTS_CONFISCATED, DETENTION_CONDITIONS — “Confiscation of passport 12”, “Conditions in detention 55”", () => {
  it("flags, as dubious, a passport taken by the police and the conditions she was held in", () => {
    expect(one("DOCUMENTS_CONFISCATED", incident({ acts: ["passportConfiscated"] }))).toMatchObject({
      status: "flag",
      severity: "dubious",
    });
    expect(one("DETENTION_CONDITIONS", incident({ acts: ["detentionConditions"] }))).toMatchObject({ status: "flag", severity: "dubious" });
  });

  it("does not flag them when no police officer took part", () => {
    expect(one("DOCUMENTS_CONFISCATED", incident({ perpetrators: [{ kind: "pimp" }], acts: ["passportConfiscated"] }))).toBeUndefined();
    expect(one("DETENTION_CONDITIONS", incident({ perpetrators: medical, acts: ["detentionConditions"] }))).toBeUndefined();
  });
});

describe("MEDICAL_CARE_REFUSED, FREE_CARE_NOT_EXPLAINED — “medical staff frequently declines them services if it becomes known that they are sex workers”", () => {
  it("flags a refusal by medical staff because she is a sex worker, and the police's refusal of medical aid in detention", () => {
    expect(one("MEDICAL_CARE_REFUSED", incident({ perpetrators: medical, acts: ["servicesRefused"] }))).toMatchObject({
      status: "flag",
      severity: "unlawful",
    });
    expect(one("MEDICAL_CARE_REFUSED", incident({ acts: ["medicalAidRefused"] }))?.status).toBe("flag");
  });

  it("does not flag a refusal of care recorded of a client", () => {
    expect(one("MEDICAL_CARE_REFUSED", incident({ perpetrators: client, acts: ["servicesRefused"] }))).toBeUndefined();
  });

  it("flags, as dubious, a right to free care not explained by medical staff — only by medical staff", () => {
    expect(one("FREE_CARE_NOT_EXPLAINED", incident({ perpetrators: medical, acts: ["freeCareRightsNotExplained"] }))).toMatchObject({
      severity: "dubious",
    });
    expect(one("FREE_CARE_NOT_EXPLAINED", incident({ acts: ["freeCareRightsNotExplained"] }))).toBeUndefined();
  });
});

describe("HIV_STATUS_DISCLOSED — by anyone: “Administrators of saunas and hotels fire sex workers from their work venues”", () => {
  it("flags a disclosure by a venue's administrator or the police, not only by medical staff", () => {
    expect(one("HIV_STATUS_DISCLOSED", incident({ perpetrators: [{ kind: "venueStaff" }], acts: ["hivStatusDisclosed"] }))?.status).toBe(
      "flag",
    );
    expect(one("HIV_STATUS_DISCLOSED", incident({ acts: ["hivStatusDisclosed"] }))?.status).toBe("flag");
    expect(one("HIV_STATUS_DISCLOSED", incident({ acts: ["verbalAbuse"] }))).toBeUndefined();
  });
});

describe("RETALIATION_FOR_COMPLAINT — Irina: “They detained me and made me recall my complaint.”", () => {
  const code = "RETALIATION_FOR_COMPLAINT";

  it("flags a complaint withdrawn under pressure, or retaliation for it", () => {
    const irina = incident({
      acts: ["robbery", "threats", "drugsPlanted"],
      complaints: [{ to: "police", accepted: true, outcome: "withdrawn", withdrawnUnderPressure: true }],
    });
    expect(one(code, irina)).toMatchObject({ status: "flag", severity: "unlawful" });
    expect(codes(irina)).toEqual(expect.arrayContaining(["ROBBERY_BY_OFFICIAL", "DRUGS_PLANTED", code]));
    expect(one(code, incident({ complaints: [{ to: "prosecutor", retaliation: true, withdrawnUnderPressure: false }] }))?.status).toBe(
      "flag",
    );
  });

  it("does not flag a complaint rejected without pressure or retaliation, nor an incident without complaint", () => {
    expect(
      one(code, incident({ complaints: [{ to: "prosecutor", outcome: "rejected", withdrawnUnderPressure: false, retaliation: false }] })),
    ).toBeUndefined();
    expect(one(code, incident({ acts: ["beating"] }))).toBeUndefined();
  });

  it("is undetermined when the complaint does not say, naming the complaint", () => {
    expect(one(code, incident({ complaints: [{ to: "prosecutor", retaliation: false }] }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["incidents[0].complaints[0].withdrawnUnderPressure"],
    });
  });
});

describe("FORCED_HIV_TEST — who forced it: the police (no legal basis) or medical staff (the health orders)", () => {
  const code = "FORCED_HIV_TEST";

  it("by the police: unlawful", () => {
    expect(one(code, incident({ acts: ["forcedHivTest"] }))).toMatchObject({
      status: "flag",
      severity: "unlawful",
      rule: "kz.incident.forced-hiv-test.police",
    });
  });

  it("by medical staff: to look into, citing the health orders in force on the day", () => {
    const f = one(code, incident({ date: "2011-12-01", perpetrators: medical, acts: ["forcedHivTest"] }));
    expect(f).toMatchObject({ status: "flag", severity: "dubious", rule: "kz.incident.forced-hiv-test.medical" });
    expect(instruments(f)).toEqual(["KZ-HEALTH-2009", "KZ-MOH-552-2010", "KZ-GOV-1280-2011"]);
    expect(instruments(one(code, incident({ date: "2009-12-01", perpetrators: medical, acts: ["forcedHivTest"] })))).toEqual([
      "KZ-HEALTH-2009",
      "KZ-MOH-575-2002",
    ]);
  });
});

describe("CRIME_BY_PRIVATE_PERSON — Aigerim: “I never though that being forced by client to have sex without a condom is violence.”", () => {
  it("is a referral to look into, never an official's act", () => {
    const aigerim = incident({ perpetrators: client, place: { kind: "sauna" }, acts: ["condomRefused"] });
    expect(one("CRIME_BY_PRIVATE_PERSON", aigerim)).toMatchObject({ status: "flag", severity: "check", kind: "referral" });
    expect(checkRecord(withIncidents(aigerim)).every((f) => f.kind !== "official")).toBe(true);
  });
});

describe("the day judged", () => {
  it("falls back to the interview's day only when no incident records the act, and says so", () => {
    const summary = record({ police: { rightsViolated: true, violations: ["beating"] } });
    const fallback = recordFinding("ILL_TREATMENT_BY_OFFICIAL", summary);
    expect(fallback).toMatchObject({ status: "flag", judgedOn: "interview", incident: null, rule: "kz.record.ill-treatment" });
    expect(fallback?.facts[0]).toBe("interview.date");
    expect(fallback?.message).toContain("Judged on the day of the interview");
    const both = record({ police: { rightsViolated: true, violations: ["beating"] }, incidents: [incident({ acts: ["beating"] })] });
    expect(
      checkRecord(both)
        .filter((f) => f.code === "ILL_TREATMENT_BY_OFFICIAL")
        .map((f) => f.judgedOn),
    ).toEqual(["incident"]);
  });

  it("judges an incident known to the month on every day of it, and a charge on its own day while naming its incident", () => {
    const month = one("ILL_TREATMENT_BY_OFFICIAL", incident({ date: "2014-12-01", datePrecision: "month", acts: ["beating"] }));
    expect(month?.status).toBe("flag");
    expect(instruments(month)).toContain("KZ-CC-1997/347-1");
    const linked = checkRecord(
      record({
        incidents: [incident()],
        charges: [{ date: "2015-02-01", code: "administrative", offence: "prostitution", role: "sexWorker", incident: "i1" }],
      }),
    ).find((f) => f.code === "PROSTITUTION_NOT_AN_OFFENCE");
    expect(linked).toMatchObject({ charge: 0, incident: "i1", judgedOn: "charge" });
  });

  it("on a record with ten police and six medical violations, finds the gravest", () => {
    const ten = record({
      police: {
        rightsViolated: true,
        violations: [
          "extortion",
          "beating",
          "robbery",
          "illegalDetention",
          "passportConfiscated",
          "detentionConditions",
          "medicalAidRefused",
          "sexualAbuse",
          "gangRape",
          "forcedHivTest",
        ],
      },
      medical: {
        rightsViolated: true,
        violations: ["extortion", "beating", "servicesRefused", "freeCareRightsNotExplained", "forcedHivTest", "hivStatusDisclosed"],
      },
    });
    const found = new Set(checkRecord(ten).map((f) => f.code));
    for (const code of [
      "ILL_TREATMENT_BY_OFFICIAL",
      "SEXUAL_VIOLENCE_BY_OFFICIAL",
      "EXTORTION_BY_OFFICIAL",
      "ROBBERY_BY_OFFICIAL",
      "UNLAWFUL_DETENTION",
      "DOCUMENTS_CONFISCATED",
      "DETENTION_CONDITIONS",
      "MEDICAL_CARE_REFUSED",
      "FREE_CARE_NOT_EXPLAINED",
      "HIV_STATUS_DISCLOSED",
      "FORCED_HIV_TEST",
    ])
      expect(found.has(code), code).toBe(true);
  });
});
