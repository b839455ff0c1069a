import { beforeAll, describe, expect, it } from "@jest/globals";
import type request from "supertest";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf } from "../support/admin.ts";
import { useSignedInAdminApp } from "../support/app.ts";

const tokenOf = (html: string) => /name="token" value="([^"]+)"/.exec(html)?.[1] ?? "";

const section = (line: string) => `\n\n+ MOUVEMENTS, avec Exemple\n\n${line}\n`;
const eml = (subject: string, date: string, body: string) =>
  Buffer.from(
    `From: La Lettre <lettre@exemple.fr>\r\nTo: carnet@exemple.fr\r\nSubject: ${subject}\r\nDate: ${date}\r\n` +
      `Message-ID: <${Math.random()}@exemple.fr>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Transfer-Encoding: 8bit\r\n\r\n${body}`,
  );

describe("admin imports: dates, titles and bad files", () => {
  const carnet = useSignedInAdminApp();
  let deps: OwnedDeps;
  let agent: ReturnType<typeof request.agent>;

  const previewOf = async (files: { name: string; bytes: Buffer }[]) => {
    let req = agent
      .post("/admin/imports/apercu")
      .field("_csrf", csrfOf((await agent.get("/admin/imports")).text));
    for (const f of files) req = req.attach("fichiers", f.bytes, f.name);
    return req;
  };
  const issueTitled = (title: string) =>
    deps.db.selectFrom("newsletter_issues").selectAll().where("title", "=", title).executeTakeFirst();

  beforeAll(() => {
    ({ deps, agent } = carnet);
  });

  it("reads the date and title from the title line, and lets the admin correct both before confirming", async () => {
    const text = `La Lettre RH — 17 juin 2025\n\nÉdito de la semaine.${section("Bérénice Tallard est nommée directrice financière de Quillon Assurances.")}`;
    const preview = await previewOf([{ name: "lettre-rh-2025-06-17.txt", bytes: Buffer.from(text) }]);
    expect(preview.status).toBe(200);
    expect(preview.text).not.toContain("sans date");
    expect(preview.text).toContain('name="date_0" value="17/06/2025"');
    expect(preview.text).toContain('name="titre_0" value="La Lettre RH — 17 juin 2025"');

    const confirm = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({
        _csrf: csrfOf(preview.text),
        token: tokenOf(preview.text),
        titre_0: "La Lettre RH n° 42",
        // typed as the field's hint says
        date_0: "16/06/2025",
      });
    expect(confirm.status).toBe(303);
    const issue = await issueTitled("La Lettre RH n° 42");
    expect(issue?.published_on).toBe("2025-06-16");
    const moves = await deps.db
      .selectFrom("moves")
      .select("published_on")
      .where("issue_id", "=", issue!.id)
      .execute();
    expect(moves).toEqual([{ published_on: "2025-06-16" }]);
  });

  it("dates a pasted or uploaded issue by its file name when the text has no date", async () => {
    const text = `Édito${section("Anatole Brisset est nommé directeur commercial de Ferronnerie Lavaux.")}`;
    const preview = await previewOf([{ name: "lettre-2025-02-03.txt", bytes: Buffer.from(text) }]);
    expect(preview.text).toContain('name="date_0" value="03/02/2025"');
  });

  it("refuses a corrected date in the future with a 400 naming the field, and keeps the draft", async () => {
    const text = `Lettre du 5 mars 2025${section("Honorine Vidal est nommée directrice juridique de Marbrerie Caussade.")}`;
    const preview = await previewOf([{ name: "mars.txt", bytes: Buffer.from(text) }]);
    const form = { _csrf: csrfOf(preview.text), token: tokenOf(preview.text) };
    const refused = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ ...form, date_0: "2999-01-01" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("hors de la plage admise");
    const kept = await agent.post("/admin/imports/confirmer").type("form").send(form);
    expect(kept.status).toBe(303);
    expect((await issueTitled("Lettre du 5 mars 2025"))?.published_on).toBe("2025-03-05");
  });

  it("refuses a .eml dated in the year 99999 at the preview, saying why", async () => {
    const preview = await previewOf([
      {
        name: "futur.eml",
        bytes: eml(
          "Lettre future",
          "Mon, 1 Jan 99999 08:00:00 +0100",
          section("Léon Barrault est nommé directeur général de Tuilerie Morvan."),
        ),
      },
    ]);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain("hors de la plage admise");
    expect(preview.text).not.toContain("Confirmer l’import");
  });

  it("shows a file without a Mouvements section but does not let it be confirmed as an issue", async () => {
    const preview = await previewOf([
      { name: "sans-rubrique.txt", bytes: Buffer.from("Lettre du 2 avril 2025\n\nRien ici.\n") },
    ]);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain("il ne sera pas importé");
    expect(preview.text).not.toContain("Confirmer l’import");
    const confirm = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: tokenOf(preview.text) });
    expect(confirm.status).toBe(400);
    expect(await issueTitled("Lettre du 2 avril 2025")).toBeUndefined();
  });

  it("imports a file without a Mouvements section whose paragraph reads like a move, as mail does", async () => {
    const text =
      "Lettre du 3 avril 2025\n\n+ À LA UNE\n\nLe salon des décideurs ouvre ses portes.\n\n" +
      "En marge du salon, Odon Farrel est nommé directeur financier de Tolvane.\n\n+ AGENDA\n\nRien.\n";
    const preview = await previewOf([{ name: "hors-rubrique.txt", bytes: Buffer.from(text) }]);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain(
      "il sera importé sans mouvement ; 1 paragraphe semble annoncer un mouvement",
    );
    expect(preview.text).toContain("Confirmer l’import");
    const confirm = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: tokenOf(preview.text) });
    expect(confirm.status).toBe(303);
    expect((await agent.get("/admin/imports")).text).toContain(
      "1 numéro importé : 0 mouvement importé ; 0 mouvement à relire, 1 paragraphe non compris.",
    );
    const issue = await issueTitled("Lettre du 3 avril 2025");
    expect(issue).toMatchObject({ section_found: false, moves_count: 0 });
    const unread = await deps.db
      .selectFrom("unread_paragraphs")
      .select(["paragraph_text", "reason"])
      .where("issue_id", "=", issue!.id)
      .execute();
    expect(unread).toEqual([
      {
        paragraph_text: "En marge du salon, Odon Farrel est nommé directeur financier de Tolvane.",
        reason: "outside_section",
      },
    ]);
  });

  it("imports a .eml with a NUL in its subject and the rest of the batch, and refuses a malformed one alone", async () => {
    let nested = "";
    for (let i = 0; i < 3000; i++)
      nested += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    const bad = Buffer.from(
      `From: x@exemple.fr\r\nSubject: imbriqué\r\nMIME-Version: 1.0\r\n${nested}Content-Type: text/plain\r\n\r\nx\r\n`,
    );
    const preview = await previewOf([
      {
        name: "nul.eml",
        bytes: eml(
          "=?utf-8?Q?Lettre=00NUL?=",
          "Tue, 14 Jan 2025 08:00:00 +0100",
          section("Sidonie Marchal est nommée directrice des achats de Verrerie Oudin."),
        ),
      },
      { name: "imbrique.eml", bytes: bad },
      {
        name: "bonne.txt",
        bytes: Buffer.from(
          `Lettre du 6 mars 2025${section("Félix Aubertin est nommé directeur technique de Scierie Valence.")}`,
        ),
      },
    ]);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain("mal formé");
    const confirm = await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: tokenOf(preview.text) });
    expect(confirm.status).toBe(303);
    expect((await agent.get("/admin/imports")).text).toMatch(/2 numéros importés : 2 mouvements importés/u);
    expect(await issueTitled("LettreNUL")).toBeDefined();
    expect(await issueTitled("Lettre du 6 mars 2025")).toBeDefined();
  });

  it("refuses a file whose name holds a control character with a 400 naming the field, and keeps no draft", async () => {
    const drafts = async () =>
      (
        await deps.db
          .selectFrom("import_drafts")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await drafts();
    const issue = Buffer.from(
      `Lettre du 6 mars 2025${section("Gilles Marot est nommé directeur de Forge Aval.")}`,
    );
    // As a browser or curl writes the name: raw in the part header.
    for (const name of ["lettre\u0000.txt", "lettre\u0007cloche.txt", "lettre\u001b[31m.txt"]) {
      const preview = await previewOf([{ name, bytes: issue }]);
      expect(preview.status).toBe(400);
      expect(preview.text).toContain("Champ concerné : <code>fichiers</code>");
      expect(preview.text).toContain("caractère de contrôle");
    }
    // The RFC 5987 way (filename*=), which arrives decoded: the NUL reaches the service.
    const boundary = "----carnet-test";
    const csrf = csrfOf((await agent.get("/admin/imports")).text);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="fichiers"; filename*=UTF-8''lettre%00.txt\r\n` +
          "Content-Type: text/plain\r\n\r\n",
      ),
      issue,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const encoded = await agent
      .post("/admin/imports/apercu")
      .set("Content-Type", `multipart/form-data; boundary=${boundary}`)
      .send(body);
    expect(encoded.status).toBe(400);
    expect(encoded.text).toContain("Champ concerné : <code>fichiers</code>");
    expect(encoded.text).toContain(
      "Nom de fichier refusé : « lettre\u2400.txt » contient un caractère de contrôle.",
    );
    expect(await drafts()).toBe(before);
  });

  it("says after the import, in the history's words, how many moves and paragraphs wait for review", async () => {
    const inSection =
      "Lettre du 7 avril 2025\n\n+ MOUVEMENTS, avec Exemple\n\n" +
      "Hortense Vialar est nommée directrice financière de Brasserie Couderc.\n\n" +
      "Lucien Rambert est nommé directeur commercial de Brasserie Couderc.\n\n" +
      "Solène Garric est nommée directrice juridique de Filature Astier.\n\n" +
      "Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes.\n";
    const outside =
      "Lettre du 8 avril 2025\n\n+ À LA UNE\n\nLe salon des décideurs ouvre ses portes.\n\n" +
      "En marge du salon, Amaury Teissier est nommé directeur financier de Coutellerie Rivet.\n";
    const preview = await previewOf([
      { name: "section.txt", bytes: Buffer.from(inSection) },
      { name: "hors-rubrique-2.txt", bytes: Buffer.from(outside) },
    ]);
    await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: tokenOf(preview.text) })
      .expect(303);
    const page = (await agent.get("/admin/imports")).text;
    const message =
      /2 numéros importés : 3 mouvements importés ; (\d+ mouvements? à relire, 2 paragraphes non compris)\./u.exec(
        page,
      );
    expect(message).not.toBeNull();
    // The history says the same, issue by issue, in the same words: the two rows add up to the message.
    const rowOf = (file: string) =>
      new RegExp(`<code>${file}</code></td>\\s*<td>\\d+</td><td>\\d+</td><td>([^<]+)</td>`, "u").exec(
        page,
      )?.[1];
    const [pendingMoves] = message![1]!.split(" ");
    expect(rowOf("section.txt")).toBe(
      `${pendingMoves} ${Number(pendingMoves) < 2 ? "mouvement" : "mouvements"} à relire, 1 paragraphe non compris`,
    );
    expect(rowOf("hors-rubrique-2.txt")).toBe("0 mouvement à relire, 1 paragraphe non compris");

    // The same files again: known, nothing new to read.
    const again = await previewOf([{ name: "section.txt", bytes: Buffer.from(inSection) }]);
    await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(again.text), token: tokenOf(again.text) })
      .expect(303);
    expect((await agent.get("/admin/imports")).text).toContain(
      "0 numéro importé, 1 déjà connu : 0 mouvement importé ; 0 mouvement à relire, 0 paragraphe non compris.",
    );
  });

  it("lists an upload's unread paragraphs in the review queue in the issue's reading order", async () => {
    const before =
      "Le 10 avril, GASTON DE VERLAINE-MORSE a été nommé à la présidence du directoire du port de Kerbrune.";
    const inSection = "Chez Brunel Marine, c'est désormais Yvonne Castagnac qui tient les rênes des ventes.";
    const after =
      "L'armateur Portis promeut ODILE KERVARREC-NAUD directrice des lignes Afrique ; elle était directrice d'agence.";
    const text =
      `Lettre des quais du 9 avril 2025\n\n${before}\n\n+ MOUVEMENTS\n\n` +
      `Anselme Vidrac est nommé directeur financier de Tolvane.\n\n${inSection}\n\n` +
      `+ AGENDA\n\nLe 4 novembre, salon des ports.\n\n${after}\n`;
    const preview = await previewOf([{ name: "quais.txt", bytes: Buffer.from(text) }]);
    await agent
      .post("/admin/imports/confirmer")
      .type("form")
      .send({ _csrf: csrfOf(preview.text), token: tokenOf(preview.text) })
      .expect(303);
    const queue = (await agent.get("/admin/revue")).text;
    const at = [before, inSection, after].map((paragraph) =>
      queue.indexOf(paragraph.replaceAll("'", "&#x27;")),
    );
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // A paragraph beside the section is shown without a number no reader could count to.
    const cardOf = (paragraph: string) =>
      queue
        .split('<li class="review-card card unread-card"')
        .find((card) => card.includes(paragraph.replaceAll("'", "&#x27;")))!;
    expect(cardOf(before)).not.toMatch(/paragraphe \d/u);
    expect(cardOf(after)).not.toMatch(/paragraphe \d/u);
    expect(cardOf(inSection)).toContain("· paragraphe 2");
  });
});
