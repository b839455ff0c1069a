import { describe, expect, it } from "@jest/globals";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import { useTestApp } from "../support/app.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/** Visible text of a page, tags stripped, for assertions a reader would make. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, "=")
    .replace(/\s+/g, " ");

describe("directory pages", () => {
  const site = useSeededDirectoryApp();

  it("shows the latest published moves, totals, this month's busiest companies and a search box on the home page", async () => {
    const res = await request(site.app).get("/");
    expect(res.status).toBe(200);
    const page = text(res.text);
    expect(page).toContain("Claire Sénéchault — directrice générale , Nexiva");
    expect(page).toContain("10 avril 2025");
    expect(page).toContain(`${site.seeded.publishedMoves} mouvements publiés`);
    expect(page).toMatch(/Les plus actives en avril 2025 Nexiva 2 mouvements/);
    expect(res.text).toContain('<input type="search" id="q" name="q"');
    expect(page).not.toContain("Paul Incertain");
  });

  it("gives the browser tab an icon, linked from every page and at /favicon.ico, instead of a 404", async () => {
    const home = await request(site.app).get("/");
    expect(home.text).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">');
    for (const url of ["/static/favicon.svg", "/favicon.ico"]) {
      const icon = await request(site.app).get(url);
      expect(icon.status).toBe(200);
      expect(icon.headers["content-type"]).toMatch(/^image\/svg\+xml/);
      expect(icon.body.toString()).toContain("<svg");
    }
  });

  it("shows the busiest companies of the latest month with moves when none was published this month", async () => {
    const september = await createTestDeps(site.test.url, {
      clock: { now: () => new Date("2025-09-15T10:00:00Z") },
    });
    try {
      const page = text((await request(createApp(september)).get("/")).text);
      expect(page).toMatch(/Les plus actives en avril 2025 Nexiva 2 mouvements/);
      expect(page).not.toContain("Aucun mouvement publié ce mois-ci");
    } finally {
      await september.close();
    }
  });

  it("finds 'directrice financière' in 'directrice administrative et financière', whatever the accents", async () => {
    for (const q of ["directrice financière", "DIRECTRICE FINANCIERE"]) {
      const page = text((await request(site.app).get("/recherche").query({ q })).text);
      expect(page).toContain("1 mouvement");
      expect(page).toContain("Claire Sénéchault — directrice administrative et financière , Scalian");
    }
  });

  it("finds a title from its acronym, in either gender, and marks the words that matched", async () => {
    for (const q of ["DAF", "directeur financier", "CFO"]) {
      const res = await request(site.app).get("/recherche").query({ q });
      expect(text(res.text)).toContain(
        "Claire Sénéchault — directrice administrative et financière , Scalian",
      );
      expect(res.text).toContain("<mark>directrice</mark>");
      expect(res.text).toContain("<mark>financière</mark>");
    }
    const both = await Promise.all(
      ["directeur", "directrice"].map(async (q) =>
        text((await request(site.app).get("/recherche").query({ q })).text),
      ),
    );
    expect(both[0]).toContain("3 mouvements");
    expect(both[1]).toContain("3 mouvements");
  });

  it("marks a role read again as it marked it the first time (the marks are remembered by text and role)", async () => {
    const first = await request(site.app).get("/recherche").query({ q: "financier" });
    expect(first.text).toContain("<mark>financière</mark>");
    const again = await request(site.app).get("/recherche").query({ q: "financier" });
    expect(again.text).toBe(first.text);
    // Another text over the same roles gets its own marks, not the first one's.
    const other = await request(site.app).get("/recherche").query({ q: "financier directrice" });
    expect(other.text).toContain("<mark>directrice</mark>");
    expect(other.text).toContain("<mark>financière</mark>");
  });

  it("shows facets with counts beside the results, each a link that adds its filter", async () => {
    const res = await request(site.app).get("/recherche").query({ q: "directrice" });
    const facets = text(res.text.slice(res.text.indexOf('class="facets')));
    expect(facets).toContain("Affiner");
    expect(facets).toContain("Type Arrivée 2 Nomination 1");
    expect(facets).toContain("Entreprise Groupe Brioche Dorée 1 Nexiva 1 Scalian 1");
    expect(facets).toContain("Année 2025 3");
    const links = res.text.replace(/&#x3D;/g, "=").replace(/&amp;/g, "&");
    expect(links).toContain('href="/recherche?q=directrice&company=scalian"');
    expect(links).toContain('href="/recherche?q=directrice&since=2025-01-01&until=2025-12-31"');
    const narrowed = await request(site.app)
      .get("/recherche")
      .query({ q: "directrice", function: "finance" });
    expect(text(narrowed.text)).toContain("1 mouvement");
    expect(narrowed.text.slice(narrowed.text.indexOf('class="facets'))).not.toContain("Fonction");
  });

  it("shows the same facet links on a search's first, second and third asking", async () => {
    // Made and not kept the first time, kept the second, reused the third (facetLinks).
    const facetsOf = async () => {
      const res = await request(site.app).get("/recherche").query({ q: "directrice", sort: "date" });
      return res.text.slice(res.text.indexOf('class="facets'));
    };
    const first = await facetsOf();
    expect(first).toContain("Entreprise");
    expect(await facetsOf()).toBe(first);
    expect(await facetsOf()).toBe(first);
  });

  it("sends a search page as UTF-8 HTML with its length, without an ETag to hash it for", async () => {
    const res = await request(site.app).get("/recherche").query({ q: "directrice" });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(res.headers["content-length"])).toBe(Buffer.byteLength(res.text));
    expect(res.headers.etag).toBeUndefined();
    const head = await request(site.app).head("/recherche").query({ q: "directrice" });
    expect(head.headers["content-length"]).toBe(res.headers["content-length"]);
    const invalid = await request(site.app).get("/recherche").query({ kind: "nope" });
    expect(invalid.status).toBe(400);
    expect(Number(invalid.headers["content-length"])).toBe(Buffer.byteLength(invalid.text));
  });

  it("answers a search without a session or a visitor cookie, which the page never reads", async () => {
    const res = await request(site.app).get("/recherche").query({ q: "directrice" });
    expect(res.status).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    // The forms that need the visitor cookie (CSRF) still set it.
    const alerts = await request(site.app).get("/alertes");
    expect([alerts.headers["set-cookie"] ?? []].flat().some((c) => c.startsWith("carnet.vid="))).toBe(true);
  });

  it("tolerates typos in names and companies, and says the results are approximate", async () => {
    const person = text((await request(site.app).get("/recherche").query({ q: "Senechaut" })).text);
    expect(person).toContain("voici les noms les plus proches");
    expect(person).toContain("2 mouvements");
    expect(person).toContain("Claire Sénéchault");
    const company = text((await request(site.app).get("/recherche").query({ q: "Scalan" })).text);
    expect(company).toContain("Julien Perrin");
    // Scalian as a previous employer counts too: Claire left it for Nexiva.
    expect(company).toContain("Claire Sénéchault — directrice générale , Nexiva");
  });

  it("narrows a search by company, dates, kind, seniority and function, keeping the query in the form", async () => {
    const byCompany = await request(site.app).get("/recherche").query({ company: "Scalian" });
    expect(text(byCompany.text)).toContain("2 mouvements");
    expect(byCompany.text).toContain('name="company" value="Scalian"');
    const filtered = await request(site.app).get("/recherche").query({
      since: "2025-03-01",
      until: "2025-04-30",
      kind: "appointed",
      seniority: "director",
      function: "hr",
    });
    const page = text(filtered.text);
    expect(page).toContain("1 mouvement");
    expect(page).toContain("Sophie Martin");
    expect(filtered.text).toMatch(/<option value="hr" selected>/);
    expect(filtered.text).toContain('name="since" value="01/03/2025"');
    const unknown = text((await request(site.app).get("/recherche").query({ company: "Inconnue SA" })).text);
    expect(unknown).toContain("Aucune entreprise ne s’appelle « Inconnue SA »");
  });

  it("pages through results with a next-page link that carries the whole query", async () => {
    const first = await request(site.app).get("/recherche").query({ q: "achats" });
    expect(text(first.text)).toContain("24 mouvements");
    const next = /href="([^"]+)" rel="next"|rel="next" href="([^"]+)"/.exec(first.text);
    expect(next).not.toBeNull();
    const href = (next![1] ?? next![2]!).replace(/&amp;/g, "&").replace(/&#x3D;/g, "=");
    expect(href).toContain("q=achats");
    const second = await request(site.app).get(href);
    const names = (html: string) => [...html.matchAll(/class="move-person"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names(first.text)).toHaveLength(20);
    expect(names(second.text)).toHaveLength(4);
    expect(names(second.text).filter((n) => names(first.text).includes(n))).toEqual([]);
    expect(second.text).not.toContain('rel="next"');
  });

  it("pages back as well as forward and says which page is shown", async () => {
    const names = (html: string) => [...html.matchAll(/class="move-person"[^>]*>([^<]+)</g)].map((m) => m[1]);
    const link = (html: string, rel: string) => {
      const found = new RegExp(`rel="${rel}" href="([^"]+)"`).exec(html);
      return found ? found[1]!.replace(/&amp;/g, "&").replace(/&#x3D;/g, "=") : null;
    };
    const pages = [await request(site.app).get("/recherche").query({ q: "achats", limit: 7 })];
    for (let i = 0; i < 3; i++) pages.push(await request(site.app).get(link(pages.at(-1)!.text, "next")!));
    expect(pages.map((p) => text(p.text).match(/Page (\d+)/)?.[1])).toEqual(["1", "2", "3", "4"]);
    expect(names(pages[3]!.text)).toHaveLength(3);
    expect(link(pages[0]!.text, "prev")).toBeNull();

    // Back from page 4 to page 1, each page showing what it showed going forward.
    let page = pages[3]!;
    for (const expected of [pages[2]!, pages[1]!, pages[0]!]) {
      page = await request(site.app).get(link(page.text, "prev")!);
      expect(page.status).toBe(200);
      expect(names(page.text)).toEqual(names(expected.text));
    }
    expect(text(page.text)).toContain("Page 1");
    expect(link(page.text, "prev")).toBeNull();
    expect(text(pages[3]!.text)).toContain("Première page");
  });

  it("refuses a hand-edited page list with the form and a French message", async () => {
    const res = await request(site.app).get("/recherche").query({ q: "achats", cursor: "x", avant: "a b<" });
    expect(res.status).toBe(400);
    expect(text(res.text)).toContain("Pages précédentes : Utilisez les liens de pagination tels quels");
    expect(res.text).toContain('value="achats"');
  });

  it("says the dates' format in French and takes a date typed jj/mm/aaaa as well as the date field's AAAA-MM-JJ", async () => {
    const typed = await request(site.app)
      .get("/recherche")
      .query({ q: "DAF", since: "1/1/2025", until: "30/06/2025" });
    const picked = await request(site.app)
      .get("/recherche")
      .query({ q: "DAF", since: "2025-01-01", until: "2025-06-30" });
    expect(typed.status).toBe(200);
    expect(text(typed.text)).toContain("Depuis le (jj/mm/aaaa)");
    expect(text(typed.text)).toContain("Jusqu’au (jj/mm/aaaa)");
    // The date fields show the day back as their hint says (jj/mm/aaaa), whichever way it came, and
    // the results are the same.
    for (const page of [typed, picked]) {
      expect(page.text).toContain('id="since" name="since" value="01/01/2025"');
      expect(page.text).toContain('id="until" name="until" value="30/06/2025"');
    }
    const moves = (html: string) => html.match(/class="move-person" href="[^"]+"/g);
    expect(moves(typed.text)).toEqual(moves(picked.text));
  });

  it("sorts by relevance when asked", async () => {
    const res = await request(site.app)
      .get("/recherche")
      .query({ q: "Scalian directrice", sort: "relevance" });
    expect(res.status).toBe(200);
    expect(text(res.text)).toContain("Claire Sénéchault");
    expect(res.text).toMatch(/<option value="relevance" selected>/);
  });

  it("brings the form back on a bad parameter, the query kept and a French message beside the field", async () => {
    for (const [query, field, message] of [
      [
        { q: "DAF", kind: "left" },
        "kind",
        "Choisissez une valeur de la liste (Arrivée, Nomination, Promotion).",
      ],
      [{ q: "DAF", since: "2025-02-30" }, "since", "Cette date n’existe pas."],
      [{ q: "DAF", since: "30/02/2025" }, "since", "Cette date n’existe pas."],
      [{ q: "DAF", until: "mars 2025" }, "until", "Date attendue au format jj/mm/aaaa (ou AAAA-MM-JJ)."],
      [
        { q: "DAF", since: "2025-05-01", until: "2025-04-01" },
        "until",
        "La date de fin précède la date de début.",
      ],
      [{ q: "x".repeat(201) }, "q", "200 caractères au plus."],
    ] as const) {
      const res = await request(site.app).get("/recherche").query(query);
      expect(res.status).toBe(400);
      expect(res.text).toContain(`<p class="field-error" id="${field}-error">${message}</p>`);
      expect(res.text).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`));
      expect(res.text).toContain(`value="${query.q}"`);
      // a date is kept too, in a text field that shows it (a browser's date field shows an empty
      // box for "30/02/2025"), written day first as the field's hint says
      for (const day of ["since", "until"] as const) {
        const typed = (query as Record<string, string>)[day];
        if (typed === undefined) continue;
        const shown = typed.replace(/^(\d{4})-(\d{2})-(\d{2})$/u, "$3/$2/$1");
        expect(res.text).toContain(`name="${day}" value="${shown}"`);
      }
      expect(text(res.text)).not.toMatch(/joined|appointed|promoted/);
    }
    const stale = await request(site.app).get("/recherche").query({ q: "DAF", cursor: "not-a-cursor" });
    expect(stale.status).toBe(400);
    expect(text(stale.text)).toContain("utilisez le lien « page suivante » tel quel");
    expect(stale.text).toContain('value="DAF"');
  });

  it("shows a person's timeline with the source of each move, and moves old slugs with a 301", async () => {
    const res = await request(site.app).get("/personnes/claire-senechault");
    expect(res.status).toBe(200);
    const page = text(res.text);
    // The current post first, then the history newest first.
    expect(page).toContain("Poste actuel");
    expect(page.indexOf("directrice générale")).toBeLessThan(
      page.indexOf("directrice administrative et financière"),
    );
    expect(page).toContain(
      "Claire Sénéchault quitte Scalian et rejoint Nexiva en tant que directrice générale.",
    );
    expect(page).toContain("Source : La Lettre des Décideurs n°102");
    const old = await request(site.app).get("/personnes/claire-senechaut");
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe("/personnes/claire-senechault");
    expect((await request(site.app).get("/personnes/personne-inconnue")).status).toBe(404);
  });

  it("shows a company's arrivals, departures, aliases, monthly chart and a follow button", async () => {
    const res = await request(site.app).get("/entreprises/nexiva");
    expect(res.status).toBe(200);
    const page = text(res.text);
    expect(page).toContain("Aussi appelée : Ancienne Régie");
    expect(res.text.replace(/&#x3D;/g, "=")).toContain('href="/alertes?entreprise=Nexiva"');
    expect(res.text).toMatch(/<svg[^>]+role="img"/);
    expect(page).toContain("avr. : 2 arrivées");
    // The chart's table, read out by screen readers, names its months in French.
    expect(res.text).toContain('<th scope="row">avril 2025</th>');
    expect(res.text).not.toMatch(/<th scope="row">\d{4}-\d{2}<\/th>/u);
    const scalian = text((await request(site.app).get("/entreprises/scalian")).text);
    expect(scalian).toMatch(
      /Arrivées .*Julien Perrin.*Départs .*Claire Sénéchault — directrice générale , Nexiva/,
    );
    expect(scalian).not.toContain("Paul Incertain");
    const old = await request(site.app).get("/entreprises/nexiva-sas");
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe("/entreprises/nexiva");
    const missing = await request(site.app).get("/entreprises/nulle-part");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("Entreprise introuvable");
  });

  it("shows an issue's Mouvements paragraphs with the records drawn from each, and only published ones", async () => {
    const res = await request(site.app).get(`/numeros/${site.seeded.issueIds.march}`);
    expect(res.status).toBe(200);
    const page = text(res.text);
    expect(page).toContain("La Lettre des Décideurs n°101");
    expect(page).toContain("Marc Dubreuil rejoint Groupe Brioche Dorée comme directeur marketing");
    expect(res.text).toContain('id="paragraphe-1"');
    expect(page).toContain("3 mouvements publiés");
    expect(page).not.toContain("Paul Incertain");
    expect((await request(site.app).get("/numeros/999999")).status).toBe(404);
    const bad = await request(site.app).get("/numeros/abc");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("<code>id</code>");
  });

  it("exports any search as UTF-8 CSV with a byte-order mark, with commas or semicolons", async () => {
    const res = await request(site.app).get("/recherche.csv").query({ company: "scalian" }).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(
      /attachment; filename="?carnet-mouvements-2025-04-20\.csv/,
    );
    const body = res.text;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^date,personne,poste,entreprise,type/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(
      "2025-03-04,Claire Sénéchault,directrice administrative et financière,Scalian",
    );
    const french = await request(site.app).get("/recherche.csv").query({ q: "Nexiva", sep: "semicolon" });
    expect(french.text.slice(1).split(/\r?\n/)[0]).toMatch(/^date;personne;poste;entreprise/);
    expect((await request(site.app).get("/recherche.csv").query({ sep: "|" })).status).toBe(400);
  });

  it("publishes Atom feeds for a search and for a company", async () => {
    const search = await request(site.app).get("/recherche.atom").query({ q: "directrice" });
    expect(search.status).toBe(200);
    expect(search.headers["content-type"]).toContain("application/atom+xml");
    expect(search.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(search.text).toContain("Claire Sénéchault — directrice générale, Nexiva");
    const company = await request(site.app).get("/entreprises/scalian/feed.atom");
    expect(company.status).toBe(200);
    expect(company.text).toContain("Claire Sénéchault quitte Scalian pour Nexiva");
    expect(company.text).toContain("http://carnet.test/personnes/julien-perrin#mouvement-");
    expect((await request(site.app).get("/entreprises/nulle-part/feed.atom")).status).toBe(404);
  });
});

describe("a server error", () => {
  it("shows a plain 500 page that leaks no stack or internal message", async () => {
    const test = await createTestDatabase();
    const deps = await createTestDeps(test.url);
    await test.drop(); // the database disappears under the running app
    try {
      const res = await request(createApp(deps)).get("/recherche").query({ q: "x" });
      expect(res.status).toBe(500);
      expect(res.text).toContain("Une erreur interne est survenue");
      expect(res.text).not.toMatch(/\bat .*\.ts:\d+|does not exist|ECONNREFUSED|Error:/);
    } finally {
      await deps.close();
    }
  });
});

describe("the home page's totals", () => {
  it("counts a move imported after the page was shown (the figures are kept per directory version)", async () => {
    const test = await createTestDatabase();
    const deps = await createTestDeps(test.url);
    try {
      const app = createApp(deps);
      await importMoves(test.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
      expect(text((await request(app).get("/")).text)).toContain("1 mouvement publié");
      await importMoves(test.db, [{ person: "Ondine Valcourt", company: "Brumeval" }]);
      expect(text((await request(app).get("/")).text)).toContain("2 mouvements publiés");
    } finally {
      await deps.close();
      await test.drop();
    }
  });
});

describe("the search page's count", () => {
  const names = (html: string) => [...html.matchAll(/class="move-person"[^>]*>([^<]+)</g)].map((m) => m[1]);
  const nextLink = (html: string) => {
    const next = /rel="next" href="([^"]+)"/.exec(html);
    return next ? next[1]!.replace(/&amp;/g, "&").replace(/&#x3D;/g, "=") : null;
  };

  it("stops at 100, says so, describes the 100 newest in its facets and still pages on without a total", async () => {
    const test = await createTestDatabase();
    const deps = await createTestDeps(test.url);
    try {
      const app = createApp(deps);
      await importMoves(
        test.db,
        Array.from({ length: 105 }, (_, i) => ({ person: `Personne Numéro${i}`, company: "Lumen" })),
      );
      const first = await request(app).get("/recherche").query({ q: "financière" });
      const page = text(first.text);
      expect(page).toContain("Plus de 100 mouvements");
      expect(page).toContain("Affiner (sur les 100 plus récents)");
      expect(page).toContain("Entreprise Lumen 100");
      expect(names(first.text)).toHaveLength(20);
      // Pages go on past what was counted, next and previous, with no total to promise a last page.
      let href = nextLink(first.text);
      let shown = 20;
      let last = first;
      while (href) {
        last = await request(app).get(href);
        expect(text(last.text)).toContain("Plus de 100 mouvements");
        shown += names(last.text).length;
        href = nextLink(last.text);
      }
      expect(shown).toBe(105);
      expect(text(last.text)).toContain("Page 6");
      expect(last.text).toContain('rel="prev"');
      // Under the cap, the count is exact.
      await importMoves(test.db, [
        { person: "Ondine Valcourt", company: "Brumeval", role: "DRH", function: "hr" },
      ]);
      expect(text((await request(app).get("/recherche").query({ q: "DRH" })).text)).toContain("1 mouvement");
    } finally {
      await deps.close();
      await test.drop();
    }
  });

  it("counts a move imported after the same search was shown (counts are kept per directory version)", async () => {
    const test = await createTestDatabase();
    const deps = await createTestDeps(test.url);
    try {
      const app = createApp(deps);
      await importMoves(test.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
      const search = async () =>
        text((await request(app).get("/recherche").query({ company: "Lumen" })).text);
      expect(await search()).toContain("1 mouvement");
      expect(await search()).toContain("1 mouvement");
      await importMoves(test.db, [{ person: "Ondine Valcourt", company: "Lumen", kind: "appointed" }]);
      const after = await search();
      expect(after).toContain("2 mouvements");
      expect(after).toContain("Type Arrivée 1 Nomination 1");
    } finally {
      await deps.close();
      await test.drop();
    }
  });
});

describe("a move's badges", () => {
  const site = useTestApp();

  it("say what each one is, and leave out a level or field that is not classified ('Autre')", async () => {
    await importMoves(site.test.db, [
      {
        person: "Ysolde Ferrant",
        company: "Brumeval",
        role: "présidente",
        seniority: "c_level",
        function: "general_management",
      },
      {
        person: "Gaspard Olivet",
        company: "Brumeval",
        role: "préfet maritime",
        seniority: "other",
        function: "other",
      },
    ]);
    const html = (await request(site.app).get("/entreprises/brumeval")).text;
    const moveOf = (person: string) =>
      html
        .split('<li class="move"')
        .slice(1)
        .find((item) => item.includes(person))!;
    expect(text(moveOf("Ysolde Ferrant"))).toContain(
      "Niveau : Direction générale (C-level) Fonction : Direction générale",
    );
    expect(text(moveOf("Gaspard Olivet"))).not.toContain("Autre");
    expect(text(moveOf("Gaspard Olivet"))).not.toMatch(/Niveau|Fonction/u);
  });
});
