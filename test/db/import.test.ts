import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { sql } from "kysely";
import { createDatabase } from "../../db/database.ts";
import { refreshGrownTableStatistics } from "../../db/repositories/imports.ts";
import { contentHash, parseIssueFile } from "../../jobs/import/issue-file.ts";
import { ImportInterrupted, importPaths } from "../../jobs/import/run.ts";
import { companyKey, type ParsedIssue, type ParsedMove, personKey } from "../../jobs/parse/index.ts";
import { importParsedIssue, importReceivedFile } from "../../server/services/import-issue.ts";
import { proposeNearDuplicatesOfNewCompanies } from "../../server/services/near-duplicates.ts";
import { syntheticIssue } from "../bench/synthetic-issues.ts";
import { move } from "../support/builders.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const OPTIONS = { autoPublishConfidence: 0.8, today: "2026-03-02" };

function issue(moves: ParsedMove[], published_on: string | null = "2026-03-01"): ParsedIssue {
  return {
    title: "La Lettre du lundi",
    published_on,
    section_found: true,
    moves,
    paragraphs: moves.map((m) => m.paragraph),
  };
}

const source = (text: string) => ({ file: "lettre.txt", rawText: text, contentHash: contentHash(text) });

async function counts(t: TestDatabase) {
  const one = async (
    table: "newsletter_issues" | "moves" | "companies" | "people" | "move_previous_companies",
  ) =>
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return {
    issues: await one("newsletter_issues"),
    moves: await one("moves"),
    companies: await one("companies"),
    people: await one("people"),
    previous: await one("move_previous_companies"),
  };
}

describe("importing a parsed issue", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => t.drop());

  it("stores people, companies, moves and previous employers, publishing only confident moves", async () => {
    const result = await importParsedIssue(
      t.db,
      issue([
        move({ previous_companies: ["Altavia", "Groupe Norelle SA"], predecessor: "Marc Vidal" }),
        move({
          person: "Paul Léger",
          company: "Lumen",
          role: "DRH",
          function: "hr",
          paragraph_index: 1,
          confidence: 0.5,
          reasons: ["role guessed"],
        }),
      ]),
      source("issue one"),
      OPTIONS,
    );
    expect(result).toMatchObject({ status: "imported", movesCreated: 2, pending: 1 });

    const rows = await t.db
      .selectFrom("moves")
      .innerJoin("people", "people.id", "moves.person_id")
      .innerJoin("companies", "companies.id", "moves.company_id")
      .select([
        "people.name as person",
        "people.slug",
        "companies.name as company",
        "moves.status",
        "moves.published_on",
        "moves.predecessor_name",
        "moves.reasons",
      ])
      .orderBy("moves.paragraph_index")
      .execute();
    expect(rows).toEqual([
      {
        person: "Claire Fontanel",
        slug: "claire-fontanel",
        company: "Lumen",
        status: "published",
        published_on: "2026-03-01",
        predecessor_name: "Marc Vidal",
        reasons: [],
      },
      {
        person: "Paul Léger",
        slug: "paul-leger",
        company: "Lumen",
        status: "pending",
        published_on: "2026-03-01",
        predecessor_name: null,
        reasons: ["role guessed"],
      },
    ]);
    const previous = await t.db
      .selectFrom("move_previous_companies")
      .innerJoin("companies", "companies.id", "move_previous_companies.company_id")
      .select("companies.name")
      .orderBy("position")
      .execute();
    expect(previous.map((p) => p.name)).toEqual(["Altavia", "Groupe Norelle SA"]);
    const stored = await t.db.selectFrom("newsletter_issues").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ moves_count: 2, pending_count: 1, section_found: true });
  });

  it("skips an issue it already has, saying so, and writes nothing more", async () => {
    await importParsedIssue(t.db, issue([move({})]), source("same bytes"), OPTIONS);
    const before = await counts(t);
    const again = await importParsedIssue(t.db, issue([move({})]), source("same bytes"), OPTIONS);
    expect(again.status).toBe("skipped");
    expect(await counts(t)).toEqual(before);
  });

  it("keeps a file's received message with its issue, and takes the same Message-ID in other bytes for that issue", async () => {
    const received = (text: string) => ({
      name: "lettre.eml",
      bytes: Buffer.from(text),
      via: "cli" as const,
      parsed: issue([move({})]),
      contentHash: contentHash(text),
      messageId: "<lettre-12@exemple.test>",
    });
    const first = await importReceivedFile(t.db, received("first copy"), OPTIONS);
    const kept = await sql<{ issue_id: number; status: string; moves_count: number; raw: Buffer }>`
      SELECT issue_id::int, status, moves_count, raw FROM inbound_messages`.execute(t.db);
    expect(kept.rows).toEqual([
      { issue_id: first.issueId, status: "imported", moves_count: 1, raw: Buffer.from("first copy") },
    ]);
    const before = await counts(t);

    const again = await importReceivedFile(t.db, received("second copy, other headers"), OPTIONS);
    expect(again).toMatchObject({ status: "skipped", issueId: first.issueId, movesCreated: 0 });
    expect(await counts(t)).toEqual(before);
    expect((await sql`SELECT 1 FROM inbound_messages`.execute(t.db)).rows).toHaveLength(1);
  });

  it("leaves nothing half-written when one record of the issue is refused", async () => {
    const broken = issue([
      move({}),
      move({ person: "Eve Marchal", paragraph_index: 1, kind: "fired" as never }),
    ]);
    await expect(importParsedIssue(t.db, broken, source("broken"), OPTIONS)).rejects.toThrow(
      /check constraint/,
    );
    expect(await counts(t)).toEqual({ issues: 0, moves: 0, companies: 0, people: 0, previous: 0 });
  });

  it("attaches a person's second move to the same person when they share an employer", async () => {
    await importParsedIssue(t.db, issue([move({})]), source("first"), OPTIONS);
    await importParsedIssue(
      t.db,
      issue([move({ company: "Orbis Capital", role: "CFO", previous_companies: ["Lumen"] })], "2026-06-01"),
      source("second"),
      OPTIONS,
    );
    const people = await t.db.selectFrom("people").select(["id", "name"]).execute();
    expect(people).toHaveLength(1);
    const moves = await t.db.selectFrom("moves").select(["person_id", "reasons"]).execute();
    expect(moves.map((m) => m.person_id)).toEqual([people[0]!.id, people[0]!.id]);
    expect(moves.flatMap((m) => m.reasons)).toEqual([]);
  });

  it("attaches a move to the only person of that name, less trusted, and keeps homonyms apart", async () => {
    await importParsedIssue(t.db, issue([move({})]), source("first"), OPTIONS);
    // No employer in common with the one Claire Fontanel: attached on the name alone.
    await importParsedIssue(t.db, issue([move({ company: "Orbis Capital" })]), source("second"), OPTIONS);
    let moves = await t.db
      .selectFrom("moves")
      .select(["person_id", "reasons", "confidence"])
      .orderBy("id")
      .execute();
    expect(new Set(moves.map((m) => m.person_id)).size).toBe(1);
    expect(moves[1]!.reasons).toEqual([
      "attached to an existing person by name only (no employer in common)",
    ]);
    expect(Number(moves[1]!.confidence)).toBeCloseTo(0.9);

    // Two of that name, neither sharing an employer: a third person, under the next free slug.
    const [first] = await t.db.selectFrom("people").select(["name", "key"]).execute();
    await t.db
      .insertInto("people")
      .values({ name: first!.name, key: first!.key, slug: "claire-fontanel-2" })
      .execute();
    await importParsedIssue(t.db, issue([move({ company: "Kargo Rail" })]), source("third"), OPTIONS);
    const people = await t.db.selectFrom("people").select(["id", "slug"]).orderBy("id").execute();
    expect(people.map((p) => p.slug)).toEqual(["claire-fontanel", "claire-fontanel-2", "claire-fontanel-3"]);
    moves = await t.db
      .selectFrom("moves")
      .select(["person_id", "reasons", "confidence"])
      .orderBy("id")
      .execute();
    expect(moves[2]).toMatchObject({ person_id: people[2]!.id, reasons: [] });
  });

  it("gives a new person whose slug is taken the next free one", async () => {
    await t.db
      .insertInto("people")
      .values({ name: "Anne Roy", key: "anne roy senior", slug: "anne-roy" })
      .execute();
    await importParsedIssue(
      t.db,
      issue([
        move({ person: "Anne Roy", paragraph_index: 0 }),
        move({ person: "Marc Lin", company: "Kargo Rail", paragraph_index: 1 }),
      ]),
      source("slugs"),
      OPTIONS,
    );
    const people = await t.db.selectFrom("people").select(["key", "slug"]).orderBy("slug").execute();
    expect(people).toEqual([
      { key: "anne roy senior", slug: "anne-roy" },
      { key: "anne roy", slug: "anne-roy-2" },
      { key: "marc lin", slug: "marc-lin" },
    ]);
  });

  it("matches a company through its normalized key and aliases, not its spelling", async () => {
    await importParsedIssue(t.db, issue([move({ company: "Groupe Norelle SA" })]), source("a"), OPTIONS);
    const norelle = await t.db.selectFrom("companies").select("id").executeTakeFirstOrThrow();
    await t.db
      .insertInto("company_aliases")
      .values({ company_id: norelle.id, alias: "NRL", key: companyKey("NRL") })
      .execute();
    await importParsedIssue(
      t.db,
      issue([
        move({ person: "Yann Ropars", company: "Norelle", paragraph_index: 0 }),
        move({ person: "Ines Abadie", company: "NRL", paragraph_index: 1 }),
      ]),
      source("b"),
      OPTIONS,
    );
    const companyIds = await t.db.selectFrom("moves").select("company_id").distinct().execute();
    expect(companyIds).toEqual([{ company_id: norelle.id }]);
  });

  it("proposes a near-duplicate company for review, after the import, instead of merging it", async () => {
    await importParsedIssue(t.db, issue([move({ company: "Publicis Media France" })]), source("a"), OPTIONS);
    await importParsedIssue(
      t.db,
      issue([move({ person: "Lou Berthet", company: "Publicis Medias France" })]),
      source("b"),
      OPTIONS,
    );
    expect((await counts(t)).companies).toBe(2);
    const proposals = () => t.db.selectFrom("duplicate_proposals").select(["entity", "status"]).execute();
    // Not in the issue's transaction: the pass that follows an import proposes it.
    expect(await proposals()).toEqual([]);
    expect(await proposeNearDuplicatesOfNewCompanies(t.db)).toEqual({ compared: 2, proposed: 1 });
    expect(await proposals()).toEqual([{ entity: "company", status: "open" }]);
  });

  it("proposes each pair once however often the pass runs, and leaves a dismissed pair dismissed", async () => {
    await importParsedIssue(t.db, issue([move({ company: "Verdane Logistique" })]), source("a"), OPTIONS);
    await proposeNearDuplicatesOfNewCompanies(t.db);
    await importParsedIssue(
      t.db,
      issue([move({ person: "Lou Berthet", company: "Verdane Logistiques" })]),
      source("b"),
      OPTIONS,
    );
    // A pass that dies before committing leaves its slice queued: the next compares it again.
    await t.db
      .insertInto("near_duplicate_queue")
      .expression(t.db.selectFrom("companies").select("id as company_id"))
      .execute();
    expect(await proposeNearDuplicatesOfNewCompanies(t.db)).toMatchObject({ proposed: 1 });
    await t.db.updateTable("duplicate_proposals").set({ status: "dismissed" }).execute();
    await t.db
      .insertInto("near_duplicate_queue")
      .expression(t.db.selectFrom("companies").select("id as company_id"))
      .execute();
    expect(await proposeNearDuplicatesOfNewCompanies(t.db)).toEqual({ compared: 2, proposed: 0 });
    const proposals = await t.db.selectFrom("duplicate_proposals").select("status").execute();
    expect(proposals).toEqual([{ status: "dismissed" }]);
    expect(await t.db.selectFrom("near_duplicate_queue").selectAll().execute()).toEqual([]);
  });

  it("never stores a person whose removal was requested", async () => {
    await t.db
      .insertInto("suppressions")
      .values({ person_key: personKey("Claire Fontanel"), name: "Claire Fontanel", reason: "demande RGPD" })
      .execute();
    const result = await importParsedIssue(
      t.db,
      issue([move({}), move({ person: "Paul Léger", paragraph_index: 1 })]),
      source("c"),
      OPTIONS,
    );
    expect(result).toMatchObject({ movesCreated: 1, suppressed: 1 });
    const names = await t.db.selectFrom("people").select("name").execute();
    expect(names).toEqual([{ name: "Paul Léger" }]);
  });

  it("dates the moves of an undated issue with the import day", async () => {
    await importParsedIssue(t.db, issue([move({})], null), source("undated"), OPTIONS);
    const row = await t.db.selectFrom("moves").select("published_on").executeTakeFirstOrThrow();
    expect(row.published_on).toBe("2026-03-02");
  });

  it("imports files in parallel without creating the same company or person twice", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-parallel-"));
    for (let i = 0; i < 8; i++) {
      await writeFile(
        path.join(dir, `lettre-${i}.txt`),
        `Lettre ${i}\n\n+ MOUVEMENTS, avec Cabinet Test\n\nNADIA FERRAND rejoint Vellum Conseil en tant que directrice commerciale, après ${i + 2} ans chez Orbis.\n`,
      );
    }
    const summary = await importPaths({ db: t.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir], {
      concurrency: 4,
    });
    expect(summary).toMatchObject({ imported: 8, failed: 0 });
    expect((await counts(t)).people).toBe(1);
    const companies = await t.db.selectFrom("companies").select("name").orderBy("name").execute();
    expect(companies.map((c) => c.name)).toEqual(["Orbis", "Vellum Conseil"]);
  });
});

describe("importing an archive", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => t.drop());

  async function archive(count: number): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "carnet-archive-"));
    for (let i = 0; i < count; i++) {
      const { name, text } = syntheticIssue(i);
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  it("parses on worker threads with the same records and per-file errors as on the main thread", async () => {
    const dir = await archive(3);
    await writeFile(path.join(dir, "2026-01-01-scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const deps = { db: t.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } };

    const threaded = await importPaths(deps, [dir], { parseThreads: 2 });

    expect(threaded).toMatchObject({ imported: 3, failed: 1, movesCreated: 24 });
    const refused = threaded.files.find((f) => f.status === "failed");
    expect(refused?.reason).toMatch(/2026-01-01-scan\.txt semble binaire/);
    const expected = await Promise.all(
      threaded.files.filter((f) => f.status === "imported").map((f) => parseIssueFile(f.file)),
    );
    const stored = await t.db.selectFrom("moves").select("role").orderBy("id").execute();
    expect(stored.map((m) => m.role).sort()).toEqual(
      expected.flatMap((i) => i.moves.map((m) => m.role)).sort(),
    );
    // Same files again, on the main thread this time: all known already.
    expect(await importPaths(deps, [dir], { parseThreads: 0 })).toMatchObject({ skipped: 3, failed: 1 });
  });

  it("rolls back only the issue the database refuses in a batch, reports it, and imports the others", async () => {
    const dir = await archive(10);
    const refused = syntheticIssue(3).name;
    // The issue's last statement fails (a value refused, SQLSTATE 22023), after its issue, people,
    // companies and moves were written in the same batch's transaction.
    await sql`CREATE FUNCTION refuse_one_file() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.file_name = ${sql.lit(refused)} THEN
          RAISE EXCEPTION 'refused for the test' USING ERRCODE = '22023';
        END IF;
        RETURN NEW;
      END $$`.execute(t.db);
    await sql`CREATE TRIGGER refuse_one_file BEFORE INSERT ON inbound_messages
      FOR EACH ROW EXECUTE FUNCTION refuse_one_file()`.execute(t.db);
    const deps = { db: t.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } };
    let reported = 0;

    const summary = await importPaths(deps, [dir], {
      concurrency: 1,
      batchSize: 8,
      parseThreads: 0,
      onProgress: (done) => {
        reported = done;
      },
    });

    expect(summary).toMatchObject({ imported: 9, failed: 1, skipped: 0 });
    expect(reported).toBe(10);
    const failed = summary.files.filter((f) => f.status === "failed");
    expect(failed).toEqual([
      {
        file: path.join(dir, refused),
        status: "failed",
        reason: expect.stringMatching(/refused for the test/),
      },
    ]);
    const others = await Promise.all(
      summary.files.filter((f) => f.status === "imported").map((f) => parseIssueFile(f.file)),
    );
    const stored = await t.db.selectFrom("moves").select("role").execute();
    expect(stored.map((m) => m.role).sort()).toEqual(
      others.flatMap((i) => i.moves.map((m) => m.role)).sort(),
    );
    const issues = await t.db.selectFrom("newsletter_issues").select("source_file").execute();
    expect(issues.map((i) => i.source_file)).not.toContain(refused);
    // Nobody only the refused issue named was kept.
    const named = new Set(others.flatMap((i) => i.moves.map((m) => personKey(m.person))));
    const people = await t.db.selectFrom("people").select("key").execute();
    expect(people.filter((p) => !named.has(p.key))).toEqual([]);

    // Once the database takes it, the same import brings that issue alone.
    await sql`DROP TRIGGER refuse_one_file ON inbound_messages`.execute(t.db);
    expect(await importPaths(deps, [dir], { batchSize: 8, parseThreads: 0 })).toMatchObject({
      imported: 1,
      skipped: 9,
      failed: 0,
    });
  });

  /** What an import leaves in the directory, read without ids (two imports' ids differ). */
  async function directory(db: typeof t.db) {
    const rows = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows;
    return {
      people: await rows(sql`SELECT key, name, slug FROM people ORDER BY slug`),
      companies: await rows(sql`SELECT key, name, slug FROM companies ORDER BY key`),
      moves: await rows(sql`
        SELECT p.slug AS person, c.key AS company, i.source_file, m.role, m.status, m.confidence, m.reasons,
          m.paragraph_index, m.paragraph_text, m.predecessor_name, m.published_on, m.search_text, m.other_sources, m.previous_companies::text,
          ARRAY(SELECT pc.key FROM move_previous_companies mpc JOIN companies pc ON pc.id = mpc.company_id
            WHERE mpc.move_id = m.id ORDER BY mpc.position) AS previous,
          ARRAY(SELECT si.source_file || '#' || s.paragraph_index FROM move_sources s
            JOIN newsletter_issues si ON si.id = s.issue_id WHERE s.move_id = m.id ORDER BY 1) AS sources
        FROM moves m JOIN people p ON p.id = m.person_id JOIN companies c ON c.id = m.company_id
        JOIN newsletter_issues i ON i.id = m.issue_id
        ORDER BY i.source_file, m.paragraph_index, p.slug`),
      issues: await rows(sql`
        SELECT source_file, moves_count, pending_count, section_found FROM newsletter_issues ORDER BY source_file`),
      unread: await rows(sql`
        SELECT i.source_file, u.paragraph_index, u.reason, u.status FROM unread_paragraphs u
        JOIN newsletter_issues i ON i.id = u.issue_id ORDER BY 1, 2`),
      received: await rows(sql`
        SELECT m.file_name, m.status, m.moves_count, i.source_file FROM inbound_messages m
        LEFT JOIN newsletter_issues i ON i.id = m.issue_id ORDER BY m.content_hash`),
      proposals: await rows(sql`
        SELECT least(a.key, b.key) AS first, greatest(a.key, b.key) AS second FROM duplicate_proposals d
        JOIN companies a ON a.id = d.first_id JOIN companies b ON b.id = d.second_id ORDER BY 1, 2`),
      words: await rows(sql`SELECT word FROM name_words ORDER BY word`),
    };
  }

  it("leaves the directory a batch at a time as it leaves it an issue at a time", async () => {
    // Names recur from issue to issue (a batch then holds several waves), an issue comes twice,
    // moves are announced again (attached as further sources), a person's removal was requested.
    const dir = await archive(40);
    await writeFile(path.join(dir, "issue-00005-copie.txt"), syntheticIssue(5).text);
    await writeFile(
      path.join(dir, "issue-00003-reprise.txt"),
      syntheticIssue(3).text.replace("n°3", "n°3 bis"),
    );
    const suppressed = { person_key: personKey("Claire Fontanel"), name: "Claire Fontanel", reason: "test" };
    const one = await createTestDatabase();
    try {
      for (const db of [t.db, one.db]) await db.insertInto("suppressions").values(suppressed).execute();
      const config = { AUTO_PUBLISH_CONFIDENCE: 0.8 };

      const batched = await importPaths({ db: t.db, config }, [dir], {
        batchSize: 8,
        concurrency: 1,
        parseThreads: 0,
      });
      const single = await importPaths({ db: one.db, config }, [dir], {
        batchSize: 1,
        concurrency: 1,
        parseThreads: 0,
      });

      for (const db of [t.db, one.db]) await proposeNearDuplicatesOfNewCompanies(db);

      expect(batched).toMatchObject({ imported: 41, skipped: 1, failed: 0 });
      const counts = (s: typeof batched) => s.files.map(({ issueId, ...rest }) => rest);
      expect(counts(batched)).toEqual(counts(single));
      const [a, b] = [await directory(t.db), await directory(one.db)];
      expect(a.moves.some((m) => (m as { sources: string[] }).sources.length > 0)).toBe(true);
      expect(a.proposals.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    } finally {
      await one.drop();
    }
  }, 120_000);

  it("stops at once when the database goes away, saying what was done and that the rest can follow", async () => {
    // Enough files that the import is still running when the server ends its connections (which it
    // keeps doing until the import stops, below).
    const files = 80;
    const dir = await archive(files);
    const doomed = createDatabase(`${t.url}?application_name=carnet_doomed_import`, { max: 2 });
    // The server ends the importer's connections (as a restart would) and keeps ending the new ones
    // until the import stops: a batch's transaction is caught mid-way, wherever it is.
    let terminating: ReturnType<typeof setInterval> | undefined;
    const terminate = () =>
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'carnet_doomed_import'`
        .execute(t.db)
        .catch(() => {});
    const error = await importPaths({ db: doomed.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir], {
      concurrency: 2,
      onProgress: (done) => {
        if (done === 3 && !terminating) terminating = setInterval(terminate, 20);
      },
    })
      .catch((e: unknown) => e)
      .finally(() => clearInterval(terminating));
    await terminate();
    await doomed.close();

    expect(error).toBeInstanceOf(ImportInterrupted);
    const interrupted = error as ImportInterrupted;
    expect(interrupted.message).toMatch(/^Import interrupted at .*\.txt: /);
    expect(interrupted.completed).toBeGreaterThanOrEqual(3);
    expect(interrupted.completed).toBeLessThan(files);
    // What was imported stays; the same import on a working connection does the rest.
    const again = await importPaths({ db: t.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [dir]);
    expect(again.skipped).toBeGreaterThanOrEqual(interrupted.completed);
    expect((await counts(t)).issues).toBe(files);
  }, 60_000);

  it("gives the planner the tables' new sizes once an import has grown them", async () => {
    await importPaths({ db: t.db, config: { AUTO_PUBLISH_CONFIDENCE: 0.8 } }, [await archive(30)]);

    expect(await refreshGrownTableStatistics(t.db)).toContain("moves");
    const planned = await sql<{ reltuples: number }>`
      SELECT reltuples FROM pg_class WHERE oid = 'moves'::regclass`.execute(t.db);
    expect(planned.rows[0]!.reltuples).toBe(240);
    // Nothing grew since: nothing to analyze.
    expect(await refreshGrownTableStatistics(t.db)).toEqual([]);
  });
});
