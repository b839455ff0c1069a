import { Router } from "express";
import { z } from "zod";
import { slugify } from "../../../shared/names.ts";
import { CADENCE_LABELS } from "../../../shared/vocabulary.ts";
import type { Deps } from "../../deps.ts";
import { Conflict, NotFound } from "../../errors.ts";
import {
  INBOUND_RETRY,
  importReceivedMessage,
  rereadMessage,
  rereadMessages,
} from "../../services/inbound-messages.ts";
import * as inbound from "../../services/sources.ts";
import { idParam, parseInput } from "../../validation.ts";
import { countOf } from "../../view-helpers.ts";
import { flash } from "./flash.ts";

const STATUS_LABELS: Record<inbound.InboundStatus, string> = {
  received: "reçu, en cours",
  imported: "importé",
  duplicate: "doublon",
  no_section: "pas de rubrique Mouvements",
  unrecognised: "non reconnu",
  rejected: "expéditeur rejeté",
  held: "retenu (authentification)",
  failed: "erreur de lecture",
  confirmation: "demande de confirmation d’inscription",
  bounce: "échec de remise d’une alerte",
  complaint: "plainte sur une alerte",
  unsubscribe: "désabonnement par e-mail",
};

// "lettre@exemple.fr" or "exemple.fr", one per line or separated by commas.
const senders = z
  .string()
  .max(2000)
  .transform((v) =>
    v
      .split(/[\s,;]+/u)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(/^([^\s@]+@)?[a-z0-9.-]+\.[a-z]{2,}$/u, "adresse ou domaine attendu"))
      .min(1, "au moins une adresse ou un domaine"),
  );

/** Sources (admin console): newsletters Carnet receives, their messages, the "Non reconnus" tray. */
export function createSourcesRouter({ db, config, clock }: Deps): Router {
  const router = Router();
  const processing = { autoPublishConfidence: config.AUTO_PUBLISH_CONFIDENCE, appSecret: config.APP_SECRET };

  router.get("/sources", async (_req, res) => {
    const [blocked, confirmations, sources, tray, messages, mailboxes] = await Promise.all([
      inbound.blockedAddresses(db),
      inbound.pendingConfirmations(db),
      inbound.sourceSummaries(db),
      inbound.recentMessages(db, { status: ["unrecognised", "held"] }),
      inbound.recentMessages(db, { limit: 50 }),
      inbound.mailboxStates(db),
    ]);
    res.render("admin/sources", {
      title: "Sources",
      section: "sources",
      sources,
      tray: tray.map((m) => ({ ...m, held: m.status === "held" })),
      messages: messages.map((m) => ({
        ...m,
        statusLabel: STATUS_LABELS[m.status],
        imported: m.status === "imported",
        rereadable: inbound.REREADABLE.includes(m.status),
        // Unexpected errors (INBOUND_RETRY): waiting for the next attempt, or given up.
        retrying: m.status === "received" && m.attempts > 0,
        gaveUp: m.status === "failed" && m.attempts > 0,
      })),
      maxAttempts: INBOUND_RETRY.maxAttempts,
      mailboxes,
      confirmations,
      blocked,
      addresses: config.INBOUND_ADDRESSES,
      cadences: CADENCE_LABELS,
    });
  });

  router.post("/sources", async (req, res) => {
    const form = parseInput(
      z.object({
        nom: z.string().trim().min(1, "nom requis").max(200, "200 caractères au plus"),
        expediteurs: senders,
        cadence: z.enum(["daily", "weekly", "monthly"]),
        authentification: z.literal("on").optional(),
      }),
      req.body,
    );
    const slug = slugify(form.nom);
    if (await inbound.sourceBySlug(db, slug)) throw new Conflict(`Une source « ${form.nom} » existe déjà.`);
    await inbound.createSource(db, {
      name: form.nom,
      slug,
      senders: form.expediteurs,
      cadence: form.cadence,
      hold_unauthenticated: form.authentification === "on",
    });
    flash(req, `Source « ${form.nom} » ajoutée : adresse dédiée lettres+${slug}@…`);
    res.redirect(303, "/admin/sources");
  });

  router.post("/sources/messages/:id/attribuer", async (req, res) => {
    const id = parseInput(idParam, req.params.id);
    const { source } = parseInput(z.object({ source: idParam }), req.body);
    const sender = await inbound.senderOf(db, id);
    if (!(await inbound.requeueMessage(db, id, source)))
      throw new NotFound("Message introuvable ou déjà traité");
    // The sender is now known: its next issues go to this source by themselves.
    if (sender) await inbound.addSender(db, source, sender);
    const status = await importReceivedMessage(db, id, processing, clock.now());
    flash(req, `Message attribué : ${status ? STATUS_LABELS[status] : "en attente"}.`);
    res.redirect(303, "/admin/sources");
  });

  // After a parser change: one message, or every one without a section or that failed to parse.
  router.post("/sources/messages/:id/relire", async (req, res) => {
    const id = parseInput(idParam, req.params.id);
    const status = await rereadMessage(db, id, processing);
    if (!status) throw new NotFound("Message introuvable ou pas encore lu");
    flash(req, `Message relu : ${STATUS_LABELS[status]}.`);
    res.redirect(303, "/admin/sources");
  });

  router.post("/sources/relire", async (req, res) => {
    const outcomes = await rereadMessages(db, { ...processing, statuses: ["no_section", "failed"] });
    const imported = [...outcomes.values()].filter((s) => s === "imported").length;
    flash(
      req,
      `${countOf(outcomes.size, "message relu", "messages relus")}, dont ${countOf(imported, "importé", "importés")}.`,
    );
    res.redirect(303, "/admin/sources");
  });

  router.post("/sources/adresses/:id/retablir", async (req, res) => {
    const id = parseInput(idParam, req.params.id);
    if (!(await inbound.clearBlock(db, id))) throw new NotFound("Adresse introuvable ou déjà rétablie");
    flash(req, "Adresse rétablie : les alertes reprendront.");
    res.redirect(303, "/admin/sources");
  });

  router.post("/sources/alertes/:id/lue", async (req, res) => {
    const id = parseInput(idParam, req.params.id);
    if (!(await inbound.dismissSourceAlert(db, id))) throw new NotFound("Alerte introuvable");
    flash(req, "Alerte classée.");
    res.redirect(303, "/admin/sources");
  });

  router.post("/sources/messages/:id/rejeter", async (req, res) => {
    const id = parseInput(idParam, req.params.id);
    if (!(await inbound.rejectMessage(db, id))) throw new NotFound("Message introuvable ou déjà traité");
    flash(req, "Message rejeté.");
    res.redirect(303, "/admin/sources");
  });

  return router;
}
