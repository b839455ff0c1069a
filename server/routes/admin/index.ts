import { Router } from "express";
import type { Deps } from "../../deps.ts";
import { requireAdmin, requireRole } from "../../middleware/require-admin.ts";
import type { Csrf } from "../../middleware/security.ts";
import { createPersonRequestService } from "../../services/person-requests.ts";
import { openSourceAlerts } from "../../services/sources.ts";
import { createAccountsRouter } from "./accounts.ts";
import { createAuditRouter } from "./audit.ts";
import { createDirectoryRouter } from "./directory.ts";
import { takeFlash } from "./flash.ts";
import { createImportsRouter, uploadedFiles } from "./imports.ts";
import { createIntegrationsRouter } from "./integrations.ts";
import { createPersonRequestsAdminRouter } from "./person-requests.ts";
import { createPrivacyAdminRouter } from "./privacy.ts";
import { createReviewRouter } from "./review.ts";
import { createSessionRouter } from "./session.ts";
import { createSourcesRouter } from "./sources.ts";
import { createSubscribersRouter } from "./subscribers.ts";
import { createSuppressionsRouter } from "./suppressions.ts";

/**
 * The admin console under /admin. Editors curate the directory (review, edits, merges, aliases,
 * imports); admins also manage accounts, subscribers and the mail log, removals and the audit log.
 * Every state-changing request carries a CSRF token (403 without it).
 */
export function createAdminRouter(deps: Deps, csrf: Csrf): Router {
  const router = Router();
  // Nothing under /admin belongs in a search engine or a shared cache.
  router.use((_req, res, next) => {
    res.set("X-Robots-Tag", "noindex, nofollow");
    res.set("Cache-Control", "no-store");
    next();
  });
  router.use(createSessionRouter(deps, csrf));

  router.use(requireAdmin(deps.db));
  // Multipart bodies are read (size-limited) before the CSRF check, which needs their _csrf field.
  router.use("/imports", uploadedFiles(deps.config));
  router.use(csrf.protect, csrf.provideToken, takeFlash);
  // Source health events stay in a banner on every admin page until dismissed on the Sources page.
  router.use(async (_req, res, next) => {
    res.locals.sourceAlerts = await openSourceAlerts(deps.db);
    next();
  });
  // Listed people's requests due within a week stay in a banner on every page of an admin's
  // console, its home included, until answered (issue 17: the legal deadline is one month).
  const personRequests = createPersonRequestService(deps);
  router.use(async (_req, res, next) => {
    if (res.locals.isAdminRole) res.locals.personRequestsDue = await personRequests.dueSoon();
    next();
  });

  router.get("/", (_req, res) => res.redirect(303, "/admin/revue"));
  router.use(createReviewRouter(deps));
  router.use(createDirectoryRouter(deps));
  router.use(createImportsRouter(deps));
  router.use(createSourcesRouter(deps));

  const adminOnly = requireRole("admin");
  router.use("/abonnes", adminOnly);
  router.use("/courriels", adminOnly);
  router.use("/suppressions", adminOnly);
  router.use("/journal", adminOnly);
  router.use("/comptes", adminOnly);
  router.use("/integrations", adminOnly);
  router.use(createSubscribersRouter(deps));
  router.use(createSuppressionsRouter(deps));
  router.use(createAuditRouter(deps));
  router.use(createAccountsRouter(deps));
  // Privacy (issue 17): the privacy page and consent wording.
  router.use("/confidentialite", adminOnly);
  router.use(createPrivacyAdminRouter(deps));
  router.use("/demandes", adminOnly);
  router.use(createPersonRequestsAdminRouter(deps));
  router.use(createIntegrationsRouter(deps));
  return router;
}
