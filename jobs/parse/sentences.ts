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

// Adverbials between a move verb and its object are never part of the role or the employer
// ("deviendra le 1er mars directrice financière", "prendra en janvier la direction", "est élue de
// justesse présidente", "sera à la même date directeur général"). Blanked like quotes, so every
// clause pattern reads "deviendra directrice financière" and offsets stay valid. Only right after
// a verb: elsewhere a date ends the role ("nommé directeur à compter du 1er avril").
const MONTH = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
const DATE = `(?:(?:le |au |dès le |à compter du |à partir du )(?:\\d{1,2}(?:er)?|premier) ${MONTH}(?: \\d{4})?|(?:en|dès|début|fin|mi-)\\s?${MONTH}(?: \\d{4})?|en \\d{4}|(?:dès|à compter de|à partir de) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|la rentrée|cette date|maintenant|aujourd'hui)(?: \\d{4})?)`;
const ASIDE = `(?:${DATE}|de justesse|en outre|par ailleurs|également|aussi|à la même date|à cette date|à cette occasion|le même jour|officiellement|à nouveau|de nouveau|par intérim(?= (?:le|la|les|l'|directeur|directrice|président|présidente)))`;
const VERB_BEFORE_ASIDE =
  "(?:devient|deviendra|deviendront|sera|seront|prend|prendra|prennent|prendront|rejoint|rejoindra|rejoignent|intègre|intégrera|occupe|occupera|arrive|arrivera|succède|succédera|remplace|remplacera|nommée?s?|élue?s?|désignée?s?|promue?s?|choisie?s?|reconduite?s?|recrute|recrutera|nomme|nommera|accueille|accueillera)";
const ASIDE_AFTER_VERB = new RegExp(`(?<=(?<![\\p{L}])${VERB_BEFORE_ASIDE} )(?:${ASIDE},? ){1,2}`, "gu");

export function maskAsides(text: string): string {
  return text.replace(ASIDE_AFTER_VERB, (aside) => " ".repeat(aside.length));
}
