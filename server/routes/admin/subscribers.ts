import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../../deps.ts";
import { NotFound } from "../../errors.ts";
import { actorOf } from "../../middleware/require-admin.ts";
import * as subscribers from "../../services/subscribers-admin.ts";
import { resendConfirmation } from "../../services/subscribers-admin.ts";
import { createSubscriptionService } from "../../services/subscriptions.ts";
import { idParam as id, parseInput } from "../../validation.ts";
import { flash } from "./flash.ts";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Subscribers (state, follows, deliveries) and the mail log. Admins only (personal data). */
export function createSubscribersRouter(deps: Deps): Router {
  const { db } = deps;
  const router = Router();

  router.get("/abonnes", async (req, res) => {
    const filters = parseInput(
      z.object({
        q: z.string().trim().max(200).default(""),
        etat: optional(z.enum(["pending", "confirmed", "unsubscribed"])),
      }),
      req.query,
    );
    const rows = await subscribers.search(db, { q: filters.q, status: filters.etat });
    res.render("admin/subscribers", { title: "Abonnés", section: "abonnes", rows, ...filters });
  });

  router.get("/abonnes/:id", async (req, res) => {
    const subscriberId = parseInput(id, req.params.id);
    const subscriber = await subscribers.findById(db, subscriberId);
    if (!subscriber) throw new NotFound("Abonné introuvable.");
    const [follows, people, searches, deliveries, digests, mails] = await Promise.all([
      subscribers.follows(db, subscriberId),
      subscribers.followedPeople(db, subscriberId),
      subscribers.savedSearches(db, subscriberId),
      subscribers.deliveries(db, subscriberId),
      subscribers.mailLog(db, { subscriberId }, 50),
      subscribers.outboxMails(db, subscriberId),
    ]);
    res.render("admin/subscriber", {
      title: subscriber.email,
      section: "abonnes",
      subscriber,
      follows,
      people,
      searches,
      deliveries,
      digests,
      mails,
    });
  });

  // One subscriber's record with the consent trail (issue 17 item 2), as the subscriber can download it.
  router.get("/abonnes/:id/donnees.json", async (req, res) => {
    const subscriberId = parseInput(id, req.params.id);
    const data = await createSubscriptionService(deps).dataExport(subscriberId);
    if (!data) throw new NotFound("Abonné introuvable.");
    res
      .attachment(`carnet-abonne-${subscriberId}.json`)
      .type("application/json")
      .send(JSON.stringify(data, null, 2));
  });

  router.post("/abonnes/:id/confirmation", async (req, res) => {
    const subscriberId = parseInput(id, req.params.id);
    const outcome = await resendConfirmation(deps, actorOf(res), subscriberId);
    flash(req, outcome.message, outcome.sent ? "ok" : "error");
    res.redirect(303, `/admin/abonnes/${subscriberId}`);
  });

  router.get("/courriels", async (req, res) => {
    const filters = parseInput(
      z.object({
        q: z.string().trim().max(200).default(""),
        etat: optional(z.enum(["queued", "sending", "sent", "retrying", "failed", "skipped"])),
      }),
      req.query,
    );
    const { etat } = filters;
    // The outbox knows no "retrying" (a failed row is retried by the job queue) nor "skipped"
    const outboxStatus = etat === "retrying" || etat === "skipped" ? null : etat;
    const [rows, skipped, requestMails] = await Promise.all([
      etat === "skipped" ? [] : subscribers.mailLog(db, { q: filters.q, status: etat }),
      etat === undefined || etat === "skipped" ? subscribers.skippedAlerts(db, { q: filters.q }) : [],
      outboxStatus === null ? [] : subscribers.outboxLog(db, { q: filters.q, status: outboxStatus }),
    ]);
    res.render("admin/mail-log", {
      title: "Journal des courriels",
      section: "courriels",
      rows,
      skipped,
      requestMails,
      showRequestMails: outboxStatus !== null,
      showDigests: etat !== "skipped",
      maxAgeDays: deps.config.ALERTS_MAX_AGE_DAYS,
      ...filters,
    });
  });

  return router;
}
