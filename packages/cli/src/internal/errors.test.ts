import { isRedumbrellaError } from "@redumbrella/questionnaire";
import { describe, expect, it } from "vitest";
import { cliText, InputError, UsageError } from "./errors.js";

describe("the CLI's errors", () => {
  it("are RedumbrellaErrors with a code, one issue and an English message", () => {
    const usage = new UsageError(cliText("usage.unknownOption", { name: "--strict" }));
    expect(isRedumbrellaError(usage)).toBe(true);
    expect({ name: usage.name, code: usage.code, message: usage.message }).toEqual({
      name: "UsageError",
      code: "USAGE",
      message: "Unknown option '--strict'.",
    });
    expect(usage.issues).toEqual([
      { code: "usage.unknownOption", path: [], message: "Unknown option '--strict'.", params: { name: "--strict" } },
    ]);
  });

  it("render in the user's language, a JSON problem included, at its place and never quoting the text", () => {
    const error = new InputError(cliText("file.malformedJson", { file: "a.json", line: 2, column: 38 }), "unexpectedCharacter");
    expect(isRedumbrellaError(error)).toBe(true);
    expect(error.code).toBe("INPUT");
    expect(error.message).toBe("a.json:2:38: malformed JSON (unexpected character).");
    expect(error.render("kk")).toBe("a.json:2:38: JSON қатесі (күтілмеген таңба).");
    expect(error.render("ru")).toBe("a.json:2:38: ошибка в JSON (неожиданный символ).");
  });
});
