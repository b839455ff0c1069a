import nodemailer, { type Transporter } from "nodemailer";

/**
 * The SMTP transport used for every e-mail Carnet sends: pooled connections to SMTP_URL
 * (smtp:// or smtps://), or to the local dev mail catcher when SMTP_URL is unset.
 */
export type MailTransport = Transporter;

export function createMailTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: Number(url.port) || (url.protocol === "smtps:" ? 465 : 587),
    secure: url.protocol === "smtps:",
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // The dev catcher and test servers on loopback speak plain SMTP.
    ignoreTLS: url.hostname === "127.0.0.1" || url.hostname === "localhost",
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}
