import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./commands/index.js";
import { runInMemory } from "./internal/memory-io.js";
import { run } from "./run.js";

const PACKAGE = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
/** Kazakh letters that Russian does not have: a Kazakh text has some, a Russian one none. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

const cwd = tmpdir();
const ONE_LINE = /^redumbrella: [^\n]+\n$/;

describe("help", () => {
  it.each([[["--help"]], [["-h"]], [["help"]], [["--lang", "en", "--help"]]])("%j lists every command", async (argv) => {
    const { code, stdout, stderr } = await runInMemory(argv, cwd);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("Usage: redumbrella <command> [options]");
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, "m"));
  });

  it("--lang ru --help is in Russian", async () => {
    const { code, stdout } = await runInMemory(["--lang", "ru", "--help"], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain("Использование: redumbrella <команда> [параметры]");
  });

  it("--lang kk --help is in Kazakh, with every command", async () => {
    const { code, stdout } = await runInMemory(["--lang", "kk", "--help"], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain("Қолданылуы: redumbrella <команда> [параметрлер]");
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, "m"));
    expect(stdout).toContain("--version");
  });

  describe.each(COMMANDS.map((command) => [command.name]))("%s", (name) => {
    it.each([[[name, "--help"]], [["help", name]], [[name, "-h", "--no-such-option"]]])("%j prints its help", async (argv) => {
      const { code, stdout, stderr } = await runInMemory(argv, cwd);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(new RegExp(`^Usage: redumbrella ${name}\\b`));
      expect(stdout).toContain("--help");
    });

    it("prints its help in Russian with --lang ru", async () => {
      const { code, stdout } = await runInMemory([name, "--help", "--lang", "ru"], cwd);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Использование: redumbrella ${name}\\b`));
    });

    it("prints its help in Kazakh with --lang kk: every line Cyrillic, none the Russian one", async () => {
      const kk = await runInMemory([name, "--help", "--lang", "kk"], cwd);
      const ru = await runInMemory([name, "--help", "--lang", "ru"], cwd);
      expect({ code: kk.code, stderr: kk.stderr }).toEqual({ code: 0, stderr: "" });
      expect(kk.stdout).toMatch(new RegExp(`^Қолданылуы: redumbrella ${name}\\b`));
      expect(kk.stdout).toMatch(KAZAKH_LETTERS);
      expect(kk.stdout).not.toBe(ru.stdout);
      // Each option's description is written in Kazakh (option names stay as typed).
      const descriptions = kk.stdout.split("\n").filter((line) => /^ {2}(-\w, | {4})--/.test(line));
      expect(descriptions.length).toBeGreaterThanOrEqual(2);
      for (const line of descriptions) expect(line, line).toMatch(/[\u0400-\u04ff]/u);
      const ruLines = new Set(ru.stdout.split("\n").filter((line) => /[\u0400-\u04ff]{4}/u.test(line)));
      for (const line of kk.stdout.split("\n")) expect(ruLines.has(line), line).toBe(false);
    });
  });
});

describe("usage errors: one line on stderr with a hint, exit 2", () => {
  it.each([
    [[], "No command given. Run `redumbrella --help` for usage."],
    [["bogus"], "Unknown command 'bogus'. Run `redumbrella --help` for usage."],
    [["--verbose", "validate", "x.json"], "Unknown option '--verbose'. Run `redumbrella --help` for usage."],
    [["validate"], "Missing FILE. Run `redumbrella validate --help` for usage."],
    [["validate", "x.json", "--strict"], "Unknown option '--strict'. Run `redumbrella validate --help` for usage."],
    [["validate", "x.json", "-x"], "Unknown option '-x'. Run `redumbrella validate --help` for usage."],
    [["validate", "x.json", "--json=yes"], "Option '--json' takes no value. Run `redumbrella validate --help` for usage."],
    [["validate", "x.json", "--on"], "Option '--on' needs a value. Run `redumbrella validate --help` for usage."],
    [["validate", "--on", "--json", "x.json"], "Option '--on' needs a value. Run `redumbrella validate --help` for usage."],
    [["validate", "x.json", "--lang", "de"], "Unknown language 'de': use en, ru, kk. Run `redumbrella validate --help` for usage."],
    [["validate", "--version"], "Unknown option '--version'. Run `redumbrella validate --help` for usage."],
    [["validate", "-", "-"], "Standard input (-) can be read only once. Run `redumbrella validate --help` for usage."],
    [["help", "bogus"], "Unknown command 'bogus'. Run `redumbrella help --help` for usage."],
    [["help", "validate", "help"], "Unexpected argument 'help'. Run `redumbrella help --help` for usage."],
  ])("%j", async (argv, message) => {
    const { code, stdout, stderr } = await runInMemory(argv, cwd);
    expect(stderr).toMatch(ONE_LINE);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: "", stderr: `redumbrella: ${message}\n` });
  });

  it("is in Russian with --lang ru", async () => {
    const { code, stderr } = await runInMemory(["validate", "--lang", "ru"], cwd);
    expect({ code, stderr }).toEqual({ code: 2, stderr: "redumbrella: Не указан ФАЙЛ. Справка: `redumbrella validate --help`.\n" });
  });
});

describe("--version", () => {
  it.each([[["--version"]], [["-V"]], [["--lang", "kk", "--version"]], [["--version", "validate", "--no-such-option"]]])(
    "%j prints the version of package.json",
    async (argv) => {
      expect(await runInMemory(argv, cwd)).toEqual({ code: 0, stdout: `redumbrella ${PACKAGE.version}\n`, stderr: "" });
    },
  );
});

describe("usage errors in Kazakh", () => {
  it("are one line in Kazakh with --lang kk", async () => {
    const { code, stderr } = await runInMemory(["validate", "--lang", "kk"], cwd);
    expect({ code, stderr }).toEqual({ code: 2, stderr: "redumbrella: ФАЙЛ көрсетілмеген. Анықтама: `redumbrella validate --help`.\n" });
  });
});

describe("unexpected errors", () => {
  it("are one line naming the error's type only, exit 2, never its message or stack", async () => {
    let stderr = "";
    const code = await run(["--help"], {
      stdout: {
        write: () => {
          throw new TypeError("record of Aigul, HIV+");
        },
      },
      stderr: { write: (text) => void (stderr += text) },
      stdin: (async function* () {})(),
      cwd,
      env: {},
      randomBytes: (n) => new Uint8Array(n),
    });
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: "redumbrella: Internal error (TypeError): please report it. Record contents are not shown.\n",
    });
  });
});
