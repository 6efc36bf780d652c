import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCALES, type Locale } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../internal/errors.js";
import { translator } from "../../internal/messages.js";
import type { Io } from "../../io.js";
import { complaintCommand } from "./command.js";
import { COMPLAINT_COMMAND_MESSAGES } from "./messages.js";

const ID = "6cfe2e33-6942-4da8-bc2f-ede7e859b1ae";
const record = (lawEnforcementComplaint: boolean) => ({
  schemaVersion: 2,
  id: ID,
  interview: { date: "2016-03-14", interviewerId: "D2" },
  consent: {
    recordedBy: "signature",
    givenOn: "2016-03-14",
    items: {
      statistics: { answer: true },
      useWithoutName: { answer: true },
      publicName: { answer: false },
      lawEnforcementComplaint: { answer: lawEnforcementComplaint },
    },
  },
  respondent: { fullName: "Ирина Секретова", gender: "female", age: 38, ethnicity: "Kazakh", citizenship: "KZ" },
  police: { rightsViolated: false },
  medical: { rightsViolated: false },
  incidents: [
    {
      id: "i1",
      date: "2016-02-10",
      perpetrators: [{ kind: "police", rank: "сержант" }],
      acts: ["robbery", "threats"],
      complaints: [{ to: "police", outcome: "withdrawn", withdrawnUnderPressure: true }],
      narrative: "Сержант Асқаров забрал телефон в сауне «Лотос»",
    },
  ],
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-complaint-"));
  writeFileSync(join(dir, "yes.json"), JSON.stringify([record(true)]));
  writeFileSync(join(dir, "no.json"), JSON.stringify([record(false)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the command as `redumbrella complaint` would, with its options already read, and an io kept
 * in memory (the command is not yet in the CLI's table, so not through `run`).
 */
async function run(
  file: string,
  options: Record<string, string | true>,
  locale: Locale = "en",
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: {
      write: (text) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
    },
    stdin: (async function* () {})(),
    cwd: dir,
    env: {},
    randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
  };
  const t = translator(locale, COMPLAINT_COMMAND_MESSAGES) as never;
  const code = await complaintCommand.run({ args: [file], options, locale, t, io, commands: [complaintCommand] });
  return { code, stdout, stderr };
}

describe("redumbrella complaint", () => {
  it("writes the letter to --out, readable by its owner only, and prints no record content", async () => {
    const { code, stdout, stderr } = await run(
      "yes.json",
      { record: ID, incident: "i1", to: "prosecutor", on: "2016-03-20", out: "letter.md" },
      "ru",
    );
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("letter.md");
    const letter = readFileSync(join(dir, "letter.md"), "utf8");
    expect(letter).toMatch(/^Прокурору/);
    expect(letter).toContain("ЖАЛОБА");
    for (const secret of ["Секретова", "Асқаров", "Лотос"]) expect(letter).not.toContain(secret);
    expect(statSync(join(dir, "letter.md")).mode & 0o077).toBe(0);
  });

  it("refuses clearly when her consent does not allow a complaint, and writes nothing", async () => {
    const { code, stdout, stderr } = await run("no.json", {
      record: ID,
      incident: "i1",
      to: "prosecutor",
      on: "2016-03-20",
      out: "refused.md",
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`No complaint for ${ID}`);
    expect(stderr).toMatch(/consent/i);
    expect(() => statSync(join(dir, "refused.md"))).toThrow();
  });

  it("refuses a record or an incident that is not there, and a stale consent", async () => {
    expect((await run("yes.json", { record: "00000000-0000-4000-8000-000000000000", incident: "i1", to: "prosecutor" })).code).toBe(1);
    expect((await run("yes.json", { record: ID, incident: "i7", to: "prosecutor", on: "2016-03-20" })).code).toBe(1);
    expect((await run("yes.json", { record: ID, incident: "i1", to: "prosecutor", on: "2016-06-20" })).code).toBe(1);
  });

  it("writes plain text to standard output with --text", async () => {
    const { code, stdout } = await run(
      "yes.json",
      { record: ID, incident: "i1", to: "internalAffairs", on: "2016-03-20", text: true },
      "kk",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Ішкі істер департаментінің бастығына");
    expect(stdout).not.toContain("## ");
  });

  it("is a usage error without --record, --incident or --to, or with an unknown addressee", async () => {
    await expect(run("yes.json", { record: ID, incident: "i1" })).rejects.toBeInstanceOf(UsageError);
    await expect(run("yes.json", { record: ID, incident: "i1", to: "mayor" })).rejects.toBeInstanceOf(UsageError);
  });

  it("has every message in en, ru and kk", () => {
    expect(
      catalogueProblems({ catalogues: COMPLAINT_COMMAND_MESSAGES.catalogues }),
      JSON.stringify(catalogueProblems({ catalogues: COMPLAINT_COMMAND_MESSAGES.catalogues })),
    ).toEqual([]);
    expect(LOCALES).toEqual(["en", "ru", "kk"]);
  });
});
