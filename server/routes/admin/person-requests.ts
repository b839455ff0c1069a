import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import * as review from "../../services/directory-admin.ts";
import { createPersonRequestService } from "../../services/person-requests.ts";
import { idParam as id, parseInput } from "../../validation.ts";
import { deletedCounts, flash } from "./flash.ts";
import { editOptions } from "./review.ts";

const answer = z.object({ response: z.string().trim().max(5000, "au plus 5 000 caractères").default("") });

/**
 * Listed people's requests (issue 17 item 1), admins only: the queue by legal due date, and each
 * request's page where the admin corrects the record it names (the curation move form, which comes
 * back here) or accepts the removal, or refuses with a reason. The requester is mailed either way.
 */
export function createPersonRequestsAdminRouter(deps: Deps): Router {
  const router = Router();
  const service = createPersonRequestService(deps);

  router.get("/demandes", async (_req, res) => {
    const { open, decided } = await service.queue();
    res.render("admin/person-requests", {
      title: "Demandes des personnes citées",
      section: "demandes",
      open,
      decided,
      overdue: open.filter((r) => r.overdue).length,
    });
  });

  router.get("/demandes/:id", async (req, res) => {
    const { request, person, mails } = await service.detail(parseInput(id, req.params.id));
    const move = request.move_id ? await review.findMove(deps.db, request.move_id) : undefined;
    const moves = person ? await review.listMovesOf(deps.db, { personId: person.id }) : [];
    res.render("admin/person-request", {
      title: `Demande n° ${request.id}`,
      section: "demandes",
      request,
      person,
      mails,
      move,
      moves,
      isOpen: request.status === "open",
      isRemoval: request.kind === "removal",
      retour: `/admin/demandes/${request.id}`,
      ...editOptions,
    });
  });

  router.post("/demandes/:id/accepter", async (req, res) => {
    const requestId = parseInput(id, req.params.id);
    const { response } = parseInput(answer, req.body);
    const outcome = await service.accept(actorOf(res), requestId, response);
    flash(
      req,
      outcome.removed
        ? `Demande acceptée : ${deletedCounts(outcome.removed)}, le nom est ajouté aux suppressions. Le demandeur est prévenu par e-mail.`
        : "Demande acceptée. Le demandeur est prévenu par e-mail.",
    );
    res.redirect(303, `/admin/demandes/${requestId}`);
  });

  router.post("/demandes/:id/refuser", async (req, res) => {
    const requestId = parseInput(id, req.params.id);
    const { response } = parseInput(answer, req.body);
    await service.refuse(actorOf(res), requestId, response);
    flash(req, "Demande refusée. Le demandeur reçoit le motif par e-mail.");
    res.redirect(303, `/admin/demandes/${requestId}`);
  });

  return router;
}
