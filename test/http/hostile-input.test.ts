import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import request from "supertest";
import { createApp } from "../../server/app.ts";
import type { OwnedDeps } from "../../server/deps.ts";
import { createAccount } from "../../server/services/admin-users.ts";
import { writeMovesCsv } from "../../server/services/exports.ts";
import { searchQuerySchema } from "../../server/services/search.ts";
import { csrfOf } from "../support/admin.ts";
import { importMoves } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createTestDeps } from "../support/deps.ts";

const PASSWORD = "correct horse battery staple";

describe("hostile input", () => {
  let test: TestDatabase;
  let deps: OwnedDeps;
  let app: Express;
  let admin: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    test = await createTestDatabase();
    deps = await createTestDeps(test.url);
    app = createApp(deps);
    await importMoves(test.db, [
      {
        person: "Octave Piège",
        company: "Formulaire",
        role: '=HYPERLINK("http://mechant.test","clic")',
        paragraph: "OCTAVE PIÈGE rejoint Formulaire.</title><script>alert(1)</script> Fin ]]> du texte.",
      },
      { person: "Agathe Signe", company: "+Plus", role: "@directrice", paragraph: "Agathe rejoint +Plus." },
    ]);
    await createAccount(
      test.db,
      { id: null, email: "cli" },
      { email: "admin@carnet.test", password: PASSWORD, role: "admin" },
    );
    admin = request.agent(app);
    const form = await admin.get("/admin/connexion");
    await admin
      .post("/admin/connexion")
      .type("form")
      .send({ _csrf: csrfOf(form.text), email: "admin@carnet.test", password: PASSWORD })
      .expect(303);
  });
  afterAll(async () => {
    await deps.close();
    await test.drop();
  });

  describe("control characters", () => {
    it.each([
      ["/api/moves?q=%00", "q"],
      ["/api/moves?company=a%01b", "company"],
      ["/api/companies?q=%00", "q"],
      ["/recherche?q=%00", "q"],
      ["/recherche.csv?q=%00", "q"],
      ["/recherche.atom?q=%00", "q"],
      ["/recherche?q=ok&company=%1F", "company"],
      ["/personnes/jean%00dupont", "slug"],
      ["/entreprises/%00", "slug"],
      ["/entreprises/a%7Fb/feed.atom", "slug"],
    ])("GET %s answers 400 naming %s", async (path, field) => {
      const res = await request(app).get(path);
      expect(res.status).toBe(400);
      if (path.startsWith("/api/")) expect(res.body.error).toMatchObject({ code: "invalid", field });
      // The search page shows its form again with the message beside the field.
      else if (path.startsWith("/recherche?")) expect(res.text).toContain(`id="${field}-error"`);
      else expect(res.text).toContain(`« ${field} »`);
      expect(res.text).toMatch(/caractère de contrôle interdit/i);
    });

    it("refuses them in the subscribe form, naming the field", async () => {
      const agent = request.agent(app);
      const page = await agent.get("/alertes").expect(200);
      const res = await agent
        .post("/alertes")
        .type("form")
        .send({ _csrf: csrfOf(page.text), email: "a\u0000@exemple.test", companies: "Lumen" });
      expect(res.status).toBe(400);
      expect(res.text).toContain("Adresse e-mail : caractère de contrôle interdit");
      const again = await agent
        .post("/alertes")
        .type("form")
        .send({ _csrf: csrfOf(page.text), email: "a@exemple.test", companies: "Lu\u0000men" });
      expect(again.status).toBe(400);
      expect(again.text).toContain("Entreprises : caractère de contrôle interdit");
    });

    it("refuses them at sign-in", async () => {
      const agent = request.agent(app);
      const page = await agent.get("/admin/connexion");
      const res = await agent
        .post("/admin/connexion")
        .type("form")
        .send({ _csrf: csrfOf(page.text), email: "admin\u0000@carnet.test", password: "x" });
      expect(res.status).toBe(400);
      expect(res.text).toContain("« email »");
    });

    it.each([
      "/admin/journal?q=%00",
      "/admin/abonnes?q=%00",
      "/admin/courriels?q=%00",
      "/admin/personnes?q=%00",
      "/admin/entreprises?q=%00",
      "/admin/fusion?type=person&a=%00",
    ])("GET %s (signed in) answers 400 naming the filter", async (path) => {
      const res = await admin.get(path);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/« (q|a) »/);
    });

    it("keeps serving after all of the above", async () => {
      expect((await request(app).get("/recherche.csv")).status).toBe(200);
      expect((await request(app).get("/healthz")).status).toBe(200);
    });
  });

  it("an export whose database fails rejects its promise instead of crashing the process", async () => {
    const broken = await createTestDatabase();
    await broken.drop(); // closes its pool: every query now fails
    const chunks: Buffer[] = [];
    const { Writable } = await import("node:stream");
    const out = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    await expect(
      writeMovesCsv(broken.db, searchQuerySchema.parse({}), { separator: ",", baseUrl: "http://x" }, out),
    ).rejects.toThrow();
    expect(out.destroyed).toBe(true);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const res = await request(app).get("/recherche.csv").expect(200);
    expect(res.text).toContain(`'=HYPERLINK(""http://mechant.test"",""clic"")`);
    expect(res.text).toContain("'@directrice");
    expect(res.text).toContain("'+Plus");
    expect(res.text).not.toMatch(/(^|[,;])[=+@]/m);
  });

  it("escapes newsletter text in Atom titles and summaries", async () => {
    const feeds = [
      await request(app).get("/recherche.atom").expect(200),
      await request(app).get("/entreprises/formulaire/feed.atom").expect(200),
    ];
    for (const feed of feeds) {
      expect(feed.text).not.toContain("<script>");
      expect(feed.text).toContain("&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;");
      // The "]]>" in the paragraph would have closed the CDATA section early.
      expect(feed.text.match(/]]>/g)).toHaveLength(feed.text.match(/<!\[CDATA\[/g)!.length);
    }
  });

  it("gives Atom entries ids that do not depend on PUBLIC_URL", async () => {
    const other = await createTestDeps(test.url, { env: { PUBLIC_URL: "http://127.0.0.1:47239" } });
    try {
      const idsOf = (xml: string) =>
        [...xml.matchAll(/<entry>\s*<title[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
      const here = idsOf((await request(app).get("/recherche.atom")).text);
      const there = idsOf((await request(createApp(other)).get("/recherche.atom")).text);
      expect(here).toHaveLength(2);
      expect(there).toEqual(here);
      for (const id of here)
        expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      await other.close();
    }
  });
});
