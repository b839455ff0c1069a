import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { matchRound } from "../../jobs/alerts/match.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

/**
 * A digest's subscriber is kept by triggers rather than a foreign key (migration 0019): a digest
 * names a subscriber who exists, and a deleted subscriber's digests keep their moves and counts
 * with no one named, even when the deletion comes while a round is recording their digest.
 */
describe("the subscriber a digest is for", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = await createTestDeps(t.url);
  });
  beforeEach(async () => {
    await sql`TRUNCATE subscribers, alert_digests, newsletter_issues, moves, people, companies CASCADE`.execute(
      t.db,
    );
  });
  afterAll(async () => {
    await deps.close();
    await t.drop();
  });

  // By subscriber, the erased first: a round's parts number their digests at once (MATCH_PARTS),
  // so the ids of one round do not follow the subscribers.
  const digests = () =>
    t.db
      .selectFrom("alert_digests")
      .select(["subscriber_id", "move_ids"])
      .orderBy(sql`subscriber_id NULLS FIRST`)
      .orderBy("id")
      .execute();
  const insertDigest = (subscriberId: number, messageId: string) =>
    sql`
      INSERT INTO alert_digests (subscriber_id, message_id, move_ids, reasons, saved_search_ids)
      VALUES (${subscriberId}, ${messageId}, '{}', '{}', '{}')`;

  it("refuses a digest, or a change of one, naming a subscriber who does not exist", async () => {
    const subscriberId = await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    await expect(insertDigest(subscriberId + 1, "<a@carnet.example>").execute(t.db)).rejects.toMatchObject({
      code: "23503",
    });
    await insertDigest(subscriberId, "<b@carnet.example>").execute(t.db);
    await expect(
      sql`UPDATE alert_digests SET subscriber_id = ${subscriberId + 1}`.execute(t.db),
    ).rejects.toMatchObject({ code: "23503" });
    expect(await digests()).toEqual([{ subscriber_id: subscriberId, move_ids: [] }]);
  });

  it("keeps an erased subscriber's digests and their moves, naming no one", async () => {
    const lea = await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    const hugo = await confirmedSubscriber(t.db, "hugo@exemple.test", ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    await matchRound(deps, "immediate");
    await t.db.deleteFrom("subscribers").where("id", "=", lea).execute();
    expect(await digests()).toEqual([
      { subscriber_id: null, move_ids: [expect.anything()] },
      { subscriber_id: hugo, move_ids: [expect.anything()] },
    ]);
  });

  it("waits for a round recording a subscriber's digest before erasing them, so the digest names no one", async () => {
    const subscriberId = await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    let erased = false;
    let erasure: Promise<unknown> | undefined;
    await t.db.transaction().execute(async (round) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext('carnet.alert_matching'))`.execute(round);
      await insertDigest(subscriberId, "<digest-test@carnet.example>").execute(round);
      erasure = t.db
        .deleteFrom("subscribers")
        .where("id", "=", subscriberId)
        .execute()
        .then(() => (erased = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(erased).toBe(false);
    });
    await erasure;
    expect(await digests()).toEqual([{ subscriber_id: null, move_ids: [] }]);
  });
});
