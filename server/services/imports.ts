import { randomBytes } from "node:crypto";
import path from "node:path";
import type { DB } from "../../db/database.ts";
import { readDirectoryKnowledge } from "../../db/repositories/directory-knowledge.ts";
import * as drafts from "../../db/repositories/imports-admin.ts";
import * as issues from "../../db/repositories/issues.ts";
import { suppressedKeys } from "../../db/repositories/suppressions.ts";
import {
  checkIssueBytes,
  contentHash,
  fileNameProblem,
  ISSUE_EXTENSIONS,
  messageIdOf,
  ParseInputError,
} from "../../jobs/import/issue-file.ts";
import { parseUploadOffThread, UPLOAD_PARSE_TIME_LIMIT_MS } from "../../jobs/import/upload-thread.ts";
import type { GazetteerEntries, ParsedIssue } from "../../jobs/parse/index.ts";
import { issueDateProblem } from "../../jobs/parse/issue-date.ts";
import { parisDay } from "../../shared/calendar.ts";
import { personKey } from "../../shared/names.ts";
import { Invalid } from "../errors.ts";
import type { Actor } from "./audit.ts";
import { type FileImportOutcome, importReceivedFile, isIssueToImport } from "./import-issue.ts";
import { proposeNearDuplicatesOfNewCompanies } from "./near-duplicates.ts";

/**
 * Imports from the admin console: uploaded files or pasted text are parsed for a preview and kept
 * as a draft; nothing reaches the directory until the admin confirms, and then exactly the
 * previewed bytes are imported (one transaction per issue, as from the CLI), with the title and
 * date the admin may have corrected in the preview.
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
  /** The file's place in the draft, naming its title and date fields; absent when it cannot be imported. */
  slot?: number;
}

export async function parseUpload(
  file: UploadedIssue,
  options: { today?: string; timeLimitMs?: number; known?: GazetteerEntries } = {},
): Promise<ParsedIssue> {
  // The same checks as `carnet import`'s (type, size, emptiness).
  checkIssueBytes(file.name, file.bytes);
  // The same reading as `carnet import`: date from the message, the title line or the file name,
  // with what the directory knows (issue 13 item 6); on a thread of its own, so a long upload
  // never holds up the web server (issue 12 item 2).
  return parseUploadOffThread(
    { bytes: file.bytes, name: file.name, today: options.today, known: options.known },
    options.timeLimitMs ?? UPLOAD_PARSE_TIME_LIMIT_MS,
  );
}

export async function preview(
  db: DB,
  actor: Actor,
  files: UploadedIssue[],
): Promise<{ token: string; items: PreviewItem[] }> {
  if (files.length === 0)
    throw new Invalid("fichiers", "Choisissez au moins un fichier ou collez le texte d’un numéro.");
  // A bad name refuses the whole upload before anything is read or kept: it is the sender's doing
  // (a crafted request), not one file's bad luck to list among the others.
  for (const file of files) {
    const badName = fileNameProblem(file.name);
    if (badName) throw new Invalid("fichiers", badName);
  }
  const items: PreviewItem[] = [];
  const kept: UploadedIssue[] = [];
  // The preview shows what the confirmation will import: both read with what the directory knows.
  const known = await readDirectoryKnowledge(db);
  for (const file of files) {
    try {
      const issue = await parseUpload(file, { known });
      const keys = issue.moves.map((m) => personKey(m.person));
      const suppressed = await suppressedKeys(db, keys);
      const item: PreviewItem = {
        file: file.name,
        issue,
        alreadyImported: Boolean(await issues.findByHash(db, contentHash(file.bytes))),
        suppressed: issue.moves.filter((m) => suppressed.has(personKey(m.person))).map((m) => m.person),
      };
      // A file without a Mouvements section is no issue of a newsletter we read (shown, never
      // imported), unless a paragraph of it reads like a move: imported with no move, as by mail.
      if (isIssueToImport(issue)) {
        item.slot = kept.length;
        kept.push(file);
      }
      items.push(item);
    } catch (error) {
      if (!(error instanceof ParseInputError)) throw error;
      items.push({ file: file.name, error: error.message, suppressed: [] });
    }
  }
  const token = randomBytes(24).toString("base64url");
  await drafts.saveDraft(db, token, actor.id!, kept);
  return { token, items };
}

/** What the admin corrected in the preview, by draft position; an empty field keeps what was read. */
export interface IssueEdit {
  title?: string;
  published_on?: string;
}

const MAX_TITLE_LENGTH = 300;

function checkEdits(edits: Map<number, IssueEdit>, today: string): void {
  for (const [position, edit] of edits) {
    if (edit.title !== undefined && edit.title.length > MAX_TITLE_LENGTH)
      throw new Invalid(`titre_${position}`, `Le titre dépasse ${MAX_TITLE_LENGTH} caractères.`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (edit.title !== undefined && /[\u0000-\u001F\u007F]/u.test(edit.title))
      throw new Invalid(`titre_${position}`, "Le titre contient des caractères de contrôle.");
    if (edit.published_on !== undefined) {
      const problem = issueDateProblem(edit.published_on, today);
      if (problem) throw new Invalid(`date_${position}`, `Date du numéro : ${problem}`);
    }
  }
}

export async function confirm(
  db: DB,
  actor: Actor,
  token: string,
  options: { autoPublishConfidence: number; edits?: Map<number, IssueEdit> },
): Promise<FileImportOutcome[]> {
  const today = parisDay(new Date());
  const edits = options.edits ?? new Map<number, IssueEdit>();
  checkEdits(edits, today);
  const files = await drafts.readDraft(db, token, actor.id!);
  if (files.length === 0)
    throw new Invalid("token", "Cet aperçu a expiré ou a déjà été importé : relancez l’import.");
  const results: FileImportOutcome[] = [];
  // Read once, as `carnet import` does for its files: what the directory knows before this import.
  const known = await readDirectoryKnowledge(db);
  // One file's failure is that file's result; the draft is dropped only once every file has been
  // tried, so a crash half-way loses nothing (files already imported are skipped by their hash).
  for (const file of files) {
    const bytes = Buffer.from(file.content);
    const empty = { movesCreated: 0, pending: 0, suppressed: 0 };
    try {
      const read = await parseUpload({ name: file.file_name, bytes }, { today, known });
      if (!isIssueToImport(read)) {
        results.push({
          file: file.file_name,
          status: "failed",
          reason: "pas de rubrique Mouvements",
          ...empty,
        });
        continue;
      }
      const edit = edits.get(file.position) ?? {};
      const parsed = {
        ...read,
        title: edit.title?.trim() || read.title,
        published_on: edit.published_on || read.published_on,
      };
      // The issue, the received message and the audit entry in one transaction.
      const result = await importReceivedFile(
        db,
        {
          name: file.file_name,
          bytes,
          via: "upload",
          parsed,
          contentHash: contentHash(bytes),
          messageId: path.extname(file.file_name).toLowerCase() === ".eml" ? messageIdOf(bytes) : null,
          actor,
        },
        { autoPublishConfidence: options.autoPublishConfidence },
      );
      results.push({ file: file.file_name, ...result });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const dataError = typeof code === "string" && code.startsWith("22");
      if (!(error instanceof ParseInputError) && !dataError) throw error;
      results.push({ file: file.file_name, status: "failed", reason: (error as Error).message, ...empty });
    }
  }
  await drafts.deleteDraft(db, token, actor.id!);
  // The editor who uploaded finds the new companies' near-duplicates on /admin/doublons at once.
  await proposeNearDuplicatesOfNewCompanies(db);
  return results;
}

/** The file endings an upload accepts: the parser's, which `carnet import` reads too. */
export const UPLOAD_EXTENSIONS: readonly string[] = ISSUE_EXTENSIONS;
