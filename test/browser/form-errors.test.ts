// A refused form puts the keyboard where the problem is: on the field in error, which the screen reader
// announces with the error message, or on the message when no field is marked.
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { describeInBrowser, launchBrowser } from "../support/browser.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startTestServer } from "../support/server.ts";

describeInBrowser("a refused form in Chromium", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    server = await startTestServer(deps);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: "fr-FR" });
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: "un mot de passe assez long", role: "admin" },
    );
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await test?.drop();
  });

  it("puts the focus on the e-mail field the alert form refused, described by the message", async () => {
    await page.goto(`${server.url}/alertes`);
    // the server's check, not the browser's: what a browser without validation or a script would send
    await page.locator("form:has(#email)").evaluate((form) => {
      (form as unknown as { noValidate: boolean }).noValidate = true;
    });
    await page.locator("#email").fill("pas-une-adresse");
    await page.locator("#email").press("Enter");
    await page.waitForLoadState("load");
    await expect(page.locator(":focus").getAttribute("id")).resolves.toBe("email");
    const message = page.getByRole("alert");
    await expect(message.textContent()).resolves.toMatch(/adresse/iu);
    const describedBy = (await page.locator("#email").getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain(await message.getAttribute("id"));
  });

  it("puts the focus on the admin sign-in's error message when no single field is to blame", async () => {
    await page.goto(`${server.url}/admin/connexion`);
    await page.getByLabel("E-mail", { exact: true }).fill("admin@carnet.test");
    await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await page.getByLabel("Mot de passe").press("Enter");
    await page.waitForLoadState("load");
    await expect(page.locator(":focus").getAttribute("role")).resolves.toBe("alert");
  });
});
