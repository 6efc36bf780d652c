// pnpm bench: the workbench app (apps/workbench) as a partner ships it — the gzip size of its built
// JavaScript and CSS, and the time from navigation to its first view in Chromium (median of 7 cold loads).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { DIST, ensureBuilt, serveDist } from "../apps/workbench/test/serve.js";
import { median, report } from "./lib.js";

const CHROMIUM = "/usr/bin/chromium";
const LOADS = 7;

ensureBuilt();
const assets = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js") || f.endsWith(".css"));
const gzipped = assets.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, "assets", f)), { level: 9 }).length, 0);
report("workbench-bundle", gzipped / 1000, "kB");

if (!existsSync(CHROMIUM)) {
  console.log(`bench: workbench-first-view skipped (${CHROMIUM} is missing)`);
} else {
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A new context each time: no cache, no stored vault — what a first visit costs.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator("main#main h2").waitFor();
      // From the navigation's start (performance's time origin) to the app's mark once the view was rendered.
      times.push(await page.evaluate(() => performance.getEntriesByName("workbench:first-view")[0]?.startTime ?? Number.NaN));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report("workbench-first-view", median(times), "ms");
}
