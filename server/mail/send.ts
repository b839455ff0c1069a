import type { SendMailOptions } from "nodemailer";
import { paths } from "../../shared/site-paths.ts";
import type { Config } from "../config.ts";
import type { Views } from "../views.ts";
import { emailRendererFor } from "./render.ts";
import type { SignedLinks } from "./signed-links.ts";
import type { MailTransport } from "./transport.ts";

/**
 * The one way Carnet sends an e-mail, whoever asks (the outbox's confirmation and manage-link
 * mails, digests, source and webhook alerts to admins): an e-mail is a template pair and its data;
 * this file adds the sender, the privacy link every e-mail carries and the headers, renders through
 * the one renderer (render.ts) and hands the message to the one transport (transport.ts). Callers
 * keep their own bookkeeping (claims, retries), and read a failure with classifySmtpError.
 */
export interface MailDeps {
  config: Pick<Config, "MAIL_FROM" | "PUBLIC_URL">;
  mailer: MailTransport;
  views: Views;
}

export interface Email {
  to: string | string[];
  subject: string;
  /** views/emails/<template>.html.hbs and <template>.text.hbs */
  template: string;
  data: Record<string, unknown>;
  /**
   * Given when the message must keep one id across retries, so a client that received a first
   * attempt shows the second as the same message (digests: alert_digests.message_id, see
   * digestMessageId). Otherwise nodemailer makes one.
   */
  messageId?: string;
  headers?: Record<string, string>;
  /** Envelope sender, when bounces must come back to an address naming the recipient (VERP). */
  bounceTo?: string;
}

/** The message as it leaves: rendered, with sender and headers. Pure (no sending). */
export function composeEmail(
  deps: Omit<MailDeps, "mailer">,
  email: Email,
): SendMailOptions & { subject: string } {
  const { html, text } = emailRendererFor(deps.views).render(email.template, {
    privacyUrl: deps.config.PUBLIC_URL + paths.privacy(),
    ...email.data,
  });
  const recipients = Array.isArray(email.to) ? email.to : [email.to];
  return {
    from: deps.config.MAIL_FROM,
    to: email.to,
    subject: email.subject,
    html: bodyPart(html),
    text: bodyPart(text),
    ...(email.messageId ? { messageId: email.messageId } : {}),
    // "prepared": the values are already RFC 5322-ready (angle brackets, commas); nodemailer must
    // not fold or encode them.
    ...(email.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(email.headers).map(([name, value]) => [name, { prepared: true, value }]),
          ),
        }
      : {}),
    ...(email.bounceTo ? { envelope: { from: email.bounceTo, to: recipients } } : {}),
  };
}

/**
 * A body with the transfer encoding nodemailer would choose for it (MimeNode.getTransferEncoding),
 * told rather than left to nodemailer, which counts by matching every letter into an array: for a
 * 5 kB digest that was a third of nodemailer's CPU per message. Its rule, per UTF-16 code unit:
 * no control or non-ASCII character and no line over 76 → 7bit (left to it, a cheap test); else
 * quoted-printable when Latin letters outnumber those characters, base64 otherwise. The message's
 * bytes are the same either way.
 */
function bodyPart(
  content: string,
): string | { content: string; contentTransferEncoding: "quoted-printable" | "base64" } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (code <= 8 || code === 11 || code === 12 || (code >= 14 && code <= 31) || code >= 128) other++;
  }
  if (other === 0 && !/^.{77,}/m.test(content)) return content;
  return { content, contentTransferEncoding: other < latin ? "quoted-printable" : "base64" };
}

export async function sendEmail(deps: MailDeps, email: Email): Promise<void> {
  await deps.mailer.sendMail(composeEmail(deps, email));
}

/**
 * 5xx replies are permanent (RFC 5321 §4.2.1: do not repeat the same request); 4xx replies,
 * dropped connections and timeouts are transient.
 */
export function classifySmtpError(error: unknown): { permanent: boolean; reason: string } {
  const e = error as { responseCode?: number; response?: string; message?: string; code?: string };
  const reason = (e.response ?? e.message ?? String(error)).slice(0, 500);
  const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
  return { permanent, reason: e.code && !e.response ? `${e.code}: ${reason}` : reason };
}

/**
 * The headers of a mail a subscriber can stop with one click: RFC 2369 List-Unsubscribe (the
 * https link and a mailto fallback) and RFC 8058 List-Unsubscribe-Post; Auto-Submitted (RFC 3834)
 * so auto-responders do not answer a digest.
 */
export function unsubscribeHeaders(
  links: SignedLinks,
  mailFrom: string,
  subscriberId: number,
): Record<string, string> {
  const mailto = `mailto:${senderAddress(mailFrom)}?subject=${encodeURIComponent(
    `unsubscribe ${links.sign("unsubscribe", subscriberId)}`,
  )}`;
  return {
    "List-Unsubscribe": `<${links.unsubscribeUrl(subscriberId)}>, <${mailto}>`,
    // RFC 8058 §3.1: tells the client a POST to the https URL unsubscribes, no page visit needed.
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}

/** "Carnet <alertes@exemple.fr>" → "alertes@exemple.fr". */
export function senderAddress(mailFrom: string): string {
  return /<([^<>]+)>/.exec(mailFrom)?.[1]?.trim() ?? mailFrom.trim();
}

/**
 * The domain of the Message-IDs Carnet makes (digests: `<digest-<round uuid>-<subscriber>@domain>`, made in SQL when
 * the digest row is recorded so every retry reuses it): the public site's host name.
 */
export const messageIdDomain = (config: Pick<Config, "PUBLIC_URL">) => new URL(config.PUBLIC_URL).hostname;
