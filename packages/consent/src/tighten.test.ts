import { isRedumbrellaError } from "@redumbrella/questionnaire";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { makeRecord, VALIDATED_ON } from "./internal/fixtures.js";
import { isPolicy, POLICY, type Policy } from "./policy.js";
import { ConsentPolicyError, type Tightening, tightenPolicy } from "./tighten.js";

/** The issues `tightenPolicy` throws for `tightening`, as `path code`. */
function rejected(tightening: unknown, base: Policy = POLICY): string[] {
  try {
    tightenPolicy(base, tightening as Tightening);
  } catch (error) {
    if (!(error instanceof ConsentPolicyError)) throw error;
    expect(error.code).toBe("INVALID_TIGHTENING");
    return error.issues.map((i) => `${i.path.join(".")} ${i.code}`);
  }
  throw new Error("the tightening was accepted");
}

describe("tightenPolicy", () => {
  it("shortens the validity of complaint consent to 14 days: day 14 allowed, day 15 not", () => {
    const strict = tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 14 } });
    expect(strict.version).toBe("2+lawEnforcementComplaint.maxAgeDays=14");
    expect(isPolicy(strict)).toBe(true);
    const record = makeRecord({ givenOn: "2016-02-20" });
    const on = (asOf: string) => decide(record, "lawEnforcementComplaint", { asOf, validatedOn: VALIDATED_ON, policy: strict });
    expect(on("2016-03-05").allowed).toBe(true);
    expect(on("2016-03-06")).toMatchObject({
      allowed: false,
      reasons: [{ code: "CONSENT_STALE", params: { maxAgeDays: 14 } }],
      policyVersion: strict.version,
    });
    // The base policy is untouched.
    expect(decide(record, "lawEnforcementComplaint", { asOf: "2016-03-06", validatedOn: VALIDATED_ON }).allowed).toBe(true);
  });

  it("requires more items and more obligations, and names each change in the version", () => {
    const strict = tightenPolicy(POLICY, {
      namedPublication: { needs: ["useWithoutName", "publicName"] },
      statistics: { obligations: ["K_ANONYMITY", "AGGREGATE_ONLY"] },
    });
    expect(strict.version).toBe("2+statistics.obligations=K_ANONYMITY+namedPublication.needs=useWithoutName");
    const record = makeRecord({ items: { useWithoutName: false } });
    const d = decide(record, "namedPublication", { asOf: "2016-03-01", validatedOn: VALIDATED_ON, policy: strict });
    // Her name without use-without-name contradicts it; a yes to what the use now needs cures both.
    expect({ reasons: d.reasons.map((r) => r.code), missing: d.missingConsent }).toEqual({
      reasons: ["CONSENT_NOT_GIVEN", "CONTRADICTORY_CONSENT"],
      missing: ["useWithoutName"],
    });
    const stats = decide(record, "statistics", { asOf: "2016-03-01", validatedOn: VALIDATED_ON, policy: strict });
    expect(stats.obligations.map((o) => o.code)).toEqual(["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS", "K_ANONYMITY"]);
  });

  it("adds obligations to a use a legal duty allows, and nothing else", () => {
    const strict = tightenPolicy(POLICY, { safeguardingReferral: { obligations: ["REDACT_SENSITIVE"] } });
    expect(strict.version).toBe("2+safeguardingReferral.obligations=REDACT_SENSITIVE");
    const d = decide(makeRecord({ age: 16 }), "safeguardingReferral", { asOf: "2016-03-01", validatedOn: VALIDATED_ON, policy: strict });
    expect(d.obligations.map((o) => o.code)).toEqual(["CHILD_PROTECTION_ONLY", "MINIMISE", "REDACT_SENSITIVE"]);
    expect(rejected({ safeguardingReferral: { needs: ["lawEnforcementComplaint"], maxAgeDays: 3 } })).toEqual([
      "safeguardingReferral NEEDS_NO_CONSENT",
    ]);
  });

  it("keeps the ages, witnesses and contradictions of its base", () => {
    const strict = tightenPolicy(POLICY, { namedPublication: { needs: ["statistics"] } });
    expect(strict.contradictions).toEqual(POLICY.contradictions);
    expect(strict.uses.namedPublication).toMatchObject({ respondents: "adults", witnessForOral: true });
    const oral = makeRecord({ recordedBy: "oral" });
    const d = decide(oral, "namedPublication", { asOf: "2016-03-01", validatedOn: VALIDATED_ON, policy: strict });
    expect(d.reasons.map((r) => r.code)).toEqual(["ORAL_CONSENT_UNWITNESSED"]);
  });

  it("returns the base itself when nothing changes", () => {
    expect(tightenPolicy(POLICY, {})).toBe(POLICY);
    expect(
      tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 30, needs: ["lawEnforcementComplaint"] }, partnerSharing: {} }),
    ).toBe(POLICY);
  });

  it("freezes what it makes", () => {
    const strict = tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 7 } });
    expect(Object.isFrozen(strict) && Object.isFrozen(strict.uses) && Object.isFrozen(strict.uses.lawEnforcementComplaint)).toBe(true);
    expect(
      Object.isFrozen(POLICY.uses.statistics) &&
        Object.isFrozen(POLICY.contradictions) &&
        Object.isFrozen(POLICY.contradictions.publicName),
    ).toBe(true);
  });

  it("rejects, whole, every loosening and every unknown key, listing each", () => {
    expect(
      rejected({
        lawEnforcementComplaint: { maxAgeDays: 60, needs: ["consentToEverything"], loosen: true },
        partnerSharing: { needs: ["statistics"] },
        MINOR: false,
        statistics: { maxAgeDays: -1, obligations: "ANONYMISE" },
        namedPublication: { maxAgeDays: 1.5, obligations: ["PUBLISH_EVERYTHING"] },
        anonymisedDataset: null,
      }),
    ).toEqual([
      "MINOR UNKNOWN_USE",
      "statistics.maxAgeDays INVALID_MAX_AGE",
      "statistics.obligations NOT_A_LIST",
      "anonymisedDataset NOT_AN_OBJECT",
      "namedPublication.maxAgeDays INVALID_MAX_AGE",
      "namedPublication.obligations.0 UNKNOWN_OBLIGATION",
      "lawEnforcementComplaint.loosen UNKNOWN_FIELD",
      "lawEnforcementComplaint.needs.0 UNKNOWN_ITEM",
      "lawEnforcementComplaint.maxAgeDays LOOSENS_MAX_AGE",
      "partnerSharing NEVER_ALLOWED",
    ]);
  });

  it("cannot loosen a tightened policy back", () => {
    const strict = tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 14 } });
    expect(rejected({ lawEnforcementComplaint: { maxAgeDays: 30 } }, strict)).toEqual([
      "lawEnforcementComplaint.maxAgeDays LOOSENS_MAX_AGE",
    ]);
  });

  it("accepts only POLICY or what it made as a base, and only an object as a tightening", () => {
    const forged = { ...POLICY } as Policy;
    expect(rejected({}, forged)).toEqual([" UNKNOWN_BASE"]);
    expect(rejected(null)).toEqual([" NOT_AN_OBJECT"]);
    expect(rejected(JSON.parse('{"__proto__": {"maxAgeDays": 1}}'))).toEqual(["__proto__ UNKNOWN_USE"]);
  });

  it("says what is wrong in Russian when asked", () => {
    try {
      tightenPolicy(POLICY, { lawEnforcementComplaint: { maxAgeDays: 31 } }, "ru");
      expect.unreachable();
    } catch (error) {
      expect((error as ConsentPolicyError).issues[0].message).toBe(
        "maxAgeDays 31 больше, чем 30 по политике: ужесточение не может ослабить политику.",
      );
      expect((error as ConsentPolicyError).message).toBe(
        "INVALID_TIGHTENING: lawEnforcementComplaint.maxAgeDays: maxAgeDays 31 больше, чем 30 по политике: ужесточение не может ослабить политику.",
      );
      expect(isRedumbrellaError(error)).toBe(true);
    }
  });

  it("never throws anything but a ConsentPolicyError", () => {
    fc.assert(
      fc.property(fc.anything(), (tightening) => {
        try {
          expect(isPolicy(tightenPolicy(POLICY, tightening as Tightening))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ConsentPolicyError);
        }
      }),
    );
  });
});
