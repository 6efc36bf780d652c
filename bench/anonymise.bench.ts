// pnpm bench: anonymise 100k generated records (every quasi-identifier and police-held fact, k = 5,
// no group all "yes" on a sensitive field, no ledger) after parsing —
// records safeParseRecord returned, which the consent engine does not validate again — and, for
// comparison, the same records straight from JSON.parse (each validated inside), the consent
// decisions alone, WebCrypto's HMAC (what a browser pays instead of Node's crypto), and a floor:
// JSON.parse making the released records' objects from their text.
import { anonymise } from "@redumbrella/anonymiser";
import { decide } from "@redumbrella/consent";
import { type InterviewRecord, isRefusal, safeParseRecord } from "@redumbrella/questionnaire";
import { recordArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { dimensions } from "../packages/anonymiser/src/release/dimensions.js";
import { checkArguments } from "../packages/anonymiser/src/release/options.js";
import { encodeStage } from "../packages/anonymiser/src/release/stages/encode.js";
import { type Searched, searchStage } from "../packages/anonymiser/src/release/stages/search.js";
import { median, report } from "./lib.js";

const N = 100_000;
const ROUNDS = 5;
const asOf = "2026-11-28";
const key = Uint8Array.from({ length: 32 }, (_, i) => i);

// Every record consents to an anonymised dataset, so all 100k reach the lattice search (records
// that do not are dropped before it, and cost only their consent decision).
const consenting = (r: InterviewRecord): InterviewRecord => {
  const { withdrawnOn: _, ...consent } = r.consent;
  const declined = r.declined?.filter((p) => p !== "respondent.age");
  const { declined: __, ...rest } = r;
  return {
    ...rest,
    ...(declined !== undefined && declined.length > 0 ? { declined } : {}),
    consent: {
      ...consent,
      recordedBy: "signature",
      items: { ...consent.items, statistics: { answer: true }, useWithoutName: { answer: true } },
    },
    respondent: { ...r.respondent, age: Math.max(18, r.respondent.age ?? 30) },
  };
};
const text = JSON.stringify(fc.sample(recordArb(), { numRuns: N, seed: 1 }).map(consenting));
// As real input: records parsed from JSON text, fresh objects each round (decide caches its
// validation per object, which would flatter every round after the first).
const fresh = (): unknown[] => JSON.parse(text) as unknown[];
const parsed = (): InterviewRecord[] =>
  fresh().map((r) => {
    const result = safeParseRecord(r, { asOf });
    if (!result.success || isRefusal(result.data)) throw new Error("a generated record is an invalid record or a refusal");
    return result.data;
  });

let released = 0;
let output = "";
/** One release of fresh records; the search's own figures and the output kept for the floor. */
async function releaseOnce(records: () => unknown[]): Promise<number> {
  const input = records();
  const start = performance.now();
  const result = await anonymise(input, { asOf, validatedOn: asOf, key, k: 5 });
  const seconds = (performance.now() - start) / 1000;
  released = result.report.records.released;
  output = JSON.stringify(result.records);
  if (result.report.records.consented !== N || !result.report.kReached)
    throw new Error("every generated record should be released or suppressed");
  return seconds;
}
/** A floor for the release: V8's JSON.parse making the released records' objects from their text, which any implementation allocates. */
function floorOnce(): number {
  const start = performance.now();
  if ((JSON.parse(output) as unknown[]).length !== released) throw new Error("the release's output does not read back");
  return (performance.now() - start) / 1000;
}

// Rounds alternate the release and its floor, so both see the same load; round 0 warms the JIT up.
const releaseSeconds: number[] = [];
const floorSeconds: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const seconds = await releaseOnce(parsed);
  const floor = floorOnce();
  if (round === 0) continue;
  releaseSeconds.push(seconds);
  floorSeconds.push(floor);
}
const dims = dimensions();
const q = dims.length;
report(`anonymise-100k-${q}qi`, median(releaseSeconds), "s");
report(`anonymise-100k-${q}qi-output-json-parse`, median(floorSeconds), "s");
report(`anonymise-100k-${q}qi/output-json-parse`, median(releaseSeconds.map((s, i) => s / (floorSeconds[i] as number))), "ratio");

// The search stage alone, on the records encoded once (as the release encodes them).
const options = checkArguments([], { asOf, validatedOn: asOf, key, k: 5 });
const records = parsed();
const encoded = encodeStage(records, dims, options);
const searchSeconds: number[] = [];
let searched: Searched | undefined;
for (let round = 0; round <= ROUNDS; round++) {
  const start = performance.now();
  searched = searchStage(encoded, dims, options);
  if (round > 0) searchSeconds.push((performance.now() - start) / 1000);
}
report(`anonymise-100k-${q}qi-search`, median(searchSeconds), "s");
// The distinct tuples of level-0 codes (the bottom node's classes): the most a frequency set of any node can have.
const tuples = new Set<string>();
for (let i = 0; i < records.length; i++) tuples.add(encoded.records.dims.map((d) => d.base[i]).join(","));
report(`anonymise-100k-${q}qi-bottom-tuples`, tuples.size, "tuples");
report(`anonymise-100k-${q}qi-nodes-checked`, searched?.result.checks ?? 0, "nodes");
report(`anonymise-100k-${q}qi-nodes-rolled-up`, searched?.rolledUp ?? 0, "nodes");
report(
  `anonymise-100k-${q}qi-lattice`,
  dims.reduce((size, d) => size * (d.height + 1), 1),
  "nodes",
);
output = "";
report(`anonymise-100k-${q}qi-unparsed`, await releaseOnce(fresh), "s");
output = "";

const consentSeconds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const records = fresh();
  const start = performance.now();
  for (const r of records) decide(r, "anonymisedDataset", { asOf, validatedOn: asOf });
  consentSeconds.push((performance.now() - start) / 1000);
}
report("anonymise-100k-consent-unparsed", median(consentSeconds), "s");

const hmacKey = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
const encoder = new TextEncoder();
const ids = (fresh() as InterviewRecord[]).map((r) => `pid:${r.id}`);
const hmacSeconds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  for (let i = 0; i < ids.length; i += 4096) {
    await Promise.all(ids.slice(i, i + 4096).map((id) => crypto.subtle.sign("HMAC", hmacKey, encoder.encode(id))));
  }
  hmacSeconds.push((performance.now() - start) / 1000);
}
report("anonymise-100k-webcrypto-hmac", median(hmacSeconds), "s");
report(`anonymise-100k-${q}qi-released`, released, "records");
