import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import type { ParsedIssue } from "../../jobs/parse/index.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { csrfOf, signedInAdmin } from "../support/admin.ts";
import { move } from "../support/builders.ts";
import type { TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";

/** The text a reader sees: tags and their attributes left out. */
const visible = (html: string) => html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");

/** One newsletter issue, as the parser would hand it over (fictional people). */
const ISSUE: ParsedIssue = {
  title: "La Lettre des dirigeants n° 40",
  published_on: "2026-03-02",
  section_found: true,
  moves: [
    move({
      person: "Claire Fontanel",
      company: "Lumen",
      role: "directrice financière",
      paragraph: "Claire Fontanel rejoint Lumen en tant que directrice financière.",
      paragraph_index: 0,
    }),
    move({
      person: "Bastien Orcel",
      company: "Pontavel Logistique",
      role: "directeur des opérations",
      function: "operations",
      paragraph: "Bastien Orcel est nommé directeur des opérations de Pontavel Logistique.",
      paragraph_index: 1,
    }),
    move({
      person: "Jeanne Sorel",
      company: "Pontavel Logistique",
      role: "directrice commerciale",
      function: "sales",
      predecessor: "Bastien Orcel",
      paragraph:
        "Jeanne Sorel devient directrice commerciale de Pontavel Logistique, où elle succède à BASTIEN ORCEL.",
      paragraph_index: 2,
    }),
  ],
  paragraphs: [
    "Claire Fontanel rejoint Lumen en tant que directrice financière.",
    "Bastien Orcel est nommé directeur des opérations de Pontavel Logistique.",
    "Jeanne Sorel devient directrice commerciale de Pontavel Logistique, où elle succède à BASTIEN ORCEL.",
  ],
};
const ISSUE_TEXT = ISSUE.paragraphs.join("\n\n");

/** Issue 17 item 1: listed people ask for a correction or their removal; admins answer within a month. */
describe("requests from listed people", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: Express;
  let admin: Awaited<ReturnType<typeof signedInAdmin>>;

  const importIssue = (rawText: string) =>
    importParsedIssue(
      deps.db,
      ISSUE,
      { file: "lettre-40.txt", rawText, contentHash: contentHash(rawText) },
      { autoPublishConfidence: 0.8 },
    );
  const personSlug = async (name: string) =>
    (await t.db.selectFrom("people").select("slug").where("name", "=", name).executeTakeFirstOrThrow()).slug;
  const requestRow = (email: string) =>
    t.db.selectFrom("person_requests").selectAll().where("email", "=", email).executeTakeFirstOrThrow();

  /** Fills in the form of the person's page "Vous figurez dans Carnet ?" as a visitor would. */
  async function submit(slug: string, fields: Record<string, string>, agent = request.agent(app)) {
    const person = await agent.get(`/personnes/${slug}`).expect(200);
    const link = /href="([^"]+)">Vous figurez dans Carnet ?/.exec(person.text)![1]!;
    const form = await agent.get(link).expect(200);
    return agent
      .post(link)
      .type("form")
      .send({ _csrf: csrfOf(form.text), ...fields });
  }

  /** Follows the link of the confirmation e-mail and presses its button. */
  async function confirmFromMail(email: string) {
    await deliverQueuedMail(deps);
    const mails = await smtp.to(email);
    const mail = mails[mails.length - 1]!;
    expect(mail.subject).toBe("Confirmez votre demande concernant Carnet");
    const path = new URL(/http:\/\/carnet\.test\/demandes\/confirmer\/\S+/.exec(mail.text!)![0]).pathname;
    const agent = request.agent(app);
    const page = await agent.get(path).expect(200);
    expect(visible(page.text)).toContain("Confirmer ma demande");
    return agent
      .post(path)
      .type("form")
      .send({ _csrf: csrfOf(page.text) });
  }

  beforeAll(async () => {
    ({ t, smtp, deps, app } = await startMailTestApp());
    admin = await signedInAdmin(app, t.db);
    expect((await importIssue(ISSUE_TEXT)).status).toBe("imported");
  });
  afterAll(async () => {
    await stopMailTestApp({ t, smtp, deps });
  });

  it("applies a confirmed correction the admin accepts, and mails the requester what changed", async () => {
    const slug = await personSlug("Claire Fontanel");
    const moveId = (
      await t.db
        .selectFrom("moves")
        .select("id")
        .where("role", "=", "directrice financière")
        .executeTakeFirstOrThrow()
    ).id;
    const sent = await submit(slug, {
      kind: "correction",
      move_id: String(moveId),
      details: "Je suis directrice administrative et financière.",
      email: "claire@exemple.test",
    });
    expect(sent.status).toBe(200);
    expect(visible(sent.text)).toContain("Vérifiez votre boîte mail");

    const confirmed = await confirmFromMail("claire@exemple.test");
    expect(confirmed.status).toBe(200);
    const row = await requestRow("claire@exemple.test");
    expect(row.status).toBe("open");
    // One calendar month from confirmation (GDPR art. 12(3)).
    const due = new Date(row.confirmed_at!);
    due.setMonth(due.getMonth() + 1);
    expect(Math.abs(row.due_at!.getTime() - due.getTime())).toBeLessThan(2 * 3_600_000);
    expect(visible(confirmed.text)).toContain("Demande transmise");

    // The queue lists it with its due date; the console's home says one is due this week? Not yet:
    // a month is left.
    const queue = visible((await admin.agent.get("/admin/demandes").expect(200)).text);
    expect(queue).toContain("Claire Fontanel");
    expect(queue).toContain(
      new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" }).format(row.due_at!),
    );
    const home = await admin.agent.get("/admin").redirects(1).expect(200);
    expect(visible(home.text)).not.toContain("à traiter cette semaine");

    // The admin corrects the record from the request's page (the curation move form comes back to it).
    const page = await admin.agent.get(`/admin/demandes/${row.id}`).expect(200);
    expect(visible(page.text)).toContain("Je suis directrice administrative et financière.");
    const edited = await admin.post(
      `/admin/mouvements/${moveId}`,
      {
        retour: `/admin/demandes/${row.id}`,
        person: "Claire Fontanel",
        company: "Lumen",
        role: "directrice administrative et financière",
        kind: "joined",
        seniority: "director",
        function: "finance",
        published_on: "2026-03-02",
        action: "approve",
      },
      `/admin/demandes/${row.id}`,
    );
    expect(edited.status).toBe(303);
    expect(edited.headers.location).toBe(`/admin/demandes/${row.id}`);
    const accepted = await admin.post(
      `/admin/demandes/${row.id}/accepter`,
      { response: "Votre poste est corrigé sur votre fiche." },
      `/admin/demandes/${row.id}`,
    );
    expect(accepted.status).toBe(303);

    const personPage = visible((await request(app).get(`/personnes/${slug}`).expect(200)).text);
    expect(personPage).toContain("directrice administrative et financière");

    await deliverQueuedMail(deps);
    const mails = await smtp.to("claire@exemple.test");
    const outcome = mails[mails.length - 1]!;
    expect(outcome.subject).toBe("Votre demande concernant Carnet : acceptée");
    expect(outcome.text).toContain("Votre poste est corrigé sur votre fiche.");
    expect(outcome.text).toContain(`http://carnet.test/personnes/${slug}`);
    expect(outcome.html).toContain("Votre demande de correction concernant Claire Fontanel est acceptée");
    // The request's page says the answer left, and when.
    const answered = visible((await admin.agent.get(`/admin/demandes/${row.id}`).expect(200)).text);
    expect(answered).toMatch(/Lien de confirmation : envoyé le .* Réponse : envoyé le /);

    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where((eb) => eb.or([eb("entity", "=", "person_request"), eb("action", "like", "move.%")]))
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "person_request.submit",
      "person_request.confirm",
      "move.edit_approve",
      "person_request.accept",
      "person_request.notify",
    ]);
    const journal = visible((await admin.agent.get("/admin/journal").expect(200)).text);
    expect(journal).toContain("Demande d’une personne citée acceptée");
  }, 60_000);

  it("removes an accepted removal's person from every public page, the API, exports and feeds, for good", async () => {
    const slug = await personSlug("Bastien Orcel");
    const company = (
      await t.db
        .selectFrom("companies")
        .select("slug")
        .where("name", "=", "Pontavel Logistique")
        .executeTakeFirstOrThrow()
    ).slug;
    const issueId = (await t.db.selectFrom("newsletter_issues").select("id").executeTakeFirstOrThrow()).id;
    const publicViews = async () => {
      const get = async (path: string) => (await request(app).get(path).expect(200)).text;
      return [
        visible(await get("/")),
        visible(await get("/recherche?q=Pontavel")),
        visible(await get(`/entreprises/${company}`)),
        visible(await get(`/numeros/${issueId}`)),
        await get("/api/moves?company=Pontavel%20Logistique"),
        await get(`/api/companies/${company}/posts`),
        await get("/api/people?q=Bastien"),
        visible(await get(`/personnes/${await personSlug("Jeanne Sorel")}`)),
        await get("/recherche.csv?q=Pontavel"),
        await get("/recherche.atom?q=Pontavel"),
        await get(`/entreprises/${company}/feed.atom`),
      ];
    };
    for (const view of await publicViews()) expect(view).toContain("Orcel");

    expect((await submit(slug, { kind: "removal", email: "bastien@exemple.test" })).status).toBe(200);
    expect((await confirmFromMail("bastien@exemple.test")).status).toBe(200);
    const row = await requestRow("bastien@exemple.test");
    const page = visible((await admin.agent.get(`/admin/demandes/${row.id}`).expect(200)).text);
    expect(page).toContain("Accepter et retirer cette personne");
    const accepted = await admin.post(`/admin/demandes/${row.id}/accepter`, {}, `/admin/demandes/${row.id}`);
    expect(accepted.status).toBe(303);

    expect((await request(app).get(`/personnes/${slug}`)).status).toBe(404);
    for (const view of await publicViews()) expect(view).not.toContain("Orcel");
    // Jeanne Sorel, from the same issue and company, stays; the paragraph quoted for her, which
    // named him as her predecessor, no longer does.
    const jeanne = visible((await request(app).get(`/personnes/${await personSlug("Jeanne Sorel")}`)).text);
    expect(jeanne).toContain(
      "directrice commerciale de Pontavel Logistique, où elle succède à [nom retiré].",
    );
    expect(jeanne).not.toContain("Succède à");

    // The same file again (skipped), then the same issue received again with another header.
    expect((await importIssue(ISSUE_TEXT)).status).toBe("skipped");
    const again = await importIssue(`Transféré : ${ISSUE_TEXT}`);
    expect(again).toMatchObject({ status: "imported", suppressed: 1 });
    expect(
      await t.db.selectFrom("people").select("name").where("name", "=", "Bastien Orcel").execute(),
    ).toEqual([]);
    for (const view of await publicViews()) expect(view).not.toContain("Orcel");
    const sources = (
      await sql<{ paragraph_text: string }>`SELECT paragraph_text FROM move_sources`.execute(t.db)
    ).rows;
    // The issue received again is a further source of Jeanne Sorel's move: its paragraph is redacted too.
    expect(sources.map((r) => r.paragraph_text)).toContain(
      "Jeanne Sorel devient directrice commerciale de Pontavel Logistique, où elle succède à [nom retiré].",
    );
    expect(
      sources
        .map((r) => r.paragraph_text)
        .join(" ")
        .toLowerCase(),
    ).not.toContain("orcel");

    // The suppression's reason (an input of the list) names the request.
    const suppressions = (await admin.agent.get("/admin/suppressions").expect(200)).text;
    expect(suppressions).toContain(`Demande de retrait n° ${row.id} de la personne concernée`);
    await deliverQueuedMail(deps);
    const outcome = (await smtp.to("bastien@exemple.test")).pop()!;
    expect(outcome.subject).toBe("Votre demande concernant Carnet : acceptée");
    expect(outcome.text).toContain("Votre demande de retrait est acceptée");
    expect(outcome.text).toContain("ne sera plus enregistré lors des prochains imports");
  }, 60_000);

  it("never shows an unconfirmed request to the admins, and answers the same for anyone", async () => {
    const slug = await personSlug("Jeanne Sorel");
    const answers = [
      await submit(slug, { kind: "removal", email: "jeanne@exemple.test" }),
      // A slug naming no one gets the very same answer, and stores nothing.
      await request
        .agent(app)
        .get(`/personnes/${slug}/demande`)
        .then(async (form) =>
          request(app)
            .post("/personnes/personne-inconnue/demande")
            .set("Cookie", form.headers["set-cookie"] as unknown as string[])
            .type("form")
            .send({ _csrf: csrfOf(form.text), kind: "removal", email: "autre@exemple.test" }),
        ),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(visible(answers[0]!.text)).toBe(visible(answers[1]!.text));
    expect(
      await t.db
        .selectFrom("person_requests")
        .select("id")
        .where("email", "=", "autre@exemple.test")
        .execute(),
    ).toEqual([]);

    await deliverQueuedMail(deps);
    expect(await smtp.to("jeanne@exemple.test")).toHaveLength(1);
    expect(await smtp.to("autre@exemple.test")).toHaveLength(0);
    const row = await requestRow("jeanne@exemple.test");
    expect(row.status).toBe("unconfirmed");
    expect(visible((await admin.agent.get("/admin/demandes").expect(200)).text)).not.toContain(
      "Jeanne Sorel",
    );
    expect((await admin.agent.get(`/admin/demandes/${row.id}`)).status).toBe(404);
    // A made-up link confirms nothing, nor does the real one once its 48 hours are over.
    expect((await request(app).get("/demandes/confirmer/inconnu")).status).toBe(410);
    const [mail] = await smtp.to("jeanne@exemple.test");
    const path = new URL(/http:\/\/carnet\.test\/demandes\/confirmer\/\S+/.exec(mail!.text!)![0]).pathname;
    const later = await createTestDeps(t.url, {
      env: { SMTP_URL: smtp.url },
      clock: { now: () => new Date(Date.now() + 49 * 3_600_000) },
    });
    try {
      const agent = request.agent(createApp(later));
      const page = await agent.get(path);
      expect(page.status).toBe(410);
      expect(visible(page.text)).toContain("Lien expiré ou déjà utilisé");
      // A form posted anyway (its token taken from another page) is refused the same way.
      const token = csrfOf((await agent.get(`/personnes/${slug}/demande`)).text);
      const posted = await agent.post(path).type("form").send({ _csrf: token });
      expect(posted.status).toBe(410);
    } finally {
      await later.close();
    }
    expect((await requestRow("jeanne@exemple.test")).status).toBe("unconfirmed");
  });

  it("shows the due date, highlights overdue requests and counts this week's on the console's home", async () => {
    await sql`UPDATE person_requests SET status = 'open', confirmed_at = now() - interval '33 days',
      due_at = now() - interval '2 days' WHERE email = 'jeanne@exemple.test'`.execute(t.db);
    const home = visible((await admin.agent.get("/admin").redirects(1).expect(200)).text);
    expect(home).toContain(
      "1 demande de personne citée à traiter cette semaine (réponse due sous un mois), dont 1 déjà en retard",
    );
    const queue = (await admin.agent.get("/admin/demandes").expect(200)).text;
    expect(queue).toMatch(/<tr class="overdue">[\s\S]*?Jeanne Sorel[\s\S]*?en retard/);

    // Refused: the reason reaches the requester, with where to complain.
    const row = await requestRow("jeanne@exemple.test");
    const empty = await admin.post(`/admin/demandes/${row.id}/refuser`, { response: " " }, "/admin/demandes");
    expect(empty.status).toBe(400);
    const refused = await admin.post(
      `/admin/demandes/${row.id}/refuser`,
      { response: "L’information vient d’un communiqué public de votre employeur." },
      "/admin/demandes",
    );
    expect(refused.status).toBe(303);
    await deliverQueuedMail(deps);
    const outcome = (await smtp.to("jeanne@exemple.test")).pop()!;
    expect(outcome.subject).toBe("Votre demande concernant Carnet : refusée");
    expect(outcome.text).toContain("L’information vient d’un communiqué public de votre employeur.");
    expect(outcome.text).toContain("CNIL");
    expect(visible((await admin.agent.get("/admin").redirects(1)).text)).not.toContain(
      "à traiter cette semaine",
    );
  });

  it("asks for a forgotten address, and keeps what was typed", async () => {
    const slug = await personSlug("Jeanne Sorel");
    const forgotten = await submit(slug, { kind: "correction", details: "Mon poste a changé", email: "" });
    expect(forgotten.status).toBe(400);
    expect(forgotten.text).toContain("Adresse e-mail : indiquez votre adresse e-mail");
    expect(forgotten.text).toContain("Mon poste a changé");
    const wrong = await submit(slug, { kind: "correction", details: "Mon poste a changé", email: "jeanne" });
    expect(wrong.text).toContain("Adresse e-mail : adresse e-mail invalide");
  });

  it("answers a fourth request for the same address within the hour with a 429 in French", async () => {
    const slug = await personSlug("Jeanne Sorel");
    const agent = request.agent(app);
    for (let i = 0; i < 3; i++)
      expect((await submit(slug, { kind: "removal", email: "insistant@exemple.test" }, agent)).status).toBe(
        200,
      );
    const refused = await submit(slug, { kind: "removal", email: "Insistant@exemple.test" }, agent);
    expect(refused.status).toBe(429);
    expect(visible(refused.text)).toContain(
      "Trop de demandes pour cette adresse e-mail : réessayez dans une heure.",
    );
  });
});
