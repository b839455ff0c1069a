import { paths } from "../shared/site-paths.ts";
import { escaped, type MoveListOptions, renderMoveList, truthy } from "./move-list-html.ts";
import { helpers } from "./view-helpers.ts";

/**
 * The search form (the `site/search-form` partial of the search and home pages) and the search
 * page's facets (`site/search-facets`), written out by hand rather than run through Handlebars'
 * generic runtime, as the move list is (move-list-html.ts): with the facets' counts, the form was
 * most of what Handlebars still cost a search page (issue 14: the page's CPU against the API's;
 * rendering was 11 % of the page's busy samples under bench:search). The markup is the one the
 * partials made, byte for byte (test/unit/search-page-html.test.ts), checked against them on the
 * bench's pages and on forms sent back with every error when the change was made; every value is
 * escaped as `{{…}}` escaped it.
 */

interface Option {
  value?: unknown;
  label?: unknown;
}

interface FormError {
  field?: unknown;
  label?: unknown;
  message?: unknown;
  inForm?: unknown;
}

/** What the form reads of its page's context. */
export interface SearchFormContext {
  search?: Record<string, unknown> | null;
  errors?: Record<string, unknown> | null;
  errorList?: FormError[] | null;
  filters?: { kinds?: Option[]; seniorities?: Option[]; functions?: Option[] } | null;
  filtersOpen?: unknown;
  activeFilters?: unknown;
}

/** Handlebars' `eq` helper, as `{{#if (eq a b)}}` read it. */
const same = (a: unknown, b: unknown) => helpers.eq(a, b);

/** A field's `aria-invalid` and its error's paragraph, when the form came back with one. */
function fieldError(errors: Record<string, unknown>, field: string) {
  const error = errors[field];
  return truthy(error)
    ? {
        attributes: ` aria-invalid="true" aria-describedby="${field}-error"`,
        paragraph: `<p class="field-error" id="${field}-error">${escaped(error)}</p>
`,
      }
    : { attributes: "", paragraph: "" };
}

function select(
  field: string,
  label: string,
  anyLabel: string,
  options: Option[] | undefined,
  chosen: unknown,
  errors: Record<string, unknown>,
) {
  const error = fieldError(errors, field);
  let html = `<div>
<label for="${field}">${label}</label>
<select id="${field}" name="${field}"${error.attributes}>
<option value="">${anyLabel}</option>
`;
  for (const option of options ?? [])
    html += `<option value="${escaped(option.value)}"${same(option.value, chosen) ? " selected" : ""}>${escaped(option.label)}</option>`;
  if (options?.length) html += "\n";
  return `${html}</select>
${error.paragraph}</div>
`;
}

function dayInput(field: string, label: string, value: unknown, errors: Record<string, unknown>) {
  const error = fieldError(errors, field);
  return `<div>
<label for="${field}">${label} <span class="field-hint">(jj/mm/aaaa)</span></label>
<input type="text" inputmode="numeric" autocomplete="off" placeholder="jj/mm/aaaa" id="${field}" name="${field}" value="${escaped(helpers.dayField(value))}"${error.attributes}>
${error.paragraph}</div>
`;
}

/**
 * The filters panel's fields after the company's, as last written for the same values, when the form
 * has no error: nearly every search shows the same ones (no filter set, or a company alone), and
 * writing their thirty-odd options, escaped, was a tenth of rendering the page (issue 14: the page's
 * Node CPU against the API's). The company's field, which a company search changes every time, is
 * written around them: kept in the key, it made every new company's page write the whole panel
 * again. Kept per list of options (the search route's are made once) and bounded: past PANELS_KEPT
 * different ones the next is written afresh.
 */
const panelsMade = new WeakMap<object, Map<string, string>>();
const PANELS_KEPT = 64;

/** What the fields after the company's show, as a key; null when a value is not plain text (then not kept). */
function panelKey(search: Record<string, unknown>): string | null {
  const shown = [search.since, search.until, search.kind, search.seniority, search.function, search.sort];
  for (const value of shown)
    if (
      value !== undefined &&
      value !== null &&
      typeof value !== "string" &&
      typeof value !== "number" &&
      typeof value !== "boolean"
    )
      return null;
  return JSON.stringify(shown);
}

function filtersPanel(
  context: SearchFormContext,
  search: Record<string, unknown>,
  errors: Record<string, unknown>,
) {
  const company = fieldError(errors, "company");
  return `<details class="filters-panel"${truthy(context.filtersOpen) ? " open" : ""}>
<summary class="button secondary">Filtres${truthy(context.activeFilters) ? ` (${escaped(context.activeFilters)})` : ""}</summary>
<fieldset class="filters">
<legend class="visually-hidden">Filtres</legend>
<div class="grid filters-grid">
<div>
<label for="company">Entreprise</label>
<input type="text" id="company" name="company" value="${escaped(search.company)}" placeholder="nom ou alias"${company.attributes}>
${company.paragraph}</div>
${panelFields(context, search, errors)}`;
}

function panelFields(
  context: SearchFormContext,
  search: Record<string, unknown>,
  errors: Record<string, unknown>,
) {
  const filters = context.filters ?? {};
  const key = Object.keys(errors).length === 0 ? panelKey(search) : null;
  if (key === null) return panelFieldsMarkup(filters, search, errors);
  let made = panelsMade.get(filters);
  const known = made?.get(key);
  if (known !== undefined) return known;
  const html = panelFieldsMarkup(filters, search, errors);
  if (!made || made.size >= PANELS_KEPT) {
    made = new Map();
    panelsMade.set(filters, made);
  }
  made.set(key, html);
  return html;
}

function panelFieldsMarkup(
  filters: NonNullable<SearchFormContext["filters"]>,
  search: Record<string, unknown>,
  errors: Record<string, unknown>,
) {
  const sort = fieldError(errors, "sort");
  return `${dayInput("since", "Depuis le", search.since, errors)}${dayInput("until", "Jusqu’au", search.until, errors)}${select("kind", "Type", "Tous", filters.kinds, search.kind, errors)}${select("seniority", "Niveau", "Tous", filters.seniorities, search.seniority, errors)}${select("function", "Fonction", "Toutes", filters.functions, search.function, errors)}<div>
<label for="sort">Trier par</label>
<select id="sort" name="sort"${sort.attributes}>
<option value="date"${same(search.sort, "date") ? " selected" : ""}>Date (récents)</option>
<option value="relevance"${same(search.sort, "relevance") ? " selected" : ""}>Pertinence</option>
</select>
${sort.paragraph}</div>
</div>
<p class="form-actions"><button type="submit">Appliquer</button> <a class="button secondary" href="${escaped(paths.search())}">Effacer</a></p>
</fieldset>
</details>
<script src="/static/search.js" defer></script>
`;
}

/** The `site/search-form` partial: the search box, and the filters when the page offers them (`filters`). */
export function renderSearchForm(context: SearchFormContext): string {
  const search = context.search ?? {};
  const errors = context.errors ?? {};
  const errorList = context.errorList;
  let html = `<form class="search-form card" method="get" action="/recherche" role="search">
`;
  if (errorList && truthy(errorList.length)) {
    html += `<div class="flash error" role="alert">
<p><strong>La recherche n’a pas pu être lancée :</strong></p>
<ul>`;
    for (const error of errorList)
      html += `<li>${
        truthy(error.inForm)
          ? `<a href="#${escaped(error.field)}">${escaped(error.label)}</a>`
          : escaped(error.label)
      } : ${escaped(error.message)}</li>`;
    html += `</ul>
</div>
`;
  }
  const q = fieldError(errors, "q");
  html += `<div class="search-main">
<label for="q">Rechercher une personne, un poste, une entreprise</label>
<div class="search-box">
<input type="search" id="q" name="q" value="${escaped(search.q)}" placeholder="ex. directrice financière, DRH, Kerlog" autocomplete="off"${q.attributes}>
<button type="submit">Rechercher</button>
</div>
${q.paragraph}</div>
`;
  if (truthy(context.filters)) html += filtersPanel(context, search, errors);
  return `${html}</form>
`;
}

/** One facet of the search page: its title and its values, each a link narrowing the search. */
export interface FacetLinks {
  title?: unknown;
  values?: { url?: unknown; label?: unknown; n?: unknown }[] | null;
}

/** The `site/search-facets` partial: the facets' titles and lists inside the page's "Affiner" box. */
export function renderSearchFacets(context: { facets?: FacetLinks[] | null }): string {
  const facets = context.facets;
  if (!facets) return "";
  // The search route hands back the same links for a search read again (facetLinks in
  // routes/search.ts), so their markup is made once too; links are never changed once made.
  const made = facetsHtml.get(facets);
  if (made !== undefined) return made;
  const html = facetsMarkup(facets);
  facetsHtml.set(facets, html);
  return html;
}

const facetsHtml = new WeakMap<FacetLinks[], string>();

function facetsMarkup(facets: FacetLinks[]): string {
  let html = "";
  for (const facet of facets) {
    html += `<h3 class="facet-title">${escaped(facet.title)}</h3>
<ul class="facet-list">
`;
    for (const value of facet.values ?? [])
      html += `<li><a href="${escaped(value.url)}">${escaped(value.label)}</a> <span class="muted">${escaped(helpers.number(value.n))}</span></li>`;
    html += facet.values?.length ? "\n</ul>\n" : "</ul>\n";
  }
  return html;
}

/** What the search page (`site/search`, written in code) reads of its context. */
export interface SearchPageContext extends SearchFormContext {
  result?: {
    items?: MoveListOptions["moves"];
    count?: unknown;
    countCapped?: unknown;
    unknownCompany?: unknown;
    approximate?: unknown;
  } | null;
  shareable?: Record<string, unknown> | null;
  /**
   * `shareable` as a query string ("?q=…", or "" for none), when the caller has it (the search route
   * writes it once for the feed and facet links): the export links are it with their path, which
   * is what `urlWith` made of `shareable` each time.
   */
  shared?: string | null;
  alertUrl?: unknown;
  pager?: { first?: unknown; previous?: unknown; next?: unknown; page?: unknown } | null;
  facets?: FacetLinks[] | null;
}

/**
 * The CSV, Excel and Atom links of a search: `{{urlWith "/recherche.csv" shareable}}` and its
 * siblings, from the query string already written when there is one (`shared`; `sep` is never among
 * a search's parameters, so `urlWith` appended it last). Three URLSearchParams a page fewer (issue 14:
 * the page's Node CPU against the API's).
 */
function exportLinks(
  shareable: Record<string, unknown> | null | undefined,
  shared: string | null | undefined,
) {
  if (typeof shared !== "string") {
    const query = shareable as Record<string, unknown>;
    return {
      csv: helpers.urlWith("/recherche.csv", query, NO_OPTIONS),
      excel: helpers.urlWith("/recherche.csv", query, "sep", "semicolon", NO_OPTIONS),
      atom: helpers.urlWith("/recherche.atom", query, NO_OPTIONS),
    };
  }
  return {
    csv: `/recherche.csv${shared}`,
    excel: `/recherche.csv${shared ? `${shared}&` : "?"}sep=semicolon`,
    atom: `/recherche.atom${shared}`,
  };
}

/** A helper called as a template calls it: with Handlebars' options object last. */
const NO_OPTIONS = {};

/**
 * The search page's body, what views/site/search.hbs made, byte for byte (issue 14: the page's
 * Node CPU against the API's; Handlebars' runtime around the move list, form and facets, already
 * in code, was most of what rendering still cost: property lookups, a frame per block and partial,
 * the partials' contexts copied). Every value is escaped as `{{…}}` escaped it; the standalone
 * lines Handlebars dropped (blocks and partials alone on their line) are left out the same way.
 */
export function renderSearchPage(context: SearchPageContext): string {
  let html = `<h1>Recherche</h1>
${renderSearchForm(context)}`;
  const result = context.result;
  if (!truthy(result) || !result) return html;
  const search = context.search ?? {};
  const shareable = context.shareable;
  const pager = context.pager ?? {};
  const capped = truthy(result.countCapped);
  const exports = exportLinks(shareable, context.shared);
  html += `<section aria-labelledby="resultats" class="results">
<div class="results-head">
<h2 id="resultats" aria-live="polite">
${
  capped
    ? `Plus de ${escaped(helpers.number(result.count))} mouvements`
    : escaped(helpers.plural(result.count, "mouvement", "mouvements"))
}
</h2>
<p class="exports">
Exporter : <a href="${escaped(exports.csv)}">CSV</a>
· <a href="${escaped(exports.excel)}">CSV Excel (;)</a>
· <a href="${escaped(exports.atom)}">Flux Atom</a>
</p>
${truthy(context.alertUrl) ? `<p><a class="button" href="${escaped(context.alertUrl)}">Recevoir les nouveaux résultats par e-mail</a></p>\n` : ""}</div>
<div class="results-layout">
<div class="results-main">
${truthy(result.unknownCompany) ? `<p class="flash error">Aucune entreprise ne s’appelle « ${escaped(search.company)} » dans l’annuaire.</p>\n` : ""}${truthy(result.approximate) ? `<p class="flash">Aucun mouvement ne contient « ${escaped(search.q)} » tel quel : voici les noms les plus proches.</p>\n` : ""}${renderMoveList({ moves: result.items, empty: "Aucun mouvement ne correspond à cette recherche." })}<nav class="pager" aria-label="Pagination">
${truthy(pager.first) ? `<a class="button secondary" href="${escaped(pager.first)}">« Première page</a>\n` : ""}${truthy(pager.previous) ? `<a class="button secondary" rel="prev" href="${escaped(pager.previous)}">← Page précédente</a>\n` : ""}${truthy(helpers.or(pager.previous, pager.next, NO_OPTIONS)) ? `<span class="pager-position" aria-current="page">Page ${escaped(pager.page)}</span>\n` : ""}${truthy(pager.next) ? `<a class="button" rel="next" href="${escaped(pager.next)}">Page suivante →</a>\n` : ""}</nav>
</div>
`;
  if (truthy(context.facets?.length))
    html += `<aside class="facets card" aria-labelledby="affiner">
<h2 id="affiner" class="small-heading">Affiner${capped ? ` <span class="muted">(sur les ${escaped(helpers.number(result.count))} plus récents)</span>` : ""}</h2>
${renderSearchFacets(context)}</aside>
`;
  return `${html}</div>
</section>
`;
}
