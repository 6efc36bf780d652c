// pnpm bench: importing a KoboToolbox export (API v2 JSON) into validated records, against JSON.parse of the same text.
import { readFileSync } from "node:fs";
import { importSubmissions } from "@redumbrella/xlsform";
import { medianRounds, report } from "./lib.js";

const N = 2000;
const asOf = "2026-12-06";
// The hand-written export of the package's tests (an interview with an incident, a statistics refusal,
// a refusal to take part), its submissions repeated with their own instance ids.
const fixture = JSON.parse(readFileSync(new URL("../packages/xlsform/src/import/fixtures/kobo-api-v2.json", import.meta.url), "utf8")) as {
  results: Record<string, unknown>[];
};
const results = Array.from({ length: N }, (_, i) => {
  const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
  return { ...fixture.results[i % fixture.results.length], "meta/instanceID": `uuid:${uuid}`, _uuid: uuid, _id: i };
});
const text = JSON.stringify({ count: N, next: null, previous: null, results });

const check = importSubmissions(text, { asOf });
if (check.valid !== N) throw new Error(`expected ${N} valid submissions, got ${check.valid}`);

const ms = await medianRounds({
  "import-kobo": () => importSubmissions(text, { asOf }),
  "json-parse": () => JSON.parse(text),
});
report("import-kobo", N / ((ms["import-kobo"] as number) / 1000), "submissions/s");
report("import-kobo/json-parse", (ms["import-kobo"] as number) / (ms["json-parse"] as number), "ratio");
