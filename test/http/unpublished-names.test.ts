import { describe, expect, it } from "@jest/globals";
import request from "supertest";
import { importMoves } from "../support/builders.ts";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

/** A move waiting for review shows nowhere on the public site, not even the names it holds. */
describe("names found only in unpublished moves", () => {
  const site = useSeededDirectoryApp();

  it("stay private until the move is published", async () => {
    await importMoves(site.test.db, [
      {
        person: "Hugo Discret",
        company: "Maison Confidentielle",
        previous_companies: ["Atelier Secret"],
        confidence: 0.3,
        reasons: ["role guessed"],
      },
    ]);
    const hidden = [
      "/personnes/hugo-discret",
      "/entreprises/maison-confidentielle",
      "/entreprises/atelier-secret",
      "/entreprises/maison-confidentielle/feed.atom",
      "/entreprises/atelier-secret/feed.atom",
    ];
    for (const path of hidden)
      expect([path, (await request(site.app).get(path)).status]).toEqual([path, 404]);
    for (const q of ["maison conf", "atelier secr", "confidentiel"]) {
      const res = await request(site.app).get("/api/companies").query({ q });
      const names = res.body.items.map((c: { name: string }) => c.name);
      expect(names).not.toContain("Maison Confidentielle");
      expect(names).not.toContain("Atelier Secret");
    }
    // Paul Incertain's move at Scalian (seeded) is pending too.
    expect((await request(site.app).get("/personnes/paul-incertain")).status).toBe(404);

    await site.test.db.updateTable("moves").set({ status: "published", published_at: new Date() }).execute();
    for (const path of hidden)
      expect([path, (await request(site.app).get(path)).status]).toEqual([path, 200]);
    expect((await request(site.app).get("/personnes/paul-incertain")).status).toBe(200);
    const suggested = await request(site.app).get("/api/companies").query({ q: "maison conf" });
    expect(suggested.body.items).toEqual([{ name: "Maison Confidentielle", slug: "maison-confidentielle" }]);
  });
});
