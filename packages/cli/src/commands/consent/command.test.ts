import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { USES } from "@redumbrella/consent";
import { LOCALES } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunOutput, runInMemory } from "../../internal/memory-io.js";
import { CLI_MESSAGES } from "../../internal/messages.js";
import { CONSENT_COMMAND_MESSAGES } from "./messages.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));

/** Runs `redumbrella consent ...args` through the real command line, in-process. */
const consent = (args: readonly string[], cwd: string, stdin?: readonly (Uint8Array | string)[]): Promise<RunOutput> =>
  runInMemory(["consent", ...args], cwd, stdin);

interface JsonDecision {
  file: string;
  index: number;
  id: string | null;
  use: string;
  allowed: boolean;
  reasons: { code: string; items?: string[]; message: string }[];
  obligations: { code: string; params?: { fields?: string[] } }[];
  missingConsent: string[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-consent-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

// Consent to statistics and use without the name, signed on 2015-03-11, age 29.
const TYPICAL = JSON.parse(readFileSync(join(REPO, "examples/valid/01-no-detention.json"), "utf8")) as Record<string, unknown> & {
  id: string;
  consent: Record<string, unknown>;
  respondent: Record<string, unknown>;
};
const typical = (n: number, consent: Record<string, unknown> = {}): object => ({
  ...TYPICAL,
  id: idOf(n),
  consent: { ...TYPICAL.consent, ...consent },
});

async function consentJson(args: readonly string[], cwd = dir): Promise<RunOutput & { decisions: JsonDecision[] }> {
  const output = await consent(["--json", ...args], cwd);
  return { ...output, decisions: JSON.parse(output.stdout) as JsonDecision[] };
}

const ONE_LINE = /^redumbrella: [^\n]+\n$/;

describe("deciding the examples", () => {
  const files = readdirSync(join(REPO, "examples/valid"))
    .filter((n) => n.endsWith(".json"))
    .sort();

  it("--use all decides every use of every record, in file order, and exits 0", async () => {
    const { code, decisions, stderr } = await consentJson(["examples/valid", "--use", "all", "--on", "2016-06-01"], REPO);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(decisions.map((d) => `${d.file} ${d.use}`)).toEqual(files.flatMap((f) => USES.map((use) => `examples/valid/${f} ${use}`)));
    const of = (file: string) => decisions.filter((d) => d.file === `examples/valid/${file}`);
    // Withdrawn on 2015-07-02: every use denied, for that reason first.
    expect(of("06-withdrawn-consent.json").map((d) => [d.allowed, d.reasons[0]?.code])).toEqual(USES.map(() => [false, "WITHDRAWN"]));
    // The age was declined: no release or publication; a complaint she asked for is not blocked by her age (here denied for other reasons).
    const declinedAge = of("10-required-question-declined.json");
    expect(declinedAge.every((d) => !d.allowed)).toBe(true);
    expect(declinedAge.filter((d) => d.reasons.some((r) => r.code === "AGE_UNKNOWN")).map((d) => d.use)).toEqual([
      "statistics",
      "anonymisedCaseStudy",
      "anonymisedDataset",
      "namedPublication",
      "partnerSharing",
    ]);
    expect(
      of("01-no-detention.json")
        .filter((d) => d.allowed)
        .map((d) => d.use),
    ).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
  });

  it("prints one text line per record and use, then the counts", async () => {
    const file = "examples/valid/01-no-detention.json";
    const { code, stdout } = await consent([file, "--use", "all", "--on", "2016-06-01"], REPO);
    const id = TYPICAL.id;
    expect(stdout.split("\n")).toEqual([
      `${file} #0 (id ${id}) statistics: allowed — obligations AGGREGATE_ONLY, SUPPRESS_SMALL_CELLS`,
      `${file} #0 (id ${id}) anonymisedCaseStudy: allowed — obligations ANONYMISE`,
      `${file} #0 (id ${id}) anonymisedDataset: allowed — obligations ANONYMISE, K_ANONYMITY`,
      `${file} #0 (id ${id}) namedPublication: denied — CONSENT_NOT_GIVEN (publicName)`,
      `${file} #0 (id ${id}) lawEnforcementComplaint: denied — CONSENT_NOT_GIVEN (lawEnforcementComplaint), CONSENT_STALE (lawEnforcementComplaint)`,
      `${file} #0 (id ${id}) partnerSharing: denied — NO_CONSENT_ITEM`,
      `${file} #0 (id ${id}) safeguardingReferral: denied — NOT_A_MINOR`,
      "Records: 1, decisions: 7 (3 allowed, 4 denied)",
      "",
    ]);
    expect(code).toBe(0);
  });

  it("--lang ru prints the lines and the messages in Russian", async () => {
    const file = write("ru.json", JSON.stringify(typical(1)));
    const text = await consent([file, "--use", "namedPublication", "--on", "2016-06-01", "--lang", "ru"], dir);
    expect(text.stdout).toBe(
      `ru.json #0 (id ${idOf(1)}) namedPublication: запрещено — CONSENT_NOT_GIVEN (publicName)\nЗаписей: 1, решений: 1 (разрешено: 0, запрещено: 1)\n`,
    );
    const { decisions } = await consentJson([file, "--use", "namedPublication", "--on", "2016-06-01", "--lang", "ru"]);
    // The sentence itself is @redumbrella/consent's; the CLI passes it on in the language asked for.
    expect(decisions[0]?.reasons[0]?.message).toContain("C3 «Имя и фамилию можно раскрыть публично»");
  });
});

describe("records, days and the JSON output", () => {
  it("invalid records and lines that are not JSON are denied with INVALID_RECORD, in place", async () => {
    const { respondent } = TYPICAL;
    const noAge = { ...typical(2), respondent: { ...respondent, age: undefined } };
    const badId = { ...typical(4), id: "TK-017" };
    const file = write("mixed.ndjson", ndjson([typical(1), noAge, "{", badId, typical(5, { useWithoutName: false })]));
    const { code, decisions } = await consentJson([file, "--use", "anonymisedCaseStudy", "--on", "2016-06-01"]);
    expect(decisions.map((d) => [d.index, d.id, d.allowed, d.reasons.map((r) => r.code), d.missingConsent])).toEqual([
      [0, idOf(1), true, [], []],
      [1, idOf(2), false, ["INVALID_RECORD"], []],
      [2, null, false, ["INVALID_RECORD"], []],
      [3, null, false, ["INVALID_RECORD"], []],
      [4, idOf(5), false, ["CONSENT_NOT_GIVEN"], ["useWithoutName"]],
    ]);
    expect(decisions[4]?.reasons[0]).toEqual({
      code: "CONSENT_NOT_GIVEN",
      items: ["useWithoutName"],
      message: 'The respondent did not consent to C2 "Data can be used without disclosure of name".',
    });
    expect(code).toBe(0);
  });

  it("each decision has the fields the issue names, obligations with their params", async () => {
    const file = write("named.json", JSON.stringify(typical(1, { publicName: true })));
    const { decisions } = await consentJson([file, "--use", "namedPublication", "--on", "2016-06-01"]);
    expect(decisions).toHaveLength(1);
    expect(Object.keys(decisions[0] ?? {})).toEqual(["file", "index", "id", "use", "allowed", "reasons", "obligations", "missingConsent"]);
    expect(decisions[0]?.obligations).toEqual([
      {
        code: "REDACT_SENSITIVE",
        params: {
          fields: ["respondent.injectsDrugs", "respondent.substitutionTherapy", "respondent.livingWithHiv", "respondent.criminalRecord"],
        },
      },
    ]);
  });

  it("--on is the day of the use: complaint consent holds 30 days", async () => {
    const file = write("complaint.json", JSON.stringify(typical(1, { lawEnforcementComplaint: true })));
    const day = async (on: string) => (await consentJson([file, "--use", "lawEnforcementComplaint", "--on", on])).decisions[0];
    expect((await day("2015-04-10"))?.allowed).toBe(true); // given 2015-03-11: day 30
    expect((await day("2015-04-11"))?.reasons.map((r) => r.code)).toEqual(["CONSENT_STALE"]);
    expect((await day("2015-03-10"))?.reasons.map((r) => r.code)).toEqual(["NOT_YET_GIVEN"]);
    // A day after today is a day of use, not a reason to call the record invalid.
    expect((await day("2999-01-01"))?.reasons.map((r) => r.code)).toEqual(["CONSENT_STALE"]);
  });

  it("without --on, decides for today", async () => {
    const file = write("today.json", JSON.stringify(typical(1, { lawEnforcementComplaint: true })));
    const { decisions } = await consentJson([file, "--use", "all"]);
    expect(decisions.filter((d) => d.allowed).map((d) => d.use)).toEqual(["statistics", "anonymisedCaseStudy", "anonymisedDataset"]);
  });

  it("reads standard input and several files, in order", async () => {
    const file = write("one.json", JSON.stringify(typical(1)));
    const out = await consent(["--json", file, "-", "--use", "statistics", "--on", "2016-06-01"], dir, [ndjson([typical(2), typical(3)])]);
    const decisions = JSON.parse(out.stdout) as JsonDecision[];
    expect(decisions.map((d) => `${d.file} ${d.index} ${d.id}`)).toEqual([
      `one.json 0 ${idOf(1)}`,
      `<stdin> 0 ${idOf(2)}`,
      `<stdin> 1 ${idOf(3)}`,
    ]);
  });
});

describe("usage and file errors: one line on stderr, exit 2", () => {
  it.each<[string, string[], string]>([
    ["no --use", ["x.json"], "Missing --use: name a use, or all."],
    ["an unknown use", ["x.json", "--use", "selling"], `Unknown use 'selling': use one of ${USES.join(", ")}, or all.`],
    ["a bad day", ["x.json", "--use", "all", "--on", "2016-02-30"], "'2016-02-30' is not a calendar date"],
    ["no file", ["--use", "all"], "Missing FILE."],
    ["an unknown option", ["x.json", "--use", "all", "--policy", "loose"], "Unknown option '--policy'."],
  ])("%s", async (_, args, message) => {
    const { code, stdout, stderr } = await consent(args, dir);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toContain(message);
    expect(stderr).toContain("redumbrella consent --help");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
  });

  it("a missing file is reported, the others decided, and the JSON array stays whole", async () => {
    const file = write("fine.json", JSON.stringify(typical(1)));
    const { code, decisions, stderr } = await consentJson(["nowhere.json", file, "--use", "statistics", "--on", "2016-06-01"]);
    expect(stderr).toBe("redumbrella: nowhere.json: no such file or directory.\n");
    expect(decisions.map((d) => d.file)).toEqual(["fine.json"]);
    expect(code).toBe(2);
  });

  it("help lists the options and every use", async () => {
    const { code, stdout } = await consent(["--help"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: redumbrella consent FILE... --use USE|all");
    for (const option of ["--use USE|all", "--on YYYY-MM-DD", "--json", "--lang en|ru"]) expect(stdout).toContain(option);
    for (const use of USES) expect(stdout).toContain(use);
  });
});

describe("record contents are never printed", () => {
  const SECRET = "Aigul-Nurlanovna-HIV+";
  const records = [
    { ...typical(1), id: SECRET },
    { ...typical(2), respondent: { ...TYPICAL.respondent, fullName: SECRET } },
    { ...typical(3), respondent: { ...TYPICAL.respondent, nickname: SECRET } },
    { ...typical(4), consent: { ...TYPICAL.consent, recordedBy: SECRET } },
    `{"fullName": "${SECRET}" "age": 3}`,
  ];

  it.each([[[]], [["--json"]], [["--lang", "ru"]]])("with options %j", async (options) => {
    const file = write("secret.ndjson", ndjson(records));
    const { code, stdout, stderr } = await consent([file, "--use", "all", "--on", "2016-06-01", ...options], dir);
    expect(code).toBe(0);
    expect(stdout + stderr).not.toContain(SECRET);
    expect(stdout + stderr).not.toContain("Aigul");
    // Nor the record's dates, age or interviewer.
    for (const value of ["2015-03-11", "D1"]) expect(stdout).not.toContain(value);
  });
});

describe("languages", () => {
  /** A decision without its message texts: what must not depend on the language. */
  const decisionsOnly = (decisions: readonly JsonDecision[]) =>
    decisions.map(({ reasons, ...rest }) => ({ ...rest, reasons: reasons.map(({ message: _, ...r }) => r) }));

  it("--use all gives the same decisions in en, ru and kk; only the messages differ", async () => {
    const runs = await Promise.all(
      LOCALES.map((lang) =>
        consentJson(["examples/valid", "examples/invalid", "--use", "all", "--on", "2016-06-01", "--lang", lang], REPO),
      ),
    );
    for (const run of runs) expect(run.code).toBe(0);
    const [en, ru, kk] = runs.map((run) => run.decisions);
    expect(en?.length).toBeGreaterThan(USES.length);
    expect(decisionsOnly(ru ?? [])).toEqual(decisionsOnly(en ?? []));
    expect(decisionsOnly(kk ?? [])).toEqual(decisionsOnly(en ?? []));
    const messages = (decisions: readonly JsonDecision[] | undefined) => (decisions ?? []).flatMap((d) => d.reasons.map((r) => r.message));
    expect(messages(kk).every((m) => /[\u0400-\u04ff]/u.test(m))).toBe(true);
    expect(messages(kk)).not.toEqual(messages(ru));
  });

  it("--lang kk prints the lines and the summary in Kazakh", async () => {
    const file = write("kk.json", JSON.stringify(typical(1)));
    const { stdout } = await consent([file, "--use", "namedPublication", "--on", "2016-06-01", "--lang", "kk"], dir);
    expect(stdout).toBe(
      `kk.json #0 (id ${idOf(1)}) namedPublication: тыйым салынған — CONSENT_NOT_GIVEN (publicName)\nЖазбалар: 1, шешімдер: 1 (рұқсат етілгені: 0, тыйым салынғаны: 1)\n`,
    );
  });
});

describe("the command's messages", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(CONSENT_COMMAND_MESSAGES)).toEqual([]);
  });

  it("share no key with the CLI's shared messages", () => {
    for (const key of CONSENT_COMMAND_MESSAGES.keys) expect(CLI_MESSAGES.keys).not.toContain(key);
  });
});
