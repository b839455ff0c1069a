import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { loadDigestMoves } from "../../db/repositories/alerts.ts";
import { deletePeopleByKey } from "../../db/repositories/suppressions-admin.ts";
import { matchRound } from "../../jobs/alerts/match.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

/**
 * A digest carries its moves (migration 0018), so nothing in the database deletes them with a
 * move: the trigger on moves does, whatever the path (an erasure, a merge, a cascade), and it
 * waits for a round that is recording digests at that moment.
 */
describe("the moves a digest carries", () => {
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

  const moveIdOf = async (person: string) =>
    (
      await t.db
        .selectFrom("moves as m")
        .innerJoin("people as p", "p.id", "m.person_id")
        .select("m.id")
        .where("p.name", "=", person)
        .executeTakeFirstOrThrow()
    ).id;
  const carried = async () =>
    (await t.db.selectFrom("alert_digests").select(["move_ids", "reasons"]).orderBy("id").execute()).map(
      (d) => ({
        moves: d.move_ids.map(Number),
        reasons: d.reasons,
      }),
    );

  it("records each move once per subscriber, in one digest, and never again in a later round", async () => {
    await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Hugo Marchal", company: "Lumen" },
    ]);
    const first = await matchRound(deps, "immediate");
    expect(first).toMatchObject({ duePairs: 2, skippedPairs: 0 });
    const claire = await moveIdOf("Claire Fontanel");
    const hugo = await moveIdOf("Hugo Marchal");
    expect(await carried()).toEqual([
      { moves: [claire, hugo].sort((a, b) => a - b), reasons: ["arrival", "arrival"] },
    ]);

    await importMoves(t.db, [{ person: "Inès Berthier", company: "Lumen" }]);
    const second = await matchRound(deps, "immediate");
    expect(second).toMatchObject({ duePairs: 1 });
    expect((await carried())[1]).toEqual({ moves: [await moveIdOf("Inès Berthier")], reasons: ["arrival"] });
    expect(await matchRound(deps, "immediate")).toMatchObject({ duePairs: 0, digestIds: [] });
  });

  it("forgets a listed person's moves when they are erased, and a move deleted by a cascade", async () => {
    await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Hugo Marchal", company: "Lumen" },
      { person: "Inès Berthier", company: "Lumen" },
    ]);
    const { digestIds } = await matchRound(deps, "immediate");
    const claire = await moveIdOf("Claire Fontanel");
    const ines = await moveIdOf("Inès Berthier");

    const { key } = await t.db
      .selectFrom("people")
      .select("key")
      .where("name", "=", "Hugo Marchal")
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute((trx) => deletePeopleByKey(trx, key));
    expect(await carried()).toEqual([
      { moves: [claire, ines].sort((a, b) => a - b), reasons: ["arrival", "arrival"] },
    ]);

    // people → moves is ON DELETE CASCADE: the trigger sees the cascade's deletion too.
    await t.db.deleteFrom("people").where("name", "=", "Inès Berthier").execute();
    expect(await carried()).toEqual([{ moves: [claire], reasons: ["arrival"] }]);
    const shown = await loadDigestMoves(t.db, digestIds);
    expect(shown.map((m) => m.personName)).toEqual(["Claire Fontanel"]);
  });

  it("waits for a round recording a move before deleting it, so no digest keeps it", async () => {
    const subscriberId = await confirmedSubscriber(t.db, "lea@exemple.test", ["Lumen"]);
    await importMoves(t.db, [{ person: "Hugo Marchal", company: "Lumen" }]);
    const hugo = await moveIdOf("Hugo Marchal");

    let deleted = false;
    let deletion: Promise<unknown> | undefined;
    await t.db.transaction().execute(async (round) => {
      // What a round does: take the lock, then record a digest that carries the move.
      await sql`SELECT pg_advisory_xact_lock(hashtext('carnet.alert_matching'))`.execute(round);
      await sql`
        INSERT INTO alert_digests (subscriber_id, message_id, move_ids, reasons, saved_search_ids)
        VALUES (${subscriberId}, '<digest-test@carnet.example>', ARRAY[${hugo}::bigint], '{arrival}', '{NULL}')`.execute(
        round,
      );
      deletion = t.db
        .deleteFrom("moves")
        .where("id", "=", hugo)
        .execute()
        .then(() => (deleted = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(deleted).toBe(false);
    });
    await deletion;
    expect(await carried()).toEqual([{ moves: [], reasons: [] }]);
  });
});
