import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const PASSWORD = "correct horse battery staple";

/** /dev/mail shows every confirmation and manage link: who may read it. */
describe("the dev mailbox", () => {
  let test: TestDatabase;
  const opened: OwnedDeps[] = [];
  const appFor = async (nodeEnv: string) => {
    const deps = await createTestDeps(test.url, { env: { NODE_ENV: nodeEnv }, mailCatcher: true });
    opened.push(deps);
    return createApp(deps);
  };
  const signedIn = async (app: ReturnType<typeof createApp>, email: string) => {
    const agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email, password: PASSWORD })
      .expect(303);
    return agent;
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    const cli = { id: null, email: "cli" };
    await createAccount(test.db, cli, { email: "admin@carnet.test", password: PASSWORD, role: "admin" });
    await createAccount(test.db, cli, { email: "editeur@carnet.test", password: PASSWORD, role: "editor" });
  });
  afterAll(async () => {
    for (const deps of opened) await deps.close();
    await test.drop();
  });

  it("is open on a development machine", async () => {
    const res = await request(await appFor("development")).get("/dev/mail");
    expect(res.status).toBe(200);
    expect(res.text).toContain("Boîte de développement");
  });

  it.each(["production", "test"])(
    "in %s, sends visitors to the sign-in page and keeps it for admins",
    async (env) => {
      const app = await appFor(env);
      const visitor = await request(app).get("/dev/mail");
      expect(visitor.status).toBe(303);
      expect(visitor.headers.location).toBe("/admin/connexion?retour=%2Fdev%2Fmail");
      expect((await request(app).get("/dev/mail/00000001-abcd/html")).status).toBe(303);
      const editor = await signedIn(app, "editeur@carnet.test");
      expect((await editor.get("/dev/mail")).status).toBe(403);
      const admin = await signedIn(app, "admin@carnet.test");
      const page = await admin.get("/dev/mail");
      expect(page.status).toBe(200);
      expect(page.text).toContain("Boîte de développement");
    },
  );
});
