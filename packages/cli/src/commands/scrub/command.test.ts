import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../internal/errors.js";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { SCRUB_COMMAND_MESSAGES } from "./messages.js";

/** Runs `redumbrella scrub ARGS` through the real command line. */
const scrub = (args: readonly string[], cwd: string, stdin?: readonly (Uint8Array | string)[]): Promise<RunOutput> =>
  runInMemory(["scrub", ...args], cwd, stdin);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-scrub-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;
const ONE_LINE = /^redumbrella: [^\n]+\n$/;

describe("redumbrella scrub", () => {
  const lines = [
    { text: "Участковый Ерлан Жумабаев взял 15000 тенге.", lang: "ru" },
    { text: "Менің нөмірім +7 747 208 61 39." },
    { text: "The fine was 22 000 KZT.", lang: "en" },
  ];

  it("writes each text scrubbed, one line each, in order", async () => {
    const { code, stdout, stderr } = await scrub([write("a.ndjson", ndjson(lines))], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe("Участковый [NAME] взял 15000 тенге.\nМенің нөмірім [PHONE].\nThe fine was 22 000 KZT.\n");
  });

  it("with --json writes {text, entities} per line, offsets into the original", async () => {
    const { code, stdout } = await scrub(["--json", write("b.ndjson", ndjson(lines))], dir);
    expect(code).toBe(0);
    const out = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(out).toEqual([
      { text: "Участковый [NAME] взял 15000 тенге.", entities: [{ start: 11, end: 25, type: "NAME" }] },
      { text: "Менің нөмірім [PHONE].", entities: [{ start: 14, end: 30, type: "PHONE" }] },
      { text: "The fine was 22 000 KZT.", entities: [] },
    ]);
  });

  it("reads standard input for -, in chunks that split lines and characters", async () => {
    const bytes = new TextEncoder().encode(ndjson(lines));
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 50), bytes.subarray(50)];
    const { code, stdout } = await scrub(["-"], dir, chunks);
    expect(code).toBe(0);
    expect(stdout.split("\n")).toHaveLength(4);
  });

  it("keeps each text on one line without --json, escaping line breaks and backslashes", async () => {
    const { stdout } = await scrub([write("c.ndjson", ndjson([{ text: "строка 1\nстрока 2 \\ конец\r" }]))], dir);
    expect(stdout).toBe("строка 1\\nстрока 2 \\\\ конец\\r\n");
  });

  it("skips blank lines, and reads CRLF and a last line without a newline", async () => {
    const { code, stdout } = await scrub([write("d.ndjson", '{"text":"a"}\r\n\r\n   \n{"text":"b"}')], dir);
    expect({ code, stdout }).toEqual({ code: 0, stdout: "a\nb\n" });
  });

  it("reports each bad line in one line naming it, never quoting it, leaves it out, and exits 1", async () => {
    const file = write(
      "bad.ndjson",
      ndjson([
        { text: "Алия Сеитова, первая" },
        '{"text": "Алия Сеитова" ',
        '["Алия Сеитова"]',
        { lang: "ru" },
        { text: "Алия Сеитова", lang: "de" },
        { text: "Алия Сеитова", name: "Алия Сеитова" },
        { text: "последняя" },
      ]),
    );
    const { code, stdout, stderr } = await scrub([file], dir);
    expect(code).toBe(EXIT.invalid);
    expect(stdout).toBe("[NAME], первая\nпоследняя\n");
    const errors = stderr.trimEnd().split("\n");
    expect(errors).toEqual([
      `redumbrella: bad.ndjson:2:25: not valid JSON (unexpected end of input); the line is left out.`,
      `redumbrella: bad.ndjson:3: expected an object {"text": …}; the line is left out.`,
      `redumbrella: bad.ndjson:4: "text" is missing or not a string; the line is left out.`,
      `redumbrella: bad.ndjson:5: "lang" must be "ru", "kk" or "en"; the line is left out.`,
      `redumbrella: bad.ndjson:6: only "text" and "lang" are read, and this line has another field; it is left out, so that nothing leaves unscrubbed.`,
    ]);
    expect(stderr).not.toMatch(/Алия|Сеитова/u);
  });

  it("reports in Russian with --lang ru", async () => {
    const { stderr } = await scrub(["--lang", "ru", write("ru.ndjson", '{"lang":"ru"}\n')], dir);
    expect(stderr).toBe('redumbrella: ru.ndjson:1: поля "text" нет или это не строка; строка пропущена.\n');
  });

  it.each([
    ["a missing file", ["no-such.ndjson"], /no such file/u],
    ["a binary file", ["bin.ndjson"], /not a text file/u],
  ])("exits 2 on %s, with one line on stderr", async (_, args, message) => {
    write("bin.ndjson", new Uint8Array([123, 0, 1, 2, 125, 10]));
    const { code, stdout, stderr } = await scrub(args, dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toMatch(message);
  });

  it.each([
    ["no FILE", [], /Missing FILE/u],
    ["an unknown option", ["--k", "5", "a.ndjson"], /Unknown option '--k'/u],
  ])("exits 2 on %s, with one usage line", async (_, args, message) => {
    const { code, stdout, stderr } = await scrub(args, dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toMatch(message);
  });

  it("says an empty file held nothing to scrub, with no word about JSON; exit 0", async () => {
    for (const content of ["", "\n  \n"]) {
      const { code, stdout, stderr } = await scrub([write("empty.ndjson", content)], dir);
      expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
      expect(stderr).toBe("redumbrella: empty.ndjson: the file is empty: there was nothing to scrub.\n");
    }
  });

  it("reads several FILEs in order, and a JSON array of texts", async () => {
    const a = write("first.ndjson", ndjson([{ text: "один" }]));
    const b = write("second.json", JSON.stringify([{ text: "два" }, { text: 3 }]));
    const { code, stdout, stderr } = await scrub([a, b], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "один\nдва\n" });
    expect(stderr).toBe('redumbrella: second.json #1: "text" is missing or not a string; the line is left out.\n');
  });

  it("reports in Kazakh with --lang kk", async () => {
    const { stderr } = await scrub(["--lang", "kk", write("kk.ndjson", '{"lang":"kk"}\n')], dir);
    expect(stderr).toBe('redumbrella: kk.ndjson:1: "text" өрісі жоқ немесе ол жол емес; жол өткізіп жіберілді.\n');
  });

  it("reads a directory's record files in name order", async () => {
    mkdirSync(join(dir, "several"), { recursive: true });
    writeFileSync(join(dir, "several", "2.ndjson"), ndjson([{ text: "два" }]));
    writeFileSync(join(dir, "several", "1.ndjson"), ndjson([{ text: "один" }]));
    const { code, stdout } = await scrub(["several"], dir);
    expect({ code, stdout }).toEqual({ code: 0, stdout: "один\nдва\n" });
  });
});

describe("scrub's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(SCRUB_COMMAND_MESSAGES)).toEqual([]);
  });
});
