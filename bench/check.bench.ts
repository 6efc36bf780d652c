// pnpm bench: checkRecord over generated records with 0–3 charges (goal ≥ 200,000 records/s).
import { checkRecord } from "@redumbrella/legal-checker";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { medianRounds, report } from "./lib.js";

const N = Number(process.env.BENCH_N ?? 100_000);
// As real input: records that went through JSON text, not objects fast-check built.
const records = fc.sample(recordArb(), { numRuns: N, seed: 5 }).map((r) => JSON.parse(JSON.stringify(r)) as typeof r);

let findings = 0;
let charges = 0;
for (const r of records) {
  findings += checkRecord(r).length;
  charges += r.charges?.length ?? 0;
}

const ms = await medianRounds({ check: () => { for (const r of records) checkRecord(r); } }, { rounds: 3 });
report("check", N / ((ms.check as number) / 1000), "records/s");
report("check-charges", charges / N, "charges/record");
report("check-findings", findings / N, "findings/record");
