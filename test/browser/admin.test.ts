import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedMove } from "../../jobs/parse/index.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startTestServer } from "../support/server.ts";

const PASSWORD = "correct horse battery staple";

const move = (person: string, company: string, paragraph_index: number, confidence: number): ParsedMove => ({
  person,
  company,
  role: "directrice des ressources humaines",
  kind: "appointed",
  seniority: "director",
  function: "hr",
  previous_companies: [],
  predecessor: null,
  confidence,
  reasons: confidence < 0.8 ? ["role read across a comma"] : [],
  paragraph: `${person} est nommée directrice des ressources humaines de ${company}.`,
  paragraph_index,
});

/**
 * Runs a form submission and waits for the page it leads to (POST → 303 → GET) to load. Waiting
 * for a URL alone is not enough: after a redirect to the same address the old page already matches.
 */
async function submitted(page: Page, submit: () => Promise<unknown>): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await submit();
  await posted;
  await page.waitForLoadState("load");
}

describeInBrowser("admin console in a real browser", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    server = await startTestServer(deps);
    browser = await launchBrowser();
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    const moves = [
      move("Maëlle Kervadec", "Pontavel Logistique", 0, 0.55),
      move("Bastien Orcel", "Pontavel Logistique SAS Ouest", 1, 0.7),
      move("Jeanne Sorel", "Ardoisière de Quimperlé", 2, 0.95),
    ];
    const text = moves.map((m) => m.paragraph).join("\n\n");
    await importParsedIssue(
      deps.db,
      {
        title: "La Lettre des dirigeants n° 12",
        published_on: "2025-04-02",
        section_found: true,
        moves,
        paragraphs: moves.map((m) => m.paragraph),
      },
      { file: "n12.txt", rawText: text, contentHash: contentHash(text) },
      { autoPublishConfidence: 0.8 },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await test?.drop();
  });

  // Each step fails within 10 s with the locator it waited for, rather than at Jest's global timeout.
  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  it("signs in, approves a pending move from the queue and sees it on the public site", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/admin/revue`);
    await expect(page.getByRole("heading", { name: "Connexion à l’administration" }).count()).resolves.toBe(
      1,
    );
    await page.getByLabel("E-mail").fill("admin@carnet.test");
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/admin/revue`);
    const card = page.locator(".review-card", { hasText: "Maëlle Kervadec" });
    await expect(card.count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath("admin-review-queue"), fullPage: true });

    const person = await deps.db
      .selectFrom("people")
      .select("slug")
      .where("name", "=", "Maëlle Kervadec")
      .executeTakeFirstOrThrow();
    const before = await (await fetch(`${server.url}/personnes/${person.slug}`)).text();
    expect(before).not.toContain("directrice des ressources humaines");

    // Keyboard: j focuses the first (least confident) move, a publishes it.
    await page.keyboard.press("j");
    await submitted(page, () => page.keyboard.press("a"));
    expect(page.url()).toBe(`${server.url}/admin/revue`);
    await expect(page.locator(".flash").textContent()).resolves.toContain("1 mouvement publié");
    await expect(page.locator(".review-card", { hasText: "Maëlle Kervadec" }).count()).resolves.toBe(0);

    await page.goto(`${server.url}/personnes/${person.slug}`);
    await expect(page.locator("body").textContent()).resolves.toContain("directrice des ressources humaines");
    await page.close();
  });

  it("shows two companies side by side on the merge page", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/admin/connexion`);
    await page.getByLabel("E-mail").fill("admin@carnet.test");
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/admin/revue`);
    const slugs = await deps.db
      .selectFrom("companies")
      .select(["name", "slug"])
      .where("name", "like", "Pontavel%")
      .orderBy("name")
      .execute();
    await page.goto(`${server.url}/admin/fusion?type=company&a=${slugs[0]!.slug}&b=${slugs[1]!.slug}`);
    await expect(page.getByRole("button", { name: "Garder « Pontavel Logistique »" }).count()).resolves.toBe(
      1,
    );
    await page.screenshot({ path: screenshotPath("admin-merge"), fullPage: true });
    await submitted(page, () => page.getByRole("button", { name: "Garder « Pontavel Logistique »" }).click());
    // A merge cannot be undone: the next page shows the moves to merge and asks again.
    await submitted(page, () => page.getByRole("button", { name: "Confirmer la fusion" }).click());
    expect(page.url()).toMatch(/\/admin\/entreprises\/\d+$/);
    await expect(page.locator(".flash").textContent()).resolves.toContain("Fusion faite");
    await page.close();
  });
  it("fits every page of the console's menu on a 375 px phone, the accounts list included", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/connexion`);
    await page.getByLabel("E-mail").fill("admin@carnet.test");
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/admin/revue`);
    const menu = await page
      .locator(".admin-nav a")
      .evaluateAll((links) =>
        links.map((link) => new URL((link as unknown as { href: string }).href).pathname),
      );
    expect(menu).toContain("/admin/comptes");
    const sideways: string[] = [];
    for (const path of menu) {
      await page.goto(`${server.url}${path}`);
      // The project's TypeScript has no DOM types (as in phone.test.ts).
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      );
      if (width > 375) sideways.push(`${path}: ${width} px`);
    }
    // The accounts table was 425 px wide: its rows now read as cards, like an issue's records.
    expect(sideways).toEqual([]);
    await page.goto(`${server.url}/admin/comptes`);
    // Its "désactivé" box stays a box, its label one word (the box grew to 12rem and the label
    // wrapped a letter a line).
    const box = (await page.getByRole("checkbox", { name: "désactivé" }).first().boundingBox())!;
    expect(box.width).toBeLessThan(40);
    const label = (await page.locator("label.check", { hasText: "désactivé" }).first().boundingBox())!;
    expect(label.height).toBeLessThan(40);
    await page.screenshot({ path: screenshotPath("admin-accounts-phone"), fullPage: true });
    await page.close();
  });
});
