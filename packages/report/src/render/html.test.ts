import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../build-report.js";
import { ON, seedRecords, seedRefusals } from "../internal/fixtures.js";
import type { Report } from "../types.js";
import { escapeHtml } from "./escape.js";
import { toHtml } from "./html.js";

// The page in a real browser (Debian's Chromium, driven by playwright-core): charts drawn, and
// loading or printing it asks for nothing over the network. Screenshots go to test-output/.
const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = fileURLToPath(new URL("../../test-output/", import.meta.url));
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const report = buildReport([...seedRecords(), ...seedRefusals()], { asOf: ON, validatedOn: ON });
// The tables drawn as charts: the violations, and the incident tables of kinds (not months, not yes/no).
const CHARTED = [
  "police-violations",
  "medical-violations",
  "incidents-perpetrators",
  "incidents-acts",
  "incidents-places",
  "incidents-complaintAddressees",
] as const;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get update && apt-get install -y chromium) to run the HTML report test`,
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(OUTPUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens the page with every request that is not a data: URL refused and recorded. */
async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) requests.push(request.url());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("data:")) await route.continue();
    else {
      requests.push(url);
      await route.abort();
    }
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests };
}

describe.each(["en", "ru", "kk"] as const)("toHtml in Chromium (%s)", (locale) => {
  it("draws each violation and incident-kind table as a visible chart with one bar per row, and prints without a request", async () => {
    const { page, requests } = await open(toHtml(report, locale));
    try {
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      const charts = page.locator("svg.chart");
      expect(await charts.count()).toBe(CHARTED.length);
      for (const section of CHARTED) {
        const chart = page.locator(`#${section} svg.chart`);
        expect(await chart.isVisible()).toBe(true);
        const box = await chart.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(300);
        const rows = await page.locator(`#${section} tbody tr`).count();
        const bars = chart.locator(".bar");
        expect(await bars.count()).toBe(rows);
        // Every bar with a count above 0, and every suppressed one, is drawn wider than nothing.
        const widths = await bars.evaluateAll((els) =>
          els.map((el) => [el.getAttribute("class"), el.getBoundingClientRect().width] as const),
        );
        const counts = await page.locator(`#${section} tbody tr td:nth-child(2)`).allTextContents();
        widths.forEach(([cls, width], i) => {
          if (counts[i] !== "0") expect(width, `${section} row ${i} (${cls})`).toBeGreaterThan(1);
        });
      }
      // The suppressed rows: a hatched bar marked "<5" (the one medical incident among the perpetrators too).
      const small = page.locator("#police-violations svg.chart .bar.suppressed");
      expect(await small.count()).toBe(2);
      expect(await page.locator("#police-violations svg.chart text.value", { hasText: "<5" }).count()).toBe(2);
      expect(await page.locator("#incidents-perpetrators svg.chart text.value", { hasText: "<5" }).count()).toBe(1);
      // The methodology table: 68 approached, 8 refused.
      expect(await page.locator("#methodology tbody tr").first().locator("td").first().textContent()).toBe("68");

      await page.screenshot({ path: `${OUTPUT}report-${locale}.png`, fullPage: true });
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  }, 30_000);
});

describe("toHtml", () => {
  it("is one self-contained page: no script, no external resource, a policy that forbids every request", () => {
    const html = toHtml(report);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|\bsrc=|\bhref=/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect((html.match(/https?:\/\/[^"\s]+/g) ?? []).filter((u) => u !== "http://www.w3.org/2000/svg")).toEqual([]);
    expect(html).toContain("@media print");
  });

  it("escapes every string it writes", () => {
    const tampered: Report = { ...report, policyVersion: '<script>alert("x")</script>' };
    const html = toHtml(tampered);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(escapeHtml(`<a href='x'>&`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;");
  });
});
