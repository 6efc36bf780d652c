// Every combination of the four items × every use × every consent state, against a reference table
// written again from the issue, by hand: it does not read POLICY, GLOBAL_DENIALS or AGE_DENIALS.
import { describe, expect, it } from "vitest";
import { decide } from "./decide.js";
import { makeRecord, type RecordOptions, VALIDATED_ON } from "./internal/fixtures.js";
import { USES, type Use } from "./vocabulary.js";

type Item = "statistics" | "useWithoutName" | "publicName" | "lawEnforcementComplaint";
const FORM_ORDER: readonly Item[] = ["statistics", "useWithoutName", "publicName", "lawEnforcementComplaint"];

interface Row {
  /** Items needed; `null`: no item covers the use; `"duty"`: none needed. */
  readonly needs: Item[] | null | "duty";
  readonly obligations: string[];
  /** Who the use may concern: adults; adults or an unknown age; minors only. */
  readonly who: "adults" | "adultsOrUnknown" | "minors";
  /** Oral consent needs a witness. */
  readonly witness: boolean;
}
const TABLE: Record<Use, Row> = {
  statistics: { needs: ["statistics"], obligations: ["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"], who: "adults", witness: false },
  anonymisedCaseStudy: { needs: ["useWithoutName"], obligations: ["ANONYMISE"], who: "adults", witness: false },
  anonymisedDataset: { needs: ["useWithoutName", "statistics"], obligations: ["ANONYMISE", "K_ANONYMITY"], who: "adults", witness: false },
  namedPublication: { needs: ["publicName"], obligations: ["REDACT_SENSITIVE"], who: "adults", witness: true },
  lawEnforcementComplaint: {
    needs: ["lawEnforcementComplaint"],
    obligations: ["MINIMISE", "REDACT_SENSITIVE"],
    who: "adultsOrUnknown",
    witness: true,
  },
  partnerSharing: { needs: null, obligations: [], who: "adults", witness: true },
  safeguardingReferral: { needs: "duty", obligations: ["CHILD_PROTECTION_ONLY", "MINIMISE"], who: "minors", witness: false },
};

const GIVEN = "2016-01-31";

interface State {
  readonly options: RecordOptions;
  /** Each item's own dates, besides its answer. */
  readonly dates?: RecordOptions["items"];
  readonly asOf: string;
  readonly global?: string[];
  readonly age?: "adult" | "minor" | "unknown";
  readonly unwitnessed?: boolean;
  readonly notYetGiven?: Item[];
  readonly withdrawn?: Item[];
  /** The complaint item is more than 30 days old on the day. */
  readonly complaintStale?: boolean;
  /** The public-name item was asked again on a later day. */
  readonly confirmed?: boolean;
}

const STATES: Record<string, State> = {
  signed: { options: {}, asOf: "2016-02-10" },
  "oral, witnessed": { options: { recordedBy: "oral", witnessId: "D3" }, asOf: "2016-02-10" },
  "oral, no witness": { options: { recordedBy: "oral" }, asOf: "2016-02-10", unwitnessed: true },
  "not recorded": { options: { recordedBy: "none" }, asOf: "2016-02-10", global: ["NO_CONSENT_RECORD"] },
  "not yet given": { options: {}, asOf: "2016-01-30", global: ["NOT_YET_GIVEN"] },
  "withdrawn that day": { options: { withdrawnOn: "2016-02-10" }, asOf: "2016-02-10", global: ["WITHDRAWN"] },
  "withdrawn the next day": { options: { withdrawnOn: "2016-02-11" }, asOf: "2016-02-10" },
  "day 30 (leap year)": { options: {}, asOf: "2016-03-01" },
  "day 31": { options: {}, asOf: "2016-03-02", complaintStale: true },
  minor: { options: { age: 17 }, asOf: "2016-02-10", age: "minor" },
  "age declined": { options: { age: "declined" }, asOf: "2016-02-10", age: "unknown" },
  "withdrawn, unrecorded, minor": {
    options: { recordedBy: "none", withdrawnOn: "2016-02-01", age: 15 },
    asOf: "2016-03-05",
    global: ["NO_CONSENT_RECORD", "WITHDRAWN"],
    age: "minor",
    complaintStale: true,
  },
  "statistics item withdrawn that day": {
    options: {},
    dates: { statistics: { withdrawnOn: "2016-02-10" } },
    asOf: "2016-02-10",
    withdrawn: ["statistics"],
  },
  "complaint item renewed, the day before": {
    options: {},
    dates: { lawEnforcementComplaint: { givenOn: "2016-03-10" } },
    asOf: "2016-03-09",
    notYetGiven: ["lawEnforcementComplaint"],
  },
  "complaint item renewed, day 30 of the renewal": {
    options: {},
    dates: { lawEnforcementComplaint: { givenOn: "2016-03-10" } },
    asOf: "2016-04-09",
  },
  "public name confirmed a day later": {
    options: {},
    dates: { publicName: { givenOn: "2016-02-01" } },
    asOf: "2016-02-10",
    confirmed: true,
  },
  "oral, no witness, minor, public name withdrawn": {
    options: { recordedBy: "oral", age: 16 },
    dates: { publicName: { withdrawnOn: "2016-02-05" } },
    asOf: "2016-02-10",
    unwitnessed: true,
    age: "minor",
    withdrawn: ["publicName"],
  },
};

function expected(yes: ReadonlySet<Item>, use: Use, state: State) {
  const row = TABLE[use];
  const age = state.age ?? "adult";
  const ageReason =
    row.who === "minors"
      ? age === "minor"
        ? []
        : ["NOT_A_MINOR"]
      : age === "minor"
        ? ["MINOR"]
        : age === "unknown" && row.who === "adults"
          ? ["AGE_UNKNOWN"]
          : [];
  const needs = Array.isArray(row.needs) ? row.needs : [];
  const missing = FORM_ORDER.filter((item) => needs.includes(item) && !yes.has(item));
  const notYetGiven = FORM_ORDER.filter((item) => needs.includes(item) && (state.notYetGiven ?? []).includes(item));
  const withdrawn = FORM_ORDER.filter((item) => needs.includes(item) && (state.withdrawn ?? []).includes(item));
  const stale = use === "lawEnforcementComplaint" && state.complaintStale === true;
  // Her name in public while refusing statistics or use without the name, not asked again.
  const refusesAnonymous = !yes.has("statistics") || !yes.has("useWithoutName");
  const contradicted = needs.includes("publicName") && yes.has("publicName") && refusesAnonymous && state.confirmed !== true;
  const reasons = [
    ...(state.global ?? []),
    ...ageReason,
    ...(state.unwitnessed === true && row.witness ? ["ORAL_CONSENT_UNWITNESSED"] : []),
    ...(row.needs === null ? ["NO_CONSENT_ITEM"] : []),
    ...(missing.length > 0 ? ["CONSENT_NOT_GIVEN"] : []),
    ...(notYetGiven.length > 0 ? ["ITEM_NOT_YET_GIVEN"] : []),
    ...(withdrawn.length > 0 ? ["ITEM_WITHDRAWN"] : []),
    ...(stale ? ["CONSENT_STALE"] : []),
    ...(contradicted ? ["CONTRADICTORY_CONSENT"] : []),
  ];
  const allowed = reasons.length === 0;
  const yesWouldContradict = needs.includes("publicName") && refusesAnonymous && state.confirmed !== true;
  const curable =
    (state.global ?? []).length === 0 &&
    ageReason.length === 0 &&
    !(state.unwitnessed === true && row.witness) &&
    Array.isArray(row.needs) &&
    notYetGiven.length + withdrawn.length === 0 &&
    !stale &&
    !yesWouldContradict;
  return { allowed, reasons, obligations: allowed ? row.obligations : [], missingConsent: curable ? missing : [] };
}

const COMBINATIONS = Array.from({ length: 16 }, (_, mask) => new Set(FORM_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0)));

describe.each(Object.entries(STATES))("consent %s", (_, state) => {
  it.each(USES)("%s: all 16 combinations of the items match the reference table", (use) => {
    for (const yes of COMBINATIONS) {
      const items = Object.fromEntries(
        FORM_ORDER.map((item) => [item, { ...(state.dates?.[item] as object | undefined), answer: yes.has(item) }]),
      );
      const d = decide(makeRecord({ ...state.options, givenOn: GIVEN, items }), use, { asOf: state.asOf, validatedOn: VALIDATED_ON });
      const actual = {
        allowed: d.allowed,
        reasons: d.reasons.map((r) => r.code),
        obligations: d.obligations.map((o) => o.code),
        missingConsent: d.missingConsent,
      };
      expect(actual, [...yes].join("+") || "no item").toEqual(expected(yes, use, state));
    }
  });
});
