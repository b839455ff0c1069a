import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { signedInAdmin } from "../support/admin.ts";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

/** Issue 17 item 3: after downtime, old news is recorded as skipped, not mailed, and shown to admins. */
describe("alerts after downtime", () => {
  let t: TestDatabase;
  let deps: OwnedDeps;
  let smtp: SmtpPeer;

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpPeer();
    deps = await createTestDeps(t.url, { env: { SMTP_URL: smtp.url, ALERTS_MAX_AGE_DAYS: "10" } });
  });
  afterAll(async () => {
    await deps.close();
    await smtp.close();
    await t.drop();
  });

  it("mails a fresh move, records an older one as skipped with its reason, and lists it in the mail log", async () => {
    const id = await confirmedSubscriber(t.db, "retour@exemple.test", ["Lumen"]);
    await t.db
      .updateTable("subscribers")
      .set({ confirmed_at: sql`now() - interval '60 days'` })
      .where("id", "=", id)
      .execute();
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Victor Ancien", company: "Lumen" },
    ]);
    // The scheduler was down: Victor Ancien's move was published 12 days before this round.
    await sql`UPDATE moves SET published_at = now() - interval '12 days'
      WHERE person_id = (SELECT id FROM people WHERE name = 'Victor Ancien')`.execute(t.db);

    const report = await runAlertRound(deps, ["immediate"]);
    expect(report).toMatchObject({ duePairs: 1, skipped: 1, sent: 1 });
    const [mail, ...others] = await smtp.to("retour@exemple.test");
    expect(others).toHaveLength(0);
    expect(mail!.text).toContain("Claire Fontanel");
    expect(mail!.text).not.toContain("Victor Ancien");

    // Recorded as a digest that is never sent, carrying the one stale move.
    const skipped = await t.db
      .selectFrom("alert_digests")
      .select(["status", "skipped_reason", sql<number>`cardinality(move_ids)`.as("moves")])
      .where("status", "=", "skipped")
      .execute();
    expect(skipped).toEqual([
      {
        status: "skipped",
        skipped_reason: "publié plus de 10 jours avant la tournée (ALERTS_MAX_AGE_DAYS)",
        moves: 1,
      },
    ]);
    // Never mailed later either.
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ duePairs: 0, skipped: 0, sent: 0 });

    const { agent } = await signedInAdmin(createApp(deps), t.db);
    const log = await agent.get("/admin/courriels?etat=skipped").expect(200);
    expect(log.text).toContain("Alertes non envoyées : nouvelles trop anciennes");
    expect(log.text).toContain("Victor Ancien");
    expect(log.text).toContain("retour@exemple.test");
    expect(log.text).toContain("publié plus de 10 jours avant la tournée");
  });
});
