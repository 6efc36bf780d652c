// pnpm bench: checkRecord over generated records with 0–3 charges and, for about a third, 1–3
// incidents (goals: ≥ 150,000 records/s, and ≥ 3× its peer in the same run: the same rules as
// JsonLogic, see peers/check-jsonlogic.ts). `check-v1` is the same over the records as v1 holds them
// (no incidents, no edition).
import { checkRecord, kz } from "@redumbrella/legal-checker";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { medianRounds, report } from "./lib.js";
import { jsonLogicChecker } from "./peers/check-jsonlogic.js";

const N = Number(process.env.BENCH_N ?? 100_000);
// As real input: records that went through JSON text, not objects fast-check built.
const records = fc.sample(recordArb(), { numRuns: N, seed: 5 }).map((r) => JSON.parse(JSON.stringify(r)) as typeof r);
const peer = jsonLogicChecker(kz);
// The same records as record v1 held them: what v2 added (incidents, a charge's edition and incident) left out.
const v1 = records.map(({ incidents: _i, ...r }) => ({
  ...r,
  ...(r.charges === undefined ? {} : { charges: r.charges.map(({ codeEdition: _e, incident: _n, ...c }) => c) }),
})) as typeof records;

let findings = 0;
let charges = 0;
let peerFlags = 0;
for (const r of records) {
  const found = checkRecord(r);
  const codes = peer(r);
  findings += found.length;
  charges += r.charges?.length ?? 0;
  peerFlags += codes.length;
  // The peer does the same work: every rule that flags on a day (not a month or a year) holds for it too.
  for (const f of found) {
    const onDay = f.charge === null || (r.charges?.[f.charge]?.datePrecision ?? "day") === "day";
    if (f.status === "flag" && onDay && !codes.includes(f.code)) throw new Error(`the JsonLogic peer misses ${f.code} on ${r.id}`);
  }
}

const ms = await medianRounds(
  {
    check: () => {
      for (const r of records) checkRecord(r);
    },
    "check-v1": () => {
      for (const r of v1) checkRecord(r);
    },
    "check-jsonlogic": () => {
      for (const r of records) peer(r);
    },
  },
  // Medians of five rounds, the peer's turn rotating with ours: a loaded machine slows both alike.
  { rounds: 5 },
);
const rate = (name: string): number => N / ((ms[name] as number) / 1000);
report("check", rate("check"), "records/s");
report("check-v1", rate("check-v1"), "records/s");
report("check-jsonlogic", rate("check-jsonlogic"), "records/s");
report("check/jsonlogic", rate("check") / rate("check-jsonlogic"), "ratio");
report("check-charges", charges / N, "charges/record");
report("check-incidents", records.reduce((n, r) => n + (r.incidents?.length ?? 0), 0) / N, "incidents/record");
report("check-findings", findings / N, "findings/record");
report("check-jsonlogic-holds", peerFlags / N, "rules/record");
