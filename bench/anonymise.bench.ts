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
import { median, report } from "./lib.js";

const N = 100_000;
const ROUNDS = 3;
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

async function timeRelease(records: () => unknown[], keepOutput = false): Promise<number> {
  const seconds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const input = records();
    const start = performance.now();
    const result = await anonymise(input, { asOf, validatedOn: asOf, key, k: 5 });
    // Round 0 warms the JIT up.
    if (round > 0) seconds.push((performance.now() - start) / 1000);
    checked = result.report.search.checked;
    released = result.report.records.released;
    if (keepOutput && round === ROUNDS) output = JSON.stringify(result.records);
    if (result.report.records.consented !== N || !result.report.kReached)
      throw new Error("every generated record should be released or suppressed");
  }
  return median(seconds);
}

let checked = 0;
let released = 0;
let output = "";
const releaseSeconds = await timeRelease(parsed, true);
report("anonymise-100k", releaseSeconds, "s");
// A floor for the release: V8's JSON.parse making the released records' objects from their text,
// which any implementation has to allocate (before consent, search, pseudonyms and sort).
const floorSeconds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  if ((JSON.parse(output) as unknown[]).length !== released) throw new Error("the release's output does not read back");
  floorSeconds.push((performance.now() - start) / 1000);
}
report("anonymise-100k-output-json-parse", median(floorSeconds), "s");
report("anonymise-100k/output-json-parse", releaseSeconds / median(floorSeconds), "ratio");
output = "";
report("anonymise-100k-unparsed", await timeRelease(fresh), "s");

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
report("anonymise-100k-nodes-checked", checked, "nodes");
report("anonymise-100k-released", released, "records");
