import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { confirmedSubscriber, importMoves } from "../support/builders.ts";
import { runCarnet } from "../support/cli.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { type SmtpPeer, startSmtpPeer } from "../support/smtp.ts";

describe("carnet alerts run", () => {
  let t: TestDatabase;
  let smtp: SmtpPeer;
  let env: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpPeer({ reject: ["refused@exemple.test"] });
    env = {
      DATABASE_URL: t.url,
      SMTP_URL: smtp.url,
      DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "carnet-cli-")),
      APP_SECRET: "cli-secret-cli-secret-cli-secret-0123456789",
      PUBLIC_URL: "http://carnet.test",
    };
  });
  afterAll(async () => {
    await smtp.close();
    await t.drop();
  });

  it("runs one round now, prints what it did, and exits non-zero when a digest failed", async () => {
    await confirmedSubscriber(t.db, "cli@exemple.test", ["Lumen"]);
    await confirmedSubscriber(t.db, "refused@exemple.test", ["Lumen"]);
    await importMoves(t.db, [{ person: "Claire Fontanel", company: "Lumen" }]);

    const first = await runCarnet(["alerts", "run"], env);
    expect(first.stdout).toContain(
      "Round immediate: 2 due pairs, 2 new digests; 1 sent, 0 to retry, 1 failed.",
    );
    expect(first.stderr).toContain("No such user here");
    expect(first.code).toBe(1);
    expect(await smtp.to("cli@exemple.test")).toHaveLength(1);

    const second = await runCarnet(["alerts", "run"], env);
    expect(second.stdout).toContain("0 due pairs, 0 new digests; 0 sent, 0 to retry, 0 failed.");
    expect(second.code).toBe(0);
  });
});
