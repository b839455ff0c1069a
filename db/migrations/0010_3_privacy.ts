import { type Kysely, sql } from "kysely";

/**
 * Privacy (issue 17 items 2 and 5).
 *
 * - `legal_texts`: versioned texts, the privacy page (`privacy`) and the wording a subscriber agrees
 *   to (`consent`). A change adds a version; nothing is rewritten, so a subscriber's record keeps
 *   pointing at the exact words they saw.
 * - `subscribers.consent_text_id`, `subscribed_ip`, `subscribed_from`: the consent trail's first
 *   step. `subscriber_events`: every later step (confirmation, changes of follows, frequency, state).
 * - `erased_subscribers`: what erasure leaves, an HMAC of the address (no address), so the fact
 *   that an address asked to be forgotten survives the forgetting.
 *
 * Version 1 of each text is written here (French, as the site); admins edit them at
 * /admin/confidentialite.
 */
const PRIVACY_V1 = `## Qui est concerné
Carnet publie les nominations et arrivées annoncées dans des newsletters professionnelles, et envoie des alertes par e-mail à qui s’y abonne.

## Ce que Carnet conserve sur les personnes citées
Le nom, le poste, l’entreprise, les employeurs précédents et le paragraphe de la newsletter d’où vient chaque information (la source est affichée sur chaque fiche). Ces informations viennent des newsletters publiques importées par les administrateurs ; elles sont conservées tant que la personne ne demande pas leur retrait.

## Ce que Carnet conserve sur les abonnés
L’adresse e-mail, les entreprises suivies, la fréquence choisie, la date, le formulaire et l’adresse IP de l’inscription, la date de confirmation, le texte accepté, et l’historique des changements. Une inscription non confirmée est effacée après quelques jours.

## Combien de temps
Les inscriptions non confirmées, les liens expirés, les sessions et les fichiers importés sont purgés automatiquement ; les durées sont indiquées dans la documentation de l’instance.

## Vos droits
Personne citée : vous pouvez demander aux administrateurs de ce site la correction de vos informations ou leur retrait ; une personne retirée n’est plus enregistrée, même lors d’un nouvel import. Abonné : la page « Gérer mes alertes », dont le lien figure dans chaque e-mail, permet de changer vos choix, de vous désabonner, de télécharger vos données et de les effacer.`;

const CONSENT_V1 =
  "J’accepte de recevoir par e-mail les mouvements des entreprises choisies, à la fréquence choisie. Je peux me désabonner, télécharger mes données ou les effacer à tout moment depuis le lien présent dans chaque e-mail.";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE legal_texts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('privacy', 'consent')),
      version integer NOT NULL CHECK (version > 0),
      body text NOT NULL CHECK (length(body) > 0),
      created_by bigint REFERENCES admin_users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (kind, version)
    )`.execute(db);
  await sql`INSERT INTO legal_texts (kind, version, body) VALUES ('privacy', 1, ${PRIVACY_V1}), ('consent', 1, ${CONSENT_V1})`.execute(
    db,
  );

  await sql`
    ALTER TABLE subscribers
      ADD COLUMN consent_text_id bigint REFERENCES legal_texts (id),
      ADD COLUMN subscribed_ip text,
      ADD COLUMN subscribed_from text`.execute(db);
  await sql`
    CREATE TABLE subscriber_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subscriber_id bigint NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
      event text NOT NULL,
      detail jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX subscriber_events_subscriber_idx ON subscriber_events (subscriber_id, id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE erased_subscribers (
      address_hash text PRIMARY KEY,
      erased_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS erased_subscribers`.execute(db);
  await sql`DROP TABLE IF EXISTS subscriber_events`.execute(db);
  await sql`
    ALTER TABLE subscribers
      DROP COLUMN IF EXISTS consent_text_id,
      DROP COLUMN IF EXISTS subscribed_ip,
      DROP COLUMN IF EXISTS subscribed_from`.execute(db);
  await sql`DROP TABLE IF EXISTS legal_texts`.execute(db);
}
