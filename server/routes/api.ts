import { Router } from "express";
import { z } from "zod";
import { suggestCompanies } from "../../db/repositories/search.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import type { Deps } from "../deps.ts";
import { sharedRateLimit } from "../middleware/rate-limit.ts";
import { openApiDocument } from "../services/openapi.ts";
import { searchQuerySchema } from "../services/search.ts";
import { createMoveSearchCache } from "../services/search-cache.ts";
import { parseInput } from "../validation.ts";

const companiesQuery = z.object({
  q: z
    .string({ error: "texte attendu (au moins un caractère)" })
    .trim()
    .min(1, "au moins un caractère")
    .max(100, "100 caractères au plus"),
});

/** Memory for cached /api/moves answers (about 30 kB each at 50 moves a page). */
const SEARCH_CACHE_BYTES = 32 * 1024 * 1024;

/** Read-only JSON: /api/moves (the search), /api/companies (autocomplete), /api/openapi.json. */
export function createApiRouter({ db, config }: Deps): Router {
  const router = Router();
  const moves = createMoveSearchCache({ db, maxBytes: SEARCH_CACHE_BYTES });
  // Per client IP (behind a proxy, the one TRUST_PROXY lets through), counted across instances.
  if (config.API_RATE_LIMIT > 0)
    router.use("/api", sharedRateLimit(db, "api-ip", { windowMs: 60_000, limit: config.API_RATE_LIMIT }));

  router.get("/api/moves", async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query);
    const fresh = /\bno-cache\b/.test(req.get("cache-control") ?? "");
    res.type("json").send(await moves.answer(query, { fresh }));
  });

  router.get("/api/companies", async (req, res) => {
    const { q } = parseInput(companiesQuery, req.query);
    const key = companyKey(q) || q.toLowerCase();
    res.json({ items: await suggestCompanies(db, key) });
  });

  router.get("/api/openapi.json", (_req, res) => {
    res.json(openApiDocument(config.PUBLIC_URL));
  });

  return router;
}
