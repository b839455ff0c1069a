import { Router } from "express";
import { z } from "zod";
import { paths } from "../../shared/site-paths.ts";
import type { Deps } from "../deps.ts";
import { companyPage, homePage, issuePage, MovedPermanently, personPage } from "../services/directory.ts";
import { parseInput, slugParams } from "../validation.ts";

const issueParams = z.object({
  id: z.coerce
    .number({ error: "numéro entier attendu" })
    .int("numéro entier attendu")
    .positive("numéro entier attendu"),
});

/** Home, person, company and source (newsletter issue) pages. Old slugs answer 301 to the current one. */
export function createSiteRouter({ db, clock }: Deps): Router {
  const router = Router();

  router.get(paths.home(), async (_req, res) => {
    res.render("site/home", { title: "Qui a bougé où", ...(await homePage(db, clock)) });
  });

  router.get(paths.person(":slug"), async (req, res) => {
    const page = await personPage(db, parseInput(slugParams, req.params).slug);
    if (page instanceof MovedPermanently) return res.redirect(301, paths.person(page.slug));
    res.render("site/person", { title: page.person.name, ...page });
  });

  router.get(paths.company(":slug"), async (req, res) => {
    const page = await companyPage(db, parseInput(slugParams, req.params).slug, clock);
    if (page instanceof MovedPermanently) return res.redirect(301, paths.company(page.slug));
    res.render("site/company", {
      title: page.company.name,
      ...page,
      // The alerts page reads ?entreprise= to fill in its subscription form.
      followUrl: `${paths.alerts()}?entreprise=${encodeURIComponent(page.company.name)}`,
      feedUrl: paths.companyFeed(page.company.slug),
      feedTitle: `Mouvements chez ${page.company.name}`,
    });
  });

  router.get(paths.issue(":id"), async (req, res) => {
    const { id } = parseInput(issueParams, req.params);
    const page = await issuePage(db, id);
    res.render("site/issue", { title: page.issue.title ?? `Numéro ${id}`, ...page });
  });

  return router;
}
