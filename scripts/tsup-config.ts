import { defineConfig, type Options } from "tsup";

/**
 * The one tsup configuration of the repo: ESM + CJS + .d.ts + sourcemaps. Each package's
 * tsup.config.ts is one call to this, so a move away from tsup touches this file only.
 */
export function packageConfig(entry: Record<string, string>, overrides: Omit<Options, "entry"> = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    target: "node20",
    platform: "neutral",
    sourcemap: true,
    clean: true,
    treeshake: true,
    // tsup sets `baseUrl`, which TypeScript 6 deprecates (TS5101).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    ...overrides,
  });
}
