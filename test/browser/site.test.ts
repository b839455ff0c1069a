import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import type { OwnedDeps } from "../../server/deps.ts";
import { APRIL_CLOCK, seedDirectory } from "../fixtures/site/directory.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startTestServer } from "../support/server.ts";

describeInBrowser("a recruiter browsing the directory in Chromium", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url, { clock: APRIL_CLOCK });
    await seedDirectory(test.db);
    server = await startTestServer(deps);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "fr-FR" });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await test?.drop();
  });

  it("searches from the home page, filters, follows the pagination and comes back with the back button", async () => {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Qui a bougé où");
    await page.screenshot({ path: screenshotPath("site-home"), fullPage: true });

    await page.getByLabel("Rechercher une personne, un poste, une entreprise").fill("directrice");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/recherche\?q=directrice/);
    // Both genders: Claire Sénéchault's two posts as directrice, and Marc Dubreuil's as directeur.
    await expect(page.locator("#resultats").textContent()).resolves.toContain("3 mouvements");

    await page.getByLabel("Fonction").selectOption("finance");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await page.waitForURL(/function=finance/);
    await expect(page.locator("#resultats").textContent()).resolves.toContain("1 mouvement");
    await expect(page.getByLabel("Fonction").inputValue()).resolves.toBe("finance");
    await page.screenshot({ path: screenshotPath("site-search"), fullPage: true });

    await page.goto(`${server.url}/recherche?q=achats`);
    expect(await page.locator(".move").count()).toBe(20);
    await page.getByRole("link", { name: "Page suivante →" }).click();
    await page.waitForURL(/cursor=/);
    expect(await page.locator(".move").count()).toBe(4);
    expect(new URL(page.url()).searchParams.get("q")).toBe("achats");
    await page.screenshot({ path: screenshotPath("site-search-page-2"), fullPage: true });
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("cursor"));
    expect(await page.locator(".move").count()).toBe(20);
  });

  it("opens a person page, then one of their companies", async () => {
    await page.goto(`${server.url}/recherche?q=S%C3%A9n%C3%A9chault`);
    await page.locator(".move-person", { hasText: "Claire Sénéchault" }).first().click();
    await page.waitForURL(/\/personnes\/claire-senechault$/);
    expect(await page.locator(".timeline-item").count()).toBe(2);
    await page.screenshot({ path: screenshotPath("site-person"), fullPage: true });

    // Newest first: the Nexiva post is the current one, at the top.
    await page.locator(".timeline-item").first().getByRole("link", { name: "Nexiva" }).click();
    await page.waitForURL(/\/entreprises\/nexiva$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Nexiva");
    expect(await page.locator("svg.chart-svg rect.chart-arrivals").count()).toBe(12);
    // The chart fills its card (it once stopped at 40rem, 60 % of a wide page), and its last
    // month stays inside it.
    const chart = (await page.locator("svg.chart-svg").boundingBox())!;
    const card = (await page.locator("figure.chart").boundingBox())!;
    const lastMonth = (await page.locator("svg.chart-svg .chart-label").last().boundingBox())!;
    expect(chart.width).toBeGreaterThan(card.width * 0.9);
    expect(lastMonth.x + lastMonth.width).toBeLessThanOrEqual(chart.x + chart.width);
    expect(await page.getByRole("link", { name: "Suivre" }).getAttribute("href")).toBe(
      "/alertes?entreprise=Nexiva",
    );
    await page.screenshot({ path: screenshotPath("site-company"), fullPage: true });
  });

  it("takes the filters' dates as a French reader types them, day first, whatever the browser's language", async () => {
    // Chromium's own date field types in the order of the browser's language (month first in this
    // headless Chromium, even with a French page locale): "01/04/2025" there was 4 January.
    await page.goto(`${server.url}/recherche?q=S%C3%A9n%C3%A9chault`);
    await expect(page.locator("#resultats").textContent()).resolves.toContain("2 mouvements");
    const since = page.getByLabel("Depuis le");
    await expect(since.getAttribute("placeholder")).resolves.toBe("jj/mm/aaaa");
    await since.pressSequentially("01/04/2025");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await page.waitForURL(/since=/);
    // 1 April: the April post only, not the March one
    await expect(page.locator("#resultats").textContent()).resolves.toContain("1 mouvement");
    await expect(page.getByLabel("Depuis le").inputValue()).resolves.toBe("01/04/2025");

    // a day that does not exist comes back as typed, with the reason beside it
    await page.getByLabel("Jusqu’au").pressSequentially("31/04/2025");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await page.waitForURL(/until=/);
    await expect(page.locator("#until-error").textContent()).resolves.toBe("Cette date n’existe pas.");
    await expect(page.getByLabel("Jusqu’au").inputValue()).resolves.toBe("31/04/2025");
    await expect(page.getByLabel("Depuis le").inputValue()).resolves.toBe("01/04/2025");
  });

  it("reaches the content from the keyboard through the skip link", async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press("Tab");
    expect(await page.locator(":focus").textContent()).toBe("Aller au contenu");
  });
});
