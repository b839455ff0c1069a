import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SEEDS_DIR } from "../../server/paths.ts";
import { runCarnet } from "../support/cli.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

describe("carnet import", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), "carnet-import-"));
  });
  afterAll(() => t.drop());

  // Two whole CLI runs (process start, migrations, the sample issues): 10 s on a quiet machine, past
  // the default 30 s when the suite shares two cores with other work.
  it("imports the sample issues, then skips them on a second run, saying so", async () => {
    const first = await runCarnet(["import", SEEDS_DIR], { DATABASE_URL: t.url });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/3 imported, 0 skipped, 0 failed; \d+ moves created, \d+ pending review\./);
    const moves = await t.db
      .selectFrom("moves")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(moves.n).toBeGreaterThan(20);

    const second = await runCarnet(["import", SEEDS_DIR], { DATABASE_URL: t.url });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/skipped .*lettre-tech-2025-01-14\.txt \(already imported as issue #\d+\)/);
    expect(second.stdout).toContain("0 imported, 3 skipped, 0 failed; 0 moves created");

    // The files were kept as received messages: read again, they give the same moves, none twice.
    const reread = await runCarnet(["reprocess", "--all"], { DATABASE_URL: t.url });
    expect(reread.code).toBe(0);
    expect(reread.stdout.match(/^message \d+: imported$/gmu)).toHaveLength(3);
    expect(reread.stdout).toContain("3 message(s) read again.");
    const after = await t.db
      .selectFrom("moves")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(moves.n);
  }, 60_000);

  it("reports a binary, an empty and a missing file by name, exits non-zero, and still imports the good one", async () => {
    const binary = path.join(dir, "photo.txt");
    const empty = path.join(dir, "vide.txt");
    const good = path.join(dir, "bonne.txt");
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
    await writeFile(empty, "");
    await writeFile(
      good,
      "Édito\n\nQuelques nouvelles.\n\n+ MOUVEMENTS, avec Cabinet Test\n\nIRÈNE VASSEUR rejoint Quorum Santé en tant que directrice financière.\n",
    );
    const result = await runCarnet(["import", binary, empty, path.join(dir, "absent.txt"), good], {
      DATABASE_URL: t.url,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/failed\s+.*photo\.txt: /);
    expect(result.stderr).toMatch(/failed\s+.*vide\.txt: /);
    expect(result.stderr).toMatch(/failed\s+.*absent\.txt: /);
    expect(result.stdout).toContain("1 imported, 0 skipped, 3 failed; 1 moves created");
    const person = await t.db
      .selectFrom("people")
      .select("name")
      .where("name", "=", "Irène Vasseur")
      .executeTakeFirst();
    expect(person).toEqual({ name: "Irène Vasseur" });
  });

  it("leaves the new companies' near-duplicates proposed for review when it finishes", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "carnet-import-near-"));
    const issue = (person: string, company: string) =>
      `Édito\n\n+ MOUVEMENTS\n\n${person} rejoint ${company} en tant que directeur commercial.\n`;
    await writeFile(path.join(folder, "a.txt"), issue("MARTIN OSSANT", "Kerbrat Ingénierie"));
    await writeFile(path.join(folder, "b.txt"), issue("PAUL ILDEVERT", "Kerbrat Ingénieries"));
    const result = await runCarnet(["import", folder], { DATABASE_URL: t.url });
    expect(result.code).toBe(0);
    const proposals = await t.db
      .selectFrom("duplicate_proposals as d")
      .innerJoin("companies as a", "a.id", "d.first_id")
      .innerJoin("companies as b", "b.id", "d.second_id")
      .select(["a.name as first", "b.name as second", "d.status"])
      .where("d.entity", "=", "company")
      .execute();
    expect(proposals).toEqual([
      { first: "Kerbrat Ingénierie", second: "Kerbrat Ingénieries", status: "open" },
    ]);
    expect(await t.db.selectFrom("near_duplicate_queue").selectAll().execute()).toEqual([]);
  });

  it("reports a malformed .eml and a far-future date per file and imports the rest of the folder", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "carnet-import-bad-"));
    const body = (line: string) => `\r\n+ MOUVEMENTS\r\n\r\n${line}\r\n`;
    const head = (subject: string, date: string) =>
      `From: La Lettre <lettre@exemple.fr>\r\nSubject: ${subject}\r\nDate: ${date}\r\nMIME-Version: 1.0\r\n`;
    let nested = "";
    for (let i = 0; i < 3000; i++)
      nested += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    await writeFile(
      path.join(folder, "a-imbrique.eml"),
      `${head("imbriqué", "Tue, 14 Jan 2025 08:00:00 +0100")}${nested}\r\nx\r\n`,
    );
    await writeFile(
      path.join(folder, "b-nul.eml"),
      `${head("=?utf-8?Q?Lettre=00 NUL?=", "Tue, 14 Jan 2025 08:00:00 +0100")}Content-Type: text/plain; charset=utf-8\r\n${body("GASTON LEBLANC rejoint Tonnellerie Arvel en tant que directeur commercial.")}`,
    );
    await writeFile(
      path.join(folder, "c-futur.eml"),
      `${head("Lettre future", "Mon, 1 Jan 99999 08:00:00 +0100")}Content-Type: text/plain; charset=utf-8\r\n${body("MAXIME ROUX rejoint Filature Besse en tant que directeur financier.")}`,
    );
    await writeFile(
      path.join(folder, "d-lettre-rh-2025-06-17.txt"),
      `La Lettre RH — 17 juin 2025\n\nÉdito.\n\n+ MOUVEMENTS\n\nODILE FERRAND rejoint Biscuiterie Plumet en tant que directrice juridique.\n`,
    );
    const result = await runCarnet(["import", folder], { DATABASE_URL: t.url });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain("interrupted");
    expect(result.stderr).toMatch(/failed\s+.*a-imbrique\.eml: .*mal formé/);
    expect(result.stderr).toMatch(/failed\s+.*c-futur\.eml: .*99999-01-01.*hors de la plage admise/);
    expect(result.stdout).toContain("2 imported, 0 skipped, 2 failed");
    const issues = await t.db
      .selectFrom("newsletter_issues")
      .select(["title", "published_on"])
      .where("source_file", "in", ["b-nul.eml", "d-lettre-rh-2025-06-17.txt"])
      .orderBy("source_file")
      .execute();
    expect(issues).toEqual([
      { title: "Lettre NUL", published_on: "2025-01-14" },
      { title: "La Lettre RH — 17 juin 2025", published_on: "2025-06-17" },
    ]);
  });

  it("refuses a path holding a control character by name, showing it without playing it, and exits non-zero", async () => {
    const text =
      "Édito\n\n+ MOUVEMENTS, avec Cabinet Test\n\nNOÉMIE FAURE rejoint Atelier Brume en tant que directrice commerciale.\n";
    // A NUL cannot reach a program's arguments (execve ends each at the first NUL); the other
    // control characters can, from a file name on disk or typed.
    const bell = path.join(dir, "lettre\u0007.txt");
    const escapeSequence = path.join(dir, "lettre\u001b[31m.txt");
    await writeFile(bell, text);
    await writeFile(escapeSequence, text);
    const result = await runCarnet(["import", bell, escapeSequence], { DATABASE_URL: t.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("lettre\u2407.txt: Nom de fichier refusé");
    expect(result.stderr).toContain("lettre\u241b[31m.txt");
    expect(result.stderr).toContain("contient un caractère de contrôle");
    expect(result.stderr + result.stdout).not.toContain("\u001b");
    expect(result.stdout).toContain("0 imported, 0 skipped, 2 failed");
    const people = await t.db.selectFrom("people").select("name").where("name", "ilike", "%faure%").execute();
    expect(people).toEqual([]);
  });
});

describe("carnet parse", () => {
  it("prints the JSON contract for a sample issue without touching any database", async () => {
    const file = path.join(SEEDS_DIR, "lettre-tech-2025-05-20.eml");
    const { code, stdout } = await runCarnet(["parse", "--json", file], {
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.issues).toHaveLength(1);
    const [issue] = doc.issues;
    expect(issue).toMatchObject({ file: "lettre-tech-2025-05-20.eml", section_found: true });
    expect(issue.published_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(issue.moves.length).toBeGreaterThan(3);
    for (const move of issue.moves) {
      expect(Object.keys(move).sort()).toEqual(
        [
          "company",
          "confidence",
          "function",
          "kind",
          "paragraph",
          "person",
          "predecessor",
          "previous_companies",
          "reasons",
          "role",
          "seniority",
          "shape",
        ].sort(),
      );
    }
  });

  it("lists the section's paragraphs it did not understand as 'unread', with the names they hold", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "carnet-parse-")), "lettre-non-comprise.txt");
    await writeFile(
      file,
      "Lettre n° 3\n\n+ MOUVEMENTS\n\nMAËLLE FOURNIER rejoint Corvania en tant que directrice juridique.\n\n" +
        "Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes.\n\n+ AGENDA\n",
    );
    const { code, stdout } = await runCarnet(["parse", "--json", file]);
    expect(code).toBe(0);
    const [issue] = JSON.parse(stdout).issues;
    expect(issue.moves.map((m: { person: string }) => m.person)).toEqual(["Maëlle Fournier"]);
    expect(issue.unread).toEqual([
      {
        paragraph: "Chez Ferlog, c'est désormais Yannick Perrot qui tient les rênes des ventes.",
        reason: "no_move",
        candidates: { people: ["Yannick Perrot"], companies: ["Ferlog"], roles: [] },
      },
    ]);
    const table = await runCarnet(["parse", file]);
    expect(table.stdout).toContain("1 paragraph(s) not understood");
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await runCarnet(["parse", path.join(SEEDS_DIR, "lettre-tech-2025-01-14.txt")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Person\s+Role\s+Company\s+Kind\s+Conf\./);
  });

  it("names a file it cannot read and exits non-zero", async () => {
    const { code, stderr } = await runCarnet(["parse", "/nonexistent/lettre.txt"]);
    expect(code).toBe(1);
    expect(stderr).toContain("/nonexistent/lettre.txt");
  });
});
