import { type Response, Router } from "express";
import { z } from "zod";
import { parisDay } from "../../shared/calendar.ts";
import { paths } from "../../shared/site-paths.ts";
import { JOB_FUNCTIONS, MOVE_KINDS, SENIORITIES } from "../../shared/vocabulary.ts";
import type { Deps } from "../deps.ts";
import { Invalid } from "../errors.ts";
import { writeMovesCsv } from "../services/exports.ts";
import {
  type FacetCount,
  type SearchQuery,
  searchMoveListings,
  searchQuerySchema,
} from "../services/search.ts";
import { formInput, parseInput } from "../validation.ts";
import { FUNCTION_LABELS, KIND_LABELS, SENIORITY_LABELS } from "../view-helpers.ts";
import type { Views } from "../views.ts";

const options = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const FILTER_OPTIONS = {
  kinds: options(MOVE_KINDS, KIND_LABELS),
  seniorities: options(SENIORITIES, SENIORITY_LABELS),
  functions: options(JOB_FUNCTIONS, FUNCTION_LABELS),
};

const csvSchema = searchQuerySchema.and(
  z.object({
    sep: z.preprocess(
      (v) => (v === undefined || v === "" || v === "comma" ? "," : v === "semicolon" ? ";" : v),
      z.enum([",", ";"], { error: "valeur attendue : , ou ; (ou comma, semicolon)" }),
    ),
  }),
);

const hasCriteria = (q: SearchQuery) => Boolean(q.q || q.company || q.kind || q.seniority || q.function);
/** The fields folded behind the "Filtres" button. */
const FILTER_FIELDS = ["company", "since", "until", "kind", "seniority", "function", "sort"] as const;

const FIELD_LABELS: Record<string, string> = {
  q: "Recherche",
  company: "Entreprise",
  since: "Depuis le",
  until: "Jusqu’au",
  kind: "Type",
  seniority: "Niveau",
  function: "Fonction",
  sort: "Trier par",
  cursor: "Page",
  page: "Numéro de page",
  avant: "Pages précédentes",
  limit: "Nombre de résultats",
};

/** Lists of values are named by their French labels: a recruiter never sees "joined". */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  kind: KIND_LABELS,
  seniority: SENIORITY_LABELS,
  function: FUNCTION_LABELS,
  sort: { date: "Date", relevance: "Pertinence" },
};

/** One French message per field, as the form shows it beside the field. */
function formErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "q");
    if (errors[field]) continue;
    const choices = CHOICE_LABELS[field];
    const message = choices
      ? `choisissez une valeur de la liste (${Object.values(choices).join(", ")})`
      : issue.message;
    errors[field] = `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  }
  return errors;
}

/**
 * A bad parameter on the page brings the form back (400) with what was typed kept and the message
 * beside its field, rather than a dead-end error page; the JSON API keeps its 400 naming the field.
 */
function renderFormErrors(
  views: Views,
  input: Record<string, unknown>,
  res: Response,
  errors: Record<string, string>,
) {
  const kept: Record<string, string> = {};
  for (const field of ["q", ...FILTER_FIELDS])
    if (typeof input[field] === "string") kept[field] = input[field] as string;
  sendSearchPage(views, res.status(400), {
    title: "Recherche : à corriger",
    search: kept,
    errors,
    errorList: Object.entries(errors).map(([field, message]) => ({
      field,
      label: FIELD_LABELS[field] ?? field,
      message,
      inForm: field === "q" || (FILTER_FIELDS as readonly string[]).includes(field),
    })),
    filtersOpen: FILTER_FIELDS.some((f) => errors[f]),
    filters: FILTER_OPTIONS,
  });
}

const FACET_TITLES: [FacetCount["facet"], string][] = [
  ["kind", "Type"],
  ["seniority", "Niveau"],
  ["function", "Fonction"],
  ["company", "Entreprise"],
  ["year", "Année"],
];

/**
 * The facets beside the results: each value a link to the same search with that filter added
 * (a year is a date range); a facet whose filter is already set is not offered again.
 */
function facetLinks(shareable: Record<string, unknown>, shared: string, counts: FacetCount[]) {
  // A search's counts are remembered (countsSeen in services/search.ts) and handed back as the same
  // array until the directory changes: its links are made once per query string (issue 14: building
  // them was about 2 % of the page's CPU, and rendering them as much, for a search read again).
  // `shared` and the keys of `shareable` are all the links depend on besides the counts.
  const key = `${Object.keys(shareable).join(",")}|${shared}`;
  const known = facetLinksMade.get(counts);
  const made = known?.get(key);
  if (made) return made;
  const links = makeFacetLinks(shareable, shared, counts);
  // Kept from the counts' second showing, as records and pages are (recordsSeen, pagesSent): most
  // searches are asked once (a name, a company), and their links, with the markup made of them
  // (renderSearchFacets), lived as long as their counts (COUNTS_REMEMBERED searches), about 22 kB a
  // search that every young-generation GC copied and promoted before it died in the old one
  // (issue 14: the search page's GC, three times the API's in its CPU profile).
  if (!countsShownOnce.has(counts)) {
    countsShownOnce.add(counts);
    return links;
  }
  const byQuery = known && known.size < 8 ? known : new Map<string, ReturnType<typeof makeFacetLinks>>();
  byQuery.set(key, links);
  facetLinksMade.set(counts, byQuery);
  return links;
}

/** The arrays of counts whose links were made once and not kept (facetLinks); gone with the counts. */
const countsShownOnce = new WeakSet<FacetCount[]>();

/** The links made for a remembered array of counts, by query; gone with the counts. */
const facetLinksMade = new WeakMap<FacetCount[], Map<string, ReturnType<typeof makeFacetLinks>>>();

function makeFacetLinks(shareable: Record<string, unknown>, shared: string, counts: FacetCount[]) {
  const labels: Record<string, Record<string, string>> = CHOICE_LABELS;
  // The search's parameters serialized once (`shared`: queryString(shareable)), each link's filter
  // appended: the thirty-odd links of a page each serialized the whole query before (issue 14: the
  // page's CPU against the API's). A filter already named in the query, even blank ("kind="), keeps
  // its place, and a value queryString would leave out stays out: those are serialized whole.
  const withFilter = (params: Record<string, string>) =>
    Object.entries(params).some(([key, value]) => key in shareable || !value)
      ? paths.search(queryString({ ...shareable, ...params }))
      : paths.search(`${shared ? `${shared}&` : "?"}${formEncoded(params)}`);
  return FACET_TITLES.filter(([facet]) =>
    facet === "year" ? !shareable.since && !shareable.until : !shareable[facet],
  )
    .map(([facet, title]) => ({
      title,
      values: counts
        .filter((c) => c.facet === facet)
        .sort((a, b) => (facet === "year" ? b.value.localeCompare(a.value) : b.n - a.n))
        .map((c) => ({
          label: c.label ?? labels[facet]?.[c.value] ?? c.value,
          n: c.n,
          url: withFilter(
            facet === "year"
              ? { since: `${c.value}-01-01`, until: `${c.value}-12-31` }
              : { [facet]: c.value },
          ),
        })),
    }))
    .filter((f) => f.values.length > 0);
}

/** What URLSearchParams serializes as itself (application/x-www-form-urlencoded's unescaped bytes). */
const FORM_SAFE = /^[\w.*-]*$/;

/**
 * `${new URLSearchParams(params)}`, written directly when every key and value is made of characters
 * the form encoding leaves as they are (a facet's codes, slugs and days nearly always are): a facet
 * link each, thirty-odd a page (issue 14: the page's Node CPU and garbage against the API's).
 */
function formEncoded(params: Record<string, string>): string {
  let encoded = "";
  for (const [key, value] of Object.entries(params)) {
    if (!FORM_SAFE.test(key) || !FORM_SAFE.test(value)) return `${new URLSearchParams(params)}`;
    encoded += `${encoded ? "&" : ""}${key}=${value}`;
  }
  return encoded;
}

/**
 * Where a results page sits: pages go forward by keyset cursor, so going back needs the cursors of
 * the pages before. The URL carries them (`avant`, oldest first, page 1 having none) with the page
 * number, newest PAGE_TRAIL kept: far back, "Première page" is the way home.
 */
const PAGE_TRAIL = 50;
const pagePosition = z.object({
  page: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: "nombre entier attendu" })
      .int("nombre entier attendu")
      .min(1)
      .max(1_000_000)
      .optional(),
  ),
  avant: z
    .string({ error: "texte attendu" })
    .max(PAGE_TRAIL * 301, "liste de pages trop longue")
    .regex(/^[A-Za-z0-9_\-.]*$/, "utilisez les liens de pagination tels quels")
    .optional(),
});

function pager(
  shareable: Record<string, unknown>,
  cursor: string | undefined,
  nextCursor: string | null,
  at: z.output<typeof pagePosition>,
) {
  const trail = cursor && at.avant ? at.avant.split(".").filter(Boolean) : [];
  const page = cursor ? Math.max(at.page ?? trail.length + 2, 2) : 1;
  const link = (params: Record<string, unknown>) => paths.search(queryString({ ...shareable, ...params }));
  const previous =
    page === 2
      ? link({})
      : trail.length > 0
        ? link({ cursor: trail.at(-1), page: page - 1, avant: trail.slice(0, -1).join(".") })
        : null;
  const next = nextCursor
    ? link({
        cursor: nextCursor,
        page: page + 1,
        avant: cursor ? [...trail, cursor].slice(-PAGE_TRAIL).join(".") : "",
      })
    : null;
  return { page, first: page > 2 ? link({}) : null, previous, next };
}

/**
 * The search page, written in code (search-page-html.ts) and so with no .hbs file for Express's
 * res.render to look up: rendered in the main layout. Of the locals res.render would merge in, the
 * page and its layout (main-layout-html.ts) read only the current path: copying the app's and the
 * response's into every page's data was work for nothing (and parsed the query string once more
 * for `res.locals.query`, see app.ts).
 *
 * Sent without an ETag, so not through res.send: Express made a Buffer of the 20-odd kB page and
 * hashed it with SHA-1 on every request, for a 304 that saves only the bytes on the wire, since a
 * conditional request runs the search and renders the page all the same (issue 14: about 0.2 ms of
 * the page's Node CPU, in place, with search-page-render-ab.ts). Node writes the string as it is.
 */
function sendSearchPage(views: Views, res: Response, data: Record<string, unknown>) {
  sendHtml(res, Buffer.from(views.render("site/search", { currentPath: res.locals.currentPath, ...data })));
}

/**
 * The page as UTF-8, encoded once (Content-Length and the write read the same bytes). The type is
 * the one res.type("html") sets, written as it comes out: Express looked "html" up and formatted
 * its charset twice on every page (about 1 % of the page's busy samples under load, issue 14).
 */
const HTML_TYPE = "text/html; charset=utf-8";

function sendHtml(res: Response, body: Buffer) {
  res.setHeader("Content-Type", HTML_TYPE);
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/**
 * The last page sent for each address (path and query string), with what it was made of besides
 * the address: the current path and the search's result, its moves and facets by identity. The
 * page is a pure function of them (no clock, no visitor: it is served before sessions), and a
 * search read again before the directory changes is made of the same objects (recordsSeen and
 * markedListings in the search service, the counts remembered): then the page is sent again as it
 * was, not rendered (issue 14: rendering and encoding were the page's own Node CPU beside the
 * API's). Anything else, and it is rendered. Bounded by PAGES_SENT_BYTES, cleared when full.
 */
const PAGES_SENT_BYTES = 16 * 1024 * 1024;

const pageMadeOf = (currentPath: unknown, result: Awaited<ReturnType<typeof searchMoveListings>>) => [
  currentPath,
  result.nextCursor,
  result.count,
  result.countCapped,
  result.approximate,
  result.unknownCompany,
  result.sort,
  result.facets,
  ...result.items,
];

const sameParts = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One router's pages sent, so that an app with other views or settings in the same process (tests,
 * several instances) never sends another's bytes. A page is kept from its second sending only, so
 * that pages asked once (most searches for a name or a company) do not fill the memory, and the
 * garbage collector's old generation, with bytes no one asks for again.
 */
function pagesSentMemory() {
  const pages = new Map<string, { madeOf: unknown[]; body: Buffer }>();
  const addressesSent = new Set<string>();
  let bytes = 0;
  return {
    /** The page last sent for this address, when it was made of the same parts. */
    sentAgain(address: string, madeOf: unknown[]): Buffer | undefined {
      const sent = pages.get(address);
      return sent && sameParts(sent.madeOf, madeOf) ? sent.body : undefined;
    },
    remember(address: string, madeOf: unknown[], body: Buffer) {
      if (!addressesSent.has(address)) {
        if (addressesSent.size >= 10_000) addressesSent.clear();
        addressesSent.add(address);
        return;
      }
      if (bytes + body.length > PAGES_SENT_BYTES) {
        pages.clear();
        bytes = 0;
      }
      const before = pages.get(address);
      if (before) bytes -= before.body.length;
      pages.set(address, { madeOf, body });
      bytes += body.length;
    },
  };
}

/** /recherche and its CSV export: the whole query lives in the URL, so any search can be shared. */
export function createSearchRouter({ db, config, clock, views }: Deps): Router {
  const router = Router();
  const pagesSent = pagesSentMemory();

  router.get(paths.search(), async (req, res) => {
    // Express 5 parses the query string again at each read of req.query: read once.
    const input = req.query;
    const parsed = formInput(searchQuerySchema).safeParse(input);
    if (!parsed.success) {
      renderFormErrors(views, input, res, formErrors(parsed.error.issues));
      return;
    }
    const query = parsed.data;
    // A first page (nearly every search) has no position to check.
    const position =
      input.page === undefined && input.avant === undefined
        ? ({ success: true, data: {} } as const)
        : formInput(pagePosition).safeParse({ page: input.page, avant: input.avant });
    if (!position.success) {
      renderFormErrors(views, input, res, formErrors(position.error.issues));
      return;
    }
    let result: Awaited<ReturnType<typeof searchMoveListings>>;
    try {
      result = await searchMoveListings(db, query, {
        defaultLimit: 20,
        count: true,
        highlight: true,
        facets: true,
      });
    } catch (error) {
      // A stale or edited "page suivante" link: the search itself is fine, start it again.
      if (!(error instanceof Invalid)) throw error;
      renderFormErrors(views, input, res, { [error.field ?? "q"]: error.message });
      return;
    }
    const madeOf = pageMadeOf(res.locals.currentPath, result);
    const sent = pagesSent.sentAgain(req.originalUrl, madeOf);
    if (sent) {
      sendHtml(res, sent);
      return;
    }
    const { cursor: _cursor, ...shareable } = query;
    const shared = queryString(shareable);
    const body = Buffer.from(
      views.render("site/search", {
        currentPath: res.locals.currentPath,
        title: query.q ? `Recherche « ${query.q} »` : "Recherche",
        search: query,
        shareable,
        shared,
        result,
        pager: pager(shareable, query.cursor, result.nextCursor, position.data),
        filters: FILTER_OPTIONS,
        facets: facetLinks(shareable, shared, result.facets ?? []),
        activeFilters: FILTER_FIELDS.filter((f) => f !== "sort" && query[f] !== undefined).length,
        feedUrl: paths.searchFeed(shared),
        feedTitle: "Flux Atom de cette recherche",
        // Saving needs one criterion at least (an empty search would mail every move).
        alertUrl: hasCriteria(query)
          ? `${paths.alerts()}?recherche=${encodeURIComponent(shared.slice(1))}`
          : null,
      }),
    );
    pagesSent.remember(req.originalUrl, madeOf, body);
    sendHtml(res, body);
  });

  router.get(paths.searchCsv(), async (req, res) => {
    const { sep, ...query } = parseInput(csvSchema, req.query);
    res.type("text/csv; charset=utf-8");
    res.attachment(`carnet-mouvements-${parisDay(clock.now())}.csv`);
    // A failure goes to the error handler (a 500 before the first byte, a cut connection after);
    // a client hanging up mid-download is not an error of ours.
    await writeMovesCsv(db, query, { separator: sep, baseUrl: config.PUBLIC_URL }, res).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
    });
  });

  return router;
}

export function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
