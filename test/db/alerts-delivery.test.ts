import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { claimDueDigests } from "../../db/repositories/alerts.ts";
import { matchRound } from "../../jobs/alerts/match.ts";
import { runAlertRound } from "../../jobs/alerts/run.ts";
import { SEND_POLICY, sendDueDigests } from "../../jobs/alerts/send.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { confirmedSubscriber, digestRows, importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

/** A clock the test moves forward, so retries come due without waiting real minutes. */
function movableClock() {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms: number) => (offset += ms) };
}

const emails = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}@exemple.test`);

describe("sending alert digests over SMTP", () => {
  let t: TestDatabase;
  const owned: OwnedDeps[] = [];
  const peers: SmtpPeer[] = [];
  const depsFor = async (peer: SmtpPeer, clock?: ReturnType<typeof movableClock>) => {
    const deps = await createTestDeps(t.url, { env: { SMTP_URL: peer.url }, clock });
    owned.push(deps);
    return deps;
  };
  const peer = async (options: Parameters<typeof startSmtpPeer>[0] = {}) => {
    const p = await startSmtpPeer(options);
    peers.push(p);
    return p;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  beforeEach(async () => {
    await sql`TRUNCATE subscribers, alert_digests, newsletter_issues, moves, people, companies CASCADE`.execute(
      t.db,
    );
  });
  afterAll(async () => {
    // Transports first: smtp-server waits for open (pooled) connections before it closes.
    for (const deps of owned) await deps.close();
    for (const p of peers) await p.close();
    await t.drop();
  });

  it("delivers every due digest exactly once through a server that refuses 30 % of RCPT/DATA and drops connections", async () => {
    const flaky = await peer({ seed: 7, transientRate: 0.3, dropRate: 0.1 });
    const clock = movableClock();
    const deps = await depsFor(flaky, clock);
    const addresses = emails(20, "flaky");
    for (const email of addresses) await confirmedSubscriber(t.db, email, ["Lumen"]);
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Hugo Marchal", company: "Lumen" },
    ]);

    const first = await runAlertRound(deps, ["immediate"]);
    expect(first.digests).toBe(20);
    let rounds = 0;
    while ((await digestRows(t.db)).some((d) => d.status !== "sent") && rounds++ < 40) {
      clock.advance(7 * 3_600_000); // past the longest backoff
      await sendDueDigests(deps);
    }

    expect(flaky.stats.transient + flaky.stats.dropped).toBeGreaterThan(0);
    const digests = await digestRows(t.db);
    expect(digests.map((d) => d.status)).toEqual(Array(20).fill("sent"));
    for (const email of addresses) {
      const received = await flaky.to(email);
      expect(received).toHaveLength(1);
      expect(received[0]!.subject).toBe("2 mouvements chez Lumen");
    }
    expect(digests.some((d) => d.attempts > 1)).toBe(true);
  });

  it("sends each digest once when two processes run a round at the same time", async () => {
    const sink = await peer();
    const [a, b] = [await depsFor(sink), await depsFor(sink)];
    const addresses = emails(40, "twice");
    for (const [i, email] of addresses.entries())
      await confirmedSubscriber(t.db, email, i % 2 ? ["Lumen"] : ["Trace", "Lumen"]);
    await importMoves(t.db, [
      { person: "Claire Fontanel", company: "Lumen" },
      { person: "Inès Barou", company: "Trace" },
    ]);

    const [ra, rb] = await Promise.all([runAlertRound(a!, ["immediate"]), runAlertRound(b!, ["immediate"])]);

    expect(ra.sent + rb.sent).toBe(40);
    expect(ra.duePairs + rb.duePairs).toBe(60);
    expect(sink.messages).toHaveLength(40);
    expect(new Set(sink.messages.map((m) => m.to[0])).size).toBe(40);
    const again = await runAlertRound(a!, ["immediate"]);
    expect(again).toMatchObject({ duePairs: 0, digests: 0, sent: 0 });
  });

  it("marks a digest refused with 5xx as failed with the server's reason and sends the others", async () => {
    const strict = await peer({
      reject: ["gone@exemple.test"],
      rejectReason: "5.1.1 Mailbox gone@exemple.test does not exist",
    });
    const deps = await depsFor(strict);
    await confirmedSubscriber(t.db, "gone@exemple.test", ["Lumen"]);
    for (const email of emails(3, "ok")) await confirmedSubscriber(t.db, email, ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);

    const report = await runAlertRound(deps, ["immediate"]);

    expect(report).toMatchObject({ sent: 3, failed: 1, retrying: 0 });
    expect(report.failures[0]!.reason).toContain("Mailbox gone@exemple.test does not exist");
    const failed = (await digestRows(t.db)).filter((d) => d.status === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.attempts).toBe(1);
    expect(failed[0]!.last_error).toContain("550");
    expect(strict.messages).toHaveLength(3);
    // Permanent: a later round does not try again.
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 0, failed: 0 });
  });

  it("marks an address the server refuses for good as bounced, and mails it nothing more", async () => {
    const strict = await peer({ reject: ["parti@exemple.test"], rejectReason: "5.1.1 User unknown" });
    const deps = await depsFor(strict);
    await confirmedSubscriber(t.db, "parti@exemple.test", ["Lumen"]);
    await confirmedSubscriber(t.db, "reste@exemple.test", ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1, failed: 1 });
    const blocked = await sql<{ email: string; mail_blocked: string; mail_blocked_reason: string }>`
      SELECT email, mail_blocked, mail_blocked_reason FROM subscribers WHERE mail_blocked IS NOT NULL`.execute(
      t.db,
    );
    expect(blocked.rows).toEqual([
      {
        email: "parti@exemple.test",
        mail_blocked: "bounced",
        mail_blocked_reason: expect.stringContaining("User unknown"),
      },
    ]);

    // A later move of the company they follow: the other subscriber hears of it, the refused address is not tried.
    await importMoves(t.db, [{ person: "Hugo Marchal", company: "Lumen" }]);
    expect(await runAlertRound(deps, ["immediate"])).toMatchObject({ sent: 1, failed: 0 });
    expect(strict.stats.rejected).toBe(1);
    expect(await strict.to("reste@exemple.test")).toHaveLength(2);
  });

  it("reclaims a digest left 'sending' by a process that died, once it is stale", async () => {
    const sink = await peer();
    const clock = movableClock();
    const deps = await depsFor(sink, clock);
    await confirmedSubscriber(t.db, "crash@exemple.test", ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);
    await matchRound(deps, "immediate");
    // Another process claims the digest and dies before marking it.
    expect(
      await claimDueDigests(t.db, { now: clock.now(), staleMs: SEND_POLICY.staleMs, limit: 10 }),
    ).toHaveLength(1);

    expect(await sendDueDigests(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(SEND_POLICY.staleMs + 1_000);
    expect(await sendDueDigests(deps)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sink.to("crash@exemple.test")).toHaveLength(1);
  });
});
