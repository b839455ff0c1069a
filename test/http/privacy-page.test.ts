import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf, signedInAdmin } from "../support/admin.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import type { TestDatabase } from "../support/database.ts";
import { startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";

/** Issue 17 item 5: /confidentialite, linked from every footer and e-mail, edited and versioned by admins. */
describe("the privacy page", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    ({ t, smtp, deps, app } = await startMailTestApp());
  });
  afterAll(async () => {
    await stopMailTestApp({ t, smtp, deps });
  });

  it("says what Carnet stores and how to exercise each right, and every page's footer links to it", async () => {
    const page = await request(app).get("/confidentialite").expect(200);
    expect(page.text).toContain("<h2>Ce que Carnet conserve sur les personnes citées</h2>");
    expect(page.text).toContain("Vos droits");
    expect(page.text).toContain("télécharger vos données");
    expect(page.text).toContain("Version 1");
    for (const path of ["/", "/alertes", "/recherche?q=x", "/confidentialite"]) {
      const res = await request(app).get(path).expect(200);
      expect(res.text).toContain('<a href="/confidentialite">Confidentialité</a>');
    }
  });

  it("links to it from the confirmation, manage-link and alert e-mails", async () => {
    const agent = request.agent(app);
    const form = await agent.get("/alertes");
    await agent
      .post("/alertes")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "lecteur@exemple.test", companies: "Lumen" })
      .expect(200);
    await confirmedSubscriber(t.db, "abonne@exemple.test", ["Lumen"]);
    const again = await agent.get("/alertes");
    await agent
      .post("/alertes")
      .type("form")
      .send({ _csrf: csrfOf(again.text), email: "abonne@exemple.test", companies: "Lumen" })
      .expect(200);
    await deliverQueuedMail(deps);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    await runAlertRound(deps, ["immediate"]);
    const mails = await smtp.parsed();
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "1 mouvement chez Lumen",
      "Confirmez votre abonnement aux alertes Carnet",
      "Vos alertes Carnet",
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain("http://carnet.test/confidentialite");
      expect(mail.html).toContain('href="http://carnet.test/confidentialite"');
    }
  });

  it("lets an admin publish a new version without rewriting the old one, in the audit log", async () => {
    const { agent, post } = await signedInAdmin(app, t.db);
    const edit = await agent.get("/admin/confidentialite").expect(200);
    expect(edit.text).toContain("Page de confidentialité");
    const saved = await post(
      "/admin/confidentialite/privacy",
      { body: "## Nouveau titre\nLes données sont hébergées en France.\n\nContact : dpo@exemple.test" },
      "/admin/confidentialite",
    );
    expect(saved.status).toBe(303);
    const page = await request(app).get("/confidentialite").expect(200);
    expect(page.text).toContain("<h2>Nouveau titre</h2>");
    expect(page.text).toContain("<p>Les données sont hébergées en France.</p>");
    expect(page.text).toContain("Version 2");
    expect(page.text).not.toContain("Ce que Carnet conserve");
    // A script typed by an admin is text, not markup.
    await post(
      "/admin/confidentialite/privacy",
      { body: "<script>alert(1)</script>" },
      "/admin/confidentialite",
    );
    expect((await request(app).get("/confidentialite")).text).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    );

    const versions = await t.db
      .selectFrom("legal_texts")
      .select(["version", "body"])
      .where("kind", "=", "privacy")
      .orderBy("version")
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(versions[0]!.body).toContain("Ce que Carnet conserve");
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "legal_text")
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]!.action).toBe("legal_text.privacy.publish");
  });
});
