import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-tokens.ts";
import {
  createWebhook,
  deleteWebhook,
  listWebhookAttempts,
  listWebhooks,
  reactivateWebhook,
} from "../../services/webhooks.ts";
import { idParam as id, parseInput } from "../../validation.ts";
import { flash } from "./flash.ts";

const lines = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/[\n,;]/)
      .map((x) => x.trim())
      .filter(Boolean),
  );

const webhookForm = z.object({
  name: z.string().trim().min(1, "nom requis").max(200, "200 caractères au plus"),
  url: z.string().trim().min(1, "adresse requise").max(2000, "2 000 caractères au plus"),
  format: z.enum(["json", "slack"], { error: "format attendu : json ou slack" }).default("json"),
  companies: lines,
  people: lines,
  search: z.string().trim().max(2000).optional().default(""),
});

/** Intégrations (admins): API read tokens and webhooks. */
export function createIntegrationsRouter(deps: Deps): Router {
  const { db, clock, config } = deps;
  const router = Router();

  const render = async (_req: Request, res: Response, extra: Record<string, unknown> = {}) =>
    res.render("admin/integrations", {
      title: "Intégrations",
      section: "integrations",
      tokens: await listApiTokens(db),
      webhooks: await listWebhooks(db),
      attempts: await listWebhookAttempts(db),
      limits: { anonymous: config.API_RATE_LIMIT, token: config.API_TOKEN_RATE_LIMIT },
      disableAfter: config.WEBHOOK_DISABLE_AFTER,
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

  router.post("/integrations/webhooks", async (req, res) => {
    const input = parseInput(webhookForm, req.body);
    await createWebhook(db, actorOf(res), input);
    flash(req, `Webhook « ${input.name} » créé : il recevra les mouvements publiés à partir de maintenant.`);
    res.redirect(303, "/admin/integrations");
  });

  router.post("/integrations/webhooks/:id/supprimer", async (req, res) => {
    const name = await deleteWebhook(db, actorOf(res), parseInput(id, req.params.id));
    flash(req, `Webhook « ${name} » supprimé.`);
    res.redirect(303, "/admin/integrations");
  });

  router.post("/integrations/webhooks/:id/reactiver", async (req, res) => {
    const name = await reactivateWebhook(db, actorOf(res), parseInput(id, req.params.id));
    flash(req, `Webhook « ${name} » réactivé.`);
    res.redirect(303, "/admin/integrations");
  });

  return router;
}
