import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { createAccount } from "../../server/services/admin-users.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  type CarnetProcess,
  instanceEnv,
  serveReady,
  startAll,
  startCarnet,
  stopAllCarnets,
  WebClient,
  workerReady,
} from "../support/instances.ts";
import { describeWithPeers } from "../support/peers.ts";
import { type PgBouncer, startPgBouncer } from "../support/pgbouncer.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

const PASSWORD = "correct horse battery staple";

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Two `carnet serve --no-scheduler` web instances and two `carnet worker` processes on one
 * database behind PgBouncer, as behind a load balancer: what one instance counts, changes or
 * schedules, the others see.
 */
describeWithPeers("pgbouncer")("several instances on one database", () => {
  let t: TestDatabase;
  let smtp: SmtpPeer;
  const started: CarnetProcess[] = [];
  let webA: CarnetProcess;
  let webB: CarnetProcess;
  let bouncer: PgBouncer;

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpPeer();
    await createAccount(
      t.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    // Due before the workers start: the first cron tick they see has digests to send.
    for (const n of [1, 2, 3]) await confirmedSubscriber(t.db, `abonne${n}@exemple.test`, ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    // Left pending (below AUTO_PUBLISH_CONFIDENCE) for an admin to publish through one instance.
    await importMoves(t.db, [{ person: "Ondine Valcourt", company: "Brumeval", confidence: 0.4 }]);

    // Every process reaches PostgreSQL through PgBouncer 1.18 in transaction mode (no prepared
    // statements), with the direct URL for pg-boss and migrations, as README's deployment does.
    const server = new URL(t.url);
    bouncer = await startPgBouncer({ host: server.hostname, port: Number(server.port || 5432) });
    const env = await instanceEnv({
      DATABASE_URL: bouncer.url(t.name),
      DATABASE_DIRECT_URL: t.url,
      DATABASE_PREPARED_STATEMENTS: "false",
      SMTP_URL: smtp.url,
      // Every minute: whenever the workers start, the current minute's tick is due at once.
      ALERTS_CRON: "* * * * *",
      DAILY_CRON: "0 3 1 1 *",
      WEEKLY_CRON: "0 3 1 1 *",
    });
    // Started together, as after a deploy: four processes racing through start-up on one database.
    const processes = await startAll([
      startCarnet(["serve", "--no-scheduler"], env, serveReady),
      startCarnet(["serve", "--no-scheduler"], env, serveReady),
      startCarnet(["worker"], env, workerReady),
      startCarnet(["worker"], env, workerReady),
    ]);
    started.push(...processes);
    [webA, webB] = processes as [CarnetProcess, CarnetProcess];
  }, 300_000); // four processes compiling TypeScript at once: seconds alone, minutes on a loaded machine

  afterAll(async () => {
    await stopAllCarnets();
    await bouncer?.stop();
    await smtp?.close();
    await t?.drop();
  }, 60_000);

  it("counts failed sign-ins across instances: the sixth is refused whichever instance gets it", async () => {
    const browser = new WebClient();
    const statuses: number[] = [];
    for (const web of [webA, webB, webA, webB, webA, webB]) {
      const res = await browser.submit(`${web.url}/admin/connexion`, `${web.url}/admin/connexion`, {
        email: "intrus@exemple.test",
        password: "devine",
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("shows on one instance a move an admin published through the other, in pages and cached API answers", async () => {
    const api = `/api/moves?q=${encodeURIComponent("Ondine Valcourt")}`;
    const before = JSON.parse((await new WebClient().request(`${webB.url}${api}`)).text);
    expect(before.items).toHaveLength(0); // now in B's answer cache

    const admin = new WebClient();
    // A fresh client IP window: the previous test used this address's five failures.
    await t.db.deleteFrom("rate_limit_hits").execute();
    const signIn = await admin.submit(`${webA.url}/admin/connexion`, `${webA.url}/admin/connexion`, {
      email: "admin@carnet.test",
      password: PASSWORD,
    });
    expect(signIn.status).toBe(303);
    const pending = await t.db
      .selectFrom("moves")
      .innerJoin("people", "people.id", "moves.person_id")
      .select("moves.id")
      .where("people.name", "=", "Ondine Valcourt")
      .executeTakeFirstOrThrow();
    const decision = await admin.submit(`${webA.url}/admin/revue`, `${webA.url}/admin/revue/decision`, {
      ids: String(pending.id),
      decision: "approve",
    });
    expect(decision.status).toBe(303);

    const after = JSON.parse((await new WebClient().request(`${webB.url}${api}`)).text);
    expect(after.items.map((m: { person: { name: string } }) => m.person.name)).toEqual(["Ondine Valcourt"]);
  });

  it("runs the scheduled round once across two workers: each subscriber gets one digest", async () => {
    const addresses = [1, 2, 3].map((n) => `abonne${n}@exemple.test`);
    await eventually(
      async () => smtp.messages.length,
      (n) => n >= 3,
    );
    // Both workers have polled their queues several times by now (every 2 s): a second round or a
    // second send would have shown.
    await new Promise((r) => setTimeout(r, 5_000));
    for (const address of addresses) expect(await smtp.to(address)).toHaveLength(1);
    // One round per tick of the every-minute schedule, whichever worker saw the tick: pg-boss turns a
    // tick into one '__pgboss__send-it' job, kept once per 60-second slot across processes, and each
    // of those into one round job. (Grouping the round jobs by the minute they were created in is not
    // the same: a tick sent late in its minute is queued early in the next, beside that minute's own.)
    const ticks = await sql<{ slot: Date; n: number }>`
      SELECT singleton_on AS slot, count(*)::int AS n FROM pgboss.job
      WHERE name = '__pgboss__send-it' AND data->>'name' = 'alerts-round-immediate' GROUP BY 1`.execute(t.db);
    expect(ticks.rows.length).toBeGreaterThanOrEqual(1);
    for (const tick of ticks.rows) expect(tick.n).toBe(1);
    const rounds = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'alerts-round-immediate'`.execute(t.db);
    expect(rounds.rows[0]!.n).toBeGreaterThanOrEqual(1);
    expect(rounds.rows[0]!.n).toBeLessThanOrEqual(ticks.rows.length);
    // Both workers were up and polling while it happened.
    for (const worker of started.slice(2)) expect(worker.output()).toContain("scheduler started");
  }, 60_000);
});
