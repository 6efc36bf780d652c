import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RecordV1, upgradeRecord } from "@redumbrella/questionnaire";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runInMemory } from "../../internal/memory-io.js";
import { UPGRADE_MESSAGES } from "./messages.js";

// A disk that fills up: any file whose name says so cannot be written (ENOSPC), as on a full disk.
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    writeFile: (async (path, ...rest) => {
      if (String(path).includes("full-disk")) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      return fs.writeFile(path, ...rest);
    }) as typeof fs.writeFile,
  };
});

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const ON = "2026-11-28";
const read = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), "utf8"));
const V1 = read("examples/valid/07-oral-consent-complaint.json") as RecordV1;
const V2 = read("examples/spec/record-v2-incident.json") as { id: string };
const REFUSAL = read("examples/spec/record-v2-refusal.json");
const INVALID = { ...V1, id: "00000000-0000-4000-8000-000000000001", respondent: { ...V1.respondent, age: -3 } };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-upgrade-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const output = (name: string): string => readFileSync(join(dir, name), "utf8");
const upgrade = (args: readonly string[]) => runInMemory(["upgrade", ...args, "--on", ON], dir);

describe("redumbrella upgrade", () => {
  it("writes NDJSON as NDJSON: v1 upgraded without loss, v2 and refusals as they are; 0600", async () => {
    const { code, stdout, stderr } = await upgrade([
      write("in.ndjson", [V1, V2, REFUSAL].map((r) => JSON.stringify(r)).join("\n")),
      "--out",
      "out.ndjson",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(
      output("out.ndjson")
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([upgradeRecord(V1), V2, REFUSAL]);
    expect(stdout).toBe("3 records written to out.ndjson as record v2 (1 upgraded from v1); 0 invalid records left out.\n");
    expect(statSync(join(dir, "out.ndjson")).mode & 0o777).toBe(0o600);
  });

  it("writes a JSON array as an array and one object as one object", async () => {
    await upgrade([write("in.json", JSON.stringify([V1, V2], null, 2)), "--out", "out.json"]);
    expect(JSON.parse(output("out.json"))).toEqual([upgradeRecord(V1), V2]);
    await upgrade([write("one.json", JSON.stringify(V1, null, 2)), "--out", "one.out.json"]);
    expect(JSON.parse(output("one.out.json"))).toEqual(upgradeRecord(V1));
    expect(output("one.out.json").startsWith("{\n")).toBe(true);
  });

  it("reports each invalid record at file:line with its issues, writes the valid ones, exit 1", async () => {
    const file = write("mixed.ndjson", `${JSON.stringify(V1)}\n\n${JSON.stringify(INVALID)}\n{"broken":\n`);
    const { code, stdout } = await upgrade([file, "--out", "mixed.out.ndjson"]);
    expect(code).toBe(1);
    expect(stdout).toContain(`mixed.ndjson:3 (id ${INVALID.id}): respondent.age OUT_OF_RANGE — `);
    expect(stdout).toContain("mixed.ndjson:4: (record) INVALID_JSON — Line 4, column 11: not valid JSON (unexpected end of input).");
    expect(stdout).toContain("1 records written to mixed.out.ndjson as record v2 (1 upgraded from v1); 2 invalid records left out.");
    expect(output("mixed.out.ndjson")).toBe(`${JSON.stringify(upgradeRecord(V1))}\n`);
  });

  it("refuses to overwrite its input, and writes nothing from a file it cannot read; exit 2", async () => {
    const file = write("self.ndjson", JSON.stringify(V1));
    const self = await upgrade([file, "--out", "self.ndjson"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("self.ndjson: the output is also an input");
    expect(output("self.ndjson")).toBe(JSON.stringify(V1));
    const broken = await upgrade([write("broken.json", "[1, 2"), "--out", "broken.out.json"]);
    expect(broken).toMatchObject({ code: 2, stderr: "redumbrella: broken.json:1:6: malformed JSON (unexpected end of input).\n" });
    expect(existsSync(join(dir, "broken.out.json"))).toBe(false);
    expect((await upgrade([file])).code).toBe(2);
  });

  it("says a full disk is full (ENOSPC), exit 2, and leaves no half-written file", async () => {
    const { code, stderr } = await upgrade([write("disk.ndjson", JSON.stringify(V1)), "--out", "full-disk.ndjson"]);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: "redumbrella: full-disk.ndjson: cannot be written: the disk is full (ENOSPC). Free some space and run the command again.\n",
    });
    expect(existsSync(join(dir, "full-disk.ndjson"))).toBe(false);
  });

  it("has its messages, and so its --help, in every language", async () => {
    expect(catalogueProblems(UPGRADE_MESSAGES)).toEqual([]);
    for (const [lang, word] of [
      ["en", "Usage"],
      ["ru", "Использование"],
      ["kk", "Қолданылуы"],
    ]) {
      const { code, stdout } = await runInMemory(["upgrade", "--help", "--lang", lang as string], dir);
      expect(code).toBe(0);
      expect(stdout.startsWith(`${word}: redumbrella upgrade`)).toBe(true);
    }
  });
});
