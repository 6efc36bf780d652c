import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("src/scrub in a browser", () => {
  it("bundles for the browser with no Node built-in, and scrubs there", async () => {
    const result = await build({
      entryPoints: [new URL("./index.ts", import.meta.url).pathname],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["@redumbrella/source"],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:|process\.|Buffer\./u);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as typeof import("./index.js");
    expect(module.scrubText("Позвоните Алии: 8 701 482 19 63").text).toBe("Позвоните [NAME]: [PHONE]");
  });
});
