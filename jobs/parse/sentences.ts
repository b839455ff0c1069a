// Sentence splitting tuned for press French: "M. Dupont", "Inc." and initials do not end a
// sentence, and a decimal comma or "Mistral.ai" never does.

import type { Span } from "./mentions.ts";

const ABBREVIATION_END =
  /(?:^|\s)(?:M|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Inc|Corp|Ltd|Co|Cie|cf|ex|etc|resp|\p{Lu})\.$/u;

export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const boundary of paragraph.matchAll(/(?<=[.!?…])\s+(?=[«"(\p{Lu}\p{N}])/gu)) {
    const end = boundary.index;
    if (ABBREVIATION_END.test(paragraph.slice(start, end))) continue;
    spans.push({ text: paragraph.slice(start, end), start, end });
    start = end + boundary[0].length;
  }
  if (start < paragraph.length) spans.push({ text: paragraph.slice(start), start, end: paragraph.length });
  return spans;
}

// Quoted speech names people who are not moving ("« … », se réjouit Paul Martin" is fine, the
// quote itself is not). Blanking quotes keeps every offset valid.
export function maskQuotes(text: string): string {
  return text.replace(/«[^»]*»|"[^"]*"/g, (quote) => " ".repeat(quote.length));
}
