import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
import { parisDay } from "../services/directory.ts";
import { writeMovesCsv } from "../services/exports.ts";
import {
  FUNCTIONS,
  KINDS,
  SENIORITIES,
  type SearchQuery,
  searchMoves,
  searchQuerySchema,
} from "../services/search.ts";
import { parseInput } from "../validation.ts";
import { FUNCTION_LABELS, KIND_LABELS, SENIORITY_LABELS } from "../view-helpers.ts";

const options = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const FILTER_OPTIONS = {
  kinds: options(KINDS, KIND_LABELS),
  seniorities: options(SENIORITIES, SENIORITY_LABELS),
  functions: options(FUNCTIONS, FUNCTION_LABELS),
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

/** /recherche and its CSV export: the whole query lives in the URL, so any search can be shared. */
export function createSearchRouter({ db, config, clock }: Deps): Router {
  const router = Router();

  router.get("/recherche", async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query);
    const result = await searchMoves(db, query, { defaultLimit: 20, count: true });
    const { cursor: _cursor, ...shareable } = query;
    res.render("site/search", {
      title: query.q ? `Recherche « ${query.q} »` : "Recherche",
      search: query,
      shareable,
      result,
      filters: FILTER_OPTIONS,
      feedUrl: `/recherche.atom${queryString(shareable)}`,
      feedTitle: "Flux Atom de cette recherche",
      // Saving needs one criterion at least (an empty search would mail every move).
      alertUrl: hasCriteria(query)
        ? `/alertes?recherche=${encodeURIComponent(queryString(shareable).slice(1))}`
        : null,
    });
  });

  router.get("/recherche.csv", async (req, res) => {
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
