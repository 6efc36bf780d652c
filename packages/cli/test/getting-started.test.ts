// docs/getting-started.md shows examples/partner-app/main.ts; the example runs on the demo data.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../../examples/partner-app/main.js";
import { EXAMPLE, GUIDE, renderGuide } from "../../../scripts/getting-started.js";

describe("the getting-started guide", () => {
  it("shows the partner app's code as it is (run `pnpm docs:format` if not)", () => {
    const guide = readFileSync(GUIDE, "utf8");
    expect(guide).toBe(renderGuide(guide, readFileSync(EXAMPLE, "utf8")));
  });

  it("runs on the demo data: validates, decides, checks, releases, reports — in Kazakh", async () => {
    const out = await main(new URL("../../../examples/demo/interviews.ndjson", import.meta.url).pathname, "kk");
    expect(out[0]).toBe("valid interviews: 60");
    expect(out.join("\n")).toMatch(/[әғқңөұүһі]/u);
    expect(out.find((line) => line.startsWith("findings: "))).not.toBe("findings: 0");
  }, 30_000);
});
