import { Router } from "express";
import { z } from "zod";
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

  router.get("/", async (_req, res) => {
    res.render("site/home", { title: "Qui a bougé où", ...(await homePage(db, clock)) });
  });

  router.get("/personnes/:slug", async (req, res) => {
    const page = await personPage(db, parseInput(slugParams, req.params).slug);
    if (page instanceof MovedPermanently) return res.redirect(301, `/personnes/${page.slug}`);
    res.render("site/person", { title: page.person.name, ...page });
  });

  router.get("/entreprises/:slug", async (req, res) => {
    const page = await companyPage(db, parseInput(slugParams, req.params).slug, clock);
    if (page instanceof MovedPermanently) return res.redirect(301, `/entreprises/${page.slug}`);
    res.render("site/company", {
      title: page.company.name,
      ...page,
      // The alerts page reads ?entreprise= to fill in its subscription form.
      followUrl: `/alertes?entreprise=${encodeURIComponent(page.company.name)}`,
      feedUrl: `/entreprises/${page.company.slug}/feed.atom`,
      feedTitle: `Mouvements chez ${page.company.name}`,
    });
  });

  router.get("/numeros/:id", async (req, res) => {
    const { id } = parseInput(issueParams, req.params);
    const page = await issuePage(db, id);
    res.render("site/issue", { title: page.issue.title ?? `Numéro ${id}`, ...page });
  });

  return router;
}
