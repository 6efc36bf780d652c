import { type AnyRecord, safeParseRecord } from "@redumbrella/questionnaire";
import { recordArb, refusalArb } from "@redumbrella/questionnaire/testing";
import * as fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { importSubmissions } from "./import/import.js";
import { EngineForm, type loadXForm, submitThroughEngine } from "./internal/odk-engine.js";
import { recordIdOf } from "./record-id.js";
import { toXForm } from "./xform.js";

const AS_OF = "2026-12-06";
// The engine is slow (tens of milliseconds a record): CI runs 20 unless FC_NUM_RUNS asks for more.
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 20);
type Form = Awaited<ReturnType<typeof loadXForm>>;
let form: Form;
const engineForm = new EngineForm(toXForm());

beforeAll(async () => {
  form = await engineForm.form();
}, 60_000);

const REPEATS = new Set(["incidents", "charges", "perpetrators", "payments", "complaints"]);

/**
 * What the form carries of a record: everything but its id (made from the instance id) and empty
 * groups and repeats (a section asked with nothing answered, a repeat with no entry, is absent after import).
 */
function carried(record: AnyRecord, instanceId: string): unknown {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(prune);
    if (typeof value !== "object" || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = prune(v);
      if (typeof pruned === "object" && pruned !== null && !Array.isArray(pruned) && Object.keys(pruned).length === 0 && k !== "respondent")
        continue;
      if (Array.isArray(pruned) && pruned.length === 0 && REPEATS.has(k)) continue;
      out[k] = pruned;
    }
    return out;
  };
  return prune({ ...record, id: recordIdOf(instanceId) });
}

// The form ends the interview when statistics are refused: a record that refuses them and goes on cannot come from it.
const fieldRecordArb: fc.Arbitrary<AnyRecord> = fc.oneof(
  {
    weight: 9,
    arbitrary: recordArb().map((r) => ({
      ...r,
      consent: { ...r.consent, items: { ...r.consent.items, statistics: { ...r.consent.items.statistics, answer: true } } },
    })),
  },
  { weight: 1, arbitrary: refusalArb() },
);

const instanceIdOf = (xml: string): string => /<instanceID>([^<]+)<\/instanceID>/.exec(xml)?.[1] ?? "";

describe("the XForm in ODK's engine", () => {
  it("loads with no error and no warning, in Russian, Kazakh and English", () => {
    expect(form.status).toBe("success");
    const instance = form.createInstance();
    expect(instance.root.languages.map((l) => l.language)).toEqual(["Russian (ru)", "Kazakh (kk)", "English (en)"]);
  });

  it("the phone refuses what the record format refuses: a consent dated before the interview, a starred question left blank", {
    timeout: 60_000,
  }, async () => {
    const record = {
      schemaVersion: 2,
      id: "00000000-0000-4000-8000-000000000001",
      interview: { date: "2020-01-05", interviewerId: "D1" },
      consent: {
        recordedBy: "signature",
        givenOn: "2020-01-04",
        items: {
          statistics: { answer: true },
          useWithoutName: { answer: true },
          publicName: { answer: false },
          lawEnforcementComplaint: { answer: false },
        },
      },
      respondent: { gender: "female", ethnicity: "Kazakh", citizenship: "KZ" },
    } as unknown as AnyRecord;
    const submission = await submitThroughEngine(engineForm, record);
    expect(submission.status).toBe("pending");
    expect(submission.violations).toEqual(["/data/consent/givenOn constraint", "/data/respondent/age required"]);
  });

  it("a record filled in by hand comes back from the submission XML as the same record", {
    timeout: 60_000 + 2_000 * NUM_RUNS,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fieldRecordArb, async (record) => {
        const submission = await submitThroughEngine(engineForm, record);
        expect(submission.violations).toEqual([]);
        expect(submission.status).toBe("ready");
        const report = importSubmissions(submission.xml, { from: "xml", asOf: AS_OF });
        const imported = report.submissions[0];
        if (imported === undefined || !imported.success)
          throw new Error(JSON.stringify(imported && !imported.success ? imported.issues : report));
        expect(safeParseRecord(imported.record, { asOf: AS_OF }).success).toBe(true);
        expect(imported.record).toEqual(carried(record, instanceIdOf(submission.xml)));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
