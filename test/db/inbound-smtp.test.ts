import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import pg from "pg";
import * as inbound from "../../db/repositories/inbound.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { startInbound } from "../../server/inbound.ts";
import { type InboundSmtp, startInboundSmtp } from "../../server/mail/inbound-smtp.ts";
import { SEEDS_DIR } from "../../server/paths.ts";
import { processInboundMessage } from "../../server/services/inbound-messages.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";
import { describeWithPeers } from "../support/peers.ts";
import { swaks } from "../support/swaks.ts";

const noDns = async () => {
  throw Object.assign(new Error("no DNS in tests"), { code: "ENOTFOUND" });
};

describeWithPeers("swaks")("inbound SMTP", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let smtp: InboundSmtp;
  let seed: string;
  const processed: Promise<unknown>[] = [];

  const settle = async () => {
    while (processed.length > 0) await processed.shift();
  };
  const issueCount = async () =>
    Number((await test.pool.query("SELECT count(*) FROM newsletter_issues")).rows[0].count);

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    await inbound.createSource(deps.db, {
      name: "La Lettre Tech & Médias",
      slug: "lettre-tech",
      senders: ["lettre-tech.example"],
      cadence: "weekly",
      hold_unauthenticated: false,
    });
    smtp = await startInboundSmtp(deps, {
      port: 0,
      host: "127.0.0.1",
      addresses: ["lettres@carnet.test"],
      maxBytes: 100_000,
      dnsResolver: noDns,
      onStored: (id) => processed.push(processInboundMessage(deps.db, id, { autoPublishConfidence: 0.8 })),
    });
    seed = path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml");
  });
  afterAll(async () => {
    await smtp?.stop();
    await deps?.close();
    await test?.drop();
  });

  it("imports a newsletter delivered to the inbound address, once however often and to whichever address", async () => {
    const first = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${seed}`,
    ]);
    expect(first.dialogue).toMatch(/<- {2}250 Stored as message \d+/);
    expect(first.code).toBe(0);
    await settle();
    const [message] = await inbound.recentMessages(deps.db);
    expect(message).toMatchObject({
      status: "imported",
      source_name: "La Lettre Tech & Médias",
      via: "smtp",
    });
    expect(message!.moves_count).toBeGreaterThan(3);
    expect(message!.auth).toMatchObject({
      spf: expect.any(String),
      dkim: expect.any(String),
      dmarc: expect.any(String),
    });
    const issues = await test.pool.query("SELECT title, published_on::text FROM newsletter_issues");
    expect(issues.rows).toEqual([
      { title: "La Lettre Tech & Médias – 20 mai 2025", published_on: "2025-05-20" },
    ]);

    const again = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${seed}`,
    ]);
    expect(again.dialogue).toMatch(/<- {2}250 Already received/);
    // The same newsletter, to a second of our addresses and to and cc at once, with its own envelope.
    const byTag = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres+lettre-tech@carnet.test,lettres@carnet.test",
      "--data",
      `@${seed}`,
    ]);
    expect(byTag.code).toBe(0);
    await settle();
    expect(await issueCount()).toBe(1);
  });

  it("answers 550 for an address that is not ours", async () => {
    const result = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "quelquun@carnet.test",
      "--data",
      `@${seed}`,
    ]);
    expect(result.dialogue).toMatch(/<\*\* 550 5\.1\.1/);
    expect(result.code).not.toBe(0);
  });

  it("answers 552 for a message over INBOUND_MAX_BYTES", async () => {
    const big = `Subject: gros\r\nFrom: lettre@lettre-tech.example\r\nMessage-ID: <gros@lettre-tech.example>\r\n\r\n${"x".repeat(150_000)}\r\n`;
    const file = path.join(test.name, "big.eml");
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const os = await import("node:os");
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-inbound-"));
    await writeFile(path.join(dir, "big.eml"), big);
    const result = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${path.join(dir, "big.eml")}`,
    ]);
    expect(result.dialogue).toMatch(/<\*\* 552/);
    expect(file).toBeTruthy();
  });

  it("keeps a newsletter from an unknown sender in the unrecognised tray, not imported", async () => {
    const raw = (await readFile(seed, "utf8"))
      .replace("lettre@lettre-tech.example", "infos@inconnue.example")
      .replace("<2025-05-20@lettre-tech.example>", "<autre@inconnue.example>");
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const os = await import("node:os");
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-inbound-"));
    await writeFile(path.join(dir, "inconnue.eml"), raw);
    const before = await issueCount();
    const result = await swaks(smtp.port, [
      "--from",
      "infos@inconnue.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${path.join(dir, "inconnue.eml")}`,
    ]);
    expect(result.code).toBe(0);
    await settle();
    const tray = await inbound.recentMessages(deps.db, { status: "unrecognised" });
    expect(tray.map((m) => m.from_address)).toEqual(["infos@inconnue.example"]);
    expect(await issueCount()).toBe(before);
  });

  it("offers STARTTLS with the certificate INBOUND_TLS_CERT/KEY name, and takes the newsletter over TLS", async () => {
    const { mkdtemp } = await import("node:fs/promises");
    const os = await import("node:os");
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-tls-"));
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    await new Promise<void>((resolve, reject) =>
      execFile(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=carnet.test"].concat([
          "-keyout",
          key,
          "-out",
          cert,
        ]),
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    const tlsDeps = await createTestDeps(test.url, {
      env: { INBOUND_TLS_CERT: cert, INBOUND_TLS_KEY: key, INBOUND_ADDRESSES: "lettres@carnet.test" },
    });
    const receiving = await startInbound(tlsDeps, { port: 0 });
    try {
      const raw = (await readFile(seed, "utf8")).replace(
        "<2025-05-20@lettre-tech.example>",
        "<chiffre@lettre-tech.example>",
      );
      const file = path.join(dir, "chiffre.eml");
      const { writeFile } = await import("node:fs/promises");
      await writeFile(file, raw);
      const result = await swaks(receiving.smtpPort!, [
        "--tls",
        "--from",
        "lettre@lettre-tech.example",
        "--to",
        "lettres@carnet.test",
        "--data",
        `@${file}`,
      ]);
      expect(result.dialogue).toMatch(/-> STARTTLS/);
      expect(result.dialogue).toMatch(/TLS started/);
      // swaks marks the lines it exchanged inside TLS with "~".
      expect(result.dialogue).toMatch(/<~ {1,2}250 Stored as message \d+/);
      const stored = await test.pool.query(
        "SELECT via FROM inbound_messages WHERE message_id = '<chiffre@lettre-tech.example>'",
      );
      expect(stored.rows).toEqual([{ via: "smtp" }]);
    } finally {
      await receiving.stop();
      await tlsDeps.close();
    }
  });

  it("answers 451 while the database is unreachable, and imports the message when the sender retries", async () => {
    const raw = (await readFile(seed, "utf8"))
      .replace("<2025-05-20@lettre-tech.example>", "<2025-05-27@lettre-tech.example>")
      .replace("20 May 2025", "27 May 2025")
      .replace("CLAIRE", "CLAIRE");
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const os = await import("node:os");
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-inbound-"));
    const file = path.join(dir, "retry.eml");
    await writeFile(file, raw);
    const admin = new pg.Client({ connectionString: process.env.CARNET_TEST_ADMIN_URL });
    await admin.connect();
    try {
      // The database goes away: no new connection, and the pool's connections are cut.
      await admin.query(`ALTER DATABASE ${test.name} WITH ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [
        test.name,
      ]);
      const refused = await swaks(smtp.port, [
        "--from",
        "lettre@lettre-tech.example",
        "--to",
        "lettres@carnet.test",
        "--data",
        `@${file}`,
      ]);
      expect(refused.dialogue).toMatch(/<\*\* 451 4\.3\.0/);
    } finally {
      await admin.query(`ALTER DATABASE ${test.name} WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const stored = await test.pool
      .query("SELECT count(*) FROM inbound_messages WHERE message_id = '<2025-05-27@lettre-tech.example>'")
      .catch(async () =>
        test.pool.query(
          "SELECT count(*) FROM inbound_messages WHERE message_id = '<2025-05-27@lettre-tech.example>'",
        ),
      );
    expect(Number(stored.rows[0].count)).toBe(0);

    const retried = await swaks(smtp.port, [
      "--from",
      "lettre@lettre-tech.example",
      "--to",
      "lettres@carnet.test",
      "--data",
      `@${file}`,
    ]);
    expect(retried.dialogue).toMatch(/<- {2}250 Stored as message \d+/);
    await settle();
    const [message] = await inbound.recentMessages(deps.db);
    // The same moves as the 20 May issue, now a second source of each: a new issue, no new move.
    expect(message).toMatchObject({ status: "imported" });
    expect(await issueCount()).toBe(2);
  });
});
