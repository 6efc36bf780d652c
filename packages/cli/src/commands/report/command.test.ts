import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { CLI_MESSAGES } from "../../internal/messages.js";
import { REPORT_COMMAND_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const ON = "2026-11-28";

/** Runs `redumbrella report ARGV` through the real command line, in-process. */
const report = (argv: readonly string[], stdin?: readonly (Uint8Array | string)[]): Promise<RunOutput> =>
  runInMemory(["report", ...argv], dir, stdin);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-report-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return name;
};
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;

// A valid example with statistics consent: police rights not violated, knows where to complain, did not complain.
const BASE = JSON.parse(readFileSync(join(REPO, "examples", "valid", "01-no-detention.json"), "utf8")) as Record<string, unknown> & {
  police: Record<string, unknown>;
};
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/**
 * Twelve respondents, known by construction: 10 had police violations (extortion and beating each
 * 10, robbery 3), all 12 know where to complain, 8 complained, of whom 2 had the complaint accepted.
 */
const TWELVE = Array.from({ length: 12 }, (_, n) => {
  if (n >= 10) return { ...BASE, id: idOf(n) };
  const complained = n < 8;
  return {
    ...BASE,
    id: idOf(n),
    police: {
      rightsViolated: true,
      violations: ["extortion", "beating", ...(n < 3 ? ["robbery"] : [])],
      knowsWhereToComplain: true,
      complained,
      ...(complained ? { complaintAccepted: n < 2, perpetratorProsecuted: false } : {}),
    },
  };
});

interface JsonReport {
  respondents: number;
  excluded: { total: number; invalid: { index: number; id: string | null; issues: string[] }[] };
  police: Record<string, unknown> & { violations: Record<string, number | null> };
  medical: Record<string, unknown> & { violations: Record<string, number | null> };
}

describe("report --format json", () => {
  it("prints the contract: respondents, excluded, and per section violations and the yes/no questions", async () => {
    const file = write("twelve.ndjson", ndjson(TWELVE));
    const { code, stdout, stderr } = await report([file, "--on", ON, "--format", "json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.respondents).toBe(12);
    expect(json.excluded.total).toBe(0);
    for (const section of ["police", "medical"] as const) {
      for (const question of ["knowsWhereToComplain", "complained", "complaintAccepted", "perpetratorProsecuted"]) {
        expect(Object.keys(json[section][question] as object)).toEqual(expect.arrayContaining(["yes", "no"]));
      }
    }
    expect(json.police.violations).toMatchObject({ extortion: 10, beating: 10, robbery: null, threats: 0 });
    expect(json.police.knowsWhereToComplain).toMatchObject({ total: 12, yes: 12, no: 0 });
    // 8 complained, 4 did not: the 4 is small, so the 8 that gives it away is hidden too.
    expect(json.police.complained).toMatchObject({ yes: null, no: null, suppressed: { yes: "complementary", no: "primary" } });
    expect(json.police.complaintAccepted).toMatchObject({ gate: "police.complained", yes: null, no: 6 });
  });

  it("--min-cell 0 shows every count, with a warning not to publish", async () => {
    const file = write("twelve-0.ndjson", ndjson(TWELVE));
    const { code, stdout, stderr } = await report([file, "--on", ON, "--format", "json", "--min-cell", "0"]);
    expect(code).toBe(0);
    expect(stderr).toBe("redumbrella: Warning: small numbers are not hidden (--min-cell 0): do not publish this report.\n");
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.police.violations).toMatchObject({ robbery: 3 });
    expect(json.police.complaintAccepted).toMatchObject({ total: 8, yes: 2, no: 6, declined: 0, notAsked: 0 });
  });

  it("counts only records whose consent allows statistics on --on, and lists invalid ones without their contents", async () => {
    const withdrawn = { ...BASE, id: idOf(20), consent: { ...(BASE.consent as object), withdrawnOn: "2016-01-01" } };
    const invalid = { ...BASE, id: idOf(21), respondent: { ...(BASE.respondent as object), age: "Aigul, 29" } };
    const badId = { ...BASE, id: "Aigul Nurlanovna" };
    const file = write("mixed.ndjson", ndjson([...TWELVE, withdrawn, invalid, badId]));
    const { code, stdout, stderr } = await report([file, "--on", ON, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `redumbrella: 2 records are not valid record v1 and were not counted: run \`redumbrella validate\` on them to see why.\n`,
    );
    const json = JSON.parse(stdout) as JsonReport & { excluded: { byReason: Record<string, number> } };
    expect(json.respondents).toBe(12);
    expect(json.excluded).toMatchObject({
      total: 3,
      byReason: { WITHDRAWN: 1, INVALID_RECORD: 2 },
      invalid: [
        { index: 13, id: idOf(21), issues: ["INVALID_TYPE"] },
        { index: 14, id: null, issues: ["INVALID_FORMAT"] },
      ],
    });
    expect(stdout).not.toContain("Aigul");
  });

  it("judges consent as of --on: before consent was given, nobody is counted", async () => {
    const file = write("early.ndjson", ndjson(TWELVE));
    const { code, stdout } = await report([file, "--on", "2015-03-10", "--format", "json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonReport).respondents).toBe(0);
  });

  it("reads standard input with -", async () => {
    const { code, stdout } = await report(["-", "--on", ON, "--format", "json"], [JSON.stringify(TWELVE)]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonReport).respondents).toBe(12);
  });
});

describe("report: other formats", () => {
  it("prints Markdown by default, in Russian with --lang ru", async () => {
    const file = write("md.ndjson", ndjson(TWELVE));
    const en = await report([file, "--on", ON]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("## Violations by the police");
    expect(en.stdout).toContain("| Extortion of money | 10 | 83.3% |");
    expect(en.stdout).toContain("| Robbery (valuables taken away) | \\<5 | x |");
    const ru = await report([file, "--on", ON, "--lang", "ru"]);
    expect(ru.stdout).toContain("## Нарушения со стороны полиции");
    expect(ru.stdout).toContain("| Вымогательство денег | 10 | 83,3");
  });

  it("writes one HTML page to --out and says so on stdout", async () => {
    const file = write("html.ndjson", ndjson(TWELVE));
    const { code, stdout, stderr } = await report([file, "--on", ON, "--format", "html", "--out", "report.html", "--lang", "ru"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe("Записано report.html: учтено респондентов(-ок) — 12, не учтено записей — 0.\n");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
  });

  it("writes one CSV file per table into --out DIR, with a byte-order mark", async () => {
    const file = write("csv.ndjson", ndjson(TWELVE));
    const { code } = await report([file, "--on", ON, "--format", "csv", "--out", "tables"]);
    expect(code).toBe(0);
    const files = readdirSync(join(dir, "tables")).sort();
    expect(files).toContain("police-violations.csv");
    expect(files).toContain("profile-timesDetained.csv");
    const csv = readFileSync(join(dir, "tables", "police-violations.csv"), "utf8");
    expect(csv.startsWith('\uFEFFViolation,Respondents,"Share, %"\r\n')).toBe(true);
    expect(csv).toContain("\r\nExtortion of money,10,83.3\r\n");
  });
});

describe("report: usage and file errors, exit 2 with one line", () => {
  it.each([
    [["twelve.ndjson", "--format", "csv"], "--format csv writes one file per table: give a directory with --out DIR."],
    [["twelve.ndjson", "--format", "pdf"], "Unknown format 'pdf': use json, md, csv or html."],
    [["twelve.ndjson", "--min-cell", "2"], "'2' is not a valid --min-cell: use 0 (nothing hidden) or a whole number of 3 or more."],
    [["twelve.ndjson", "--min-cell", "five"], "'five' is not a valid --min-cell: use 0 (nothing hidden) or a whole number of 3 or more."],
    [["twelve.ndjson", "--min-cell", "-1"], "Option '--min-cell' needs a value."],
    [["twelve.ndjson", "--on", "2026-02-30"], "'2026-02-30' is not a calendar date: write --on as YYYY-MM-DD (e.g. 2026-11-28)."],
  ])("%j", async (argv, message) => {
    write("twelve.ndjson", ndjson(TWELVE));
    const { code, stdout, stderr } = await report(argv);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: "",
      stderr: `redumbrella: ${message} Run \`redumbrella report --help\` for usage.\n`,
    });
  });

  it("a missing file", async () => {
    const { code, stdout, stderr } = await report(["nowhere.ndjson", "--on", ON]);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: "", stderr: "redumbrella: nowhere.ndjson: no such file or directory.\n" });
  });

  it("a broken NDJSON line is reported at its place and counted as an invalid record, never skipped silently", async () => {
    const file = write("broken.ndjson", ndjson([TWELVE[0], '{"schemaVersion": 1,', TWELVE[1]]));
    const { code, stdout, stderr } = await report([file, "--on", ON, "--format", "json"]);
    expect(stderr.split("\n")).toEqual([
      "redumbrella: broken.ndjson:2:21: not valid JSON (unexpected end of input); read as an invalid record.",
      "redumbrella: 1 records are not valid record v1 and were not counted: run `redumbrella validate` on them to see why.",
      "",
    ]);
    expect(JSON.parse(stdout).excluded.invalid).toHaveLength(1);
    expect(code).toBe(0);
  });

  it("several FILEs are counted together; if one cannot be read, no report is written", async () => {
    const a = write("first.ndjson", ndjson(TWELVE.slice(0, 6)));
    const b = write("second.ndjson", ndjson(TWELVE.slice(6)));
    const both = await report([a, b, "--on", ON, "--format", "json"]);
    const whole = await report([write("all.ndjson", ndjson(TWELVE)), "--on", ON, "--format", "json"]);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).respondents).toBe(JSON.parse(whole.stdout).respondents);
    const missing = await report([a, "nowhere.ndjson", "--on", ON]);
    expect({ code: missing.code, stdout: missing.stdout }).toEqual({ code: 2, stdout: "" });
  });

  it("an --out that cannot be written", async () => {
    const file = write("out.ndjson", ndjson(TWELVE));
    const { code, stderr } = await report([file, "--on", ON, "--out", "no/such/dir/report.md"]);
    expect({ code, stderr }).toEqual({ code: 2, stderr: "redumbrella: no/such/dir/report.md: cannot be written (ENOENT).\n" });
  });
});

describe("report: help and messages", () => {
  it("--help shows the synopsis and every option, in English and Russian", async () => {
    const en = await report(["--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: redumbrella report FILE/);
    for (const option of ["--on", "--min-cell N", "--format FORMAT", "--out PATH", "--lang"]) expect(en.stdout).toContain(option);
    const ru = await report(["--help", "--lang", "ru"]);
    expect(ru.stdout).toMatch(/^Использование: redumbrella report ФАЙЛ/);
  });

  it("has every message in every language, with the same params as English", () => {
    expect(catalogueProblems(REPORT_COMMAND_MESSAGES)).toEqual([]);
  });

  it("its keys do not collide with the shared keys of the CLI", () => {
    for (const key of REPORT_COMMAND_MESSAGES.keys) expect(CLI_MESSAGES.keys).not.toContain(key);
  });
});
