// pnpm bench: what each public entry point costs a partner's web app — bundled alone with esbuild from the
// built dist (ESM, minified, tree-shaken, every dependency bundled) and gzipped, beside the budgets
// (goals, printed like every other figure of the bench; over a budget, stderr says by how much).
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { report } from "./lib.js";

/** Gzipped kB (1 kB = 1000 bytes) a partner's app pays for, by the issue's budgets. */
const BUDGETS = { validation: 27, toolkit: 130 } as const;

const root = new URL("../", import.meta.url);
const packagesDir = new URL("packages/", root);

interface Entry {
  readonly specifier: string;
  readonly file: string;
  readonly node: boolean;
}

/** Every `exports` subpath of every package (but `./package.json`), as its built ESM file. */
function publicEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const manifest = JSON.parse(readFileSync(new URL(`${dir}/package.json`, packagesDir), "utf8")) as {
      name: string;
      bin?: unknown;
      exports: Record<string, string | { import?: { default: string }; default?: string }>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === "./package.json" || typeof target === "string") continue;
      const file = target.import?.default ?? target.default;
      if (file === undefined) throw new Error(`${manifest.name} ${subpath}: no ESM file in its exports`);
      // The CLI runs in Node only (fs, streams): bundled for Node, it is left out of the toolkit.
      entries.push({
        specifier: `${manifest.name}${subpath.slice(1)}`,
        file: new URL(`${dir}/${file}`, packagesDir).pathname,
        node: manifest.bin !== undefined,
      });
    }
  }
  return entries;
}

/** Bundles one entry (a file, or source code resolved from the repo root) and returns its gzipped size in kB. */
async function gzippedKb(input: { file: string } | { contents: string }, node = false): Promise<number> {
  const result = await build({
    ...("file" in input ? { entryPoints: [input.file] } : { stdin: { contents: input.contents, resolveDir: root.pathname, loader: "js" } }),
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: node ? "node" : "browser",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]?.contents;
  if (code === undefined) throw new Error("esbuild wrote nothing");
  return gzipSync(code, { level: 9 }).length / 1000;
}

const entries = publicEntries();
for (const entry of entries) {
  const name = entry.specifier.replace("@redumbrella/", "");
  report(`size-${name}`, await gzippedKb({ file: entry.file }, entry.node), "kB");
}

const validation = await gzippedKb({
  contents: 'import { safeParseRecord } from "@redumbrella/questionnaire";\nglobalThis.safeParseRecord = safeParseRecord;\n',
});
report("size-validation", validation, "kB");

// Every export of every browser-side entry point, kept alive on globalThis so nothing is tree-shaken away.
// Not `/testing`: its arbitraries (and fast-check under them) are test helpers, never part of a partner's app.
const toolkit = entries.filter((e) => !e.node && !e.specifier.endsWith("/testing"));
const toolkitKb = await gzippedKb({
  contents: [
    ...toolkit.map((e, i) => `import * as m${i} from ${JSON.stringify(e.specifier)};`),
    `globalThis.redumbrella = { ${toolkit.map((e, i) => `${JSON.stringify(e.specifier)}: m${i}`).join(", ")} };`,
  ].join("\n"),
});
report("size-toolkit", toolkitKb, "kB");

const validationOk = validation <= BUDGETS.validation;
const toolkitOk = toolkitKb <= BUDGETS.toolkit;
report("size-validation-budget", BUDGETS.validation, "kB");
console.log(`bench: size-validation-budget-ok ${Number(validationOk)} bool`);
report("size-toolkit-budget", BUDGETS.toolkit, "kB");
console.log(`bench: size-toolkit-budget-ok ${Number(toolkitOk)} bool`);
if (!validationOk || !toolkitOk) {
  console.error(
    `size: over budget: validation ${validation} kB (budget ${BUDGETS.validation} kB), toolkit ${toolkitKb} kB (budget ${BUDGETS.toolkit} kB)`,
  );
}
