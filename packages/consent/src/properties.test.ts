import { dayNumber, type InterviewRecord, LOCALES } from "@redumbrella/questionnaire";
import { addDays, dateArb, recordArb, refusalArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedUses, type DecideOptions, type Decision, decide } from "./decide.js";
import { VALIDATED_ON } from "./internal/fixtures.js";
import { POLICY, type Policy } from "./policy.js";
import { type Tightening, tightenPolicy } from "./tighten.js";
import { CONSENT_ITEMS, type ConsentItem, OBLIGATION_CODES, USES, type Use } from "./vocabulary.js";

// The obligations of each row of the table, written again here (not read from POLICY).
const ROW_OBLIGATIONS: Record<Use, string[]> = {
  statistics: ["AGGREGATE_ONLY", "SUPPRESS_SMALL_CELLS"],
  anonymisedCaseStudy: ["ANONYMISE"],
  anonymisedDataset: ["ANONYMISE", "K_ANONYMITY"],
  namedPublication: ["REDACT_SENSITIVE"],
  lawEnforcementComplaint: ["MINIMISE", "REDACT_SENSITIVE"],
  partnerSharing: [],
  safeguardingReferral: ["CHILD_PROTECTION_ONLY", "MINIMISE"],
};

// Explicit, so every property here stays bounded and seeded whatever the global configuration.
const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: Number(process.env.FC_SEED ?? 13) };

const options = (asOf: string, policy: Policy = POLICY): DecideOptions => ({ asOf, validatedOn: VALIDATED_ON, policy });
const allowedSet = (record: unknown, asOf: string, policy?: Policy): Set<Use> => new Set(allowedUses(record, options(asOf, policy)));
const isSubset = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].every((x) => b.has(x));

/** A copy of the record with its consent block changed; a new object, as records are immutable once decided on. */
function withConsent(record: InterviewRecord, change: (consent: InterviewRecord["consent"]) => void): InterviewRecord {
  const copy = structuredClone(record);
  change(copy.consent);
  return copy;
}
const withItems = (record: InterviewRecord, items: Partial<Record<ConsentItem, boolean>>): InterviewRecord =>
  withConsent(record, (c) => {
    for (const [item, answer] of Object.entries(items) as [ConsentItem, boolean][]) c.items[item].answer = answer;
  });
/** The day an item counts from: its own `givenOn`, else the block's. */
const itemGivenOn = (record: InterviewRecord, item: ConsentItem): string => record.consent.items[item].givenOn ?? record.consent.givenOn;
const isMinor = (record: InterviewRecord): boolean => record.respondent.age !== undefined && record.respondent.age < 18;

/** A record with every consent state the generator makes (per-item dates too), its answers set at random, and a day of use around its consent. */
const caseArb = recordArb()
  .chain((record) =>
    fc.record({
      record: fc.record({ ...Object.fromEntries(CONSENT_ITEMS.map((i) => [i, fc.boolean()])) }).map((items) => withItems(record, items)),
      asOf: dateArb(addDays(record.consent.givenOn, -20), addDays(record.consent.withdrawnOn ?? record.consent.givenOn, 60)),
    }),
  )
  .map(({ record, asOf }) => ({ record, asOf }));

const itemArb = fc.constantFrom(...CONSENT_ITEMS);

/** A tightening that the policy accepts: more items, a shorter validity, more obligations for uses an item covers; more obligations for a duty. */
const tighteningArb: fc.Arbitrary<Tightening> = fc
  .tuple(
    fc.dictionary(
      fc.constantFrom(...USES.filter((use) => POLICY.uses[use].kind === "consent")),
      fc.record(
        {
          needs: fc.subarray([...CONSENT_ITEMS]),
          maxAgeDays: fc.integer({ min: 0, max: 30 }),
          obligations: fc.subarray([...OBLIGATION_CODES]),
        },
        { requiredKeys: [] },
      ),
    ),
    fc.option(fc.subarray([...OBLIGATION_CODES]), { nil: undefined }),
  )
  .map(([consent, duty]) => (duty === undefined ? consent : { ...consent, safeguardingReferral: { obligations: duty } }) as Tightening);

describe("a use is allowed only by the items it needs, each valid on the day", () => {
  it("every item an allowed use needs is yes, given on or before the day, not withdrawn, and fresh enough", () => {
    fc.assert(
      fc.property(caseArb, tighteningArb, ({ record, asOf }, tightening) => {
        const policy = tightenPolicy(POLICY, tightening);
        for (const use of allowedUses(record, options(asOf, policy))) {
          const rule = policy.uses[use];
          if (rule.kind !== "consent") continue;
          for (const item of rule.needs) {
            const answer = record.consent.items[item];
            const givenOn = itemGivenOn(record, item);
            const ends = [answer.withdrawnOn, record.consent.withdrawnOn].filter((d): d is string => d !== undefined).sort()[0];
            expect(answer.answer, `${use} ${item}`).toBe(true);
            expect(givenOn <= asOf, `${use} ${item} given`).toBe(true);
            expect(ends === undefined || asOf < ends, `${use} ${item} withdrawn`).toBe(true);
            if (rule.maxAgeDays !== undefined) expect(dayNumber(asOf) - dayNumber(givenOn)).toBeLessThanOrEqual(rule.maxAgeDays);
          }
        }
      }),
      runs,
    );
  });

  it("oral consent without a witness never allows a use that names or identifies her outside", () => {
    fc.assert(
      fc.property(caseArb, ({ record, asOf }) => {
        const oral = withConsent(record, (c) => {
          c.recordedBy = "oral";
          delete c.witnessId;
        });
        const allowed = allowedUses(oral, options(asOf));
        for (const use of ["namedPublication", "lawEnforcementComplaint", "partnerSharing"] as const) expect(allowed).not.toContain(use);
        // A witness takes nothing away.
        const witnessed = withConsent(oral, (c) => (c.witnessId = "D3"));
        expect(isSubset(new Set(allowed), allowedSet(witnessed, asOf))).toBe(true);
      }),
      runs,
    );
  });

  it("her name goes out only when statistics and use without the name are yes too, or the name was confirmed later", () => {
    fc.assert(
      fc.property(caseArb, ({ record, asOf }) => {
        if (!allowedSet(record, asOf).has("namedPublication")) return;
        const { items, givenOn } = record.consent;
        const confirmed = items.publicName.givenOn !== undefined && items.publicName.givenOn > givenOn;
        expect(confirmed || (items.statistics.answer && items.useWithoutName.answer)).toBe(true);
      }),
      runs,
    );
  });
});

describe("age", () => {
  it("no minor's record is ever allowed a release, a publication or a complaint; only a minor's a safeguarding referral", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 10, max: 17 }), ({ record, asOf }, age) => {
        const minor = structuredClone(record);
        minor.respondent.age = age;
        expect(allowedUses(minor, options(asOf)).filter((use) => use !== "safeguardingReferral")).toEqual([]);
        if (!isMinor(record)) expect(allowedUses(record, options(asOf))).not.toContain("safeguardingReferral");
      }),
      runs,
    );
  });
});

describe("a refusal to take part", () => {
  it("is allowed nothing, under any policy, on any day", () => {
    fc.assert(
      fc.property(refusalArb(), dateArb("2014-01-01", "2026-01-01"), tighteningArb, (refusal, asOf, tightening) => {
        expect(allowedUses(refusal, options(asOf, tightenPolicy(POLICY, tightening)))).toEqual([]);
        for (const use of USES) expect(decide(refusal, use, options(asOf)).reasons[0]?.code).toBe("REFUSED_TO_TAKE_PART");
      }),
      runs,
    );
  });
});

describe("monotone: nothing that takes consent away turns a denial into an allowance", () => {
  it("turning an item from yes to no", () => {
    fc.assert(
      fc.property(caseArb, itemArb, ({ record, asOf }, item) => {
        const yes = allowedSet(withItems(record, { [item]: true }), asOf);
        const no = allowedSet(withItems(record, { [item]: false }), asOf);
        expect(isSubset(no, yes)).toBe(true);
      }),
      runs,
    );
  });

  it("withdrawing one item, on any day from its own", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), itemArb, fc.integer({ min: 0, max: 90 }))),
        ([{ record, asOf }, item, after]) => {
          const withdrawnOn = addDays(itemGivenOn(record, item), after);
          const withdrawn = withConsent(record, (c) => (c.items[item].withdrawnOn = withdrawnOn));
          const without = withConsent(record, (c) => delete c.items[item].withdrawnOn);
          expect(isSubset(allowedSet(withdrawn, asOf), allowedSet(without, asOf))).toBe(true);
        },
      ),
      runs,
    );
  });

  it("adding a withdrawal, on any day from the consent on", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), dateArb(c.record.consent.givenOn, addDays(c.record.consent.givenOn, 90)))),
        ([{ record, asOf }, withdrawnOn]) => {
          const without = withConsent(record, (c) => delete c.withdrawnOn);
          const withdrawn = withConsent(record, (c) => (c.withdrawnOn = withdrawnOn));
          expect(isSubset(allowedSet(withdrawn, asOf), allowedSet(without, asOf))).toBe(true);
        },
      ),
      runs,
    );
  });

  it("making the respondent younger, but for the referral that protects a child", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 10, max: 99 }), ({ record, asOf }, age) => {
        fc.pre(record.respondent.age !== undefined && age < record.respondent.age);
        const younger = structuredClone(record);
        younger.respondent.age = age;
        const allowed = allowedSet(younger, asOf);
        allowed.delete("safeguardingReferral");
        expect(isSubset(allowed, allowedSet(record, asOf))).toBe(true);
      }),
      runs,
    );
  });

  it("tightening the policy, once or twice", () => {
    fc.assert(
      fc.property(caseArb, tighteningArb, tighteningArb, ({ record, asOf }, first, second) => {
        const once = tightenPolicy(POLICY, first);
        // The second tightening keeps within the first's limits, or it would be rejected (tighten.test.ts).
        const within = Object.fromEntries(
          Object.entries(second).map(([use, t]) => {
            const rule = once.uses[use as Use];
            const limit = rule.kind === "consent" ? rule.maxAgeDays : undefined;
            return [use, t.maxAgeDays === undefined || limit === undefined ? t : { ...t, maxAgeDays: Math.min(t.maxAgeDays, limit) }];
          }),
        );
        const twice = tightenPolicy(once, within);
        const base = allowedSet(record, asOf);
        const tightened = allowedSet(record, asOf, once);
        expect(isSubset(tightened, base)).toBe(true);
        expect(isSubset(allowedSet(record, asOf, twice), tightened)).toBe(true);
      }),
      runs,
    );
  });
});

describe("default deny", () => {
  it("a record with every item no is denied every use but a child's safeguarding referral", () => {
    fc.assert(
      fc.property(caseArb, ({ record, asOf }) => {
        const none = withItems(record, { statistics: false, useWithoutName: false, publicName: false, lawEnforcementComplaint: false });
        expect(allowedUses(none, options(asOf)).filter((use) => use !== "safeguardingReferral")).toEqual([]);
        expect(allowedUses(none, options(asOf)).includes("safeguardingReferral")).toBe(
          allowedSet(record, asOf).has("safeguardingReferral"),
        );
      }),
      runs,
    );
  });

  it("decide(anything) never throws and never allows", () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withSparseArray: true }),
        fc.constantFrom(...USES),
        (input, use) => {
          const d = decide(input, use, options("2016-03-01"));
          expect(d.allowed).toBe(false);
          expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
      runs,
    );
  });

  it("anything as use and options never throws and never allows a valid record's use unless the request is valid", () => {
    fc.assert(
      fc.property(recordArb(), fc.anything(), fc.anything(), (record, use, opts) => {
        const d = decide(record, use as Use, opts as DecideOptions);
        expect(d.allowed).toBe(false);
        expect(d.reasons.map((r) => r.code)).toEqual(["INVALID_REQUEST"]);
      }),
      runs,
    );
  });
});

describe("withdrawal is not retroactive", () => {
  it("before an item's own withdrawnOn, every decision equals the one without that withdrawal", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), itemArb, fc.integer({ min: 1, max: 120 }))),
        ([{ record }, item, after]) => {
          const withdrawnOn = addDays(itemGivenOn(record, item), after);
          const withdrawn = withConsent(record, (c) => (c.items[item].withdrawnOn = withdrawnOn));
          const without = withConsent(record, (c) => delete c.items[item].withdrawnOn);
          for (const asOf of [addDays(withdrawnOn, -1), itemGivenOn(record, item), record.consent.givenOn]) {
            for (const use of USES) expect(decide(withdrawn, use, options(asOf))).toEqual(decide(without, use, options(asOf)));
          }
        },
      ),
      runs,
    );
  });

  it("before withdrawnOn, every decision equals the one without the withdrawal", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) =>
          fc.tuple(fc.constant(c), dateArb(addDays(c.record.consent.givenOn, 1), addDays(c.record.consent.givenOn, 120))),
        ),
        ([{ record }, withdrawnOn]) => {
          const withdrawn = withConsent(record, (c) => (c.withdrawnOn = withdrawnOn));
          const without = withConsent(record, (c) => delete c.withdrawnOn);
          for (const asOf of [addDays(withdrawnOn, -1), record.consent.givenOn, addDays(record.consent.givenOn, -1)]) {
            for (const use of USES) expect(decide(withdrawn, use, options(asOf))).toEqual(decide(without, use, options(asOf)));
          }
        },
      ),
      runs,
    );
  });
});

describe("missingConsent is exact", () => {
  it("saying yes to exactly those items allows the use, and no smaller set does; when empty, no yes to what the use needs helps", () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...USES), ({ record, asOf }, use) => {
        const d = decide(record, use, options(asOf));
        if (d.allowed) {
          expect(d.missingConsent).toEqual([]);
          return;
        }
        const setYes = (items: readonly ConsentItem[]) => withItems(record, Object.fromEntries(items.map((i) => [i, true])));
        if (d.missingConsent.length === 0) {
          const rule = POLICY.uses[use];
          expect(decide(setYes(rule.kind === "consent" ? rule.needs : CONSENT_ITEMS), use, options(asOf)).allowed).toBe(false);
          return;
        }
        expect(decide(setYes(d.missingConsent), use, options(asOf)).allowed).toBe(true);
        // Every proper subset: drop each combination of at least one item.
        const n = d.missingConsent.length;
        for (let mask = 0; mask < (1 << n) - 1; mask++) {
          const subset = d.missingConsent.filter((_, bit) => (mask & (1 << bit)) !== 0);
          expect(decide(setYes(subset), use, options(asOf)).allowed, subset.join("+")).toBe(false);
        }
      }),
      runs,
    );
  });
});

describe("decisions carry what they must", () => {
  it("an allowed decision carries the obligations of its row and no reason; a denial at least one reason and no obligation", () => {
    fc.assert(
      fc.property(caseArb, ({ record, asOf }) => {
        for (const use of USES) {
          const d = decide(record, use, options(asOf));
          expect(d.use).toBe(use);
          if (d.allowed) {
            expect(d.obligations.map((o) => o.code)).toEqual(ROW_OBLIGATIONS[use]);
            expect(d.reasons).toEqual([]);
          } else {
            expect(d.reasons.length).toBeGreaterThan(0);
            expect(d.obligations).toEqual([]);
          }
        }
      }),
      runs,
    );
  });

  it("the validation cache changes nothing: a fresh copy of the record is decided alike", () => {
    fc.assert(
      fc.property(caseArb, ({ record, asOf }) => {
        for (const use of USES) expect(decide(structuredClone(record), use, options(asOf))).toEqual(decide(record, use, options(asOf)));
      }),
      runs,
    );
  });
});

describe("the language changes the messages only", () => {
  /** A decision without its message texts. */
  const withoutMessages = (d: Decision) => ({
    ...d,
    reasons: d.reasons.map(({ message: _, ...rest }) => rest),
    obligations: d.obligations.map(({ message: _, ...rest }) => rest),
  });

  it("every use of a generated record is decided alike in en, ru and kk, each message in its own language", () => {
    fc.assert(
      fc.property(caseArb, tighteningArb, ({ record, asOf }, tightening) => {
        const policy = tightenPolicy(POLICY, tightening);
        for (const use of USES) {
          const [en, ...others] = LOCALES.map((locale) => decide(record, use, { ...options(asOf, policy), locale }));
          for (const d of others) expect(withoutMessages(d as Decision)).toEqual(withoutMessages(en as Decision));
          for (const [i, d] of [en, ...others].entries()) {
            const texts = [...(d as Decision).reasons, ...(d as Decision).obligations].map((x) => x.message);
            // Russian and Kazakh texts are in Cyrillic; the English ones are not.
            for (const text of texts) expect(/[\u0400-\u04ff]/u.test(text), `${LOCALES[i]}: ${text}`).toBe(LOCALES[i] !== "en");
          }
        }
      }),
      runs,
    );
  });
});
