import { createRequire } from "node:module";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { OwnedDeps } from "../../server/deps.ts";
import { APRIL_CLOCK, type SeededDirectory, seedDirectory } from "../fixtures/site/directory.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startTestServer } from "../support/server.ts";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** What the functions evaluated in the page see (the project's TypeScript has no DOM types). */
interface PageGlobals {
  axe: { run(): Promise<{ violations: AxeViolation[] }> };
  document: { documentElement: { scrollWidth: number } };
  innerWidth: number;
  getComputedStyle(element: unknown): { display: string };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations on the page, as "rule: selectors". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(
    async () => (await (globalThis as unknown as PageGlobals).axe.run()).violations,
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How far the page scrolls sideways (0: it fits the screen). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return g.document.documentElement.scrollWidth - g.innerWidth;
  });

describeInBrowser("the public pages on a 375 px phone and a 1,280 px screen", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let seeded: SeededDirectory;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const contexts: Record<"phone" | "desktop", BrowserContext> = {} as never;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url, { clock: APRIL_CLOCK });
    seeded = await seedDirectory(test.db);
    server = await startTestServer(deps);
    browser = await launchBrowser();
    // bypassCSP: axe-core is injected as an inline script, which the site's CSP rightly refuses.
    contexts.phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: "fr-FR",
      bypassCSP: true,
    });
    contexts.desktop = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "fr-FR",
      bypassCSP: true,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await test?.drop();
  });

  const pages = () => [
    ["home", "/"],
    ["search", "/recherche?q=directrice"],
    ["person", "/personnes/claire-senechault"],
    ["company", "/entreprises/scalian"],
    ["issue", `/numeros/${seeded.issueIds.march}`],
    ["api", "/api"],
    ["alerts", "/alertes"],
    ["request", "/personnes/claire-senechault/demande"],
  ];

  for (const device of ["phone", "desktop"] as const) {
    it(`shows every public page without sideways scrolling or serious accessibility faults (${device})`, async () => {
      const page = await contexts[device].newPage();
      for (const [name, url] of pages()) {
        const response = await page.goto(`${server.url}${url}`);
        expect({ name, status: response?.status() }).toEqual({ name, status: 200 });
        expect({ name, scroll: await sidewaysScroll(page) }).toEqual({ name, scroll: 0 });
        await page.screenshot({ path: screenshotPath(`${device}-${name}`), fullPage: true });
        expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      }
      await page.close();
    }, 60_000);
  }

  it("gives the search box the phone's full width and folds the filters behind a Filtres button", async () => {
    const page = await contexts.phone.newPage();
    await page.goto(`${server.url}/recherche?q=directrice`);
    const box = await page.getByLabel("Rechercher une personne, un poste, une entreprise").boundingBox();
    const form = await page.locator("form.search-form").boundingBox();
    expect(box!.width).toBeGreaterThan(form!.width - 40);
    expect(box!.height).toBeLessThan(60);
    await expect(page.getByLabel("Fonction").isVisible()).resolves.toBe(false);
    const firstResult = await page.locator(".move").first().boundingBox();
    // The first result starts on the first screen (812 px tall), not 1,200 px down.
    expect(firstResult!.y).toBeLessThan(712);

    await page.locator("summary", { hasText: "Filtres" }).click();
    await expect(page.getByLabel("Fonction").isVisible()).resolves.toBe(true);
    await page.getByLabel("Fonction").selectOption("finance");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await page.waitForURL(/function=finance/);
    await expect(page.locator("summary").textContent()).resolves.toBe("Filtres (1)");
    await page.close();
  });

  it("reads an issue's records as cards on a phone, and a person's current post first", async () => {
    const page = await contexts.phone.newPage();
    await page.goto(`${server.url}/numeros/${seeded.issueIds.march}`);
    const display = await page
      .locator(".cards-on-phone td")
      .first()
      .evaluate((td) => (globalThis as unknown as PageGlobals).getComputedStyle(td).display);
    expect(display).toBe("block");
    await page.goto(`${server.url}/personnes/claire-senechault`);
    await expect(page.locator(".timeline-item").first().textContent()).resolves.toContain("Poste actuel");
    await expect(page.locator(".timeline-item").first().textContent()).resolves.toContain(
      "directrice générale",
    );
    await page.close();
  });

  it("reads the API's parameter tables as cards on a phone, each value beside its label", async () => {
    const page = await contexts.phone.newPage();
    await page.goto(`${server.url}/api`);
    const cell = page.locator("table.cards-on-phone td[data-label='Description']").first();
    const display = await cell.evaluate(
      (td) => (globalThis as unknown as PageGlobals).getComputedStyle(td).display,
    );
    expect(display).toBe("block");
    // A cell as wide as the screen, not a column of a few letters ("Pa|ra|mè|tre").
    expect((await cell.boundingBox())!.width).toBeGreaterThan(280);
    await page.close();
  });

  it("links a refused form's message to the field to correct", async () => {
    const page = await contexts.phone.newPage();
    await page.goto(`${server.url}/alertes`);
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.locator("input[name=companies]").first().fill("Scalian");
    await page.getByRole("button", { name: "M’abonner" }).click();
    const message = page.locator("main .flash.error[role=alert]");
    await expect(message.textContent()).resolves.toContain("Adresse e-mail");
    await page.locator("#email").evaluate((input) => (input as { blur(): void }).blur());
    await message.getByRole("link", { name: "Corriger ce champ" }).click();
    await expect(
      page
        .locator("#email")
        .evaluate(
          (input) =>
            input ===
            (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        ),
    ).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("brings a reversed date range back to the form, the query kept and the message beside the field", async () => {
    const page = await contexts.phone.newPage();
    const response = await page.goto(`${server.url}/recherche?q=DAF&since=2025-06-01&until=2025-01-01`);
    expect(response?.status()).toBe(400);
    await expect(
      page.getByLabel("Rechercher une personne, un poste, une entreprise").inputValue(),
    ).resolves.toBe("DAF");
    await expect(page.locator("#until-error").isVisible()).resolves.toBe(true);
    await expect(page.locator("#until-error").textContent()).resolves.toBe(
      "La date de fin précède la date de début.",
    );
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: screenshotPath("phone-search-error"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
