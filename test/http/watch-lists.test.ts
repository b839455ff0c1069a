import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import type request from "supertest";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { csrfOf } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import type { TestDatabase } from "../support/database.ts";
import { clearSubscribersAndDirectory, startMailTestApp, stopMailTestApp } from "../support/mail-app.ts";
import type { SmtpPeer } from "../support/smtp.ts";
import { subscribeAndConfirm } from "../support/subscriber.ts";

/** What French Excel writes for "CSV (séparateur : point-virgule)": Windows-1252 and CRLF. */
const windows1252 = (text: string) =>
  Buffer.from([...text.replace(/\n/g, "\r\n")].map((ch) => (ch === "’" ? 0x92 : ch.charCodeAt(0))));

/** Issue 18, item 3: watch lists from a CSV file on the manage page, with a preview; and the export. */
describe("watch lists from CSV", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;
  let app: Express;

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

  const subscribe = (email: string, path = "/alertes?entreprise=Trace") =>
    subscribeAndConfirm(app, deps, smtp, path, email);

  /** The upload form of the manage page, as a browser sends it (multipart, with its CSRF token). */
  async function upload(
    agent: ReturnType<typeof request.agent>,
    managePath: string,
    bytes: Buffer | null,
    mode: "add" | "replace" = "add",
  ) {
    const page = await agent.get(managePath).expect(200);
    let post = agent.post(`${managePath}/liste`).field("_csrf", csrfOf(page.text)).field("mode", mode);
    if (bytes) post = post.attach("fichier", bytes, { filename: "ma-liste.csv", contentType: "text/csv" });
    return post;
  }

  function confirm(
    agent: ReturnType<typeof request.agent>,
    preview: string,
    choices: Record<string, string> = {},
  ) {
    const action = /<form method="post" action="([^"]+\/liste\/\d+)"/.exec(preview)![1]!;
    return agent
      .post(action)
      .type("form")
      .send({ _csrf: csrfOf(preview), ...choices });
  }

  /** The radio value of a candidate, found by its label, in the group of the ambiguous row `typed`. */
  function choiceFor(preview: string, typed: string, label: string): Record<string, string> {
    const group = new RegExp(
      `<fieldset[^>]*data-ambiguous="(\\d+)">\\s*<legend>[^<]*« ${typed} »[\\s\\S]*?</fieldset>`,
    ).exec(preview)!;
    const value = new RegExp(`value="([^"]+)"[^>]*> ${label}`).exec(group[0])![1]!;
    return { [`choix_${group[1]}`]: value };
  }

  const followsOf = async (email: string) => {
    const s = await t.db
      .selectFrom("subscribers")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    const companies = await t.db
      .selectFrom("follows")
      .select(["company_name", "company_key"])
      .where("subscriber_id", "=", s.id)
      .orderBy("company_key")
      .execute();
    const people = await t.db
      .selectFrom("person_follows as f")
      .innerJoin("people as p", "p.id", "f.person_id")
      .select("p.slug")
      .where("f.subscriber_id", "=", s.id)
      .orderBy("p.slug")
      .execute();
    return {
      companies: companies.map((c) => `${c.company_name} [${c.company_key}]`),
      people: people.map((p) => p.slug),
    };
  };

  async function directory() {
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen", role: "directrice financière" },
      { person: "Inès Barou", company: "Scalian", role: "DRH" },
      { person: "Marc Petit", company: "Alstom Transport", role: "directeur des achats" },
      { person: "Léa Morin", company: "Alstom Grid", role: "directrice juridique" },
      { person: "Jean Roux", company: "Lumen", role: "directeur commercial" },
      { person: "Jean Rouxe", company: "Trace", role: "directeur technique" },
    ]);
    // A homonym: an import keeps one record per name, an admin's split gives two.
    await t.db
      .updateTable("people")
      .set({ name: "Jean Roux", key: "jean roux" })
      .where("slug", "=", "jean-rouxe")
      .execute();
    const lumen = await t.db
      .selectFrom("companies")
      .select("id")
      .where("slug", "=", "lumen")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("company_aliases")
      .values({ company_id: lumen.id, alias: "Lumen Conseil", key: companyKey("Lumen Conseil") })
      .execute();
  }

  const LIST =
    "Société;Contact\n" +
    "LUMEN CONSEIL;Claire Fontanel\n" + // alias of Lumen; a known person
    "Scalian;\n" +
    "Société Nouvelle Énergie;\n" + // not in the directory yet
    "Alstom;\n" + // Alstom Transport or Alstom Grid?
    "\n" +
    "Trace;Personne Absente\n" + // followed already; a person the directory does not know
    "L’Atelier du Coin;Jean Roux\n"; // two Jean Roux: a choice

  it("previews matched, new and ambiguous rows, follows what is confirmed, and changes nothing the second time", async () => {
    await directory();
    const { agent, managePath } = await subscribe("liste@exemple.test");

    const previewed = await upload(agent, managePath, windows1252(LIST));
    expect(previewed.status).toBe(200);
    const preview = previewed.text;
    expect(preview).toContain("Aperçu de la liste");
    expect(preview).toMatch(/data-count="matched">4 reconnues/);
    expect(preview).toMatch(/data-count="new">2 nouvelles/);
    expect(preview).toMatch(/data-count="ambiguous">2 ambiguës/);
    expect(preview).toMatch(/data-count="refused">1 non suivie/);
    expect(preview).toMatch(/data-count="already">dont 1 déjà suivie/);
    expect(preview).toMatch(
      /<td>2<\/td><td>LUMEN CONSEIL<\/td>\s*<td><a href="\/entreprises\/lumen">Lumen<\/a><\/td>/,
    );
    expect(preview).toMatch(/<tr data-status="new"><td>4<\/td><td>Société Nouvelle Énergie<\/td>/);
    expect(preview).toContain("Personne Absente</td><td>absente de l’annuaire");
    expect(preview).toContain("Suivre « Alstom » tel quel");
    expect(preview).toContain("Jean Roux — directeur technique, Trace");
    // Nothing is written before the confirmation.
    expect((await followsOf("liste@exemple.test")).companies).toEqual(["Trace [trace]"]);

    const unchosen = await confirm(agent, preview);
    expect(unchosen.status).toBe(400);
    expect(unchosen.text).toContain("Ligne 5 : choisissez à quoi correspond « Alstom ».");

    const choices = {
      ...choiceFor(preview, "Alstom", "Alstom Grid"),
      ...choiceFor(preview, "Jean Roux", "Jean Roux — directeur commercial, Lumen"),
    };
    const done = await confirm(agent, unchosen.text, choices);
    expect(done.status).toBe(200);
    expect(done.text).toContain("Liste importée : 5 entreprises, 2 personnes et 0 recherche ajoutées.");
    const expected = {
      companies: [
        "Alstom Grid [alstom grid]",
        "L’Atelier du Coin [atelier du coin]",
        "Lumen [lumen]",
        "Scalian [scalian]",
        "Société Nouvelle Énergie [societe nouvelle energie]",
        "Trace [trace]",
      ],
      people: ["claire-fontanel", "jean-roux"],
    };
    expect(await followsOf("liste@exemple.test")).toEqual(expected);
    // The same preview confirmed again (a second tab): already applied.
    const again = await confirm(agent, unchosen.text, choices);
    expect(again.status).toBe(410);
    expect(again.text).toContain("Cet aperçu a déjà été appliqué");

    // The same file twice: every row is already followed and nothing changes.
    const second = await upload(agent, managePath, windows1252(LIST));
    expect(second.text).toMatch(/data-count="already">dont 6 déjà suivies/);
    const secondDone = await confirm(agent, second.text, {
      ...choiceFor(second.text, "Alstom", "Alstom Grid"),
      ...choiceFor(second.text, "Jean Roux", "Jean Roux — directeur commercial, Lumen"),
    });
    expect(secondDone.text).toContain("Liste importée : 0 entreprise, 0 personne et 0 recherche ajoutée.");
    expect(await followsOf("liste@exemple.test")).toEqual(expected);
  });

  it("mails a company followed by name from a list when its first move is imported", async () => {
    const { agent, managePath } = await subscribe("nouvelle@exemple.test");
    const preview = await upload(
      agent,
      managePath,
      Buffer.from("\uFEFFentreprise\nSociété Nouvelle Énergie\n"),
    );
    expect(preview.text).toMatch(/data-count="new">1 nouvelle/);
    await confirm(agent, preview.text).expect(200);

    // First appearance, spelt without the accents and with its legal form.
    await importMoves(t.db, [
      { person: "Hugo Lenoir", company: "Societe Nouvelle Energie SAS", role: "directeur général" },
    ]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1 });
    const [mail] = await smtp.to("nouvelle@exemple.test");
    expect(mail!.subject).toBe("1 mouvement chez Societe Nouvelle Energie SAS");
    expect(mail!.text).toContain("Hugo Lenoir — directeur général, Societe Nouvelle Energie SAS");
  });

  it("exports companies, people and searches as CSV that imports back to the same follows", async () => {
    await directory();
    const first = await subscribe(
      "export@exemple.test",
      "/alertes?recherche=q%3Ddirectrice%26function%3Dfinance",
    );
    await confirm(
      first.agent,
      (
        await upload(
          first.agent,
          first.managePath,
          Buffer.from("Scalian;Inès Barou\nNouvelle Pousse;\n=HYPERLIEN(1);\n"),
        )
      ).text,
    ).expect(200);
    const exported = await first.agent.get(`${first.managePath}/suivis.csv`).expect(200);
    expect(exported.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(exported.headers["content-disposition"]).toContain("carnet-mes-suivis.csv");
    const csv = exported.text;
    expect(csv).toBe(
      "\uFEFFtype;nom;référence\n" +
        "entreprise;'=HYPERLIEN(1);hyperlien 1\n" +
        "entreprise;Nouvelle Pousse;nouvelle pousse\n" +
        "entreprise;Scalian;scalian\n" +
        "personne;Inès Barou;ines-barou\n" +
        "recherche;« directrice » · Finance;q=directrice&function=finance\n",
    );

    // Another subscriber imports the file as it came: the same follows, the same export.
    const second = await subscribe("import@exemple.test", "/alertes?entreprise=Ailleurs");
    const preview = await upload(second.agent, second.managePath, Buffer.from(csv), "replace");
    expect(preview.text).toContain("<strong>remplace</strong>");
    const done = await confirm(second.agent, preview.text);
    expect(done.text).toContain(
      "Liste importée : 3 entreprises, 1 personne et 1 recherche ajoutées ; 1 suivi retiré.",
    );
    const reexported = await second.agent.get(`${second.managePath}/suivis.csv`).expect(200);
    expect(reexported.text).toBe(csv);
    expect(await followsOf("import@exemple.test")).toEqual(await followsOf("export@exemple.test"));
  });

  it("refuses a bad file with a French message naming the problem, on the manage page", async () => {
    const { agent, managePath } = await subscribe("mauvais@exemple.test");
    const refused = async (bytes: Buffer | null, status = 400) => {
      const answer = await upload(agent, managePath, bytes);
      expect(answer.status).toBe(status);
      expect(answer.text).toContain("Gérer mes alertes");
      return /<p class="flash error" role="alert" id="liste-error">([^<]+)</.exec(answer.text)![1];
    };
    expect(await refused(null)).toBe("Choisissez un fichier CSV à importer.");
    expect(await refused(Buffer.alloc(0))).toBe("Le fichier est vide.");
    expect(await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toContain("classeur Excel (.xlsx)");
    expect(await refused(Buffer.from('Lumen\n"Trace\n'))).toContain("Ligne 2 : un guillemet");
    const tooMany = Array.from({ length: 5_001 }, (_, i) => `Entreprise ${i}`).join("\n");
    expect(await refused(Buffer.from(tooMany))).toBe(
      "Le fichier compte 5\u202f001 lignes : 5\u202f000 au plus par import. Découpez-le en plusieurs fichiers.",
    );
    expect(await refused(Buffer.alloc(3 * 1024 * 1024, "a"), 413)).toContain(
      "Fichier trop volumineux : 2 Mo au plus",
    );
    // A multipart body cut short, as a dropped connection leaves it.
    const page = await agent.get(managePath).expect(200);
    const cut = await agent
      .post(`${managePath}/liste`)
      .set("Content-Type", "multipart/form-data; boundary=XYZ")
      .send(
        `--XYZ\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrfOf(page.text)}\r\n--XYZ\r\nContent-Disposition: form-data; name="fichier"; filename="a.csv"\r\n\r\nLumen\r\n`,
      );
    expect(cut.status).toBe(400);
    expect(cut.text).toContain("Envoi illisible (interrompu ou mal formé)");
    expect((await followsOf("mauvais@exemple.test")).companies).toEqual(["Trace [trace]"]);
  });

  it("refuses a list that would pass a limit on confirming, keeping the preview and changing nothing", async () => {
    const { agent, managePath } = await subscribe("limite@exemple.test");
    const searches = Array.from({ length: 21 }, (_, i) => `recherche;;q=mot${i}`).join("\n");
    const preview = await upload(
      agent,
      managePath,
      Buffer.from(`type;nom;référence\nentreprise;Lumen;\n${searches}\n`),
    );
    expect(preview.text).toMatch(/data-count="matched">21 reconnues/);
    const refused = await confirm(agent, preview.text);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Avec ce fichier vous suivriez 21 recherches : 20 au plus.");
    expect(refused.text).toContain("Aperçu de la liste");
    expect(await followsOf("limite@exemple.test")).toEqual({ companies: ["Trace [trace]"], people: [] });
  });

  it("shows a long imported list as a count on the manage page and keeps it when the form is saved", async () => {
    const { agent, managePath } = await subscribe("longue@exemple.test");
    const names = Array.from({ length: 120 }, (_, i) => `Entreprise Numéro ${i + 1}`).join("\n");
    const preview = await upload(agent, managePath, Buffer.from(names));
    await confirm(agent, preview.text).expect(200);
    const page = await agent.get(managePath).expect(200);
    expect(page.text).toContain("Vous suivez <strong>121 entreprises</strong> (liste importée)");
    expect(page.text).not.toContain('value="Entreprise Numéro 1"');
    const body = new URLSearchParams({ _csrf: csrfOf(page.text), keep_companies: "1", frequency: "weekly" });
    body.append("companies", "Une De Plus");
    const saved = await agent.post(managePath).type("form").send(body.toString());
    expect(saved.status).toBe(200);
    expect(saved.text).toContain("Vos préférences sont enregistrées.");
    expect((await followsOf("longue@exemple.test")).companies).toHaveLength(122);
  });
});
