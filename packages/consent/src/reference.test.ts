// Every combination of the four items × every use × every consent state, against a reference table
// written again from the issue, by hand: it does not read POLICY or GLOBAL_DENIALS.
import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { makeRecord, type RecordOptions, VALIDATED_ON } from "./internal/fixtures.js";
import { type ConsentItem, type Use, USES } from "./vocabulary.js";

type Item = "statistics" | "useWithoutName" | "publicName" | "lawEnforcementComplaint";
const FORM_ORDER: readonly Item[] = ["statistics", "useWithoutName", "publicName", "lawEnforcementComplaint"];
// use → [items needed, obligations when allowed]; null: no item covers it.
const TABLE: Record<Use, readonly [Item[], string[]] | null> = {
  statistics: [["statistics"], ["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"]],
  anonymisedCaseStudy: [["useWithoutName"], ["ANONYMISE"]],
  anonymisedDataset: [["useWithoutName", "statistics"], ["ANONYMISE", "K_ANONYMITY"]],
  namedPublication: [["publicName"], ["REDACT_SENSITIVE"]],
  lawEnforcementComplaint: [["lawEnforcementComplaint"], ["MINIMISE", "REDACT_SENSITIVE"]],
  partnerSharing: null,
};

const GIVEN = "2016-01-31";
// state → [how the record differs, the day of the use, the global denials expected]
const STATES: Record<string, readonly [RecordOptions, string, string[]]> = {
  signed: [{}, "2016-02-10", []],
  oral: [{ recordedBy: "oral" }, "2016-02-10", []],
  "not recorded": [{ recordedBy: "none" }, "2016-02-10", ["NO_CONSENT_RECORD"]],
  "not yet given": [{}, "2016-01-30", ["NOT_YET_GIVEN"]],
  "withdrawn that day": [{ withdrawnOn: "2016-02-10" }, "2016-02-10", ["WITHDRAWN"]],
  "withdrawn the next day": [{ withdrawnOn: "2016-02-11" }, "2016-02-10", []],
  "day 30 (leap year)": [{}, "2016-03-01", []],
  "day 31": [{}, "2016-03-02", []],
  minor: [{ age: 17 }, "2016-02-10", ["MINOR"]],
  "age declined": [{ age: "declined" }, "2016-02-10", ["AGE_UNKNOWN"]],
  "withdrawn, unrecorded, minor": [{ recordedBy: "none", withdrawnOn: "2016-02-01", age: 15 }, "2016-03-05", ["NO_CONSENT_RECORD", "WITHDRAWN", "MINOR"]],
};

function expected(yes: ReadonlySet<Item>, use: Use, asOf: string, global: string[]) {
  const row = TABLE[use];
  const missing = row === null ? [] : FORM_ORDER.filter((item) => row[0].includes(item) && !yes.has(item));
  const stale = use === "lawEnforcementComplaint" && asOf > "2016-03-01"; // 30 days after GIVEN
  const reasons = [...global, ...(row === null ? ["NO_CONSENT_ITEM"] : missing.length > 0 ? ["CONSENT_NOT_GIVEN"] : []), ...(stale ? ["CONSENT_STALE"] : [])];
  const allowed = reasons.length === 0;
  const curable = global.length === 0 && row !== null && !stale;
  return { allowed, reasons, obligations: allowed && row !== null ? row[1] : [], missingConsent: curable ? missing : [] };
}

const COMBINATIONS = Array.from({ length: 16 }, (_, mask) => new Set(FORM_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0)));

describe.each(Object.entries(STATES))("consent %s", (_, [options, asOf, global]) => {
  it.each(USES)("%s: all 16 combinations of the items match the reference table", (use) => {
    for (const yes of COMBINATIONS) {
      const items = Object.fromEntries(FORM_ORDER.map((item) => [item, yes.has(item)])) as Record<ConsentItem, boolean>;
      const d = decide(makeRecord({ ...options, givenOn: GIVEN, items }), use, { asOf, validatedOn: VALIDATED_ON });
      const actual = {
        allowed: d.allowed,
        reasons: d.reasons.map((r) => r.code),
        obligations: d.obligations.map((o) => o.code),
        missingConsent: d.missingConsent,
      };
      expect(actual, [...yes].join("+") || "no item").toEqual(expected(yes, use, asOf, global));
    }
  });
});
