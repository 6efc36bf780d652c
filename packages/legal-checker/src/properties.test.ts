import { type Charge, type ChargeFacts, type InterviewRecord, LOCALES } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInput, checkRecord } from "./check.js";
import type { Finding } from "./engine/finding.js";
import { AS_OF, BASE, citationsInForce } from "./internal/fixtures.js";
import { kz } from "./packs/kz/index.js";
import { KZ_RULES } from "./packs/kz/rules.js";

// Bounded, and seeded so a failure is re-run as it happened (FC_NUM_RUNS raises it in a long run).
const LOCALE_RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: 13 };
const withSomeCharges = recordArb().filter((r) => (r.charges?.length ?? 0) > 0);
const key = (f: Finding): string => `${f.rule}#${f.charge}#${f.judgedOn === "incident" ? f.incident : ""}`;
const byKey = (findings: readonly Finding[]): Map<string, Finding> => new Map(findings.map((f) => [key(f), f]));

// A fact the documentator may learn later, as fast-check draws it.
const FACT_VALUES: { readonly [K in keyof ChargeFacts]-?: fc.Arbitrary<NonNullable<ChargeFacts[K]>> } = {
  paidActsProven: fc.integer({ min: 0, max: 4 }),
  paymentProven: fc.boolean(),
  intercourseProven: fc.boolean(),
  advertisementOnly: fc.boolean(),
  arrestedBeforeService: fc.boolean(),
  knowingly: fc.boolean(),
  organisingFunctions: fc.boolean(),
};
const FACT_KEYS = Object.keys(FACT_VALUES) as (keyof ChargeFacts)[];

describe("properties", () => {
  it("any generated record is checked without throwing, with well-formed findings in a stable order", () => {
    fc.assert(
      fc.property(recordArb(), (record) => {
        const findings = checkRecord(record);
        // Charges in record order, then incidents in record order, then the record; each in pack order.
        const incidentAt = (f: Finding): number => record.incidents?.findIndex((i) => i.id === f.incident) ?? 0;
        const group = (f: Finding): number =>
          f.judgedOn === "charge" ? (f.charge as number) : f.judgedOn === "incident" ? 10 + incidentAt(f) : 100;
        const order = (f: Finding): number => group(f) * 1000 + KZ_RULES.findIndex((r) => r.id === f.rule);
        expect(findings.map(order)).toEqual(findings.map(order).sort((a, b) => a - b));
        for (const f of findings) {
          expect(Object.isFrozen(f) && Object.isFrozen(f.facts) && Object.isFrozen(f.missingFacts), `${key(f)} can be changed`).toBe(true);
          expect(f.message).not.toBe("");
          if (f.status === "flag") {
            expect(f.missingFacts).toEqual([]);
            expect(f.citations.length, `${key(f)} flags without law`).toBeGreaterThan(0);
          }
          expect(citationsInForce(record, f), key(f)).toBe(true);
        }
        expect(checkRecord(JSON.parse(JSON.stringify(record)) as InterviewRecord)).toEqual(findings);
      }),
    );
  });

  it("nothing read of a record is reused: the same objects changed in place are checked afresh", () => {
    // Writes `source` into `target`, keeping the identity of every object both have at the same path.
    const overwrite = (target: Record<string, unknown>, source: Record<string, unknown>): void => {
      for (const k of Object.keys(target)) if (!(k in source)) delete target[k];
      for (const [k, value] of Object.entries(source)) {
        const old = target[k];
        const plain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
        if (plain(old) && plain(value)) overwrite(old, value);
        else target[k] = value;
      }
    };
    fc.assert(
      fc.property(recordArb(), recordArb(), (first, second) => {
        const [before, after] = [checkRecord(first), checkRecord(second)];
        const record = structuredClone(first);
        expect(checkRecord(record)).toEqual(before);
        overwrite(record as unknown as Record<string, unknown>, structuredClone(second) as unknown as Record<string, unknown>);
        expect(checkRecord(record)).toEqual(after);
      }),
      { numRuns: 50 },
    );
  });

  it("what a rule keeps from records checked before (path lists, shared findings) changes no finding: a pack compiled afresh gives the same", () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { minLength: 1, maxLength: 8 }), fc.constantFrom(...LOCALES), (records, locale) => {
        // The shared pack has judged many records before; a copy of it is compiled anew, with nothing kept.
        for (const record of records) expect(checkRecord(record, { locale })).toEqual(checkRecord(record, { locale, pack: { ...kz } }));
      }),
      { numRuns: 40 },
    );
    // A pack compiled afresh for every record: compiling is the slow part.
  }, 30_000);

  it("the findings are the same in en, ru and kk but for their messages, and each locale has its own message", () => {
    const withoutMessage = ({ message: _, ...rest }: Finding): Omit<Finding, "message"> => rest;
    fc.assert(
      fc.property(recordArb(), (record) => {
        const [en, ru, kk] = LOCALES.map((locale) => checkRecord(record, { locale })) as [Finding[], Finding[], Finding[]];
        expect(ru.map(withoutMessage)).toEqual(en.map(withoutMessage));
        expect(kk.map(withoutMessage)).toEqual(en.map(withoutMessage));
        for (const [i, f] of kk.entries()) {
          expect(f.message, f.code).toMatch(/[\u0400-\u04ff]/u);
          expect(f.message).not.toBe(en[i]?.message);
          expect(ru[i]?.message).not.toBe(f.message);
        }
      }),
      LOCALE_RUNS,
    );
  });

  it("a flag that names the cited article is made for each charge: art. 449, then 450, then 449 again", () => {
    const flagged = (article: string, locale: (typeof LOCALES)[number]): string | undefined =>
      checkRecord(
        {
          ...BASE,
          charges: [{ date: "2014-12-31", code: "administrative", codeEdition: "2014", article, offence: "soliciting" }],
        } as InterviewRecord,
        { locale },
      ).find((f) => f.code === "ARTICLE_NOT_IN_FORCE")?.message;
    for (const locale of LOCALES) {
      expect(flagged("449", locale)).toContain("449");
      expect(flagged("450", locale)).toContain("450");
      expect(flagged("450", locale)).not.toContain("449");
      expect(flagged("449", locale)).not.toContain("450");
    }
  });

  it("a generated record is valid input: checkInput gives the same findings", () => {
    fc.assert(
      fc.property(recordArb({ maxDate: AS_OF }), (record) => {
        expect(checkInput(JSON.parse(JSON.stringify(record)), { asOf: AS_OF })).toEqual({ success: true, data: checkRecord(record) });
      }),
      { numRuns: 30 },
    );
  });

  it("adding a proven fact to a charge never creates an undetermined, nor changes what was decided", () => {
    const arb = withSomeCharges.chain((record) => {
      const charges = record.charges as Charge[];
      return fc
        .record({
          record: fc.constant(record),
          index: fc.nat({ max: charges.length - 1 }),
          fact: fc.constantFrom(...FACT_KEYS),
        })
        .chain((p) => fc.record({ p: fc.constant(p), value: FACT_VALUES[p.fact] as fc.Arbitrary<unknown> }));
    });
    fc.assert(
      fc.property(arb, ({ p: { record, index, fact }, value }) => {
        const charges = record.charges as Charge[];
        const target = charges[index] as Charge;
        fc.pre(target.facts?.[fact] === undefined);
        const more: Charge = { ...target, facts: { ...target.facts, [fact]: value } };
        const before = byKey(checkRecord(record));
        const after = checkRecord({ ...record, charges: charges.map((c, i) => (i === index ? more : c)) });
        for (const f of after) {
          const was = before.get(key(f));
          if (f.status === "undetermined") expect(was?.status, `${key(f)} became undetermined`).toBe("undetermined");
        }
        for (const [k, was] of before) {
          if (was.status === "flag") expect(after.find((f) => key(f) === k)?.status, `${k} was a flag`).toBe("flag");
        }
      }),
    );
  });

  it("a charge's findings are the same alone as among others", () => {
    fc.assert(
      fc.property(withSomeCharges, (record) => {
        const all = checkRecord(record);
        const charges = record.charges as Charge[];
        charges.forEach((c, i) => {
          const alone = checkRecord({ ...record, charges: [c] }).filter((f) => f.charge !== null);
          const moved = (f: Finding): Finding => ({
            ...f,
            charge: i,
            facts: f.facts.map((p) => p.replace("charges[0]", `charges[${i}]`)),
            missingFacts: f.missingFacts.map((p) => p.replace("charges[0]", `charges[${i}]`)),
            message: f.message.replaceAll("charges[0]", `charges[${i}]`),
          });
          expect(alone.map(moved)).toEqual(all.filter((f) => f.charge === i));
        });
        const recordLevel = (findings: Finding[]) => findings.filter((f) => f.charge === null).map((f) => ({ ...f }));
        expect(recordLevel(checkRecord({ ...record, charges: [] }))).toEqual(recordLevel(all));
      }),
    );
  });
});
