import type { Express } from "express";
import request from "supertest";
import type { DB } from "../../db/database.ts";
import { createAccount } from "../../server/services/admin-users.ts";

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

/** An admin account and a supertest agent signed in with it, as a person would through the form. */
export async function signedInAdmin(app: Express, db: DB, email = "admin@carnet.test") {
  const password = "correct horse battery staple";
  await createAccount(db, { id: null, email: "cli" }, { email, password, role: "admin" });
  const agent = request.agent(app);
  const form = await agent.get("/admin/connexion");
  await agent
    .post("/admin/connexion")
    .type("form")
    .send({ _csrf: csrfOf(form.text), email, password })
    .expect(303);
  /** POSTs a form with a fresh CSRF token taken from `tokenPage`. */
  const post = async (path: string, form: Record<string, string | string[]>, tokenPage = "/admin") => {
    const token = csrfOf((await agent.get(tokenPage)).text);
    return agent
      .post(path)
      .type("form")
      .send({ _csrf: token, ...form });
  };
  return { agent, post };
}
