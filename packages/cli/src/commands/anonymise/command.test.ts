import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { ANONYMISE_COMMAND_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const ON = "2026-11-28";

/** Runs `redumbrella anonymise ...args` through the real command line, in-process; `env` is the process environment. */
const anonymiseCli = (args: readonly string[], env: Readonly<Record<string, string>> = {}, cwd = dir): Promise<RunOutput> =>
  runInMemory(["anonymise", ...args], cwd, undefined, env);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-anonymise-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}
const read = (name: string): string => readFileSync(join(dir, name), "utf8");
const released = (name: string): { pid: string; respondent: Record<string, unknown>; police?: Record<string, unknown> }[] =>
  JSON.parse(read(name));
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

// Consents to an anonymised dataset; names its respondent by code; says why she did not complain.
const EXAMPLE = JSON.parse(readFileSync(join(REPO, "examples/valid/05-charges.json"), "utf8")) as Record<string, unknown> & {
  respondent: Record<string, unknown>;
  police: Record<string, unknown>;
};
const records = (count: number): object[] =>
  Array.from({ length: count }, (_, i) => ({
    ...EXAMPLE,
    id: idOf(i),
    respondent: { ...EXAMPLE.respondent, fullName: "Айгерим Ахметова", code: `TK-${100 + i}` },
  }));
const SIX = ndjson(records(6));
const KEY_HEX = "00112233445566778899aabbccddeeff";
const ONE_LINE = /^redumbrella: [^\n]+\n$/;

describe("anonymise: the release", () => {
  it("writes the released records to OUT as a JSON array and prints the report", async () => {
    const file = write("six.ndjson", SIX);
    const key = write("key.hex", `${KEY_HEX}\n`);
    chmodSync(join(dir, key), 0o600);
    const { code, stdout, stderr } = await anonymiseCli([file, "--out", "six.out.json", "--key-file", key, "--on", ON]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "redumbrella: key.hex: key read as hex digits (16 bytes).\n" });
    const out = released("six.out.json");
    expect(out).toHaveLength(6);
    expect(out.every((r) => /^[0-9a-f]{32}$/.test(r.pid) && r.respondent.age === "31")).toBe(true);
    expect(read("six.out.json")).not.toMatch(/Айгерим|TK-1|00000000-0000-4000|whyNotComplained/);
    expect(stdout).toContain("k-anonymity reached");
    expect(stdout).toContain("Records: 6 read, 6 consented to an anonymised dataset, 6 released, 0 suppressed.");
    expect(stdout.endsWith("6 records written to six.out.json.\n")).toBe(true);
    // The release file is readable by its owner only.
    expect(statSync(join(dir, "six.out.json")).mode & 0o077).toBe(0);
  });

  it("--json prints the report as one JSON object", async () => {
    const file = write("six-json.ndjson", SIX);
    const { code, stdout } = await anonymiseCli([file, "--out", "six-json.out.json", "--json", "--k", "3", "--on", ON], {
      REDUMBRELLA_KEY: KEY_HEX,
    });
    const report = JSON.parse(stdout) as { k: number; kReached: boolean; records: object; excluded: object };
    expect(code).toBe(0);
    expect(report).toMatchObject({
      k: 3,
      kReached: true,
      records: { input: 6, consented: 6, released: 6, suppressed: 0 },
      excluded: { total: 0 },
    });
  });

  it("gives the same pseudonyms for the same key and ledger, from a file (hex or raw bytes) or REDUMBRELLA_KEY", async () => {
    const file = write("same.ndjson", SIX);
    const hex = write("same.hex", `  ${KEY_HEX.toUpperCase()}\n`);
    const raw = write(
      "same.bin",
      Uint8Array.from(KEY_HEX.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16)),
    );
    const ledger = ["--ledger", "same.ledger.json"];
    await anonymiseCli([file, "--out", "a.json", "--key-file", hex, "--on", ON, ...ledger]);
    await anonymiseCli([file, "--out", "b.json", "--key-file", raw, "--on", ON, ...ledger]);
    await anonymiseCli([file, "--out", "c.json", "--on", ON, ...ledger], { REDUMBRELLA_KEY: KEY_HEX });
    expect(read("b.json")).toBe(read("a.json"));
    expect(read("c.json")).toBe(read("a.json"));
    // The ledger holds levels, never data.
    expect(read("same.ledger.json")).not.toContain("sauna");
    // Without a ledger, the same key gives other pseudonyms: two releases do not link.
    await anonymiseCli([file, "--out", "d.json", "--key-file", hex, "--on", ON]);
    const pids = new Set(released("a.json").map((r) => r.pid));
    expect(released("d.json").some((r) => pids.has(r.pid))).toBe(false);
  });

  it("refuses a ledger of another key, and a file that is not a ledger, and writes nothing", async () => {
    const file = write("other.ndjson", SIX);
    await anonymiseCli([file, "--out", "o1.json", "--on", ON, "--ledger", "other.ledger.json"], { REDUMBRELLA_KEY: KEY_HEX });
    const other = await anonymiseCli([file, "--out", "o2.json", "--on", ON, "--ledger", "other.ledger.json"], {
      REDUMBRELLA_KEY: "ab".repeat(4) + KEY_HEX.slice(8),
    });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(ONE_LINE);
    write("bad.ledger.json", "not json");
    const bad = await anonymiseCli([file, "--out", "o3.json", "--on", ON, "--ledger", "bad.ledger.json"], { REDUMBRELLA_KEY: KEY_HEX });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not a release ledger");
  });

  it("without a key, uses a random one for this run only and says so on stderr", async () => {
    const file = write("random.ndjson", SIX);
    const first = await anonymiseCli([file, "--out", "r1.json", "--on", ON]);
    const second = await anonymiseCli([file, "--out", "r2.json", "--on", ON]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(ONE_LINE);
    expect(first.stderr).toContain("a random key was used for this run only");
    const pids = new Set(released("r1.json").map((r) => r.pid));
    expect(released("r2.json").some((r) => pids.has(r.pid))).toBe(false);
    expect(second.stderr).toBe(first.stderr);
  });

  it("counts invalid records and lines that are not JSON, says so on stderr, and releases the rest", async () => {
    const file = write("mixed.ndjson", ndjson([...records(5), "{not json", { ...EXAMPLE, id: "not-a-uuid" }]));
    const { code, stdout, stderr } = await anonymiseCli([file, "--out", "mixed.out.json", "--json", "--on", ON], {
      REDUMBRELLA_KEY: KEY_HEX,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      records: { input: 7, consented: 5, released: 5 },
      excluded: { total: 2, byReason: { INVALID_RECORD: 2 } },
    });
    expect(stderr).toBe(
      "redumbrella: mixed.ndjson:6:2: not valid JSON (unexpected character); read as an invalid record.\n" +
        "redumbrella: 2 records are not valid and were not released; run `redumbrella validate` on FILE to see why.\n",
    );
  });

  it("--keep-text keeps free text, scrubbed", async () => {
    const file = write("text.ndjson", SIX);
    await anonymiseCli([file, "--out", "text.out.json", "--keep-text", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    const text = released("text.out.json")[0]?.police?.whyNotComplained;
    expect(text).toBe(EXAMPLE.police.whyNotComplained);
  });

  it("releases nothing, writes an empty array and exits 0 when fewer than k records consent", async () => {
    const file = write("few.ndjson", ndjson(records(2)));
    const { code, stdout } = await anonymiseCli([file, "--out", "few.out.json", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    expect(code).toBe(0);
    expect(read("few.out.json")).toBe("[]\n");
    expect(stdout).toContain("k-anonymity not reached");
  });

  it("prints the report in Russian with --lang ru", async () => {
    const file = write("ru.ndjson", SIX);
    const { stdout } = await anonymiseCli([file, "--out", "ru.out.json", "--lang", "ru", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    expect(stdout).toContain("Записи: прочитано 6, с согласием на обезличенную выборку 6, выдано 6, скрыто 0.");
    expect(stdout.endsWith("Записано записей в ru.out.json: 6.\n")).toBe(true);
  });
});

describe("anonymise: usage and file errors", () => {
  it.each([
    [["six.ndjson"], "Missing --out OUT"],
    [["six.ndjson", "--out", "x.json", "--k", "1"], "'1' is not a valid k"],
    [["six.ndjson", "--out", "x.json", "--k", "five"], "'five' is not a valid k"],
    [["six.ndjson", "--out", "x.json", "--on", "2026-02-30"], "'2026-02-30' is not a calendar date"],
    [["six.ndjson", "--out", "six.ndjson"], "six.ndjson: the output is also an input"],
    [["six.ndjson", "--out", "x.json", "--frobnicate"], "Unknown option '--frobnicate'"],
  ])("%j exits 2 with one line on stderr", async (args, message) => {
    write("six.ndjson", SIX);
    const { code, stdout, stderr } = await anonymiseCli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toContain(message);
    expect(read("six.ndjson")).toBe(SIX);
    expect(existsSync(join(dir, "x.json"))).toBe(false);
  });

  it("exits 2 for a missing input, a short key, a bad REDUMBRELLA_KEY or an OUT that cannot be written", async () => {
    write("six.ndjson", SIX);
    const cases = await Promise.all([
      anonymiseCli(["nowhere.ndjson", "--out", "x.json"], { REDUMBRELLA_KEY: KEY_HEX }),
      anonymiseCli(["six.ndjson", "--out", "x.json", "--key-file", write("short.key", "0011223344")]),
      anonymiseCli(["six.ndjson", "--out", "x.json"], { REDUMBRELLA_KEY: "not hex at all" }),
      anonymiseCli(["six.ndjson", "--out", "no/such/dir/x.json"], { REDUMBRELLA_KEY: KEY_HEX }),
    ]);
    expect(cases.map((c) => c.code)).toEqual([2, 2, 2, 2]);
    for (const c of cases) expect(c.stderr).toMatch(ONE_LINE);
    expect(cases[0]?.stderr).toContain("nowhere.ndjson: no such file or directory.");
    expect(cases[1]?.stderr).toContain("short.key: the key has 5 bytes; at least 12 (96 bits) are needed.");
    expect(cases[2]?.stderr).toContain("REDUMBRELLA_KEY must be hex digits");
    expect(cases[3]?.stderr).toContain("no/such/dir/x.json: cannot be written (ENOENT).");
    expect(existsSync(join(dir, "x.json"))).toBe(false);
  });

  it("--help describes the command and its options", async () => {
    const { code, stdout } = await anonymiseCli(["--help"]);
    expect(code).toBe(0);
    for (const option of ["--out", "--k", "--key-file", "--keep-text", "--on", "--json"]) expect(stdout).toContain(option);
  });
});

describe("anonymise: several files and languages", () => {
  it("reads several FILEs as one set of records", async () => {
    const a = write("three-a.ndjson", ndjson(records(6).slice(0, 3)));
    const b = write("three-b.ndjson", ndjson(records(6).slice(3)));
    const { code, stdout } = await anonymiseCli([a, b, "--out", "two.out.json", "--json", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ records: { input: 6, released: 6 } });
  });

  it("writes nothing when one of the FILEs cannot be read", async () => {
    const a = write("only.ndjson", SIX);
    const { code, stderr } = await anonymiseCli([a, "missing.ndjson", "--out", "partial.json", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    expect({ code, stderr }).toEqual({ code: 2, stderr: "redumbrella: missing.ndjson: no such file or directory.\n" });
    expect(existsSync(join(dir, "partial.json"))).toBe(false);
  });

  it("says in Kazakh how many records were written, with --lang kk", async () => {
    const file = write("kk.ndjson", SIX);
    const { stdout } = await anonymiseCli([file, "--out", "kk.out.json", "--lang", "kk", "--on", ON], { REDUMBRELLA_KEY: KEY_HEX });
    expect(stdout.endsWith("kk.out.json файлына жазылған жазбалар: 6.\n")).toBe(true);
  });
});

describe("the anonymise messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(ANONYMISE_COMMAND_MESSAGES)).toEqual([]);
  });
});
