import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { createAccount } from "../../server/services/admin-users.ts";
import { csrfOf } from "../support/admin.ts";
import { useTestApp } from "../support/app.ts";
import type { TestDatabase } from "../support/database.ts";

const PASSWORD = "correct horse battery staple";

describe("the last active admin", () => {
  const carnet = useTestApp();
  let test: TestDatabase;
  let app: Express;

  beforeAll(() => {
    ({ test, app } = carnet);
  });

  const signedIn = async (email: string) => {
    const agent = request.agent(app);
    const form = await agent.get("/admin/connexion");
    await agent
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email, password: PASSWORD })
      .expect(303);
    const token = csrfOf((await agent.get("/admin/comptes").expect(200)).text);
    return { agent, token };
  };

  it("survives two admins demoting each other at the same moment", async () => {
    const cli = { id: null, email: "cli" };
    const alice = await createAccount(test.db, cli, {
      email: "alice@carnet.test",
      password: PASSWORD,
      role: "admin",
    });
    const bruno = await createAccount(test.db, cli, {
      email: "bruno@carnet.test",
      password: PASSWORD,
      role: "admin",
    });
    // A race shows only now and then: try it several times.
    for (let round = 0; round < 5; round++) {
      await test.db.updateTable("admin_users").set({ role: "admin", disabled: false }).execute();
      const [a, b] = await Promise.all([signedIn("alice@carnet.test"), signedIn("bruno@carnet.test")]);
      const answers = await Promise.all([
        a.agent.post(`/admin/comptes/${bruno.id}`).type("form").send({ _csrf: a.token, role: "editor" }),
        b.agent.post(`/admin/comptes/${alice.id}`).type("form").send({ _csrf: b.token, role: "editor" }),
      ]);
      const admins = await test.db
        .selectFrom("admin_users")
        .select("email")
        .where("role", "=", "admin")
        .where("disabled", "=", false)
        .execute();
      expect(admins).toHaveLength(1);
      // One demotion went through; the other was refused (409, or 403 once its author was demoted).
      expect(answers.map((r) => r.status).sort()).toEqual([303, expect.any(Number)]);
      expect([403, 409]).toContain(answers.find((r) => r.status !== 303)?.status);
    }
  }, 120_000);
});
