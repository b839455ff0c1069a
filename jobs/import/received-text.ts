// Text from outside as Carnet takes it in: what mailparser reads in a received message or an .eml
// (headers, text and HTML bodies), the raw message as text (kept with the issue, read for a bounce
// report), a newsletter file's text. The one place control characters are removed: they mean
// nothing in a newsletter or a report, and PostgreSQL's text refuses a NUL (SQLSTATE 22021), so one
// stray byte from a remote server would otherwise make its message's import fail wherever that text
// is stored (the subject, the sender, the raw text and paragraphs, a bounce's reason).

import { type SimpleParserOptions, simpleParser } from "mailparser";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/** Text without its control characters (NUL, the other C0 characters but tab and line breaks, DEL). */
export const withoutControls = (text: string) => text.replace(CONTROL_CHARACTERS, "");

/** Whether the text holds one of those control characters. */
export const hasControls = (text: string) => text.search(CONTROL_CHARACTERS) >= 0;

/**
 * The text with each control character shown as its Unicode "control picture" (NUL as ␀, ESC as
 * ␛, DEL as ␡): a name quoted in a message stays readable, and an escape sequence in it never
 * reaches the terminal or the page that shows the message.
 */
export const visibleControls = (text: string) =>
  text.replace(CONTROL_CHARACTERS, (c) =>
    String.fromCodePoint(c === "\u007F" ? 0x2421 : 0x2400 + c.charCodeAt(0)),
  );

/** A header's value on one line: tabs and line breaks become spaces, other controls go. */
const headerText = (text: string | undefined) =>
  withoutControls(text ?? "")
    .replace(/[\t\r\n]+/gu, " ")
    .trim() || null;

/** A received message's bytes as text (UTF-8, a bad sequence replaced), control characters removed. */
export const receivedText = (bytes: Buffer) => withoutControls(bytes.toString("utf8"));

/** What Carnet reads of a message. */
export interface ReceivedMail {
  messageId: string | null;
  /** The first From address, lower-cased. */
  fromAddress: string | null;
  subject: string | null;
  date: Date | null;
  text: string;
  html: string | null;
}

/**
 * Opens a message with mailparser, every text it gives cleaned. Throws what mailparser throws on a
 * message no mail client would show (thousands of nested parts, a broken structure).
 */
export async function readMail(raw: Buffer, options: SimpleParserOptions = {}): Promise<ReceivedMail> {
  const mail = await simpleParser(raw, options);
  return {
    messageId: headerText(mail.messageId),
    fromAddress: headerText(mail.from?.value[0]?.address)?.toLowerCase() ?? null,
    subject: headerText(mail.subject),
    date: mail.date ?? null,
    text: withoutControls(mail.text ?? ""),
    html: typeof mail.html === "string" ? withoutControls(mail.html) : null,
  };
}
