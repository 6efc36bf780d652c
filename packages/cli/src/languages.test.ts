import { tmpdir } from "node:os";
import { LOCALES } from "@redumbrella/questionnaire";
import { mutatedRecordArb, recordArb } from "@redumbrella/questionnaire/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runInMemory } from "./internal/memory-io.js";

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100), seed: Number(process.env.FC_SEED ?? 13) };
const ON = "2026-11-28";

/** Valid records and records broken in one known way, and now and then a line that is not JSON. */
const linesArb = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: recordArb().map((record) => JSON.stringify(record)) },
    { weight: 2, arbitrary: mutatedRecordArb({ asOf: ON }).map(({ record }) => JSON.stringify(record)) },
    { weight: 1, arbitrary: fc.constant('{"schemaVersion": 1,') },
  ),
  { minLength: 1, maxLength: 4 },
);

/** A JSON output with every `message` field removed: what must not depend on the language. */
function withoutMessages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMessages);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "message")
      .map(([key, v]) => [key, withoutMessages(v)]),
  );
}

describe("the language changes only the message texts", () => {
  it.each([
    ["validate", ["validate", "-", "--json", "--on", ON]],
    ["consent --use all", ["consent", "-", "--use", "all", "--json", "--on", ON]],
    ["check", ["check", "-", "--json"]],
  ])("%s --json gives the same output in en, ru and kk, messages aside", async (_, argv) => {
    await fc.assert(
      fc.asyncProperty(linesArb, async (lines) => {
        const ndjson = `${lines.join("\n")}\n`;
        const outputs = await Promise.all(LOCALES.map((lang) => runInMemory([...argv, "--lang", lang], tmpdir(), [ndjson])));
        // stderr is all message text (a file error when the first line is broken): only how many lines.
        const [en, ...others] = outputs.map(({ code, stdout, stderr }) => ({
          code,
          stderrLines: stderr.split("\n").length,
          json: withoutMessages(JSON.parse(stdout)),
        }));
        for (const other of others) expect(other).toEqual(en);
      }),
      runs,
    );
  });
});
