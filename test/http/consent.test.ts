import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { redactUrl } from "../../server/middleware/request-log.ts";
import { addressHash } from "../../server/services/subscriptions.ts";
import { csrfOf, signedInAdmin } from "../support/admin.ts";
import type { TestDatabase } from "../support/database.ts";
import { startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";

/** Issue 17 item 2: a provable consent trail, downloadable by the subscriber and an admin; erasure leaves a hash. */
describe("consent records", () => {
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

  it("records when, where and to which wording a subscriber agreed, and every change after, in the JSON export", async () => {
    const visitor = request.agent(app);
    // From a company page's "Suivre" button: the form shows the consent wording of the day.
    const form = await visitor.get("/alertes?entreprise=Lumen").expect(200);
    expect(form.text).toContain("J’accepte de recevoir par e-mail les mouvements des entreprises choisies");
    const { post: adminPost, agent: admin } = await signedInAdmin(app, t.db);

    // The wording changes after the visitor loaded the form: their record keeps what they saw.
    await adminPost(
      "/admin/confidentialite/consent",
      { body: "Nouvelle formulation de l’accord." },
      "/admin/confidentialite",
    );
    await visitor
      .post("/alertes")
      .type("form")
      .send(
        new URLSearchParams({
          _csrf: csrfOf(form.text),
          source: /name="source" value="([^"]+)"/.exec(form.text)![1]!,
          consent_text_id: /name="consent_text_id" value="(\d+)"/.exec(form.text)![1]!,
          email: "trace@exemple.test",
          companies: "Lumen",
          frequency: "daily",
        }).toString(),
      )
      .expect(200);
    await deliverQueuedMail(deps);
    const [mail] = await smtp.to("trace@exemple.test");
    const confirmPath = new URL(/http:\/\/carnet\.test\/alertes\/confirmer\/\S+/.exec(mail!.text!)![0])
      .pathname;
    const confirmPage = await visitor.get(confirmPath);
    const confirmed = await visitor
      .post(confirmPath)
      .type("form")
      .send({ _csrf: csrfOf(confirmPage.text) })
      .expect(303);
    const manage = new URL(confirmed.headers.location!).pathname;

    let page = await visitor.get(manage).expect(200);
    expect(page.text).toContain("Télécharger mes données");
    page = await visitor
      .post(manage)
      .type("form")
      .send(`_csrf=${encodeURIComponent(csrfOf(page.text))}&companies=Lumen&companies=Trace&frequency=weekly`)
      .expect(200);
    page = await visitor
      .post(`${manage}/desabonner`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(200);
    await visitor
      .post(`${manage}/reabonner`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(200);

    const download = await visitor.get(`${manage}/donnees`).expect(200);
    // The download's address is a signed link: the request log must not hold it.
    expect(redactUrl(`${manage}/donnees`)).toBe("/alertes/gerer/[redacted]/donnees");
    expect(download.headers["content-disposition"]).toContain("attachment");
    const data = JSON.parse(download.text);
    expect(data).toMatchObject({
      email: "trace@exemple.test",
      status: "confirmed",
      frequency: "weekly",
      follows: ["Lumen", "Trace"],
      consent: {
        form: "entreprise",
        wording: { version: 1, text: expect.stringContaining("J’accepte de recevoir") },
      },
    });
    expect(data.consent.ip).toMatch(/127\.0\.0\.1/);
    expect(new Date(data.consent.confirmed_at).getTime()).toBeGreaterThan(0);
    expect(data.history.map((h: { event: string }) => h.event)).toEqual([
      "subscribed",
      "confirmed",
      "preferences_changed",
      "unsubscribed",
      "resubscribed",
    ]);
    expect(data.history[0].detail).toMatchObject({
      follows: ["Lumen"],
      frequency: "daily",
      consent_version: 1,
    });
    expect(data.history[2].detail).toMatchObject({ follows: ["Lumen", "Trace"], frequency: "weekly" });

    // The admin downloads the same record.
    const id = (await t.db.selectFrom("subscribers").select("id").executeTakeFirstOrThrow()).id;
    const adminCopy = JSON.parse((await admin.get(`/admin/abonnes/${id}/donnees.json`).expect(200)).text);
    expect(adminCopy.history).toEqual(data.history);
    expect(adminCopy.consent).toEqual(data.consent);
    // A long flow (a dozen requests): room for a loaded machine.
  }, 90_000);

  it("leaves only a keyed hash of the address after erasure", async () => {
    const subscriber = await t.db.selectFrom("subscribers").select(["id", "email"]).executeTakeFirstOrThrow();
    const { createSignedLinks } = await import("../../server/mail/signed-links.ts");
    const manage = new URL(createSignedLinks(deps.config).manageUrl(subscriber.id)).pathname;
    const visitor = request.agent(app);
    const page = await visitor.get(manage).expect(200);
    await visitor
      .post(`${manage}/effacer`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(200);
    expect(await t.db.selectFrom("subscribers").selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom("subscriber_events").selectAll().execute()).toEqual([]);
    const tombstones = await t.db.selectFrom("erased_subscribers").selectAll().execute();
    expect(tombstones.map((r) => r.address_hash)).toEqual([
      addressHash(deps.config.APP_SECRET, "TRACE@exemple.test"),
    ]);
    expect(JSON.stringify(tombstones)).not.toContain("trace");
    expect((await visitor.get(`${manage}/donnees`)).status).toBe(404);
  });
});
