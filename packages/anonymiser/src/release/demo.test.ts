import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise.js";
import { formatReleaseReport } from "./report.js";
import { groupsOf, IDENTIFYING, SENSITIVE, uniformlyTrue, valuesAt } from "./test-helpers.js";

const ON = "2026-11-28";
const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 53) % 256);
/** The 60 demo interviews (`examples/demo`): detention facts, charges with articles, sensitive answers. */
const DEMO = readFileSync(new URL("../../../../examples/demo/interviews.ndjson", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as unknown);

describe("the demo interviews, released with k = 5", () => {
  it("hold against someone who knows the police's records: every group of k over the quasi-identifiers and police-held facts, none all yes", async () => {
    const { records, report } = await anonymise(DEMO, { asOf: ON, validatedOn: ON, key: KEY, k: 5, ledger: "new" });
    expect(report.kReached).toBe(true);
    expect(records.length).toBeGreaterThanOrEqual(45);
    const groups = groupsOf(records, IDENTIFYING);
    for (const group of groups) {
      expect(group.length).toBeGreaterThanOrEqual(5);
      for (const field of SENSITIVE) expect(uniformlyTrue(group, field), field).toBe(false);
    }
    expect(report.diversity.every((d) => !d.uniformlyTrue)).toBe(true);
    // What was generalised and suppressed is in the report, in every language.
    expect(formatReleaseReport(report, "en")).toMatch(/Generalised: \d+ of 16 dimensions/);
    // No article text, no detention amount as recorded.
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/"amount":\d/);
    expect(
      records.every((r) =>
        valuesAt(r, "charges[].article").every((a) => a === undefined || a === "*" || /^\d{1,4}([-.]\d{1,3})?$/.test(String(a))),
      ),
    ).toBe(true);
  });

  it("release growing parts of the demo under one ledger, never finer than before", async () => {
    let ledger: Parameters<typeof anonymise>[1]["ledger"] = "new";
    const seen = new Map<string, string>();
    for (const cut of [30, 45, 60]) {
      const result = await anonymise(DEMO.slice(0, cut), { asOf: ON, validatedOn: ON, key: KEY, k: 5, ledger });
      ledger = result.ledger ?? ledger;
      for (const r of result.records) {
        const before = seen.get(r.pid);
        // A record released again shows its dimensions as before, or coarser: here levels only rise, and equal levels give equal values.
        if (before !== undefined && result.report.warnings.length === 0) expect(JSON.stringify(groupsKey(r))).toBe(before);
        seen.set(r.pid, JSON.stringify(groupsKey(r)));
      }
    }
    expect(ledger === "new" ? 0 : ledger.releases.length).toBe(3);
  });
});

const groupsKey = (record: object): unknown[] => IDENTIFYING.map((p) => valuesAt(record, p));
