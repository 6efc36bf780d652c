import { describe, expect, it } from "vitest";
import { requireCjsBuild } from "../../../scripts/cjs-build.js";
import { decide } from "./decide.js";
import { makeRecord, VALIDATED_ON } from "./internal/fixtures.js";
import { isPolicy, POLICY, type Policy } from "./policy.js";
import { tightenPolicy } from "./tighten.js";

const BRAND = Symbol.for("@redumbrella/consent-policy@2");

/** This package's CJS build, as `require` loads it in an ESM app: another module instance, with its own `POLICY`. */
function cjsBuild(): typeof import("./index.js") {
  const built = requireCjsBuild<typeof import("./index.js")>("@redumbrella/consent");
  if (!(BRAND in built.POLICY)) throw new Error("The CJS build of @redumbrella/consent is older than its source: run `pnpm build`.");
  return built;
}

/** A frozen copy of `policy` with `changes`, stamped as a policy: what only a deliberate forgery makes. */
function forged(changes: Record<string, unknown>, brand: symbol = BRAND, policy: Policy = POLICY): Policy {
  const copy = { ...policy, ...changes };
  Object.defineProperty(copy, brand, { value: true });
  return Object.freeze(copy) as Policy;
}

const record = makeRecord();
const options = { asOf: "2016-02-10", validatedOn: VALIDATED_ON };

describe("a policy made by another copy of the package (the CJS build in an ESM app)", () => {
  const cjs = cjsBuild();

  it("is another object, and a policy all the same", () => {
    expect(cjs.POLICY).not.toBe(POLICY);
    expect(isPolicy(cjs.POLICY)).toBe(true);
    expect(cjs.isPolicy(POLICY)).toBe(true);
  });

  it("is applied by decide as this copy's own", () => {
    const own = decide(record, "anonymisedDataset", options);
    const theirs = decide(record, "anonymisedDataset", { ...options, policy: cjs.POLICY });
    expect(theirs).toEqual(own);
    expect(theirs.allowed).toBe(true);
  });

  it("is tightened by tightenPolicy, and what the other copy tightened is applied", () => {
    const strict = cjs.tightenPolicy(cjs.POLICY, { statistics: { maxAgeDays: 30 } });
    const stale = decide(record, "statistics", { asOf: "2016-04-10", validatedOn: VALIDATED_ON, policy: strict });
    expect(stale.reasons.map((r) => r.code)).toEqual(["CONSENT_STALE"]);
    expect(tightenPolicy(cjs.POLICY, { statistics: { maxAgeDays: 30 } }).version).toBe(strict.version);
  });
});

describe("anything else given as a policy", () => {
  const denied = (policy: unknown): string[] => {
    const decision = decide(record, "statistics", { ...options, policy: policy as Policy });
    return decision.reasons.map((r) => `${r.code} ${r.params?.option}`);
  };

  it("is denied, never applied: a hand-made copy, {}, null, a string", () => {
    for (const policy of [{ ...POLICY }, Object.freeze(structuredClone(POLICY)), {}, null, "2"]) {
      expect(isPolicy(policy)).toBe(false);
      expect(denied(policy)).toEqual(["INVALID_REQUEST policy"]);
    }
  });

  it("is denied when stamped for another format, or of another version", () => {
    expect(denied(forged({}, Symbol.for("@redumbrella/consent-policy@1")))).toEqual(["INVALID_REQUEST policy"]);
    expect(denied(forged({ version: "1" }))).toEqual(["INVALID_REQUEST policy"]);
    expect(denied(forged({}))).toEqual([]);
  });

  it("is denied when it would be looser than POLICY, however it is stamped", () => {
    const looser = { ...POLICY.uses, lawEnforcementComplaint: Object.freeze({ ...POLICY.uses.lawEnforcementComplaint, maxAgeDays: 90 }) };
    expect(isPolicy(forged({ uses: Object.freeze(looser) }))).toBe(false);
    const noItem = { ...POLICY.uses, partnerSharing: Object.freeze({ kind: "consent", needs: ["statistics"], respondents: "adults" }) };
    expect(isPolicy(forged({ uses: Object.freeze(noItem) }))).toBe(false);
    expect(isPolicy(forged({ contradictions: Object.freeze({}) }))).toBe(false);
    expect(isPolicy(forged({ uses: { ...POLICY.uses } }))).toBe(false);
  });

  it("is refused as the base of a tightening", () => {
    expect(() => tightenPolicy({ ...POLICY }, { statistics: { maxAgeDays: 30 } })).toThrow(
      expect.objectContaining({ code: "INVALID_TIGHTENING", issues: [expect.objectContaining({ code: "UNKNOWN_BASE", path: [] })] }),
    );
  });
});
