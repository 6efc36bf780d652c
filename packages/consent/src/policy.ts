import { match } from "ts-pattern";
import { type ConsentItem, type ObligationCode, type Use, USES } from "./vocabulary.js";

/** What one use needs: consent items (all "yes"), how fresh the consent must be, and the obligations. */
export type UseRule =
  | {
      readonly kind: "consent";
      /** The consent items that must all be "yes"; no item implies another. */
      readonly needs: readonly [ConsentItem, ...ConsentItem[]];
      /** How many calendar days after `consent.givenOn` the consent holds for this use (that day included). Absent: no limit. */
      readonly maxAgeDays?: number;
      /** What the user of an allowed use must do. */
      readonly obligations: readonly ObligationCode[];
    }
  | {
      /** No item of the form covers the use: it is never allowed. */
      readonly kind: "noConsentItem";
    };

/** The rule of every use: a use left out does not compile. */
export type UseRules = { readonly [U in Use]: UseRule };

declare const sanctioned: unique symbol;

/**
 * A versioned consent policy: the rule of every use. Only `POLICY` and what `tightenPolicy` makes
 * from it are policies (`decide` denies under anything else), so no policy is looser than `POLICY`.
 */
export interface Policy {
  /** Names the policy: `"1"` for `POLICY`, then `+` and each tightening, e.g. `1+lawEnforcementComplaint.maxAgeDays=14`. */
  readonly version: string;
  readonly uses: UseRules;
  /** Only `POLICY` and `tightenPolicy` make policies. */
  readonly [sanctioned]: true;
}

const SANCTIONED = new WeakSet<object>();

function freezeRule(rule: UseRule): UseRule {
  return match(rule)
    .with({ kind: "consent" }, (r) =>
      Object.freeze({ ...r, needs: Object.freeze([...r.needs]) as typeof r.needs, obligations: Object.freeze([...r.obligations]) }),
    )
    .with({ kind: "noConsentItem" }, (r) => Object.freeze({ ...r }))
    .exhaustive();
}

/** Freezes a copy of a policy, deeply, and marks it as one `decide` applies. */
export function sanction(version: string, uses: UseRules): Policy {
  const rules = Object.fromEntries(USES.map((use) => [use, freezeRule(uses[use])])) as unknown as UseRules;
  const policy = Object.freeze({ version, uses: Object.freeze(rules) }) as Policy;
  SANCTIONED.add(policy);
  return policy;
}

/** Whether `value` is `POLICY` or a policy `tightenPolicy` made: the only policies `decide` applies. */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === "object" && value !== null && SANCTIONED.has(value);
}

/**
 * The consent policy v1, as data: for each use, the consent items it needs and the obligations of
 * an allowed use. The global denials (`GLOBAL_DENIALS`) apply on top of it, to every use.
 */
export const POLICY: Policy = sanction("1", {
  // One number among many, never a person: C1 "Data may be used towards generating statistics".
  statistics: { kind: "consent", needs: ["statistics"], obligations: ["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"] },
  // One case told without the name, as the report quotes "Lajla, 40 (name changed)": C2.
  anonymisedCaseStudy: { kind: "consent", needs: ["useWithoutName"], obligations: ["ANONYMISE"] },
  // De-identified record-level data for a partner or researcher: both C2 and C1.
  anonymisedDataset: { kind: "consent", needs: ["useWithoutName", "statistics"], obligations: ["ANONYMISE", "K_ANONYMITY"] },
  // C3 allows the name, never the sensitive answers beside it.
  namedPublication: { kind: "consent", needs: ["publicName"], obligations: ["REDACT_SENSITIVE"] },
  // C4, given at most 30 days before the complaint is filed: women were pressed to recall complaints.
  lawEnforcementComplaint: {
    kind: "consent",
    needs: ["lawEnforcementComplaint"],
    maxAgeDays: 30,
    obligations: ["MINIMISE", "REDACT_SENSITIVE"],
  },
  // Identified data to another organisation: the form asks no such question.
  partnerSharing: { kind: "noConsentItem" },
} satisfies UseRules);
