import type { Consent } from "@redumbrella/questionnaire";
import { describe, expectTypeOf, it } from "vitest";
import type { Policy, UseRules } from "./policy.js";
import type { ConsentItem, CONSENT_ITEMS, Use } from "./vocabulary.js";

describe("types", () => {
  it("ConsentItem is exactly the yes/no answers of the consent block, and CONSENT_ITEMS lists them all", () => {
    expectTypeOf<ConsentItem>().toEqualTypeOf<"statistics" | "useWithoutName" | "publicName" | "lawEnforcementComplaint">();
    expectTypeOf<(typeof CONSENT_ITEMS)[number]>().toEqualTypeOf<ConsentItem>();
    expectTypeOf<Consent[ConsentItem]>().toEqualTypeOf<boolean>();
  });

  it("a policy that leaves out a use does not compile", () => {
    const complete = {
      statistics: { kind: "noConsentItem" },
      anonymisedCaseStudy: { kind: "noConsentItem" },
      anonymisedDataset: { kind: "noConsentItem" },
      namedPublication: { kind: "noConsentItem" },
      lawEnforcementComplaint: { kind: "noConsentItem" },
      partnerSharing: { kind: "noConsentItem" },
    } as const satisfies UseRules;
    const { partnerSharing: _, ...incomplete } = complete;
    // @ts-expect-error partnerSharing is missing
    const rules: UseRules = incomplete;
    expectTypeOf(rules).toEqualTypeOf<UseRules>();
    expectTypeOf<keyof UseRules>().toEqualTypeOf<Use>();
  });

  it("a consent rule needs at least one item", () => {
    // @ts-expect-error an empty list of items
    const rule: UseRules["statistics"] = { kind: "consent", needs: [], obligations: [] };
    expectTypeOf(rule).not.toBeAny();
  });

  it("a policy cannot be written by hand", () => {
    // @ts-expect-error only POLICY and tightenPolicy make a Policy
    const policy: Policy = { version: "2", uses: {} as UseRules };
    expectTypeOf(policy).not.toBeAny();
  });
});
