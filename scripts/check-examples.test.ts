import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Example, extractMarkdown, extractTsdoc, formatAt, moduleCode, moduleName, OUT_DIR } from "./check-examples.js";

const md = [
  "# Title", // 1
  "", // 2
  "```sh", // 3
  "npm install x", // 4
  "```", // 5
  "", // 6
  "```ts", // 7
  'import { a } from "x";', // 8
  "a(1);", // 9
  "```", // 10
  "", // 11
  "1. A step:", // 12
  "   ```js", // 13
  "   const b = 2;", // 14
  "   ```", // 15
  "<!-- example:skip the output of a shell, not code -->", // 16
  "```ts", // 17
  "$ redumbrella validate", // 18
  "```", // 19
  "```ts fragment: one case of a switch", // 20
  'case "x":', // 21
  "```", // 22
  "<!-- example:skip -->", // 23
  "```ts", // 24
  "x", // 25
  "```", // 26
].join("\n");

const ts = [
  'import { z } from "zod";', // 1
  "", // 2
  "/**", // 3
  " * Does a thing.", // 4
  " *", // 5
  " * @example Title on the tag's line", // 6
  ' * import { thing } from "./thing.js";', // 7
  " *", // 8
  " * thing({", // 9
  " *   deep: true,", // 10
  " * }); // 1", // 11
  " * @param x - not code", // 12
  " */", // 13
  "export function thing(): void {}", // 14
  "", // 15
  "/**", // 16
  " * Another.", // 17
  " * @example", // 18
  " * ```ts", // 19
  " * other();", // 20
  " * ```", // 21
  " */", // 22
].join("\n");

describe("extractMarkdown", () => {
  const { examples, skips, problems } = extractMarkdown("packages/x/README.md", md);

  it("keeps ts and js blocks, each at the line of its code, indentation of a list removed", () => {
    expect(examples.map(({ line, codeLine, lang, code }) => ({ line, codeLine, lang, code }))).toEqual([
      { line: 7, codeLine: 8, lang: "ts", code: 'import { a } from "x";\na(1);' },
      { line: 13, codeLine: 14, lang: "js", code: "const b = 2;" },
    ]);
  });

  it("skips a block only with a visible marker and a reason", () => {
    expect(skips).toEqual([
      { source: "packages/x/README.md", line: 17, reason: "the output of a shell, not code" },
      { source: "packages/x/README.md", line: 20, reason: "one case of a switch" },
    ]);
    expect(problems).toEqual([{ source: "packages/x/README.md", line: 24, message: "a skipped example needs a reason" }]);
  });

  it("reports an unclosed fence", () => {
    expect(extractMarkdown("a.md", "```ts\nx();\n").problems).toEqual([{ source: "a.md", line: 1, message: "unclosed code fence" }]);
  });
});

describe("extractTsdoc", () => {
  const { examples } = extractTsdoc("packages/x/src/thing.ts", ts);

  it("takes an unfenced @example up to the next tag, its ` * ` stripped, the tag's line as a title", () => {
    expect(examples[0]).toEqual({
      source: "packages/x/src/thing.ts",
      line: 6,
      codeLine: 7,
      lang: "ts",
      code: 'import { thing } from "./thing.js";\n\nthing({\n  deep: true,\n}); // 1',
    });
  });

  it("takes the fenced blocks of a fenced @example", () => {
    expect(examples[1]).toMatchObject({ line: 19, codeLine: 20, lang: "ts", code: "other();" });
    expect(examples).toHaveLength(2);
  });

  it("maps a diagnostic's line in the module back to the line of the source", () => {
    const example = examples[0] as Example;
    // Line 4 (0-based 3) of the module is ` *   deep: true,`, line 10 of the file.
    expect(formatAt(example, 3, 2345, "no")).toBe("packages/x/src/thing.ts:10: TS2345 no");
    expect(moduleName(example)).toBe("packages-x-src-thing.ts-L6.ts");
  });

  it("points an import of the file's neighbours at them from the modules' folder", () => {
    const code = moduleCode(examples[0] as Example, join(OUT_DIR));
    expect(code.split("\n")[0]).toBe('import { thing } from "../packages/x/src/thing.js";');
    expect(moduleCode({ source: "README.md", code: 'import "./x.js";' })).toBe('import "./x.js";');
  });
});
