import type { DB } from "../../db/database.ts";
import * as legalTexts from "../../db/repositories/legal-texts.ts";
import type { LegalTextKind } from "../../db/schema.ts";
import { type Actor, record } from "./audit.ts";

/**
 * The privacy page and the consent wording, both versioned: saving adds a version and never edits
 * one, so what a subscriber agreed to stays what they saw. Texts are plain text written by admins:
 * a line starting with "## " is a heading, blank lines separate paragraphs (no HTML, so nothing an
 * admin types can inject markup).
 */
export type TextBlock = { heading: string } | { paragraph: string };

export function toBlocks(body: string): TextBlock[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n|\n(?=## )/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .flatMap((chunk): TextBlock[] => {
      if (!chunk.startsWith("## ")) return [{ paragraph: chunk.replace(/\s*\n\s*/g, " ") }];
      const [heading, ...rest] = chunk.split("\n");
      const paragraph = rest.join(" ").trim();
      return [{ heading: heading!.slice(3).trim() }, ...(paragraph ? [{ paragraph }] : [])];
    });
}

export async function privacyPage(db: DB) {
  const text = await legalTexts.latest(db, "privacy");
  return { version: text.version, updatedAt: text.created_at, blocks: toBlocks(text.body) };
}

/** Saves a new version when the text changed; returns its number, or null when nothing changed. */
export async function saveText(
  db: DB,
  actor: Actor,
  kind: LegalTextKind,
  body: string,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const current = await legalTexts.latest(trx, kind);
    if (current.body === body) return null;
    const saved = await legalTexts.addVersion(trx, kind, body, actor.id);
    await record(trx, {
      actor,
      action: `legal_text.${kind}.publish`,
      entity: "legal_text",
      entityId: saved.id,
      before: { version: current.version },
      after: { version: saved.version },
    });
    return saved.version;
  });
}

// Reads the admin pages show as stored: no rule applies, so the service hands the repository's
// answer through. Routes see only services; a rule added later has its place here.
export { versions } from "../../db/repositories/legal-texts.ts";
