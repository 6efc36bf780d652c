import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, positionAt } from "./json-syntax.js";

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a": 1}', undefined],
    [' [1, -2.5e+3, "x\\u00e9", true, false, null, {}, []] ', undefined],
    ['{"a": }', { offset: 6, problem: "unexpectedCharacter" }],
    ['{"a": 1,}', { offset: 8, problem: "unexpectedCharacter" }],
    ["[1, 2", { offset: 5, problem: "unexpectedEnd" }],
    ['"abc', { offset: 4, problem: "unexpectedEnd" }],
    ["[01]", { offset: 2, problem: "unexpectedCharacter" }],
    ["[tru]", { offset: 4, problem: "unexpectedCharacter" }],
    ['"\\x"', { offset: 2, problem: "unexpectedCharacter" }],
    ["{} {}", { offset: 3, problem: "trailingText" }],
    ["", { offset: 0, problem: "unexpectedEnd" }],
  ])("%j", (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });

  it("handles deep nesting without overflowing the stack", () => {
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
  });

  it("agrees with JSON.parse on valid JSON and on JSON with one character changed", () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "0", " ", "\\", "\n"))
      .map(([text, at, insert]) => {
        const k = at % (text.length + 1);
        return text.slice(0, k) + insert + text.slice(k + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("positionAt", () => {
  it("counts lines from 1 and columns in characters, not UTF-16 units", () => {
    expect(positionAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("😀x", 2)).toEqual({ line: 1, column: 2 });
  });
});
