import { POLICY, type Policy } from "@redumbrella/consent";
import { isRedumbrellaError } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { requireCjsBuild } from "../../../scripts/cjs-build.js";
import { buildReport } from "./build-report.js";
import { ON, seedRecords } from "./internal/fixtures.js";
import { REPORT_MESSAGES } from "./messages.js";

// The CJS build of @redumbrella/consent, as an ESM app that also `require`s it has it: another module instance.
const cjs = requireCjsBuild<typeof import("@redumbrella/consent")>("@redumbrella/consent");

const records = seedRecords();
const report = (policy: unknown) => buildReport(records, { asOf: ON, validatedOn: ON, minCell: 0, policy: policy as Policy });

/** A frozen copy of `POLICY` with `changes`, stamped as a policy: what only a deliberate forgery makes. */
function forged(changes: Record<string, unknown>, brand = Symbol.for("@redumbrella/consent-policy@2")): Policy {
  const copy = { ...POLICY, ...changes };
  Object.defineProperty(copy, brand, { value: true });
  return Object.freeze(copy) as Policy;
}

describe("the policy option of buildReport", () => {
  it("takes the POLICY of the CJS build as its own: the same, non-empty report", () => {
    expect(cjs.POLICY).not.toBe(POLICY);
    const theirs = report(cjs.POLICY);
    expect(theirs.respondents).toBe(60);
    expect(theirs).toEqual(report(POLICY));
  });

  it("takes a policy the CJS build's tightenPolicy made", () => {
    const strict = cjs.tightenPolicy(cjs.POLICY, { statistics: { obligations: ["MINIMISE"] } });
    const built = report(strict);
    expect(built.policyVersion).toBe("2+statistics.obligations=MINIMISE");
    expect(built.respondents).toBe(60);
  });

  it("throws INVALID_OPTION at [policy] for anything else, never an empty report", () => {
    const hits = [
      { ...POLICY },
      Object.freeze(structuredClone(POLICY)),
      {},
      null,
      "2",
      forged({ version: "1" }),
      forged({}, Symbol.for("@redumbrella/consent-policy@1")),
      forged({ contradictions: Object.freeze({}) }),
    ];
    for (const policy of hits) {
      let error: unknown;
      try {
        report(policy);
      } catch (e) {
        error = e;
      }
      expect(isRedumbrellaError(error), String(policy)).toBe(true);
      expect(error).toMatchObject({
        name: "ReportError",
        code: "INVALID_OPTION",
        issues: [{ code: "INVALID_OPTION", path: ["policy"], message: REPORT_MESSAGES.format("error.policy") }],
        message: expect.stringMatching(/^INVALID_OPTION: policy: Not a consent policy/),
      });
    }
  });

  it("says so in every language of the report", () => {
    expect(REPORT_MESSAGES.format("error.policy", {}, "ru")).toMatch(/^Это не политика согласия/);
    expect(REPORT_MESSAGES.format("error.policy", {}, "kk")).toMatch(/^Бұл келісім саясаты емес/);
  });
});
