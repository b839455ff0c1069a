import { simpleParser } from "mailparser";
import type { DB } from "../../db/database.ts";
import * as bounces from "../../db/repositories/bounces.ts";
import * as inbound from "../../db/repositories/inbound.ts";
import * as subscribers from "../../db/repositories/subscribers.ts";
import { createSignedLinks } from "../../server/mail/signed-links.ts";
import { importParsedIssue } from "../import.ts";
import { contentHash, ParseInputError, parseIssueBytes } from "../parse/index.ts";
import { readReport, subscriberOfVerp } from "./bounces.ts";
import { confirmationLink } from "./confirmation.ts";

/**
 * One received message → what becomes of it. Every path (SMTP, IMAP) stores the raw message first
 * (inbound.storeMessage) and then calls this with its id; a message left 'received' (a crash, the
 * database gone a moment) is taken again by processPendingMessages.
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
    const mail = await simpleParser(head, { skipHtmlToText: true, skipTextToHtml: true });
    return {
      messageId: mail.messageId?.trim() || null,
      fromAddress: mail.from?.value[0]?.address?.toLowerCase() ?? null,
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      subject: mail.subject?.replace(/[\u0000-\u001F\u007F]/gu, "").trim() || null,
    };
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
}

export async function processInboundMessage(
  db: DB,
  id: number,
  options: ProcessOptions,
): Promise<inbound.InboundStatus | null> {
  // The claim and the outcome are one transaction: a crash between them leaves 'received'.
  return db.transaction().execute(async (trx) => {
    const message = await inbound.claimMessage(trx, id);
    if (!message) return null;
    const finish = async (
      status: inbound.InboundStatus,
      extra: {
        reason?: string;
        sourceId?: number;
        issueId?: number;
        moves?: number;
        confirmUrl?: string;
      } = {},
    ) => {
      await inbound.finishMessage(trx, id, { status, ...extra });
      return status;
    };

    if (options.appSecret) {
      const answer = await replyToOurMail(trx, message, options.appSecret);
      if (answer) return finish(answer.status, { reason: answer.reason });
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
    if (confirmUrl) return finish("confirmation", { confirmUrl, ...(source ? { sourceId: source.id } : {}) });
    if (!source) return finish("unrecognised", { reason: "expéditeur inconnu de toutes les sources" });
    // An admin who assigned the message (source_id already set) has reviewed it: it is not held again.
    if (!message.source_id && source.hold_unauthenticated && message.auth?.dmarc !== "pass")
      return finish("held", {
        sourceId: source.id,
        reason: `authentification insuffisante (DMARC ${message.auth?.dmarc ?? "absent"})`,
      });

    let parsed: Awaited<ReturnType<typeof parseIssueBytes>>;
    try {
      parsed = await parseIssueBytes(message.raw, `message-${id}.eml`);
    } catch (error) {
      if (!(error instanceof ParseInputError)) throw error;
      return finish("failed", { sourceId: source.id, reason: error.message });
    }
    if (!parsed.section_found) return finish("no_section", { sourceId: source.id });
    // The issue is imported in its own transaction (the importer's), then the message says so.
    const result = await importParsedIssue(
      db,
      parsed,
      {
        file: `message-${id}.eml`,
        // PostgreSQL's text holds no NUL; the raw bytes stay whole in inbound_messages.
        rawText: message.raw.toString("utf8").replaceAll("\u0000", ""),
        contentHash: contentHash(message.raw),
      },
      { autoPublishConfidence: options.autoPublishConfidence },
    );
    if (result.status === "skipped")
      return finish("duplicate", { sourceId: source.id, issueId: result.issueId, moves: 0 });
    return finish("imported", {
      sourceId: source.id,
      issueId: result.issueId,
      moves: result.movesCreated + (result.attached ?? 0),
    });
  });
}

/**
 * Mail about our own alerts rather than a newsletter: a bounce or complaint sent to a digest's VERP
 * envelope sender, or the List-Unsubscribe mailto ("unsubscribe <signed id>" as the subject).
 */
async function replyToOurMail(
  db: Parameters<typeof inbound.finishMessage>[0],
  message: inbound.InboundMessageRow,
  secret: string,
): Promise<{ status: inbound.InboundStatus; reason: string } | null> {
  const verp = message.recipients.map((r) => subscriberOfVerp(r, secret)).find((id) => id !== null);
  if (verp) {
    const report = readReport(message.raw.toString("utf8"));
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
    const mail = await simpleParser(raw);
    // An issue that carries its Mouvements section is an issue, whatever its footer says.
    if (/\+\s*(?:[\p{L}& ]+\s)?mouvements/iu.test(mail.text ?? "")) return null;
    return confirmationLink({
      subject: mail.subject ?? null,
      text: mail.text ?? "",
      html: typeof mail.html === "string" ? mail.html : null,
    });
  } catch {
    return null;
  }
}

/** Processes every message still 'received'; returns how many were. */
export async function processPendingMessages(db: DB, options: ProcessOptions): Promise<number> {
  let done = 0;
  for (const id of await inbound.unprocessedIds(db)) {
    if (await processInboundMessage(db, id, options)) done++;
  }
  return done;
}
