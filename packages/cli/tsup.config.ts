import { packageConfig } from "../../scripts/tsup-config.js";

// The CLI is ESM-only: it is run, not required. The demo's dataset ships beside it in dist/.
export default packageConfig(
  { index: "src/index.ts", bin: "src/bin.ts" },
  { format: ["esm"], platform: "node", publicDir: "../../examples/demo" },
);
