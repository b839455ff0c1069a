import { type Kysely, sql } from "kysely";

/**
 * Alert matching at scale (issues 14 and 18).
 *
 * `saved_searches.match_keys`: every key a move must carry to match the search, in the form the
 * round gives a fresh move's keys ('w:' lexeme, 'c:' company key, 'f:' function, 's:' seniority,
 * 'k:' kind). 0011's single `anchor` was picked at save time without knowing how common it is: a
 * search for "directeur" at one company was anchored on 'w:directeur', which half of a round's
 * moves carry, so 20,000 searches gave two million candidate pairs to check. With every required
 * key stored, the round anchors each search on its key that is rarest among this round's moves,
 * and drops at once a search one of whose keys no fresh move carries. Words count only when the
 * query is a plain AND or phrase (querytree keeps '|' for an OR; it already drops negated words).
 * Generated, so it is computed where the tsquery is, at save time, for searches and webhooks alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION carnet_search_keys(p_words tsquery, p_company text, p_function text, p_seniority text, p_kind text)
    RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT ARRAY(
        SELECT DISTINCT 'w:' || replace(m[1], '''''', '''')
        FROM regexp_matches(querytree(p_words), '''((?:[^'']|'''')+)''', 'g') m
        WHERE p_words IS NOT NULL AND numnode(p_words) > 0 AND querytree(p_words) !~ '[|]')
        || array_remove(ARRAY['c:' || p_company, 'f:' || p_function, 's:' || p_seniority, 'k:' || p_kind], NULL)
    $$`.execute(db);
  await sql`
    ALTER TABLE saved_searches ADD COLUMN match_keys text[] NOT NULL
      GENERATED ALWAYS AS (carnet_search_keys(words_query, company_key, function, seniority, kind)) STORED`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE saved_searches DROP COLUMN IF EXISTS match_keys`.execute(db);
  await sql`DROP FUNCTION IF EXISTS carnet_search_keys(tsquery, text, text, text, text)`.execute(db);
}
