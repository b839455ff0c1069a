import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { freePort, startTestServer } from "../support/server.ts";

/** README's first-run flow: subscribe, open the confirmation at /dev/mail, confirm from there. */
describeInBrowser("a first-time user confirming from the dev mailbox in Chromium", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let site = "";

  beforeAll(async () => {
    test = await createTestDatabase();
    const port = await freePort();
    site = `http://127.0.0.1:${port}`;
    deps = await createTestDeps(test.url, {
      env: { NODE_ENV: "development", PUBLIC_URL: site },
      mailCatcher: true,
    });
    server = await startTestServer(deps, port);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "fr-FR" });
    await importMoves(test.db, [
      { person: "Odile Vernant", company: "Tramela", role: "directrice juridique" },
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await test?.drop();
  });

  it("follows the HTML e-mail's button into the whole tab, where Confirmer works", async () => {
    await page.goto(`${site}/alertes`);
    await page.getByLabel("Adresse e-mail").fill("premiere@exemple.test");
    await page.getByLabel("Entreprise suivie").first().fill("Tramela");
    await page.getByRole("button", { name: "M’abonner" }).click();
    await page.getByRole("heading", { name: "Vérifiez votre boîte mail" }).waitFor();
    await deliverQueuedMail(deps);

    await page.goto(`${site}/dev/mail`);
    await page.getByRole("link", { name: "Confirmez votre abonnement aux alertes Carnet" }).click();
    await page
      .frameLocator("iframe.mail-frame")
      .getByRole("link", { name: "Confirmer mon abonnement" })
      .click();
    // The tab itself goes to the page (it used to open, unstyled, inside the frame, whose sandbox
    // then refused its form).
    await page.waitForURL(new RegExp(`^${site}/alertes/confirmer/`));
    await page.screenshot({ path: screenshotPath("dev-mail-confirm"), fullPage: true });
    await page.getByRole("button", { name: "Confirmer mon abonnement" }).click();
    await page.waitForURL(/\/alertes\/gerer\//);
    await expect(page.locator("main").textContent()).resolves.toContain("premiere@exemple.test");
    await expect(page.locator(".badge.ok").textContent()).resolves.toBe("Actif");
  });
});
