import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkRecord, type Finding } from "@redumbrella/legal-checker";
import { type InterviewRecord, isRefusal, type Locale, parseRecord } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { CHECK_COMMAND_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const ON = "2026-11-28";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

/** Runs `redumbrella check ARGS` through the real command line, in-process. */
function check(
  args: readonly string[],
  { json = false, locale = "en" as Locale, cwd = dir, stdin = [] as string[] } = {},
): Promise<RunOutput> {
  return runInMemory(["check", ...args, ...(json ? ["--json"] : []), "--lang", locale], cwd, stdin);
}

interface Entry {
  file: string;
  index: number;
  id: string | null;
  findings?: Finding[];
  issues?: { path: string; code: string; message: string }[];
}
const entries = (stdout: string): Entry[] => JSON.parse(stdout) as Entry[];

const MINIMAL = JSON.parse(readFileSync(join(REPO, "examples", "valid", "10-required-question-declined.json"), "utf8")) as InterviewRecord;
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
// A record with a prostitution charge and things only the record may know: a name, free text.
const charged = (n: number): InterviewRecord => ({
  ...MINIMAL,
  id: idOf(n),
  respondent: { ...MINIMAL.respondent, fullName: "Айгерим Сапарова" },
  police: { rightsViolated: true, violations: ["extortion"], otherViolation: "забрали телефон у сауны «Лотос»" },
  medical: { rightsViolated: false },
  charges: [
    {
      date: "2015-06-19",
      code: "administrative",
      article: "449",
      offence: "prostitution",
      offenceText: "в сауне «Лотос»",
      role: "sexWorker",
      place: "sauna",
    },
  ],
});
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;

describe("redumbrella check", () => {
  it("prints each record's findings, then the totals; exit 0", async () => {
    const file = "examples/valid/05-charges.json";
    const { code, stdout, stderr } = await check([file], { cwd: REPO });
    const record = parseRecord(JSON.parse(readFileSync(join(REPO, file), "utf8")), { asOf: ON });
    if (isRefusal(record)) throw new Error("05-charges.json is an interview");
    const findings = checkRecord(record);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${file} #0 (id ${record.id}): findings: ${findings.length}`);
    expect(lines[1]).toBe(
      "  charges[0] · flag · unlawful · PROSTITUTION_NOT_AN_OFFENCE — The charge is for prostitution itself, which has not been an offence in Kazakhstan since 30 January 2001: no article of the codes punishes it.",
    );
    const denied = findings.find((f) => f.code === "DETENTION_RIGHTS_DENIED" && f.charge === null);
    expect(lines).toContain(`  record · flag · dubious · DETENTION_RIGHTS_DENIED — ${denied?.message}`);
    const flags = findings.filter((f) => f.status === "flag").length;
    expect(lines.at(-1)).toBe(`records: 1 (1 checked, 0 invalid); findings: ${flags} flagged, ${findings.length - flags} undetermined`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("--json gives [{file, index, id, findings}] in file order, the findings as the library returns them", async () => {
    const { code, stdout } = await check(["examples/valid"], { json: true, cwd: REPO });
    const files = readdirSync(join(REPO, "examples", "valid"))
      .filter((n) => n.endsWith(".json"))
      .sort();
    const report = entries(stdout);
    expect(report.map((e) => e.file)).toEqual(files.map((n) => `examples/valid/${n}`));
    for (const [i, entry] of report.entries()) {
      const record = parseRecord(JSON.parse(readFileSync(join(REPO, "examples", "valid", files[i] as string), "utf8")), { asOf: ON });
      expect(entry).toEqual({
        file: `examples/valid/${files[i]}`,
        index: 0,
        id: record.id,
        findings: isRefusal(record) ? [] : checkRecord(record),
      });
    }
    expect(code).toBe(0);
  });

  it("reports invalid records in place with their validation issues, and checks the others; exit 0", async () => {
    const file = write(
      "mixed.ndjson",
      ndjson([charged(1), { ...MINIMAL, id: idOf(2), declined: [] }, '{"schemaVersion": 1,', { ...charged(4), id: "Айгерим" }, MINIMAL]),
    );
    const { code, stdout, stderr } = await check([file], { json: true });
    const report = entries(stdout);
    expect(
      report.map(({ index, id, findings, issues }) => ({
        index,
        id,
        kind: findings === undefined ? issues?.map((i) => `${i.path} ${i.code}`) : "checked",
      })),
    ).toEqual([
      { index: 0, id: idOf(1), kind: "checked" },
      { index: 1, id: idOf(2), kind: ["respondent.age REQUIRED"] },
      { index: 2, id: null, kind: [" INVALID_JSON"] },
      { index: 3, id: null, kind: ["id INVALID_FORMAT"] },
      { index: 4, id: MINIMAL.id, kind: "checked" },
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });

    const lines = (await check([file])).stdout.split("\n");
    const at = (n: number): number => lines.findIndex((line) => line.startsWith(`mixed.ndjson #${n}`));
    expect([0, 1, 2, 3, 4].map(at)).toEqual([0, 1, 2, 3, 4].map(at).sort((a, b) => a - b));
    expect(lines[at(1)]).toBe(`mixed.ndjson #1 (id ${idOf(2)}): invalid record, not checked`);
    expect(lines[at(1) + 1]).toMatch(/^ {2}respondent\.age REQUIRED — This answer is required/);
    expect(lines.slice(at(2), at(2) + 2)).toEqual([
      "mixed.ndjson #2: invalid record, not checked",
      "  (record) INVALID_JSON — Line 3, column 21: not valid JSON (unexpected end of input).",
    ]);
    expect(lines[at(3)]).toBe("mixed.ndjson #3: invalid record, not checked");
    expect(lines[at(3) + 1]).toMatch(/^ {2}id INVALID_FORMAT — /);
    expect(lines[at(4)]).toMatch(new RegExp(`^mixed\\.ndjson #4 \\(id ${MINIMAL.id}\\): findings: \\d+$`));
  });

  it("--lang ru prints the findings, statuses and totals in Russian", async () => {
    const file = write("ru.json", JSON.stringify(charged(1)));
    const { stdout } = await check([file], { locale: "ru" });
    expect(stdout).toContain("  charges[0] · замечание · незаконно · PROSTITUTION_NOT_AN_OFFENCE — ");
    // A finding is never counted as a violation («нарушение»): it may be only dubious.
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(
      /^записей: 1 \(проверено 1, с ошибками 0\); замечаний: отмечено \d+, не определено \d+$/,
    );
    const own = stdout.split("\n").filter((line) => !line.startsWith("  "));
    expect(own.join("\n")).not.toMatch(/нарушени/u);
  });

  it("--lang kk prints the findings and totals in Kazakh, never counting them as violations", async () => {
    const file = write("kk.json", JSON.stringify(charged(1)));
    const { stdout } = await check([file], { locale: "kk" });
    const last = stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(/^жазбалар: 1 \(тексерілгені 1, қатесі барлары 0\); ескертпелер: белгіленгені \d+, анықталмағаны \d+$/);
    const own = stdout.split("\n").filter((line) => !line.startsWith("  "));
    expect(own.join("\n")).not.toMatch(/бұзушылық/u);
  });

  it("never prints what the record holds beyond its id: no name, no free text", async () => {
    const file = write("private.ndjson", ndjson([charged(1), { ...charged(2), id: "Айгерим Сапарова" }]));
    for (const json of [false, true]) {
      for (const locale of ["en", "ru", "kk"] as const) {
        const { stdout, stderr } = await check([file], { json, locale });
        expect(`${stdout}${stderr}`).not.toMatch(/Айгерим|Сапарова|Лотос|телефон/);
      }
    }
  });

  it("reads standard input with -, and refuses it twice", async () => {
    const { code, stdout } = await check(["-"], { json: true, stdin: [ndjson([charged(1)])] });
    expect(entries(stdout)).toMatchObject([{ file: "<stdin>", index: 0, id: idOf(1) }]);
    expect(code).toBe(0);
    const twice = await check(["-", "-"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^redumbrella: [^\n]+\n$/);
  });

  it("a file error is one line on stderr, exit 2; the other files are still checked and the JSON stays whole", async () => {
    const file = write("one.json", JSON.stringify(charged(1)));
    const { code, stdout, stderr } = await check(["nowhere.json", file], { json: true });
    expect(stderr).toBe("redumbrella: nowhere.json: no such file or directory.\n");
    expect(entries(stdout)).toMatchObject([{ file: "one.json", id: idOf(1) }]);
    expect(code).toBe(2);
    const empty = await check([write("empty.json", "")], { json: true });
    expect({ code: empty.code, stdout: empty.stdout }).toEqual({ code: 2, stdout: "[]\n" });
  });
});

describe("check's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(CHECK_COMMAND_MESSAGES)).toEqual([]);
  });
});
