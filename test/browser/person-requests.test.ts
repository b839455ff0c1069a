import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { describeInBrowser, launchBrowser, screenshotPath } from "../support/browser.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startTestServer } from "../support/server.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const PASSWORD = "correct horse battery staple";

/** Runs a form submission and waits for the page it leads to (POST → 303 → GET, or POST → page). */
async function submitted(page: Page, submit: () => Promise<unknown>): Promise<void> {
  const posted = page.waitForResponse((response) => response.request().method() === "POST");
  await submit();
  await posted;
  await page.waitForLoadState("load");
}

/** Issue 17 item 1 in a real browser: the listed person's form, the mailed confirmation, the admin queue. */
describeInBrowser("requests from listed people in a real browser", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    test = await createTestDatabase();
    smtp = await startSmtpPeer();
    deps = await createTestDeps(test.url, { env: { SMTP_URL: smtp.url } });
    server = await startTestServer(deps);
    browser = await launchBrowser();
    await createAccount(
      deps.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    await importMoves(deps.db, [
      {
        person: "Maëlle Kervadec",
        company: "Ardoisière de Quimperlé",
        role: "directrice des achats",
        function: "operations",
        paragraph: "Maëlle Kervadec est nommée directrice des achats de l’Ardoisière de Quimperlé.",
      },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await deps?.close();
    await smtp?.close();
    await test?.drop();
  });

  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  it("takes a correction from the person's page, confirms it from the e-mail, and lets an admin correct and accept it", async () => {
    const slug = (
      await deps.db
        .selectFrom("people")
        .select("slug")
        .where("name", "=", "Maëlle Kervadec")
        .executeTakeFirstOrThrow()
    ).slug;

    // The listed person, from their page.
    const visitor = await newPage();
    await visitor.goto(`${server.url}/personnes/${slug}`);
    await visitor.getByRole("link", { name: "Vous figurez dans Carnet ?" }).click();
    await visitor.waitForURL(`${server.url}/personnes/${slug}/demande`);
    await visitor.getByLabel("Corriger une information inexacte").check();
    await visitor
      .getByLabel("Information concernée (pour une correction)")
      .selectOption({ label: "directrice des achats, Ardoisière de Quimperlé (2 mars 2026)" });
    await visitor
      .getByLabel("Ce qui est inexact, et ce qu’il faudrait lire")
      .fill("Je suis directrice des achats et de la logistique.");
    await visitor.getByLabel("Votre adresse e-mail").fill("maelle@exemple.test");
    await visitor.screenshot({ path: screenshotPath("person-request-form"), fullPage: true });
    await submitted(visitor, () => visitor.getByRole("button", { name: "Envoyer ma demande" }).click());
    await expect(visitor.getByRole("heading", { name: "Vérifiez votre boîte mail" }).count()).resolves.toBe(
      1,
    );

    await deliverQueuedMail(deps);
    const [mail] = await smtp.to("maelle@exemple.test");
    const link = new URL(/http:\/\/carnet\.test\/demandes\/confirmer\/\S+/.exec(mail!.text!)![0]);
    await visitor.goto(server.url + link.pathname);
    await submitted(visitor, () => visitor.getByRole("button", { name: "Confirmer ma demande" }).click());
    await expect(visitor.getByRole("heading", { name: "Demande transmise" }).count()).resolves.toBe(1);
    await visitor.close();

    // The admin's queue, then the request's page: correct the move, then accept.
    const admin = await newPage();
    await admin.goto(`${server.url}/admin/demandes`);
    await admin.getByLabel("E-mail").fill("admin@carnet.test");
    await admin.getByLabel("Mot de passe").fill(PASSWORD);
    await admin.getByRole("button", { name: "Se connecter" }).click();
    await admin.waitForURL(`${server.url}/admin/demandes`);
    const row = admin.locator("table.person-requests tbody tr", { hasText: "Maëlle Kervadec" });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain("Correction");
    await admin.screenshot({ path: screenshotPath("person-requests-queue"), fullPage: true });
    await row.getByRole("link").click();
    await admin.waitForURL(/\/admin\/demandes\/\d+$/);
    const requestUrl = admin.url();
    await expect(admin.locator("body").textContent()).resolves.toContain(
      "Je suis directrice des achats et de la logistique.",
    );
    await admin.getByLabel("Poste").fill("directrice des achats et de la logistique");
    await submitted(admin, () => admin.getByRole("button", { name: "Corriger et publier" }).click());
    expect(admin.url()).toBe(requestUrl);
    await admin.getByLabel("Message au demandeur (facultatif)").fill("Votre intitulé est corrigé.");
    await submitted(admin, () => admin.getByRole("button", { name: "Accepter la correction" }).click());
    await expect(admin.locator(".flash").textContent()).resolves.toContain("Demande acceptée");
    await admin.screenshot({ path: screenshotPath("person-request-accepted"), fullPage: true });
    await admin.goto(`${server.url}/admin/demandes`);
    await expect(
      admin.locator("table.person-requests tbody tr", { hasText: "Maëlle Kervadec" }).count(),
    ).resolves.toBe(0);
    await admin.close();

    const personPage = await (await fetch(`${server.url}/personnes/${slug}`)).text();
    expect(personPage).toContain("directrice des achats et de la logistique");
    await deliverQueuedMail(deps);
    const outcome = (await smtp.to("maelle@exemple.test")).pop()!;
    expect(outcome.subject).toBe("Votre demande concernant Carnet : acceptée");
    expect(outcome.text).toContain("Votre intitulé est corrigé.");
  }, 90_000);
});
