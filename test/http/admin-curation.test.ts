import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import type { ParsedIssue, ParsedMove } from "../../jobs/parse/index.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { proposeNearDuplicatesOfNewCompanies } from "../../server/services/near-duplicates.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";

// Fictional people and companies, written by hand so these tests do not depend on the parser.
function move(person: string, company: string, extra: Partial<ParsedMove> = {}): ParsedMove {
  return {
    person,
    company,
    role: "directrice financière",
    kind: "appointed",
    seniority: "c_level",
    function: "finance",
    previous_companies: [],
    predecessor: null,
    confidence: 0.95,
    reasons: [],
    paragraph: `${person} est nommée chez ${company}.`,
    paragraph_index: 0,
    ...extra,
  };
}

let issueCounter = 0;
async function importIssue(deps: OwnedDeps, moves: ParsedMove[], rawText?: string) {
  const text = rawText ?? `issue ${++issueCounter} ${moves.map((m) => m.paragraph).join("\n")}`;
  const parsed: ParsedIssue = {
    title: `Lettre n° ${issueCounter}`,
    published_on: `2025-03-0${(issueCounter % 9) + 1}`,
    section_found: true,
    moves,
    paragraphs: moves.map((m) => m.paragraph),
  };
  return importParsedIssue(
    deps.db,
    parsed,
    { file: `n${issueCounter}.txt`, rawText: text, contentHash: contentHash(text) },
    {
      autoPublishConfidence: 0.8,
    },
  );
}

describe("admin curation", () => {
  const carnet = useSignedInAdminApp();
  let deps: OwnedDeps;
  let app: Express;
  let agent: ReturnType<typeof request.agent>;
  /** POSTs a form as the signed-in admin, with a fresh CSRF token. */
  const post = async (path: string, form: Record<string, string | string[]>) => {
    const token = csrfOf((await agent.get("/admin/revue")).text);
    return agent
      .post(path)
      .type("form")
      .send({ _csrf: token, ...form });
  };
  const movesOf = (name: string) =>
    deps.db
      .selectFrom("moves")
      .innerJoin("people", "people.id", "moves.person_id")
      .select(["moves.id", "moves.status", "moves.published_at", "moves.company_id", "moves.search_text"])
      .where("people.name", "=", name)
      .execute();
  const auditOf = (action: string) =>
    deps.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

  beforeAll(() => {
    ({ deps, app, agent } = carnet);
  });

  it("lists pending moves least confident first, beside their paragraph and the parser's reasons", async () => {
    await importIssue(deps, [
      move("Ondine Valcourt", "Brumeval Industries", {
        confidence: 0.6,
        reasons: ["role far from the name"],
        paragraph_index: 0,
      }),
      move("Gaspard Lheureux", "Brumeval Industries", {
        confidence: 0.4,
        reasons: ["company guessed from a title"],
        paragraph_index: 1,
      }),
    ]);
    const page = await agent.get("/admin/revue");
    expect(page.status).toBe(200);
    const gaspard = page.text.indexOf("Gaspard Lheureux est nommée chez Brumeval Industries.");
    const ondine = page.text.indexOf("Ondine Valcourt est nommée chez Brumeval Industries.");
    expect(gaspard).toBeGreaterThan(0);
    expect(ondine).toBeGreaterThan(gaspard);
    expect(page.text).toContain("company guessed from a title");
  });

  it("publishes an approved move (on the public site and for the next alert round) and audits it", async () => {
    const [pending] = await movesOf("Ondine Valcourt");
    const person = await deps.db
      .selectFrom("people")
      .select("slug")
      .where("name", "=", "Ondine Valcourt")
      .executeTakeFirstOrThrow();
    expect(pending!.status).toBe("pending");
    expect((await request(app).get(`/personnes/${person.slug}`)).text).not.toContain("directrice financière");

    const res = await post("/admin/revue/decision", { ids: String(pending!.id), decision: "approve" });
    expect(res.status).toBe(303);
    const [published] = await movesOf("Ondine Valcourt");
    expect(published!.status).toBe("published");
    expect(published!.published_at).toBeInstanceOf(Date);
    expect((await request(app).get(`/personnes/${person.slug}`)).text).toContain("directrice financière");
    const [entry] = await auditOf("move.approve");
    expect(entry).toMatchObject({
      actor_email: "admin@carnet.test",
      entity: "move",
      entity_id: String(pending!.id),
    });
  });

  it("approves or rejects several moves at once", async () => {
    await importIssue(deps, [
      move("Lise Aubrac", "Caldera Conseil", { confidence: 0.5, paragraph_index: 0 }),
      move("Noé Ferrand", "Caldera Conseil", { confidence: 0.5, paragraph_index: 1 }),
      move("Iris Monteil", "Caldera Conseil", { confidence: 0.5, paragraph_index: 2 }),
    ]);
    const ids = [...(await movesOf("Lise Aubrac")), ...(await movesOf("Noé Ferrand"))].map((m) =>
      String(m.id),
    );
    expect((await post("/admin/revue/decision", { ids, decision: "approve" })).status).toBe(303);
    const [iris] = await movesOf("Iris Monteil");
    await post("/admin/revue/decision", { ids: String(iris!.id), decision: "reject" });
    expect((await movesOf("Lise Aubrac"))[0]!.status).toBe("published");
    expect((await movesOf("Noé Ferrand"))[0]!.status).toBe("published");
    expect((await movesOf("Iris Monteil"))[0]!.status).toBe("rejected");
  });

  it("edits and approves in one step, recording before and after", async () => {
    const [gaspard] = await movesOf("Gaspard Lheureux");
    const res = await post(`/admin/mouvements/${gaspard!.id}`, {
      person: "Gaspard Lheureux",
      company: "Orvanne Énergie",
      role: "directeur des systèmes d'information",
      kind: "joined",
      seniority: "director",
      function: "tech_product",
      predecessor: "",
      published_on: "2025-03-04",
      action: "approve",
    });
    expect(res.status).toBe(303);
    const [after] = await movesOf("Gaspard Lheureux");
    expect(after!.status).toBe("published");
    expect(after!.search_text).toContain("Orvanne Énergie");
    const [entry] = await auditOf("move.edit_approve");
    expect(entry!.before).toMatchObject({ company: "Brumeval Industries", status: "pending" });
    expect(entry!.after).toMatchObject({ company: "Orvanne Énergie", status: "published", kind: "joined" });
  });

  it("names the field of a bad edit instead of saving it", async () => {
    const [gaspard] = await movesOf("Gaspard Lheureux");
    const res = await post(`/admin/mouvements/${gaspard!.id}`, {
      person: "Gaspard Lheureux",
      company: "X",
      role: "r",
      kind: "fired",
      seniority: "vp",
      function: "hr",
      published_on: "2025-03-04",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("kind");
  });

  it("brings a refused correction back with everything typed kept and the reason named in French", async () => {
    const [gaspard] = await movesOf("Gaspard Lheureux");
    const before = await deps.db
      .selectFrom("moves")
      .select(["role", "published_on"])
      .where("id", "=", gaspard!.id)
      .executeTakeFirstOrThrow();
    const res = await post(`/admin/mouvements/${gaspard!.id}`, {
      retour: "/admin/revue",
      person: "Gaspard Lheureux-Vidal",
      company: "Orvanne Énergie",
      role: "directeur du numérique",
      kind: "promoted",
      seniority: "director",
      function: "tech_product",
      predecessor: "Annick Morvan",
      published_on: "31/02/2025",
      action: "approve",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain(
      "Correction non enregistrée : Date : cette date n’existe pas. Ce que vous avez saisi est conservé ci-dessous.",
    );
    for (const [name, value] of [
      ["person", "Gaspard Lheureux-Vidal"],
      ["role", "directeur du numérique"],
      ["predecessor", "Annick Morvan"],
      ["published_on", "31/02/2025"],
    ])
      expect(res.text).toMatch(new RegExp(`name="${name}" value="${value}"`));
    expect(res.text).toMatch(/<option value="promoted" selected>/);
    // Only the refused field is marked, so the page's script focuses the date, not the first field.
    expect(res.text.match(/<(?:input|select)[^>]*aria-invalid="true"[^>]*>/g)).toEqual([
      expect.stringContaining('name="published_on"'),
    ]);
    expect(
      await deps.db
        .selectFrom("moves")
        .select(["role", "published_on"])
        .where("id", "=", gaspard!.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });

  it("redirects a person's old address (301) after a slug change", async () => {
    const person = await deps.db
      .selectFrom("people")
      .select(["id", "slug"])
      .where("name", "=", "Lise Aubrac")
      .executeTakeFirstOrThrow();
    const res = await post(`/admin/personnes/${person.id}`, { name: "Lise Aubrac-Martel", slug: "" });
    expect(res.status).toBe(303);
    const old = await request(app).get(`/personnes/${person.slug}`);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe("/personnes/lise-aubrac-martel");
    expect((await request(app).get("/personnes/lise-aubrac-martel")).status).toBe(200);
  });

  it("refuses to rename a company to another company's name and suggests a merge", async () => {
    const company = await deps.db
      .selectFrom("companies")
      .select("id")
      .where("name", "=", "Orvanne Énergie")
      .executeTakeFirstOrThrow();
    const res = await post(`/admin/entreprises/${company.id}`, { name: "Caldera Conseil", slug: "" });
    expect(res.status).toBe(409);
    expect(res.text).toContain("fusionnez");
  });

  it("merges two companies: moves, previous-employer links, aliases and follows move to the survivor in one go", async () => {
    await importIssue(deps, [
      move("Mathis Roussel", "Ventaria", { paragraph_index: 0 }),
      move("Clémence Ardoin", "Ventaria SA Holding Nord", { paragraph_index: 1 }),
      move("Yanis Belcourt", "Caldera Conseil", {
        previous_companies: ["Ventaria SA Holding Nord"],
        paragraph_index: 2,
      }),
    ]);
    const byName = async (name: string) =>
      deps.db
        .selectFrom("companies")
        .select(["id", "slug", "key"])
        .where("name", "=", name)
        .executeTakeFirstOrThrow();
    const survivor = await byName("Ventaria");
    const loser = await byName("Ventaria SA Holding Nord");
    await post(`/admin/entreprises/${loser.id}/alias`, { alias: "Ventaria Nord" });
    const subscriber = await deps.db
      .insertInto("subscribers")
      .values({ email: "suivi@exemple.test", status: "confirmed" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto("follows")
      .values({
        subscriber_id: subscriber.id,
        company_name: "Ventaria SA Holding Nord",
        company_key: loser.key,
      })
      .execute();
    const count = async (table: "moves" | "move_previous_companies", column: "company_id", id: number) =>
      Number(
        (
          await deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .where(column, "=", id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const totalMoves = Number(
      (
        await deps.db
          .selectFrom("moves")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect([
      await count("moves", "company_id", survivor.id),
      await count("moves", "company_id", loser.id),
    ]).toEqual([1, 1]);
    expect(await count("move_previous_companies", "company_id", loser.id)).toBe(1);

    const page = await agent.get(`/admin/fusion?type=company&a=${survivor.slug}&b=${loser.slug}`);
    expect(page.text).toContain("Garder « Ventaria »");
    // The first press shows what will be merged and merges nothing yet.
    const asked = await post("/admin/fusion", {
      type: "company",
      survivor: String(survivor.id),
      loser: String(loser.id),
    });
    expect(asked.status).toBe(200);
    expect(asked.text).toContain("Confirmer la fusion");
    expect(asked.text).toContain("Clémence Ardoin");
    expect(asked.text).toContain("Mathis Roussel");
    expect(asked.text).toContain('name="confirme" value="1"');
    expect(await count("moves", "company_id", loser.id)).toBe(1);
    const res = await post("/admin/fusion", {
      type: "company",
      survivor: String(survivor.id),
      loser: String(loser.id),
      confirme: "1",
    });
    expect(res.status).toBe(303);

    expect(await count("moves", "company_id", survivor.id)).toBe(2);
    expect(await count("move_previous_companies", "company_id", survivor.id)).toBe(1);
    // Compared with itself (here through the merged record's old address), the page says so.
    const again = await agent.get(`/admin/fusion?type=company&a=${survivor.slug}&b=${survivor.slug}`);
    expect(again.text).toContain(
      "Les deux adresses mènent à la même fiche, « Ventaria » : indiquez-en deux différentes.",
    );
    expect(again.text).not.toContain("Garder « Ventaria »");
    expect(
      Number(
        (
          await deps.db
            .selectFrom("moves")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(totalMoves);
    expect(await deps.db.selectFrom("companies").select("id").where("id", "=", loser.id).execute()).toEqual(
      [],
    );
    const aliases = await deps.db
      .selectFrom("company_aliases")
      .select(["alias", "key"])
      .where("company_id", "=", survivor.id)
      .orderBy("alias")
      .execute();
    expect(aliases.map((a) => a.alias)).toEqual(["Ventaria Nord", "Ventaria SA Holding Nord"]);
    // The follow, keyed by the old name, still designates the merged company through its alias.
    expect(aliases.map((a) => a.key)).toContain(loser.key);
    const old = await request(app).get(`/entreprises/${loser.slug}`);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe(`/entreprises/${survivor.slug}`);
    const [yanis] = await movesOf("Yanis Belcourt");
    expect(yanis!.search_text).toContain("Ventaria");
    const [entry] = await auditOf("company.merge");
    expect(entry!.before).toMatchObject({
      loser: { moves: 1, previousCompanyLinks: 1, aliases: 1, follows: 1 },
      survivor: { moves: 1 },
    });
    expect(entry!.after).toMatchObject({
      survivor: { moves: 2, previousCompanyLinks: 1, aliases: 2, follows: 1 },
    });
  });

  it("merges two people named in the same paragraph without breaking the one-move-per-paragraph rule", async () => {
    await importIssue(deps, [
      move("Apolline Raynaud", "Sérac Partners", { paragraph_index: 0 }),
      move("Apoline Raynaud", "Sérac Partners", { paragraph_index: 0 }),
      move("Apoline Raynaud", "Brumeval Industries", { paragraph_index: 1, role: "présidente" }),
    ]);
    const survivor = await deps.db
      .selectFrom("people")
      .select(["id", "slug"])
      .where("name", "=", "Apolline Raynaud")
      .executeTakeFirstOrThrow();
    const loser = await deps.db
      .selectFrom("people")
      .select(["id", "slug"])
      .where("name", "=", "Apoline Raynaud")
      .executeTakeFirstOrThrow();
    const res = await post("/admin/fusion", {
      type: "person",
      survivor: String(survivor.id),
      loser: String(loser.id),
      confirme: "1",
    });
    expect(res.status).toBe(303);
    const moves = await deps.db
      .selectFrom("moves")
      .select("paragraph_index")
      .where("person_id", "=", survivor.id)
      .orderBy("paragraph_index")
      .execute();
    expect(moves.map((m) => m.paragraph_index)).toEqual([0, 1]);
    expect((await request(app).get(`/personnes/${loser.slug}`)).headers.location).toBe(
      `/personnes/${survivor.slug}`,
    );
  });

  it("lists the parser's near-duplicate proposals to merge or dismiss", async () => {
    await importIssue(deps, [move("Hélène Casset", "Lumeris Technologies", { paragraph_index: 0 })]);
    await importIssue(deps, [move("Arthur Vidalenc", "Lumeris Technologie", { paragraph_index: 0 })]);
    await proposeNearDuplicatesOfNewCompanies(deps.db);
    const open = await deps.db
      .selectFrom("duplicate_proposals")
      .selectAll()
      .where("status", "=", "open")
      .execute();
    expect(open.length).toBeGreaterThan(0);
    const page = await agent.get("/admin/doublons");
    expect(page.text).toContain("Lumeris Technologie");
    const asked = await post(`/admin/doublons/${open[0]!.id}`, { decision: "keep_first" });
    expect(asked.status).toBe(200);
    expect(asked.text).toContain("Confirmer la fusion");
    expect(asked.text).toContain("Arthur Vidalenc");
    const res = await post(`/admin/doublons/${open[0]!.id}`, { decision: "keep_first", confirme: "1" });
    expect(res.status).toBe(303);
    const decided = await deps.db
      .selectFrom("duplicate_proposals")
      .select("status")
      .where("id", "=", open[0]!.id)
      .executeTakeFirstOrThrow();
    expect(decided.status).toBe("accepted");
    expect(
      await deps.db.selectFrom("companies").select("id").where("id", "=", open[0]!.second_id).execute(),
    ).toEqual([]);
  });

  it("removes a person on request and keeps them out of every later import", async () => {
    await importIssue(
      deps,
      [move("Séverine Olmedo", "Caldera Conseil", { paragraph_index: 0 })],
      "Olmedo v1",
    );
    const person = await deps.db
      .selectFrom("people")
      .select("id")
      .where("name", "=", "Séverine Olmedo")
      .executeTakeFirstOrThrow();
    const res = await post(`/admin/personnes/${person.id}/supprimer`, {
      reason: "Demande par e-mail du 3 mars",
    });
    expect(res.status).toBe(303);
    expect(await movesOf("Séverine Olmedo")).toEqual([]);
    const entry = await deps.db.selectFrom("suppressions").selectAll().executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ person_key: "severine olmedo", reason: "Demande par e-mail du 3 mars" });

    // Other bytes (a new issue), the same person, spelled without the accent.
    const again = await importIssue(
      deps,
      [move("Severine OLMEDO", "Caldera Conseil", { paragraph_index: 0 })],
      "Olmedo v2",
    );
    expect(again).toMatchObject({ status: "imported", movesCreated: 0, suppressed: 1 });
    expect(
      await deps.db.selectFrom("people").select("id").where("key", "=", "severine olmedo").execute(),
    ).toEqual([]);
    const suppressions = (await agent.get("/admin/suppressions")).text;
    expect(suppressions).toContain("Demande par e-mail du 3 mars");
    expect(suppressions).toContain("Séverine Olmedo : 1 fiche et 1 mouvement supprimés ;");
    const [audit] = await auditOf("suppression.create");
    expect(audit!.before).toMatchObject({ moves: 1 });
  });

  it("previews an upload without writing anything, then imports it on confirmation", async () => {
    const text =
      "Lettre du 5 mars\n\n+ MOUVEMENTS, avec Exemple\n\nBérénice Tallard est nommée directrice financière de Quillon Assurances.\n";
    const issuesBefore = Number(
      (
        await deps.db
          .selectFrom("newsletter_issues")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const token = csrfOf((await agent.get("/admin/imports")).text);
    const preview = await agent
      .post("/admin/imports/apercu")
      .field("_csrf", token)
      .attach("fichiers", Buffer.from(text), "mars.txt");
    expect(preview.status).toBe(200);
    expect(preview.text).toContain("mars.txt");
    expect(preview.text).toContain("Confirmer l’import");
    const issuesAfterPreview = Number(
      (
        await deps.db
          .selectFrom("newsletter_issues")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(issuesAfterPreview).toBe(issuesBefore);

    const draft = /name="token" value="([^"]+)"/.exec(preview.text)![1]!;
    const confirm = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: draft });
    expect(confirm.status).toBe(303);
    const history = await agent.get("/admin/imports");
    expect(history.text).toContain("mars.txt");
    expect(history.text).toContain("admin@carnet.test");
    expect((await auditOf("issue.import")).length).toBe(1);
    // A second confirmation of the same draft does nothing.
    expect(
      (
        await agent
          .post("/admin/imports/confirmer")
          .type("form")
          .send({ _csrf: csrfOf(history.text), token: draft })
      ).status,
    ).toBe(400);
  });

  it("refuses an upload over MAX_UPLOAD_BYTES with 413", async () => {
    const token = csrfOf((await agent.get("/admin/imports")).text);
    const big = Buffer.alloc(deps.config.MAX_UPLOAD_BYTES + 1, "a");
    const res = await agent
      .post("/admin/imports/apercu")
      .field("_csrf", token)
      .attach("fichiers", big, "gros.txt");
    expect(res.status).toBe(413);
  });

  it("filters the audit log by action and shows who, when, before and after", async () => {
    const res = await agent.get("/admin/journal?action=company.merge");
    expect(res.status).toBe(200);
    expect(res.text).toContain("company.merge");
    expect(res.text).not.toContain("move.approve</code>");
    expect(res.text).toContain("admin@carnet.test");
  });

  it("shows subscribers with their state and follows, and the mail log with the server's reason", async () => {
    const sub = await deps.db
      .selectFrom("subscribers")
      .select("id")
      .where("email", "=", "suivi@exemple.test")
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto("alert_digests")
      .values({
        subscriber_id: sub.id,
        status: "failed",
        message_id: "<m1@carnet.test>",
        subject: "Vos alertes",
        attempts: 5,
        last_error: "550 5.1.1 mailbox unavailable",
      })
      .execute();
    const list = await agent.get("/admin/abonnes?etat=confirmed");
    expect(list.text).toContain("suivi@exemple.test");
    const detail = await agent.get(`/admin/abonnes/${sub.id}`);
    // The follow was of the merged-away company: it now shows (and links to) the survivor.
    expect(detail.text).toContain('<a href="/entreprises/ventaria">Ventaria</a>');
    const log = await agent.get("/admin/courriels?etat=failed");
    expect(log.text).toContain("550 5.1.1 mailbox unavailable");
  });

  it("lists the confirmation and manage-link e-mails in the site-wide mail log beside the alerts, with their kind", async () => {
    const sub = await deps.db
      .selectFrom("subscribers")
      .select("id")
      .where("email", "=", "suivi@exemple.test")
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto("mail_outbox")
      .values([
        { kind: "subscription_confirm", subscriber_id: sub.id, status: "sent", sent_at: new Date() },
        {
          kind: "subscription_manage_link",
          subscriber_id: sub.id,
          status: "failed",
          attempts: 3,
          last_error: "451 4.7.1 greylisted",
        },
      ])
      .execute();
    const log = (await agent.get("/admin/courriels")).text;
    expect(log).toContain("Confirmations, liens de gestion et demandes");
    expect(log).toContain("Confirmation d’abonnement");
    expect(log).toContain("Lien de gestion des alertes");
    expect(log).toContain("451 4.7.1 greylisted");
    expect(log).toContain(`<a href="/admin/abonnes/${sub.id}">suivi@exemple.test</a>`);
    // The state and recipient filters apply to them as to the alerts
    const failed = (await agent.get("/admin/courriels?etat=failed&q=suivi")).text;
    expect(failed).toContain("Lien de gestion des alertes");
    expect(failed).not.toContain("Confirmation d’abonnement");
    const elsewhere = (await agent.get("/admin/courriels?q=personne-d-autre")).text;
    expect(elsewhere).not.toContain("Lien de gestion des alertes");
  });
  it("links a record's public page only once a published move names it (before, that link was a 404)", async () => {
    await importIssue(deps, [move("Perrine Galvard", "Tisserands du Morvan", { confidence: 0.6 })]);
    const person = await deps.db
      .selectFrom("people")
      .select(["id", "slug"])
      .where("name", "=", "Perrine Galvard")
      .executeTakeFirstOrThrow();
    const company = await deps.db
      .selectFrom("companies")
      .select(["id", "slug"])
      .where("name", "=", "Tisserands du Morvan")
      .executeTakeFirstOrThrow();
    for (const [admin, pub] of [
      [`/admin/personnes/${person.id}`, `/personnes/${person.slug}`],
      [`/admin/entreprises/${company.id}`, `/entreprises/${company.slug}`],
    ] as const) {
      const page = await agent.get(admin);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain(`href="${pub}"`);
      expect(page.text).toContain(
        `<code>${pub}</code> (pas encore de page publique : aucun mouvement publié ne nomme cette fiche)`,
      );
      expect((await request(app).get(pub)).status).toBe(404);
    }
    const [pending] = await movesOf("Perrine Galvard");
    await post("/admin/revue/decision", { ids: String(pending!.id), decision: "approve" });
    for (const [admin, pub] of [
      [`/admin/personnes/${person.id}`, `/personnes/${person.slug}`],
      [`/admin/entreprises/${company.id}`, `/entreprises/${company.slug}`],
    ] as const) {
      expect((await agent.get(admin)).text).toContain(`<a href="${pub}">${pub}</a>`);
      expect((await request(app).get(pub)).status).toBe(200);
    }
  });
});
