import { describe, expect, it } from "@jest/globals";
import request from "supertest";
import { useSeededDirectoryApp } from "../support/directory-app.ts";

describe("JSON API", () => {
  const api = useSeededDirectoryApp();

  it("lists published moves with person, company, previous employers and their source", async () => {
    const res = await request(api.app).get("/api/moves").query({ q: "Sénéchault" });
    expect(res.status).toBe(200);
    expect(res.body.next_cursor).toBeNull();
    expect(res.body.items).toHaveLength(2);
    const latest = res.body.items[0];
    expect(latest).toEqual({
      id: expect.any(Number),
      person: { name: "Claire Sénéchault", slug: "claire-senechault" },
      company: { name: "Nexiva", slug: "nexiva" },
      role: "directrice générale",
      kind: "joined",
      seniority: "c_level",
      function: "general_management",
      previous_companies: [{ name: "Scalian", slug: "scalian" }],
      predecessor: null,
      published_on: "2025-04-10",
      source: {
        issue_id: expect.any(Number),
        title: "La Lettre des Décideurs n°102",
        paragraph: "Claire Sénéchault quitte Scalian et rejoint Nexiva en tant que directrice générale.",
      },
    });
  });

  it("never returns a move still waiting for review", async () => {
    const res = await request(api.app).get("/api/moves").query({ q: "Incertain" });
    expect(res.body.items).toEqual([]);
    const all = await request(api.app).get("/api/moves").query({ limit: 100 });
    expect(all.body.items.map((m: { person: { name: string } }) => m.person.name)).not.toContain(
      "Paul Incertain",
    );
    expect(all.body.items).toHaveLength(29);
  });

  it("walks every page with next_cursor, newest first, without repeats", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await request(api.app)
        .get("/api/moves")
        .query({ limit: 7, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((m: { id: number }) => m.id));
      cursor = res.body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(29);
  });

  it("filters by company (slug, name or alias), dates, kind, seniority and function", async () => {
    const names = async (query: Record<string, string>) =>
      (await request(api.app).get("/api/moves").query(query)).body.items.map(
        (m: { person: { name: string } }) => m.person.name,
      );
    expect(await names({ company: "ancienne regie" })).toEqual(["Sophie Martin", "Claire Sénéchault"]);
    expect(await names({ company: "scalian", kind: "promoted" })).toEqual(["Julien Perrin"]);
    expect(await names({ seniority: "c_level" })).toEqual(["Claire Sénéchault"]);
    expect(await names({ function: "finance", since: "2025-03-01", until: "2025-03-31" })).toEqual([
      "Claire Sénéchault",
    ]);
    expect(await names({ q: "directeur marketing" })).toEqual(["Marc Dubreuil"]);
  });

  it("answers a bad parameter with a JSON 400 naming it", async () => {
    for (const [query, field] of [
      [{ seniority: "intern" }, "seniority"],
      [{ until: "hier" }, "until"],
      [{ limit: "0" }, "limit"],
      [{ cursor: "bm9wZQ" }, "cursor"],
      [{ q: "x".repeat(201) }, "q"],
    ] as const) {
      const res = await request(api.app).get("/api/moves").query(query);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "invalid", field });
    }
  });

  it("suggests companies by prefix, typo, accents and aliases", async () => {
    const suggest = async (q: string) =>
      (await request(api.app).get("/api/companies").query({ q })).body.items;
    expect(await suggest("sca")).toEqual([{ name: "Scalian", slug: "scalian" }]);
    expect(await suggest("Scalan")).toEqual([{ name: "Scalian", slug: "scalian" }]);
    expect(await suggest("BRIOCHE DOREE")).toEqual([
      { name: "Groupe Brioche Dorée", slug: "groupe-brioche-doree" },
    ]);
    expect(await suggest("Ancienne Rég")).toEqual([{ name: "Nexiva", slug: "nexiva" }]);
    const missing = await request(api.app).get("/api/companies");
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("q");
  });

  it("describes itself in OpenAPI", async () => {
    const res = await request(api.app).get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual([
      "/api/moves",
      "/api/companies",
      "/api/companies/{slug}/posts",
      "/api/people",
    ]);
    const params = res.body.paths["/api/moves"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual([
      "q",
      "company",
      "since",
      "until",
      "kind",
      "seniority",
      "function",
      "sort",
      "limit",
      "cursor",
    ]);
  });
});
