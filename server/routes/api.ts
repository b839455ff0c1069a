import { Router } from "express";
import { companyKey, personKey } from "../../shared/names.ts";
import { paths } from "../../shared/site-paths.ts";
import type { Deps } from "../deps.ts";
import { apiAccess } from "../middleware/api-access.ts";
import { apiReferencePage } from "../services/api-reference.ts";
import { type ApiCompanyPosts, suggestQuery } from "../services/api-schemas.ts";
import { companyPostsPage, MovedPermanently } from "../services/directory.ts";
import { openApiDocument } from "../services/openapi.ts";
import { searchQuerySchema } from "../services/search.ts";
import { createMoveSearchCache } from "../services/search-cache.ts";
import { suggestCompanies, suggestPeople } from "../services/suggestions.ts";
import { parseInput, slugParams } from "../validation.ts";

/** Memory for cached /api/moves answers (about 30 kB each at 50 moves a page). */
const SEARCH_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Read-only JSON: /api/moves (the search), /api/companies and /api/people (autocomplete),
 * /api/openapi.json.
 */
export function createApiRouter(deps: Deps): Router {
  const { readDb, config } = deps;
  const router = Router();
  router.use("/api", apiAccess(deps));
  // Answers from a replica when there is one; the rate limits' counters stay on the primary.
  const moves = createMoveSearchCache({ db: readDb, maxBytes: SEARCH_CACHE_BYTES });

  router.get("/api/moves", async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query);
    const fresh = /\bno-cache\b/.test(req.get("cache-control") ?? "");
    res.type("json").send(await moves.answer(query, { fresh }));
  });

  router.get("/api/companies", async (req, res) => {
    const { q } = parseInput(suggestQuery, req.query);
    const key = companyKey(q) || q.toLowerCase();
    res.json({ items: await suggestCompanies(readDb, key) });
  });

  router.get("/api/companies/:slug/posts", async (req, res) => {
    const page = await companyPostsPage(readDb, parseInput(slugParams, req.params).slug);
    if (page instanceof MovedPermanently) return res.redirect(301, `/api/companies/${page.slug}/posts`);
    res.json(page satisfies ApiCompanyPosts);
  });

  router.get("/api/people", async (req, res) => {
    const { q } = parseInput(suggestQuery, req.query);
    res.json({ items: await suggestPeople(readDb, personKey(q) || q.toLowerCase()) });
  });

  router.get("/api/openapi.json", (_req, res) => {
    res.json(openApiDocument(config.PUBLIC_URL));
  });

  return router;
}

/**
 * /api: the OpenAPI document as a French page for people (the footer's "API" link). Rendered in the
 * site's layout, so it is mounted after the locals the layout reads, unlike the JSON routes.
 */
export function createApiPageRouter({ config }: Deps): Router {
  const router = Router();
  router.get("/api", (_req, res) => {
    res.render("site/api", {
      title: "API",
      ...apiReferencePage(config.PUBLIC_URL),
      feeds: {
        search: paths.searchFeed("?…"),
        searchExample: paths.searchFeed("?q=directeur+financier"),
        company: paths.companyFeed("<slug>"),
      },
    });
  });

  return router;
}
