import { Router } from "express";
import { z } from "zod";
import type { MoveRecord } from "../../db/repositories/directory.ts";
import { suggestCompanies } from "../../db/repositories/search.ts";
import { companyKey } from "../../jobs/parse/index.ts";
import type { Deps } from "../deps.ts";
import { openApiDocument } from "../services/openapi.ts";
import { searchMoves, searchQuerySchema } from "../services/search.ts";
import { parseInput } from "../validation.ts";

const companiesQuery = z.object({
  q: z
    .string({ error: "texte attendu (au moins un caractère)" })
    .trim()
    .min(1, "au moins un caractère")
    .max(100, "100 caractères au plus"),
});

/** The published shape of a move (see /api/openapi.json). */
const toApiMove = ({ source, ...move }: MoveRecord) => ({
  ...move,
  source: { issue_id: source.issue_id, title: source.title, paragraph: source.paragraph },
});

/** Read-only JSON: /api/moves (the search), /api/companies (autocomplete), /api/openapi.json. */
export function createApiRouter({ db, config }: Deps): Router {
  const router = Router();

  router.get("/api/moves", async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query);
    const result = await searchMoves(db, query, { defaultLimit: 50 });
    res.json({ items: result.items.map(toApiMove), next_cursor: result.nextCursor });
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
