import { describe, expect, it } from "@jest/globals";
import { renderMainLayout } from "../../server/main-layout-html.ts";
import { renderSearchFacets, renderSearchForm, renderSearchPage } from "../../server/search-page-html.ts";

/**
 * The markup as it was first written, indented, with each run of whitespace holding a line break
 * made one line break, as the page is sent since issue 14's byte count (HTML renders either as one
 * space).
 */
const lines = (html: string) => html.replace(/[ \t]*\n\s*/g, "\n");

/**
 * The search form and the search page's facets are written in code (server/search-page-html.ts)
 * where they were Handlebars partials: the markup below is what the partials made, checked byte
 * for byte against them over 120 pages of the million-move bench directory, the pages sent back
 * with each kind of error and the home page, when the change was made. Every value is escaped as
 * `{{…}}` escaped it.
 */
describe("the search form", () => {
  it("sends back what was typed, escaped, with each error beside its field and listed above", () => {
    expect(
      renderSearchForm({
        search: {
          q: `a "b" <c>`,
          company: "A&B",
          since: "2025-03-15",
          until: "31/02/2025",
          kind: "appointed",
          seniority: "director",
          function: "finance",
          sort: "relevance",
        },
        errors: {
          q: "Trop <long>.",
          company: "Texte attendu.",
          since: "Date.",
          until: "Date attendue.",
          kind: "Choisissez.",
          seniority: "Choisissez.",
          function: "Choisissez.",
          sort: "Choisissez.",
        },
        errorList: [
          { field: "q", label: "Recherche", message: "Trop <long>.", inForm: true },
          { field: "page", label: "Numéro de page", message: "Nombre entier attendu.", inForm: false },
        ],
        filters: {
          kinds: [
            { value: "joined", label: "Arrivée" },
            { value: "appointed", label: "Nomination" },
          ],
          seniorities: [{ value: "director", label: "Directeur·rice" }],
          functions: [
            { value: "finance", label: "Finance" },
            { value: "hr", label: "RH" },
          ],
        },
        filtersOpen: true,
        activeFilters: 3,
      }),
    ).toBe(
      lines(`<form class="search-form card" method="get" action="/recherche" role="search">
  <div class="flash error" role="alert">
    <p><strong>La recherche n’a pas pu être lancée :</strong></p>
    <ul><li><a href="#q">Recherche</a> : Trop &lt;long&gt;.</li><li>Numéro de page : Nombre entier attendu.</li></ul>
  </div>
  <div class="search-main">
    <label for="q">Rechercher une personne, un poste, une entreprise</label>
    <div class="search-box">
      <input type="search" id="q" name="q" value="a &quot;b&quot; &lt;c&gt;" placeholder="ex. directrice financière, DRH, Kerlog" autocomplete="off" aria-invalid="true" aria-describedby="q-error">
      <button type="submit">Rechercher</button>
    </div>
    <p class="field-error" id="q-error">Trop &lt;long&gt;.</p>
  </div>
  <details class="filters-panel" open>
    <summary class="button secondary">Filtres (3)</summary>
  <fieldset class="filters">
    <legend class="visually-hidden">Filtres</legend>
    <div class="grid filters-grid">
      <div>
        <label for="company">Entreprise</label>
        <input type="text" id="company" name="company" value="A&amp;B" placeholder="nom ou alias" aria-invalid="true" aria-describedby="company-error">
        <p class="field-error" id="company-error">Texte attendu.</p>
      </div>
      <div>
        <label for="since">Depuis le <span class="field-hint">(jj/mm/aaaa)</span></label>
        <input type="text" inputmode="numeric" autocomplete="off" placeholder="jj/mm/aaaa" id="since" name="since" value="15/03/2025" aria-invalid="true" aria-describedby="since-error">
        <p class="field-error" id="since-error">Date.</p>
      </div>
      <div>
        <label for="until">Jusqu’au <span class="field-hint">(jj/mm/aaaa)</span></label>
        <input type="text" inputmode="numeric" autocomplete="off" placeholder="jj/mm/aaaa" id="until" name="until" value="31/02/2025" aria-invalid="true" aria-describedby="until-error">
        <p class="field-error" id="until-error">Date attendue.</p>
      </div>
      <div>
        <label for="kind">Type</label>
        <select id="kind" name="kind" aria-invalid="true" aria-describedby="kind-error">
          <option value="">Tous</option>
          <option value="joined">Arrivée</option><option value="appointed" selected>Nomination</option>
        </select>
        <p class="field-error" id="kind-error">Choisissez.</p>
      </div>
      <div>
        <label for="seniority">Niveau</label>
        <select id="seniority" name="seniority" aria-invalid="true" aria-describedby="seniority-error">
          <option value="">Tous</option>
          <option value="director" selected>Directeur·rice</option>
        </select>
        <p class="field-error" id="seniority-error">Choisissez.</p>
      </div>
      <div>
        <label for="function">Fonction</label>
        <select id="function" name="function" aria-invalid="true" aria-describedby="function-error">
          <option value="">Toutes</option>
          <option value="finance" selected>Finance</option><option value="hr">RH</option>
        </select>
        <p class="field-error" id="function-error">Choisissez.</p>
      </div>
      <div>
        <label for="sort">Trier par</label>
        <select id="sort" name="sort" aria-invalid="true" aria-describedby="sort-error">
          <option value="date">Date (récents)</option>
          <option value="relevance" selected>Pertinence</option>
        </select>
        <p class="field-error" id="sort-error">Choisissez.</p>
      </div>
    </div>
    <p class="form-actions"><button type="submit">Appliquer</button> <a class="button secondary" href="/recherche">Effacer</a></p>
  </fieldset>
  </details>
  <script src="/static/search.js" defer></script>
</form>
`),
    );
  });

  it("is the search box alone where the page offers no filters (the home page)", () => {
    expect(renderSearchForm({})).toBe(
      lines(`<form class="search-form card" method="get" action="/recherche" role="search">
  <div class="search-main">
    <label for="q">Rechercher une personne, un poste, une entreprise</label>
    <div class="search-box">
      <input type="search" id="q" name="q" value="" placeholder="ex. directrice financière, DRH, Kerlog" autocomplete="off">
      <button type="submit">Rechercher</button>
    </div>
    
  </div>
</form>
`),
    );
  });

  it("writes the filters as the values of each form, whichever form came before", () => {
    const filters = {
      kinds: [
        { value: "joined", label: "Arrivée" },
        { value: "appointed", label: "Nomination" },
      ],
    };
    const panelOf = (html: string) => html.slice(html.indexOf("<details"));
    const plain = panelOf(renderSearchForm({ filters, search: { q: "drh" } }));
    const chosen = panelOf(renderSearchForm({ filters, search: { kind: "appointed", company: "A&B" } }));
    const withError = panelOf(
      renderSearchForm({ filters, search: { kind: "appointed" }, errors: { kind: "Choisissez." } }),
    );
    // The same values give the same panel, whatever the search words; other values their own.
    expect(panelOf(renderSearchForm({ filters, search: { q: "daf" } }))).toBe(plain);
    expect(panelOf(renderSearchForm({ filters, search: { kind: "appointed", company: "A&B" } }))).toBe(
      chosen,
    );
    expect(plain).toContain(`value="" placeholder="nom ou alias">`);
    expect(plain).not.toContain(" selected");
    expect(chosen).toContain(`value="A&amp;B" placeholder="nom ou alias">`);
    expect(chosen).toContain(`<option value="appointed" selected>Nomination</option>`);
    expect(withError).toContain(`<p class="field-error" id="kind-error">Choisissez.</p>`);
    expect(panelOf(renderSearchForm({ filters, search: { kind: "appointed" } }))).not.toContain(
      "field-error",
    );
    // Another company with the same filters: its own name, the same fields around it.
    expect(panelOf(renderSearchForm({ filters, search: { kind: "appointed", company: "Kerlog" } }))).toBe(
      chosen.replace(`value="A&amp;B"`, `value="Kerlog"`),
    );
  });
});

describe("the search page's facets", () => {
  it("link each value, escaped, with its count written the French way", () => {
    expect(
      renderSearchFacets({
        facets: [
          {
            title: "Type",
            values: [
              { url: "/recherche?q=a&kind=joined", label: "Arrivée", n: 12 },
              { url: "/x?a=<b>", label: "L&M", n: 1250 },
            ],
          },
          { title: "Année", values: [] },
        ],
      }),
    ).toBe(
      lines(`<h3 class="facet-title">Type</h3>
      <ul class="facet-list">
        <li><a href="/recherche?q=a&amp;kind=joined">Arrivée</a> <span class="muted">12</span></li><li><a href="/x?a=&lt;b&gt;">L&amp;M</a> <span class="muted">1 250</span></li>
      </ul>
      <h3 class="facet-title">Année</h3>
      <ul class="facet-list">
        
      </ul>
`),
    );
  });
});

/**
 * The search page's body and the main layout are written in code too (renderSearchPage,
 * server/main-layout-html.ts); when the change was made they were compared byte for byte with
 * views/site/search.hbs and views/layouts/main.hbs (header, footer) over the 3,980 answers of
 * test/bench/search-page-identity.ts and 360 layouts with every character Handlebars escapes.
 */
describe("the search page", () => {
  const page = {
    search: { q: "drh <x>", company: "A&B" },
    shareable: { q: "drh <x>", company: "A&B" },
    result: { items: [], count: 1200, countCapped: true, unknownCompany: true, approximate: true },
    alertUrl: "/alertes?recherche=q%3Ddrh",
    pager: { first: "/recherche?q=a&page=1", previous: null, next: "/recherche?q=a&cursor=c", page: 3 },
    facets: [{ title: "Type", values: [{ url: "/recherche?kind=joined", label: "Arrivée", n: 1500 }] }],
  };

  it("lists the results with their count, exports, alert, notices, pager and facets, escaped", () => {
    const html = renderSearchPage(page);
    expect(html.startsWith(`<h1>Recherche</h1>\n<form class="search-form card"`)).toBe(true);
    expect(html).toContain(lines(`</form>\n\n<section aria-labelledby="resultats" class="results">\n`));
    expect(html).toContain(lines(`\n      Plus de 1\u202f200 mouvements\n    </h2>\n`));
    expect(html).toContain(
      lines(
        `Exporter : <a href="/recherche.csv?q=drh+%3Cx%3E&amp;company=A%26B">CSV</a>\n      · <a href="/recherche.csv?q=drh+%3Cx%3E&amp;company=A%26B&amp;sep=semicolon">CSV Excel (;)</a>\n`,
      ),
    );
    expect(html).toContain(lines(`\n    <p><a class="button" href="/alertes?recherche=q%3Ddrh">`));
    expect(html).toContain(lines(`Aucune entreprise ne s’appelle « A&amp;B » dans l’annuaire.</p>\n`));
    expect(html).toContain(`Aucun mouvement ne contient « drh &lt;x&gt; » tel quel`);
    expect(html).toContain(
      lines(
        `<p class="muted">Aucun mouvement ne correspond à cette recherche.</p>\n    <nav class="pager" aria-label="Pagination">\n      <a class="button secondary" href="/recherche?q=a&amp;page=1">« Première page</a>\n      \n      <span class="pager-position" aria-current="page">Page 3</span>\n`,
      ),
    );
    expect(html).toContain(
      lines(
        `Affiner <span class="muted">(sur les 1\u202f200 plus récents)</span></h2>\n      <h3 class="facet-title">Type</h3>`,
      ),
    );
    expect(html.endsWith(lines(`</ul>\n    </aside>\n  </div>\n</section>\n`))).toBe(true);
  });

  it("writes the export links from the search's query string as from its parameters", () => {
    const exportsOf = (html: string) =>
      html.slice(html.indexOf("Exporter"), html.indexOf("</p>", html.indexOf("Exporter")));
    for (const shareable of [page.shareable, {}, { kind: "joined", limit: 20 }]) {
      const shared = new URLSearchParams(shareable as Record<string, string>).toString();
      expect(exportsOf(renderSearchPage({ ...page, shareable, shared: shared ? `?${shared}` : "" }))).toBe(
        exportsOf(renderSearchPage({ ...page, shareable })),
      );
    }
    expect(exportsOf(renderSearchPage({ ...page, shareable: {}, shared: "" }))).toContain(
      `<a href="/recherche.csv?sep=semicolon">CSV Excel (;)</a>`,
    );
  });

  it("is the form alone before a search, and leaves out what a result does not have", () => {
    expect(renderSearchPage({ search: {} })).toBe(`<h1>Recherche</h1>\n${renderSearchForm({ search: {} })}`);
    const html = renderSearchPage({ ...page, result: { items: [], count: 1 }, alertUrl: null, facets: [] });
    expect(html).toContain(lines(`\n      1 mouvement\n    </h2>\n`));
    expect(html).toContain(lines(`</p>\n    \n  </div>\n`));
    expect(html).not.toContain("<aside");
    expect(html.endsWith(lines(`</nav>\n    </div>\n  </div>\n</section>\n`))).toBe(true);
  });
});

describe("the main layout", () => {
  it("names the page, links its feed, marks where the visitor is and holds the page as given", () => {
    const html = renderMainLayout(
      {
        title: `« a<b> »`,
        feedUrl: "/recherche.atom?q=a&b",
        feedTitle: `Flux "x"`,
        currentPath: "/recherche",
      },
      "<p>page</p>",
    );
    expect(html).toContain(`<title>« a&lt;b&gt; » · Carnet</title>`);
    expect(html).toContain(
      lines(
        `\n  <link rel="alternate" type="application/atom+xml" title="Flux &quot;x&quot;" href="/recherche.atom?q=a&amp;b">\n</head>`,
      ),
    );
    expect(html).toContain(`<li><a href="/recherche" aria-current="page">Rechercher</a></li>`);
    expect(html).toContain(`<li><a href="/alertes">Alertes</a></li>`);
    expect(html).toContain(
      lines(`<main id="contenu" class="container">\n    <p>page</p>\n  </main>\n  <footer`),
    );
    const bare = renderMainLayout({}, "");
    expect(bare).toContain(`<title>Carnet</title>`);
    expect(bare).toContain(lines(`defer></script>\n  \n</head>`));
    expect(bare.endsWith(lines(`</footer>\n</body>\n</html>\n`))).toBe(true);
  });

  it("ends the page's last line unless its renderer says it already does", () => {
    expect(renderMainLayout({}, "<p>page</p>\n")).toBe(renderMainLayout({}, "<p>page</p>"));
    expect(renderMainLayout({}, "<p>page</p>\n", true)).toBe(renderMainLayout({}, "<p>page</p>"));
    const page = renderSearchPage({ search: {} });
    expect(renderMainLayout({}, page, true)).toBe(renderMainLayout({}, page));
  });
});
