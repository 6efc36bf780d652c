// pnpm bench: consent decisions over 100k generated records × 6 uses, records already validated (the
// validation cache warm), then with validation included.
import { allowedUses, decide, USES } from "@redumbrella/consent";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { medianRounds, report } from "./lib.js";

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
    "consent-with-validation": () => {
      flip = !flip;
      decideAll(fresh, flip ? "2026-11-29" : "2026-11-30");
    },
  },
  { rounds: 3, time: 300 },
);
if (sink === 0) throw new Error("unreachable");
report("consent", (N * USES.length) / ((ms.consent as number) / 1000), "decisions/s");
report("consent-with-validation", (WITH_VALIDATION * USES.length) / ((ms["consent-with-validation"] as number) / 1000), "decisions/s");
report("consent-allowed-share", allowed / (N * USES.length), "ratio");
