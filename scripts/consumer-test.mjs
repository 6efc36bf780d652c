// The consumer test: packs every package, installs the tarballs with npm into an empty app outside
// the workspace, and uses them there as a partner would — an ESM flow and a CJS flow through every
// package, a TypeScript check under `nodenext` and under `bundler`, and a browser bundle (esbuild)
// run in Chromium. Run by `.ci/run` after the build: `node scripts/consumer-test.mjs`.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const here = fileURLToPath(new URL("consumer/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "redumbrella-consumer-"));
const tarballs = join(work, "tarballs");
const app = join(work, "app");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const step = (name) => console.log(`consumer: ${name}`);

try {
  step("pack");
  for (const dir of readdirSync(join(root, "packages"))) run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", dir));
  const files = readdirSync(tarballs)
    .filter((f) => f.endsWith(".tgz"))
    .map((f) => join(tarballs, f));

  step(`install ${files.length} tarballs into ${app}`);
  cpSync(here, app, { recursive: true });
  const versions = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], app);
  // The tools the app builds with, at the workspace's pins.
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      "--save-dev",
      `typescript@${versions.typescript}`,
      `esbuild@${versions.esbuild}`,
      `@types/node@${versions["@types/node"]}`,
    ],
    app,
  );

  step("ESM flow");
  process.stdout.write(run("node", ["flow.mjs"], app));
  step("CJS flow");
  process.stdout.write(run("node", ["flow.cjs"], app));
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    step(`TypeScript (${config})`);
    run("npx", ["tsc", "-p", config], app);
  }

  step("browser bundle in Chromium");
  run("npx", ["esbuild", "browser.mjs", "--bundle", "--format=esm", "--platform=browser", "--minify", "--outfile=bundle.js"], app);
  writeFileSync(
    join(app, "index.html"),
    '<!doctype html><meta charset="utf-8"><title>consumer</title><script type="module" src="bundle.js"></script>',
  );
  const { chromium } = await import(pathToFileURL(join(root, "node_modules/playwright-core/index.mjs")).href);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // A file:// page may not load modules in Chromium: serve the app folder from a local server.
    const { createServer } = await import("node:http");
    const server = createServer((req, res) => {
      const name = req.url === "/" ? "index.html" : req.url.slice(1);
      try {
        const body = readFileSync(join(app, name));
        res.writeHead(200, { "content-type": name.endsWith(".js") ? "text/javascript" : "text/html" }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/`);
    const result = await page.waitForFunction(() => window.__consumer, null, { timeout: 30_000 }).then((h) => h.jsonValue());
    server.close();
    if (errors.length > 0 || result.ok !== true) throw new Error(`browser flow failed: ${JSON.stringify({ errors, result })}`);
    console.log(`consumer: browser ${JSON.stringify(result)}`);
  } finally {
    await browser.close();
  }
  console.log("consumer: all flows passed");
} finally {
  if (process.env.KEEP_CONSUMER !== "1") rmSync(work, { recursive: true, force: true });
  else console.log(`consumer: kept ${work}`);
}
