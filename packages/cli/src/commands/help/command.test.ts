import { tmpdir } from "node:os";
import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { runInMemory } from "../../internal/memory-io.js";
import { HELP_COMMAND_MESSAGES } from "./messages.js";

const cwd = tmpdir();

describe("redumbrella help", () => {
  it("help COMMAND is the command's own help, in the language asked for", async () => {
    for (const [lang, usage] of [
      ["en", "Usage:"],
      ["ru", "Использование:"],
      ["kk", "Қолданылуы:"],
    ] as const) {
      const viaHelp = await runInMemory(["help", "consent", "--lang", lang], cwd);
      const direct = await runInMemory(["consent", "--help", "--lang", lang], cwd);
      expect(viaHelp).toEqual({ ...direct, code: 0 });
      expect(viaHelp.stdout.startsWith(`${usage} redumbrella consent`)).toBe(true);
    }
  });

  it("has its messages in every language, with the same params as English", () => {
    expect(catalogueProblems(HELP_COMMAND_MESSAGES)).toEqual([]);
  });
});
