// Regenerates the README's lists of rules and law from the kz pack:
// node --conditions=@redumbrella/source --import tsx packages/legal-checker/scripts/readme.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fillReadme } from "../src/internal/readme.js";
import { kz } from "../src/packs/kz/index.js";

const path = fileURLToPath(new URL("../README.md", import.meta.url));
writeFileSync(path, fillReadme(readFileSync(path, "utf8"), kz));
