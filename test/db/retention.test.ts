import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { startScheduler } from "../../jobs/register.ts";
import { runPurge } from "../../jobs/retention.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { confirmedSubscriber } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

/** Issue 17 item 4: the purge deletes what is past its retention period, and nothing else. */
describe("the retention purge", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = await createTestDeps(t.url, {
      env: {
        RETENTION_UNCONFIRMED_DAYS: "7",
        RETENTION_UPLOADS_HOURS: "24",
        RETENTION_OUTBOX_DAYS: "30",
        PURGE_CRON: "17 4 * * *",
      },
    });
  });
  afterAll(async () => {
    await deps.close();
    await t.drop();
  });

  const pending = async (
    email: string,
    createdDaysAgo: number,
    expiresInHours: number,
    token: string | null,
  ) => {
    const { id } = await t.db
      .insertInto("subscribers")
      .values({
        email,
        status: "pending",
        created_at: sql<Date>`now() - make_interval(days => ${createdDaysAgo})`,
        confirm_token_hash: token,
        confirm_token_expires_at: sql<Date>`now() + make_interval(hours => ${expiresInHours})`,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("follows")
      .values({ subscriber_id: id, company_name: "Lumen", company_key: "lumen" })
      .execute();
    return id;
  };

  it("deletes old unconfirmed subscriptions, expired tokens, expired sessions, old uploads and old outbox rows only", async () => {
    await pending("vieux@exemple.test", 10, -200, "a".repeat(64)); // 10 days old, link long dead: purged
    const recentExpired = await pending("recent@exemple.test", 3, -1, "b".repeat(64)); // too recent: kept, token cleared
    const oldButLive = await pending("relance@exemple.test", 10, 20, "c".repeat(64)); // link resent, still live: kept
    const confirmed = await confirmedSubscriber(t.db, "fidele@exemple.test", ["Lumen"]);
    await t.db
      .updateTable("subscribers")
      .set({ created_at: sql`now() - interval '400 days'` })
      .where("id", "=", confirmed)
      .execute();

    await t.db
      .insertInto("session")
      .values([
        { sid: "expired", sess: JSON.stringify({}), expire: sql<Date>`now() - interval '1 minute'` },
        { sid: "active", sess: JSON.stringify({}), expire: sql<Date>`now() + interval '1 hour'` },
      ])
      .execute();
    const admin = await createAccount(
      t.db,
      { id: null, email: "cli" },
      { email: "a@carnet.test", password: "correct horse battery staple", role: "admin" },
    );
    await t.db
      .insertInto("import_drafts")
      .values([
        {
          token: "old-draft-token-0123456789",
          admin_user_id: admin.id,
          position: 0,
          file_name: "vieux.txt",
          content: Buffer.from("x"),
          created_at: sql<Date>`now() - interval '25 hours'`,
        },
        {
          token: "new-draft-token-0123456789",
          admin_user_id: admin.id,
          position: 0,
          file_name: "neuf.txt",
          content: Buffer.from("y"),
        },
      ])
      .execute();
    await t.db
      .insertInto("mail_outbox")
      .values([
        {
          kind: "subscription_manage_link",
          subscriber_id: confirmed,
          status: "sent",
          created_at: sql<Date>`now() - interval '31 days'`,
        },
        {
          kind: "subscription_manage_link",
          subscriber_id: confirmed,
          status: "sent",
          created_at: sql<Date>`now() - interval '29 days'`,
        },
        {
          kind: "subscription_manage_link",
          subscriber_id: confirmed,
          status: "queued",
          created_at: sql<Date>`now() - interval '31 days'`,
        },
      ])
      .execute();

    expect(await runPurge(deps)).toEqual({
      unconfirmedSubscriptions: 1,
      expiredTokens: 1,
      sessions: 1,
      uploads: 1,
      outbox: 1,
      unconfirmedRequests: 0,
      requestTokens: 0,
      decidedRequests: 0,
    });

    const subscribers = await t.db
      .selectFrom("subscribers")
      .select(["id", "email", "confirm_token_hash"])
      .orderBy("id")
      .execute();
    expect(subscribers.map((s) => s.email)).toEqual([
      "recent@exemple.test",
      "relance@exemple.test",
      "fidele@exemple.test",
    ]);
    expect(subscribers.find((s) => s.id === recentExpired)!.confirm_token_hash).toBeNull();
    expect(subscribers.find((s) => s.id === oldButLive)!.confirm_token_hash).toBe("c".repeat(64));
    expect(await t.db.selectFrom("follows").select("subscriber_id").execute()).toHaveLength(3);
    expect((await t.db.selectFrom("session").select("sid").execute()).map((s) => s.sid)).toEqual(["active"]);
    expect(
      (await t.db.selectFrom("import_drafts").select("file_name").execute()).map((d) => d.file_name),
    ).toEqual(["neuf.txt"]);
    expect(await t.db.selectFrom("mail_outbox").select("status").orderBy("id").execute()).toEqual([
      { status: "sent" },
      { status: "queued" },
    ]);

    // Run again: nothing more is due.
    expect(Object.values(await runPurge(deps))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("deletes listed people's unconfirmed requests and dead request links on their own periods, and answered requests after theirs", async () => {
    const personRequest = async (
      email: string,
      values: { status: "unconfirmed" | "open" | "accepted" | "refused"; createdDaysAgo: number },
      extra: Record<string, unknown> = {},
    ) =>
      t.db
        .insertInto("person_requests")
        .values({
          kind: "removal",
          person_name: "Claire Fontanel",
          person_slug: "claire-fontanel",
          email,
          status: values.status,
          created_at: sql<Date>`now() - make_interval(days => ${values.createdDaysAgo})`,
          ...extra,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    const expiredAt = sql<Date>`now() - interval '1 hour'`;
    await personRequest(
      "vieille@exemple.test",
      { status: "unconfirmed", createdDaysAgo: 11 },
      {
        confirm_token_hash: "d".repeat(64),
        confirm_token_expires_at: expiredAt,
      },
    );
    const recent = await personRequest(
      "recente@exemple.test",
      { status: "unconfirmed", createdDaysAgo: 3 },
      {
        confirm_token_hash: "e".repeat(64),
        confirm_token_expires_at: expiredAt,
      },
    );
    const answered = {
      confirmed_at: sql<Date>`now() - interval '5 years'`,
      due_at: sql<Date>`now() - interval '5 years'`,
      response: "Accepté.",
    };
    await personRequest(
      "ancienne@exemple.test",
      { status: "accepted", createdDaysAgo: 2000 },
      {
        ...answered,
        decided_at: sql<Date>`now() - interval '101 days'`,
      },
    );
    await personRequest(
      "jeune@exemple.test",
      { status: "refused", createdDaysAgo: 2000 },
      {
        ...answered,
        decided_at: sql<Date>`now() - interval '99 days'`,
      },
    );
    // Open and never answered: kept whatever its age, an admin owes an answer.
    await personRequest("ouverte@exemple.test", { status: "open", createdDaysAgo: 2000 }, answered);

    const purgeDeps = await createTestDeps(t.url, {
      env: { RETENTION_REQUESTS_UNCONFIRMED_DAYS: "10", RETENTION_REQUESTS_DECIDED_DAYS: "100" },
    });
    try {
      expect(await runPurge(purgeDeps)).toMatchObject({
        unconfirmedRequests: 1,
        requestTokens: 1,
        decidedRequests: 1,
      });
    } finally {
      await purgeDeps.close();
    }
    const left = await t.db
      .selectFrom("person_requests")
      .select(["id", "email", "confirm_token_hash"])
      .orderBy("id")
      .execute();
    expect(left.map((r) => r.email)).toEqual([
      "recente@exemple.test",
      "jeune@exemple.test",
      "ouverte@exemple.test",
    ]);
    expect(left.find((r) => r.id === recent.id)!.confirm_token_hash).toBeNull();
  });

  it("is scheduled in the job queue on PURGE_CRON", async () => {
    const scheduler = await startScheduler(deps);
    try {
      const { rows } = await sql<{
        cron: string;
      }>`SELECT cron FROM pgboss.schedule WHERE name = 'retention-purge'`.execute(t.db);
      expect(rows).toEqual([{ cron: "17 4 * * *" }]);
    } finally {
      await scheduler.stop();
    }
  });
});
