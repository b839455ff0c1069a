import { type Response, Router } from "express";
import { z } from "zod";
import { classifyRole } from "../../../jobs/parse/index.ts";
import { parisDay } from "../../../shared/calendar.ts";
import { JOB_FUNCTIONS, MOVE_KINDS, SENIORITIES } from "../../../shared/vocabulary.ts";
import type { Deps } from "../../deps.ts";
import { NotFound } from "../../errors.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import { decide, editMove } from "../../services/curation.ts";
import * as review from "../../services/directory-admin.ts";
import * as unread from "../../services/unread-paragraphs.ts";
import { addMoveFromParagraph, dismissParagraph } from "../../services/unread-paragraphs.ts";
import { calendarDay, formInput, idParam as id, parseInput } from "../../validation.ts";
import { FUNCTION_LABELS, KIND_LABELS, SENIORITY_LABELS } from "../../view-helpers.ts";
import { backTo, flash } from "./flash.ts";

const PAGE_SIZE = 25;

const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id));

const moveEdit = z.object({
  person: z.string().trim().min(1, "nom requis").max(200),
  company: z.string().trim().min(1, "entreprise requise").max(200),
  role: z.string().trim().min(1, "poste requis").max(300),
  kind: z.enum(MOVE_KINDS),
  seniority: z.enum(SENIORITIES),
  function: z.enum(JOB_FUNCTIONS),
  predecessor: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  published_on: calendarDay,
  // "keep": from an unread paragraph, add its move and keep it for the next person it names
  action: z.enum(["save", "approve", "keep"]).default("save"),
});

/** The correction form's fields as its labels name them, for the message of a refused correction. */
const MOVE_FIELD_LABELS: Record<string, string> = {
  person: "Personne",
  company: "Entreprise",
  role: "Poste",
  kind: "Type",
  seniority: "Niveau",
  function: "Fonction",
  predecessor: "Prédécesseur",
  published_on: "Date",
};

/**
 * A move form the server refused: the field its first error names (with the form's label for it) and
 * every field as typed, so that the form comes back filled rather than lost.
 */
function refusedForm(error: z.ZodError, body: unknown) {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? "person");
  const sent = (body ?? {}) as Record<string, unknown>;
  const typed: Record<string, string> = {};
  for (const name of Object.keys(MOVE_FIELD_LABELS)) {
    const value = sent[name];
    if (typeof value === "string") typed[name] = value;
  }
  return { typed, error: { field, label: MOVE_FIELD_LABELS[field] ?? field, message: issue.message } };
}

/** An unread paragraph with its form pre-filled from the names, companies and titles it holds. */
function withDraft(paragraph: unread.UnreadForReview) {
  const role = paragraph.candidates.roles[0] ?? "";
  const { seniority, function: jobFunction } = classifyRole(role);
  return {
    ...paragraph,
    draft: {
      person: paragraph.candidates.people[0] ?? "",
      company: paragraph.candidates.companies[0] ?? "",
      role,
      kind: "appointed",
      seniority,
      function: jobFunction,
      predecessor: "",
      published_on: paragraph.published_on ?? parisDay(new Date()),
    },
  };
}

export const editOptions = {
  kinds: Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label })),
  seniorities: Object.entries(SENIORITY_LABELS).map(([value, label]) => ({ value, label })),
  functions: Object.entries(FUNCTION_LABELS).map(([value, label]) => ({ value, label })),
};

/** The review queue: pending moves, least confident first, each beside its source paragraph. */
export function createReviewRouter({ db }: Deps): Router {
  const router = Router();

  // The queue's page; `refused` is an "Ajouter et publier" the server refused: its paragraph's form
  // shows what was typed and why, rather than a dead-end error page that loses it.
  const renderQueue = async (
    res: Response,
    page: number,
    refused?: {
      paragraphId: number;
      typed: Record<string, string>;
      error: { field: string; label: string; message: string };
    },
  ) => {
    const slice = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    const [{ moves, total }, unreadPage] = await Promise.all([
      review.listPending(db, slice),
      unread.listPending(db, slice),
    ]);
    const paragraphs = unreadPage.paragraphs.map(withDraft);
    const shown = refused && paragraphs.find((p) => p.id === refused.paragraphId);
    if (refused && !shown) return false;
    if (shown && refused) {
      shown.draft = { ...shown.draft, ...refused.typed };
      Object.assign(shown, { formError: refused.error });
    }
    res.status(refused ? 400 : 200).render("admin/review", {
      title: refused ? "File de relecture : à corriger" : "File de relecture",
      section: "revue",
      moves,
      total,
      unread: paragraphs,
      unreadTotal: unreadPage.total,
      page,
      previousPage: page > 1 ? page - 1 : null,
      nextPage: page * PAGE_SIZE < Math.max(total, unreadPage.total) ? page + 1 : null,
      ...editOptions,
    });
    return true;
  };

  router.get("/revue", async (req, res) => {
    const { page } = parseInput(z.object({ page: id.default(1) }), req.query);
    await renderQueue(res, page);
  });

  // One decision for one move (its buttons) or many (the checked boxes and "Publier la sélection").
  router.post("/revue/decision", async (req, res) => {
    const input = parseInput(z.object({ ids, decision: z.enum(["approve", "reject"]) }), req.body);
    if (input.ids.length === 0) {
      flash(req, "Aucun mouvement sélectionné.", "error");
      return res.redirect(303, backTo(req, "/admin/revue"));
    }
    const changed = await decide(db, actorOf(res), input.ids, input.decision);
    flash(
      req,
      `${changed} mouvement${changed > 1 ? "s" : ""} ${input.decision === "approve" ? "publié" : "rejeté"}${changed > 1 ? "s" : ""}.`,
    );
    res.redirect(303, backTo(req, "/admin/revue"));
  });

  // A paragraph the parser did not understand: add the move it announces (published), or dismiss it.
  router.post("/revue/paragraphes/:id", async (req, res) => {
    const paragraphId = parseInput(id, req.params.id);
    const parsed = formInput(moveEdit).safeParse(req.body);
    if (!parsed.success) {
      // on the queue's first page, where the paragraph's form is; else the error page, naming the field
      if (await renderQueue(res, 1, { paragraphId, ...refusedForm(parsed.error, req.body) })) return;
      return parseInput(moveEdit, req.body); // throws that field's error
    }
    const { action, ...input } = parsed.data;
    const keepOpen = action === "keep";
    await addMoveFromParagraph(db, actorOf(res), paragraphId, input, { keepOpen });
    if (!keepOpen) flash(req, `Mouvement de ${input.person} ajouté et publié.`);
    else
      flash(
        req,
        `Mouvement de ${input.person} ajouté et publié ; le paragraphe reste là pour la personne suivante.`,
      );
    res.redirect(303, backTo(req, "/admin/revue"));
  });

  router.post("/revue/paragraphes/:id/ignorer", async (req, res) => {
    await dismissParagraph(db, actorOf(res), parseInput(id, req.params.id));
    flash(req, "Paragraphe ignoré.");
    res.redirect(303, backTo(req, "/admin/revue"));
  });

  router.get("/mouvements/:id", async (req, res) => {
    const move = await review.findMove(db, parseInput(id, req.params.id));
    if (!move) throw new NotFound("Mouvement introuvable.");
    res.render("admin/move-edit", {
      title: `Mouvement de ${move.person_name}`,
      section: "revue",
      move,
      // From a listed person's request (issue 17), the form goes back to the request once saved.
      retour: backTo(req, `/admin/mouvements/${move.id}`),
      ...editOptions,
    });
  });

  router.post("/mouvements/:id", async (req, res) => {
    const moveId = parseInput(id, req.params.id);
    const parsed = formInput(moveEdit).safeParse(req.body);
    if (!parsed.success) {
      // A correction refused (a day that does not exist, an empty name) comes back with everything
      // typed and the reason beside its field, from the queue's form as from the move's page.
      const move = await review.findMove(db, moveId);
      if (!move) throw new NotFound("Mouvement introuvable.");
      const { typed, error } = refusedForm(parsed.error, req.body);
      return res.status(400).render("admin/move-edit", {
        title: `Mouvement de ${move.person_name} : à corriger`,
        section: "revue",
        move: {
          ...move,
          person_name: typed.person ?? "",
          company_name: typed.company ?? "",
          role: typed.role ?? "",
          kind: typed.kind ?? "",
          seniority: typed.seniority ?? "",
          function: typed.function ?? "",
          predecessor_name: typed.predecessor ?? "",
          published_on: typed.published_on ?? "",
        },
        formError: error,
        retour: backTo(req, `/admin/mouvements/${moveId}`),
        ...editOptions,
      });
    }
    const input = parsed.data;
    await editMove(db, actorOf(res), moveId, input, { approve: input.action === "approve" });
    flash(req, input.action === "approve" ? "Mouvement corrigé et publié." : "Mouvement enregistré.");
    res.redirect(303, backTo(req, `/admin/mouvements/${moveId}`));
  });

  return router;
}
