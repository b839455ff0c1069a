import { Router } from "express";
import { z } from "zod";
import { suggestCompanies } from "../../db/repositories/search.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import type { Deps } from "../deps.ts";
import { openApiDocument } from "../services/openapi.ts";
import { searchMovesAsJson, searchQuerySchema } from "../services/search.ts";
import { parseInput } from "../validation.ts";

const companiesQuery = z.object({
  q: z
    .string({ error: "texte attendu (au moins un caractère)" })
    .trim()
    .min(1, "au moins un caractère")
    .max(100, "100 caractères au plus"),
});

/** Read-only JSON: /api/moves (the search), /api/companies (autocomplete), /api/openapi.json. */
export function createApiRouter({ db, config }: Deps): Router {
  const router = Router();

  router.get("/api/moves", async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query);
    // Each item is already the JSON of a move as the API publishes it (see /api/openapi.json),
    // built by PostgreSQL: the page is sent without being parsed and serialized again.
    const result = await searchMovesAsJson(db, query, { defaultLimit: 50 });
    res
      .type("json")
      .send(`{"items":[${result.items.join(",")}],"next_cursor":${JSON.stringify(result.nextCursor)}}`);
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
