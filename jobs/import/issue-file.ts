// A newsletter file as the import receives it (a path given to `carnet import` or `carnet parse`, an
// upload, a received message): its type, size and encoding checked, an .eml opened with mailparser,
// its identity (content hash, Message-ID), its date. The text it holds goes to the pure parser
// (jobs/parse/), which reads no file itself.

import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parisDay } from "../../shared/calendar.ts";
import {
  issueDateProblem,
  type ParsedIssue,
  type ParseOptions,
  parseIssueHtml,
  parseIssueText,
  readTitleLine,
} from "../parse/index.ts";
import {
  hasControls,
  type ReceivedMail,
  readMail,
  visibleControls,
  withoutControls,
} from "./received-text.ts";

export const MAX_ISSUE_BYTES = 5 * 1024 * 1024;

export type ParseInputProblem =
  | "unreadable"
  | "unsupported"
  | "empty"
  | "too_large"
  | "bad_name"
  | "binary"
  | "malformed"
  | "bad_date"
  | "too_slow";

// Shown to the person who ran `carnet parse` or uploaded the file, hence the plain French.
export class ParseInputError extends Error {
  constructor(
    readonly problem: ParseInputProblem,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "ParseInputError";
  }
}

// The calendar date in Paris: a newsletter sent at 23:30 UTC on the 31st is dated the 1st.
export function parisDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return parisDay(date);
}

export async function parseIssueEml(
  raw: Buffer,
  path = "message.eml",
  options: ParseOptions = {},
): Promise<ParsedIssue> {
  let mail: ReceivedMail;
  try {
    mail = await readMail(raw);
  } catch (error) {
    // mailparser refuses what no mail client would show (thousands of nested parts, a broken structure).
    throw new ParseInputError(
      "malformed",
      path,
      `Le message ${path} est mal formé et ne peut pas être lu : ${(error as Error).message}.`,
    );
  }
  // An unreadable Date header is no date; an absurd one (year 99999) is refused by parseIssueBytes.
  const published_on = mail.date ? parisDate(mail.date) : null;
  const issue = mail.html?.trim()
    ? parseIssueHtml(mail.html, options)
    : parseIssueText(mail.text, {}, options);
  return { ...issue, title: mail.subject, published_on };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function decodeText(bytes: Buffer, path: string): string {
  if (bytes.includes(0)) {
    throw new ParseInputError(
      "binary",
      path,
      `Le fichier ${path} semble binaire (octets nuls) : ce n'est pas une lettre d'information lisible.`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ParseInputError(
      "binary",
      path,
      `Le fichier ${path} n'est pas du texte UTF-8 valide : enregistrez-le en UTF-8 puis réessayez.`,
    );
  }
  return withoutControls(text);
}

/**
 * A mail is text by its format (RFC 5322): a NUL in it is some server's stray byte, which mail
 * clients read through and readMail removes. A file named .eml that holds NUL bytes and does not
 * open with a header field ("Name:", RFC 5322 §3.6.8) is no mail but an image or an archive.
 */
const binaryNotMail = (bytes: Buffer) =>
  bytes.includes(0) && !/^[!-9;-~]+:/u.test(bytes.subarray(0, 1000).toString("latin1"));

const KINDS: Record<string, "text" | "html" | "eml"> = {
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".eml": "eml",
};

/** The newsletter files Carnet reads, by extension (`carnet import`, the upload, folders). */
export const ISSUE_EXTENSIONS = Object.keys(KINDS);

export const isIssueFileName = (name: string) => extname(name).toLowerCase() in KINDS;

/**
 * Why a file's name is refused, or null: a control character (a NUL, an escape sequence) in it is
 * no slip of the keyboard, PostgreSQL's text cannot hold a NUL, and the name is stored with the
 * issue and shown to admins. The upload answers it with a 400 before reading any file; `carnet
 * import` reports the file as failed.
 */
export function fileNameProblem(path: string): string | null {
  return hasControls(path)
    ? `Nom de fichier refusé : « ${visibleControls(path)} » contient un caractère de contrôle.`
    : null;
}

function refuseBadName(path: string): void {
  const badName = fileNameProblem(path);
  if (badName) throw new ParseInputError("bad_name", visibleControls(path), badName);
  if (!isIssueFileName(path))
    throw new ParseInputError(
      "unsupported",
      path,
      `Type de fichier non pris en charge : ${path} (attendu : .txt, .html, .htm ou .eml).`,
    );
}

/**
 * What every newsletter file must be, however it came (a path given to `carnet import`, an upload):
 * of a type we read, at most 5 MB, not empty.
 */
export function checkIssueBytes(name: string, bytes: Buffer): void {
  refuseBadName(name);
  if (bytes.length > MAX_ISSUE_BYTES) {
    throw new ParseInputError(
      "too_large",
      name,
      `Le fichier ${name} dépasse 5 Mo : ce n'est sans doute pas une lettre d'information.`,
    );
  }
  if (bytes.toString("latin1").trim().length === 0) {
    throw new ParseInputError("empty", name, `Le fichier ${name} est vide.`);
  }
}

/** Reads a newsletter file, refusing what is not one (type, size, emptiness) with a clear message. */
export async function readIssueFile(path: string): Promise<Buffer> {
  refuseBadName(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    if (info.size > MAX_ISSUE_BYTES) {
      throw new ParseInputError(
        "too_large",
        path,
        `Le fichier ${path} dépasse 5 Mo : ce n'est sans doute pas une lettre d'information.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ParseInputError) throw error;
    throw new ParseInputError(
      "unreadable",
      path,
      `Impossible de lire le fichier ${path} : ${(error as Error).message}`,
    );
  }
  checkIssueBytes(path, bytes);
  return bytes;
}

/** Identifies an issue's content: importing the same bytes twice is recognised by it. */
export function contentHash(raw: Buffer | string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/**
 * The Message-ID of a message's header block, as mailparser gives it ("<id@host>"), read without
 * parsing the message: an .eml imported as a file is then recognised when it also comes by mail.
 */
export function messageIdOf(bytes: Buffer): string | null {
  const text = bytes.subarray(0, 64 * 1024).toString("latin1");
  const end = text.search(/\r?\n\r?\n/u);
  // Without control characters, as readMail gives it: the same message by mail and as a file has one id.
  const head = withoutControls(end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/gu, " ");
  const value = /^message-id:[ \t]*(.*)$/imu.exec(head)?.[1];
  return value ? (/<[^<>\s]+>/u.exec(value)?.[0] ?? null) : null;
}

/** A newsletter file read, hashed and parsed: everything the importer needs before the database. */
export interface LoadedIssue {
  parsed: ParsedIssue;
  bytes: Buffer;
  contentHash: string;
  messageId: string | null;
}

export async function loadIssueFile(path: string, options: ParseOptions = {}): Promise<LoadedIssue> {
  const bytes = await readIssueFile(path);
  const parsed = await parseIssueBytes(bytes, path, undefined, options);
  const messageId = KINDS[extname(path).toLowerCase()] === "eml" ? messageIdOf(bytes) : null;
  return { parsed, bytes, contentHash: contentHash(bytes), messageId };
}

export async function parseIssueFile(path: string, options: ParseOptions = {}): Promise<ParsedIssue> {
  return parseIssueBytes(await readIssueFile(path), path, undefined, options);
}

/**
 * Parses a file's bytes already read with readIssueFile (the importer also hashes them). The date
 * comes from the message or page itself, else a plain-text issue's title line ("— 17 juin 2025"),
 * else the file name; a date no newsletter can carry (year 99999, next month) is refused here, before
 * it reaches the directory's feeds and pages.
 */
export async function parseIssueBytes(
  bytes: Buffer,
  path: string,
  today: string = parisDate(new Date())!,
  options: ParseOptions = {},
): Promise<ParsedIssue> {
  const kind = KINDS[extname(path).toLowerCase()] ?? "text";
  let parsed: ParsedIssue;
  if (kind === "eml") {
    if (binaryNotMail(bytes)) decodeText(bytes, path);
    parsed = await parseIssueEml(bytes, path, options);
  } else {
    const text = decodeText(bytes, path);
    parsed = kind === "html" ? parseIssueHtml(text, options) : parseIssueText(text, {}, options);
    if (kind === "text") {
      const line = readTitleLine(text);
      parsed = {
        ...parsed,
        title: parsed.title ?? line.title,
        published_on: parsed.published_on ?? line.published_on,
      };
    }
    if (!parsed.published_on) parsed = { ...parsed, published_on: dateFromFileName(path) };
  }
  const problem = parsed.published_on ? issueDateProblem(parsed.published_on, today) : null;
  if (problem) throw new ParseInputError("bad_date", path, `${path} : ${problem}`);
  return parsed;
}

/**
 * Archives of plain-text issues are usually named by date ("lettre-2025-01-14.txt"); without a
 * date in the text itself, that is the issue's date rather than the day it was imported.
 */
export function dateFromFileName(path: string): string | null {
  const match = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:\D|$)/.exec(basename(path));
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}
