// Newsletters reach us through copy-paste, webmail exports and old CMSes, so the text is often
// UTF-8 that was decoded once as Windows-1252 ("Ã©" for "é", "â€™" for "’"). We undo that before
// anything else, then fold the typographic variants the patterns should not care about. Text flattened
// from HTML may keep its character references ("&amp;", "&#039;"): they are decoded first.

import { decodeEntities } from "./entities.ts";
import { rejoinWrappedLines } from "./hard-wraps.ts";
import { holdsMarkup, htmlToText } from "./html-text.ts";

// Windows-1252 puts printable characters where Latin-1 has C1 controls (0x80–0x9F). To turn a
// mis-decoded character back into its byte we need that table's reverse.
const CP1252_EXTRAS: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function byteOf(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (code <= 0xff) return code;
  return CP1252_EXTRAS[char] ?? null;
}

const CONTINUATION = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
// A UTF-8 lead byte seen as Latin-1 (Â..ô) followed by the right number of continuation bytes.
const MOJIBAKE_SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  "g",
);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function repairMojibake(text: string): string {
  let repaired = text.replace(MOJIBAKE_SEQUENCE, (sequence) => {
    const bytes = [...sequence].map(byteOf);
    if (bytes.some((b) => b === null)) return sequence;
    try {
      return strictUtf8.decode(Uint8Array.from(bytes as number[]));
    } catch {
      return sequence;
    }
  });
  // "à" is C3 A0 and A0 is a no-break space, which copy-paste often turns into a plain space:
  // "Ã " can only be a broken "à" in French text.
  repaired = repaired.replace(/Ã[\u00A0 ]/g, "à ");
  // The same damage leaves "vis-à -vis" once the space has been repaired.
  repaired = repaired.replace(/à -(?=\p{L})/gu, "à-");
  // "Â" is what remains of a no-break space (C2 A0); a real "Â" starts a word ("Âgé").
  repaired = repaired.replace(/Â(?=[\u00A0\s]|$|[.,;:!?])/g, " ");
  repaired = repaired.replace(/(?<=\p{L})Â(?!\p{L})/gu, " ");
  return repaired;
}

export function normalizeTypography(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // no-break, narrow no-break, thin and figure spaces
      .replace(/[\u00A0\u202F\u2009\u2007\u2002\u2003]/g, " ")
      .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, "")
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/[ \t]+\n/g, "\n")
      .normalize("NFC")
  );
}

// Items glued to the sentence before them, as a CMS that drops the break between two items leaves
// them: "… chez C.•&nbsp;X rejoint D" (an inline bullet right after a full stop opens the next item,
// on a line of its own as the other bullets of the list) and "… chez C.D, de son côté, promeut X"
// (a sentence's last word glued to the next one's capitalised first). Left glued, the two items read
// as one name ("C.• D", "C.D") and the second item's employer goes to the first's. A point between a
// lower-case word and a capitalised one is never inside a name ("Pollen.ai" and "Mistral.AI" keep
// their point: the word after it is lower-case or all capitals); a web address or an e-mail is left
// alone.
const BULLET_AFTER_SENTENCE_END = /(?<=\p{L}{2}[.!?…]["»”)]?)(?=[•▪►▸◦■]\s*[\p{Lu}«"])/gu;
const SENTENCE_GLUED_TO_NEXT = /(?<=(?:^|[\s(«"'’])[\p{L}'’-]*\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}{2,})/gmu;

// A list flattened onto one line that opens on its bullet: the same bullet again right after a closing
// bracket, a letter or a non-breaking space opens the next item ("• C : X, R (ex-A)•\u00a0D : Y, R2,
// promu", "… (ex-A)\u00a0• D : Z"); a bullet between spaces stays (a row's cells may be parted so).
const LINE_BULLET = /^[ \t\u00a0]*([•▪►▸◦■])/u;
const GLUED_BULLET = {
  "•": /(?<=[)\p{L}]|\u00a0)(?=•[ \u00a0]*[\p{Lu}«"])/gu,
  "▪": /(?<=[)\p{L}]|\u00a0)(?=▪[ \u00a0]*[\p{Lu}«"])/gu,
  "►": /(?<=[)\p{L}]|\u00a0)(?=►[ \u00a0]*[\p{Lu}«"])/gu,
  "▸": /(?<=[)\p{L}]|\u00a0)(?=▸[ \u00a0]*[\p{Lu}«"])/gu,
  "◦": /(?<=[)\p{L}]|\u00a0)(?=◦[ \u00a0]*[\p{Lu}«"])/gu,
  "■": /(?<=[)\p{L}]|\u00a0)(?=■[ \u00a0]*[\p{Lu}«"])/gu,
} as const;

function ungluedBulletLine(line: string): string {
  const bullet = LINE_BULLET.exec(line);
  if (!bullet) return line;
  const at = bullet[0].length;
  const split = line.slice(at).replace(GLUED_BULLET[bullet[1] as keyof typeof GLUED_BULLET], "\n");
  if (!split.includes("\n")) return line;
  // each item's bullet set apart from its first word, as a list's bullets are ("•Trituria" → "• Trituria")
  return (line.slice(0, at) + split).replace(/(?<=^[ \t\u00a0]*[•▪►▸◦■])(?=[\p{Lu}«"])/gmu, " ");
}

export function ungluedItems(text: string): string {
  return text
    .replace(BULLET_AFTER_SENTENCE_END, "\n")
    .replace(SENTENCE_GLUED_TO_NEXT, " ")
    .split("\n")
    .map(ungluedBulletLine)
    .join("\n");
}

export function cleanText(text: string): string {
  const decoded = decodeEntities(text.normalize("NFC"));
  // a text issue that holds its page's source is read as that page ("<h2>CARNET RH</h2>" a heading)
  const plain = holdsMarkup(decoded) ? htmlToText(decoded) : decoded;
  const repaired = repairMojibake(plain).replace(/\r\n?/g, "\n");
  // before the typography's fold, which drops the spaces that mark format=flowed's soft breaks
  return normalizeTypography(rejoinWrappedLines(ungluedItems(repaired)));
}
