import net from "node:net";
import tls from "node:tls";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * The SMTP transport used for every e-mail Carnet sends: pooled connections to SMTP_URL
 * (smtp:// or smtps://), or to the local dev mail catcher when SMTP_URL is unset.
 */
export type MailTransport = Transporter;

export function createMailTransport(
  smtpUrl: string,
  options: { maxConnections?: number } = {},
): MailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const port = Number(url.port) || (secure ? 465 : 587);
  return nodemailer.createTransport({
    // Our own socket only to turn Nagle off: SMTP is a dialogue of small writes, and with Nagle
    // on, each message waits on delayed ACKs (~40 ms): 20 messages/s per connection instead of 175.
    getSocket: (_options, callback) => {
      const socket = secure
        ? tls.connect({ host: url.hostname, port, servername: url.hostname })
        : net.connect({ host: url.hostname, port });
      socket.setNoDelay(true);
      socket.setTimeout(15_000, () => socket.destroy(new Error("connection timeout")));
      const ready = () => {
        socket.off("error", failed);
        socket.setTimeout(0);
        callback(null, { connection: socket, secured: secure });
      };
      const failed = (error: Error) => callback(error, undefined);
      socket.once(secure ? "secureConnect" : "connect", ready);
      socket.once("error", failed);
    },
    pool: true,
    // SMTP_MAX_CONNECTIONS: sized to the server, which refuses (421) or slows clients opening more.
    maxConnections: options.maxConnections ?? 5,
    host: url.hostname,
    port,
    secure,
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
