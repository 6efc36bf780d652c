import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fieldMeta, fieldsOfClass, LOCALES, type RecordV1, safeParseRecord, today, upgradeRecord } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { allowedUses, type DecideOptions, type Decision, decide } from "./decide.js";
import { makeRecord, makeRefusal, VALIDATED_ON } from "./internal/fixtures.js";
import { CONSENT_MESSAGES } from "./messages.js";
import { POLICY, type Policy } from "./policy.js";
import { USES, type Use } from "./vocabulary.js";

const on = (asOf: string, more: Partial<DecideOptions> = {}): DecideOptions => ({ asOf, validatedOn: VALIDATED_ON, ...more });
const codes = (d: Decision): string[] => d.reasons.map((r) => r.code);
const EXAMPLES = fileURLToPath(new URL("../../../examples/valid/", import.meta.url));
const SPEC = fileURLToPath(new URL("../../../examples/spec/", import.meta.url));
const example = (name: string): unknown => JSON.parse(readFileSync(`${EXAMPLES}${name}`, "utf8"));
const specExample = (name: string): unknown => JSON.parse(readFileSync(`${SPEC}${name}`, "utf8"));
const summary = (d: Decision) => ({ allowed: d.allowed, reasons: codes(d), missing: d.missingConsent });

describe("the examples of the questionnaire", () => {
  it("a typical record (statistics and use without the name) allows the anonymous uses, with their obligations", () => {
    const record = example("01-no-detention.json");
    expect(allowedUses(record, on("2016-01-01"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
    const stats = decide(record, "statistics", on("2016-01-01"));
    expect(stats.obligations.map((o) => o.code)).toEqual(["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"]);
    expect(stats.policyVersion).toBe(POLICY.version);
    const named = decide(record, "namedPublication", on("2016-01-01"));
    expect({ allowed: named.allowed, reasons: codes(named), missing: named.missingConsent }).toEqual({
      allowed: false,
      reasons: ["CONSENT_NOT_GIVEN"],
      missing: ["publicName"],
    });
  });

  it("withdrawn consent (06): allowed the day before the withdrawal, denied from its day on", () => {
    const record = example("06-withdrawn-consent.json"); // given 2015-02-18, withdrawn 2015-07-02
    expect(allowedUses(record, on("2015-07-01"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
    for (const use of USES) {
      const d = decide(record, use, on("2015-07-02"));
      expect(d.allowed, use).toBe(false);
      expect(codes(d)[0], use).toBe("WITHDRAWN");
      expect(d.missingConsent, use).toEqual([]);
    }
  });

  it("oral consent to a complaint without a witness, from the paper (07): statistics yes, the complaint no", () => {
    const record = example("07-oral-consent-complaint.json"); // v1, oral, no witness, given 2015-08-05
    expect(summary(decide(record, "lawEnforcementComplaint", on("2015-09-04")))).toEqual({
      allowed: false,
      reasons: ["ORAL_CONSENT_UNWITNESSED"],
      missing: [],
    });
    expect(allowedUses(record, on("2015-09-04"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
  });

  it("the same, witnessed by a second documentator, holds for the complaint for 30 days", () => {
    const upgraded = upgradeRecord(example("07-oral-consent-complaint.json") as RecordV1);
    const record = { ...upgraded, consent: { ...upgraded.consent, witnessId: "D3" } };
    expect(decide(record, "lawEnforcementComplaint", on("2015-09-04")).allowed).toBe(true);
    const late = decide(record, "lawEnforcementComplaint", on("2015-09-05"));
    expect(summary(late)).toEqual({ allowed: false, reasons: ["CONSENT_STALE"], missing: [] });
    expect(late.reasons[0]?.items).toEqual(["lawEnforcementComplaint"]);
  });

  it("a declined age (10) denies every release and publication, not for the complaint's sake", () => {
    const record = example("10-required-question-declined.json"); // complaint item "no", oral, no witness
    for (const use of ["statistics", "anonymisedCaseStudy", "anonymisedDataset", "namedPublication", "partnerSharing"] as const) {
      expect(codes(decide(record, use, on("2016-06-01")))[0], use).toBe("AGE_UNKNOWN");
    }
    expect(codes(decide(record, "lawEnforcementComplaint", on("2016-06-01")))).toEqual([
      "ORAL_CONSENT_UNWITNESSED",
      "CONSENT_NOT_GIVEN",
      "CONSENT_STALE",
    ]);
    expect(codes(decide(record, "safeguardingReferral", on("2016-06-01")))).toEqual(["NOT_A_MINOR"]);
  });

  it("the v2 example (oral, witnessed, complaint item renewed on 2015-05-04) allows the complaint from the renewal for 30 days", () => {
    const record = specExample("record-v2-incident.json"); // given 2015-04-18
    expect(summary(decide(record, "lawEnforcementComplaint", on("2015-04-20")))).toEqual({
      allowed: false,
      reasons: ["ITEM_NOT_YET_GIVEN"],
      missing: [],
    });
    expect(decide(record, "lawEnforcementComplaint", on("2015-06-03")).allowed).toBe(true); // day 30 of the renewal
    expect(codes(decide(record, "lawEnforcementComplaint", on("2015-06-04")))).toEqual(["CONSENT_STALE"]);
    expect(allowedUses(record, on("2015-04-20"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
  });

  it("every valid example, v1 or v2, is decided without INVALID_RECORD", () => {
    const all = [
      ...readdirSync(EXAMPLES)
        .filter((n) => n.endsWith(".json"))
        .map((name) => [name, example(name)] as const),
      ["record-v2-incident.json", specExample("record-v2-incident.json")] as const,
    ];
    for (const [name, record] of all) {
      for (const use of USES) expect(codes(decide(record, use, on("2017-01-01"))), name).not.toContain("INVALID_RECORD");
    }
  });

  it("a v1 record, its upgrade and the record safeParseRecord returned are decided alike", () => {
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith(".json"))) {
      const v1 = example(name);
      const parsed = safeParseRecord(v1, { asOf: VALIDATED_ON });
      if (!parsed.success) throw new Error(`${name} is invalid`);
      for (const use of USES) {
        const expected = decide(v1, use, on("2016-01-01"));
        expect(decide(upgradeRecord(v1 as RecordV1), use, on("2016-01-01")), `${name} ${use}`).toEqual(expected);
        expect(decide(parsed.data, use, on("2016-01-01")), `${name} ${use}`).toEqual(expected);
      }
    }
  });
});

describe("a refusal to take part", () => {
  it("allows nothing, and no answer could change that", () => {
    for (const record of [makeRefusal(), specExample("record-v2-refusal.json")]) {
      for (const use of USES) {
        const d = decide(record, use, on("2016-03-01"));
        expect(summary(d), use).toEqual({
          allowed: false,
          reasons: use === "partnerSharing" ? ["REFUSED_TO_TAKE_PART", "NO_CONSENT_ITEM"] : ["REFUSED_TO_TAKE_PART"],
          missing: [],
        });
      }
    }
  });
});

describe("each item on its own day", () => {
  it("the complaint item withdrawn alone: the complaint is denied from that day, statistics still allowed", () => {
    const record = makeRecord({ items: { lawEnforcementComplaint: { withdrawnOn: "2016-02-20" } } });
    expect(decide(record, "lawEnforcementComplaint", on("2016-02-19")).allowed).toBe(true);
    const d = decide(record, "lawEnforcementComplaint", on("2016-02-20"));
    expect(summary(d)).toEqual({ allowed: false, reasons: ["ITEM_WITHDRAWN"], missing: [] });
    expect(d.reasons[0]?.items).toEqual(["lawEnforcementComplaint"]);
    expect(d.reasons[0]?.citation?.fields).toContain("consent.items.lawEnforcementComplaint.withdrawnOn");
    expect(allowedUses(record, on("2016-02-20"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset", "namedPublication"]);
  });

  it("an item withdrawn before the block: the earlier day counts; the block's withdrawal still ends every item", () => {
    const record = makeRecord({ withdrawnOn: "2016-03-01", items: { statistics: { withdrawnOn: "2016-02-15" } } });
    expect(codes(decide(record, "statistics", on("2016-02-15")))).toEqual(["ITEM_WITHDRAWN"]);
    expect(decide(record, "anonymisedCaseStudy", on("2016-02-29")).allowed).toBe(true);
    expect(codes(decide(record, "anonymisedCaseStudy", on("2016-03-01")))).toEqual(["WITHDRAWN"]);
  });

  it("a complaint item renewed after 30 days holds 30 days from the renewal, and not before it", () => {
    const renewed = makeRecord({ givenOn: "2016-01-04", items: { lawEnforcementComplaint: { givenOn: "2016-03-01" } } });
    const old = makeRecord({ givenOn: "2016-01-04" });
    expect(codes(decide(old, "lawEnforcementComplaint", on("2016-03-15")))).toEqual(["CONSENT_STALE"]);
    expect(decide(renewed, "lawEnforcementComplaint", on("2016-03-15")).allowed).toBe(true);
    expect(decide(renewed, "lawEnforcementComplaint", on("2016-03-31")).allowed).toBe(true); // day 30
    expect(codes(decide(renewed, "lawEnforcementComplaint", on("2016-04-01")))).toEqual(["CONSENT_STALE"]); // day 31
    // The item counts from its own day: before the renewal there is no complaint consent to rely on.
    expect(summary(decide(renewed, "lawEnforcementComplaint", on("2016-01-10")))).toEqual({
      allowed: false,
      reasons: ["ITEM_NOT_YET_GIVEN"],
      missing: [],
    });
    expect(decide(renewed, "statistics", on("2016-01-10")).allowed).toBe(true);
  });
});

describe("oral consent and its witness", () => {
  it("without a witness: nothing that names or identifies her outside; statistics and anonymised uses stay allowed", () => {
    const record = makeRecord({ recordedBy: "oral" });
    expect(allowedUses(record, on("2016-02-10"))).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
    for (const use of ["namedPublication", "lawEnforcementComplaint"] as const) {
      expect(summary(decide(record, use, on("2016-02-10"))), use).toEqual({
        allowed: false,
        reasons: ["ORAL_CONSENT_UNWITNESSED"],
        missing: [],
      });
    }
    expect(codes(decide(record, "partnerSharing", on("2016-02-10")))).toEqual(["ORAL_CONSENT_UNWITNESSED", "NO_CONSENT_ITEM"]);
  });

  it("with a witness, or signed, oral consent counts as a signature", () => {
    const witnessed = makeRecord({ recordedBy: "oral", witnessId: "D3" });
    expect(allowedUses(witnessed, on("2016-02-10"))).toEqual(allowedUses(makeRecord(), on("2016-02-10")));
    expect(allowedUses(witnessed, on("2016-02-10"))).toContain("lawEnforcementComplaint");
  });
});

describe("contradictory answers", () => {
  it("her name in public while refusing statistics is denied until confirmed; the uses she did allow are not", () => {
    const record = makeRecord({ items: { statistics: false } });
    const d = decide(record, "namedPublication", on("2016-02-15"));
    expect(summary(d)).toEqual({ allowed: false, reasons: ["CONTRADICTORY_CONSENT"], missing: [] });
    expect(d.reasons[0]?.items).toEqual(["publicName"]);
    expect(d.reasons[0]?.citation?.form).toEqual(["C1", "C2", "C3"]);
    expect(decide(record, "anonymisedCaseStudy", on("2016-02-15")).allowed).toBe(true);
  });

  it("refusing use without the name contradicts it too; yes to all three does not", () => {
    expect(codes(decide(makeRecord({ items: { useWithoutName: false } }), "namedPublication", on("2016-02-15")))).toEqual([
      "CONTRADICTORY_CONSENT",
    ]);
    expect(decide(makeRecord({ items: { lawEnforcementComplaint: false } }), "namedPublication", on("2016-02-15")).allowed).toBe(true);
  });

  it("confirmed when asked again on a later day, written as the item's own date; the same day is no confirmation", () => {
    const confirmed = makeRecord({ items: { statistics: false, publicName: { givenOn: "2016-02-20" } } });
    expect(codes(decide(confirmed, "namedPublication", on("2016-02-15")))).toEqual(["ITEM_NOT_YET_GIVEN"]);
    expect(decide(confirmed, "namedPublication", on("2016-02-20")).allowed).toBe(true);
    const sameDay = makeRecord({ items: { statistics: false, publicName: { givenOn: "2016-02-10" } } });
    expect(codes(decide(sameDay, "namedPublication", on("2016-02-20")))).toEqual(["CONTRADICTORY_CONSENT"]);
  });

  it("a no to her name names it as missing only where a yes would not contradict another no", () => {
    const noName = makeRecord({ items: { publicName: false } });
    expect(decide(noName, "namedPublication", on("2016-02-15")).missingConsent).toEqual(["publicName"]);
    const noNameNoStats = makeRecord({ items: { publicName: false, statistics: false } });
    expect(summary(decide(noNameNoStats, "namedPublication", on("2016-02-15")))).toEqual({
      allowed: false,
      reasons: ["CONSENT_NOT_GIVEN"],
      missing: [],
    });
  });
});

describe("age", () => {
  it("a declined age does not stop the complaint she asked for, only releases and publications", () => {
    const record = makeRecord({ age: "declined" });
    const complaint = decide(record, "lawEnforcementComplaint", on("2016-02-15"));
    expect(complaint.allowed).toBe(true);
    expect(complaint.obligations.map((o) => o.code)).toEqual(["MINIMISE", "REDACT_SENSITIVE"]);
    for (const use of ["statistics", "anonymisedCaseStudy", "anonymisedDataset", "namedPublication"] as const) {
      expect(codes(decide(record, use, on("2016-02-15"))), use).toEqual(["AGE_UNKNOWN"]);
    }
    expect(codes(decide(record, "safeguardingReferral", on("2016-02-15")))).toEqual(["NOT_A_MINOR"]);
  });

  it("a 16-year-old: no complaint, release or publication; a safeguarding referral, even with every item no", () => {
    const record = makeRecord({ age: 16 });
    for (const use of USES.filter((u) => u !== "safeguardingReferral"))
      expect(codes(decide(record, use, on("2016-02-15")))[0], use).toBe("MINOR");
    expect(allowedUses(record, on("2016-02-15"))).toEqual(["safeguardingReferral"]);
    const referral = decide(record, "safeguardingReferral", on("2016-02-15"));
    expect(referral.obligations.map((o) => o.code)).toEqual(["CHILD_PROTECTION_ONLY", "MINIMISE"]);
    expect(referral.obligations[0]?.citation.law).toContain("UN CRC art. 19(2)");
    const none = makeRecord({
      age: 16,
      items: { statistics: false, useWithoutName: false, publicName: false, lawEnforcementComplaint: false },
    });
    expect(allowedUses(none, on("2016-02-15"))).toEqual(["safeguardingReferral"]);
  });

  it("a referral is for a child only: 18 is denied, 17 allowed", () => {
    const adult = decide(makeRecord({ age: 18 }), "safeguardingReferral", on("2016-02-15"));
    expect(summary(adult)).toEqual({ allowed: false, reasons: ["NOT_A_MINOR"], missing: [] });
    expect(adult.reasons[0]?.citation).toMatchObject({ form: ["Q3"], report: "Legal frameworks" });
    expect(decide(makeRecord({ age: 17 }), "safeguardingReferral", on("2016-02-15")).allowed).toBe(true);
  });

  it("a referral still needs a record kept with consent, on a day it holds", () => {
    expect(codes(decide(makeRecord({ age: 15, recordedBy: "none" }), "safeguardingReferral", on("2016-02-15")))).toEqual([
      "NO_CONSENT_RECORD",
    ]);
    expect(codes(decide(makeRecord({ age: 15, withdrawnOn: "2016-02-12" }), "safeguardingReferral", on("2016-02-15")))).toEqual([
      "WITHDRAWN",
    ]);
    // A witness is a matter of consent; the referral does not rest on consent.
    expect(decide(makeRecord({ age: 15, recordedBy: "oral" }), "safeguardingReferral", on("2016-02-15")).allowed).toBe(true);
  });
});

describe("global denials", () => {
  it("no recorded consent", () => {
    expect(codes(decide(makeRecord({ recordedBy: "none" }), "statistics", on("2016-03-01")))).toEqual(["NO_CONSENT_RECORD"]);
    expect(decide(makeRecord({ recordedBy: "oral" }), "statistics", on("2016-03-01")).allowed).toBe(true);
  });

  it("before consent was given, from the day it was given", () => {
    const record = makeRecord({ givenOn: "2016-02-10" });
    expect(codes(decide(record, "statistics", on("2016-02-09")))).toEqual(["NOT_YET_GIVEN"]);
    expect(decide(record, "statistics", on("2016-02-10")).allowed).toBe(true);
  });

  it("a minor at the interview, 17 denied and 18 allowed; an age declined", () => {
    expect(codes(decide(makeRecord({ age: 17 }), "anonymisedCaseStudy", on("2016-03-01")))).toEqual(["MINOR"]);
    expect(decide(makeRecord({ age: 18 }), "anonymisedCaseStudy", on("2016-03-01")).allowed).toBe(true);
    expect(codes(decide(makeRecord({ age: "declined" }), "anonymisedCaseStudy", on("2016-03-01")))).toEqual(["AGE_UNKNOWN"]);
  });

  it("lists every reason that applies, global ones first in their fixed order", () => {
    const record = makeRecord({
      recordedBy: "none",
      age: 16,
      withdrawnOn: "2016-03-01",
      items: { statistics: false, useWithoutName: false, lawEnforcementComplaint: false },
    });
    expect(codes(decide(record, "safeguardingReferral", on("2016-04-01")))).toEqual(["NO_CONSENT_RECORD", "WITHDRAWN"]);
    const d = decide(record, "anonymisedDataset", on("2016-04-01"));
    expect(codes(d)).toEqual(["NO_CONSENT_RECORD", "WITHDRAWN", "MINOR", "CONSENT_NOT_GIVEN"]);
    expect(d.reasons[3]?.items).toEqual(["statistics", "useWithoutName"]);
    expect(d.missingConsent).toEqual([]);
    expect(codes(decide(record, "lawEnforcementComplaint", on("2016-04-01")))).toEqual([
      "NO_CONSENT_RECORD",
      "WITHDRAWN",
      "MINOR",
      "CONSENT_NOT_GIVEN",
      "CONSENT_STALE",
    ]);
    expect(codes(decide(record, "partnerSharing", on("2016-04-01")))).toEqual([
      "NO_CONSENT_RECORD",
      "WITHDRAWN",
      "MINOR",
      "NO_CONSENT_ITEM",
    ]);
  });
});

describe("the rules of each use", () => {
  it("no item implies another: public naming alone (confirmed) allows no anonymous use, and anonymous use allows no naming", () => {
    const namedOnly = makeRecord({
      items: { statistics: false, useWithoutName: false, lawEnforcementComplaint: false, publicName: { givenOn: "2016-02-11" } },
    });
    expect(allowedUses(namedOnly, on("2016-03-01"))).toEqual(["namedPublication"]);
    const anonymousOnly = makeRecord({ items: { statistics: false, publicName: false, lawEnforcementComplaint: false } });
    expect(allowedUses(anonymousOnly, on("2016-03-01"))).toEqual(["anonymisedCaseStudy"]);
  });

  it("an anonymised dataset needs both statistics and use without the name, and names what is missing", () => {
    const d = decide(makeRecord({ items: { statistics: false } }), "anonymisedDataset", on("2016-03-01"));
    expect({ reasons: codes(d), items: d.reasons[0]?.items, missing: d.missingConsent }).toEqual({
      reasons: ["CONSENT_NOT_GIVEN"],
      items: ["statistics"],
      missing: ["statistics"],
    });
  });

  it("partner sharing is never allowed, even with every item yes", () => {
    const d = decide(makeRecord(), "partnerSharing", on("2016-03-01"));
    expect({ allowed: d.allowed, reasons: codes(d), missing: d.missingConsent }).toEqual({
      allowed: false,
      reasons: ["NO_CONSENT_ITEM"],
      missing: [],
    });
  });

  it("named publication and complaints must leave out the sensitive answers the questionnaire lists", () => {
    const d = decide(makeRecord(), "namedPublication", on("2016-03-01"));
    expect(d.obligations).toMatchObject([{ code: "REDACT_SENSITIVE", params: { fields: fieldsOfClass("sensitive") } }]);
    expect(d.obligations[0]?.params?.fields).toContain("respondent.livingWithHiv");
  });

  it.each([
    ["2016-01-31", "2016-03-01", true], // day 30, across the leap day
    ["2016-01-31", "2016-03-02", false], // day 31
    ["2015-01-31", "2015-03-02", true], // day 30 without a leap day
    ["2015-01-31", "2015-03-03", false],
    ["2016-02-29", "2016-03-30", true],
    ["2016-02-29", "2016-03-31", false],
    ["2015-12-15", "2016-01-14", true], // across a year
  ])("complaint consent given %s: on %s allowed = %s", (givenOn, asOf, allowed) => {
    const d = decide(makeRecord({ givenOn }), "lawEnforcementComplaint", on(asOf));
    expect(d.allowed).toBe(allowed);
    expect(codes(d)).toEqual(allowed ? [] : ["CONSENT_STALE"]);
    // Only complaints expire: statistics consent still holds.
    expect(decide(makeRecord({ givenOn }), "statistics", on(asOf)).allowed).toBe(true);
  });
});

describe("the day of the use and the day of validation", () => {
  it("a use on a future day is decided, though no record date may be after the validation day", () => {
    expect(decide(makeRecord(), "statistics", on("2031-01-01")).allowed).toBe(true);
  });

  it("a day before a later confirmation of consent judges the consent, and does not call the record invalid", () => {
    // Interviewed on 2016-02-10, consent confirmed on 2016-02-20.
    const record = { ...makeRecord({ givenOn: "2016-02-20" }), interview: { date: "2016-02-10", interviewerId: "D1" } };
    expect(codes(decide(record, "statistics", on("2016-02-15")))).toEqual(["NOT_YET_GIVEN"]);
  });

  it("validation day matters, the cache does not: one record object, three validation days", () => {
    const record = makeRecord({ givenOn: "2020-05-05" });
    expect(codes(decide(record, "statistics", on("2020-06-01", { validatedOn: "2020-06-01" })))).toEqual([]);
    expect(codes(decide(record, "statistics", on("2020-06-01", { validatedOn: "2020-05-01" })))).toEqual(["INVALID_RECORD"]);
    expect(codes(decide(record, "statistics", on("2020-06-01", { validatedOn: "2020-06-01" })))).toEqual([]);
  });

  it("validates as of today when no validation day is given", () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 2);
    const future = makeRecord({ givenOn: today(tomorrow) });
    expect(codes(decide(future, "statistics", { asOf: today(tomorrow) }))).toEqual(["INVALID_RECORD"]);
    expect(decide(makeRecord(), "statistics", { asOf: "2016-03-01" }).allowed).toBe(true);
  });
});

describe("bad input is denied, never thrown", () => {
  it.each([
    ["null", null],
    ["an array", [makeRecord()]],
    ["a record with an unknown key", { ...makeRecord(), nickname: "x" }],
    ["a record whose consent is before the interview", { ...makeRecord(), interview: { date: "2016-03-01", interviewerId: "D1" } }],
    [
      "a record whose item is withdrawn before it was given",
      makeRecord({ items: { publicName: { givenOn: "2016-03-01", withdrawnOn: "2016-02-20" } } }),
    ],
    [
      "a record v2 with the consent booleans of v1",
      { ...makeRecord(), consent: { statistics: true, recordedBy: "signature", givenOn: "2016-02-10" } },
    ],
  ])("%s is INVALID_RECORD for every use", (_, input) => {
    for (const use of USES) {
      const d = decide(input, use, on("2016-03-01"));
      expect(d.allowed).toBe(false);
      expect(codes(d)).toEqual(use === "partnerSharing" ? ["INVALID_RECORD", "NO_CONSENT_ITEM"] : ["INVALID_RECORD"]);
      expect(d.missingConsent).toEqual([]);
    }
  });

  const forged = {
    version: "1",
    uses: { ...POLICY.uses, partnerSharing: { kind: "consent", needs: ["statistics"], obligations: [] } },
  } as unknown as Policy;
  it.each<[string, string, unknown, Partial<DecideOptions> | null]>([
    ["an unknown use", "use", "selling", {}],
    ["a prototype key as use", "use", "__proto__", {}],
    ["a day that does not exist", "asOf", "statistics", { asOf: "2016-02-30" }],
    ["a day with a time", "asOf", "statistics", { asOf: "2016-02-10T10:00:00Z" }],
    ["a bad validation day", "validatedOn", "statistics", { validatedOn: "today" }],
    ["an unknown locale", "locale", "statistics", { locale: "de" as "en" }],
    ["a policy not made by tightenPolicy", "policy", "partnerSharing", { policy: forged }],
    ["no options", "options", "statistics", null],
  ])("%s: INVALID_REQUEST naming %s", (_, option, use, options) => {
    const d = decide(makeRecord(), use as Use, options === null ? (null as unknown as DecideOptions) : on("2016-03-01", options));
    expect({ allowed: d.allowed, reasons: codes(d), params: d.reasons[0]?.params }).toEqual({
      allowed: false,
      reasons: ["INVALID_REQUEST"],
      params: { option },
    });
  });

  it("options whose getter throws", () => {
    const options = Object.defineProperty({}, "asOf", {
      get() {
        throw new Error("boom");
      },
    }) as DecideOptions;
    expect(codes(decide(makeRecord(), "statistics", options))).toEqual(["INVALID_REQUEST"]);
  });
});

describe("messages and citations", () => {
  it("speak the requested language", () => {
    const d = decide(makeRecord({ items: { publicName: false } }), "namedPublication", on("2016-03-01", { locale: "ru" }));
    expect(d.reasons[0]?.message).toBe("Респондент(ка) не дал(а) согласия: пункт C3 «Имя и фамилию можно раскрыть публично».");
  });

  it("decide the same in en, ru and kk: only the messages differ", () => {
    const records = [
      ...readdirSync(EXAMPLES)
        .filter((n) => n.endsWith(".json"))
        .map(example),
      makeRecord({ items: { statistics: false, publicName: false } }),
      makeRecord({ age: 17, withdrawnOn: "2016-02-20" }),
      makeRecord({ givenOn: "2016-01-31" }),
      makeRecord({ age: 16, recordedBy: "oral" }),
      makeRecord({
        age: "declined",
        items: { statistics: false, lawEnforcementComplaint: { givenOn: "2016-02-20", withdrawnOn: "2016-03-01" } },
      }),
      makeRefusal(),
    ];
    for (const [i, record] of records.entries()) {
      for (const asOf of ["2015-07-02", "2016-02-15", "2016-03-02", "2017-01-01"]) {
        for (const use of USES) {
          const [en, ru, kk] = LOCALES.map((locale) => {
            const d = decide(record, use, on(asOf, { locale }));
            return { allowed: d.allowed, obligations: d.obligations.map((o) => o.code), reasons: codes(d), missing: d.missingConsent };
          });
          expect(ru, `${i} ${use} ${asOf}`).toEqual(en);
          expect(kk, `${i} ${use} ${asOf}`).toEqual(en);
        }
      }
    }
  });

  it("a Kazakh decision after an English one for the same record is given in Kazakh", () => {
    // Complaint consent given 2016-01-31: stale on 2016-03-02, fresh on 2016-02-10. The English stale
    // denial is decided first; with the old key, "kk" (index 2) fell on the stale bit and got it.
    const record = makeRecord({ givenOn: "2016-01-31" });
    const stale = decide(record, "lawEnforcementComplaint", on("2016-03-02"));
    expect(stale.reasons[0]?.message).toMatch(/^Consent was given more than 30 days/);
    const fresh = decide(record, "lawEnforcementComplaint", on("2016-02-10", { locale: "kk" }));
    expect({ allowed: fresh.allowed, reasons: codes(fresh) }).toEqual({ allowed: true, reasons: [] });
    expect(fresh.obligations.map((o) => o.message)).toEqual([
      CONSENT_MESSAGES.format("obligation.MINIMISE", {}, "kk"),
      CONSENT_MESSAGES.format("obligation.REDACT_SENSITIVE", {}, "kk"),
    ]);
    const denied = decide(makeRecord({ items: { publicName: false } }), "namedPublication", on("2016-03-01"));
    const deniedKk = decide(makeRecord({ items: { publicName: false } }), "namedPublication", on("2016-03-01", { locale: "kk" }));
    expect(denied.reasons[0]?.message).toMatch(/^The respondent did not consent/);
    expect(deniedKk.reasons[0]?.message).toBe("Респондент келісім бермеген: C3 тармағы «Аты мен тегін көпшілікке жария етуге болады».");
  });

  it("cite the form's consent items as the questionnaire numbers them, and the report's sections", () => {
    const denied = decide(makeRecord({ items: { statistics: false, useWithoutName: false } }), "anonymisedDataset", on("2016-03-01"));
    expect(denied.reasons[0]?.citation?.form).toEqual([
      fieldMeta("consent.items.statistics.answer")?.question,
      fieldMeta("consent.items.useWithoutName.answer")?.question,
    ]);
    expect(denied.reasons[0]?.citation?.form).toEqual(["C1", "C2"]);
    const none = decide(makeRecord({ recordedBy: "none" }), "statistics", on("2016-03-01"));
    expect(none.reasons[0]?.citation).toEqual({ form: ["C5"], fields: ["consent.recordedBy"], report: "Data collection methodology" });
    const minor = decide(makeRecord({ age: 15 }), "statistics", on("2016-03-01"));
    expect(minor.reasons[0]?.citation).toMatchObject({ form: ["Q3"], report: "Legal frameworks" });
    const allowed = decide(makeRecord(), "lawEnforcementComplaint", on("2016-03-01"));
    expect(allowed.obligations.map((o) => o.citation.form)).toEqual([["C4"], ["C3"]]);
  });

  it("never quote a value of the record", () => {
    const record = makeRecord({
      givenOn: "2016-01-17",
      withdrawnOn: "2016-04-19",
      age: 17,
      recordedBy: "oral",
      witnessId: "W7",
      items: { publicName: { givenOn: "2016-01-23", withdrawnOn: "2016-03-29" } },
    });
    for (const use of USES) {
      for (const asOf of ["2016-02-01", "2016-05-01"]) {
        const text = JSON.stringify(decide(record, use, on(asOf)));
        for (const value of ["2016-01-17", "2016-04-19", "2016-01-23", "2016-03-29", "17", "D2", "W7", record.id])
          expect(text, use).not.toContain(value);
      }
    }
  });
});
