import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import * as suppressions from "../../services/suppression.ts";
import { lift, suppressName, updateReason } from "../../services/suppression.ts";
import { idParam as id, parseInput } from "../../validation.ts";
import { deletedCounts, flash } from "./flash.ts";

const reason = z.string().trim().max(500).default("");

/** Removal requests: the list, adding a name (which deletes its records), editing, lifting. */
export function createSuppressionsRouter({ db }: Deps): Router {
  const router = Router();

  router.get("/suppressions", async (_req, res) => {
    res.render("admin/suppressions", {
      title: "Demandes de retrait",
      section: "suppressions",
      entries: await suppressions.list(db),
    });
  });

  router.post("/suppressions", async (req, res) => {
    const input = parseInput(
      z.object({ name: z.string().trim().min(1, "nom requis").max(200), reason }),
      req.body,
    );
    const result = await suppressName(db, actorOf(res), input);
    flash(req, `${result.entry.name} ajouté·e : ${deletedCounts(result)}.`);
    res.redirect(303, "/admin/suppressions");
  });

  router.post("/suppressions/:id", async (req, res) => {
    await updateReason(
      db,
      actorOf(res),
      parseInput(id, req.params.id),
      parseInput(z.object({ reason }), req.body).reason,
    );
    flash(req, "Motif enregistré.");
    res.redirect(303, "/admin/suppressions");
  });

  router.post("/suppressions/:id/lever", async (req, res) => {
    await lift(db, actorOf(res), parseInput(id, req.params.id));
    flash(req, "Retrait levé : les prochains imports pourront de nouveau enregistrer ce nom.");
    res.redirect(303, "/admin/suppressions");
  });

  return router;
}
