import { sql } from "kysely";
import type { DB } from "../../db/database.ts";
import type { Frequency } from "../../db/schema.ts";
import { contentHash } from "../../jobs/import/issue-file.ts";
import { companyKey, type ParsedMove } from "../../jobs/parse/index.ts";
import { importParsedIssue } from "../../server/services/import-issue.ts";

/** Data builders for tests: fictional people, hand-written parsed issues. */

export function move(overrides: Partial<ParsedMove> = {}): ParsedMove {
  return {
    person: "Claire Fontanel",
    company: "Lumen",
    role: "directrice financière",
    kind: "joined",
    seniority: "director",
    function: "finance",
    previous_companies: [],
    predecessor: null,
    confidence: 0.95,
    reasons: [],
    paragraph: "CLAIRE FONTANEL rejoint Lumen en tant que directrice financière.",
    paragraph_index: 0,
    ...overrides,
  };
}

let issueCounter = 0;

/** Imports one issue holding these moves (each in its own paragraph); returns the issue id. */
export async function importMoves(db: DB, moves: Partial<ParsedMove>[], title = "La Lettre du lundi") {
  const n = ++issueCounter;
  const parsed = moves.map((m, i) =>
    move({ paragraph: `${m.person ?? "x"} ${i} ${n}`, ...m, paragraph_index: i }),
  );
  const text = `${title} #${n} ${Date.now()} ${Math.random()}`;
  const result = await importParsedIssue(
    db,
    {
      title,
      published_on: "2026-03-02",
      section_found: true,
      moves: parsed,
      paragraphs: parsed.map((m) => m.paragraph),
    },
    { file: `lettre-${n}.txt`, rawText: text, contentHash: contentHash(text) },
    { autoPublishConfidence: 0.8 },
  );
  return result.issueId;
}

/** A subscriber already through double opt-in (confirmed a minute ago), following these companies. */
export async function confirmedSubscriber(
  db: DB,
  email: string,
  companies: string[],
  options: { frequency?: Frequency; departures?: boolean } = {},
): Promise<number> {
  const { id } = await db
    .insertInto("subscribers")
    .values({
      email,
      status: "confirmed",
      frequency: options.frequency ?? "immediate",
      include_departures: options.departures ?? false,
      confirmed_at: sql<Date>`now() - interval '1 minute'`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("follows")
    .values(
      companies.map((name) => ({ subscriber_id: id, company_name: name, company_key: companyKey(name) })),
    )
    .execute();
  return id;
}

export async function digestRows(db: DB) {
  return db.selectFrom("alert_digests").selectAll().orderBy("id").execute();
}
