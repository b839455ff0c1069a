import { type Kysely, sql } from "kysely";

/**
 * What the alert round needs beyond 0001.
 *
 * - `moves.published_at`: the instant a move became visible. A subscriber is told of moves
 *   published after they confirmed (not the whole history), and a move approved by an editor days
 *   after its import counts from its approval. A trigger sets it whenever a row enters 'published',
 *   so the importer, the review queue and any later code path agree without each remembering to.
 * - `subscribers.confirmation_sent_at`: the per-address limit on e-mails sent from the public
 *   form (kept in the database so several instances share it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE moves ADD COLUMN published_at timestamptz`.execute(db);
  await sql`UPDATE moves SET published_at = updated_at WHERE status = 'published'`.execute(db);
  await sql`
    CREATE FUNCTION carnet_moves_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status = 'published' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'published') THEN
        NEW.published_at := COALESCE(CASE WHEN TG_OP = 'INSERT' THEN NEW.published_at END, now());
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER moves_published_at BEFORE INSERT OR UPDATE OF status ON moves
    FOR EACH ROW EXECUTE FUNCTION carnet_moves_published_at()`.execute(db);
  await sql`CREATE INDEX moves_published_at_idx ON moves (published_at) WHERE status = 'published'`.execute(
    db,
  );

  await sql`ALTER TABLE subscribers ADD COLUMN confirmation_sent_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE subscribers DROP COLUMN IF EXISTS confirmation_sent_at`.execute(db);
  await sql`DROP TRIGGER IF EXISTS moves_published_at ON moves`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_moves_published_at()`.execute(db);
  await sql`ALTER TABLE moves DROP COLUMN IF EXISTS published_at`.execute(db);
}
