import { packageConfig } from "../../scripts/tsup-config.js";

export default packageConfig({
  index: "src/index.ts",
  form: "src/form/index.ts",
  testing: "src/testing/index.ts",
});
