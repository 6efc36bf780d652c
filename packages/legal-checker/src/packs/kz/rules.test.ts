// Each rule from the seed sentence it is written from: a flag, a non-flag, an undetermined, and the
// boundary days of the law (2001-01-29/30, 2014-12-31/2015-01-01) where the rule depends on them.
import { describe, expect, it } from "vitest";
import { checkRecord } from "../../check.js";
import type { Finding } from "../../engine/finding.js";
import { BASE, charge, chargeFinding, citationsInForce, record, recordFinding, withCharges } from "../../internal/fixtures.js";

const instruments = (f: Finding | undefined): string[] =>
  (f?.citations ?? []).map((c) => `${c.instrument}${c.article === undefined ? "" : `/${c.article}`}`);

describe("PROSTITUTION_NOT_AN_OFFENCE — “On January 30, 2001 Kazakhstan became an abolitionist country and the penalty for prostitution was lifted.”", () => {
  const code = "PROSTITUTION_NOT_AN_OFFENCE";
  const prostitution = (date: string, more = {}) => charge({ date, offence: "prostitution", ...more });

  it("flags a charge for prostitution itself from 2001-01-30, with or without a penalty", () => {
    expect(chargeFinding(code, prostitution("2001-01-30"))).toMatchObject({ status: "flag", severity: "unlawful", charge: 0 });
    const fined = prostitution("2016-05-20", { penalty: { kind: "fine", amount: 9910, currency: "KZT", paidTo: "stateAccount" } });
    expect(chargeFinding(code, fined)?.status).toBe("flag");
  });

  it("does not flag conduct on 2001-01-29: “In the KSSR, prostitution was punishable since July 13, 1987”", () => {
    expect(chargeFinding(code, prostitution("2001-01-29"))).toBeUndefined();
  });

  it("does not flag a charge for something else", () => {
    expect(chargeFinding(code, charge({ date: "2016-05-20", offence: "disorderlyConduct" }))).toBeUndefined();
  });

  it("is undetermined for a date known only to January 2001 or to 2001, and flags February 2001", () => {
    const month = chargeFinding(code, prostitution("2001-01-01", { datePrecision: "month" }));
    expect(month).toMatchObject({ status: "undetermined", missingFacts: ["charges[0].date"] });
    expect(chargeFinding(code, prostitution("2001-01-01", { datePrecision: "year" }))?.status).toBe("undetermined");
    expect(chargeFinding(code, prostitution("2001-02-01", { datePrecision: "month" }))?.status).toBe("flag");
  });

  it("cites the abolition, and from 2015-01-01 the two codes that have no article on prostitution", () => {
    expect(instruments(chargeFinding(code, prostitution("2014-12-31")))).toEqual(["KZ-ABOLITION-2001", "KZ-CAO-2001", "KZ-CC-1997"]);
    expect(instruments(chargeFinding(code, prostitution("2015-01-01")))).toEqual(["KZ-ABOLITION-2001", "KZ-CAO-2014", "KZ-CC-2014"]);
  });
});

describe("ARTICLE_NOT_IN_FORCE — “In January 1, 2015, Kazakhstan adopted Article 449 of Administrative Code”", () => {
  const code = "ARTICLE_NOT_IN_FORCE";

  it("flags art. 449 or 450 of the 2014 Code, as the paper names it, for conduct on 2014-12-31, and 309 of the 2014 Criminal Code", () => {
    for (const article of ["449", "ст. 450 ч. 1"]) {
      const f = chargeFinding(code, charge({ date: "2014-12-31", codeEdition: "2014", article, offence: "soliciting" }));
      expect(f, article).toMatchObject({ status: "flag", severity: "unlawful" });
      expect(f?.message).toContain("2015-01-01");
    }
    expect(
      chargeFinding(code, charge({ date: "2014-12-31", code: "criminal", codeEdition: "2014", article: "309", offence: "brothel" }))
        ?.status,
    ).toBe("flag");
  });

  it("reads a bare article in the edition in force on the charge's day: art. 449 on 2014-12-31 is the 2001 Code's, which the pack does not register", () => {
    expect(chargeFinding(code, charge({ date: "2014-12-31", article: "449", offence: "soliciting" }))).toBeUndefined();
    // Art. 308 of 1997 (exceeding authority) is no art. 308 of 2014 (engaging): the day decides the edition.
    expect(chargeFinding(code, charge({ date: "2013-05-01", code: "criminal", article: "308", offence: "other" }))).toBeUndefined();
  });

  it("never flags on an article number still to verify: art. 270 of the 1997 Code cited for 2015 conduct is undetermined", () => {
    const f = chargeFinding(
      code,
      charge({ date: "2015-06-01", code: "criminal", codeEdition: "1997", article: "270", offence: "engagingInProstitution" }),
    );
    expect(f).toMatchObject({ status: "undetermined" });
  });

  it("does not flag the same article on 2015-01-01, nor an article the pack does not register", () => {
    expect(chargeFinding(code, charge({ date: "2015-01-01", article: "449", offence: "soliciting" }))).toBeUndefined();
    expect(chargeFinding(code, charge({ date: "2010-06-01", article: "434", offence: "disorderlyConduct" }))).toBeUndefined();
  });

  it("is undetermined without the article, or when the code is unknown and the number could be of either code", () => {
    expect(chargeFinding(code, charge({ date: "2014-12-31" }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].article"],
    });
    expect(chargeFinding(code, charge({ date: "2014-12-31", code: "unknown", codeEdition: "2014", article: "449" }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].code"],
    });
  });

  it("cites non-retroactivity in force on the day, and is undetermined where the pack holds none of it (1995-01-10)", () => {
    expect(instruments(chargeFinding(code, charge({ date: "2014-12-31", codeEdition: "2014", article: "449" })))).toEqual([
      "KZ-CONSTITUTION-1995/77",
      "UN-ICCPR/15",
    ]);
    expect(instruments(chargeFinding(code, charge({ date: "2001-01-30", codeEdition: "2014", article: "449" })))).toEqual([
      "KZ-CONSTITUTION-1995/77",
    ]);
    expect(chargeFinding(code, charge({ date: "1995-01-10", article: "449" }))).toMatchObject({
      status: "undetermined",
      missingFacts: [],
      citations: [],
    });
  });
});

describe("SOLICITING_OUTSIDE_PUBLIC_PLACE — art. 449 is “soliciting in public places”; “All sex workers who answered the questionnaire work in saunas, apartments, hotels or on call”", () => {
  const code = "SOLICITING_OUTSIDE_PUBLIC_PLACE";
  const at = (place: "sauna" | "hotel" | "apartment" | "onCall" | "street" | "publicPlace", more = {}) =>
    charge({ date: "2015-01-01", article: "449", offence: "soliciting", place, ...more });

  it("flags art. 449 for work in a sauna, a hotel, an apartment or on call, from 2015-01-01", () => {
    for (const place of ["sauna", "hotel", "apartment", "onCall"] as const)
      expect(chargeFinding(code, at(place))?.status, place).toBe("flag");
    expect(chargeFinding(code, charge({ date: "2016-01-01", offence: "soliciting", place: "hotel" }))?.status).toBe("flag");
  });

  it("does not flag the street or a public place, a criminal charge, or conduct on 2014-12-31 (before art. 449)", () => {
    expect(chargeFinding(code, at("street"))).toBeUndefined();
    expect(chargeFinding(code, at("publicPlace"))).toBeUndefined();
    expect(chargeFinding(code, at("sauna", { code: "criminal" }))).toBeUndefined();
    expect(chargeFinding(code, at("sauna", { date: "2014-12-31" }))).toBeUndefined();
  });

  it("is undetermined without the place, or when the code is unknown", () => {
    expect(chargeFinding(code, charge({ date: "2015-03-01", article: "449" }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].place"],
    });
    expect(chargeFinding(code, at("sauna", { code: "unknown" }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].code"],
    });
  });
});

describe("ADVERTISEMENT_ALONE_INSUFFICIENT — “publishing announcement about sexual services cannot be an independent and adequate reason to be charged … based on Article 450”", () => {
  const code = "ADVERTISEMENT_ALONE_INSUFFICIENT";
  const premises = (advertisementOnly: boolean | undefined, more = {}) =>
    charge({
      date: "2015-01-01",
      article: "450",
      offence: "providingPremises",
      role: "premisesProvider",
      ...(advertisementOnly === undefined ? {} : { facts: { advertisementOnly } }),
      ...more,
    });

  it("flags art. 450 resting only on an advertisement", () => {
    expect(chargeFinding(code, premises(true))).toMatchObject({
      status: "flag",
      citations: [{ instrument: "KZ-CAO-2014", article: "450" }],
    });
  });

  it("does not flag when there is other evidence, nor a criminal charge", () => {
    expect(chargeFinding(code, premises(false))).toBeUndefined();
    expect(chargeFinding(code, premises(true, { code: "criminal", article: "309" }))).toBeUndefined();
  });

  it("is undetermined when what the evidence is was not recorded", () => {
    expect(chargeFinding(code, premises(undefined))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].facts.advertisementOnly"],
    });
  });

  it("rests on the 2013 law on 2014-12-31, before art. 450; undetermined before that law (2013-07-03): no law in the pack", () => {
    expect(instruments(chargeFinding(code, premises(true, { date: "2014-12-31", article: undefined })))).toEqual(["KZ-TRAFFICKING-2013"]);
    expect(chargeFinding(code, premises(true, { date: "2013-07-03", article: undefined }))).toMatchObject({
      status: "undetermined",
      missingFacts: [],
      citations: [],
    });
  });
});

describe("ATTEMPT_NOT_PUNISHABLE — “if a sex worker was arrested at the moment of receiving payment … This case also does not qualify as a reason for administrative punishment.”", () => {
  const code = "ATTEMPT_NOT_PUNISHABLE";
  const arrested = (arrestedBeforeService: boolean | undefined, more = {}) =>
    charge({
      date: "2015-01-01",
      offence: "prostitution",
      ...(arrestedBeforeService === undefined ? {} : { facts: { arrestedBeforeService } }),
      ...more,
    });

  it("flags an administrative charge for conduct stopped before any service", () => {
    expect(chargeFinding(code, arrested(true))?.status).toBe("flag");
    expect(chargeFinding(code, arrested(true, { offence: "providingPremises" }))?.status).toBe("flag");
  });

  it("does not flag after the service, a criminal charge (“unlike the Criminal Code”), or soliciting", () => {
    expect(chargeFinding(code, arrested(false))).toBeUndefined();
    expect(chargeFinding(code, arrested(true, { code: "criminal", offence: "brothel" }))).toBeUndefined();
    expect(chargeFinding(code, arrested(true, { offence: "soliciting" }))).toBeUndefined();
  });

  it("is undetermined when the moment of arrest was not recorded; on 2014-12-31 it rests on the 2001 Code", () => {
    expect(chargeFinding(code, arrested(undefined))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].facts.arrestedBeforeService"],
    });
    expect(instruments(chargeFinding(code, arrested(true, { date: "2014-12-31" })))).toEqual(["KZ-CAO-2001"]);
    expect(chargeFinding(code, arrested(true, { date: "2000-06-01", offence: "brothel" }))).toMatchObject({
      status: "undetermined",
      missingFacts: [],
    });
  });
});

describe("PROSTITUTION_NOT_PROVEN — “these attributes should take place all at the same time. The lack of at least one of these features shows that there is no corpus delicti”", () => {
  const code = "PROSTITUTION_NOT_PROVEN";
  const brothel = (facts: Record<string, unknown> | undefined, more = {}) =>
    charge({
      date: "2016-05-20",
      code: "criminal",
      offence: "brothel",
      role: "organiser",
      ...(facts === undefined ? {} : { facts }),
      ...more,
    });

  it("flags “only the fact of sexual service in exchange for payment” proven once", () => {
    expect(chargeFinding(code, brothel({ intercourseProven: true, paymentProven: true, paidActsProven: 1 }))?.status).toBe("flag");
  });

  it("flags as soon as one element is disproven, whatever the others", () => {
    expect(chargeFinding(code, brothel({ intercourseProven: false }))).toMatchObject({ status: "flag", missingFacts: [] });
  });

  it("does not flag when intercourse, payment and two or more times are all proven, nor a charge that presupposes nothing", () => {
    expect(chargeFinding(code, brothel({ intercourseProven: true, paymentProven: true, paidActsProven: 2 }))).toBeUndefined();
    expect(chargeFinding(code, charge({ offence: "drugPossession" }))).toBeUndefined();
  });

  it("is undetermined when nothing of the three was recorded", () => {
    expect(chargeFinding(code, brothel(undefined))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].facts.intercourseProven", "charges[0].facts.paymentProven", "charges[0].facts.paidActsProven"],
    });
  });

  it("rests on the 2013 law until 2014-12-31 and on arts. 450, 308, 309 from 2015-01-01; no law in the pack on 2013-07-03", () => {
    const once = { intercourseProven: false };
    expect(instruments(chargeFinding(code, brothel(once, { date: "2014-12-31" })))).toEqual([
      "KZ-TRAFFICKING-2013",
      "KZ-CC-1997/270",
      "KZ-CC-1997/271",
    ]);
    expect(instruments(chargeFinding(code, brothel(once, { date: "2015-01-01" })))).toEqual([
      "KZ-CAO-2014/450",
      "KZ-CC-2014/308",
      "KZ-CC-2014/309",
    ]);
    // Before the 2013 law, the 1997 Criminal Code's articles on engaging and brothels.
    expect(instruments(chargeFinding(code, brothel(once, { date: "2013-07-03" })))).toEqual(["KZ-CC-1997/270", "KZ-CC-1997/271"]);
    expect(chargeFinding(code, brothel(once, { date: "1997-06-01" }))).toMatchObject({ status: "undetermined", citations: [] });
  });
});

describe("SEX_WORKER_NOT_SUBJECT — “Sex workers (if they have not performed those functions) do not qualify for such criminal charges.”", () => {
  const code = "SEX_WORKER_NOT_SUBJECT";
  const criminal = (organisingFunctions: boolean | undefined, more = {}) =>
    charge({
      date: "2015-01-01",
      code: "criminal",
      article: "309",
      offence: "brothel",
      ...(organisingFunctions === undefined ? {} : { facts: { organisingFunctions } }),
      ...more,
    });

  it("flags art. 309 (or 308) against a sex worker who organised nothing", () => {
    expect(chargeFinding(code, criminal(false))).toMatchObject({ status: "flag", severity: "dubious" });
    expect(chargeFinding(code, criminal(false, { article: "308", offence: "engagingInProstitution" }))?.status).toBe("flag");
  });

  it("does not flag “one sex worker officially rented a venue … she allowed another sex worker to use it”, nor an organiser", () => {
    expect(chargeFinding(code, criminal(true))).toBeUndefined();
    expect(chargeFinding(code, criminal(false, { role: "organiser" }))).toBeUndefined();
    expect(chargeFinding(code, criminal(false, { code: "administrative", article: "450", offence: "providingPremises" }))).toBeUndefined();
  });

  it("is undetermined when organising functions were not recorded, or the code is unknown", () => {
    expect(chargeFinding(code, criminal(undefined))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].facts.organisingFunctions"],
    });
    expect(chargeFinding(code, criminal(false, { code: "unknown", article: undefined }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["charges[0].code"],
    });
  });

  it("on 2014-12-31 reads the charge under the 1997 Code (arts. 270, 271)", () => {
    const f = chargeFinding(code, criminal(false, { date: "2014-12-31", article: "271" }));
    expect(f?.status).toBe("flag");
    expect(instruments(f)).toEqual(["KZ-CC-1997/270", "KZ-CC-1997/271"]);
  });
});

describe("INTENT_NOT_PROVEN — “it is not possible to consider a taxi driver, who took a sex worker to her client, being guilty”", () => {
  const code = "INTENT_NOT_PROVEN";
  const pimping = (knowingly: boolean | undefined, more = {}) =>
    charge({
      date: "2016-05-20",
      offence: "pimping",
      role: "thirdParty",
      ...(knowingly === undefined ? {} : { facts: { knowingly } }),
      ...more,
    });

  it("flags the taxi driver: pimping without proof he knew", () => {
    expect(chargeFinding(code, pimping(false))).toMatchObject({ status: "flag", charge: 0 });
  });

  it("does not flag “a sauna administrator, who upon the client's request, invited a sex worker and ensured a room”", () => {
    expect(chargeFinding(code, pimping(true, { offence: "providingPremises" }))).toBeUndefined();
  });

  it("is undetermined when intent was not recorded", () => {
    expect(chargeFinding(code, pimping(undefined))).toMatchObject({ status: "undetermined", missingFacts: ["charges[0].facts.knowingly"] });
  });
});

describe("FINE_PAID_TO_OFFICER (charge) — “sex workers are required to pay fines for the crimes that do not exist”", () => {
  const code = "FINE_PAID_TO_OFFICER";
  const fined = (paidTo: "officer" | "stateAccount" | "unpaid" | undefined, more = {}) =>
    charge({
      date: "2015-01-01",
      offence: "disorderlyConduct",
      penalty: { kind: "fine", amount: 5000, currency: "KZT", ...(paidTo === undefined ? {} : { paidTo }) },
      ...more,
    });

  it("flags a penalty paid to the officer", () => {
    expect(chargeFinding(code, fined("officer"))).toMatchObject({ status: "flag", charge: 0 });
  });

  it("does not flag a fine paid to the state account, no penalty, or a warning", () => {
    expect(chargeFinding(code, fined("stateAccount"))).toBeUndefined();
    expect(chargeFinding(code, charge({ date: "2015-01-01" }))).toBeUndefined();
    expect(chargeFinding(code, charge({ date: "2015-01-01", penalty: { kind: "warning" } }))).toBeUndefined();
  });

  it("is undetermined for a fine whose payee was not recorded; a fine of 2014 rests on the 2001 Code", () => {
    expect(chargeFinding(code, fined(undefined))).toMatchObject({ status: "undetermined", missingFacts: ["charges[0].penalty.paidTo"] });
    const f = chargeFinding(code, fined("officer", { date: "2014-06-01" }));
    expect(f?.status).toBe("flag");
    expect(instruments(f)).toEqual(["KZ-CAO-2001"]);
  });
});

describe("record rules — police section “Documented violations by the police”", () => {
  const detained = (detention: object, police: object = { rightsViolated: false }, interview = BASE.interview) =>
    record({
      interview,
      consent: { ...BASE.consent, givenOn: interview.date },
      police: { ...police, detained: true, detention: "fine" in detention ? { ...detention, finePaid: true } : detention } as never,
    });

  it("FINE_PAID_TO_OFFICER: a detention fine paid to the policeman; not one paid officially; undetermined without the payee", () => {
    const code = "FINE_PAID_TO_OFFICER";
    expect(recordFinding(code, detained({ fine: { amount: 15000, currency: "KZT", paidToOfficer: true } }))).toMatchObject({
      status: "flag",
      charge: null,
    });
    expect(recordFinding(code, detained({ fine: { paidOfficially: true, paidToOfficer: false } }))).toBeUndefined();
    expect(recordFinding(code, record())).toBeUndefined(); // never detained
    expect(recordFinding(code, detained({ fine: { paidOfficially: true } }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["police.detention.fine.paidToOfficer"],
    });
    expect(recordFinding(code, record({ police: undefined }))?.status).toBe("undetermined");
  });

  it("FINE_PAID_TO_OFFICER: an interview on 2014-12-31 rests on the 2001 Code; on 2015-01-01 on the 2014 Code", () => {
    const fine = { fine: { paidToOfficer: true } };
    expect(
      instruments(recordFinding("FINE_PAID_TO_OFFICER", detained(fine, undefined, { ...BASE.interview, date: "2014-12-31" }))),
    ).toEqual(["KZ-CAO-2001"]);
    expect(
      instruments(recordFinding("FINE_PAID_TO_OFFICER", detained(fine, undefined, { ...BASE.interview, date: "2015-01-01" }))),
    ).toEqual(["KZ-CAO-2014"]);
  });

  it("PAYMENT_FOR_RELEASE — “money extorntion … are criminal offences”", () => {
    const code = "PAYMENT_FOR_RELEASE";
    expect(recordFinding(code, detained({ outcomes: ["paidForRelease"] }))?.status).toBe("flag");
    expect(recordFinding(code, detained({ outcomes: ["released"] }))).toBeUndefined();
    expect(recordFinding(code, detained({ timesDetained: 2 }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["police.detention.outcomes"],
    });
  });

  it("SEX_FOR_RELEASE — “this system is used to force sex workers to provide free service to police”", () => {
    const code = "SEX_FOR_RELEASE";
    const f = recordFinding(code, detained({ outcomes: ["sexForRelease"] }));
    expect(f).toMatchObject({ status: "flag", severity: "unlawful" });
    expect(f?.citations.map((c) => c.instrument)).toEqual(["UN-CAT", "UN-ICCPR"]);
    expect(recordFinding(code, detained({ outcomes: ["reportFiled", "fined"] }))).toBeUndefined();
    expect(recordFinding(code, detained({ badgeShown: true }))?.status).toBe("undetermined");
  });

  it("DRUGS_PLANTED — “they planted drugs on me (two boxes of marijuana)”", () => {
    const code = "DRUGS_PLANTED";
    expect(recordFinding(code, record({ police: { rightsViolated: true, violations: ["drugsPlanted"] } }))?.status).toBe("flag");
    // Only the "Other" box ticked: the list's boxes were left unticked.
    expect(recordFinding(code, record({ police: { rightsViolated: true, otherViolation: "threats by phone" } }))).toBeUndefined();
    expect(recordFinding(code, record({ police: {}, declined: ["police.rightsViolated"] }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["police.rightsViolated"],
    });
  });

  it("DETENTION_RIGHTS_DENIED: badge not shown, or relatives, legal or medical aid, rights refused", () => {
    const code = "DETENTION_RIGHTS_DENIED";
    expect(recordFinding(code, detained({ badgeShown: false }))?.status).toBe("flag");
    expect(recordFinding(code, detained({ badgeShown: true }, { rightsViolated: true, violations: ["legalAidRefused"] }))?.status).toBe(
      "flag",
    );
    expect(recordFinding(code, detained({ badgeShown: true }, { rightsViolated: true, violations: ["beating"] }))).toBeUndefined();
    expect(recordFinding(code, detained({ timesDetained: 1 }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["police.detention.badgeShown"],
    });
  });
});

describe("record rules — medical section", () => {
  it("FORCED_HIV_TEST — “they were forced to go through HIV testing by police, which … goes against the fact that HIV testing should be anonymous, confidential and voluntary”", () => {
    const code = "FORCED_HIV_TEST";
    // By the police: no legal basis at all. By medical staff: the health orders provide for examinations, so it is to look into.
    expect(recordFinding(code, record({ police: { rightsViolated: true, violations: ["forcedHivTest"] } }))).toMatchObject({
      status: "flag",
      severity: "unlawful",
      rule: "kz.record.forced-hiv-test.police",
    });
    const medical = recordFinding(code, record({ medical: { rightsViolated: true, violations: ["forcedHivTest"] } }));
    expect(medical).toMatchObject({ status: "flag", severity: "dubious", rule: "kz.record.forced-hiv-test.medical" });
    expect(instruments(medical)).toEqual(["KZ-HEALTH-2009", "KZ-MOH-552-2010", "KZ-GOV-1280-2011"]);
    expect(recordFinding(code, record())).toBeUndefined();
    expect(recordFinding(code, record({ medical: undefined }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["medical.rightsViolated"],
    });
  });

  it("HIV_STATUS_DISCLOSED — “only mediacal staff, and not the outreach workers shoud have acces to testing results”; the Health Code of 2009, then of 2020", () => {
    const code = "HIV_STATUS_DISCLOSED";
    const disclosed = (date: string) =>
      record({
        interview: { ...BASE.interview, date },
        consent: { ...BASE.consent, givenOn: date },
        medical: { rightsViolated: true, violations: ["hivStatusDisclosed"] },
      });
    expect(recordFinding(code, disclosed("2020-07-06"))?.citations.map((c) => c.instrument)).toEqual(["KZ-HEALTH-2009"]);
    expect(recordFinding(code, disclosed("2020-07-07"))?.citations.map((c) => c.instrument)).toEqual(["KZ-HEALTH-2020"]);
    expect(recordFinding(code, record({ medical: { rightsViolated: true, violations: ["verbalAbuse"] } }))).toBeUndefined();
    expect(recordFinding(code, record({ medical: {} }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["medical.rightsViolated"],
    });
  });

  it("MINOR — “any act connected to child prostitution … unacceptable under any circumstances”: a safeguarding check, never an offence of hers", () => {
    const code = "MINOR";
    const aged = (age: number) => record({ respondent: { ...BASE.respondent, age } });
    expect(recordFinding(code, aged(17))).toMatchObject({ status: "flag", severity: "check" });
    expect(recordFinding(code, aged(18))).toBeUndefined();
    const { age: _, ...noAge } = BASE.respondent;
    expect(recordFinding(code, record({ respondent: noAge, declined: ["respondent.age"] }))).toMatchObject({
      status: "undetermined",
      missingFacts: ["respondent.age"],
    });
  });
});

describe("citations", () => {
  it("name versions in force on the day of each finding above", () => {
    const target = withCharges(
      charge({ date: "2001-01-30", offence: "prostitution" }),
      charge({ date: "2014-12-31", codeEdition: "2014", article: "449", offence: "soliciting", place: "sauna" }),
      charge({ date: "2013-01-01", datePrecision: "year", offence: "brothel", facts: { intercourseProven: false, knowingly: false } }),
    );
    const findings = checkRecord(target);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) expect(citationsInForce(target, f), `${f.code} #${f.charge}`).toBe(true);
  });
});
