import { afterAll, beforeAll, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import pg from "pg";
import request from "supertest";
import { createDatabase, type DatabaseHandle, migrateToLatest } from "../../db/database.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDeps } from "../support/deps.ts";
import { describeWithPeers } from "../support/peers.ts";
import { type PostgresCluster, startPostgresCluster } from "../support/postgres-cluster.ts";

const PASSWORD = "correct horse battery staple";
// A role no page shows until the move is published (the search form's placeholder names others).
const ROLE = "cartographe en chef";

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A primary and a streaming replica made by the test (initdb, pg_basebackup -R, a standby on
 * another port). Public reads go to the replica while it keeps up; a lagging or stopped replica is
 * skipped and /readyz says so.
 */
describeWithPeers("postgres15")("reads from a streaming replica", () => {
  let cluster: PostgresCluster;
  let primary: DatabaseHandle;
  let deps: OwnedDeps;
  let app: Express;
  let agent: ReturnType<typeof request.agent>;
  let replica: pg.Client;

  const readyz = async () => (await request(app).get("/readyz")).body;
  const search = async (q: string) => (await request(app).get(`/recherche?q=${encodeURIComponent(q)}`)).text;
  const pendingMoveOf = async (name: string) =>
    (
      await primary.db
        .selectFrom("moves")
        .innerJoin("people", "people.id", "moves.person_id")
        .select("moves.id")
        .where("people.name", "=", name)
        .executeTakeFirstOrThrow()
    ).id;
  const approve = async (name: string) => {
    const token = csrfOf((await agent.get("/admin/revue")).text);
    const res = await agent
      .post("/admin/revue/decision")
      .type("form")
      .send({ _csrf: token, ids: String(await pendingMoveOf(name)), decision: "approve" });
    expect(res.status).toBe(303);
  };

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const admin = new pg.Client({ connectionString: cluster.primaryUrl("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE carnet");
    await admin.end();
    primary = createDatabase(cluster.primaryUrl("carnet"), { max: 2 });
    await migrateToLatest(primary.db);
    await createAccount(
      primary.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    await importMoves(primary.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    for (const person of ["Ondine Valcourt", "Gaspard Lheureux"])
      await importMoves(primary.db, [{ person, company: "Brumeval", role: ROLE, confidence: 0.4 }]);

    deps = await createTestDeps(cluster.primaryUrl("carnet"), {
      env: { DATABASE_REPLICA_URLS: cluster.replicaUrl("carnet"), REPLICA_MAX_LAG_SECONDS: "3" },
    });
    app = createApp(deps);
    agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD });
    // Reads go to the replica once it has replayed the setup above (what the primary held when the
    // process started), so the database exists there and every test's client can connect.
    await eventually(readyz, (body) => body.reads === "replica", 120_000);
    replica = new pg.Client({ connectionString: cluster.replicaUrl("carnet") });
    await replica.connect();
  }, 180_000);

  afterAll(async () => {
    await replica?.end().catch(() => {});
    await deps?.close();
    await primary?.close();
    await cluster?.stop();
  }, 60_000);

  it("serves the search from the replica, and shows an admin's edit once the replica has replayed it", async () => {
    expect(await readyz()).toMatchObject({
      status: "ready",
      reads: "replica",
      replicas: [{ state: "streaming" }],
    });
    expect(await search("Claire Fontanel")).toContain("Claire Fontanel");

    // Replay held: the primary publishes, the replica (which serves the search) does not know yet.
    await replica.query("SELECT pg_wal_replay_pause()");
    await approve("Ondine Valcourt");
    expect(await search("Ondine Valcourt")).not.toContain(ROLE);

    await replica.query("SELECT pg_wal_replay_resume()");
    const shown = await eventually(
      () => search("Ondine Valcourt"),
      (html) => html.includes(ROLE),
    );
    expect(shown).toContain(ROLE);
  });

  it("skips a replica more than REPLICA_MAX_LAG_SECONDS behind: reads go to the primary, /readyz says so", async () => {
    await replica.query("SELECT pg_wal_replay_pause()");
    await approve("Gaspard Lheureux");
    const lagging = await eventually(readyz, (body) => body.replicas[0].state === "lagging");
    expect(lagging).toMatchObject({ status: "ready", reads: "primary", replicas: [{ state: "lagging" }] });
    expect(lagging.replicas[0].lag_seconds).toBeGreaterThanOrEqual(3);
    expect(await search("Gaspard Lheureux")).toContain(ROLE);

    await replica.query("SELECT pg_wal_replay_resume()");
    expect(await eventually(readyz, (body) => body.reads === "replica")).toMatchObject({ reads: "replica" });
  });

  it("reads from the primary in a process started after a migration its replica has not replayed yet", async () => {
    const replayed = async () => {
      const { lsn } = (
        await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(primary.db)
      ).rows[0]!;
      await eventually(
        async () =>
          (await replica.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn])).rows[0].done,
        (done) => done === true,
      );
    };
    await sql`CREATE TABLE deploy_marker (id integer)`.execute(primary.db);
    await replayed(); // the replica a moment behind at most: well within REPLICA_MAX_LAG_SECONDS
    await replica.query("SELECT pg_wal_replay_pause()");
    // A deploy: the migration on the primary, then the new process.
    await sql`ALTER TABLE deploy_marker ADD COLUMN added integer`.execute(primary.db);
    const started = await createTestDeps(cluster.primaryUrl("carnet"), {
      env: { DATABASE_REPLICA_URLS: cluster.replicaUrl("carnet"), REPLICA_MAX_LAG_SECONDS: "3" },
    });
    try {
      expect(started.readRouting?.status()).toMatchObject({
        reads: "primary",
        replicas: [{ state: "lagging" }],
      });
      // On the replica this read would fail (column "added" does not exist): a 500 page.
      await sql`SELECT added FROM deploy_marker`.execute(started.readDb);
      expect((await request(createApp(started)).get("/recherche?q=Claire%20Fontanel")).status).toBe(200);

      await replica.query("SELECT pg_wal_replay_resume()");
      await eventually(
        async () => started.readRouting?.status().reads,
        (reads) => reads === "replica",
      );
      await sql`SELECT added FROM deploy_marker`.execute(started.readDb);
    } finally {
      await replica.query("SELECT pg_wal_replay_resume()");
      await started.close();
      await sql`DROP TABLE deploy_marker`.execute(primary.db);
    }
  });

  it("falls back to the primary without an error page when the replica stops, and /readyz reports it down", async () => {
    await replica.end();
    await cluster.stopReplica();
    // At once, before any health check has noticed: the failed connection sends the read to the primary.
    const page = await request(app).get(`/recherche?q=${encodeURIComponent("Claire Fontanel")}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Claire Fontanel");
    const person = await primary.db
      .selectFrom("people")
      .select("slug")
      .where("name", "=", "Claire Fontanel")
      .executeTakeFirstOrThrow();
    expect((await request(app).get(`/personnes/${person.slug}`)).status).toBe(200);
    expect((await request(app).get("/api/moves?q=Gaspard")).status).toBe(200);

    const body = await readyz();
    expect(body).toMatchObject({ status: "ready", reads: "primary", replicas: [{ state: "down" }] });
  });
});
