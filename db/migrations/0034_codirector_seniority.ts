import { type Kysely, sql } from "kysely";

/**
 * "Codirecteur", "codirectrice", "co-directeur artistique": one of two holders of a direction was
 * filed under seniority "other" (and "codirecteur général" under function "other"), since the
 * parser's director rules wanted the word "directeur" on its own; a recruiter filtering by seniority
 * could not find them. The parser classifies new titles (jobs/parse/roles.ts, whose director and
 * chief-executive rules take the prefix "co-" now); this classifies the titles already in the
 * directory with the same words (the accents of "général" written either way).
 */
const CODIRECTOR = String.raw`\mco-?direct(eur|rice)s?\M`;
const CO_CHIEF_EXECUTIVE = String.raw`\mco-?direct(eur|rice)s? g[eé]n[eé]rale?s?\M`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE moves SET seniority = 'c_level'
    WHERE seniority = 'other' AND lower(role) ~ ${sql.lit(CO_CHIEF_EXECUTIVE)}`.execute(db);
  await sql`
    UPDATE moves SET function = 'general_management'
    WHERE function = 'other' AND lower(role) ~ ${sql.lit(CO_CHIEF_EXECUTIVE)}`.execute(db);
  await sql`
    UPDATE moves SET seniority = 'director'
    WHERE seniority = 'other' AND lower(role) ~ ${sql.lit(CODIRECTOR)}`.execute(db);
}

// the titles that would have matched without the prefix ("directeur général et codirecteur …")
const DIRECTOR_ALONE = String.raw`\mdirect(eur|rice)s?\M`;
const WITHOUT_CODIRECTOR = sql`regexp_replace(lower(role), ${sql.lit(String.raw`\mco-?direct`)}, 'co', 'g')`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE moves SET function = 'other'
    WHERE function = 'general_management' AND lower(role) ~ ${sql.lit(CO_CHIEF_EXECUTIVE)}
      AND ${WITHOUT_CODIRECTOR} !~ ${sql.lit(DIRECTOR_ALONE)}`.execute(db);
  await sql`
    UPDATE moves SET seniority = 'other'
    WHERE seniority IN ('c_level', 'director') AND lower(role) ~ ${sql.lit(CODIRECTOR)}
      AND ${WITHOUT_CODIRECTOR} !~ ${sql.lit(DIRECTOR_ALONE)}`.execute(db);
}
