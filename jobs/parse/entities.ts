// HTML character references: decoded in HTML issues (html.ts) and in plain text flattened from HTML
// without decoding ("Lestrade &amp; Fils", "Mutuelle d&#039;Ambreval&nbsp;:"), where they would cut
// names and titles (clean-text.ts).

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  laquo: "«",
  raquo: "»",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: "–",
  mdash: "—",
  hellip: "…",
  euro: "€",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  middot: "·",
  bull: "•",
  shy: "",
  zwnj: "",
  zwj: "",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  agrave: "à",
  aacute: "á",
  acirc: "â",
  auml: "ä",
  ccedil: "ç",
  icirc: "î",
  iuml: "ï",
  iacute: "í",
  ocirc: "ô",
  ouml: "ö",
  oacute: "ó",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  uacute: "ú",
  yuml: "ÿ",
  oelig: "œ",
  aelig: "æ",
  ntilde: "ñ",
  szlig: "ß",
  Eacute: "É",
  Egrave: "È",
  Ecirc: "Ê",
  Euml: "Ë",
  Agrave: "À",
  Acirc: "Â",
  Ccedil: "Ç",
  Icirc: "Î",
  Iuml: "Ï",
  Ocirc: "Ô",
  Ouml: "Ö",
  Ugrave: "Ù",
  Ucirc: "Û",
  Uuml: "Ü",
  OElig: "Œ",
  AElig: "Æ",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body] ?? entity;
  });
}
