import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { VALIDATE_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const EXAMPLES = join(REPO, "examples");
const ON = "2026-11-28";

interface JsonReport {
  valid: number;
  invalid: number;
  errors: { file: string; index: number; id: string | null; path: string; code: string; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the temp dir and returns its name, as given on the command line. */
function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const validate = (args: readonly string[], stdin?: readonly (Uint8Array | string)[]): Promise<RunOutput> =>
  runInMemory(["validate", "--on", ON, ...args], dir, stdin);

async function validateJson(
  args: readonly string[],
  stdin?: readonly (Uint8Array | string)[],
): Promise<RunOutput & { report: JsonReport }> {
  const output = await validate(["--json", ...args], stdin);
  return { ...output, report: JSON.parse(output.stdout) as JsonReport };
}

const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
// The minimal valid example: required questions only, age declined.
const MINIMAL = JSON.parse(readFileSync(join(EXAMPLES, "valid", "10-required-question-declined.json"), "utf8")) as {
  respondent: Record<string, unknown>;
  declined: string[];
};
const valid = (n: number): object => ({ ...MINIMAL, id: idOf(n) });
/** Invalid in one way: age neither answered nor declined. */
const missingAge = (n: number): object => ({ ...MINIMAL, id: idOf(n), declined: [] });
const ndjson = (lines: readonly unknown[]): string =>
  `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`;

/** Exactly one line on stderr, starting with the program's name. */
const ONE_LINE = /^redumbrella: [^\n]+\n$/;

describe("examples", () => {
  const validFiles = readdirSync(join(EXAMPLES, "valid")).filter((name) => name.endsWith(".json"));
  const invalidFiles = readdirSync(join(EXAMPLES, "invalid")).filter((name) => name.endsWith(".json") && !name.endsWith(".expect.json"));

  it.each(validFiles)("valid/%s is valid", async (name) => {
    const { code, stdout, stderr } = await runInMemory(["validate", `examples/valid/${name}`, "--on", ON], REPO);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: "1 valid, 0 invalid\n", stderr: "" });
  });

  it.each(invalidFiles)("invalid/%s gives exactly the errors of its .expect.json", async (name) => {
    const file = `examples/invalid/${name}`;
    const { code, stdout, stderr } = await runInMemory(["validate", "--json", file, "--on", ON], REPO);
    const report = JSON.parse(stdout) as JsonReport;
    const expected = JSON.parse(readFileSync(join(EXAMPLES, "invalid", name.replace(/\.json$/, ".expect.json")), "utf8"));
    const record = JSON.parse(readFileSync(join(EXAMPLES, "invalid", name), "utf8")) as { id: string };
    // A key not of the format is printed by its place in its object, never by its name (it could be one).
    const printed = (expected.errors as { path: string; code: string }[]).map(({ path, code }) => {
      if (code !== "UNKNOWN_KEY") return { path, code };
      const keys = path.split(".");
      const key = keys.pop() as string;
      const parent = keys.reduce<Record<string, unknown>>((at, k) => at[k] as Record<string, unknown>, record as Record<string, unknown>);
      return { path: [...keys, `<key #${Object.keys(parent).indexOf(key)}>`].join("."), code };
    });
    expect(report.errors.map(({ path, code }) => ({ path, code }))).toEqual(printed);
    expect(report.errors.every((e) => e.file === file && e.index === 0 && e.id === record.id)).toBe(true);
    expect({ code, valid: report.valid, invalid: report.invalid, stderr }).toEqual({ code: 1, valid: 0, invalid: 1, stderr: "" });
  });

  it("a directory means its record files, by name, without the .expect.json files", async () => {
    const good = await runInMemory(["validate", "examples/valid", "--on", ON], REPO);
    expect(good).toEqual({ code: 0, stdout: `${validFiles.length} valid, 0 invalid\n`, stderr: "" });

    const bad = await runInMemory(["validate", "--json", "examples/invalid", "--on", ON], REPO);
    const report = JSON.parse(bad.stdout) as JsonReport;
    expect(report.errors.map((e) => e.file)).toEqual([...invalidFiles].sort().map((name) => `examples/invalid/${name}`));
    expect({ code: bad.code, valid: report.valid, invalid: report.invalid }).toEqual({ code: 1, valid: 0, invalid: invalidFiles.length });
  });

  it("prints one text line per issue, then the counts", async () => {
    const file = "examples/invalid/01-no-id-reason-with-id.json";
    const { code, stdout } = await runInMemory(["validate", file, "--on", ON], REPO);
    const { id } = JSON.parse(readFileSync(join(REPO, file), "utf8")) as { id: string };
    expect(stdout).toBe(
      `${file} #0 (id ${id}): respondent.noIdReason DETAIL_WITHOUT_GATE — This answer is asked only when respondent.hasId is false; remove it or correct respondent.hasId.\n` +
        "0 valid, 1 invalid\n",
    );
    expect(code).toBe(1);
  });
});

describe("input formats", () => {
  it("NDJSON: a mix of valid and invalid lines gives the right indices and ids; blank lines count only as lines", async () => {
    const file = write(
      "mixed.ndjson",
      ndjson([valid(1), missingAge(2), "", "42", '{"schemaVersion": 1,', valid(3), { ...valid(4), id: "not-a-uuid" }]),
    );
    const { code, report, stderr } = await validateJson([file]);
    expect(report.errors.map(({ index, id, path, code }) => ({ index, id, path, code }))).toEqual([
      { index: 1, id: idOf(2), path: "respondent.age", code: "REQUIRED" },
      { index: 2, id: null, path: "", code: "INVALID_TYPE" },
      { index: 3, id: null, path: "", code: "INVALID_JSON" },
      { index: 5, id: null, path: "id", code: "INVALID_FORMAT" },
    ]);
    expect(report.errors[2]?.message).toBe("Line 5, column 21: not valid JSON (unexpected end of input).");
    expect({ code, valid: report.valid, invalid: report.invalid, stderr }).toEqual({ code: 1, valid: 2, invalid: 4, stderr: "" });
  });

  it("NDJSON text output names the file, the index and the id", async () => {
    const file = write("text.ndjson", ndjson([valid(1), "[]", missingAge(2)]));
    const { code, stdout } = await validate([file]);
    expect(stdout.split("\n")).toEqual([
      "text.ndjson #1: (record) INVALID_TYPE — Expected object, got array.",
      `text.ndjson #2 (id ${idOf(2)}): respondent.age REQUIRED — This answer is required: fill it in, or list the question in \`declined\` if the respondent declined it.`,
      "1 valid, 2 invalid",
      "",
    ]);
    expect(code).toBe(1);
  });

  it("NDJSON with CRLF line ends and no final newline", async () => {
    const file = write("crlf.ndjson", [valid(1), missingAge(2), valid(3)].map((r) => JSON.stringify(r)).join("\r\n"));
    const { code, report } = await validateJson([file]);
    expect(report.errors.map(({ index, code }) => ({ index, code }))).toEqual([{ index: 1, code: "REQUIRED" }]);
    expect({ code, valid: report.valid, invalid: report.invalid }).toEqual({ code: 1, valid: 2, invalid: 1 });
  });

  it("a JSON array: one record per element, non-objects are invalid records", async () => {
    const file = write("array.json", JSON.stringify([valid(1), missingAge(2), null, valid(3)], null, 2));
    const { code, report } = await validateJson([file]);
    expect(report.errors.map(({ index, id, path, code }) => ({ index, id, path, code }))).toEqual([
      { index: 1, id: idOf(2), path: "respondent.age", code: "REQUIRED" },
      { index: 2, id: null, path: "", code: "INVALID_TYPE" },
    ]);
    expect({ code, valid: report.valid, invalid: report.invalid }).toEqual({ code: 1, valid: 2, invalid: 2 });
  });

  it("a pretty-printed object after blank lines is one record", async () => {
    const file = write("pretty.json", `\n\n${JSON.stringify(missingAge(7), null, 2)}\n`);
    const { report } = await validateJson([file]);
    expect(report.errors).toMatchObject([{ index: 0, id: idOf(7), path: "respondent.age", code: "REQUIRED" }]);
  });

  it("- reads standard input, even split inside lines and inside UTF-8 characters", async () => {
    const bytes = new TextEncoder().encode(
      ndjson([valid(1), { ...missingAge(2), respondent: { ...MINIMAL.respondent, ethnicity: "Уйгурка" } }]),
    );
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) => bytes.subarray(k * 7, k * 7 + 7));
    const { code, report } = await validateJson(["-"], chunks);
    expect(report.errors).toMatchObject([{ file: "<stdin>", index: 1, id: idOf(2), code: "REQUIRED" }]);
    expect({ code, valid: report.valid, invalid: report.invalid }).toEqual({ code: 1, valid: 1, invalid: 1 });
  });

  it("--lang ru prints the messages and the summary in Russian", async () => {
    const file = write("ru.ndjson", ndjson([missingAge(1), "{"]));
    const { stdout } = await validate([file, "--lang", "ru"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("respondent.age REQUIRED — Это обязательный вопрос");
    expect(lines[1]).toBe("ru.ndjson #1: (запись) INVALID_JSON — Строка 2, столбец 2: это не JSON (неожиданный конец данных).");
    expect(lines[2]).toBe("без ошибок: 0, с ошибками: 2");
  });

  it("--lang kk prints the messages and the summary in Kazakh", async () => {
    const file = write("kk.ndjson", ndjson([missingAge(1), "{"]));
    const { stdout } = await validate([file, "--lang", "kk"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[1]).toBe("kk.ndjson #1: (жазба) INVALID_JSON — 2-жол, 2-баған: бұл JSON емес (деректер күтпеген жерде аяқталды).");
    expect(lines[2]).toBe("қатесіз: 0, қатесі бар: 2");
  });

  it("--on before a record's dates makes them FUTURE_DATE", async () => {
    const file = write("future.json", JSON.stringify(valid(1)));
    const before = await runInMemory(["validate", "--json", file, "--on", "2016-01-25"], dir);
    expect(JSON.parse(before.stdout).errors).toContainEqual(expect.objectContaining({ path: "interview.date", code: "FUTURE_DATE" }));
    expect(before.code).toBe(1);
    const onTheDay = await runInMemory(["validate", file, "--on", "2016-01-26"], dir);
    expect(onTheDay.code).toBe(0);
  });
});

describe("file errors: one line on stderr naming the file, exit 2", () => {
  const cases: [string, string | Uint8Array, string][] = [
    ["empty.json", "", "empty.json: the file is empty: expected a JSON array, a JSON object or NDJSON."],
    ["blank.ndjson", " \n\n\t\n", "blank.ndjson: the file is empty: expected a JSON array, a JSON object or NDJSON."],
    ["nul.json", new Uint8Array([0x7b, 0x00, 0x7d]), "nul.json: not a text file (binary data or not UTF-8)."],
    [
      "latin1.ndjson",
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a]),
      "latin1.ndjson: not a text file (binary data or not UTF-8).",
    ],
    ["array.json", '[\n  {"schemaVersion": 1},\n  {"schemaVersion": ]\n', "array.json:3:21: malformed JSON (unexpected character)."],
    ["cut.json", '[{"schemaVersion": 1}, ', "cut.json:1:24: malformed JSON (unexpected end of input)."],
    ["comma.json", '{\n  "schemaVersion": 1,\n}\n', "comma.json:3:1: malformed JSON (unexpected character)."],
    ["two.json", "[1]\n[2]\n", "two.json:2:1: malformed JSON (unexpected text after the JSON value)."],
    ["prose.json", "\nRespondent 12, Almaty\n", "prose.json:2:1: expected a JSON array '[', a JSON object '{' or NDJSON."],
  ];

  it.each(cases)("%s", async (name, content, message) => {
    write(name, content);
    const { code, stdout, stderr } = await validate([name]);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toBe(`redumbrella: ${message}\n`);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "0 valid, 0 invalid\n" });
  });

  it("a missing file is reported and the other files are still checked", async () => {
    const file = write("one.json", JSON.stringify(valid(1)));
    const { code, stdout, stderr } = await validate(["nowhere.json", file]);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: "1 valid, 0 invalid\n",
      stderr: "redumbrella: nowhere.json: no such file or directory.\n",
    });
  });

  it("a directory with no record files", async () => {
    mkdirSync(join(dir, "no-records"));
    write("no-records/01.expect.json", "{}");
    write("no-records/notes.txt", "{}");
    const { code, stderr } = await validate(["no-records"]);
    expect(stderr).toBe("redumbrella: no-records: the directory has no *.json or *.ndjson record files.\n");
    expect(code).toBe(2);
  });

  it("--json still prints one whole JSON document", async () => {
    const file = write("fine.ndjson", ndjson([valid(1), missingAge(2)]));
    const empty = write("nothing.json", "");
    const { code, report, stderr } = await validateJson([file, empty]);
    expect(stderr).toMatch(ONE_LINE);
    expect({ code, valid: report.valid, invalid: report.invalid, errors: report.errors.length }).toEqual({
      code: 2,
      valid: 1,
      invalid: 1,
      errors: 1,
    });
  });

  it.each([["2026-02-30"], ["tomorrow"], ["2026-1-5"]])("--on %s is a usage error", async (on) => {
    const { code, stdout, stderr } = await runInMemory(["validate", "x.json", "--on", on], dir);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toContain("redumbrella validate --help");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
  });
});

describe("record contents are never printed", () => {
  const SECRET = "Aigul-Nurlanovna-HIV+";
  const withSecret = [
    { ...valid(1), id: SECRET },
    { ...valid(2), respondent: { ...MINIMAL.respondent, nickname: SECRET } },
    { ...valid(3), interview: SECRET },
    `{"fullName": "${SECRET}" "age": 3}`,
  ];

  it.each([[[]], [["--json"]], [["--lang", "ru"]]])("in NDJSON, with options %j", async (options) => {
    const file = write("secret.ndjson", ndjson(withSecret));
    const { code, stdout, stderr } = await validate([file, ...options]);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toContain(SECRET);
  });

  it("in a malformed JSON document", async () => {
    const file = write("secret.json", `[\n{"fullName": "${SECRET}" "age": 3}\n]`);
    const { code, stdout, stderr } = await validate([file]);
    expect(stderr).toBe("redumbrella: secret.json:2:38: malformed JSON (unexpected character).\n");
    expect(stdout + stderr).not.toContain(SECRET);
    expect(code).toBe(2);
  });
});

describe("streaming", () => {
  it("validates 20,000 NDJSON lines with the right counts", { timeout: 30_000 }, async () => {
    const lines = Array.from({ length: 20_000 }, (_, n) => JSON.stringify(n % 1000 === 999 ? missingAge(n) : valid(n)));
    const file = write("many.ndjson", `${lines.join("\n")}\n`);
    const { code, report } = await validateJson([file]);
    expect({ code, valid: report.valid, invalid: report.invalid }).toEqual({ code: 1, valid: 19_980, invalid: 20 });
    expect(report.errors.map((e) => e.index)).toEqual(Array.from({ length: 20 }, (_, k) => k * 1000 + 999));
    expect(report.errors.every((e) => e.id === idOf(e.index))).toBe(true);
  });
});

describe("validate's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(VALIDATE_MESSAGES)).toEqual([]);
  });
});
