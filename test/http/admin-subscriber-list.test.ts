import { beforeAll, describe, expect, it } from "@jest/globals";
import { type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import type request from "supertest";
import * as subscribersAdmin from "../../db/repositories/subscribers-admin.ts";
import type { Database, SubscriberStatus } from "../../db/schema.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { useSignedInAdminApp } from "../support/app.ts";
import type { TestDatabase } from "../support/database.ts";

/**
 * The admin's subscriber list (/admin/abonnes) on 3,000 subscribers with follows and digests: the
 * page an admin sees is the one the former statement (a count subquery per row) gave, and the
 * statement is answered by indexes (sequential scans priced out, as in site-search-plans.test.ts).
 * npm run bench:subscribers-admin prints the plans on 100,000 subscribers.
 */
describe("admin subscriber list", () => {
  const carnet = useSignedInAdminApp();
  let test: TestDatabase;
  let deps: OwnedDeps;
  let agent: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    ({ test, deps, agent } = carnet);
    await sql`INSERT INTO subscribers (email, status, frequency, confirmed_at, created_at)
      SELECT 'abonne' || i || '@liste.example', (ARRAY['pending', 'confirmed', 'confirmed', 'unsubscribed'])[1 + i % 4],
        (ARRAY['immediate', 'daily', 'weekly'])[1 + i % 3], now(), now() - ((i % 1500) || ' minutes')::interval
      FROM generate_series(1, 3000) i`.execute(deps.db);
    await sql`INSERT INTO follows (subscriber_id, company_name, company_key)
      SELECT s.id, 'Société ' || n, 'societe ' || n FROM subscribers s CROSS JOIN LATERAL generate_series(1, s.id % 6) n`.execute(
      deps.db,
    );
    await sql`INSERT INTO alert_digests (subscriber_id, status, skipped_reason, message_id, move_ids, reasons, saved_search_ids)
      SELECT s.id, (ARRAY['sent', 'skipped'])[1 + n % 2], CASE WHEN n % 2 = 1 THEN 'trop ancien' END, 'liste-' || s.id || '-' || n || '@liste.example',
        array_fill(n::bigint, ARRAY[(1 + n % 3)::int]), array_fill('arrival'::text, ARRAY[(1 + n % 3)::int]),
        array_fill(NULL::bigint, ARRAY[(1 + n % 3)::int])
      FROM subscribers s CROSS JOIN LATERAL generate_series(1, s.id % 5) n`.execute(deps.db);
    await sql`ANALYZE`.execute(deps.db);
  });

  /** The list as the statement before migration 0025_subscriber_list computed it. */
  async function formerList(filters: { q: string; status?: SubscriberStatus }) {
    const { rows } = await test.pool.query(
      `SELECT s.id, s.email, s.status, s.frequency, s.created_at, s.confirmed_at, s.unsubscribed_at,
        (SELECT count(*) FROM follows WHERE follows.subscriber_id = s.id) AS follows_count,
        (SELECT coalesce(sum(cardinality(g.move_ids)), 0)::int FROM alert_digests g WHERE g.subscriber_id = s.id) AS deliveries_count
      FROM subscribers s
      WHERE ($1 = '' OR s.email ILIKE '%' || $1 || '%') AND ($2::text IS NULL OR s.status = $2)
      ORDER BY s.created_at DESC, s.id DESC LIMIT 100`,
      [filters.q, filters.status ?? null],
    );
    return rows;
  }

  it("lists the newest subscribers with their follows and alerts counted, as before, whatever the filter", async () => {
    for (const filters of [
      { q: "" },
      { q: "", status: "confirmed" as const },
      { q: "", status: "unsubscribed" as const },
      { q: "abonne12" },
      { q: "7@liste", status: "pending" as const },
      { q: "personne" },
    ]) {
      expect(await subscribersAdmin.search(deps.db, filters)).toEqual(await formerList(filters));
    }
    const page = await agent.get("/admin/abonnes").query({ q: "abonne1234@" }).expect(200);
    // abonne1234: 1234 % 6 = 4 follows; 1234 % 5 = 4 digests of 2, 3, 1 and 2 moves.
    expect(page.text).toMatch(/abonne1234@liste\.example<\/a>[\s\S]*?<td>4<\/td><td>8<\/td>/);
    const confirmed = await agent.get("/admin/abonnes").query({ etat: "confirmed" }).expect(200);
    expect(confirmed.text.match(/href="\/admin\/abonnes\/\d+"/g)).toHaveLength(100);
  });

  it("answers the list from indexes: the newest page, a state, an e-mail search", async () => {
    const logged: CompiledQuery[] = [];
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: test.pool }),
      log: (event) => {
        if (event.level === "query") logged.push(event.query);
      },
    });
    // selective: ordered index walks priced out too (at this size walking subscribers_created_idx
    // until 100 rows match is rightly cheaper), to show the trigram index is there for rare e-mails.
    const plan = async (filters: { q: string; status?: SubscriberStatus }, selective = false) => {
      logged.length = 0;
      await subscribersAdmin.search(db, filters);
      const client = await test.pool.connect();
      try {
        await client.query("SET enable_seqscan = off");
        if (selective) await client.query("SET enable_indexscan = off");
        const { rows } = await client.query(
          `EXPLAIN (FORMAT JSON) ${logged[0]!.sql}`,
          logged[0]!.parameters as unknown[],
        );
        const indexes = new Set<string>();
        const seqScans = new Set<string>();
        const walk = (node: Record<string, unknown>) => {
          if (typeof node["Index Name"] === "string") indexes.add(node["Index Name"]);
          if (node["Node Type"] === "Seq Scan") seqScans.add(String(node["Relation Name"]));
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
        };
        walk(rows[0]["QUERY PLAN"][0].Plan);
        return { indexes: [...indexes], seqScans: [...seqScans] };
      } finally {
        await client.query("RESET enable_seqscan");
        await client.query("RESET enable_indexscan");
        client.release();
      }
    };
    const counts = ["follows_subscriber_id_company_key_key", "alert_digests_subscriber_idx"];
    const newest = await plan({ q: "" });
    expect(newest.indexes).toEqual(expect.arrayContaining(["subscribers_created_idx", ...counts]));
    expect(newest.seqScans).toEqual([]);
    const byState = await plan({ q: "", status: "pending" });
    expect(byState.seqScans).toEqual([]);
    const byEmail = await plan({ q: "abonne1234@" }, true);
    expect(byEmail.indexes).toEqual(expect.arrayContaining(["subscribers_email_trgm_idx", ...counts]));
    expect(byEmail.seqScans).toEqual([]);
  });
});
