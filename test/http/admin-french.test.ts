import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const PASSWORD = "correct horse battery staple";
/** The text a reader sees: tags and their attributes left out. */
const visible = (html: string) => html.replace(/<[^>]*>/g, " ");

describe("the admin console speaks French", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  let agent: ReturnType<typeof request.agent>;
  const post = async (path: string, form: Record<string, string | string[]>) => {
    const token = csrfOf((await agent.get("/admin/revue")).text);
    return agent
      .post(path)
      .type("form")
      .send({ _csrf: token, ...form });
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    app = createApp(deps);
    await createAccount(
      test.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD })
      .expect(303);
    await importMoves(test.db, [
      {
        person: "Odile Brunet",
        company: "Verrerie Olmet",
        role: "directeur technique",
        confidence: 0.5,
        reasons: ["title gender guessed", 'title paraphrased from "la tête des achats"'],
      },
      { person: "Rémi Lasserre", company: "Tissages Vauclair", confidence: 0.95 },
    ]);
    await confirmedSubscriber(test.db, "abonne@exemple.test", ["Verrerie Olmet"], { frequency: "immediate" });
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  it("shows the parser's doubts in French, and tells the post (Poste) from the field (Fonction)", async () => {
    const page = await agent.get("/admin/revue").expect(200);
    expect(page.text).toContain("genre de l’intitulé deviné");
    expect(page.text).toContain("intitulé reformulé d’après « la tête des achats »");
    expect(page.text).not.toContain("title gender guessed");
    expect(page.text).toMatch(/<label for="role-\d+">Poste<\/label>/);
    expect(page.text).toMatch(/<label for="function-\d+">Fonction<\/label>/);
  });

  it("writes the API limits as French numbers", async () => {
    const page = visible((await agent.get("/admin/integrations").expect(200)).text);
    // fr-FR groups thousands with a narrow no-break space: 100 000, never 100000 or 100,000.
    expect(page).toContain("100\u202f000 requêtes par minute et par jeton, contre 100\u202f000 par minute");
  });

  it("says who is signed in, and with which role, in French", async () => {
    const page = visible((await agent.get("/admin/revue").expect(200)).text);
    expect(page).toContain("admin@carnet.test (administrateur)");
  });

  it("shows frequencies in French", async () => {
    const page = await agent.get("/admin/abonnes").expect(200);
    expect(visible(page.text)).toContain("Dès leur parution");
    expect(visible(page.text)).not.toMatch(/\bimmediate\b/);
  });

  it("names actions and records in the audit log, with links, and no raw JSON", async () => {
    const move = await test.db
      .selectFrom("moves")
      .innerJoin("people", "people.id", "moves.person_id")
      .select("moves.id")
      .where("people.name", "=", "Odile Brunet")
      .executeTakeFirstOrThrow();
    await post("/admin/revue/decision", { ids: String(move.id), decision: "reject" }).then((r) =>
      expect(r.status).toBe(303),
    );
    const page = await agent.get("/admin/journal").expect(200);
    const text = visible(page.text);
    expect(text).toContain("Mouvement rejeté");
    expect(text).not.toContain("move.reject");
    expect(page.text).toContain(
      `<a href="/admin/mouvements/${move.id}">Odile Brunet — directeur technique, Verrerie Olmet</a>`,
    );
    expect(text).toContain("Statut : Rejeté");
    expect(page.text).not.toContain("<pre>");
    expect(page.text).toContain('<option value="move.reject">Mouvement rejeté</option>');
    // An account's role is its Rôle, not a Poste (a move's title).
    expect(text).toMatch(/Compte créé[\s\S]*Rôle : Administrateur/u);
    expect(text).not.toContain("Poste : Administrateur");
  });

  it("answers a hand-edited form in French, naming the field, never with the validator's English", async () => {
    for (const [path, form, field, message] of [
      ["/admin/revue/decision", { ids: "1", decision: "publish-all" }, "decision", /Option invalide/u],
      ["/admin/abonnes?etat=everyone", null, "etat", /Option invalide/u],
      ["/admin/journal?avant=hier", null, "avant", /numéro attendu \(un nombre entier positif\)/u],
      // A record's number in the address: said in words, not as the validator's "NaN reçu".
      ["/admin/abonnes/douze", null, "id", /numéro attendu \(un nombre entier positif\)/u],
      ["/admin/mouvements/0", null, "id", /numéro attendu \(un nombre entier positif\)/u],
    ] as const) {
      const res = form ? await post(path, form) : await agent.get(path);
      expect(res.status).toBe(400);
      const text = visible(res.text);
      expect(text).toContain(`Paramètre « ${field} » invalide`);
      expect(text).toMatch(message);
      expect(text).not.toMatch(/Invalid (option|input)|expected|received|NaN/u);
    }
  });

  it("says why an alias was not added", async () => {
    const company = (name: string) =>
      test.db.selectFrom("companies").select("id").where("name", "=", name).executeTakeFirstOrThrow();
    const olmet = await company("Verrerie Olmet");
    await post(`/admin/entreprises/${olmet.id}/alias`, { alias: "VERRERIE OLMET SAS" }).then((r) =>
      expect(r.status).toBe(303),
    );
    const own = await agent.get(`/admin/entreprises/${olmet.id}`);
    expect(own.text).toContain("est déjà le nom de cette entreprise");
    expect(own.text).not.toContain("Alias « VERRERIE OLMET SAS » ajouté");

    const elsewhere = await post(`/admin/entreprises/${olmet.id}/alias`, { alias: "Tissages Vauclair" });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.text).toContain("désigne déjà l’entreprise « Tissages Vauclair » (c’est son nom)");
    const aliases = await test.db.selectFrom("company_aliases").select("alias").execute();
    expect(aliases).toEqual([]);
  });
});
