import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/**
 * A real SMTP server on a random loopback port for tests, misbehaving on demand:
 * - `transientRate`: that fraction of RCPT TO and of DATA commands answered 451 (try again later);
 * - `dropRate`: that fraction of MAIL FROM commands answered by closing the connection;
 * - `reject`: addresses answered 550 at RCPT TO, with `rejectReason`.
 * Randomness comes from a seeded generator, so a test sees the same failure rate every run.
 * Only messages the server accepted (250 after DATA) are recorded: a dropped or refused attempt
 * leaves nothing, as with a real server.
 */
export interface SmtpPeerOptions {
  seed?: number;
  transientRate?: number;
  dropRate?: number;
  reject?: string[];
  rejectReason?: string;
}

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface SmtpPeer {
  port: number;
  url: string;
  messages: ReceivedMessage[];
  stats: { transient: number; dropped: number; rejected: number };
  /** Every accepted message, parsed (headers, text, HTML). */
  parsed(): Promise<(ParsedMail & { envelopeTo: string[] })[]>;
  /** Accepted messages for one recipient, parsed. */
  to(address: string): Promise<ParsedMail[]>;
  clear(): void;
  close(): Promise<void>;
}

/** mulberry32: small, fast, good enough for "30 % of commands", and reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const random = seededRandom(options.seed ?? 42);
  const rejected = new Set((options.reject ?? []).map((a) => a.toLowerCase()));
  const messages: ReceivedMessage[] = [];
  const stats = { transient: 0, dropped: 0, rejected: 0 };
  const chance = (rate: number | undefined) => rate !== undefined && rate > 0 && random() < rate;

  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onMailFrom(_address, session, callback) {
      if (chance(options.dropRate)) {
        stats.dropped++;
        dropConnection(server, session);
        return;
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) {
        stats.rejected++;
        return callback(smtpError(550, options.rejectReason ?? "5.1.1 No such user here"));
      }
      if (chance(options.transientRate)) {
        stats.transient++;
        return callback(smtpError(451, "4.3.0 Temporary failure, try again later"));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (chance(options.transientRate)) {
          stats.transient++;
          return callback(smtpError(451, "4.3.0 Temporary failure, try again later"));
        }
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  // A dropped connection is an expected event here, not a test failure.
  server.on("error", () => {});
  const { port } = server.server.address() as AddressInfo;

  const parse = async (m: ReceivedMessage) => Object.assign(await simpleParser(m.raw), { envelopeTo: m.to });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stats,
    parsed: () => Promise.all(messages.map(parse)),
    to: (address) =>
      Promise.all(
        messages.filter((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase())).map(parse),
      ),
    clear: () => {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** smtp-server keeps its open connections in a Set; closing the socket mid-session is a "drop". */
function dropConnection(server: SMTPServer, session: SMTPServerSession) {
  const connections = (
    server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }
  ).connections;
  for (const connection of connections) if (connection.id === session.id) connection._socket.destroy();
}
