// The release holds against bad input: every case through the real `run()`, as a user would meet it.
import { execFileSync } from "node:child_process";
import { chmodSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInMemory } from "./internal/memory-io.js";
import type { Io } from "./io.js";
import { run } from "./run.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const ON = "2026-11-28";
const V1 = JSON.parse(readFileSync(join(REPO, "examples/valid/10-required-question-declined.json"), "utf8")) as Record<string, unknown> & {
  respondent: Record<string, unknown>;
};
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const record = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ ...V1, id: idOf(n), ...extra });
const ndjson = (lines: readonly unknown[]): string => `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-hardening-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array, mode = 0o600): string => {
  writeFileSync(join(dir, name), content, { mode });
  chmodSync(join(dir, name), mode);
  return name;
};
const cli = (argv: readonly string[], env: Readonly<Record<string, string>> = {}) => runInMemory(argv, dir, undefined, env);
const NAME = "Айгерим Ахметова";

describe("nothing of a record is echoed", () => {
  it("names an unknown key by its place in its object, never by its text, in text and --json", async () => {
    const file = write("keys.ndjson", ndjson([record(1, { respondent: { ...V1.respondent, [NAME]: true } })]));
    const text = await cli(["validate", file, "--on", ON]);
    const json = await cli(["validate", file, "--on", ON, "--json"]);
    const place = `respondent.<key #${Object.keys(V1.respondent).length}>`;
    expect(text.stdout).toContain(`${place} UNKNOWN_KEY`);
    expect(JSON.parse(json.stdout).errors[0]).toMatchObject({ path: place, code: "UNKNOWN_KEY" });
    for (const out of [text, json]) expect(out.stdout + out.stderr).not.toContain(NAME);
  });

  it("reports an unknown `declined` entry at its index, without its text", async () => {
    const file = write("declined.ndjson", ndjson([record(2, { declined: ["respondent.age", NAME] })]));
    const { code, stdout, stderr } = await cli(["validate", file, "--on", ON, "--json"]);
    expect(JSON.parse(stdout).errors).toContainEqual(expect.objectContaining({ path: "declined[1]", code: "UNKNOWN_QUESTION" }));
    expect(stdout + stderr).not.toContain(NAME);
    expect(code).toBe(1);
  });

  it("escapes control characters in a file name it echoes, on stdout and stderr", async () => {
    const evil = write("evil\u001b[2J\u202e.ndjson", ndjson([record(3, { id: "x" })]));
    const text = await cli(["validate", evil, "missing\u001b]0;pwned\u0007.json", "--on", ON]);
    const json = await cli(["validate", evil, "--on", ON, "--json"]);
    expect(text.stdout).toContain("evil\\x1b[2J\\u{202e}.ndjson #0");
    expect(text.stderr).toBe("redumbrella: missing\\x1b]0;pwned\\x07.json: no such file or directory.\n");
    expect(json.stdout).toContain('"file":"evil\\u001b[2J\\u202e.ndjson"');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be printed
    for (const out of [text.stdout, text.stderr, json.stdout]) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
  });
});

describe("JSON that JSON.parse would let through", () => {
  it("a duplicate key is an error at its path; the next records are still read", async () => {
    const line = JSON.stringify(record(4)).replace('"interviewerId":"D1"', '"interviewerId":"D1","interviewerId":"D9"');
    const file = write("dup.ndjson", ndjson([line, record(5)]));
    const { code, stdout } = await cli(["validate", file, "--on", ON, "--json"]);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([
      expect.objectContaining({
        index: 0,
        path: "interview.interviewerId",
        code: "DUPLICATE_KEY",
        message: expect.stringMatching(/^Line 1, column \d+: this key appears earlier/u),
      }),
    ]);
    expect({ code, valid: report.valid }).toEqual({ code: 1, valid: 1 });
  });

  it("a duplicate key in a JSON array is found in its record", async () => {
    const text = JSON.stringify([record(6), record(7)], null, 2).replace(
      '"id": "00000000-0000-4000-8000-000000000007"',
      '"id": "x", "id": "y"',
    );
    const { stdout } = await cli(["validate", write("dup.json", text), "--on", ON, "--json"]);
    expect(JSON.parse(stdout).errors).toEqual([expect.objectContaining({ index: 1, path: "id", code: "DUPLICATE_KEY" })]);
  });

  it("1e309 says 'number too large'", async () => {
    const line = JSON.stringify(record(8)).replace('"ethnicity"', '"x":1e309,"ethnicity"');
    const { stdout } = await cli(["validate", write("big-number.ndjson", ndjson([line])), "--on", ON]);
    expect(stdout).toMatch(/respondent\.<key #\d+> NUMBER_TOO_LARGE — Line 1, column \d+: number too large/u);
  });

  it("a truncated first NDJSON line is reported in place, like any other line", async () => {
    const file = write("truncated.ndjson", ndjson([JSON.stringify(record(9)).slice(0, 80), record(10), record(11)]));
    const { code, stdout } = await cli(["validate", file, "--on", ON, "--json"]);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([
      expect.objectContaining({
        index: 0,
        path: "",
        code: "INVALID_JSON",
        message: "Line 1, column 81: not valid JSON (unexpected end of input).",
      }),
    ]);
    expect({ code, valid: report.valid }).toEqual({ code: 1, valid: 2 });
  });
});

describe("long lines and slow readers", () => {
  it("reads a 16 MB line whole, and reports a truncated one in place (the old, quadratic reader took ~6 s)", async () => {
    const long = JSON.stringify(record(12, { respondent: { ...V1.respondent, [NAME]: "x".repeat(16 * 2 ** 20) } }));
    const file = write("long.ndjson", ndjson([long.slice(0, -10), record(13), long]));
    const { stdout } = await cli(["validate", file, "--on", ON, "--json"]);
    const report = JSON.parse(stdout);
    expect(report.errors.map((e: { index: number; code: string }) => [e.index, e.code])).toEqual([
      [0, "INVALID_JSON"],
      [2, "UNKNOWN_KEY"],
    ]);
    expect(report.valid).toBe(1);
  });

  it("waits for 'drain' when standard output says it is full, so it never runs ahead of a slow pipe", async () => {
    const file = write("many.ndjson", ndjson(Array.from({ length: 300 }, (_, i) => record(100 + i, { id: "bad" }))));
    let buffered = 0;
    let most = 0;
    let drain: (() => void) | undefined;
    const io: Io = {
      stdout: {
        write: () => {
          buffered++;
          most = Math.max(most, buffered);
          return false;
        },
        once: (_event, listener) => {
          drain = listener;
          // The pipe empties a little later.
          setTimeout(() => {
            buffered = 0;
            drain?.();
          }, 0);
        },
      },
      stderr: { write: () => {} },
      stdin: (async function* () {})(),
      cwd: dir,
      env: {},
      randomBytes: (n) => new Uint8Array(n),
    };
    expect(await run(["validate", file, "--on", ON], io)).toBe(1);
    // One record's lines at most (its issue, and the summary at the end) before it waits.
    expect(most).toBeLessThanOrEqual(2);
  });
});

describe("files written", () => {
  const mode = (name: string): number => statSync(join(dir, name)).mode & 0o777;

  it("report --out refuses to overwrite an input, by its path or through a link", async () => {
    const input = write("report-in.ndjson", ndjson([record(20)]));
    linkSync(join(dir, input), join(dir, "report-link.json"));
    for (const out of [input, "./report-in.ndjson", "report-link.json"]) {
      const { code, stderr } = await cli(["report", input, "--out", out, "--on", ON]);
      expect(code).toBe(2);
      expect(stderr).toContain("the output is also an input");
    }
    expect(readFileSync(join(dir, input), "utf8")).toBe(ndjson([record(20)]));
  });

  it("report --out writes its file readable by its owner only", async () => {
    const { code } = await cli(["report", write("report2.ndjson", ndjson([record(21)])), "--out", "report2.md", "--on", ON]);
    expect({ code, mode: mode("report2.md") }).toEqual({ code: 0, mode: 0o600 });
  });

  it("anonymise refuses an existing OUT unless --force, and writes it 0600", async () => {
    const input = write("anon.ndjson", ndjson([record(22)]));
    write("anon.out.json", "keep me", 0o644);
    const refused = await cli(["anonymise", input, "--out", "anon.out.json", "--on", ON]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("anon.out.json already exists and was left as it is; give --force to replace it.");
    expect(readFileSync(join(dir, "anon.out.json"), "utf8")).toBe("keep me");
    const forced = await cli(["anonymise", input, "--out", "anon.out.json", "--on", ON, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "anon.out.json"), "utf8")).not.toBe("keep me");
    expect(mode("anon.out.json")).toBe(0o600);
  });

  it("a full disk on standard output says so in one line, exit 2", async () => {
    let stderr = "";
    const full = Object.assign(new Error("no space left on device, write"), { code: "ENOSPC" });
    const code = await run(["validate", write("full.ndjson", ndjson([record(23, { id: "bad" })])), "--on", ON], {
      stdout: {
        write: () => {
          throw full;
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
      randomBytes: (n) => new Uint8Array(n),
    });
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: "redumbrella: <stdout>: cannot be written: the disk is full (ENOSPC). Free some space and run the command again.\n",
    });
  });
});

describe("anonymise --key-file", () => {
  const input = (): string => write("key-input.ndjson", ndjson([record(30)]));
  const withKey = (key: string, out: string) => cli(["anonymise", input(), "--out", out, "--key-file", key, "--on", ON]);

  it("says whether the key was read as hex or as raw bytes", async () => {
    const hex = await withKey(write("k.hex", "8f3a91c2d45e6b70a1b2c3d4e5f60718293a4b5c6d7e8f90\n"), "k1.json");
    const raw = await withKey(
      write(
        "k.bin",
        Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256),
      ),
      "k2.json",
    );
    expect(hex.stderr).toBe("redumbrella: k.hex: key read as hex digits (24 bytes).\n");
    expect(raw.stderr).toBe("redumbrella: k.bin: key read as raw bytes (32 bytes), since it is not only hex digits.\n");
  });

  it("warns when the key file can be read by group or others", async () => {
    const { code, stderr } = await withKey(write("k-shared.hex", "8f3a91c2d45e6b70a1b2c3d4e5f60718\n", 0o644), "k3.json");
    expect(code).toBe(0);
    expect(stderr).toContain("Warning: k-shared.hex can be read by other users (mode 644); make it private with `chmod 600`.");
  });

  it.each([
    ["all one byte", "a".repeat(40), "the key is one byte repeated"],
    ["a short word repeated", "passwordpasswordpassword", "the key repeats a shorter pattern"],
    ["a passphrase of dictionary words", "correct horse battery staple\n", "the key is words"],
    ["few distinct bytes (raw)", "aabbccddeeffaabbccddeeffgghh\n", "different byte values"],
    ["hex of one byte", "00".repeat(32), "the key is one byte repeated"],
  ])("refuses %s", async (_, content, message) => {
    const { code, stderr } = await withKey(write("weak.key", content), "weak.json");
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("reads at most 4 KiB: a longer file is not a key file", async () => {
    const { code, stderr } = await withKey(
      write(
        "big.key",
        Uint8Array.from({ length: 5000 }, (_, i) => (i * 131) % 256),
      ),
      "big.json",
    );
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: "redumbrella: big.key: more than 4 KiB, so not a key file; a key is 12 to 64 random bytes, or their hex digits.\n",
    });
  });

  it("refuses a FIFO without waiting for a writer, and a device", async () => {
    execFileSync("mkfifo", [join(dir, "key.fifo")]);
    for (const key of ["key.fifo", "/dev/zero"]) {
      const { code, stderr } = await withKey(key, "fifo.json");
      expect(code).toBe(2);
      expect(stderr).toContain("not a regular file (a FIFO, a device or a directory)");
    }
  });
});
