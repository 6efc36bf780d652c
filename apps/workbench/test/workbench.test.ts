// The built workbench in a real browser (Debian's Chromium, driven by playwright-core), as the
// coordinator uses it: served by a static host, every view visited, a release downloaded and checked,
// locked, reloaded, unlocked with a wrong and a right passphrase, erased — and not one network request
// once it has loaded. Screenshots of each view go to screenshots/ for the README.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fieldsOfClass, policeKnownFields } from "@redumbrella/questionnaire";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP, DIST, ensureBuilt, serveDist } from "./serve.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const REPO = join(APP, "../..");
const DEMO = join(REPO, "examples/demo/interviews.ndjson");
const KOBO = join(APP, "test/fixtures/kobo-export.json");
const SHOTS = join(APP, "screenshots");
const PASSPHRASE = "тау ішінде қар жауды, the river is wide";
// A small laptop's screen.
const VIEWPORT = { width: 1280, height: 720 };

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveDist>>;
/** Every request the page made, with whether it came while the app was loading or once it had loaded. */
const requests: { url: string; when: "loading" | "loaded" }[] = [];
let when: "loading" | "loaded" = "loading";

/** A screenshot for the README; a changed picture never fails the test. */
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Loads (or reloads) the app and waits for its first view; requests until then count as loading. */
async function load(how: "goto" | "reload"): Promise<void> {
  when = "loading";
  if (how === "goto") await page.goto(server.url);
  else await page.reload();
  await page.locator("main#main h2").waitFor();
  when = "loaded";
}

async function view(name: string): Promise<void> {
  await page.click(`#nav-${name}`);
  await page.locator(`main[data-view="${name}"]`).waitFor();
}

const count = async (key: string): Promise<number> => Number(await page.locator(`[data-count="${key}"] dd`).textContent());

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get update && apt-get install -y chromium) to run the workbench test`,
    );
  }
  ensureBuilt();
  server = await serveDist();
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: "en-GB" });
  page = await context.newPage();
  page.on("request", (request) => {
    requests.push({ url: request.url(), when });
  });
  // Anything not of this origin is refused as well as recorded: a leak would fail the test, never happen.
  await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.sequential("the workbench in Chromium", { timeout: 60_000 }, () => {
  it("loads only its own files, asks for a passphrase of 10 characters or more, and creates the encrypted store", async () => {
    await load("goto");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await shot("01-create");
    await page.fill("#passphrase", "short");
    await page.fill("#again", "short");
    await page.click("form button[type=submit]");
    await expect.poll(() => page.locator("form .error").textContent()).toBe("The passphrase needs at least 10 characters.");
    await page.fill("#passphrase", PASSPHRASE);
    await page.fill("#again", PASSPHRASE);
    await page.click("form button[type=submit]");
    await page.locator("#files").waitFor({ timeout: 30_000 });
    // What was stored is not readable: the verifier and no record yet.
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("redumbrella-workbench");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const meta = await new Promise<{ kdf: { algorithm: string; memoryKiB: number } }>((resolve) => {
        const r = db.transaction("meta").objectStore("meta").get("vault");
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return meta.kdf;
    });
    expect(stored).toMatchObject({ algorithm: "argon2id", memoryKiB: 65_536 });
  }, 60_000);

  it("opens the demo data and a Kobo export, and shows the counts", async () => {
    await page.setInputFiles("#files", [DEMO, KOBO]);
    await page.locator("#open-status li").nth(1).waitFor();
    expect(await page.locator("#open-status li").allTextContents()).toEqual([
      "interviews.ndjson: 68 records read.",
      "kobo-export.json (kobo-json): 3 valid submissions, 1 invalid.",
    ]);
    // 68 demo records + 4 submissions; one submission is invalid; 8 + 1 refusals.
    expect([
      await count("entries"),
      await count("valid"),
      await count("invalid"),
      await count("interviews"),
      await count("refusals"),
    ]).toEqual([72, 71, 1, 62, 9]);
    await shot("02-open");
  }, 60_000);

  it("validation: shows the Kobo submission's error at its path, with the question and the message", async () => {
    await view("validation");
    expect(await page.textContent("#validation-summary")).toBe("71 valid, 1 with errors.");
    const row = page.locator("#validation-errors tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.locator("td").allTextContents()).toEqual([
      expect.stringMatching(/^kobo-export\.json, #4 [0-9a-f]{8}$/),
      "respondent.age",
      "Q3 Age",
      "OUT_OF_RANGE",
      expect.stringContaining("10"),
    ]);
    await shot("03-validation");
  });

  it("consent: each record and use, allowed or denied, with the reasons", async () => {
    await view("consent");
    const row = page.locator('#consent-table tr[data-record^="858ea43a"]');
    expect(await row.locator('td[data-use="statistics"]').textContent()).toContain("allowed");
    // Her consent to a complaint was given in 2015: more than 30 days before today.
    expect(await row.locator('td[data-use="lawEnforcementComplaint"]').textContent()).toContain("denied");
    await row.locator("summary").click();
    expect(await row.locator('li[data-use="lawEnforcementComplaint"]').textContent()).toMatch(/30 days/);
    await shot("04-consent");
  });

  it("legal findings: a finding of an incident with its citation and its explanation", async () => {
    await view("findings");
    expect(await page.textContent("#findings-totals")).toMatch(/^62 records checked: \d+ flags, \d+ undetermined\.$/);
    const record = page.locator('details.record[data-record^="858ea43a"]');
    await record.locator("summary").click();
    const finding = record.locator('li.finding.flag[data-code="UNLAWFUL_DETENTION"]');
    expect(await record.locator("h4").first().textContent()).toBe("Incident i1");
    expect(await finding.locator(".citation").first().textContent()).toMatch(/Constitution.*article 16/);
    await finding.locator("summary").click();
    expect(await finding.locator(".explain").textContent()).toMatch(/72 hours/);
    await finding.scrollIntoViewIfNeeded();
    await shot("05-findings");
  });

  it("report: the tables and the bar charts of the report package, counted as consent allows", async () => {
    await view("report");
    expect(await page.textContent("#report-counted")).toMatch(/^Respondents counted: \d+; records left out: \d+\.$/);
    const frame = page.frameLocator("#report-frame");
    const charts = frame.locator("svg.chart");
    await charts.first().waitFor();
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    expect(await frame.locator("#police-violations svg.chart .bar").count()).toBeGreaterThan(5);
    await frame.locator("#police-violations").scrollIntoViewIfNeeded();
    await shot("06-report");
  });

  it("release: downloads a release that is k-anonymous over everything the police know", async () => {
    await view("release");
    expect(await page.textContent("#ledger-status")).toMatch(/: 0\.$/);
    await page.fill("#release-k", "5");
    await page.click("#make-release");
    await page.locator("#release-summary").waitFor({ timeout: 30_000 });
    const summary = (await page.textContent("#release-summary")) ?? "";
    expect(summary).toMatch(/^k = 5 reached: 50 records released, 0 suppressed; smallest group \d+;/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-release")]);
    expect(download.suggestedFilename()).toMatch(/^release-\d{4}-\d{2}-\d{2}-k5\.json$/);
    const released = JSON.parse(readFileSync(await download.path(), "utf8")) as Record<string, unknown>[];
    expect(released).toHaveLength(50);
    // Grouped by every quasi-identifier and every fact the police hold, as the released record shows them.
    const identifying = [...new Set([...fieldsOfClass("quasi"), ...policeKnownFields()])];
    const groups = new Map<string, number>();
    for (const record of released) {
      expect(record).not.toHaveProperty("id");
      expect(record).not.toHaveProperty("consent");
      const key = JSON.stringify([identifying.map((path) => valuesAt(record, path)), record.declined ?? []]);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(5);
    // The ledger on the device now holds the release.
    await expect.poll(() => page.textContent("#ledger-status")).toMatch(/: 1\.$/);
    await shot("07-release");
  }, 60_000);

  it("complaint: a draft for an incident on a day her consent allows it, and a refusal with the reason on another", async () => {
    await view("complaint");
    await page.fill("#as-of", "2015-05-01");
    const option = page.locator("#complaint-incident option", { hasText: "858ea43a" }).first();
    await page.selectOption("#complaint-incident", (await option.getAttribute("value")) ?? "");
    await page.selectOption("#complaint-to", "prosecutor");
    await page.click("#draft-complaint");
    const letter = page.locator("pre.letter");
    await letter.waitFor();
    expect(await letter.textContent()).toMatch(/Prosecutor/);
    await shot("08-complaint");
    await page.fill("#as-of", "2026-12-06");
    await page.click("#draft-complaint");
    await expect.poll(() => page.locator("#complaint-refused").textContent()).toMatch(/^No letter: .*30 days/);
  });

  it("speaks Russian and Kazakh, views and the packages' messages alike", async () => {
    await page.selectOption("#language", "ru");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("ru");
    await expect.poll(() => page.textContent("#nav-validation")).toBe("Проверка");
    await view("validation");
    expect(await page.locator("#validation-errors tbody td").nth(2).textContent()).toMatch(/^Q3 [А-Яа-яё]/u);
    await view("findings");
    await shot("09-findings-ru");
    await page.selectOption("#language", "kk");
    await expect.poll(() => page.textContent("#nav-report")).toBe("Есеп");
    await view("report");
    await expect.poll(() => page.frameLocator("#report-frame").locator("html").getAttribute("lang")).toBe("kk");
    await shot("10-report-kk");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
  });

  it("works with the keyboard alone: Tab reaches the views, Enter opens one and moves the focus to its heading", async () => {
    await page.focus("#nav-open");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("nav-validation");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("validation-title");
    // Every form field has a label a screen reader reads.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input:not([hidden]), select")]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0)
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it("locks; after a reload, a wrong passphrase decrypts nothing and says so; the right one opens the records", async () => {
    await page.click("#lock");
    await page.locator("#unlock-passphrase").waitFor();
    expect(await page.locator("#files").count()).toBe(0);
    await load("reload");
    await page.fill("#unlock-passphrase", `${PASSPHRASE}!`);
    await page.click("form button[type=submit]");
    const error = page.locator("#unlock-error");
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/^Wrong passphrase: nothing was decrypted\./);
    expect(await page.locator("#nav-open").count()).toBe(0);
    await shot("11-wrong-passphrase");
    await page.fill("#unlock-passphrase", PASSPHRASE);
    await page.click("form button[type=submit]");
    await page.locator("#files").waitFor({ timeout: 30_000 });
    expect([await count("entries"), await count("valid"), await count("invalid")]).toEqual([72, 71, 1]);
  }, 90_000);

  it("makes not one network request once loaded, and its policy forbids any", async () => {
    const blocked = await page.evaluate(async (url) => {
      try {
        await fetch(`${url}probe`);
        return "sent";
      } catch {
        return "blocked";
      }
    }, server.url);
    expect(blocked).toBe("blocked");
    const files = new Set(["", "index.html", ...readdirSync(join(DIST, "assets")).map((f) => `assets/${f}`)]);
    // Downloads are blob: URLs of the page's own memory: no request leaves the browser.
    const network = requests.filter((r) => !r.url.startsWith("blob:") && !r.url.startsWith("data:"));
    expect(network.filter((r) => r.when === "loaded")).toEqual([]);
    expect(network.every((r) => r.url.startsWith(server.url) && files.has(r.url.slice(server.url.length)))).toBe(true);
    expect(server.served.every((path) => files.has(path.slice(1)))).toBe(true);
  });

  it("erases this device: the store is gone, and a reload asks for a new passphrase", async () => {
    await page.click("#erase");
    await page.click("#erase-confirm");
    await page.locator("#passphrase").waitFor();
    expect(await page.locator(".gate .notice").textContent()).toBe("Everything was erased from this device.");
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await load("reload");
    expect(await page.locator("#passphrase").count()).toBe(1);
  });

  it("runs from a file, as from a USB stick: the script, the policy and the encrypted store work without a server", async () => {
    const local = await context.newPage();
    try {
      await local.goto(pathToFileURL(join(DIST, "index.html")).href);
      await local.locator("#passphrase").waitFor();
      // argon2id's WebAssembly, WebCrypto and IndexedDB all work from a file.
      await local.fill("#passphrase", PASSPHRASE);
      await local.fill("#again", PASSPHRASE);
      await local.click("form button[type=submit]");
      await local.locator("#files").waitFor({ timeout: 30_000 });
    } finally {
      await local.close();
    }
  });
});

/** The values at a metadata path of a released record (`charges[].date` reads each charge's date); `*` stands for a suppressed list. */
function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const key of path.split(".")) {
    const list = key.endsWith("[]");
    const name = list ? key.slice(0, -2) : key;
    current = current.flatMap((v) => {
      if (typeof v !== "object" || v === null) return list ? [] : [undefined];
      const child = (v as Record<string, unknown>)[name];
      if (!list) return [child];
      return Array.isArray(child) ? child : child === "*" ? ["*"] : [];
    });
  }
  return current;
}
