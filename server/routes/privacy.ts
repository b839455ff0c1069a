import { Router } from "express";
import { paths } from "../../shared/site-paths.ts";
import type { Deps } from "../deps.ts";
import { privacyPage } from "../services/legal-texts.ts";

/** /confidentialite: the privacy page, its latest version (linked from every footer and e-mail). */
export function createPrivacyRouter({ db }: Deps): Router {
  const router = Router();
  router.get(paths.privacy(), async (_req, res) => {
    res.render("site/confidentialite", {
      title: "Confidentialité et données personnelles",
      ...(await privacyPage(db)),
    });
  });
  return router;
}
