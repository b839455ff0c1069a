import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import type { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { merge } from "../../server/services/merge.ts";
import { csrfOf } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import type { TestDatabase } from "../support/database.ts";
import { clearSubscribersAndDirectory, startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";
import { decodeHtml as decode, subscribeAndConfirm } from "../support/subscriber.ts";

/** Issue 18: following people and saved searches, from the web pages to the digest. */
describe("following people and searches", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    ({ t, smtp, deps, app } = await startMailTestApp());
  });
  beforeEach(async () => {
    smtp.clear();
    await clearSubscribersAndDirectory(t);
  });
  afterAll(async () => {
    await stopMailTestApp({ t, smtp, deps });
  });

  /** Follows a link of the site to /alertes, fills in the address, submits, confirms from the mail. */
  async function subscribeFrom(
    alertPath: string,
    email: string,
    extra: Record<string, string> = {},
    checkConfirmation?: (text: string) => void,
  ) {
    const { form, confirmation } = await subscribeAndConfirm(app, deps, smtp, alertPath, email, extra);
    checkConfirmation?.(confirmation);
    return form;
  }

  it("mails a followed person's move at a new company once, with the previous post and the paragraph", async () => {
    await importMoves(t.db, [
      {
        person: "Hélène Vasseur",
        company: "Alstom",
        role: "directrice financière",
        paragraph: "HÉLÈNE VASSEUR rejoint Alstom.",
      },
    ]);
    const personPage = await request(app).get("/personnes/helene-vasseur").expect(200);
    const follow = /href="(\/alertes\?personne=[^"]+)">Suivre</.exec(personPage.text)![1]!;
    const form = await subscribeFrom(follow, "suit-helene@exemple.test", {}, (confirmation) =>
      expect(confirmation).toContain("pour : Hélène Vasseur"),
    );
    expect(form).toContain('value="Hélène Vasseur (helene-vasseur)"');

    await importMoves(t.db, [
      {
        person: "Hélène Vasseur",
        company: "Nexity",
        role: "directrice générale adjointe",
        previous_companies: ["Alstom"],
        paragraph: "HÉLÈNE VASSEUR quitte Alstom et rejoint Nexity comme directrice générale adjointe.",
      },
      { person: "Paul Tiers", company: "Nexity" },
    ]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1 });
    const [mail] = await smtp.to("suit-helene@exemple.test");
    expect(mail!.subject).toBe("1 mouvement chez Nexity");
    expect(mail!.text).toContain("PERSONNES SUIVIES");
    expect(mail!.text).toContain("Hélène Vasseur — directrice générale adjointe, Nexity");
    expect(mail!.text).toContain("poste précédent : directrice financière, Alstom");
    expect(mail!.text).toContain("« HÉLÈNE VASSEUR quitte Alstom et rejoint Nexity");
    expect(mail!.text).not.toContain("Paul Tiers");
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, sent: 0 });
  });

  it("keeps a person's followers when an admin merges them into another record", async () => {
    await importMoves(t.db, [{ person: "Jean Dufresne", company: "Trace" }]);
    await importMoves(t.db, [{ person: "Jean Dufrêne", company: "Lumen" }]);
    const people = await t.db.selectFrom("people").select(["id", "slug"]).orderBy("id").execute();
    await subscribeFrom(`/alertes?personne=${people[0]!.slug}`, "suit-jean@exemple.test");
    await merge(t.db, { id: null, email: "admin@exemple.test" }, "person", people[0]!.id, people[1]!.id);

    await importMoves(t.db, [{ person: "Jean Dufrêne", company: "Scalian", role: "directeur commercial" }]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1 });
    const [mail] = await smtp.to("suit-jean@exemple.test");
    expect(mail!.text).toContain("Jean Dufrêne — directeur commercial, Scalian");
  });

  it("refuses an unknown person and a homonym typed without choosing, naming the field", async () => {
    await importMoves(t.db, [{ person: "Claire Martin", company: "Trace" }]);
    await importMoves(t.db, [
      { person: "Claire Martin", company: "Lumen", paragraph: "autre Claire Martin" },
    ]);
    const agent = request.agent(app);
    const form = await agent.get("/alertes").expect(200);
    const post = (people: string) =>
      agent
        .post("/alertes")
        .type("form")
        .send({ _csrf: csrfOf(form.text), email: "x@exemple.test", people });
    const unknown = await post("Personne Inconnue");
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("Personnes : Aucune personne « Personne Inconnue » dans l’annuaire.");
    if ((await t.db.selectFrom("people").select("id").execute()).length === 2) {
      const homonym = await post("Claire Martin");
      expect(homonym.status).toBe(400);
      expect(homonym.text).toContain("Plusieurs personnes s’appellent « Claire Martin »");
    }
    expect(smtp.messages).toHaveLength(0);
  });

  it("mails a saved search's new matches once, grouped under its name, and never an old one", async () => {
    await importMoves(t.db, [
      { person: "Ancienne Trésorière", company: "Lumen", role: "directrice financière", function: "finance" },
    ]);
    const results = await request(app).get("/recherche?q=financi%C3%A8re&function=finance").expect(200);
    const save = /href="(\/alertes\?recherche=[^"]+)">Recevoir les nouveaux résultats par e-mail</.exec(
      decode(results.text),
    )![1]!;
    const form = await subscribeFrom(save, "cherche@exemple.test");
    expect(form).toContain("« financière » · Finance");
    const row = await t.db
      .selectFrom("saved_searches")
      .select(["match_keys", "query"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      match_keys: ["w:financier", "f:finance"],
      query: "q=financi%C3%A8re&function=finance",
    });

    await importMoves(t.db, [
      {
        person: "Nouvelle Directrice",
        company: "Scalian",
        role: "directrice financière",
        function: "finance",
      },
      {
        person: "Autre Personne",
        company: "Scalian",
        role: "directrice marketing",
        function: "marketing_communication",
      },
      { person: "Faux Ami", company: "Trace", role: "responsable financière", function: "operations" },
    ]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1, duePairs: 1 });
    const [mail] = await smtp.to("cherche@exemple.test");
    expect(mail!.text).toContain("RECHERCHE : « financière » · Finance");
    expect(mail!.text).toContain("Nouvelle Directrice — directrice financière, Scalian");
    expect(mail!.text).not.toContain("Ancienne Trésorière");
    expect(mail!.text).not.toContain("Autre Personne");
    expect(mail!.text).not.toContain("Faux Ami");
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, sent: 0 });
  });

  it("matches searches by company, by function alone and with OR words, each move once per subscriber", async () => {
    await subscribeFrom("/alertes?recherche=company%3DScalian", "par-entreprise@exemple.test");
    await subscribeFrom("/alertes?recherche=function%3Dhr", "par-fonction@exemple.test");
    await subscribeFrom("/alertes?recherche=q%3Dmarketing%2520or%2520juridique", "ou@exemple.test", {
      searches: "q=directrice+marketing",
    });
    await importMoves(t.db, [
      { person: "Inès Barou", company: "Scalian", role: "DRH", function: "hr" },
      {
        person: "Léa Morin",
        company: "Trace",
        role: "directrice marketing",
        function: "marketing_communication",
      },
      { person: "Yann Roux", company: "Lumen", role: "directeur juridique", function: "other" },
    ]);
    await runAlertRound(deps, ["immediate"]);
    const text = async (email: string) => (await smtp.to(email)).map((m) => m.text).join("\n");
    expect(await text("par-entreprise@exemple.test")).toContain("Inès Barou");
    expect(await text("par-fonction@exemple.test")).toContain("Inès Barou");
    expect(await text("par-fonction@exemple.test")).not.toContain("Léa Morin");
    const or = await text("ou@exemple.test");
    expect(or).toContain("Yann Roux");
    // Léa Morin matches both of this subscriber's searches: she is in the digest once.
    expect(or.match(/Léa Morin —/g)).toHaveLength(1);
    expect(or).not.toContain("Inès Barou");
  });

  it("matches a search only on moves carrying all its criteria, common words and minus words included", async () => {
    // The round anchors each search on its rarest criterion among the new moves (here the
    // company, not the word most moves carry); every other criterion must still hold.
    await subscribeFrom(
      "/alertes?recherche=q%3Ddirecteur%26company%3DScalian",
      "directeur-scalian@exemple.test",
    );
    await subscribeFrom("/alertes?recherche=q%3Ddirecteur%2520-adjoint", "sans-adjoint@exemple.test");
    await importMoves(t.db, [
      { person: "Paul Vidal", company: "Scalian", role: "directeur commercial", function: "sales" },
      { person: "Marc Aubry", company: "Trace", role: "directeur financier", function: "finance" },
      { person: "Jeanne Lacombe", company: "Scalian", role: "DRH", function: "hr" },
      { person: "Hugo Perrin", company: "Lumen", role: "directeur adjoint", function: "other" },
    ]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 2, duePairs: 3 });
    const [atScalian] = await smtp.to("directeur-scalian@exemple.test");
    expect(atScalian!.text).toContain("RECHERCHE : « directeur » · Scalian");
    expect(atScalian!.text).toContain("Paul Vidal");
    expect(atScalian!.text).not.toContain("Marc Aubry");
    expect(atScalian!.text).not.toContain("Jeanne Lacombe");
    const [withoutDeputies] = await smtp.to("sans-adjoint@exemple.test");
    expect(withoutDeputies!.text).toContain("RECHERCHE : « directeur -adjoint »");
    expect(withoutDeputies!.text).toContain("Paul Vidal");
    expect(withoutDeputies!.text).toContain("Marc Aubry");
    expect(withoutDeputies!.text).not.toContain("Hugo Perrin");
  });

  it("refuses to save a search without any criterion, naming the field", async () => {
    const page = await request(app).get("/recherche?since=2025-01-01").expect(200);
    expect(page.text).not.toContain("Recevoir les nouveaux résultats par e-mail");
    const refused = await request(app).get("/alertes?recherche=since%3D2025-01-01");
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("aucun critère");
  });

  it("names a pasted search's bad parameter as the search page does, never by its code", async () => {
    const res = await request(app).get(`/alertes?recherche=${encodeURIComponent("q=DAF&kind=left")}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain("Recherche collée : type : valeur inconnue (Arrivée, Nomination, Promotion).");
    expect(res.text).not.toMatch(/joined|appointed|promoted/);
  });
});
