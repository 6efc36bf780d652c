import { FIELDS, CONSENT_ITEMS as FORM_ITEMS, fieldMeta } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { AGE_DENIALS, GLOBAL_DENIALS } from "./denials.js";
import { POLICY } from "./policy.js";
import { CONSENT_ITEMS, GLOBAL_DENIAL_CODES, REASON_CODES, USES } from "./vocabulary.js";

describe("the vocabulary agrees with the questionnaire and the policy", () => {
  it("CONSENT_ITEMS are the questionnaire's, the consent block's yes/no answers, in the form's order, numbered C1–C4", () => {
    const fromSchema = Object.entries(FIELDS)
      .filter(([path, spec]) => path.startsWith("consent.items.") && spec.kind === "boolean")
      .map(([path]) => path.slice("consent.items.".length, -".answer".length));
    expect(CONSENT_ITEMS).toBe(FORM_ITEMS);
    expect([...CONSENT_ITEMS]).toEqual(fromSchema);
    expect(CONSENT_ITEMS.map((item) => fieldMeta(`consent.items.${item}.answer`)?.question)).toEqual(["C1", "C2", "C3", "C4"]);
  });

  it("the policy has a rule for every use, and nothing else", () => {
    expect(Object.keys(POLICY.uses)).toEqual([...USES]);
    expect(POLICY.version).toBe("2");
  });

  it("the global denials are listed in their fixed order, after INVALID_REQUEST", () => {
    expect(GLOBAL_DENIALS.map((d) => d.code)).toEqual([...GLOBAL_DENIAL_CODES]);
    expect(REASON_CODES.slice(0, GLOBAL_DENIAL_CODES.length + 1)).toEqual(["INVALID_REQUEST", ...GLOBAL_DENIAL_CODES]);
  });

  it("every age denial is a reason, and a child is denied everything but the referral that protects her", () => {
    for (const row of Object.values(AGE_DENIALS))
      for (const code of Object.values(row)) if (code !== null) expect(REASON_CODES).toContain(code);
    for (const use of USES) {
      const minor = AGE_DENIALS[POLICY.uses[use].respondents].minor;
      expect(minor === null, use).toBe(use === "safeguardingReferral");
    }
  });
});
