import path from "node:path";
import type { Command } from "commander";
import { ParseInputError, parseIssueFile } from "../../jobs/import/issue-file.ts";

/** `carnet parse`: what the parser extracts, touching no database. --json is a stable contract. */
export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description(
      "Print the moves found in newsletter files (.txt, .html, .eml) without touching the database",
    )
    .argument("<files...>", "newsletter issue files")
    .option(
      "--json",
      "print one JSON document: {issues:[{file,title,published_on,section_found,moves:[…],unread:[…]}]}",
    )
    .action(async (files: string[], options: { json?: boolean }) => {
      const issues = [];
      let failed = 0;
      for (const file of files) {
        try {
          const parsed = await parseIssueFile(file);
          issues.push({
            file: path.basename(file),
            title: parsed.title,
            published_on: parsed.published_on,
            section_found: parsed.section_found,
            moves: parsed.moves.map(({ paragraph_index: _index, ...move }) => move),
            // paragraphs with no move, or fewer than they announce: what the review queue shows
            unread: (parsed.unread ?? []).map(({ paragraph, reason, candidates }) => ({
              paragraph,
              reason,
              candidates,
            })),
          });
        } catch (error) {
          if (!(error instanceof ParseInputError)) throw error;
          failed++;
          process.stderr.write(`${file}: ${error.message}\n`);
        }
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ issues }, null, 2)}\n`);
      } else {
        for (const issue of issues) printIssue(issue);
      }
      if (failed > 0) process.exitCode = 1;
    });
}

type PrintedIssue = {
  file: string;
  title: string | null;
  published_on: string | null;
  section_found: boolean;
  moves: {
    person: string;
    company: string;
    role: string;
    kind: string;
    confidence: number;
    previous_companies: string[];
    predecessor: string | null;
  }[];
  unread: { paragraph: string }[];
};

function printIssue(issue: PrintedIssue) {
  const header = [issue.file, issue.title, issue.published_on].filter(Boolean).join(" · ");
  console.log(`\n${header}`);
  if (!issue.section_found) {
    console.log("  (no Mouvements section)");
    return;
  }
  printUnread(issue.unread);
  if (issue.moves.length === 0) {
    console.log("  (Mouvements section found, no move recognised)");
    return;
  }
  const rows = issue.moves.map((m) => [
    m.person,
    m.role,
    m.company,
    m.kind,
    m.confidence.toFixed(2),
    [
      m.previous_companies.length ? `formerly ${m.previous_companies.join(", ")}` : "",
      m.predecessor ? `succeeds ${m.predecessor}` : "",
    ]
      .filter(Boolean)
      .join("; "),
  ]);
  const head = ["Person", "Role", "Company", "Kind", "Conf.", "Details"];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join("  ")}`;
  console.log(line(head));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

// Listed before the moves so a long table does not push them out of sight.
function printUnread(unread: { paragraph: string }[]) {
  if (unread.length === 0) return;
  console.log(`  ${unread.length} paragraph(s) not understood (shown in the review queue):`);
  for (const { paragraph } of unread)
    console.log(`  ? ${paragraph.length > 110 ? `${paragraph.slice(0, 109)}…` : paragraph}`);
}
