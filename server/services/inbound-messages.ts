import type { DB } from "../../db/database.ts";
import * as bounces from "../../db/repositories/bounces.ts";
import { readDirectoryKnowledge } from "../../db/repositories/directory-knowledge.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import * as issues from "../../db/repositories/issues.ts";
import * as subscribers from "../../db/repositories/subscribers.ts";
import type { Queryable } from "../../db/repositories/types.ts";
import { databaseUnavailable } from "../../db/unavailable.ts";
import { contentHash, ParseInputError } from "../../jobs/import/issue-file.ts";
import { readMail, receivedText } from "../../jobs/import/received-text.ts";
import { parseUploadOffThread, UPLOAD_PARSE_TIME_LIMIT_MS } from "../../jobs/import/upload-thread.ts";
import { readReport, subscriberOfVerp } from "../../jobs/inbound/bounces.ts";
import { confirmationLink } from "../../jobs/inbound/confirmation.ts";
import type { ParsedIssue } from "../../jobs/parse/index.ts";
import { createSignedLinks } from "../mail/signed-links.ts";
import { importIssueIn, inImportTransaction, isIssueToImport } from "./import-issue.ts";

/**
 * One received message → what becomes of it. SMTP and IMAP store the raw message first
 * (storeReceived, deduplicated on its Message-ID and content hash) and queue its id; the job
 * (jobs/register.ts, `inbound-message`) runs importReceivedMessage, which reads it and imports it
 * through the import use case (import-issue.ts) in one transaction with its outcome. The database
 * away: the job throws and is retried (pg-boss, then the sweep) until it is back, uncounted. Any
 * other error: the failure is counted on the message and it is read again later (INBOUND_RETRY),
 * then marked 'failed' with the error, which the Sources page shows with "Relire". Files from `carnet import` and the upload
 * take the same use case directly (importReceivedFile), and are kept as messages too, so any
 * message can be read again after a parser change (rereadMessage) without its moves being doubled.
 *
 * The source is the one named by plus-addressing (lettres+<slug>@…), else the one that knows the
 * sender; none → the "Non reconnus" tray, never imported silently nor dropped.
 */

export interface ReceivedFacts {
  messageId: string | null;
  fromAddress: string | null;
  subject: string | null;
}

/** Message-ID, From and Subject of a raw message, without parsing its body. */
export async function readFacts(raw: Buffer): Promise<ReceivedFacts> {
  const headerEnd = raw.indexOf("\r\n\r\n");
  const head = headerEnd >= 0 ? raw.subarray(0, headerEnd + 4) : raw.subarray(0, 64 * 1024);
  try {
    const mail = await readMail(head, { skipHtmlToText: true, skipTextToHtml: true });
    return { messageId: mail.messageId, fromAddress: mail.fromAddress, subject: mail.subject };
  } catch {
    return { messageId: null, fromAddress: null, subject: null };
  }
}

/** Keeps a received message (deduplicated) and says whether it is new. */
export async function storeReceived(
  db: DB,
  raw: Buffer,
  envelope: {
    via: inbound.InboundVia;
    envelopeFrom?: string | null;
    recipients?: string[];
    auth?: Record<string, string> | null;
  },
): Promise<{ id: number; stored: boolean }> {
  const facts = await readFacts(raw);
  return inbound.storeMessage(db, {
    message_id: facts.messageId,
    content_hash: contentHash(raw),
    raw,
    via: envelope.via,
    envelope_from: envelope.envelopeFrom ?? null,
    recipients: (envelope.recipients ?? []).map((r) => r.toLowerCase()),
    from_address: facts.fromAddress,
    subject: facts.subject,
    auth: envelope.auth ?? null,
  });
}

/** "lettres+lettre-rh@carnet.example" → "lettre-rh". */
export function plusTag(address: string): string | null {
  const local = address.split("@")[0] ?? "";
  const at = local.indexOf("+");
  return at >= 0 ? local.slice(at + 1).toLowerCase() || null : null;
}

export interface ProcessOptions {
  autoPublishConfidence: number;
  /** APP_SECRET: verifies VERP bounce addresses and List-Unsubscribe mailto tokens. */
  appSecret?: string;
  /** How long one message may take to read; past it the message is refused as unreadable (upload-thread.ts). */
  parseTimeLimitMs?: number;
}

/**
 * Readings of a message that fail on an unexpected error: 5 in all, the next one 1, 2, 4 then 8 minutes
 * after the last (the sweep, every minute, queues it when due), so 'failed' about a quarter of an
 * hour after it came. Time enough for a passing fault to clear; not a reading every minute forever.
 */
export const INBOUND_RETRY = { maxAttempts: 5, firstDelayMs: 60_000 };

/** What the Sources page says of an unexpected error (the database's own message kept as it is). */
export function failureReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)
    ? `erreur inattendue de la base de données (${code}) : ${message}`
    : `erreur inattendue à la lecture : ${message}`;
}

/**
 * The job's reading of one received message: processInboundMessage, with a failure on anything but
 * the database being away counted on the message (INBOUND_RETRY) instead of thrown, so the queue
 * does not retry it at once. Returns the message's status ('received' while it waits for its next
 * attempt), or null when it was not waiting.
 */
export async function importReceivedMessage(
  db: DB,
  id: number,
  options: ProcessOptions,
  now: Date,
): Promise<inbound.InboundStatus | null> {
  try {
    return await processInboundMessage(db, id, options);
  } catch (error) {
    if (databaseUnavailable(error)) throw error;
    // Throws in turn if the database cannot record it: then it was away after all, and the job is retried.
    const recorded = await inbound.recordFailedAttempt(db, id, {
      reason: failureReason(error),
      now,
      ...INBOUND_RETRY,
    });
    return recorded?.status ?? null;
  }
}

export async function processInboundMessage(
  db: DB,
  id: number,
  options: ProcessOptions,
): Promise<inbound.InboundStatus | null> {
  // The claim, the import and the outcome are one transaction: a crash leaves 'received'.
  return inImportTransaction(db, async (trx) => {
    const message = await inbound.claimMessage(trx, id);
    if (!message) return null;
    const outcome = await readMessage(trx, message, options);
    await inbound.finishMessage(trx, id, outcome);
    return outcome.status;
  });
}

/**
 * Reads a message again (after a parser change): an issue it imported gets the moves the parser
 * finds now and did not before, none twice; one without a Mouvements section or that failed to
 * parse is imported if it now can be. False when the message is not one that was read.
 */
export async function rereadMessage(
  db: DB,
  id: number,
  options: ProcessOptions,
): Promise<inbound.InboundStatus | null> {
  try {
    return await inImportTransaction(db, async (trx) => {
      if (!(await inbound.reopenMessage(trx, id))) return null;
      const message = await inbound.claimMessage(trx, id);
      if (!message) return null;
      const outcome = await readMessage(trx, message, { ...options, reprocess: true });
      await inbound.finishMessage(trx, id, outcome);
      return outcome.status;
    });
  } catch (error) {
    // An admin asked for this one reading: its unexpected error is shown on the message, not as a 500.
    if (databaseUnavailable(error)) throw error;
    await inbound.markFailed(db, id, failureReason(error));
    return "failed";
  }
}

/** Reads again every message in the given states (default: those the parser read or failed to). */
export async function rereadMessages(
  db: DB,
  options: ProcessOptions & { ids?: number[]; statuses?: inbound.InboundStatus[] },
): Promise<Map<number, inbound.InboundStatus | null>> {
  const ids = options.ids ?? (await inbound.idsInStates(db, options.statuses ?? inbound.REREADABLE));
  const outcomes = new Map<number, inbound.InboundStatus | null>();
  for (const id of ids) outcomes.set(id, await rereadMessage(db, id, options));
  return outcomes;
}

type Outcome = Parameters<typeof inbound.finishMessage>[2];

const issueMoves = async (trx: Queryable, issueId: number) =>
  (await issues.findById(trx, issueId))?.moves_count ?? 0;

async function readMessage(
  trx: Queryable,
  message: inbound.InboundMessageRow,
  options: ProcessOptions & { reprocess?: boolean },
): Promise<Outcome> {
  const byMail = message.via === "smtp" || message.via === "imap";
  let sourceId: number | undefined;
  if (byMail) {
    if (options.appSecret) {
      const answer = await replyToOurMail(trx, message, options.appSecret);
      if (answer) return answer;
    }
    let source = message.source_id ? { id: message.source_id, hold_unauthenticated: false } : null;
    if (!source) {
      for (const tag of message.recipients.map(plusTag)) {
        if (tag) source = (await inbound.sourceBySlug(trx, tag)) ?? source;
      }
    }
    if (!source && message.from_address) source = await inbound.sourceForSender(trx, message.from_address);
    // Subscribing Carnet to a newsletter: its opt-in mail is shown with its link, whoever sent it.
    const confirmUrl = await confirmationLinkOf(message.raw, message.subject);
    if (confirmUrl) return { status: "confirmation", confirmUrl, ...(source ? { sourceId: source.id } : {}) };
    if (!source) return { status: "unrecognised", reason: "expéditeur inconnu de toutes les sources" };
    // An admin who assigned the message (source_id already set) has reviewed it: it is not held again.
    if (!message.source_id && source.hold_unauthenticated && message.auth?.dmarc !== "pass")
      return {
        status: "held",
        sourceId: source.id,
        reason: `authentification insuffisante (DMARC ${message.auth?.dmarc ?? "absent"})`,
      };
    sourceId = source.id;
  }

  const name = message.file_name ?? `message-${message.id}.eml`;
  let parsed: ParsedIssue;
  try {
    // Read as `carnet import` reads a file: knowing the directory's companies and people (issue 13
    // item 6). Read as an upload is, on a thread of its own with a time limit: a hostile or absurd
    // mail (one line of 50,000 table cells) is refused as unreadable instead of holding the process
    // that answers SMTP and reads every other message.
    parsed = await parseUploadOffThread(
      { bytes: message.raw, name, known: await readDirectoryKnowledge(trx) },
      options.parseTimeLimitMs ?? UPLOAD_PARSE_TIME_LIMIT_MS,
    );
  } catch (error) {
    if (!(error instanceof ParseInputError)) throw error;
    return { status: "failed", sourceId, reason: error.message };
  }
  // A mail without the section is no issue, unless a paragraph of it reads like a move
  // (isIssueToImport). A file imported by hand was imported as asked.
  if (byMail && !isIssueToImport(parsed) && !message.issue_id) return { status: "no_section", sourceId };
  const result = await importIssueIn(
    trx,
    parsed,
    { file: name, rawText: receivedText(message.raw), contentHash: contentHash(message.raw) },
    { autoPublishConfidence: options.autoPublishConfidence, reprocess: options.reprocess },
  );
  if (result.status === "skipped")
    return { status: "duplicate", sourceId, issueId: result.issueId, moves: 0 };
  if (!parsed.section_found) return { status: "no_section", sourceId, issueId: result.issueId, moves: 0 };
  return {
    status: "imported",
    sourceId,
    issueId: result.issueId,
    moves: options.reprocess ? await issueMoves(trx, result.issueId) : result.movesCreated + result.attached,
  };
}

/**
 * Mail about our own alerts rather than a newsletter: a bounce or complaint sent to a digest's VERP
 * envelope sender, or the List-Unsubscribe mailto ("unsubscribe <signed id>" as the subject).
 */
async function replyToOurMail(
  db: Queryable,
  message: inbound.InboundMessageRow,
  secret: string,
): Promise<Outcome | null> {
  const verp = message.recipients.map((r) => subscriberOfVerp(r, secret)).find((id) => id !== null);
  if (verp) {
    const report = readReport(receivedText(message.raw));
    if (!report) return { status: "rejected", reason: "réponse automatique sans rapport d’échec" };
    await bounces.blockAddress(db, verp, report);
    return { status: report.kind === "bounced" ? "bounce" : "complaint", reason: report.reason };
  }
  const token = /^unsubscribe\s+(\S+)$/iu.exec(message.subject ?? "")?.[1];
  const subscriberId = token
    ? createSignedLinks({ APP_SECRET: secret, PUBLIC_URL: "" }).verify("unsubscribe", token)
    : null;
  if (subscriberId) {
    await subscribers.unsubscribe(db, subscriberId, new Date());
    return { status: "unsubscribe", reason: "désabonnement par e-mail (List-Unsubscribe)" };
  }
  return null;
}

async function confirmationLinkOf(raw: Buffer, subject: string | null): Promise<string | null> {
  // Cheap look first: most messages are issues, not opt-in mails.
  if (!/confirm|valid|opt-?in/iu.test(`${subject ?? ""} ${raw.subarray(0, 20_000).toString("latin1")}`))
    return null;
  try {
    const mail = await readMail(raw);
    // An issue that carries its Mouvements section is an issue, whatever its footer says.
    if (/\+\s*(?:[\p{L}& ]+\s)?mouvements/iu.test(mail.text)) return null;
    return confirmationLink({ subject: mail.subject, text: mail.text, html: mail.html });
  } catch {
    return null;
  }
}
