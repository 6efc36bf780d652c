import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInMemory } from "../../internal/memory-io.js";
import { DEMO_COMMAND_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const DATASET = join(REPO, "examples/demo/interviews.ndjson");
const records = readFileSync(DATASET, "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { id: string; respondent?: { fullName: string; code: string } });
/** The interviews of the dataset, without its refusals to take part (which hold nothing about the person). */
const interviews = records.flatMap((r) => (r.respondent === undefined ? [] : [{ ...r, respondent: r.respondent }]));

let dir: string;
let out: string;
let run: Awaited<ReturnType<typeof runInMemory>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-demo-"));
  out = join(dir, "out");
  run = await runInMemory(["demo", DATASET, "--out", "out", "--on", "2026-11-28"], dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = (name: string): any => JSON.parse(readFileSync(join(out, name), "utf8"));

describe("redumbrella demo", () => {
  it("runs the whole pipeline and says where to look", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("68 records read, 68 valid.");
    expect(run.stdout).toContain(`Open ${join("out", "index.html")}`);
    expect(readdirSync(out).sort()).toEqual([
      "consent.json",
      "findings.json",
      "index.html",
      "release-report.json",
      "release-report.txt",
      "release.json",
      "report.html",
      "report.json",
      "report.md",
      "summary.json",
      "validation.json",
    ]);
  });

  it("counts only records whose consent allows statistics: the two withdrawn ones are left out", () => {
    const report = json("report.json");
    expect(report.respondents).toBe(58);
    expect(report.excluded.byReason).toEqual({ WITHDRAWN: 2 });
  });

  it("releases every group with at least k = 5 records", () => {
    const release = json("release-report.json");
    expect(release.kReached).toBe(true);
    expect(release.smallestClass).toBeGreaterThanOrEqual(5);
    expect(json("release.json").length).toBe(release.records.released);
  });

  it("writes no name, respondent code or record id into any output", () => {
    const everything = readdirSync(out)
      .map((f) => readFileSync(join(out, f), "utf8"))
      .join("\n");
    for (const r of records) expect(everything).not.toContain(r.id);
    for (const r of interviews) {
      expect(everything).not.toContain(r.respondent.fullName);
      expect(everything).not.toContain(r.respondent.code);
      expect(everything).not.toContain(r.id);
    }
  });

  it("finds what the legal check must find in the charges annex: fines for prostitution itself", () => {
    expect(json("summary.json").findings.byCode.PROSTITUTION_NOT_AN_OFFENCE).toBe(interviews.filter((_, i) => i % 4 === 0).length);
  });
});

describe("demo's page", () => {
  it("shows who took part (the 8 refusals), the incidents and the complaints — or says the report does not give them yet", () => {
    const page = readFileSync(join(out, "index.html"), "utf8");
    for (const heading of ["Who took part", "Incidents", "Complaints"]) expect(page).toContain(`<h2>${heading}</h2>`);
    expect(page).toMatch(/Refused to take part<\/th><td>8<|Not yet provided by @redumbrella\/report/u);
    expect(json("summary.json").refusals).toBe(8);
  });
});

describe("demo's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(DEMO_COMMAND_MESSAGES)).toEqual([]);
  });
});
