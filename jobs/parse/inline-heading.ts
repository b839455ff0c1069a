// Newsletters sent as HTML and flattened to text lose the line breaks around their section
// headings: "… dernière phrase d'une brève. + MOUVEMENTS, avec Sponsor, cabinet de chasse JEANNE
// DURAND rejoint …" arrives as one line. A heading is taken out of the middle of a line only when
// it has the shape the section finder already trusts on a line of its own: a "+" (or bullet) set
// apart by spaces, then a section name shouted in capitals, an optional run-on ("DE LA SEMAINE") and
// an optional sponsor ("avec X, descriptor"). The line is cut before the bullet and again where the
// sponsor ends, so the first item of the section starts its own line instead of being read as the
// heading's sponsor, and the sponsor is not read as the first sentence of the first item.

import { allMatches } from "./all-matches.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";

// The bullet of a flattened heading, between spaces, in the middle of a line
const INLINE_BULLET = /\s([+#■▪►•])\s+(?=\p{Lu})/gu;

// Section names as they are shouted in a heading (upper case, accents optional): the Mouvements
// family ("MOUVEMENTS", "NOMINATIONS & MOUVEMENTS", "CARNET / MOUVEMENTS") and the other names the
// section finder knows on a line of its own.
const SHOUTED_NAME =
  /^(?:(?:LES|NOS|VOS|LA|LE)\s+)?(?:(?:[\p{Lu}'’]+(?:\s+[\p{Lu}'’]+)?\s*(?:&|ET|\/|-|–|,|\+)\s*)?MOUVEMENTS?|CARNET(?:\s+DES)?\s+MOUVEMENTS?|NOMINATIONS?|CARNET|CARRI[EÈ]RES?|(?:(?:ILS|ELLES)\s*(?:[&/]|ET)\s*)?(?:ILS|ELLES)\s+BOUGENT|QUI\s+BOUGE(?:\s+O[UÙ])?|MERCATO|ARRIV[EÉ]ES?\s+(?:ET|&)\s+D[EÉ]PARTS?)(?![\p{L}])/u;

const RUN_ON = /^\s+(?:DE\s+LA\s+SEMAINE|DU\s+MOIS|DE\s+LA\s+QUINZAINE|DU\s+JOUR)(?![\p{L}])/u;

const SPONSOR_INTRO =
  /^\s*[,—–-]?\s*(?:avec\s+le\s+soutien\s+d(?:e\s+|['’])|avec\s+|en\s+partenariat\s+avec\s+|sponsoris[ée]e?s?\s+par\s+|pr[ée]sent[ée]e?s?\s+par\s+|par\s+)/iu;

// Words that open a sentence rather than continue a sponsor's name ("avec Altaïde Le cabinet …")
const SENTENCE_OPENERS =
  /^(?:Le|La|Les|L['’]|Un|Une|Des|Du|Au|Aux|Après|Chez|Depuis|Ancien|Ancienne|Ex|Nommée?)$/u;

interface Word {
  text: string;
  start: number;
  end: number;
  commaAfter: boolean;
}

function wordsOf(text: string): Word[] {
  return allMatches(text, /\S+/gu).map((match) => {
    const raw = match[0];
    const core = raw.replace(/[,;:]+$/u, "");
    return {
      text: core,
      start: match.index,
      end: match.index + core.length,
      commaAfter: core.length < raw.length && raw.endsWith(","),
    };
  });
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const LOWER = /^[\p{Ll}'’(]/u;
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

// Where the sponsor after "avec" ends: its name (capitalised words, up to the first person's name
// or a word that opens a sentence), then after a comma a descriptor in lower case ("cabinet de
// chasse IT"). The next capitalised word starts the section's first item.
function sponsorEnd(text: string): number {
  const words = wordsOf(text);
  const first = words[0];
  if (!first || !CAPITALISED.test(first.text)) return 0;
  const personStarts = new Set(
    findPersonMentions(text)
      .filter(isConfidentPerson)
      .map((mention) => mention.start),
  );
  let at = 1;
  let comma = first.commaAfter;
  while (!comma && at < words.length) {
    const word = words[at]!;
    const particle = /^(?:de|du|des|d['’]\p{L}+|&|et)$/u.test(word.text);
    if (personStarts.has(word.start) || SENTENCE_OPENERS.test(word.text)) break;
    if (!CAPITALISED.test(word.text) && !particle) break;
    comma = word.commaAfter;
    at++;
  }
  if (comma) {
    // The descriptor: lower-case words and short acronyms among them ("cabinet de chasse IT")
    while (at < words.length) {
      const word = words[at]!;
      const acronymInDescriptor = SHORT_ACRONYM.test(word.text) && LOWER.test(words[at - 1]?.text ?? "");
      if (!LOWER.test(word.text) && !acronymInDescriptor) break;
      at++;
    }
  }
  return at < words.length ? words[at]!.start : text.length;
}

// The length of a heading at the start of `text` ("+ MOUVEMENTS, avec X, descriptor"), 0 when
// `text` does not open on a known section name shouted after a bullet.
function headingLength(text: string): number {
  const bullet = /^[+#■▪►•]\s+/u.exec(text);
  if (!bullet) return 0;
  let at = bullet[0].length;
  const name = SHOUTED_NAME.exec(text.slice(at));
  if (!name) return 0;
  at += name[0].length;
  at += RUN_ON.exec(text.slice(at))?.[0].length ?? 0;
  const intro = SPONSOR_INTRO.exec(text.slice(at));
  if (intro) {
    const sponsorStart = at + intro[0].length;
    const end = sponsorEnd(text.slice(sponsorStart));
    if (end > 0) return sponsorStart + end;
  }
  return at;
}

// A line cut into the text before a glued heading, the heading, and what follows it; a line with no
// such heading comes back whole.
export function splitAtInlineHeading(line: string): string[] {
  for (const bullet of allMatches(line, INLINE_BULLET)) {
    const start = bullet.index + 1;
    if (line.slice(0, start).trim().length === 0) continue;
    const rest = line.slice(start);
    const length = headingLength(rest);
    if (length === 0) continue;
    const after = rest
      .slice(length)
      .replace(/^[\s,:;—–-]+/u, "")
      .trim();
    return [line.slice(0, start).trimEnd(), rest.slice(0, length).trim(), ...(after ? [after] : [])];
  }
  return [line];
}
