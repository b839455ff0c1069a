import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { deliverQueuedMail } from "../../jobs/mail/outbox.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf } from "../support/admin.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import type { TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { clearSubscribersAndDirectory, startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";

const linkIn = (text: string, path: string) =>
  new URL(new RegExp(`http://carnet\\.test${path}[^\\s]+`).exec(text)![0]).pathname;

describe("subscribing to alerts and receiving them", () => {
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

  /** The subscribe form as a visitor fills it: GET (cookies + token), then POST. */
  async function subscribe(fields: Record<string, string | string[]>) {
    const agent = request.agent(app);
    const page = await agent.get("/alertes").expect(200);
    const body = new URLSearchParams({ _csrf: csrfOf(page.text) });
    for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
    const response = await agent.post("/alertes").type("form").send(body.toString());
    // What the scheduler's mail worker does a moment later (test/http/mail-outbox.test.ts runs it for real).
    await deliverQueuedMail(deps);
    return { agent, response };
  }

  async function confirmFromMail(email: string) {
    const [mail] = await smtp.to(email);
    const agent = request.agent(app);
    const path = linkIn(mail!.text!, "/alertes/confirmer/");
    const page = await agent.get(path).expect(200);
    const confirmed = await agent
      .post(path)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(303);
    return { agent, managePath: new URL(confirmed.headers.location!).pathname };
  }

  it("confirms by e-mail, sends one digest with the moves and unsubscribe headers, then nothing twice", async () => {
    const { response } = await subscribe({
      email: "Alice@Exemple.test",
      companies: ["Lumen", "Trace"],
      frequency: "immediate",
    });
    expect(response.status).toBe(200);
    expect(response.text).toContain("Vérifiez votre boîte mail");

    const [confirmation] = await smtp.to("Alice@Exemple.test");
    expect(confirmation!.subject).toBe("Confirmez votre abonnement aux alertes Carnet");
    expect(confirmation!.html).toContain("style=");
    // Unconfirmed: an import and a round send nothing more.
    await importMoves(t.db, [{ person: "Paul Avant", company: "Lumen" }]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, sent: 0 });

    const { managePath } = await confirmFromMail("Alice@Exemple.test");
    expect(managePath).toMatch(/^\/alertes\/gerer\/\d+\.[\w-]+$/);
    smtp.clear();

    await importMoves(
      t.db,
      [
        {
          person: "Claire Fontanel",
          company: "Lumen",
          role: "directrice financière",
          previous_companies: ["Altavia"],
        },
        { person: "Hugo Marchal", company: "Trace", role: "directeur commercial" },
        { person: "Nora Ailleurs", company: "Autre Maison" },
      ],
      "La Lettre du mardi",
    );
    const report = await runAlertRound(deps, ["immediate"]);
    expect(report).toMatchObject({ duePairs: 2, digests: 1, sent: 1, failed: 0 });

    const [digest, ...others] = await smtp.parsed();
    expect(others).toHaveLength(0);
    expect(digest!.subject).toBe("2 mouvements chez Lumen, Trace");
    expect(digest!.text).toContain("Claire Fontanel — directrice financière, Lumen");
    expect(digest!.text).toContain("auparavant : Altavia");
    expect(digest!.text).toContain("http://carnet.test/personnes/claire-fontanel");
    expect(digest!.text).toMatch(/Source : http:\/\/carnet\.test\/numeros\/\d+/);
    expect(digest!.text).not.toContain("Nora Ailleurs");
    expect(digest!.text).not.toContain("Paul Avant");
    expect(digest!.html).toContain("Hugo Marchal");
    expect(digest!.html).toMatch(/<a [^>]*style="[^"]+"[^>]*>Claire Fontanel<\/a>/);
    const header = (name: string) => String(digest!.headerLines.find((h) => h.key === name)?.line ?? "");
    expect(header("list-unsubscribe")).toMatch(
      /<http:\/\/carnet\.test\/alertes\/desabonnement\/[\w.-]+>, <mailto:alertes@carnet\.localhost\?subject=unsubscribe/,
    );
    expect(header("list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
    const stored = await t.db
      .selectFrom("alert_digests")
      .select(["message_id", "status"])
      .executeTakeFirstOrThrow();
    expect(digest!.messageId).toBe(stored.message_id);
    expect(stored.status).toBe("sent");

    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, digests: 0, sent: 0 });

    // RFC 8058: the client POSTs to the List-Unsubscribe URL with no cookie and no CSRF token.
    const oneClick = /<(http:\/\/carnet\.test[^>]+)>/.exec(header("list-unsubscribe"))![1]!;
    await request(app)
      .post(new URL(oneClick).pathname)
      .type("form")
      .send("List-Unsubscribe=One-Click")
      .expect(200);
    smtp.clear();
    await importMoves(t.db, [{ person: "Jules Après", company: "Lumen" }], "La Lettre du jeudi");
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  it("answers the same page for a new, a pending and a confirmed address, and never mails an unconfirmed one twice", async () => {
    await confirmedSubscriber(t.db, "known@exemple.test", ["Lumen"]);
    const answers = [];
    for (const email of ["new@exemple.test", "new@exemple.test", "known@exemple.test"])
      answers.push((await subscribe({ email, companies: "Lumen" })).response);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, "");
    expect(new Set(answers.map((a) => strip(a.text))).size).toBe(1);
    // Within ten minutes the pending address gets one confirmation, the confirmed one its manage link.
    expect(await smtp.to("new@exemple.test")).toHaveLength(1);
    const [manage] = await smtp.to("known@exemple.test");
    expect(manage!.subject).toBe("Vos alertes Carnet");
    const known = await t.db.selectFrom("follows").select("company_name").execute();
    expect(known.map((f) => f.company_name).sort()).toEqual(["Lumen", "Lumen"]);
  });

  it("refuses a confirmation link that is used twice or is older than 48 hours", async () => {
    await subscribe({ email: "late@exemple.test", companies: "Lumen" });
    const [mail] = await smtp.to("late@exemple.test");
    const path = linkIn(mail!.text!, "/alertes/confirmer/");
    const later = await createTestDeps(t.url, {
      env: { SMTP_URL: smtp.url },
      clock: { now: () => new Date(Date.now() + 49 * 3_600_000) },
    });
    try {
      const page = await request(createApp(later)).get(path);
      expect(page.status).toBe(410);
      expect(page.text).toContain("Lien expiré ou déjà utilisé");
    } finally {
      await later.close();
    }
    await confirmFromMail("late@exemple.test");
    expect((await request(app).get(path)).status).toBe(410);
  });

  it("names the field when the form is wrong", async () => {
    const noCompany = await subscribe({ email: "x@exemple.test", companies: "  " });
    expect(noCompany.response.status).toBe(400);
    expect(noCompany.response.text).toContain("Entreprises : indiquez au moins une entreprise");
    const badEmail = await subscribe({ email: "pas-une-adresse", companies: "Lumen" });
    expect(badEmail.response.status).toBe(400);
    expect(badEmail.response.text).toContain("Adresse e-mail : adresse e-mail invalide");
    expect(badEmail.response.text).toContain('value="Lumen"');
    const noEmail = await subscribe({ email: "  ", companies: "Lumen" });
    expect(noEmail.response.status).toBe(400);
    expect(noEmail.response.text).toContain("Adresse e-mail : indiquez votre adresse e-mail");
    // The field's maxlength is the browser's; the server holds the same line (a company name is 200 at most).
    const longName = await subscribe({ email: "long@exemple.test", companies: "L".repeat(201) });
    expect(longName.response.status).toBe(400);
    expect(longName.response.text).toContain("Entreprises : 200 caractères au plus par entreprise");
    expect(smtp.messages).toHaveLength(0);
  });

  it("matches a company followed before it exists, an alias, and departures when asked", async () => {
    await confirmedSubscriber(t.db, "early@exemple.test", ["Nouvelle Fabrique"]);
    await confirmedSubscriber(t.db, "alias@exemple.test", ["Lumen Groupe"]);
    await confirmedSubscriber(t.db, "leavers@exemple.test", ["Altavia"], { departures: true });
    await confirmedSubscriber(t.db, "arrivals@exemple.test", ["Altavia"]);
    await importMoves(t.db, [{ person: "Zoé Pionnière", company: "NOUVELLE FABRIQUE" }]);
    const lumen = await t.db
      .insertInto("companies")
      .values({ name: "Lumen", slug: "lumen", key: "lumen" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { companyKey } = await import("../../jobs/parse/index.ts");
    await t.db
      .insertInto("company_aliases")
      .values({ company_id: lumen.id, alias: "Lumen Groupe", key: companyKey("Lumen Groupe") })
      .execute();
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen", previous_companies: ["Altavia"] },
    ]);

    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 3 });
    expect((await smtp.to("early@exemple.test"))[0]!.text).toContain("Zoé Pionnière");
    expect((await smtp.to("alias@exemple.test"))[0]!.text).toContain("Claire Fontanel");
    const [departure] = await smtp.to("leavers@exemple.test");
    expect(departure!.subject).toBe("1 mouvement chez Altavia");
    expect(departure!.text).toContain("Claire Fontanel quitte Altavia");
    expect(await smtp.to("arrivals@exemple.test")).toHaveLength(0);
  });

  it("names the followed company in a departure digest, not the first employer the paragraph lists", async () => {
    await confirmedSubscriber(t.db, "atos-watch@exemple.test", ["Atos"], { departures: true });
    await importMoves(t.db, [
      { person: "Nathalie Sénéchault", company: "Scalian", previous_companies: ["Alstom", "Atos"] },
    ]);

    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1 });
    const [mail] = await smtp.to("atos-watch@exemple.test");
    expect(mail!.subject).toBe("1 mouvement chez Atos");
    expect(mail!.text).toContain("Nathalie Sénéchault quitte Atos");
    expect(mail!.text).not.toContain("quitte Alstom");
  });

  it("holds daily subscribers' moves for the daily round and picks up moves approved later", async () => {
    await confirmedSubscriber(t.db, "daily@exemple.test", ["Lumen"], { frequency: "daily" });
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Léa Douteuse", company: "Lumen", confidence: 0.4, reasons: ["role guessed"] },
    ]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, sent: 0 });
    expect(await runAlertRound(deps, ["daily"])).toMatchObject({ duePairs: 1, sent: 1 });

    // An editor approves the pending move: the next daily round sends it, alone.
    await t.db.updateTable("moves").set({ status: "published" }).where("status", "=", "pending").execute();
    smtp.clear();
    expect(await runAlertRound(deps, ["daily"])).toMatchObject({ duePairs: 1, sent: 1 });
    const [mail] = await smtp.to("daily@exemple.test");
    expect(mail!.text).toContain("Léa Douteuse");
    expect(mail!.text).not.toContain("Claire Fontanel");
  });

  it("lets the subscriber change follows and frequency, unsubscribe, and erase their data from the manage page", async () => {
    await subscribe({ email: "manage@exemple.test", companies: "Lumen" });
    const { agent, managePath } = await confirmFromMail("manage@exemple.test");
    let page = await agent.get(managePath).expect(200);
    expect(page.text).toContain("manage@exemple.test");

    page = await agent
      .post(managePath)
      .type("form")
      .send(
        `_csrf=${encodeURIComponent(csrfOf(page.text))}&companies=Trace&companies=Scalian&frequency=weekly`,
      )
      .expect(200);
    expect(page.text).toContain("Vos préférences sont enregistrées.");
    const follows = await t.db.selectFrom("follows").select("company_name").orderBy("company_name").execute();
    expect(follows.map((f) => f.company_name)).toEqual(["Scalian", "Trace"]);

    await request(app).post(`${managePath}/effacer`).type("form").send({}).expect(403);
    await importMoves(t.db, [{ person: "Hugo Marchal", company: "Trace" }]);
    await runAlertRound(deps, ["weekly"]);
    page = await agent
      .post(`${managePath}/effacer`)
      .type("form")
      .send({ _csrf: csrfOf(page.text) })
      .expect(200);
    expect(page.text).toContain("Données effacées");
    expect(await t.db.selectFrom("subscribers").selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom("follows").selectAll().execute()).toHaveLength(0);
    // The digest stays, for counts, naming no one.
    const digests = await t.db.selectFrom("alert_digests").select(["subscriber_id", "move_ids"]).execute();
    expect(digests).toEqual([{ subscriber_id: null, move_ids: [expect.anything()] }]);
    expect((await agent.get(managePath)).status).toBe(404);
  });

  it("rejects a manage or unsubscribe link whose signature was tampered with", async () => {
    const id = await confirmedSubscriber(t.db, "sig@exemple.test", ["Lumen"]);
    expect((await request(app).get(`/alertes/gerer/${id}.AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    await request(app).post(`/alertes/desabonnement/${id}.AAAAAAAAAAAAAAAAAAAAAAAA`).expect(404);
    const row = await t.db.selectFrom("subscribers").select("status").executeTakeFirstOrThrow();
    expect(row.status).toBe("confirmed");
  });
});
