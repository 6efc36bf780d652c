// Runs every bench/*.bench.ts in its own process (a fresh JIT each), in name order.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const dir = import.meta.dirname;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  console.log(`# ${file}`);
  execFileSync(process.execPath, ["--import", "tsx", `${dir}/${file}`], { stdio: "inherit" });
}
