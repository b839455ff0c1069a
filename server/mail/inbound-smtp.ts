import { readFileSync } from "node:fs";
import { authenticate } from "mailauth";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import type { DB } from "../../db/database.ts";
import type { Logger } from "../logger.ts";
import { storeReceived } from "../services/inbound-messages.ts";

/**
 * Carnet's own inbound address (an MX pointing at it): newsletters are delivered here and stored
 * raw before the sender is told 250, so nothing acknowledged is ever lost. Reply codes (RFC 5321
 * §4.2.2-4.2.3): 550 for an address that is not ours, 552 over the size limit, 451 when the message
 * cannot be stored (the sender keeps it and retries).
 */

export interface InboundSmtpOptions {
  port: number;
  host: string;
  /** Addresses accepted, e.g. lettres@carnet.example; lettres+<source>@carnet.example too. */
  addresses: string[];
  maxBytes: number;
  tls?: { key: string; cert: string } | null;
  /** Look up SPF/DKIM/DMARC records; false in tests and on machines without DNS. */
  dnsResolver?: (name: string, rr: string) => Promise<unknown>;
  /** Called with a newly stored message's id (processing happens after the 250). */
  onStored?: (id: number) => void;
}

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/** lettres+lettre-rh@carnet.example → lettres@carnet.example */
export function baseAddress(address: string): string {
  const [local = "", domain = ""] = address.toLowerCase().split("@");
  return `${local.split("+")[0]}@${domain}`;
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

// Authentication must not hold the sender for long: a slow DNS answer is a 'temperror', not a stall.
const AUTH_TIMEOUT_MS = 8_000;

async function checkAuthentication(
  raw: Buffer,
  session: {
    remoteAddress: string;
    hostNameAppearsAs: string;
    envelope: { mailFrom: false | { address: string } };
  },
  resolver: InboundSmtpOptions["dnsResolver"],
): Promise<Record<string, string>> {
  const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
  const run = authenticate(raw, {
    ip: session.remoteAddress.replace(/^::ffff:/, ""),
    helo: session.hostNameAppearsAs,
    sender,
    mta: "carnet",
    disableArc: true,
    disableBimi: true,
    ...(resolver ? { resolver: resolver as never } : {}),
  }).then((result) => {
    const outcome = (part: unknown) => {
      const status = part ? (part as { status?: { result?: string } }).status : undefined;
      return String(status?.result ?? "none");
    };
    return {
      spf: outcome(result.spf),
      dkim: outcome(result.dkim?.results?.[0]),
      dmarc: outcome(result.dmarc),
    };
  });
  const timeout = new Promise<Record<string, string>>((resolve) =>
    setTimeout(
      () => resolve({ spf: "temperror", dkim: "temperror", dmarc: "temperror" }),
      AUTH_TIMEOUT_MS,
    ).unref(),
  );
  return Promise.race([run, timeout]).catch(() => ({
    spf: "temperror",
    dkim: "temperror",
    dmarc: "temperror",
  }));
}

export async function startInboundSmtp(
  deps: { db: DB; logger: Logger },
  options: InboundSmtpOptions,
): Promise<InboundSmtp> {
  const accepted = new Set(options.addresses.map(baseAddress));
  const serverOptions: SMTPServerOptions = {
    banner: "Carnet",
    authOptional: true,
    disabledCommands: options.tls ? ["AUTH"] : ["AUTH", "STARTTLS"],
    size: options.maxBytes,
    logger: false,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    onRcptTo(address, _session, callback) {
      if (!accepted.has(baseAddress(address.address)))
        return callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded)
          return callback(
            smtpError(552, `5.3.4 Message exceeds the ${options.maxBytes} bytes accepted here`),
          );
        const raw = Buffer.concat(chunks);
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        checkAuthentication(raw, session, options.dnsResolver)
          .then((auth) =>
            storeReceived(deps.db, raw, {
              via: "smtp",
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              recipients,
              auth,
            }),
          )
          .then(
            (stored) => {
              callback(
                null,
                stored.stored ? `Stored as message ${stored.id}` : `Already received (message ${stored.id})`,
              );
              if (stored.stored) options.onStored?.(stored.id);
            },
            (error: Error) => {
              deps.logger.warn({ err: error }, "inbound message not stored; sender told to retry");
              callback(smtpError(451, "4.3.0 Cannot store the message now; try again later"));
            },
          );
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on("error", (error) => deps.logger.warn({ err: error }, "inbound SMTP error"));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  return {
    port: address && typeof address === "object" ? address.port : options.port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A certificate and key from files, for STARTTLS. */
export function readTls(certFile?: string, keyFile?: string): { key: string; cert: string } | null {
  if (!certFile || !keyFile) return null;
  return { cert: readFileSync(certFile, "utf8"), key: readFileSync(keyFile, "utf8") };
}
