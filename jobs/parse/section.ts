// Finds the "Mouvements" section of an issue and cuts it into paragraphs.
// Convention of the newsletters we read: each section opens with a line like
// "+ MOUVEMENTS, avec Altaïde, cabinet de recrutement digital" (sponsor after the comma), and the
// next section opens with "+ " and an upper-case word. Flattened exports sometimes glue a heading
// into the middle of a line ("… 17 100 employés + LA MINUTE CYBER Les cyber…"): a known one is
// given its own line (inline-heading.ts), any other ends the section where it starts.

import { findCareerLines } from "./career-lines.ts";
import { rewriteCommittees } from "./committees.ts";
import { rewriteCompanyHeadings } from "./company-headings.ts";
import { joinRecordLines, readFieldRecord, rewriteFieldTables, splitFieldBlock } from "./field-layouts.ts";
import { isAuthorLine, readFirstPersonPost } from "./first-person-posts.ts";
import { headlineBodySentence, newsHeadlineSentence } from "./headline-body.ts";
import { headlineItemSentence } from "./headline-items.ts";
import { splitAtInlineHeading } from "./inline-heading.ts";
import { readChapo } from "./interview-chapo.ts";
import { opensMarkedItem, withoutItemMarkers } from "./item-markers.ts";
import { rewriteCellRows, rewriteLegendDigests } from "./legend-digests.ts";
import { foldWord, INSTITUTION_HEADS, MOVE_SIGNAL } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson, type PersonMention } from "./mentions.ts";
import { isPlaceHeading } from "./place-headings.ts";
import {
  isAnnouncedSectionName,
  isBoardSectionName,
  isEndHeading,
  isFooterLine,
  isWholeSectionName,
  SHOUTED_AFTER_SENTENCE,
  SHOUTED_END_AFTER_SENTENCE,
  sectionNameOf,
  withoutDecoration,
} from "./section-lexicon.ts";
import { readSignature } from "./self-announcement.ts";
import { maskQuotes, splitSentences } from "./sentences.ts";
import { rewriteSurnameFirstItems } from "./surname-first-items.ts";
import { readNameLine } from "./topic-person.ts";

export interface MouvementsSection {
  found: boolean;
  paragraphs: string[];
  /** The paragraphs were recognised as moves with no heading above them (headinglessRun). */
  headingless?: boolean;
  /**
   * The body whose new board the section lists, as its heading names it before a colon
   * ("Fédération des archers du Lorvois : le nouveau bureau"): the employer of officers the
   * paragraphs name by their title alone.
   */
  board?: string;
}

const BULLET_PREFIX = /^[\s+#*•■▪►>—–-]*/u;

const JOINED_NAME = /^[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*(?:&|et|\/|-|–|,|\+)\s*mouvements?(?![\p{L}])/u;

export function isMouvementsHeading(line: string): boolean {
  const folded = foldWord(line.trim());
  if (folded.length === 0 || folded.length > 140) return false;
  const withoutBullet = folded.replace(BULLET_PREFIX, "").replace(/^\p{Extended_Pictographic}\s*/u, "");
  const shouts = /MOUVEMENTS?/.test(line.normalize("NFD").replace(/\p{M}/gu, ""));
  // "+ NOMINATIONS & MOUVEMENTS", "+ CARNET / MOUVEMENTS": the word after a short first part, in a
  // heading that has a "+" or shouts
  if ((line.trim().startsWith("+") || shouts) && JOINED_NAME.test(withoutBullet)) return true;
  const name = /^(?:(?:les|nos|carnet|carnet des|people et)\s+)?mouvements?(?![\p{L}])/u.exec(withoutBullet);
  if (!name) return false;
  // A prose line that merely starts with "Les mouvements sociaux…" is not a heading: headings
  // are short, carry a "+" bullet, or shout the word.
  if (line.trim().startsWith("+") || shouts) return true;
  // "Mouvement à la fabrication" over an item is that item's headline: a heading in small letters
  // says no more than when ("Mouvements de la semaine", "Mouvements à venir") or a sponsor
  const rest = withoutBullet.slice(name[0].length);
  return folded.length <= 60 && (HEADING_RUN_ON.test(rest) || /^\s*[,—–-]\s/u.test(rest));
}

// Newsletters title the section in many ways: "Nominations", "+ NOMINATIONS DE LA SEMAINE",
// "Carnet", "Carrières", "Ils bougent", "Elles & ils bougent", "Qui bouge où ?", "Mercato",
// "Arrivées et départs", "People", with or without a bullet, an emoji or a sponsor after a comma
// or a dash. A heading has a general shape: a short line whose first words are one of these
// names, set apart (a bullet, "+", "#", an emoji), shouted in capitals, or alone and short.
const HEADING_NAMES =
  /^(?:(?:les|nos|vos|la|le)\s+)?(?:nominations?|carnet|carrieres?|(?:(?:ils|elles)\s*(?:[&/]|et)\s*)?(?:ils|elles)\s+bougent|ca\s+bouge|qui\s+bouge(?:\s+ou)?|mercato|(?:(?:talent|people|executive|leadership)\s+)?moves|people|arrivees?\s+(?:et|&)\s+departs?|appointments|on\s+move|the\s+move|changements?\s+de\s+poste|nouvelles?\s+fonctions|nouveaux\s+postes?)(?![\p{L}])/u;
// "Nominations annoncées", "Mouvements à venir": the moves told ahead of time (lexicon/tense.ts)
const HEADING_RUN_ON =
  /^(?:[\s,:;.!?()—–-]|annonce(?:e|s|es)?|a\s+venir|de\s+la\s+semaine|du\s+mois|de\s+la\s+quinzaine|du\s+jour|de\s+l['’]\s*(?:annee|hebdo|ete)|du\s+secteur|(?:avec|par|en\s+partenariat\s+avec|sponsorise(?:e|s)?\s+par|presente(?:e|s)?\s+par)\s.*|\d{1,4}|$)*$/u;

export function isSectionTitle(line: string): boolean {
  const trimmed = line.trim();
  const folded = foldWord(trimmed);
  if (folded.length === 0 || folded.length > 80) return false;
  const set = /^[+#*•■▪►>]|^\p{Extended_Pictographic}/u.test(trimmed);
  const withoutBullet = folded
    .replace(BULLET_PREFIX, "")
    .replace(/^\p{Extended_Pictographic}\s*/u, "")
    .trim();
  const name = HEADING_NAMES.exec(withoutBullet);
  if (!name) return false;
  const rest = withoutBullet.slice(name[0].length);
  // "Nominations : la place des femmes progresse" is a news headline, not the section
  if (!HEADING_RUN_ON.test(rest) && !/^\s*[,—–-]\s/u.test(rest)) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  const shouts = letters.length > 0 && letters === letters.toUpperCase();
  return set || shouts || withoutBullet.split(/\s+/).length <= 6;
}

export function isSectionHeading(line: string): boolean {
  return /^\s*\+\s+\p{Lu}{2,}/u.test(line) || /^\s*#{1,3}\s+\p{L}/u.test(line);
}

// A heading glued inside a line: " + WORD" with a long enough upper-case word.
const INLINE_HEADING = /\s\+\s+(?=\p{Lu}{5,}(?![\p{Ll}]))/u;

// Reading a paragraph costs more than its length (its sentences are read against each other;
// real Mouvements items stay under 600 characters):
// a paragraph far longer than any real Mouvements item (a file without paragraph breaks, or a
// hostile upload) is cut into pieces, at a sentence end when there is one, so that reading an
// issue stays linear in its size.
export const MAX_PARAGRAPH_CHARS = 1_500;

function boundedPieces(block: string): string[] {
  const pieces: string[] = [];
  let rest = block;
  while (rest.length > MAX_PARAGRAPH_CHARS) {
    const head = rest.slice(0, MAX_PARAGRAPH_CHARS);
    const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
    const cut = sentenceEnd > MAX_PARAGRAPH_CHARS / 2 ? sentenceEnd + 1 : head.lastIndexOf(" ");
    const at = cut > 0 ? cut : MAX_PARAGRAPH_CHARS;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

// "— Amélie Roy" alone under a quoted post ("Posté par X", "(X, LinkedIn, hier)": first-person-posts.ts):
// the signature of the block above, set apart by a blank line or a line break, belongs to it.
const SIGNATURE_LINE = /^\s*[—–―-]\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,5}$/u;
const QUOTED_POST_END = /^\s*[«“"].*[»”"]\s*$/su;

function withSignaturesJoined(blocks: string[]): string[] {
  const joined: string[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      (SIGNATURE_LINE.test(block) || isAuthorLine(block)) &&
      QUOTED_POST_END.test(previous)
    )
      joined[joined.length - 1] = `${previous} ${block.trim()}`;
    else joined.push(block);
  }
  return joined;
}

// Paragraphs are blocks between blank lines, or lines when the text has no blank line. Records of a
// field layout (field-layouts.ts: arrow lines, labelled fields, table rows) are a paragraph each,
// whether or not blank lines part them.
function splitParagraphs(body: string): string[] {
  const hasBlankLines = /\n\s*\n/.test(body.trim());
  const blocks = hasBlankLines ? body.split(/\n\s*\n/) : [body];
  const paragraphs = blocks
    .flatMap((block) => {
      const lines = block.split("\n");
      const groups = splitFieldBlock(lines);
      if (groups === null) return hasBlankLines ? joinLines(lines) : lines;
      return groups.flatMap((group) =>
        group.record ? [joinRecordLines(group.lines)] : hasBlankLines ? joinLines(group.lines) : group.lines,
      );
    })
    .map((block) => withoutItemMarkers(block.trim()))
    .filter((block) => block.length > 0);
  return withSignaturesJoined(paragraphs).flatMap(boundedPieces);
}

// "• Promotion. Chez C, …" line after line: a block whose every line opens on a bullet is a list,
// one item per line (a line without a bullet goes on the item above it)
const BULLET_LINE = /^[•▪■□◆◇►▸⏵→➜–—*·-]\s+\S/u;

// (a thread's "1/ …" or a digest's "03/11 — …" opens an item as a bullet does: item-markers.ts)
const opensItem = (line: string) => BULLET_LINE.test(line) || opensMarkedItem(line);

function listItems(lines: string[]): string[] | null {
  if (lines.length < 2) return null;
  if (!opensItem(lines[0]!)) return itemsUnderLeadIn(lines);
  const items: string[] = [];
  for (const line of lines) {
    if (opensItem(line)) items.push(line);
    else items[items.length - 1] += ` ${line}`;
  }
  return items.length >= 2 && items.length * 2 > lines.length ? items : null;
}

// A list may come under a lead-in with no blank line between ("carnet, avec l'Institut … :" then
// "• C nomme X …", or a masthead's lines then the items), its items maybe wrapped over two lines:
// the lead-in is a paragraph of its own, each item another, when at least two items open on a
// capital, as news items do, and each item is a sentence of its own, ending where a sentence ends.
// Items that end on ";" are one sentence's enumeration, which its lead governs ("Trois nominations au
// comité de direction de C : – A devient … ; – B arrive comme … ;"), and a sentence's list of duties
// ("chargée de :" then "• la stratégie") opens in lower case: both stay whole.
// A short line with no end between two items ("Départs" under the arrivals) heads the items after
// it: a paragraph of its own, as the lead-in is.
const CAPITAL_ITEM = /^[•▪■□◆◇►▸⏵→➜–—*·-]\s+[\p{Lu}«"]/u;
const ENDS_BEFORE_ITEM = /[.!?…»")]$/u;
const isSubheading = (line: string, next: string | undefined) =>
  next !== undefined &&
  CAPITAL_ITEM.test(next) &&
  !ENDS_BEFORE_ITEM.test(line) &&
  line.split(/\s+/u).length <= 4;

function itemsUnderLeadIn(lines: string[]): string[] | null {
  const first = lines.findIndex((line) => CAPITAL_ITEM.test(line));
  if (first < 1) return null;
  const paragraphs = [lines.slice(0, first).join(" ")];
  let items = 0;
  for (const [at, line] of lines.entries()) {
    if (at < first) continue;
    const before = lines[at - 1]!;
    if (CAPITAL_ITEM.test(line)) {
      if (at > first && !ENDS_BEFORE_ITEM.test(before) && !isSubheading(before, line)) return null;
      paragraphs.push(line);
      items++;
    } else if (isSubheading(line, lines[at + 1])) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
  }
  return items >= 2 && ENDS_BEFORE_ITEM.test(lines.at(-1)!) ? paragraphs : null;
}

// A block's lines make one paragraph, but a portrait's name line keeps a line of its own (the
// paragraph under it is about that person: topic-person.ts) and a bulleted list gives one per item.
function joinLines(blockLines: string[]): string[] {
  const lines = blockLines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length >= 2 && /^[\p{Lu}«“"]/u.test(lines[1]!) && readNameLine(lines[0]!))
    return [`${lines[0]}\n${lines.slice(1).join(" ")}`];
  if (lines.length >= 2 && isHeadlineOverBody(lines)) return [`${lines[0]}. ${lines.slice(1).join(" ")}`];
  return listItems(lines) ?? [lines.join(" ")];
}

// A short headline over its body ("Arrivée de X chez C" then "L'ancienne … prend la direction …";
// "Nomination" then "C a nommé X …"): the headline ends with no punctuation and no word that wants
// more after it, the body opens a sentence of its own and ends one. Run on, the headline glued
// itself to the body's first words ("Nomination C" read as an employer); set apart, it is a
// sentence of its own.
const HEADLINE_END = /[.!?…:;,»)\]"”-]$/u;
const HEADLINE_WANTS_MORE =
  /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|chez|par|pour|et|ou|le|la|les|l['’]|un|une|en|sur|avec|dans|que|qui|comme|of|at|the|and|by|for)$/iu;
function isHeadlineOverBody(lines: readonly string[]): boolean {
  const [headline, first] = [lines[0]!, lines[1]!];
  if (headline.length > 90 || HEADLINE_END.test(headline) || HEADLINE_WANTS_MORE.test(headline)) return false;
  if (opensItem(headline) || !/^[\p{Lu}«“"]/u.test(headline)) return false;
  // "Nouvelle directrice chez C" then "X devient directrice.": the headline holds the employer the
  // body leaves out; run on, the body reads it so
  // a portrait's name line ("Pr Anne Roy-Lenoir", all its words capitalised) is no headline: a word
  // of one's own ("Nomination") or a lower-case word ("Arrivée de X") makes one
  if (/\s/u.test(headline) && !/(?:^|\s)[\p{Ll}]/u.test(headline)) return false;
  // "C recrute un directeur" then "X quitte D pour prendre ce poste": the body points back to it too
  if (/\s(?:chez|pour)\s/u.test(headline)) return false;
  if (/\s(?:recrute|recrutent|accueille|se dote|s['’]offre|nomme|choisit|cherche|engage)\s/u.test(headline))
    return false;
  if (!/^[\p{Lu}«“"]/u.test(first) || opensItem(first)) return false;
  return /[.!?…»"”)]$/u.test(lines[lines.length - 1]!);
}

// A paragraph that reads like a moves item, in a sentence or in a field layout.
function isMoveParagraph(paragraph: string): boolean {
  const headline = headlineBodySentence(paragraph) ?? newsHeadlineSentence(paragraph);
  return (
    readsLikeAMove(paragraph) ||
    (headline !== null && readsLikeAMove(headline)) ||
    readFieldRecord(paragraph) !== null ||
    readFirstPersonPost(paragraph) !== null ||
    isCareerItem(paragraph) ||
    readChapo(paragraph) !== null
  );
}

// "AUTRES MOUVEMENTS", "Autres nominations": the same section's second heading, set apart
const OTHER = /^autres?\s+/u;

function isOtherMovesHeading(lines: string[], at: number): boolean {
  const words = foldWord(withoutDecoration(lines[at]!));
  return (
    OTHER.test(words) &&
    isLexiconHeading([lines[at - 1] ?? "", words.replace(OTHER, ""), lines[at + 1] ?? ""], 1)
  );
}

// "Anne Roy — directrice générale, Talvia\nParcours : 2009-2015 : A ; …": a name line with its post over
// a career line is a portrait's move, told without a verb (career-lines.ts)
function isCareerItem(paragraph: string): boolean {
  const lineBreak = paragraph.indexOf("\n");
  if (lineBreak < 0 || !readNameLine(paragraph.slice(0, lineBreak))?.title) return false;
  return findCareerLines(paragraph).length > 0;
}

// A heading's shape, whatever its words: a short line set apart by blank lines, opening on a
// capital, a digit or a bullet, with no sentence punctuation at its end ("CARNET RH", "QUI VA OÙ ?",
// "NOMINATIONS & DÉPARTS", "Ils changent de poste", "AGENDA").
// Whether no line before `at` holds anything. It walks back only over blank lines, so asking it of
// every line of an issue costs the issue's length once, not its square (a flattened table of 16,000
// cells, one line each, took 16 s when this looked at every line before).
function isFirstLineWritten(lines: string[], at: number): boolean {
  for (let before = at - 1; before >= 0; before--) if (lines[before]!.trim()) return false;
  return true;
}

function isStandaloneLine(lines: string[], at: number): boolean {
  // "ILS CHANGENT DE COUPE — sélection de la semaine sur LinkedIn et ailleurs": a subtitle after a
  // dash, however long, leaves the heading its shape; the issue's first line is its masthead
  // ("PLACE & DÉCIDEURS — le business au Grand-Duché, chaque jeudi"), no section's heading
  const masthead = isFirstLineWritten(lines, at);
  const line = masthead ? lines[at]!.trim() : withoutLongSubtitle(withoutRules(lines[at]!.trim()));
  if (line.length === 0 || line.length > 60 || /[.,;:]$|[.!?;]\s/u.test(line)) return false;
  // "ILS SE SONT DIT OUI (À UN NOUVEAU POSTE)": a pun's gloss in brackets is no part of the heading's length
  if (line.replace(/\s*\([^()]*\)$/u, "").split(/\s+/u).length > 7) return false;
  if ((at > 0 && lines[at - 1]!.trim()) || (at + 1 < lines.length && lines[at + 1]!.trim())) return false;
  return /^[\p{Lu}\p{N}+#*•■▪►>→➜➔➝➞➡⇒▸▶»]|^\p{Extended_Pictographic}|^\p{So}/u.test(line);
}

// "--- ILS PRENNENT LE VOLANT ---", "=== CARNET ===": a plain-text letter draws its heading between
// two rules of the same character; the heading is the words between them.
const BETWEEN_RULES = /^([=*~_#—–-])\1{1,}\s+(.+?)\s+\1{2,}$/u;

function withoutRules(line: string): string {
  return BETWEEN_RULES.exec(line)?.[2] ?? line;
}

// The part of a line before a subtitle dash, when that part shouts (capitals) and the subtitle is
// no sentence: the heading is what shouts.
const SHOUTED_BEFORE_SUBTITLE = /^([^\p{Ll}]{3,60}?)\s[—–]\s+[^.;!?]{1,90}$/u;

function withoutLongSubtitle(line: string): string {
  const shouted = SHOUTED_BEFORE_SUBTITLE.exec(line);
  return shouted && /\p{Lu}{3}/u.test(shouted[1]!) ? shouted[1]!.trim() : line;
}

// A line that is only a rule under or above a heading ("══════", "-----", "* * *")
const RULE = /^[\s=═_~*—–-]{3,}$/u;

// A heading may carry a subtitle after a dash ("QUI VA OÙ ? — LE CARNET DES QUAIS", "VU SUR LINKEDIN —
// les annonces de la semaine"): the heading is the part before it, when the subtitle is short and no
// sentence (a colon stays a headline's: "Nominations : la parité progresse").
const SUBTITLE = /\s[—–-]\s+([^.;:!]{1,50})$/u;

function withoutSubtitle(line: string): string {
  const subtitle = SUBTITLE.exec(line);
  if (!subtitle || subtitle[1]!.trim().split(/\s+/u).length > 6) return line;
  return line.slice(0, subtitle.index).trim();
}

const SHOUTED_RUBRIC = /^[^\p{Ll}:—–]{3,40}?\s[:—–]\s+([^\p{Ll}:—–]{3,60})$/u;

// A heading of the section lexicon (section-lexicon.ts) in any dress, set apart: a short line of at
// most seven words, alone between blank lines or rules, with no sentence inside it ("Carnet des
// dirigeants", "[ MOUVEMENTS ]", "LES 3 NOMINATIONS À RETENIR", "Côté nominations :").
function isLexiconHeading(lines: string[], at: number): boolean {
  const whole = withoutDecoration(lines[at]!);
  // "🎾 BALLES DE MATCH : ILS CHANGENT DE CLUB", "✦ TUYAUX & VERRIÈRES — ILS CHANGENT D'ATELIER ✦": a
  // shouted rubric's pun before a colon or a dash, the section's name after it, shouted too (a
  // headline's words after a colon are lower-case)
  const rubric = SHOUTED_RUBRIC.exec(whole);
  if (rubric)
    return isNamedHeading(lines, at, rubric[1]!) || isNamedHeading(lines, at, withoutSubtitle(whole));
  // "Rubrique : qui fait quoi", "Carnet : ils changent de poste", "À la une : le nouveau bureau": a
  // rubric, a colon, then the section's name in small letters; the whole name must follow the colon
  // (a headline's words after it, "Nominations : la parité progresse", name no section)
  const named = SMALL_RUBRIC.exec(whole);
  if (named && isSmallRubricName(named[1]!) && isSetApart(lines, at)) return true;
  return isNamedHeading(lines, at, withoutSubtitle(whole));
}

const SMALL_RUBRIC = /^[^:—–.;!?]{2,60}?\s:\s+(\p{Ll}[^:—–.;!?]{2,50})$/u;

// The name after a small rubric's colon: one of the section lexicon's names, or a board just elected
// ("le nouveau bureau", "le comité directeur renouvelé": section-lexicon.ts), as a whole.
function isSmallRubricName(name: string): boolean {
  return isWholeSectionName(name) || isBoardSectionName(name);
}

function isNamedHeading(lines: string[], at: number, line: string): boolean {
  if (line.length === 0 || line.length > 60 || /[.;]\s|[.,;]$/u.test(line)) return false;
  if (line.split(/\s+/u).length > 7 || sectionNameOf(line) === null) return false;
  // "Nominations : la parité progresse" is a headline: nothing may follow a colon
  if (/:\s*\S/u.test(line)) return false;
  return isSetApart(lines, at);
}

// Alone between blank lines or rules.
function isSetApart(lines: string[], at: number): boolean {
  const apart = (i: number) => i < 0 || i >= lines.length || !lines[i]!.trim() || RULE.test(lines[i]!);
  return apart(at - 1) && apart(at + 1);
}

// The verb of a move right after a name ("X est nommée", "X, 45 ans, rejoint", "X devient") or right
// before it ("Kodivo nomme X", "accueille X"): the name is the mover, whether or not its first name is
// one the parser knows.
const VERB_AFTER = new RegExp(
  `^\\s*(?:,[^,.;]{1,80},\\s*)?(?:(?:est|a été|sera|vient d['’]être|a|va)\\s+)?(?:${MOVE_SIGNAL.source})`,
  "iu",
);
const VERB_BEFORE = new RegExp(`(?:${MOVE_SIGNAL.source})\\p{L}*\\s+(?:(?:M\\.|Mme|Me|Dr|Pr)\\s+)?$`, "iu");

function isMover(sentence: string, mention: PersonMention): boolean {
  return (
    isConfidentPerson(mention) ||
    VERB_AFTER.test(sentence.slice(mention.end, mention.end + 120)) ||
    VERB_BEFORE.test(sentence.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

// A paragraph that reads like a moves item: a verb of the move lexicon and a person-looking name,
// outside quotes ("« Nous recrutons », explique X" is someone speaking).
export function readsLikeAMove(text: string): boolean {
  // a first-person post quoted and signed after it is the signer's own news (self-announcement.ts)
  const signature = readSignature(text);
  if (signature && MOVE_SIGNAL.test(text.slice(0, signature.at))) return true;
  const paragraph = maskQuotes(text);
  if (!MOVE_SIGNAL.test(paragraph)) return false;
  return splitSentences(paragraph).some((sentence) =>
    findPersonMentions(sentence.text).some((mention) => isMover(sentence.text, mention)),
  );
}

// Lines under a heading, up to the next heading of either kind (a "+ WORD" heading, one glued
// inside a line, or a short line set apart that does not itself read like a move).
function sectionBody(lines: string[], start: number): string[] {
  const body: string[] = [];
  for (let at = start + 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (isSectionHeading(line)) break;
    // "* * *" or "———" between two paragraphs of the section is a pause, not a heading: only words
    // can name the next section
    if (RULE.test(line)) continue;
    // a region or city over the next items ("OCCITANIE", "À LYON") signposts the section, it does not
    // end it, and is no part of the item under it (place-headings.ts)
    if (placeHeadingOverMoves(lines, at)) continue;
    // "AUTRES MOUVEMENTS", "Autres nominations": a second moves heading goes on with the same section
    if (isOtherMovesHeading(lines, at)) continue;
    if (
      isStandaloneLine(lines, at) &&
      withoutRules(line.trim()).split(/\s+/u).length <= 4 &&
      !MOVE_SIGNAL.test(line)
    ) {
      if (holdsAMove(body) && briefsOverMoves(lines, at)) continue;
      break;
    }
    // the agenda, "À lire aussi", an ad in any dress, or the footer ("Vous recevez cette lettre…")
    if (isFooterLine(line)) break;
    // "EN BREF" over moves, mostly, is the section's briefs, not the news'
    if (isEndHeading(line) && !MOVE_SIGNAL.test(line) && !(holdsAMove(body) && briefsOverMoves(lines, at)))
      break;
    const inline = INLINE_HEADING.exec(line) ?? SHOUTED_END_AFTER_SENTENCE.exec(line);
    if (inline) {
      body.push(line.slice(0, inline.index));
      break;
    }
    body.push(line);
  }
  return body;
}

// A place heading opening a block (a blank line above it), over an item that reads like a move: the
// item's block is the lines after it up to the next blank line, or the next block when a blank line
// sets the heading apart.
function placeHeadingOverMoves(lines: string[], at: number): boolean {
  if (at > 0 && lines[at - 1]!.trim() && !RULE.test(lines[at - 1]!)) return false;
  if (!isPlaceHeading(lines[at]!)) return false;
  let from = at + 1;
  while (from < lines.length && (!lines[from]!.trim() || RULE.test(lines[from]!))) from++;
  let to = from;
  while (to < lines.length && lines[to]!.trim()) to++;
  const block = lines.slice(from, to).join(" ");
  return block.length > 0 && !isPlaceHeading(block) && readsLikeAMove(block);
}

// "EN VOL COURT", "EN DEUX MOTS", "EN BREF" after the moves: a rubric of briefs whose paragraphs
// (up to the next heading-shaped line or the agenda) are moves too, mostly, goes on with the section.
// (the body read so far must hold a move: a masthead's news never runs on into the section)
function briefsOverMoves(lines: string[], at: number): boolean {
  const block: string[] = [];
  for (let next = at + 1; next < lines.length; next++) {
    const line = lines[next]!;
    if (isSectionHeading(line) || isStandaloneLine(lines, next) || isFooterLine(line)) break;
    if (isEndHeading(line) && !MOVE_SIGNAL.test(line)) break;
    block.push(line);
  }
  return readsLikeMoves(block, isBriefMoveParagraph);
}

// A brief is often a headline item with no verb ("• C : X, responsable export (ex-D)",
// "• C : X, DRH (promotion interne)"): read as the sentence it stands for (headline-items.ts). Only
// under such a rubric after the moves: elsewhere a label and a name are as often news as a move.
function isBriefMoveParagraph(paragraph: string): boolean {
  if (isMoveParagraph(paragraph)) return true;
  const told = headlineItemSentence(paragraph);
  return told !== null && readsLikeAMove(told);
}

const holdsAMove = (block: string[]) => splitParagraphs(block.join("\n")).some(isMoveParagraph);

// One paragraph must read like a move; of more, at least two and half of them.
function readsLikeMoves(block: string[], isMoveLike = isMoveParagraph): boolean {
  const paragraphs = splitParagraphs(block.join("\n"));
  const moveLike = paragraphs.filter(isMoveLike).length;
  return (
    moveLike > 0 && (moveLike === paragraphs.length || (moveLike >= 2 && moveLike * 2 >= paragraphs.length))
  );
}

// "À venir" over "X rejoindra C…": a heading of the moves told ahead of time, with a blank line above
// it, its first item on the next line or after a blank one; it is the section only when the paragraphs
// under it mostly read like moves (an agenda is "à venir" too).
function isAnnouncedHeading(lines: string[], at: number): boolean {
  if (at > 0 && lines[at - 1]!.trim()) return false;
  if (!isAnnouncedSectionName(lines[at]!)) return false;
  return readsLikeMoves(sectionBody(lines, at));
}

// No heading of a known name: the section is the one, under a heading-shaped line, whose
// paragraphs mostly read like moves (at least two of them), whatever its heading says.
const MIN_MOVE_PARAGRAPHS = 2;

function sectionByContent(lines: string[]): number {
  let best = -1;
  let bestCount = 0;
  lines.forEach((_, at) => {
    // a region over the first items is a signpost inside the section, not its heading
    if (!isStandaloneLine(lines, at) || isPlaceHeading(lines[at]!)) return;
    const paragraphs = splitParagraphs(sectionBody(lines, at).join("\n"));
    const moveLike = paragraphs.filter(isMoveParagraph).length;
    if (moveLike >= MIN_MOVE_PARAGRAPHS && moveLike * 2 >= paragraphs.length && moveLike > bestCount) {
      best = at;
      bestCount = moveLike;
    }
  });
  return best;
}

// No heading at all: the longest run of consecutive paragraphs that each read like a move (bullets
// "•", "–", "▪", "→", numbers, "[Nomination]" tags or plain prose between the news and the agenda), at
// least two of them. The run ends where paragraphs stop holding move signals.
function headinglessRun(lines: string[]): string[] {
  const paragraphs = splitParagraphs(
    lines
      .filter((line) => !isFooterLine(line) && !(isEndHeading(line) && !MOVE_SIGNAL.test(line)))
      .join("\n"),
  );
  // one paragraph that reads like no move between two that do (an obituary, a quote, an item with no
  // verb: "• C : X, ex-D, directrice de la communication.") leaves the run going on: the list of items
  // it stands in goes on past it
  const moveLike = paragraphs.map(isMoveParagraph);
  let best = { paragraphs: [] as string[], moves: 0 };
  let run = { paragraphs: [] as string[], moves: 0 };
  paragraphs.forEach((paragraph, at) => {
    if (moveLike[at] || (run.moves > 0 && moveLike[at + 1] === true)) {
      run.paragraphs.push(paragraph);
      if (moveLike[at]) run.moves++;
      return;
    }
    if (run.moves > best.moves) best = run;
    run = { paragraphs: [], moves: 0 };
  });
  if (run.moves > best.moves) best = run;
  return best.moves >= MIN_MOVE_PARAGRAPHS ? best.paragraphs : [];
}

// A flattened issue ("… recule de 8 %. NOMINATIONS Léonie …") gets its shouted section name on a line
// of its own, as a heading glued after a bullet does (inline-heading.ts).
function splitAtShoutedName(line: string): string[] {
  const glued = SHOUTED_AFTER_SENTENCE.exec(line);
  if (!glued) return [line];
  const start = glued.index;
  const end = start + glued[0].length;
  return [line.slice(0, start).trimEnd(), "", glued[1]!, "", line.slice(end).trim()];
}

// The issue's paragraphs, wherever they stand (for the paragraphs outside any section: unread.ts).
export function issueParagraphs(text: string): string[] {
  return splitParagraphs(rewrittenLines(text).join("\n"));
}

// The issue's lines with its tables, committees, digests and glued headings rewritten as lines a
// paragraph reader takes: the Mouvements section and the unread paragraphs outside it (unread.ts)
// both start from them, and rewriting an issue twice was about 2 % of the parser's CPU on the bench
// issues. The last issue's lines are kept, frozen: each caller makes its own array from them.
let lastRewritten: { text: string; lines: readonly string[] } | null = null;

function rewrittenLines(text: string): readonly string[] {
  if (lastRewritten?.text !== text) {
    const lines = rewriteCompanyHeadings(
      rewriteCellRows(
        rewriteFieldTables(
          rewriteSurnameFirstItems(rewriteCommittees(rewriteLegendDigests(text.split("\n")))),
        ),
      ),
    )
      .flatMap(splitAtCells)
      .flatMap(splitAtInlineHeading);
    lastRewritten = { text, lines: Object.freeze(lines) };
  }
  return lastRewritten.lines;
}

// An HTML table or a web page flattened into one line keeps its cells apart with " | ": a line of at
// least four such cells is read as one block per cell ("LA LETTRE | brève | QUI FAIT QUOI | item |
// item | AGENDA | …"). A footer's "Se désinscrire | Gérer mes préférences | Voir en ligne" has three.
function splitAtCells(line: string): string[] {
  const cells = line.split(/\s+\|\s+/u);
  if (cells.length < 4) return [line];
  return cells.flatMap((cell, i) => (i === 0 ? [cell.trim()] : ["", cell.trim()]));
}

export function findMouvementsSection(text: string): MouvementsSection {
  // A known heading glued inside a flattened line gets a line of its own first
  // A table of moves is rewritten first, before " | " cells are cut apart: one line of fields a row
  const lines = rewrittenLines(text).flatMap(splitAtShoutedName);
  // The "Mouvements" heading first, the name our newsletters use; then any heading of that shape;
  // then a heading of the lexicon in any dress over paragraphs that read like moves; then a
  // heading-shaped line over such paragraphs; then such paragraphs with no heading at all.
  let start = lines.findIndex(isMouvementsHeading);
  const underLexiconHeading = (at: number) =>
    isLexiconHeading(lines, at) && splitParagraphs(sectionBody(lines, at).join("\n")).some(isMoveParagraph);
  if (start === -1) start = lines.findIndex(isSectionTitle);
  // "Nomination" over "C a nommé X …" is an item's headline, deep in a section whose own heading
  // ("CARNET GOURMAND") stands apart above it
  if (
    start > 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(lines[start]!.trim()) &&
    /[.!?]$/u.test(lines[start + 1]?.trim() ?? "")
  ) {
    const above = lines.slice(0, start).findIndex((_, at) => underLexiconHeading(at));
    if (above >= 0) start = above;
  }
  if (start === -1) start = lines.findIndex((_, at) => underLexiconHeading(at));
  if (start === -1) start = lines.findIndex((_, at) => isAnnouncedHeading(lines, at));
  if (start === -1) start = sectionByContent(lines);
  if (start === -1) {
    const run = headinglessRun(lines);
    return run.length > 0
      ? { found: true, paragraphs: run, headingless: true }
      : { found: false, paragraphs: [] };
  }
  const paragraphs = splitParagraphs(sectionBody(lines, start).join("\n"));
  const board = boardOfHeading(lines[start]!);
  return board ? { found: true, paragraphs, board } : { found: true, paragraphs };
}

// "Ligue d'escrime du Vallon : le nouveau bureau": a rubric that names an institution by its head
// noun (lexicon/companies.ts INSTITUTION_HEADS), over a board's section; "Assemblée générale : le
// comité renouvelé" names a meeting, no body.
function boardOfHeading(line: string): string | null {
  const named = SMALL_RUBRIC.exec(withoutDecoration(line));
  if (!named || !isBoardSectionName(named[1]!)) return null;
  const body = withoutDecoration(line)
    .slice(0, named.index + named[0].length - named[1]!.length)
    .replace(/\s*:\s*$/u, "");
  const head = /^\p{Lu}[\p{L}-]*/u.exec(body);
  return head && INSTITUTION_HEADS.has(foldWord(head[0])) ? body : null;
}
