import { randomBytes } from "node:crypto";
import type { DB } from "../../db/database.ts";
import { findFollowable } from "../../db/repositories/people.ts";
import { replaceSavedSearches } from "../../db/repositories/saved-searches.ts";
import * as webhooks from "../../db/repositories/webhooks.ts";
import type { WebhookFormat } from "../../db/schema.ts";
import { companyKey } from "../../shared/names.ts";
import { Invalid, NotFound } from "../errors.ts";
import { type Actor, record } from "./audit.ts";
import { savedSearchFrom } from "./saved-searches.ts";

/** Admin-managed webhooks (Intégrations): creation with a generated secret, removal, reactivation. */

export interface WebhookInput {
  name: string;
  url: string;
  format: WebhookFormat;
  /** Company names, one per line or comma. */
  companies: string[];
  /** People's slugs (or "Name (slug)"). */
  people: string[];
  /** A /recherche URL or query string, or empty. */
  search: string;
}

export async function createWebhook(db: DB, actor: Actor, input: WebhookInput): Promise<number> {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw new Invalid("url", "Adresse invalide : une URL http:// ou https:// complète est attendue.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Invalid("url", "Adresse invalide : une URL http:// ou https:// complète est attendue.");
  const companyKeys = [...new Set(input.companies.map((c) => companyKey(c)).filter(Boolean))];
  const slugs = input.people.map((p) => /\(([a-z0-9-]+)\)$/.exec(p.trim())?.[1] ?? p.trim()).filter(Boolean);
  const people = await findFollowable(db, { slugs, keys: [] });
  const missing = slugs.filter((s) => !people.some((p) => p.slug === s));
  if (missing.length > 0) throw new Invalid("people", `Aucune personne « ${missing[0]} » dans l’annuaire.`);
  const search = input.search.trim() ? savedSearchFrom(input.search, "search") : null;
  if (companyKeys.length === 0 && people.length === 0 && !search)
    throw new Invalid("companies", "Indiquez au moins une entreprise, une personne ou une recherche.");
  return db.transaction().execute(async (trx) => {
    const id = await webhooks.insertWebhook(trx, {
      name: input.name.trim(),
      url: url.href,
      secret: randomBytes(32).toString("hex"),
      format: input.format,
      companyKeys,
      personIds: people.map((p) => p.id),
      createdBy: actor.id,
    });
    if (search) await replaceSavedSearches(trx, { webhookId: id }, [search]);
    await record(trx, {
      actor,
      action: "webhook.create",
      entity: "webhook",
      entityId: id,
      after: {
        name: input.name.trim(),
        url: url.href,
        companies: companyKeys,
        people: slugs,
        search: search?.query,
      },
    });
    return id;
  });
}

export async function deleteWebhook(db: DB, actor: Actor, id: number): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const gone = await webhooks.deleteWebhook(trx, id);
    if (!gone) throw new NotFound("Webhook introuvable.");
    await record(trx, { actor, action: "webhook.delete", entity: "webhook", entityId: id, before: gone });
    return gone.name;
  });
}

export async function reactivateWebhook(db: DB, actor: Actor, id: number): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const hook = await webhooks.reactivateWebhook(trx, id);
    if (!hook) throw new NotFound("Webhook introuvable.");
    await record(trx, { actor, action: "webhook.reactivate", entity: "webhook", entityId: id });
    return hook.name;
  });
}

export const listWebhooks = (db: DB) => webhooks.listWebhooks(db);
export const listWebhookAttempts = (db: DB) => webhooks.listAttempts(db);
