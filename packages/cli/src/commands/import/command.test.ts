import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runInMemory } from "../../internal/memory-io.js";
import { IMPORT_COMMAND_MESSAGES } from "./messages.js";

// The command alone in the table: its tests do not depend on the other commands (nor on whether
// commands/index.ts lists it yet).
vi.mock("../index.js", async () => {
  const { importCommand } = await import("./command.js");
  return { COMMANDS: [importCommand] };
});

const KOBO = fileURLToPath(new URL("../../../../xlsform/src/import/fixtures/kobo-api-v2.json", import.meta.url));
const ON = "2026-12-06";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-import-"));
  copyFileSync(KOBO, join(dir, "kobo.json"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = (file: string): { id: string }[] => JSON.parse(readFileSync(join(dir, file), "utf8"));

describe("redumbrella import", () => {
  it("imports a Kobo export: every submission valid, records written, metadata listed by name only", async () => {
    const { code, stdout, stderr } = await runInMemory(["import", "kobo.json", "--out", "records.json", "--on", ON], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "kobo.json: kobo-json, 3 valid, 0 invalid",
      "3 valid, 0 invalid",
      "3 records written to records.json (3 new, 0 updated, 0 kept).",
    ]);
    expect(lines[3]).toMatch(/^Not copied into records: .*_submitted_by.*deviceid/);
    expect(stdout).not.toContain("alma_ngo_field");
    expect(records("records.json")).toHaveLength(3);
  });

  it("importing the same export again updates the records instead of adding them twice", async () => {
    await runInMemory(["import", "kobo.json", "--out", "again.json", "--on", ON], dir);
    const { code, stdout } = await runInMemory(["import", "kobo.json", "--out", "again.json", "--on", ON], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("3 records written to again.json (0 new, 3 updated, 0 kept).");
    expect(records("again.json")).toHaveLength(3);
  });

  it("a malformed export: located errors, exit 1, the valid submissions still written", async () => {
    const kobo = JSON.parse(readFileSync(KOBO, "utf8")) as { results: Record<string, unknown>[] };
    (kobo.results[0] as Record<string, unknown>)["respondent/age"] = "twenty";
    (kobo.results[0] as Record<string, unknown>)["respondent/age_declined"] = "";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(kobo));
    const { code, stdout } = await runInMemory(["import", "bad.json", "--out", "bad-records.json", "--on", ON], dir);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(
      'bad.json #0 (uuid:3f6c9d2a-7b41-4e8f-9a0c-5d1e2b3c4a5f): respondent.age INVALID_ANSWER — Expected a whole number for respondent/age, got "twenty".',
    );
    expect(records("bad-records.json")).toHaveLength(2);
  });

  it("--json prints one document with the errors", async () => {
    const { code, stdout } = await runInMemory(["import", "bad.json", "--out", "bad2.json", "--on", ON, "--json"], dir);
    const report = JSON.parse(stdout);
    expect({ code, valid: report.valid, invalid: report.invalid, written: report.written.count }).toEqual({
      code: 1,
      valid: 2,
      invalid: 1,
      written: 2,
    });
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "bad.json", index: 0, path: "respondent.age", code: "INVALID_ANSWER" }),
    ]);
  });

  it("an unreadable or unknown file: one line on stderr, exit 2, nothing written", async () => {
    writeFileSync(join(dir, "notes.txt"), "Respondent 12, Almaty, beaten by police\n");
    const { code, stderr } = await runInMemory(
      ["import", "kobo.json", "notes.txt", "missing.json", "--out", "never.json", "--on", ON],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "redumbrella: notes.txt: not a KoboToolbox or ODK export (JSON, CSV, OData) or a submission XML.\n" +
        "redumbrella: missing.json: no such file or directory.\n",
    );
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it.each([
    [["import", "kobo.json"], "Missing --out OUT"],
    [["import", "kobo.json", "--out", "x.json", "--from", "excel"], "'excel' is not a source"],
    [["import", "kobo.json", "--out", "kobo.json"], "the output is also an input"],
  ])("%j is a usage error, exit 2", async (argv, message) => {
    const { code, stderr } = await runInMemory(argv, dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("its messages exist in every language", () => {
    expect(catalogueProblems(IMPORT_COMMAND_MESSAGES)).toEqual([]);
  });
});
