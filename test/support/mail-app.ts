import type { Express } from "express";
import { sql } from "kysely";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { createTestDeps } from "./deps.ts";
import { type SmtpPeer, startSmtpPeer } from "./smtp.ts";

/** What the HTTP tests of the mail path share: their database, a real SMTP peer, the app sending to it. */
export interface MailTestApp {
  t: TestDatabase;
  smtp: SmtpPeer;
  deps: OwnedDeps;
  app: Express;
}

export async function startMailTestApp(): Promise<MailTestApp> {
  const t = await createTestDatabase();
  const smtp = await startSmtpPeer();
  const deps = await createTestDeps(t.url, { env: { SMTP_URL: smtp.url } });
  return { t, smtp, deps, app: createApp(deps) };
}

export async function stopMailTestApp({ t, smtp, deps }: Omit<MailTestApp, "app">): Promise<void> {
  await deps.close();
  await smtp.close();
  await t.drop();
}

/** Between two tests of one file: no subscriber, alert, issue, move, person or company left. */
export async function clearSubscribersAndDirectory(t: TestDatabase): Promise<void> {
  await sql`TRUNCATE subscribers, alert_digests, newsletter_issues, moves, people, companies CASCADE`.execute(
    t.db,
  );
}
