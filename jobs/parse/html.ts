// Newsletter HTML → the plain-text shape the parser reads. No HTML library is a direct
// dependency, and newsletter markup is simple (tables, <p>, <br>, headings), so a small
// converter is enough: block elements become paragraph breaks, headings become "+ HEADING"
// lines (the convention section.ts already understands), entities are decoded.

import { decodeEntities } from "./entities.ts";
import { type ParseOptions, parseIssueText } from "./issue.ts";
import type { ParsedIssue } from "./types.ts";

const BLOCK_TAGS =
  /<\/?(?:p|div|section|article|header|footer|table|tbody|thead|tr|td|th|ul|ol|li|blockquote|hr|center|main|aside|nav)\b[^>]*>/gi;

function stripTags(html: string): string {
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

function firstMatch(html: string, pattern: RegExp): string | null {
  const value = pattern.exec(html)?.[1];
  return value ? decodeEntities(stripTags(value)).replace(/\s+/g, " ").trim() || null : null;
}

function publishedOn(html: string): string | null {
  const raw =
    firstMatch(
      html,
      /<meta[^>]+(?:property|name)=["'](?:article:published_time|date|dc\.date|pubdate)["'][^>]*content=["']([^"']+)["']/i,
    ) ?? firstMatch(html, /<time[^>]+datetime=["']([^"']+)["']/i);
  const date = raw ? /^(\d{4}-\d{2}-\d{2})/.exec(raw)?.[1] : null;
  return date ?? null;
}

export function parseIssueHtml(html: string, options: ParseOptions = {}): ParsedIssue {
  const source = typeof html === "string" ? html : "";
  const title =
    firstMatch(source, /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i) ??
    firstMatch(source, /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i);
  return parseIssueText(htmlToText(source), { title, published_on: publishedOn(source) }, options);
}
