import { packageConfig } from "../../scripts/tsup-config.js";

export default packageConfig({ index: "src/index.ts" });
