import { createHash } from "node:crypto";
import { type InterviewRecord, LOCALES } from "@redumbrella/questionnaire";
import { recordArb, recordV1Arb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInput, checkRecord } from "./check.js";
import { explain } from "./explain.js";

// The engine's output pinned for a few thousand generated records (fixed seeds, v2 and v1, every
// locale, with `explain`): a change meant to make `check` faster must not change a byte of it. The
// hashes were taken before the compiled checker of issue #17; regenerate them only for a change of
// the findings a lawyer has agreed to (a new rule, a new message), with `UPDATE_CHECK_OUTPUT=1`.
const INPUT_SHA256 = "3fb277e815f32cb435eeee73fdf6073e731116bc736aa42cb7e97b7c80807b12";
const OUTPUT_SHA256 = "72049971db7b520f5dea93c62249607e9ba776f43bac4e01425876f83432644b";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
// As real input: records that went through JSON text.
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function corpus(): { v2: InterviewRecord[]; v1: unknown[] } {
  const v2 = [
    ...fc.sample(recordArb(), { numRuns: 2000, seed: 5 }),
    // Charges and incidents before 2001 and across 2015-01-01: the 1997 and 2001 codes, and no law at all.
    ...fc.sample(recordArb({ minDate: "1996-01-01", maxDate: "2016-12-31" }), { numRuns: 1000, seed: 17 }),
  ].map(asJson);
  // Record v1 as it comes in: validated, then upgraded.
  const v1 = fc.sample(recordV1Arb(), { numRuns: 1000, seed: 7 }).map(asJson);
  return { v2, v1 };
}

/** The hash of every finding (and its explanation) of the corpus in every locale, record by record. */
function outputHash({ v2, v1 }: { v2: readonly InterviewRecord[]; v1: readonly unknown[] }): string {
  const hash = createHash("sha256");
  // The v2 records as v1 held them (no incidents, no edition), as the bench's check-v1 checks them.
  const stripped = v2.map(({ incidents: _i, ...r }) =>
    r.charges === undefined ? r : { ...r, charges: r.charges.map(({ codeEdition: _e, incident: _n, ...c }) => c) },
  ) as InterviewRecord[];
  for (const locale of LOCALES) {
    for (const record of [...v2, ...stripped]) {
      const findings = checkRecord(record, { locale });
      hash.update(JSON.stringify(findings));
      hash.update(JSON.stringify(findings.map((f) => explain(f, locale))));
    }
    for (const input of v1) {
      const result = checkInput(input, { asOf: "2025-01-01", locale });
      hash.update(JSON.stringify(result.success ? result.data : result.issues.map((i) => i.code)));
    }
  }
  return hash.digest("hex");
}

describe("check output", () => {
  it("is the same, byte for byte, for a few thousand generated records in every locale", () => {
    const records = corpus();
    const input = sha256(JSON.stringify(records));
    const output = outputHash(records);
    if (process.env.UPDATE_CHECK_OUTPUT === "1") {
      console.log(`INPUT_SHA256 = "${input}"\nOUTPUT_SHA256 = "${output}"`);
      return;
    }
    // Another input means the arbitraries changed, not the checker: regenerate on the commit before.
    expect(input, "the generated records changed (questionnaire's arbitraries)").toBe(INPUT_SHA256);
    expect(output).toBe(OUTPUT_SHA256);
  }, 120_000);
});
