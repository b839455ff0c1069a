import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import {
  messageIdOf,
  ParseInputError,
  parseIssueEml,
  parseIssueFile,
} from "../../../jobs/import/issue-file.ts";
import { parseIssueHtml } from "../../../jobs/parse/index.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/parse");
const scratch = mkdtempSync(join(tmpdir(), "carnet-parse-"));

function fileWith(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("e-mail input", () => {
  it("takes the title from Subject and the Paris calendar date from Date", async () => {
    const issue = await parseIssueEml(readFileSync(join(fixtures, "multipart-newsletter.eml")));
    expect(issue.title).toBe("La Lettre Tech – Mouvements de la semaine");
    // 23:30 UTC on 31 December is already New Year's Day in Paris
    expect(issue.published_on).toBe("2025-01-01");
    expect(issue.moves.map((m) => m.person)).toEqual(["Gaëlle Le Roux", "Bastien Royer"]);
  });

  it("reads a message through its stray NUL bytes, a file that does not open as a mail being binary", async () => {
    const mail = readFileSync(join(fixtures, "text-only-newsletter.eml"), "utf8");
    const withNul = Buffer.from(
      mail
        .replace("Subject: ", "Subject: \u0000")
        .replace("Bastien Royer est", "Bastien\u0000 Royer est")
        .replace("rejoint la", "rejoint=00 la"),
    );
    const issue = await parseIssueFile(fileWith("nul.eml", withNul));
    expect(issue).toEqual(await parseIssueFile(fileWith("clean.eml", mail)));
    expect(issue.moves).toHaveLength(2);
    expect(messageIdOf(Buffer.from("Message-ID: <a\u0000b@example.org>\r\n\r\n"))).toBe("<ab@example.org>");
    await expect(
      parseIssueFile(fileWith("photo.eml", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0x00]))),
    ).rejects.toMatchObject({ problem: "binary" });
  });

  it("reads a text-only message", async () => {
    const issue = await parseIssueEml(readFileSync(join(fixtures, "text-only-newsletter.eml")));
    expect(issue.section_found).toBe(true);
    expect(issue.moves).toHaveLength(2);
  });
});

describe("HTML input", () => {
  it("turns headings into sections and decodes entities", () => {
    const issue = parseIssueHtml(
      "<h2>Mouvements</h2><p>Lumen nomme <b>CLAIRE DUPONT</b> comme directrice financi&egrave;re.</p><h2>Agenda</h2><p>Paul Martin rejoint Kerlog comme CEO.</p>",
    );
    expect(issue.moves).toHaveLength(1);
    expect(issue.moves[0]).toMatchObject({
      person: "Claire Dupont",
      company: "Lumen",
      role: "directrice financière",
    });
  });
});

describe("file input", () => {
  it("rejects an empty file with a clear message", async () => {
    await expect(parseIssueFile(fileWith("empty.txt", " \n"))).rejects.toThrow(ParseInputError);
    await expect(parseIssueFile(fileWith("empty2.txt", ""))).rejects.toThrow(/vide/);
  });

  it("rejects a binary file with NUL bytes", async () => {
    await expect(
      parseIssueFile(fileWith("image.txt", Buffer.from([0x89, 0x50, 0x00, 0x01]))),
    ).rejects.toMatchObject({
      problem: "binary",
    });
  });

  it("rejects text that is not valid UTF-8", async () => {
    await expect(
      parseIssueFile(fileWith("latin.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]))),
    ).rejects.toMatchObject({
      problem: "binary",
    });
  });

  it("rejects a file over 5 MB", async () => {
    await expect(parseIssueFile(fileWith("big.txt", "a".repeat(5 * 1024 * 1024 + 1)))).rejects.toMatchObject({
      problem: "too_large",
    });
  });

  it("rejects a missing file and an unknown extension", async () => {
    await expect(parseIssueFile(join(scratch, "absent.txt"))).rejects.toMatchObject({
      problem: "unreadable",
    });
    await expect(parseIssueFile(fileWith("issue.pdf", "x"))).rejects.toMatchObject({
      problem: "unsupported",
    });
  });

  it("keeps meta empty for plain text", async () => {
    const issue = await parseIssueFile(
      fileWith("plain.txt", "+ MOUVEMENTS\n\nHERVÉ BROWNE rejoint Beevent comme CEO."),
    );
    expect(issue).toMatchObject({ title: null, published_on: null, section_found: true });
  });
});

describe("issue dates from file names", () => {
  it("dates a plain-text issue by the date in its file name when the text has none", async () => {
    const { parseIssueFile } = await import("../../../jobs/import/issue-file.ts");
    const { SEEDS_DIR } = await import("../../../server/paths.ts");
    const parsed = await parseIssueFile(`${SEEDS_DIR}/lettre-tech-2025-01-14.txt`);
    expect(parsed.published_on).toBe("2025-01-14");
  });

  it("ignores a name that holds no real date", async () => {
    const { dateFromFileName } = await import("../../../jobs/import/issue-file.ts");
    expect(dateFromFileName("/x/lettre-2025-02-30.txt")).toBeNull();
    expect(dateFromFileName("/x/lettre-12.txt")).toBeNull();
    expect(dateFromFileName("/x/2024-12-31-edition.txt")).toBe("2024-12-31");
  });
});
