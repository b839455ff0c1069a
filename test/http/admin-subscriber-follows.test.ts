import { beforeAll, describe, expect, it } from "@jest/globals";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import { createSubscriptionService } from "../../server/services/subscriptions.ts";
import { useSignedInAdminApp } from "../support/app.ts";
import { importMoves } from "../support/builders.ts";

/** An admin helping a subscriber sees everything they follow, not only the companies. */
describe("admin subscriber page", () => {
  const carnet = useSignedInAdminApp();

  beforeAll(async () => {
    await importMoves(carnet.deps.db, [
      { person: "Odile Vernant", company: "Tramela", role: "directrice juridique" },
    ]);
  });

  it("lists the followed people and searches beside the followed companies", async () => {
    const { db } = carnet.deps;
    const person = await db
      .selectFrom("people")
      .select(["id", "slug"])
      .where("name", "=", "Odile Vernant")
      .executeTakeFirstOrThrow();
    await createSubscriptionService(carnet.deps).subscribe("suivi@exemple.test", {
      companies: ["Tramela"],
      people: [person.slug],
      searches: ["q=juridique&function=other"],
      frequency: "daily",
      includeDepartures: false,
    });
    const subscriber = await db
      .selectFrom("subscribers")
      .select("id")
      .where("email", "=", "suivi@exemple.test")
      .executeTakeFirstOrThrow();
    const search = await db
      .selectFrom("saved_searches")
      .select("name")
      .where("subscriber_id", "=", subscriber.id)
      .executeTakeFirstOrThrow();

    const page = await carnet.agent.get(`/admin/abonnes/${subscriber.id}`).expect(200);
    // The page showed "Entreprises suivies" alone: this subscriber seemed to follow Tramela only.
    expect(page.text).toContain("Tramela");
    expect(page.text).toMatch(
      new RegExp(
        `<h2>Personnes suivies</h2>\\s*<ul><li><a href="/admin/personnes/${person.id}">Odile Vernant</a>`,
      ),
    );
    expect(page.text).toContain("<h2>Recherches suivies</h2>");
    // Its name as the manage page shows it, linked to its results (Handlebars escapes "=" too).
    expect(page.text).toContain(
      `<a href="/recherche?q&#x3D;juridique&amp;function&#x3D;other">${search.name}</a>`,
    );
    expect(search.name).toBe("« juridique » · Autre");
  });

  it("shows the confirmation e-mail waiting, then sent (it was nowhere in the console)", async () => {
    const subscriber = await carnet.deps.db
      .selectFrom("subscribers")
      .select("id")
      .where("email", "=", "suivi@exemple.test")
      .executeTakeFirstOrThrow();
    const waiting = await carnet.agent.get(`/admin/abonnes/${subscriber.id}`).expect(200);
    expect(waiting.text).toMatch(
      /<h2>Liens envoyés<\/h2>\s*<ul class="request-mails">\s*<li>Lien de confirmation, demandé le [^<]+? : en attente d’envoi<\/li>/,
    );
    await deliverQueuedMail(carnet.deps);
    const sent = await carnet.agent.get(`/admin/abonnes/${subscriber.id}`).expect(200);
    expect(sent.text).toMatch(/<li>Lien de confirmation, demandé le [^<]+? : envoyé le \d+ /);
  });
});
