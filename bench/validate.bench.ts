// pnpm bench: safeParseRecord against ajv on the exported JSON Schema, cold start, bundle size.
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { safeParseRecord, toJSONSchema } from "@redumbrella/questionnaire";
import { mutatedRecordArb, recordArb } from "@redumbrella/questionnaire/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "esbuild";
import * as fc from "fast-check";
import { median, medianRounds, report } from "./lib.js";

const N = 2000;
const asOf = "2026-11-28";
// As real input: records that went through JSON text, not objects fast-check built.
const asInput = (r: unknown): unknown => JSON.parse(JSON.stringify(r));
const valid = fc.sample(recordArb(), { numRuns: N, seed: 1 }).map(asInput);
const invalid = fc.sample(mutatedRecordArb({ asOf }), { numRuns: N, seed: 2 }).map((m) => asInput(m.record));

const ajv = new Ajv2020({ allErrors: true, inlineRefs: false, strict: true, strictRequired: false });
const ajvValidate = ajv.compile(toJSONSchema());

for (const r of valid) if (!safeParseRecord(r, { asOf }).success || !ajvValidate(r)) throw new Error("a generated record is invalid");
let issues = 0;
for (const r of invalid) {
  const result = safeParseRecord(r, { asOf });
  if (result.success) throw new Error("a mutated record is valid");
  issues += result.issues.length;
}

const ms = await medianRounds({
  validate: () => {
    for (const r of valid) safeParseRecord(r, { asOf });
  },
  "validate/ajv": () => {
    for (const r of valid) ajvValidate(r);
  },
  "validate-invalid": () => {
    for (const r of invalid) safeParseRecord(r, { asOf });
  },
});
const rate = (name: string) => N / ((ms[name] as number) / 1000);
report("validate", rate("validate"), "records/s");
report("validate-ajv", rate("validate/ajv"), "records/s");
report("validate/ajv", rate("validate") / rate("validate/ajv"), "ratio");
report("validate-invalid", rate("validate-invalid"), "records/s");
report("validate-invalid/valid", rate("validate-invalid") / rate("validate"), "ratio");
report("validate-invalid-issues", issues / N, "issues/record");

const cold = Array.from({ length: 7 }, () =>
  Number(
    execFileSync(process.execPath, [new URL("./cold-validate.mjs", import.meta.url).pathname, JSON.stringify(valid[0])], {
      encoding: "utf8",
    }),
  ),
);
report("validate-cold", median(cold), "ms");

const bundle = await build({
  stdin: {
    contents: 'import { safeParseRecord } from "@redumbrella/questionnaire"; export const check = (x) => safeParseRecord(x);',
    resolveDir: import.meta.dirname,
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
});
report("questionnaire-bundle", gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length / 1000, "kB");
