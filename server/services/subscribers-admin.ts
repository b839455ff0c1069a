import type { DB } from "../../db/database.ts";
import { listSavedSearches } from "../../db/repositories/saved-searches.ts";
import { listPersonFollows } from "../../db/repositories/subscribers.ts";
import * as subscribers from "../../db/repositories/subscribers-admin.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";
import type { MailQueue } from "./job-queue.ts";
import { ADDRESS_EMAIL_INTERVAL_MS, createSubscriptionService } from "./subscriptions.ts";

/**
 * Resends the confirmation e-mail of a pending subscriber through the public subscription path
 * (same preferences, same per-address limit), so an admin cannot make Carnet mail an address more
 * often than its owner could.
 */
export async function resendConfirmation(
  deps: { db: DB; config: Config; clock: Clock; jobs: MailQueue },
  actor: Actor,
  subscriberId: number,
): Promise<{ sent: boolean; message: string }> {
  const subscriber = await subscribers.findById(deps.db, subscriberId);
  if (!subscriber) throw new NotFound("Abonné introuvable.");
  if (subscriber.status !== "pending")
    return { sent: false, message: "Seul un abonnement en attente de confirmation peut recevoir ce rappel." };
  const lastSent = subscriber.confirmation_sent_at?.getTime() ?? 0;
  if (deps.clock.now().getTime() - lastSent < ADDRESS_EMAIL_INTERVAL_MS)
    return {
      sent: false,
      message: `Un e-mail est parti il y a moins de ${ADDRESS_EMAIL_INTERVAL_MS / 60_000} minutes : réessayez plus tard.`,
    };
  const follows = await subscribers.follows(deps.db, subscriberId);
  // What the pending subscriber chose, as the form would send it again.
  const people = await listPersonFollows(deps.db, subscriberId);
  const searches = await listSavedSearches(deps.db, subscriberId);
  await createSubscriptionService(deps).subscribe(subscriber.email, {
    companies: follows.map((f) => f.company_name),
    people: people.map((p) => p.slug),
    searches: searches.map((s) => s.query),
    frequency: subscriber.frequency,
    includeDepartures: subscriber.include_departures,
  });
  await deps.db.transaction().execute((trx) =>
    record(trx, {
      actor,
      action: "subscriber.resend_confirmation",
      entity: "subscriber",
      entityId: subscriberId,
    }),
  );
  return { sent: true, message: `Confirmation renvoyée à ${subscriber.email}.` };
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { listSavedSearches as savedSearches } from "../../db/repositories/saved-searches.ts";
export { listPersonFollows as followedPeople } from "../../db/repositories/subscribers.ts";
export {
  deliveries,
  findById,
  follows,
  mailLog,
  outboxLog,
  outboxMails,
  search,
  skippedAlerts,
} from "../../db/repositories/subscribers-admin.ts";
