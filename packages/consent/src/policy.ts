import { defineBrand, recogniser } from "@redumbrella/questionnaire";
import { match } from "ts-pattern";
import { tightens } from "./internal/policy-shape.js";
import { CONSENT_ITEMS, type ConsentItem, type ObligationCode, type Respondents, USES, type Use } from "./vocabulary.js";

/**
 * What one use needs: consent items valid on the day (or, for a legal duty, none), whom it may
 * concern by age, whether oral consent needs a witness, and the obligations of an allowed use.
 */
export type UseRule =
  | {
      readonly kind: "consent";
      /** The consent items that must all be valid on the day of the use; no item implies another. */
      readonly needs: readonly [ConsentItem, ...ConsentItem[]];
      /** How many calendar days after each needed item's own `givenOn` it holds for this use (that day included). Absent: no limit. */
      readonly maxAgeDays?: number;
      /** Whom the use may concern, by the respondent's age at the interview. */
      readonly respondents: Respondents;
      /** Oral consent counts only with a witness (`consent.witnessId`): for uses that name or identify her outside the organisation. */
      readonly witnessForOral: boolean;
      /** What the user of an allowed use must do. */
      readonly obligations: readonly ObligationCode[];
    }
  | {
      /** A legal duty, not consent, allows the use: no consent item is needed (the global denials still apply). */
      readonly kind: "duty";
      readonly respondents: Respondents;
      readonly obligations: readonly ObligationCode[];
    }
  | {
      /** No item of the form covers the use: it is never allowed. */
      readonly kind: "noConsentItem";
      readonly respondents: Respondents;
      readonly witnessForOral: boolean;
    };

/** The rule of every use: a use left out does not compile. */
export type UseRules = { readonly [U in Use]: UseRule };

/**
 * Answers that contradict each other: a "yes" to the key item holds, for the uses that need it, only
 * when no listed item is "no" or the key item was confirmed — its own `givenOn` later than the block's.
 */
export type Contradictions = { readonly [I in ConsentItem]?: readonly [ConsentItem, ...ConsentItem[]] };

declare const sanctioned: unique symbol;

/**
 * A versioned consent policy: the rule of every use and the answers that contradict each other.
 * Only `POLICY` and what `tightenPolicy` makes from it are policies (`decide` denies under anything
 * else), so no policy is looser than `POLICY`. Any copy of this package (the ESM or the CJS build)
 * takes the policies of another: they are recognised by a registered brand, not by identity.
 */
export interface Policy {
  /** Names the policy: `"2"` for `POLICY`, then `+` and each tightening, e.g. `2+lawEnforcementComplaint.maxAgeDays=14`. */
  readonly version: string;
  readonly uses: UseRules;
  readonly contradictions: Contradictions;
  /** Only `POLICY` and `tightenPolicy` make policies. */
  readonly [sanctioned]: true;
}

// Policy format 2: a copy of the package of another major never takes these policies, nor they its own.
const POLICY_BRAND = /* @__PURE__ */ defineBrand("consent-policy", 2);

function freezeRule(rule: UseRule): UseRule {
  return match(rule)
    .with({ kind: "consent" }, (r) =>
      Object.freeze({ ...r, needs: Object.freeze([...r.needs]) as typeof r.needs, obligations: Object.freeze([...r.obligations]) }),
    )
    .with({ kind: "duty" }, (r) => Object.freeze({ ...r, obligations: Object.freeze([...r.obligations]) }))
    .with({ kind: "noConsentItem" }, (r) => Object.freeze({ ...r }))
    .exhaustive();
}

/** Freezes a copy of a policy, deeply, and stamps it as one `decide` applies. */
export function sanction(version: string, uses: UseRules, contradictions: Contradictions): Policy {
  const rules = Object.fromEntries(USES.map((use) => [use, freezeRule(uses[use])])) as unknown as UseRules;
  const frozen = Object.fromEntries(
    CONSENT_ITEMS.flatMap((item) => {
      const refused = contradictions[item];
      return refused === undefined ? [] : [[item, Object.freeze([...refused])]];
    }),
  ) as Contradictions;
  // Stamped before it is frozen: a frozen object takes no new property.
  const policy = POLICY_BRAND.stamp({ version, uses: Object.freeze(rules), contradictions: Object.freeze(frozen) });
  return Object.freeze(policy) as Policy;
}

const isStampedTightening = recogniser<Policy>(POLICY_BRAND, (value) => tightens(value, POLICY));

/**
 * Whether `value` is `POLICY` or a policy `tightenPolicy` made, by this copy of the package or
 * another (the CJS build's `POLICY` in an ESM app): the only policies `decide` applies. A hand-made
 * object, even one equal to `POLICY`, is not one; nor is a policy of another format, or one looser
 * than `POLICY`.
 */
export function isPolicy(value: unknown): value is Policy {
  return isStampedTightening(value);
}

/**
 * The consent policy v2, as data: for each use, the consent items it needs (each valid on the day),
 * whom it may concern by age, whether oral consent needs a witness, and the obligations of an allowed
 * use; and the answers that contradict each other. The global denials (`GLOBAL_DENIALS`) apply on top
 * of it, to every use.
 */
export const POLICY: Policy = sanction(
  "2",
  {
    // One number among many, never a person: C1 "Data may be used towards generating statistics".
    statistics: {
      kind: "consent",
      needs: ["statistics"],
      respondents: "adults",
      witnessForOral: false,
      obligations: ["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"],
    },
    // One case told without the name, as the report quotes "Lajla, 40 (name changed)": C2.
    anonymisedCaseStudy: {
      kind: "consent",
      needs: ["useWithoutName"],
      respondents: "adults",
      witnessForOral: false,
      obligations: ["ANONYMISE"],
    },
    // De-identified record-level data for a partner or researcher: both C2 and C1.
    anonymisedDataset: {
      kind: "consent",
      needs: ["useWithoutName", "statistics"],
      respondents: "adults",
      witnessForOral: false,
      obligations: ["ANONYMISE", "K_ANONYMITY"],
    },
    // C3 allows the name, never the sensitive answers beside it; her name goes out, so oral consent needs a witness.
    namedPublication: {
      kind: "consent",
      needs: ["publicName"],
      respondents: "adults",
      witnessForOral: true,
      obligations: ["REDACT_SENSITIVE"],
    },
    // C4, given at most 30 days before the complaint is filed: women were pressed to recall complaints.
    // She asked for it: a declined age does not stop it; a child's complaint goes as a safeguarding referral.
    lawEnforcementComplaint: {
      kind: "consent",
      needs: ["lawEnforcementComplaint"],
      maxAgeDays: 30,
      respondents: "adultsOrAgeUnknown",
      witnessForOral: true,
      obligations: ["MINIMISE", "REDACT_SENSITIVE"],
    },
    // Identified data to another organisation: the form asks no such question.
    partnerSharing: { kind: "noConsentItem", respondents: "adults", witnessForOral: true },
    // A child's record goes to those who protect children, on the duty to protect her, not on her consent item.
    safeguardingReferral: { kind: "duty", respondents: "minors", obligations: ["CHILD_PROTECTION_ONLY", "MINIMISE"] },
  } satisfies UseRules,
  // Her name in public while refusing to be counted, or to be told of without her name, is asked again.
  { publicName: ["statistics", "useWithoutName"] } satisfies Contradictions,
);
