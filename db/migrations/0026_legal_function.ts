import { type Kysely, sql } from "kysely";

/**
 * A legal function ("Juridique"): directeurs juridiques, general counsels, juristes and lawyers
 * were filed under "Autre" (or finance, for "juridique et conformité"), so a recruiter filtering
 * by function could not find them. The parser classifies new titles (jobs/parse/roles.ts, whose
 * legal rule comes first); this classifies the titles already in the directory with the same
 * words, on the folded title as the parser reads it (none of these words has an accent).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE moves DROP CONSTRAINT moves_function_check`.execute(db);
  await sql`ALTER TABLE moves ADD CONSTRAINT moves_function_check CHECK (function IN ('finance',
    'marketing_communication', 'sales', 'tech_product', 'hr', 'operations', 'general_management',
    'legal', 'other'))`.execute(db);
  await sql`
    UPDATE moves SET function = 'legal'
    WHERE function <> 'legal'
      AND lower(role) ~ '\\m(juridiques?|legal|counsel|juristes?|avocate?s?)\\M'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE moves SET function = 'other' WHERE function = 'legal'`.execute(db);
  await sql`ALTER TABLE moves DROP CONSTRAINT moves_function_check`.execute(db);
  await sql`ALTER TABLE moves ADD CONSTRAINT moves_function_check CHECK (function IN ('finance',
    'marketing_communication', 'sales', 'tech_product', 'hr', 'operations', 'general_management',
    'other'))`.execute(db);
}
