import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as inbound from "../../db/repositories/inbound.ts";
import { contentHash, parseIssueBytes } from "../../jobs/import/issue-file.ts";
import { importPaths } from "../../jobs/import/run.ts";
import { type Scheduler, startInboundWorker } from "../../jobs/register.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { type Inbound, startInbound } from "../../server/inbound.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { importReceivedFile } from "../../server/services/import-issue.ts";
import { rereadMessage, storeReceived } from "../../server/services/inbound-messages.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { describeWithPeers } from "../support/peers.ts";
import { swaks } from "../support/swaks.ts";

/**
 * One pipeline for every newsletter: received by SMTP (then queued in pg-boss and imported by the
 * job's worker), or imported as a file, it is kept raw once, deduplicated on its Message-ID and
 * content hash, and can be read again after a parser change without doubling its moves.
 */
describeWithPeers("swaks")("one pipeline for every received newsletter", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let receiving: Inbound;
  let worker: Scheduler;
  let dir: string;
  let seed: string;

  const count = async (table: string) =>
    Number((await test.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  /** Waits (polling, at most 30 s) until the message is no longer 'received'. */
  const settled = async (messageId: string) => {
    for (let waited = 0; waited < 30_000; waited += 200) {
      const { rows } = await test.pool.query(
        "SELECT status, moves_count FROM inbound_messages WHERE message_id = $1",
        [messageId],
      );
      if (rows[0] && rows[0].status !== "received") return rows[0];
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${messageId} still not processed after 30 s`);
  };
  const waitFor = async (done: () => Promise<boolean>) => {
    for (let waited = 0; waited < 30_000; waited += 200) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("not done after 30 s");
  };
  /** The seed issue as another issue of the same newsletter. */
  const issue = (day: number) =>
    seed
      .replace("<2025-05-20@lettre-tech.example>", `<2025-05-${day}@lettre-tech.example>`)
      .replace("20 May 2025", `${day} May 2025`);
  const file = async (name: string, text: string) => {
    const target = path.join(dir, name);
    await writeFile(target, text);
    return target;
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url, { env: { INBOUND_ADDRESSES: "lettres@carnet.test" } });
    await inbound.createSource(deps.db, {
      name: "La Lettre Tech & Médias",
      slug: "lettre-tech",
      senders: ["lettre-tech.example"],
      cadence: "weekly",
      hold_unauthenticated: false,
    });
    worker = await startInboundWorker(deps);
    receiving = await startInbound(deps, { port: 0 });
    dir = await mkdtemp(path.join(os.tmpdir(), "carnet-pipeline-"));
    seed = await readFile(path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml"), "utf8");
  });
  afterAll(async () => {
    await receiving?.stop();
    await worker?.stop();
    await deps?.close();
    await test?.drop();
  });

  it("imports a newsletter delivered by SMTP through the job queue, within seconds", async () => {
    const delivered = await swaks(receiving.smtpPort!, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${await file("smtp.eml", issue(21))}`,
    ]);
    expect(delivered.dialogue).toMatch(/<- {2}250 Stored as message \d+/);
    const outcome = await settled("<2025-05-21@lettre-tech.example>");
    expect(outcome.status).toBe("imported");
    expect(outcome.moves_count).toBeGreaterThan(3);
    expect(await count("newsletter_issues")).toBe(1);
  });

  it("runs a message's import again when it failed (pg-boss retries), the message waiting meanwhile", async () => {
    const { id } = await storeReceived(deps.db, Buffer.from(issue(25)), {
      via: "smtp",
      recipients: ["lettres@carnet.test"],
    });
    // For a while the database refuses to record any outcome (as it would with a disk full).
    await test.pool.query(
      "ALTER TABLE inbound_messages ADD CONSTRAINT refuse_for_now CHECK (status = 'received') NOT VALID",
    );
    try {
      deps.jobs.inboundReceived(id);
      await waitFor(async () => {
        const { rows } = await test.pool.query(
          "SELECT count(*)::int AS failed FROM pgboss.job WHERE name = 'inbound-message' AND data->>'messageId' = $1 AND state = 'retry'",
          [String(id)],
        );
        return rows[0].failed > 0;
      });
      const waiting = await test.pool.query("SELECT status FROM inbound_messages WHERE id = $1", [id]);
      expect(waiting.rows).toEqual([{ status: "received" }]);
    } finally {
      await test.pool.query("ALTER TABLE inbound_messages DROP CONSTRAINT refuse_for_now");
    }
    expect(await settled("<2025-05-25@lettre-tech.example>")).toMatchObject({ status: "imported" });
  }, 90_000);

  it("gives one issue for the same newsletter received by mail and imported as a file, whichever comes first", async () => {
    const issues = await count("newsletter_issues");
    // By mail first, then the same file given to `carnet import`: skipped as that issue.
    const sameFile = await file("lettre-21.eml", issue(21));
    const again = await importPaths(deps, [sameFile]);
    expect(again).toMatchObject({ imported: 0, skipped: 1 });

    // A file first, then the same message by mail with its own trace header (other bytes, same Message-ID).
    const first = await importPaths(deps, [await file("lettre-22.eml", issue(22))]);
    expect(first).toMatchObject({ imported: 1, skipped: 0 });
    const relayed = `Received: from mx.exemple.org by carnet.test; Thu, 22 May 2025 06:00:00 +0000\r\n${issue(22)}`;
    const stored = await storeReceived(deps.db, Buffer.from(relayed), { via: "imap" });
    expect(stored.stored).toBe(false);
    expect(await count("newsletter_issues")).toBe(issues + 1);

    const [latest] = await inbound.recentMessages(deps.db, { limit: 1 });
    expect(latest).toMatchObject({ via: "cli", status: "imported" });
  });

  it("reads a message again after a parser change: the new moves are added, none twice", async () => {
    // An older parser that missed the last two moves of the 23 May issue.
    const bytes = Buffer.from(issue(23).replace("CLAIRE MOREAU", "CLAIRE MOREAU-DUVAL"));
    const full = await parseIssueBytes(bytes, "lettre-23.eml");
    const older = { ...full, moves: full.moves.slice(0, -2) };
    const first = await importReceivedFile(
      deps.db,
      { name: "lettre-23.eml", bytes, via: "cli", parsed: older, contentHash: contentHash(bytes) },
      { autoPublishConfidence: 0.8 },
    );
    expect(first.status).toBe("imported");
    const movesOf = async () =>
      Number(
        (await test.pool.query("SELECT count(*) FROM moves WHERE issue_id = $1", [first.issueId])).rows[0]
          .count,
      ) +
      Number(
        (await test.pool.query("SELECT count(*) FROM move_sources WHERE issue_id = $1", [first.issueId]))
          .rows[0].count,
      );
    const before = await movesOf();
    const { rows } = await test.pool.query("SELECT id::int FROM inbound_messages WHERE issue_id = $1", [
      first.issueId,
    ]);
    const messageId = rows[0].id as number;

    expect(await rereadMessage(deps.db, messageId, { autoPublishConfidence: 0.8 })).toBe("imported");
    const after = await movesOf();
    expect(after).toBe(before + 2);
    // Reading it again changes nothing.
    expect(await rereadMessage(deps.db, messageId, { autoPublishConfidence: 0.8 })).toBe("imported");
    expect(await movesOf()).toBe(after);
    const [message] = await inbound.recentMessages(deps.db, { status: "imported", limit: 1 });
    expect(message).toMatchObject({ id: messageId, moves_count: after });
  });

  it("imports on a second reading a message an older parser found no Mouvements section in", async () => {
    const { id } = await storeReceived(deps.db, Buffer.from(issue(24)), {
      via: "smtp",
      recipients: ["lettres@carnet.test"],
    });
    // What an older parser left: no section, nothing imported.
    await test.pool.query(
      "UPDATE inbound_messages SET status = 'no_section', processed_at = now() WHERE id = $1",
      [id],
    );
    const issues = await count("newsletter_issues");
    expect(await rereadMessage(deps.db, id, { autoPublishConfidence: 0.8 })).toBe("imported");
    expect(await count("newsletter_issues")).toBe(issues + 1);
  });
});
