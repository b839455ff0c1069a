import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import * as legalTexts from "../../services/legal-texts.ts";
import { saveText } from "../../services/legal-texts.ts";
import { parseInput } from "../../validation.ts";
import { flash } from "./flash.ts";

const LABELS = { privacy: "La page de confidentialité", consent: "Le texte d’accord des abonnés" } as const;

/** Admins edit the privacy page and the consent wording; each save is a new version. */
export function createPrivacyAdminRouter({ db }: Deps): Router {
  const router = Router();

  router.get("/confidentialite", async (_req, res) => {
    const [privacy, consent] = await Promise.all([
      legalTexts.versions(db, "privacy"),
      legalTexts.versions(db, "consent"),
    ]);
    res.render("admin/privacy", {
      title: "Confidentialité",
      section: "confidentialite",
      privacy: { current: privacy[0], history: privacy },
      consent: { current: consent[0], history: consent },
    });
  });

  router.post("/confidentialite/:kind", async (req, res) => {
    const { kind } = parseInput(z.object({ kind: z.enum(["privacy", "consent"]) }), req.params);
    const { body } = parseInput(
      z.object({ body: z.string().trim().min(1, "texte requis").max(50_000, "au plus 50 000 caractères") }),
      req.body,
    );
    const version = await saveText(db, actorOf(res), kind, body);
    flash(req, version === null ? "Texte inchangé." : `${LABELS[kind]} est publié en version ${version}.`);
    res.redirect(303, "/admin/confidentialite");
  });

  return router;
}
