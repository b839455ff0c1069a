// "Nothing missed in silence": a Mouvements paragraph the parser cannot read is kept and shown in
// the review queue as "Paragraphe non compris", where an editor adds its move or dismisses it.

import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { parseIssueText } from "../../jobs/parse/index.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";

// Fictional people and companies; the second and third paragraphs use phrasings the parser does
// not read ("tient les rênes", "récupère", "s'installe aux commandes").
const ISSUE = `La Lettre des Décideurs — numéro 12

+ MOUVEMENTS

ÉLODIE MARCHAND rejoint Corvania en tant que directrice financière. Elle était auparavant chez Brindille.

Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes, après huit ans passés chez Kargo Rail.

Nouvelle ère chez Laiterie Dorval : Hugo Besson devient directeur général, tandis que Anne Roy récupère la direction des achats, et Léa Vidal s'installe aux commandes de l'usine de Rennes.

+ AGENDA

Rien.
`;

describe("paragraphs the parser did not understand", () => {
  const carnet = useSignedInAdminApp();
  let deps: OwnedDeps;
  let app: Express;
  let agent: ReturnType<typeof request.agent>;
  const post = async (path: string, form: Record<string, string>) => {
    const token = csrfOf((await agent.get("/admin/revue")).text);
    return agent
      .post(path)
      .type("form")
      .send({ _csrf: token, ...form });
  };
  const unreadRows = () =>
    deps.db.selectFrom("unread_paragraphs").selectAll().orderBy("paragraph_index").execute();

  beforeAll(async () => {
    ({ deps, app, agent } = carnet);
    const parsed = parseIssueText(ISSUE, {
      title: "La Lettre des Décideurs n° 12",
      published_on: "2026-03-10",
    });
    await importParsedIssue(
      deps.db,
      parsed,
      { file: "lettre-12.txt", rawText: ISSUE, contentHash: contentHash(ISSUE) },
      { autoPublishConfidence: 0.8 },
    );
  });

  it("keeps a paragraph with no move, and one with fewer moves than the people it names, at import", async () => {
    const rows = await unreadRows();
    expect(rows.map((r) => [r.paragraph_index, r.reason])).toEqual([
      [1, "no_move"],
      [2, "partly_read"],
    ]);
    expect(rows[0]!.candidates.people).toEqual(["Yannick Perrot"]);
    expect(rows[0]!.candidates.companies).toContain("Ferlog");
    expect(rows[1]!.candidates.people).toEqual(["Anne Roy", "Léa Vidal"]);
  });

  it("shows them in the review queue as 'Paragraphe non compris' with their text and a pre-filled form", async () => {
    const page = await agent.get("/admin/revue");
    expect(page.status).toBe(200);
    expect(page.text.match(/Paragraphe non compris/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page.text).toContain("désormais Yannick Perrot qui tient les rênes des ventes");
    expect(page.text).toMatch(/name="person" value="Yannick Perrot"/);
    expect(page.text).toMatch(/name="company" value="Ferlog"/);
    expect(page.text).toContain('name="published_on" value="10/03/2026"');
  });

  it("brings a refused 'Ajouter et publier' back in the queue with everything typed kept and the reason", async () => {
    const [first] = await unreadRows();
    const res = await post(`/admin/revue/paragraphes/${first!.id}`, {
      person: "Yannick Perrot",
      company: "Ferlog",
      role: "directeur des ventes",
      kind: "joined",
      seniority: "director",
      function: "sales",
      predecessor: "Ondine Carrel",
      published_on: "31/02/2026",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain(
      "Mouvement non ajouté : Date : cette date n’existe pas. Ce que vous avez saisi est conservé ci-dessous.",
    );
    const form = res.text.slice(res.text.indexOf(`id="paragraphe-${first!.id}"`));
    expect(form).toMatch(/name="role" value="directeur des ventes"/);
    expect(form).toMatch(/name="predecessor" value="Ondine Carrel"/);
    expect(form).toMatch(/name="published_on" value="31\/02\/2026"/);
    expect(form).toMatch(/<option value="joined" selected>/);
    expect((await unreadRows())[0]!.status).toBe("pending");
  });

  it("adds the move an editor types from the paragraph, published and audited, and takes the paragraph out", async () => {
    const [first] = await unreadRows();
    const res = await post(`/admin/revue/paragraphes/${first!.id}`, {
      person: "Yannick Perrot",
      company: "Ferlog",
      role: "directeur commercial",
      kind: "joined",
      seniority: "director",
      function: "sales",
      predecessor: "",
      published_on: "2026-03-10",
    });
    expect(res.status).toBe(303);
    const person = await deps.db
      .selectFrom("people")
      .select("slug")
      .where("name", "=", "Yannick Perrot")
      .executeTakeFirstOrThrow();
    const profile = await request(app).get(`/personnes/${person.slug}`);
    expect(profile.text).toContain("directeur commercial");
    expect(profile.text).toContain("Ferlog");
    const audit = await deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "paragraph.add_move")
      .execute();
    expect(audit).toHaveLength(1);
    expect((await agent.get("/admin/revue")).text).not.toContain("tient les rênes des ventes");
  });

  it("keeps a paragraph naming several people open on 'puis une autre personne', for the next one's move", async () => {
    const [, second] = await unreadRows();
    expect((await agent.get("/admin/revue")).text).toContain("Ajouter et publier, puis une autre personne");
    const res = await post(`/admin/revue/paragraphes/${second!.id}`, {
      person: "Léa Vidal",
      company: "Laiterie Dorval",
      role: "directrice de l'usine de Rennes",
      kind: "appointed",
      seniority: "director",
      function: "operations",
      predecessor: "",
      published_on: "10/03/2026",
      action: "keep",
    });
    expect(res.status).toBe(303);
    const page = await agent.get("/admin/revue");
    expect(page.text).toContain(
      "Mouvement de Léa Vidal ajouté et publié ; le paragraphe reste là pour la personne suivante.",
    );
    expect(page.text).toContain("s&#x27;installe aux commandes de l&#x27;usine de Rennes");
    expect((await unreadRows()).map((r) => r.status)).toEqual(["resolved", "pending"]);
  });

  it("dismisses a paragraph with nothing to add", async () => {
    const [, second] = await unreadRows();
    const res = await post(`/admin/revue/paragraphes/${second!.id}/ignorer`, {});
    expect(res.status).toBe(303);
    const page = await agent.get("/admin/revue");
    expect(page.text).not.toContain("Paragraphe non compris");
    expect((await unreadRows()).map((r) => r.status)).toEqual(["resolved", "dismissed"]);
  });

  it("names the missing field instead of adding a move without a company", async () => {
    const res = await post("/admin/revue/paragraphes/999999", {
      person: "Anne Roy",
      company: "",
      role: "directrice des achats",
      kind: "appointed",
      seniority: "director",
      function: "operations",
      published_on: "2026-03-10",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("entreprise requise");
  });

  it("shows a mover of an issue with no moves section as 'Paragraphe hors section non compris'", async () => {
    const text =
      "La Lettre des Décideurs — numéro 13\n\n+ À LA UNE\n\nLe salon des décideurs ouvre ses portes.\n\n" +
      "En marge du salon, Odon Farrel est nommé directeur financier de Tolvane.\n\n+ AGENDA\n\nRien.\n";
    const parsed = parseIssueText(text, {
      title: "La Lettre des Décideurs n° 13",
      published_on: "2026-03-17",
    });
    expect(parsed.section_found).toBe(false);
    await importParsedIssue(
      deps.db,
      parsed,
      { file: "lettre-13.txt", rawText: text, contentHash: contentHash(text) },
      { autoPublishConfidence: 0.8 },
    );
    const page = await agent.get("/admin/revue");
    expect(page.text).toContain("Paragraphe hors section non compris");
    expect(page.text).toContain("En marge du salon, Odon Farrel est nommé directeur financier de Tolvane.");
    expect(page.text).toMatch(/name="person" value="Odon Farrel"/);
  });
});
