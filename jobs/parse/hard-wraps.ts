// Plain-text letters sent by old mail clients, or by tools that ignore format=flowed, arrive cut at a
// fixed width (60 to 80 columns): a sentence, a person's name ("Anne\nRoy-Delmas"), a role or a
// company runs over a line end. Every reader after this one takes a line for a unit of layout (a
// heading, a portrait's name line, a list item, a table row, an "IN :" line), so the lines a wrapper
// cut are put back together first, and only those.
//
// A text is read as hard-wrapped when its lines have a ceiling (almost none longer than a width of
// 40 to 100 columns, many close to it) and the lines close to it mostly run on: no sentence end at
// the line's end, often a lower-case word at the next line's start. In such a text two lines are one
// when the first was cut because the next word would not fit (its length, a space and that word pass
// the width) or the next line carries on its sentence in lower case; never when the next line opens
// an item of its own (a bullet, a number, a date, a table row, "Label :", "Nom — rôle"), when the
// first is a table row, or when a sentence ends the first and a capital opens the next (a paragraph
// may end there, and a sentence broken there loses nothing).
//
// RFC 3676 (format=flowed) marks a soft break itself, with a space before the line end: mailparser
// honours it for a received message, and a .txt saved from such a message keeps the marks, which
// are honoured here when the text carries them on most of its running lines.

import { opensMarkedItem } from "./item-markers.ts";

const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
// the lines longer than the width that leave it a ceiling (a URL, a signature line): 3 %
const OVER_WIDTH_SHARE = 0.03;
// a line this close to the width may have been cut
const FULL_SHARE = 0.75;
const MIN_FULL_LINES = 4;

// a sentence ends at the line's end: a point, a question or exclamation mark, maybe a closing quote
const SENTENCE_END = /[.!?…]["»”)]?$/u;
const RUNS_ON_LOWER = /^[\p{Ll}(«"“]/u;
const OPENS_CAPITAL = /^["«“(]?\p{Lu}/u;

// A line that opens an item of its own, whatever the line above it.
const BULLET = /^(?:[•▪■□◆◇►▸⏵→➜➔➝➞➡⇒*·+>#]|[-–—]{1,3}(?=\s)|=>)/u;
const NUMBERED = /^\d{1,2}[.)°]\s/u;
const LABEL = /^[\p{L}'’]+(?:\s+[\p{L}'’]+){0,3}\s?:\s/u;
const NAME_DASH = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}[—–]\s/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
// "Mardi 3 mars 2026" under a masthead: an issue's date is a line of its own
const DATE_LINE =
  /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+\d{4}\s*$/iu;

function opensOwnItem(line: string): boolean {
  return (
    BULLET.test(line) ||
    NUMBERED.test(line) ||
    opensMarkedItem(line) ||
    line.includes(" | ") ||
    line.startsWith("|") ||
    LABEL.test(line) ||
    NAME_DASH.test(line) ||
    PICTOGRAPH.test(line) ||
    DATE_LINE.test(line)
  );
}

const widthOf = (line: string) => [...line].length;
const firstWordOf = (line: string) => line.split(/\s/u, 1)[0] ?? "";

// The width a text was cut at, or null when its lines have no ceiling of a wrapper's width.
function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines
    .filter((line) => line.trim())
    .map(widthOf)
    .sort((a, b) => b - a);
  if (widths.length < MIN_FULL_LINES * 2) return null;
  let width = widths[Math.floor(widths.length * OVER_WIDTH_SHARE)]!;
  // a short issue's one long line (a masthead, a URL) is its longest: the 3 % above the ceiling are
  // no line at all under 34 lines, so a longest line standing apart from the next is left above it
  if (width === widths[0] && widths[0]! > widths[1]! + 2) width = widths[1]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // the lines close to the width, with a line after them: cut lines run on, a list's lines do not
  let full = 0;
  let openEnded = 0;
  let lowerNext = 0;
  let wouldNotFit = 0;
  for (let at = 0; at + 1 < lines.length; at++) {
    const line = lines[at]!;
    const next = lines[at + 1]!.trim();
    if (!next || widthOf(line) < width * FULL_SHARE || widthOf(line) > width) continue;
    // a list's items, a table's rows come close to the width too, and never run on
    if (opensOwnItem(next) || line.includes(" | ")) continue;
    full++;
    if (!SENTENCE_END.test(line)) openEnded++;
    if (RUNS_ON_LOWER.test(next)) lowerNext++;
    if (widthOf(line) + 1 + widthOf(firstWordOf(next)) > width) wouldNotFit++;
  }
  if (full < MIN_FULL_LINES || openEnded * 2 < full) return null;
  // prose runs on in lower case; prose dense in names ("nomme Léopoldine" then "Garnier-Assoumou")
  // less so, but a wrapper's cut lines leave no room for the next line's first word
  return lowerNext * 3 >= full || wouldNotFit * 3 >= full * 2 ? width : null;
}

// A headline over its text ("Sardine : une campagne abondante mais un poisson trop maigre" then "Les
// conserveurs ont rejeté…") may come close to the width too: a capitalised article or pronoun opens a
// sentence, unless the line above ends on a word that needs one after it ("chez" then "La Poste").
const OPENS_SENTENCE =
  /^(?:Le|La|Les|L['’]|Un|Une|Des|Du|Il|Elle|Ils|Elles|On|Nous|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Selon|Depuis|Après|Pour|Dans|En|Au|Aux|The|A|An|He|She|It|They|We)(?![\p{L}])/u;
const WANTS_MORE =
  /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|chez|par|pour|et|ou|le|la|les|l['’]|un|une|en|sur|avec|dans|que|qui|comme|of|at|the|and|by|for)$/iu;

// Whether a wrapper cut between these two lines of a hard-wrapped text.
function cutAt(line: string, next: string, width: number): boolean {
  // a wrapper leaves no line longer than its width: a longer one ended where its writer ended it
  if (widthOf(line) > width) return false;
  if (opensOwnItem(next) || line.includes(" | ")) return false;
  if (SENTENCE_END.test(line) && OPENS_CAPITAL.test(next)) return false;
  if (OPENS_SENTENCE.test(next) && !WANTS_MORE.test(line)) return false;
  const wouldNotFit = widthOf(line) + 1 + widthOf(firstWordOf(next)) > width;
  return wouldNotFit || (RUNS_ON_LOWER.test(next) && widthOf(line) * 2 >= width);
}

// A format=flowed text: most lines that run on end with a space (RFC 3676 §4.2); "-- " is the
// signature's separator, never a soft break (§4.3).
function softBreaks(rawLines: readonly string[]): boolean[] | null {
  const soft = rawLines.map(
    (line, at) =>
      line.endsWith(" ") && line.trim() !== "" && line !== "-- " && (rawLines[at + 1] ?? "").trim() !== "",
  );
  const marked = soft.filter(Boolean).length;
  const running = rawLines.filter(
    (line, at) => widthOf(line.trim()) >= 30 && (rawLines[at + 1] ?? "").trim(),
  ).length;
  return marked >= 3 && marked * 2 >= running ? soft : null;
}

// In a text not cut at a width, a page's source or a pasted paragraph may still break one sentence in
// the middle ("… rejoint C comme directrice" then "marketing, en provenance de …"): a line of a
// sentence's length (a clause, not a name or a heading) ending on a lower-case word without any
// punctuation, then a line carrying on in lower case that opens no item of its own, are one line.
const RUN_ON_MIN_WORDS = 5;
const ENDS_MID_SENTENCE = /\p{Ll}$/u;
const CARRIES_ON_LOWER = /^\p{Ll}/u;

function runsOn(line: string, next: string): boolean {
  return (
    ENDS_MID_SENTENCE.test(line) &&
    CARRIES_ON_LOWER.test(next) &&
    line.trim().split(/\s+/u).length >= RUN_ON_MIN_WORDS &&
    !opensOwnItem(line.trim()) &&
    !opensOwnItem(next)
  );
}

function rejoinRunOnLines(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length > 0 ? out[out.length - 1]! : null;
    if (last !== null && runsOn(last.trimEnd(), line)) out[out.length - 1] = `${last.trimEnd()} ${line}`;
    else out.push(line);
  }
  return out.join("\n");
}

/** The text with the line breaks a wrapper made (a fixed width, or format=flowed's marks) undone. */
export function rejoinWrappedLines(text: string): string {
  const rawLines = text.split("\n");
  const soft = softBreaks(rawLines);
  const lines = rawLines.map((line) => line.trimEnd());
  const width = soft ? null : wrapWidth(lines);
  if (!soft && width === null) return rejoinRunOnLines(text);
  const out: string[] = [];
  let current: string | null = null;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (current === null) current = line;
    // "Roy-" at a cut line's end is a compound cut at its hyphen: the word goes on without a space
    else current = !soft && /\p{L}-$/u.test(current) ? current + line.trim() : `${current} ${line.trim()}`;
    const next = lines[at + 1]?.trim();
    const joins =
      next !== undefined &&
      next !== "" &&
      line.trim() !== "" &&
      !opensOwnItem(next) &&
      (soft ? soft[at]! : cutAt(line, next, width!));
    if (!joins) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out.join("\n");
}
