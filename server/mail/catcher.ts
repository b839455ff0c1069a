import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * The dev mail catcher: a real SMTP server on 127.0.0.1 that accepts every message and keeps it as
 * an .eml file under `dir`, so a fresh install shows the whole alert flow without an SMTP account.
 * Used when SMTP_URL is unset; the site shows the messages under /dev/mail.
 */
export interface CaughtMessage {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: Date | null;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  /** The http(s) links of the text part, clickable on the page (the HTML preview is sandboxed). */
  links: string[];
}

export interface MailCatcher {
  port: number;
  dir: string;
  list(): Promise<CaughtMessage[]>;
  read(id: string): Promise<CaughtMessage | null>;
  stop(): Promise<void>;
}

const MESSAGE_ID = /^[\w-]+$/;

export async function startMailCatcher(dir: string, port = 0): Promise<MailCatcher> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "Carnet dev mail catcher",
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        // Sortable by name: time first, then randomness so two messages in one millisecond differ.
        const id = `${Date.now().toString().padStart(14, "0")}-${randomBytes(4).toString("hex")}`;
        writeFile(path.join(dir, `${id}.eml`), Buffer.concat(chunks)).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const boundPort = address && typeof address === "object" ? address.port : port;

  const read = async (id: string): Promise<CaughtMessage | null> => {
    if (!MESSAGE_ID.test(id)) return null;
    let raw: Buffer;
    try {
      raw = await readFile(path.join(dir, `${id}.eml`));
    } catch {
      return null;
    }
    const mail = await simpleParser(raw);
    const headers: Record<string, string> = {};
    for (const line of mail.headerLines)
      headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
    const addressText = (value: typeof mail.to) =>
      (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");
    return {
      id,
      from: mail.from?.text ?? "",
      to: addressText(mail.to),
      subject: mail.subject ?? "",
      date: mail.date ?? null,
      html: typeof mail.html === "string" ? mail.html : null,
      text: mail.text ?? null,
      headers,
      links: [...new Set(mail.text?.match(/https?:\/\/[^\s<>"]+/g) ?? [])],
    };
  };

  return {
    port: boundPort,
    dir,
    read,
    async list() {
      const files = (await readdir(dir))
        .filter((f) => f.endsWith(".eml"))
        .sort()
        .reverse();
      const messages = await Promise.all(files.slice(0, 200).map((f) => read(f.slice(0, -4))));
      return messages.filter((m): m is CaughtMessage => m !== null);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
