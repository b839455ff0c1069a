// An .html issue: its title and date from the page's head, its text as the plain-text converter
// makes it (html-text.ts).

import { decodeEntities } from "./entities.ts";
import { htmlToText, stripTags } from "./html-text.ts";
import { type ParseOptions, parseIssueText } from "./issue.ts";
import type { ParsedIssue } from "./types.ts";

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
