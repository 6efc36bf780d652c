import { FIELDS, fieldMeta } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { GLOBAL_DENIALS } from "./denials.js";
import { POLICY } from "./policy.js";
import { CONSENT_ITEMS, GLOBAL_DENIAL_CODES, REASON_CODES, USES } from "./vocabulary.js";

describe("the vocabulary agrees with the questionnaire and the policy", () => {
  it("CONSENT_ITEMS are the consent block's yes/no answers, in the form's order, numbered C1–C4", () => {
    const fromSchema = Object.entries(FIELDS)
      .filter(([path, spec]) => path.startsWith("consent.") && spec.kind === "boolean")
      .map(([path]) => path.slice("consent.".length));
    expect([...CONSENT_ITEMS]).toEqual(fromSchema);
    expect(CONSENT_ITEMS.map((item) => fieldMeta(`consent.${item}`)?.question)).toEqual(["C1", "C2", "C3", "C4"]);
  });

  it("the policy has a rule for every use, and nothing else", () => {
    expect(Object.keys(POLICY.uses)).toEqual([...USES]);
    expect(POLICY.version).toBe("1");
  });

  it("the global denials are listed in their fixed order, after INVALID_REQUEST", () => {
    expect(GLOBAL_DENIALS.map((d) => d.code)).toEqual([...GLOBAL_DENIAL_CODES]);
    expect(REASON_CODES.slice(0, 7)).toEqual(["INVALID_REQUEST", ...GLOBAL_DENIAL_CODES]);
  });
});
