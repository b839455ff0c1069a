// Newsletter HTML → the plain-text shape the parser reads. No HTML library is a direct
// dependency, and newsletter markup is simple (tables, <p>, <br>, headings), so a small
// converter is enough: block elements become paragraph breaks, headings become "+ HEADING"
// lines (the convention section.ts already understands), entities are decoded. An .html issue goes
// through it (html.ts), and so does a text issue that holds its HTML source (clean-text.ts).

import { decodeEntities } from "./entities.ts";

const BLOCK_TAGS =
  /<\/?(?:p|div|section|article|header|footer|table|tbody|thead|tr|td|th|ul|ol|li|blockquote|hr|center|main|aside|nav)\b[^>]*>/gi;

export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi, (_, inner: string) => {
      const heading = decodeEntities(stripTags(inner)).replace(/\s+/g, " ").trim();
      return heading ? `\n\n+ ${heading.toLocaleUpperCase("fr")}\n\n` : "\n\n";
    })
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(BLOCK_TAGS, "\n\n");
  return decodeEntities(stripTags(text))
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, "\n")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// A line that opens on a block element and closes it ("<p>…</p>", "<h2>CARNET RH</h2>", "<li>…</li>").
const MARKED_UP_LINE = /^\s*<(p|h[1-6]|li|div|blockquote|td|th)\b[^>]*>.*<\/\1\s*>\s*$/imu;
const MIN_MARKED_UP_LINES = 3;

// A text issue pasted from the page's source keeps its tags ("<h2>CARNET RH</h2>", "<p><b>X</b>
// rejoint …</p>"): its headings stand unrecognised behind them. Three lines or more that open and close
// a block element make the text markup; a stray "<b>" in prose does not.
export function holdsMarkup(text: string): boolean {
  let count = 0;
  const lines = new RegExp(MARKED_UP_LINE.source, "gimu");
  while (lines.exec(text) !== null) if (++count >= MIN_MARKED_UP_LINES) return true;
  return false;
}
