import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runInMemory } from "../../internal/memory-io.js";
import { FORM_COMMAND_MESSAGES } from "./messages.js";

// The command alone in the table: its tests do not depend on the other commands (nor on whether
// commands/index.ts lists it yet).
vi.mock("../index.js", async () => {
  const { formCommand } = await import("./command.js");
  return { COMMANDS: [formCommand] };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "redumbrella-form-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("redumbrella form", () => {
  it("--format xlsform writes the .xlsx", async () => {
    const { code, stdout, stderr } = await runInMemory(
      ["form", "--format", "xlsform", "--out", "form.xlsx", "--form-version", "2027010101"],
      dir,
    );
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: "XLSForm written to form.xlsx (version 2027010101).\n", stderr: "" });
    // An .xlsx is a zip whose parts name the three sheets (@redumbrella/xlsform's tests read them back).
    const bytes = readFileSync(join(dir, "form.xlsx"));
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it("--format xform writes the XForm", async () => {
    const { code, stdout } = await runInMemory(["form", "--format", "xform", "--out", "form.xml", "--lang", "ru"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^XForm записана в form\.xml/);
    expect(readFileSync(join(dir, "form.xml"), "utf8")).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<h:html/);
  });

  it.each([
    [["form", "--out", "x.xml"], "'' is not a form format"],
    [["form", "--format", "pdf", "--out", "x.xml"], "'pdf' is not a form format"],
    [["form", "--format", "xform"], "Missing --out FILE"],
    [["form", "--format", "xform", "--out", "x.xml", "--form-version", "1.2"], "'1.2' is not a form version"],
  ])("%j is a usage error, exit 2", async (argv, message) => {
    const { code, stdout, stderr } = await runInMemory(argv, dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain(message);
    expect(stderr).toContain("redumbrella form --help");
  });

  it("an output that cannot be written is one line, exit 2", async () => {
    const { code, stderr } = await runInMemory(["form", "--format", "xform", "--out", "no/such/dir/form.xml"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^redumbrella: no\/such\/dir\/form\.xml: cannot be written \(ENOENT\)\.\n$/);
  });

  it("its messages exist in every language", () => {
    expect(catalogueProblems(FORM_COMMAND_MESSAGES)).toEqual([]);
  });
});
