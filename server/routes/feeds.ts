import { Router } from "express";
import { paths } from "../../shared/site-paths.ts";
import type { Deps } from "../deps.ts";
import { MovedPermanently } from "../services/directory.ts";
import { companyFeed, searchFeed } from "../services/feeds.ts";
import { searchQuerySchema } from "../services/search.ts";
import { parseInput, slugParams } from "../validation.ts";
import { queryString } from "./search.ts";

/** Atom feeds: any search (/recherche.atom?…) and each company. */
export function createFeedsRouter({ db, config, clock }: Deps): Router {
  const router = Router();
  const base = config.PUBLIC_URL;

  router.get(paths.searchFeed(), async (req, res) => {
    const { cursor: _c, ...query } = parseInput(searchQuerySchema, req.query);
    const qs = queryString(query);
    const xml = await searchFeed(
      db,
      query,
      { self: base + paths.searchFeed(qs), page: base + paths.search(qs), base },
      clock.now(),
    );
    res.type("application/atom+xml; charset=utf-8").send(xml);
  });

  router.get(paths.companyFeed(":slug"), async (req, res) => {
    const xml = await companyFeed(db, parseInput(slugParams, req.params).slug, base, clock.now());
    if (xml instanceof MovedPermanently) return res.redirect(301, paths.companyFeed(xml.slug));
    res.type("application/atom+xml; charset=utf-8").send(xml);
  });

  return router;
}
