import { defineConfig } from "vitest/config";

// Tests run against each package's src/ (the `@redumbrella/source` export condition): no build needed.
const conditions = ["@redumbrella/source", "import", "module", "node", "default"];

// CI asks for a JSON summary beside the usual output (`.ci/run` prints "vitest: N passed, N failed" from it).
const jsonOut = process.env.VITEST_JSON_OUTPUT;
// A larger property run (FC_NUM_RUNS, 100 by default) gets a test timeout as many times longer.
const testTimeout = 5_000 * Math.max(1, Number(process.env.FC_NUM_RUNS ?? 100) / 100);

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "scripts/**/*.test.ts", "apps/*/test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["packages/*/src/**/*.test-d.ts"], tsconfig: "tsconfig.typetests.json" },
    pool: "threads",
    testTimeout,
    setupFiles: ["./vitest.setup.ts"],
    reporters: jsonOut ? ["default", ["json", { outputFile: jsonOut }]] : ["default"],
  },
});
