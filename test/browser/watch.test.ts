import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { freePort, startTestServer } from "../support/server.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

/** Issue 18 in Chromium: a saved search from the results page, then a CSV watch list, on the manage page. */
describeInBrowser("a subscriber watching searches and lists in Chromium", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site = "";

  beforeAll(async () => {
    test = await createTestDatabase();
    smtp = await startSmtpPeer();
    // The e-mails' links and the confirmation's redirect name PUBLIC_URL: the server's own address here.
    const port = await freePort();
    site = `http://127.0.0.1:${port}`;
    deps = await createTestDeps(test.url, { env: { SMTP_URL: smtp.url, PUBLIC_URL: site } });
    server = await startTestServer(deps, port);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "fr-FR" });
    page = await context.newPage();
    await importMoves(test.db, [
      { person: "Claire Fontanel", company: "Lumen", role: "directrice financière", function: "finance" },
      {
        person: "Marc Petit",
        company: "Alstom Transport",
        role: "directeur des achats",
        function: "operations",
      },
      { person: "Léa Morin", company: "Alstom Grid", role: "directrice juridique", function: "other" },
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await smtp?.close();
    await test?.drop();
  });

  let managePath = "";

  it("saves a search from its results page and finds it on the manage page", async () => {
    await page.goto(`${site}/recherche?q=financi%C3%A8re&function=finance`);
    await page.getByRole("link", { name: "Recevoir les nouveaux résultats par e-mail" }).click();
    await page.waitForURL(/\/alertes\?recherche=/);
    await expect(page.getByRole("checkbox", { name: /« financière » · Finance/ }).isChecked()).resolves.toBe(
      true,
    );
    await page.getByLabel("Adresse e-mail").fill("navigateur@exemple.test");
    await page.getByRole("button", { name: "M’abonner" }).click();
    await page.getByRole("heading", { name: "Vérifiez votre boîte mail" }).waitFor();

    await deliverQueuedMail(deps);
    const [mail] = await smtp.to("navigateur@exemple.test");
    const link = new RegExp(`${site}/alertes/confirmer/\\S+`).exec(mail!.text!)![0];
    await page.goto(link);
    await page.getByRole("button", { name: /Confirmer/ }).click();
    await page.waitForURL(/\/alertes\/gerer\/.+\?confirme=1/);
    managePath = new URL(page.url()).pathname;
    await expect(page.getByText("Votre abonnement est confirmé.").isVisible()).resolves.toBe(true);
    const saved = page.getByRole("checkbox", { name: /« financière » · Finance/ });
    await expect(saved.isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole("link", { name: "voir les résultats" }).first().getAttribute("href"),
    ).resolves.toBe("/recherche?q=financi%C3%A8re&function=finance");
    await page.screenshot({ path: screenshotPath("watch-manage-search"), fullPage: true });
  });

  it("imports a CSV watch list, chooses for the ambiguous row and sees the companies followed", async () => {
    expect(managePath).not.toBe("");
    await page.goto(`${site}${managePath}`);
    await page.getByLabel("Fichier CSV").setInputFiles({
      name: "prospects.csv",
      mimeType: "text/csv",
      // French Excel: Windows-1252 (é is 0xE9), semicolons, CRLF.
      buffer: Buffer.from(
        "Société;Contact\r\nLumen;Claire Fontanel\r\nAlstom;\r\nNouvelle Pousse;\r\n",
        "latin1",
      ),
    });
    await page.getByRole("button", { name: "Voir l’aperçu" }).click();
    await page.getByRole("heading", { name: "Aperçu de la liste" }).waitFor();
    await expect(page.locator("[data-count=ambiguous]").textContent()).resolves.toContain("1 ambiguë");
    await page.screenshot({ path: screenshotPath("watch-list-preview"), fullPage: true });
    await page.getByRole("radio", { name: /Alstom Grid/ }).check();
    await page.getByRole("button", { name: "Confirmer et suivre" }).click();
    await page.getByText("Liste importée : 3 entreprises, 1 personne et 0 recherche ajoutées.").waitFor();
    const companies = await page
      .locator('input[name="companies"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value).filter(Boolean));
    expect(companies).toEqual(["Alstom Grid", "Lumen", "Nouvelle Pousse"]);
    await expect(page.locator('input[name="people"]').first().inputValue()).resolves.toBe(
      "Claire Fontanel (claire-fontanel)",
    );
  });
  it("follows a person picked from the name suggestions of the manage page", async () => {
    expect(managePath).not.toBe("");
    await page.goto(`${site}${managePath}`);
    const empty = page.locator('[data-person-inputs] input[name="people"]').nth(1);
    await empty.fill("Léa Mo");
    await page
      .locator('#person-suggestions option[value="Léa Morin (lea-morin)"]')
      .waitFor({ state: "attached" });
    await empty.fill("Léa Morin (lea-morin)");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Vos préférences sont enregistrées.").waitFor();
    const people = await page
      .locator('input[name="people"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value).filter(Boolean));
    expect(people).toEqual(["Claire Fontanel (claire-fontanel)", "Léa Morin (lea-morin)"]);
  });
});
