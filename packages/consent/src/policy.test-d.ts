import type { Consent } from "@redumbrella/questionnaire";
import { describe, expectTypeOf, it } from "vitest";
import type { Policy, UseRules } from "./policy.js";
import type { CONSENT_ITEMS, ConsentItem, Use } from "./vocabulary.js";

describe("types", () => {
  it("ConsentItem is exactly the items of the consent block, and CONSENT_ITEMS lists them all", () => {
    expectTypeOf<ConsentItem>().toEqualTypeOf<"statistics" | "useWithoutName" | "publicName" | "lawEnforcementComplaint">();
    expectTypeOf<(typeof CONSENT_ITEMS)[number]>().toEqualTypeOf<ConsentItem>();
    expectTypeOf<Consent["items"][ConsentItem]["answer"]>().toEqualTypeOf<boolean>();
  });

  it("a policy that leaves out a use does not compile", () => {
    const never = { kind: "noConsentItem", respondents: "adults", witnessForOral: true } as const;
    const complete = {
      statistics: never,
      anonymisedCaseStudy: never,
      anonymisedDataset: never,
      namedPublication: never,
      lawEnforcementComplaint: never,
      partnerSharing: never,
      safeguardingReferral: never,
    } as const satisfies UseRules;
    const { safeguardingReferral: _, ...incomplete } = complete;
    // @ts-expect-error safeguardingReferral is missing
    const rules: UseRules = incomplete;
    expectTypeOf(rules).toEqualTypeOf<UseRules>();
    expectTypeOf<keyof UseRules>().toEqualTypeOf<Use>();
  });

  it("a consent rule needs at least one item, and says whom it may concern and whether oral consent needs a witness", () => {
    // @ts-expect-error an empty list of items
    const empty: UseRules["statistics"] = { kind: "consent", needs: [], respondents: "adults", witnessForOral: false, obligations: [] };
    // @ts-expect-error no respondents, no witnessForOral
    const silent: UseRules["statistics"] = { kind: "consent", needs: ["statistics"], obligations: [] };
    // @ts-expect-error a duty takes no items
    const duty: UseRules["safeguardingReferral"] = { kind: "duty", respondents: "minors", obligations: [], needs: ["statistics"] };
    expectTypeOf(empty).not.toBeAny();
    expectTypeOf(silent).not.toBeAny();
    expectTypeOf(duty).not.toBeAny();
  });

  it("a policy cannot be written by hand", () => {
    // @ts-expect-error only POLICY and tightenPolicy make a Policy
    const policy: Policy = { version: "2", uses: {} as UseRules, contradictions: {} };
    expectTypeOf(policy).not.toBeAny();
  });
});
