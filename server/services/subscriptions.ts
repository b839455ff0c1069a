import { createHmac } from "node:crypto";
import type { DB } from "../../db/database.ts";
import * as legalTexts from "../../db/repositories/legal-texts.ts";
import * as outbox from "../../db/repositories/mail-outbox.ts";
import { findFollowable } from "../../db/repositories/people.ts";
import { listSavedSearches } from "../../db/repositories/saved-searches.ts";
import * as subscribers from "../../db/repositories/subscribers.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import type { Frequency } from "../../db/schema.ts";
import { companyKey, personKey } from "../../shared/names.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { Invalid } from "../errors.ts";
import { createSignedLinks, hashConfirmToken } from "../mail/signed-links.ts";
import type { MailQueue } from "./job-queue.ts";
import { savedSearchFrom } from "./saved-searches.ts";

/**
 * Subscribing to alerts, with double opt-in: nothing but the confirmation e-mail ever goes to an
 * address until its owner follows the link (48 h from when it was sent). The public form answers the same whatever the address
 * (unknown, pending, confirmed), so it tells no one who is subscribed; a confirmed address gets a
 * link to its manage page instead, since its owner may simply have forgotten they subscribed.
 */
export const CONFIRM_TOKEN_TTL_MS = 48 * 3_600_000;
/** Per address, at most one e-mail from the public form in this window (kept in the database). */
export const ADDRESS_EMAIL_INTERVAL_MS = 10 * 60_000;
export const MAX_FOLLOWS = 50;
export const MAX_PERSON_FOLLOWS = 200;
export const MAX_SAVED_SEARCHES = 20;
/**
 * Past this many companies (or people), the manage page shows a count instead of one input per
 * name (a CSV watch list holds thousands) and the form keeps them as they are.
 */
export const LONG_LIST = MAX_FOLLOWS;

/** Where and how a visitor subscribed: the first step of their consent trail (issue 17 item 2). */
export interface ConsentInput {
  /** The consent wording shown on the form they submitted (legal_texts.id). */
  textId: number | null;
  ip: string | null;
  /** "alertes" (the page) or "entreprise" (a company page's "Suivre" button). */
  form: "alertes" | "entreprise";
}

export interface PreferencesInput {
  companies: string[];
  /** "Claire Fontanel (claire-fontanel)" as the suggestions offer it, a slug, or a name. */
  people: string[];
  /** /recherche URLs or query strings. */
  searches: string[];
  frequency: Frequency;
  includeDepartures: boolean;
  /** The manage page of a long list: the companies followed stay, `companies` are added to them. */
  keepCompanies?: boolean;
  keepPeople?: boolean;
}

export type SubscriptionService = ReturnType<typeof createSubscriptionService>;

export function createSubscriptionService(deps: { db: DB; config: Config; clock: Clock; jobs: MailQueue }) {
  const { db, config, clock } = deps;
  const links = createSignedLinks(config);

  return {
    links,

    /** The consent wording the form shows now (its id goes back with the form). */
    consentWording: () => legalTexts.latest(db, "consent"),

    /**
     * The public form. E-mails are not sent here but written to the outbox in the same transaction
     * and sent by the job queue, so the answer takes the same time whether or not one is owed.
     * A pending subscription keeps the choices it was first made with until it is confirmed or
     * its link expires: whoever else knows the address cannot rewrite what the owner's link confirms.
     */
    async subscribe(email: string, input: PreferencesInput, consent?: ConsentInput): Promise<void> {
      const prefs = await toPreferences(db, input);
      const now = clock.now();
      const outboxId = await db.transaction().execute(async (trx) => {
        const subscriber = await subscribers.lockOrCreateByEmail(trx, email);
        const mayEmail =
          !subscriber.confirmation_sent_at ||
          now.getTime() - subscriber.confirmation_sent_at.getTime() >= ADDRESS_EMAIL_INTERVAL_MS;
        // A confirmed subscription is changed only from its manage page, never by whoever knows the address.
        if (subscriber.status === "confirmed") {
          if (!mayEmail) return null;
          await subscribers.markConfirmationSent(trx, subscriber.id, now);
          return outbox.enqueue(trx, { kind: "subscription_manage_link", subscriberId: subscriber.id });
        }
        const stillPending =
          subscriber.status === "pending" &&
          subscriber.confirm_token_expires_at !== null &&
          subscriber.confirm_token_expires_at > now;
        if (!stillPending) {
          await subscribers.savePreferences(trx, subscriber.id, prefs);
          await subscribers.startConfirmation(
            trx,
            subscriber.id,
            new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS),
          );
          // The wording the visitor saw; a form older than any version on record counts as the latest.
          const text =
            (consent?.textId ? await legalTexts.findById(trx, consent.textId) : undefined) ??
            (await legalTexts.latest(trx, "consent"));
          const form = consent?.form ?? "admin";
          await subscribers.recordConsent(trx, subscriber.id, {
            textId: text.id,
            ip: consent?.ip ?? null,
            form,
          });
          await subscribers.recordEvent(trx, subscriber.id, "subscribed", {
            form,
            ip: consent?.ip ?? null,
            consent_version: text.version,
            ...describe(prefs),
          });
        }
        if (!mayEmail) return null;
        await subscribers.markConfirmationSent(trx, subscriber.id, now);
        return outbox.enqueue(trx, { kind: "subscription_confirm", subscriberId: subscriber.id });
      });
      // Not awaited: the job queue's insert stays out of the answer's timing too. Should it fail,
      // the outbox row is still there and the scheduler's sweep sends it.
      if (outboxId !== null) deps.jobs.mailQueued(outboxId);
    },

    /** "Claire Fontanel (claire-fontanel)" for a person's slug, as the form's person inputs hold it. */
    async followLabel(slug: string): Promise<string | null> {
      const [person] = await findFollowable(db, { slugs: [slug], keys: [] });
      return person ? `${person.name} (${person.slug})` : null;
    },

    /** True when the link is still good (the page before the confirm button). */
    async confirmationIsValid(token: string): Promise<boolean> {
      return Boolean(await subscribers.findByConfirmToken(db, hashConfirmToken(token), clock.now()));
    },

    /** Confirms and returns the manage URL, or null when the link is unknown, used or expired. */
    async confirm(token: string): Promise<string | null> {
      const id = await db.transaction().execute(async (trx) => {
        const confirmed = await subscribers.confirmByToken(trx, hashConfirmToken(token), clock.now());
        if (confirmed !== null) await subscribers.recordEvent(trx, confirmed, "confirmed");
        return confirmed;
      });
      return id === null ? null : links.manageUrl(id);
    },

    async preferences(subscriberId: number) {
      const subscriber = await subscribers.findById(db, subscriberId);
      if (!subscriber || subscriber.status === "pending") return null;
      const [follows, people, searches] = await Promise.all([
        subscribers.listFollows(db, subscriberId),
        subscribers.listPersonFollows(db, subscriberId),
        listSavedSearches(db, subscriberId),
      ]);
      return { subscriber, follows, people, searches };
    },

    async update(subscriberId: number, input: PreferencesInput): Promise<boolean> {
      const [kept, keptPeople] = await Promise.all([
        input.keepCompanies ? subscribers.listFollows(db, subscriberId) : [],
        input.keepPeople ? subscribers.listPersonFollows(db, subscriberId) : [],
      ]);
      const prefs = await toPreferences(db, input, { follows: kept, people: keptPeople.map((p) => p.id) });
      return db.transaction().execute(async (trx) => {
        const subscriber = await subscribers.findById(trx, subscriberId);
        if (!subscriber || subscriber.status === "pending") return false;
        await subscribers.savePreferences(trx, subscriberId, prefs);
        await subscribers.recordEvent(trx, subscriberId, "preferences_changed", describe(prefs));
        return true;
      });
    },

    unsubscribe: (subscriberId: number, via: "manage_page" | "one_click" = "manage_page") =>
      db.transaction().execute(async (trx) => {
        const done = await subscribers.unsubscribe(trx, subscriberId, clock.now());
        if (done) await subscribers.recordEvent(trx, subscriberId, "unsubscribed", { via });
        return done;
      }),

    /** Back from the manage page (the signed link proves the address): counts from now, no backlog. */
    resubscribe: (subscriberId: number) =>
      db.transaction().execute(async (trx) => {
        const done = await subscribers.resubscribe(trx, subscriberId, clock.now());
        if (done) await subscribers.recordEvent(trx, subscriberId, "resubscribed");
        return done;
      }),

    /**
     * Erasure: the subscriber, follows and consent trail go; an HMAC of the address stays (keyed
     * with APP_SECRET, so the list cannot be reversed by hashing a directory of addresses).
     */
    erase: (subscriberId: number) =>
      db.transaction().execute(async (trx) => {
        const subscriber = await subscribers.findById(trx, subscriberId);
        if (!subscriber) return false;
        await subscribers.recordErasure(trx, addressHash(config.APP_SECRET, subscriber.email), clock.now());
        return subscribers.erase(trx, subscriberId);
      }),

    /** Everything Carnet holds about one subscriber, with the consent trail (GDPR art. 15 and 20). */
    async dataExport(subscriberId: number) {
      const subscriber = await subscribers.findById(db, subscriberId);
      if (!subscriber) return null;
      const [follows, events, consentText] = await Promise.all([
        subscribers.listFollows(db, subscriberId),
        subscribers.events(db, subscriberId),
        subscriber.consent_text_id ? legalTexts.findById(db, subscriber.consent_text_id) : undefined,
      ]);
      return {
        email: subscriber.email,
        status: subscriber.status,
        frequency: subscriber.frequency,
        include_departures: subscriber.include_departures,
        follows: follows.map((f) => f.name),
        consent: {
          subscribed_at: subscriber.created_at,
          form: subscriber.subscribed_from,
          ip: subscriber.subscribed_ip,
          confirmed_at: subscriber.confirmed_at,
          wording: consentText ? { version: consentText.version, text: consentText.body } : null,
        },
        unsubscribed_at: subscriber.unsubscribed_at,
        history: events.map((e) => ({
          at: e.created_at,
          event: e.event,
          ...(e.detail ? { detail: e.detail } : {}),
        })),
        exported_at: clock.now(),
      };
    },
  };
}

/**
 * The form's choices as stored preferences: companies keyed like companies.key (one per key, in
 * the order given), people resolved to ids, searches to their criteria. At least one of the three.
 */
export async function toPreferences(
  db: Queryable,
  input: PreferencesInput,
  /** A long list kept as it is (from a CSV file): the form's limits apply to what it adds. */
  kept: { follows: { name: string; key: string }[]; people: number[] } = { follows: [], people: [] },
): Promise<subscribers.Preferences> {
  const follows = new Map<string, { name: string; key: string }>();
  for (const raw of input.companies) {
    const name = raw.trim().replace(/\s+/g, " ");
    const key = name ? companyKey(name) : "";
    if (key && !follows.has(key)) follows.set(key, { name, key });
  }
  if (follows.size > MAX_FOLLOWS)
    throw new Invalid("companies", `Vous pouvez suivre au plus ${MAX_FOLLOWS} entreprises.`);
  for (const f of kept.follows) if (!follows.has(f.key)) follows.set(f.key, f);
  const people = [...new Set([...kept.people, ...(await resolvePeople(db, input.people))])];
  const searches = new Map(input.searches.map((q) => savedSearchFrom(q)).map((s) => [s.query, s]));
  if (searches.size > MAX_SAVED_SEARCHES)
    throw new Invalid("searches", `Vous pouvez suivre au plus ${MAX_SAVED_SEARCHES} recherches.`);
  if (follows.size === 0 && people.length === 0 && searches.size === 0)
    throw new Invalid(
      "companies",
      "indiquez au moins une entreprise, une personne ou une recherche à suivre",
    );
  return {
    frequency: input.frequency,
    includeDepartures: input.includeDepartures,
    follows: [...follows.values()],
    people,
    searches: [...searches.values()],
  };
}

/** "Name (slug)" → the slug; otherwise the name's key, which must name one person only. */
async function resolvePeople(db: Queryable, inputs: string[]): Promise<number[]> {
  const refs = inputs
    .map((raw) => raw.trim().replace(/\s+/g, " "))
    .filter(Boolean)
    .map((text) => {
      const slug =
        /\(([a-z0-9-]+)\)$/.exec(text)?.[1] ?? (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(text) ? text : null);
      return { text, slug, key: slug ? null : personKey(text) };
    });
  if (refs.length > MAX_PERSON_FOLLOWS)
    throw new Invalid("people", `Vous pouvez suivre au plus ${MAX_PERSON_FOLLOWS} personnes.`);
  const found = await findFollowable(db, {
    slugs: refs.flatMap((r) => (r.slug ? [r.slug] : [])),
    keys: refs.flatMap((r) => (r.key ? [r.key] : [])),
  });
  const ids = new Set<number>();
  for (const ref of refs) {
    const matches = ref.slug
      ? found.filter((p) => p.slug === ref.slug)
      : found.filter((p) => p.key === ref.key);
    if (matches.length > 1)
      throw new Invalid(
        "people",
        `Plusieurs personnes s’appellent « ${ref.text} » : choisissez la bonne dans les suggestions.`,
      );
    // A slug no person holds may be an old one (a rename or a merge): its redirect finds them.
    const match =
      matches[0] ?? (ref.slug ? (await findFollowable(db, { slugs: [ref.slug], keys: [] }))[0] : undefined);
    if (!match) throw new Invalid("people", `Aucune personne « ${ref.text} » dans l’annuaire.`);
    ids.add(match.id);
  }
  return [...ids];
}

/** The choices as a trail entry records them. */
const describe = (prefs: subscribers.Preferences) => ({
  follows: prefs.follows.map((f) => f.name),
  frequency: prefs.frequency,
  include_departures: prefs.includeDepartures,
});

/** The tombstone of an erased address: lower-cased, keyed with the instance's secret. */
export const addressHash = (secret: string, email: string) =>
  createHmac("sha256", secret).update(`erased:${email.trim().toLowerCase()}`).digest("hex");
