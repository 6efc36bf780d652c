// pnpm bench: consent decisions over 100k generated records v2 × every use (7), records already validated (the
// validation cache warm), then with validation included; and a peer in the same run, the policy as
// JsonLogic (see peers/consent-jsonlogic.ts).
import { allowedUses, decide, USES } from "@redumbrella/consent";
import type { AnyRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { medianRounds, report } from "./lib.js";
import { jsonLogicConsent } from "./peers/consent-jsonlogic.js";

const N = 100_000;
const WITH_VALIDATION = 5_000;
const validatedOn = "2026-11-28";
// Days of use spread over the records' consent dates (2014–2024), so every reason comes up.
const DAYS = ["2014-06-01", "2016-03-01", "2018-09-15", "2020-01-31", "2022-07-04", "2024-12-31", "2025-06-30"];
// As real input: records that went through JSON text, not objects fast-check built.
const records = fc.sample(recordArb(), { numRuns: N, seed: 3 }).map((r) => JSON.parse(JSON.stringify(r)) as unknown);

// Warm the validation cache: every record is validated once for the day below, as an app deciding
// several uses of records it has just read would.
let allowed = 0;
for (const [i, record] of records.entries()) allowed += allowedUses(record, { asOf: DAYS[i % DAYS.length] as string, validatedOn }).length;
if (allowed === 0) throw new Error("no use was allowed: the bench would measure denials only");

// The peer decides the same: every use of every record, allowed or not, on the same days.
const peer = jsonLogicConsent();
for (const [i, record] of records.entries()) {
  const asOf = DAYS[i % DAYS.length] as string;
  for (const use of USES) {
    if (peer(record as AnyRecord, use, asOf) !== decide(record, use, { asOf, validatedOn }).allowed)
      throw new Error(`the JsonLogic peer disagrees on ${use}, record ${i}`);
  }
}

let sink = 0;
const decideAll = (slice: readonly unknown[], dayOfValidation: string): void => {
  for (let i = 0; i < slice.length; i++) {
    const asOf = DAYS[i % DAYS.length] as string;
    for (const use of USES) if (decide(slice[i], use, { asOf, validatedOn: dayOfValidation }).allowed) sink++;
  }
};

// Two validation days taken in turn: each call finds the cache on the other day, so every record is validated again.
// Copies, so the warm cache of the first task is left alone.
const fresh = records.slice(0, WITH_VALIDATION).map((r) => structuredClone(r));
let flip = false;
const ms = await medianRounds(
  {
    consent: () => decideAll(records, validatedOn),
    "consent-jsonlogic": () => {
      for (let i = 0; i < records.length; i++) {
        const asOf = DAYS[i % DAYS.length] as string;
        for (const use of USES) if (peer(records[i] as AnyRecord, use, asOf)) sink++;
      }
    },
    "consent-with-validation": () => {
      flip = !flip;
      decideAll(fresh, flip ? "2026-11-29" : "2026-11-30");
    },
  },
  { rounds: 3, time: 300 },
);
if (sink === 0) throw new Error("unreachable");
const rate = (name: string): number => (N * USES.length) / ((ms[name] as number) / 1000);
report("consent", rate("consent"), "decisions/s");
report("consent-jsonlogic", rate("consent-jsonlogic"), "decisions/s");
report("consent/jsonlogic", rate("consent") / rate("consent-jsonlogic"), "ratio");
report("consent-with-validation", (WITH_VALIDATION * USES.length) / ((ms["consent-with-validation"] as number) / 1000), "decisions/s");
report("consent-allowed-share", allowed / (N * USES.length), "ratio");
