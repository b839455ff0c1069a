import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Express } from "express";
import { sql } from "kysely";
import request from "supertest";
import type { OwnedDeps } from "../../server/deps.ts";
import { useTestApp } from "../support/app.ts";
import { importMoves } from "../support/builders.ts";

// Fictional people and companies: a cooper, two previous employers and a rename.
describe("a move's previous employers kept on the move (migration 0032)", () => {
  const carnet = useTestApp();
  let deps: OwnedDeps;
  let app: Express;
  beforeAll(() => {
    ({ deps, app } = carnet);
  });

  /** Moves whose kept value differs from what their rows say now: none, whatever was written. */
  const stale = async () =>
    (
      await sql<{ id: number }>`
        SELECT id FROM moves
        WHERE previous_companies::text IS DISTINCT FROM carnet_previous_companies(id)::text`.execute(deps.db)
    ).rows;
  const previousOf = async (person: string) => {
    const { body } = await request(app)
      .get(`/api/moves?q=${encodeURIComponent(person)}`)
      .set("cache-control", "no-cache")
      .expect(200);
    return (body.items as { previous_companies: { name: string; slug: string }[] }[]).map((m) =>
      m.previous_companies.map((c) => c.name),
    );
  };

  it("follows imports, renames, merges and removals", async () => {
    await importMoves(deps.db, [
      {
        person: "Anatole Brézière",
        company: "Tonnellerie Vaugrenier",
        role: "directeur de production",
        previous_companies: ["Merrains du Lauragais", "Chais Pontcarral"],
      },
      { person: "Bérangère Séveral", company: "Tonnellerie Vaugrenier", role: "acheteuse" },
    ]);
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([["Merrains du Lauragais", "Chais Pontcarral"]]);
    expect(await previousOf("Bérangère Séveral")).toEqual([[]]);
    const moveId = Number(
      (
        await sql<{ id: number }>`SELECT m.id FROM moves m JOIN people p ON p.id = m.person_id
        WHERE p.name = 'Anatole Brézière'`.execute(deps.db)
      ).rows[0]!.id,
    );

    // A rename (name and slug): the moves naming the company as a previous employer follow.
    await sql`UPDATE companies SET name = 'Merrains d''Occitanie', slug = 'merrains-d-occitanie'
      WHERE name = 'Merrains du Lauragais'`.execute(deps.db);
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([["Merrains d'Occitanie", "Chais Pontcarral"]]);

    // A merge moves the rows to the surviving company.
    await sql`UPDATE move_previous_companies SET company_id = (SELECT id FROM companies WHERE name = 'Tonnellerie Vaugrenier')
      WHERE company_id = (SELECT id FROM companies WHERE name = 'Chais Pontcarral')`.execute(deps.db);
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([
      ["Merrains d'Occitanie", "Tonnellerie Vaugrenier"],
    ]);

    // An edit removing one, then all of them.
    await sql`DELETE FROM move_previous_companies WHERE move_id = ${moveId} AND position = 0`.execute(
      deps.db,
    );
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([["Tonnellerie Vaugrenier"]]);
    await sql`DELETE FROM move_previous_companies WHERE move_id = ${moveId}`.execute(deps.db);
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([[]]);

    // Added back by hand: the value follows an insert not made by the importer.
    await sql`INSERT INTO move_previous_companies (move_id, position, company_id)
      SELECT ${moveId}, 0, id FROM companies WHERE name = 'Merrains d''Occitanie'`.execute(deps.db);
    expect(await stale()).toEqual([]);
    expect(await previousOf("Anatole Brézière")).toEqual([["Merrains d'Occitanie"]]);
  });

  it("is set by the importer itself, so that its trigger finds nothing to write again", async () => {
    // With the trigger off, what the import's own statement wrote is all there is.
    await sql`ALTER TABLE move_previous_companies DISABLE TRIGGER move_previous_companies_record_insert`.execute(
      deps.db,
    );
    try {
      await importMoves(deps.db, [
        {
          person: "Clothilde Arvenne",
          company: "Verrerie Solmont",
          role: "directrice commerciale",
          previous_companies: ["Cristaux Belleroche", "Émaux de Serveuil"],
        },
        { person: "Gaspard Oudinel", company: "Verrerie Solmont", role: "chef d'atelier" },
      ]);
    } finally {
      await sql`ALTER TABLE move_previous_companies ENABLE TRIGGER move_previous_companies_record_insert`.execute(
        deps.db,
      );
    }
    expect(await stale()).toEqual([]);
    expect(await previousOf("Clothilde Arvenne")).toEqual([["Cristaux Belleroche", "Émaux de Serveuil"]]);
  });
});
