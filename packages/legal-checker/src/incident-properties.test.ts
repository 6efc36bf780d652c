import type { Charge, Incident, InterviewRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRecord } from "./check.js";
import type { Finding } from "./engine/finding.js";
import { findEntry } from "./law/registry.js";
import { kz } from "./packs/kz/index.js";
import { KZ_RULES } from "./packs/kz/rules.js";

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: 29 };
const withIncidents = recordArb().filter((r) => (r.incidents?.length ?? 0) > 0);

/** A finding written with the record's original indices, so findings of a reordered record compare. */
function canonical(f: Finding, chargeOrigin: readonly number[], incidentOrigin: readonly number[]): string {
  const back = (text: string): string =>
    text
      .replace(/charges\[(\d+)\]/g, (_, i: string) => `charges[${chargeOrigin[Number(i)]}]`)
      .replace(/incidents\[(\d+)\]/g, (_, i: string) => `incidents[${incidentOrigin[Number(i)]}]`);
  return back(JSON.stringify({ ...f, charge: f.charge === null ? null : chargeOrigin[f.charge] }));
}

// The entries whose law changes on 2015-01-01: a version starts that day or ends the day before.
const CHANGES_2015 = new Set(
  kz.law.filter((e) => e.versions.some((v) => v.inForce.from === "2015-01-01" || v.inForce.to === "2014-12-31")).map((e) => e.id),
);
const lawChangesOn2015 = (ruleId: string): boolean =>
  (KZ_RULES.find((r) => r.id === ruleId)?.citations ?? []).some((ref) =>
    CHANGES_2015.has(findEntry(kz, ref.instrument, ref.article)?.id ?? ""),
  );

describe("properties of incidents", () => {
  it("findings are the same whatever the order of incidents and charges", () => {
    const arb = recordArb().chain((record) =>
      fc.record({
        record: fc.constant(record),
        charges: fc.shuffledSubarray([...(record.charges ?? []).keys()], { minLength: record.charges?.length ?? 0 }),
        incidents: fc.shuffledSubarray([...(record.incidents ?? []).keys()], { minLength: record.incidents?.length ?? 0 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ record, charges, incidents }) => {
        const identity = (n: number) => [...Array(n).keys()];
        const before = checkRecord(record).map((f) =>
          canonical(f, identity(record.charges?.length ?? 0), identity(record.incidents?.length ?? 0)),
        );
        const shuffled: InterviewRecord = {
          ...record,
          ...(record.charges === undefined ? {} : { charges: charges.map((i) => record.charges?.[i] as Charge) }),
          ...(record.incidents === undefined ? {} : { incidents: incidents.map((i) => record.incidents?.[i] as Incident) }),
        };
        const after = checkRecord(shuffled).map((f) => canonical(f, charges, incidents));
        expect([...after].sort()).toEqual([...before].sort());
      }),
      RUNS,
    );
  });

  it("moving an incident across 2015-01-01 changes only the findings whose law changed that day", () => {
    const arb = withIncidents.chain((record) =>
      fc.record({ record: fc.constant(record), index: fc.nat({ max: (record.incidents?.length ?? 1) - 1 }) }),
    );
    fc.assert(
      fc.property(arb, ({ record, index }) => {
        const on = (date: string): Finding[] =>
          checkRecord({
            ...record,
            incidents: record.incidents?.map((i, k) => (k === index ? { ...i, date, datePrecision: "day" as const } : i)),
          });
        const key = (f: Finding) => `${f.rule}#${f.charge}#${f.incident}#${f.judgedOn}`;
        const before = new Map(on("2014-12-31").map((f) => [key(f), f]));
        const after = new Map(on("2015-01-01").map((f) => [key(f), f]));
        for (const k of new Set([...before.keys(), ...after.keys()])) {
          const [b, a] = [before.get(k), after.get(k)];
          const same =
            b !== undefined && a !== undefined && b.status === a.status && JSON.stringify(b.citations) === JSON.stringify(a.citations);
          if (!same) expect(lawChangesOn2015((a ?? b)?.rule ?? ""), `${k} changed`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("no finding without a citation, but one that says the pack holds no law for its day (and names no question)", () => {
    fc.assert(
      fc.property(withIncidents, (record) => {
        for (const f of checkRecord(record)) {
          const forWantOfLaw = f.status === "undetermined" && f.missingFacts.length === 0;
          if (!forWantOfLaw) expect(f.citations.length, `${f.rule}`).toBeGreaterThan(0);
          for (const c of f.citations) expect(c.source.section).not.toBe("");
        }
      }),
      RUNS,
    );
  });
});
