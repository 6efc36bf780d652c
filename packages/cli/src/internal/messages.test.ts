import { catalogueProblems } from "@redumbrella/questionnaire/testing";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../commands/index.js";
import { CLI_MESSAGES, translator } from "./messages.js";

describe("the shared messages of the CLI", () => {
  it("exist in every language, with the same params as English", () => {
    expect(catalogueProblems(CLI_MESSAGES)).toEqual([]);
  });

  it("share no key with a command's catalogue, and no two commands share one", () => {
    const owner = new Map<string, string>(CLI_MESSAGES.keys.map((key) => [key, "shared"]));
    for (const command of COMMANDS) {
      for (const key of command.messages.keys) {
        expect(owner.get(key), `${command.name}: ${key}`).toBeUndefined();
        owner.set(key, command.name);
      }
    }
  });

  it("render a command's key from its catalogue and a shared key from the shared one", () => {
    const validate = COMMANDS.find((c) => c.name === "validate");
    const t = translator("kk", validate?.messages);
    expect(t("validate.summaryLine", { valid: 2, invalid: 1 })).toBe("қатесіз: 2, қатесі бар: 1");
    expect(t("usage.noCommand")).toBe("Команда көрсетілмеген.");
  });
});
