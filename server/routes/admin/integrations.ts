import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-tokens.ts";
import { parseInput } from "../../validation.ts";
import { flash } from "./flash.ts";

const id = z.coerce.number().int().positive();

/** Intégrations (admins): API read tokens. */
export function createIntegrationsRouter(deps: Deps): Router {
  const { db, clock, config } = deps;
  const router = Router();

  const render = async (_req: Request, res: Response, extra: Record<string, unknown> = {}) =>
    res.render("admin/integrations", {
      title: "Intégrations",
      section: "integrations",
      tokens: await listApiTokens(db),
      limits: { anonymous: config.API_RATE_LIMIT, token: config.API_TOKEN_RATE_LIMIT },
      ...extra,
    });

  router.get("/integrations", (req, res) => render(req, res));

  // The token is in this one answer and nowhere else: no redirect, no flash kept in the session.
  router.post("/integrations/jetons", async (req, res) => {
    const { name } = parseInput(
      z.object({ name: z.string().trim().min(1, "nom requis").max(200) }),
      req.body,
    );
    const created = await createApiToken(db, actorOf(res), name);
    res.set("Cache-Control", "no-store");
    await render(req, res, { created: { name, token: created.token } });
  });

  router.post("/integrations/jetons/:id/revoquer", async (req, res) => {
    const name = await revokeApiToken(db, actorOf(res), parseInput(id, req.params.id), clock.now());
    flash(req, `Jeton « ${name} » révoqué : il est refusé dès maintenant.`);
    res.redirect(303, "/admin/integrations");
  });

  return router;
}
