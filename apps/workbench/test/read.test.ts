import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveWorkingSet } from "../src/data/derive.js";
import { readFile } from "../src/data/read.js";

const ON = "2026-12-06";
const DEMO = readFileSync(new URL("../../../examples/demo/interviews.ndjson", import.meta.url), "utf8");
const KOBO = readFileSync(new URL("./fixtures/kobo-export.json", import.meta.url), "utf8");

describe("opening a file", () => {
  it("reads the demo NDJSON as 68 records, each keyed by its id", () => {
    const result = readFile("interviews.ndjson", DEMO, ON);
    expect(result.kind).toBe("records");
    if (result.kind !== "records") return;
    expect(result.entries).toHaveLength(68);
    expect(result.entries.every((e) => e.kind === "record" && /^[0-9a-f-]{36}$/.test(e.key))).toBe(true);
    const set = deriveWorkingSet(result.entries, "en", ON);
    expect({ valid: set.valid.length, interviews: set.interviews.length, refusals: set.refusals, invalid: set.invalid }).toEqual({
      valid: 68,
      interviews: 60,
      refusals: 8,
      invalid: 0,
    });
  });

  it("reads a Kobo export through @redumbrella/xlsform: the invalid submission keeps its issue at its path, in every language", () => {
    const result = readFile("kobo-export.json", KOBO, ON);
    expect(result).toMatchObject({ kind: "submissions", format: "kobo-json", valid: 3, invalid: 1 });
    const rejected = result.kind === "submissions" ? result.entries.filter((e) => e.kind === "rejected") : [];
    expect(rejected).toHaveLength(1);
    const issue = rejected[0]?.kind === "rejected" ? rejected[0].issues[0] : undefined;
    expect(issue).toMatchObject({ path: ["respondent", "age"], code: "OUT_OF_RANGE" });
    expect(issue?.message.ru).toMatch(/[а-я]/u);
    expect(issue?.message.kk).not.toBe(issue?.message.en);
    const set = deriveWorkingSet(result.kind === "submissions" ? result.entries : [], "ru", ON);
    expect(set.problems.map((p) => [p.path, p.code, p.entry.index])).toEqual([[["respondent", "age"], "OUT_OF_RANGE", 4]]);
  });

  it("keeps a line that is not JSON in its place, and validates a record with an error at its path", () => {
    const lines = DEMO.trim().split("\n");
    const bad = JSON.parse(lines[0] as string) as { respondent: Record<string, unknown> };
    bad.respondent.age = "twenty";
    const text = [lines[1], "{not json", JSON.stringify(bad)].join("\n");
    const result = readFile("mixed.ndjson", text, ON);
    const set = deriveWorkingSet(result.kind === "records" ? result.entries : [], "en", ON);
    expect(set.problems.map((p) => [p.entry.index, p.code, p.path])).toEqual([
      [2, "MALFORMED", null],
      [3, "INVALID_TYPE", ["respondent", "age"]],
    ]);
  });

  it("says a file is unreadable when it is neither records nor an export", () => {
    expect(readFile("notes.txt", "hello\nworld", ON)).toEqual({ kind: "unreadable", file: "notes.txt" });
  });
});
