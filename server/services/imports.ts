import { randomBytes } from "node:crypto";
import path from "node:path";
import type { DB } from "../../db/database.ts";
import * as drafts from "../../db/repositories/imports-admin.ts";
import * as issues from "../../db/repositories/issues.ts";
import { suppressedKeys } from "../../db/repositories/suppressions.ts";
import { importParsedIssue } from "../../jobs/import.ts";
import {
  contentHash,
  type ParsedIssue,
  ParseInputError,
  parseIssueEml,
  parseIssueHtml,
  parseIssueText,
  personKey,
} from "../../jobs/parse/index.ts";
import { Invalid } from "../errors.ts";
import { type Actor, record } from "./audit.ts";

/**
 * Imports from the admin console: uploaded files or pasted text are parsed for a preview and kept
 * as a draft; nothing reaches the directory until the admin confirms, and then exactly the
 * previewed bytes are imported (one transaction per issue, as from the CLI).
 */

export interface UploadedIssue {
  name: string;
  bytes: Buffer;
}

export interface PreviewItem {
  file: string;
  error?: string;
  alreadyImported?: boolean;
  issue?: ParsedIssue;
  suppressed: string[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export async function parseUpload(file: UploadedIssue): Promise<ParsedIssue> {
  const ext = path.extname(file.name).toLowerCase();
  if (![".txt", ".html", ".htm", ".eml"].includes(ext))
    throw new ParseInputError(
      "unsupported",
      file.name,
      `${file.name} : type non pris en charge (.txt, .html ou .eml).`,
    );
  if (file.bytes.toString("latin1").trim() === "")
    throw new ParseInputError("empty", file.name, `${file.name} est vide.`);
  if (ext === ".eml") return parseIssueEml(file.bytes);
  let text: string;
  try {
    if (file.bytes.includes(0)) throw new Error("binary");
    text = strictUtf8.decode(file.bytes);
  } catch {
    throw new ParseInputError("binary", file.name, `${file.name} n’est pas du texte UTF-8 lisible.`);
  }
  return ext === ".txt" ? parseIssueText(text) : parseIssueHtml(text);
}

export async function preview(
  db: DB,
  actor: Actor,
  files: UploadedIssue[],
): Promise<{ token: string; items: PreviewItem[] }> {
  if (files.length === 0)
    throw new Invalid("fichiers", "Choisissez au moins un fichier ou collez le texte d’un numéro.");
  const items: PreviewItem[] = [];
  for (const file of files) {
    try {
      const issue = await parseUpload(file);
      const keys = issue.moves.map((m) => personKey(m.person));
      const suppressed = await suppressedKeys(db, keys);
      items.push({
        file: file.name,
        issue,
        alreadyImported: Boolean(await issues.findByHash(db, contentHash(file.bytes))),
        suppressed: issue.moves.filter((m) => suppressed.has(personKey(m.person))).map((m) => m.person),
      });
    } catch (error) {
      if (!(error instanceof ParseInputError)) throw error;
      items.push({ file: file.name, error: error.message, suppressed: [] });
    }
  }
  const token = randomBytes(24).toString("base64url");
  await drafts.saveDraft(
    db,
    token,
    actor.id!,
    files.filter((_f, i) => !items[i]!.error),
  );
  return { token, items };
}

export interface ConfirmedImport {
  file: string;
  status: "imported" | "skipped";
  issueId: number;
  movesCreated: number;
  pending: number;
  suppressed: number;
}

export async function confirm(
  db: DB,
  actor: Actor,
  token: string,
  options: { autoPublishConfidence: number },
): Promise<ConfirmedImport[]> {
  const files = await drafts.takeDraft(db, token, actor.id!);
  if (files.length === 0)
    throw new Invalid("token", "Cet aperçu a expiré ou a déjà été importé : relancez l’import.");
  const results: ConfirmedImport[] = [];
  for (const file of files) {
    const bytes = Buffer.from(file.content);
    const parsed = await parseUpload({ name: file.file_name, bytes });
    const result = await importParsedIssue(
      db,
      parsed,
      { file: file.file_name, rawText: bytes.toString("utf8"), contentHash: contentHash(bytes) },
      { autoPublishConfidence: options.autoPublishConfidence, importedBy: actor.id },
    );
    // importParsedIssue owns its transaction; the audit entry follows it at once.
    if (result.status === "imported")
      await db.transaction().execute((trx) =>
        record(trx, {
          actor,
          action: "issue.import",
          entity: "issue",
          entityId: result.issueId,
          after: { file: file.file_name, moves: result.movesCreated, pending: result.pending },
        }),
      );
    results.push({ file: file.file_name, ...result });
  }
  return results;
}
