// People a moves section names with a title or a career cue but no verb (issue 13 item 5): lines,
// tables, lists, labelled items and headings followed by entries ("Marie Roy | Directrice générale |
// Ferlog", "DAF : Luc Faure (ex-Kargo)", "Anne Roy, ancienne DRH de Ferlog") announce a move without
// a word of the move lexicon. When no record holds such a person, the review queue must show them
// (unread.ts); this finds them, line by line, so that a block of lines each naming someone is
// accounted for line by line and not as a whole.

import { allMatches } from "./all-matches.ts";
import { foldWord, HONORIFIC, OFFICE_HEAD_NOUNS, SPEECH, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, type PersonMention } from "./mentions.ts";
import { rejectionOf } from "./rejections.ts";
import { splitSentences } from "./sentences.ts";

export interface TitledName {
  name: string;
  /** The line of the paragraph that names them. */
  line: string;
}

const TITLE_PREFIX = /^(?:co|vice|sous|ex)-?/u;

// A word of the role lexicon that opens a title ("directrice", "DAF", "vice-président", "délégué");
// a short one only in capitals ("DG", not "dg" in a word)
function isTitleWord(word: string): boolean {
  const folded = foldWord(word);
  const head = folded.replace(TITLE_PREFIX, "");
  const known = [folded, head].some((w) => TITLE_HEADS.has(w) || OFFICE_HEAD_NOUNS.has(w));
  return known && (folded.length > 3 || /^\p{Lu}+$/u.test(word));
}

// The words that may stand between a name and its title in apposition ("Marie Roy, 52 ans, l'actuelle
// directrice", "Marie Roy | DAF", "Marie Roy (ex-Kargo), nouvelle DRH"): punctuation, articles, a
// few adverbs and adjectives of time. A verb ends the apposition: "X s'est choisi une directrice" is
// not X's title.
const APPOSITION_FILLER =
  /^(?:l['’]|le|la|les|un|une|notre|nos|son|sa|ses|leur|ancien|ancienne|ex|actuel|actuelle|jusqu['’]ici|nouvel|nouvelle|nouveau|désormais|aussi|également|futur|future|\d+|ans|new|our|the|a|an|former|current)$/iu;

function appositiveTitle(after: string): boolean {
  const words = after
    .split(/[\s,;:|()[\]/–—•·]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 6);
  for (const written of words) {
    const word = written.replace(/^(?:l|d)['’]/iu, "");
    if (isTitleWord(word)) return true;
    if (!APPOSITION_FILLER.test(word)) return false;
  }
  return false;
}

// A title brought by its preposition further in the clause: "se joint à l'équipe à titre de
// vice-président", "reprend son poste de responsable commercial", "joins as CFO"
const ROLE_INTRO =
  /(?<![\p{L}])(?:à titre de|en tant que|en qualité de|comme|(?:son|sa|le|au) poste d['’e]|as)(?![\p{L}])/giu;
const introducedTitle = (after: string) =>
  allMatches(after, ROLE_INTRO).some((intro) => appositiveTitle(after.slice(intro.index + intro[0].length)));

// A title just before the name, in its own phrase: "Directrice générale : Marie Roy", "la DRH Anne
// Roy", "CFO — Luc Faure"
function titleBefore(before: string): boolean {
  const words = before
    .split(/[\s:|–—•·]+/u)
    .filter(Boolean)
    .slice(-4);
  return words.some((word) => isTitleWord(word.replace(/^(?:l|d)['’]/u, "")));
}

// "entre au conseil d'administration", "fait siéger X au conseil de surveillance": a seat is a post
const BOARD_SEAT =
  /^[^,.;]{0,40}?(?:au|du|à son|au sein du|on the|to the)\s+(?:conseil d['’]administration|conseil de surveillance|directoire|comité exécutif|comité de direction|board)/iu;

// "ex-Kargo", "ancienne DRH de …", "venu de Ferlog", "de Ferlog à Kargo", "Ferlog → Kargo",
// "jusqu'ici directeur", "previously": where someone comes from, said without a verb
const CAREER_CUE =
  /(?<![\p{L}])(?:ex-|ancien(?:ne)?s?(?![\p{L}])|venue?s? (?:de|du|des|d['’])|arrivée? (?:de|du|des|d['’])|précédemment|auparavant|jusqu['’](?:ici|alors|à présent)|qui (?:était|a été|fut)|formerly|previously|former(?![\p{L}]))|→|->|(?<![\p{L}])de\s+\p{Lu}[^,;.()]{0,40}?\s+(?:à|vers)\s+\p{Lu}/u;

// The one replaced: a record of the paragraph names them as its predecessor, or they have a verb of
// their own that the unread clause reader sees (unread.ts)
const PREDECESSOR_BEFORE = new RegExp(
  String.raw`(?:en remplacement d(?:e|u)|en lieu et place d(?:e|u)|succède à|succédera à|succéder à|remplace|remplacera|remplacer|successeur d(?:e|u)|successrice d(?:e|u)|prédécesseur,?|après le départ d(?:e|u)|départ d(?:e|u)|succeeds|replaces|replacing)\s*(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

// A death, a tribute: no move ("décédé le 3 mars", "In memoriam")
const DECEASED =
  /(?<![\p{L}])(?:décédée?s?|décès|disparue?s? (?:le|en|à|brutalement|subitement)|nous a quittés|nous ont quittés|in memoriam|hommage à|obsèques|s['’]est éteinte?|passed away)(?![\p{L}])/iu;

// The author of a post signed "… — Clara Roy"
const SIGN_OFF = /(?:^|[.!?…»"])\s*[—–]\s*(?:(?:Dr|Pr|Me|M\.|Mme)\s+)?$/u;

// "reste président", "arrivait à échéance", "appelé à d'autres fonctions": nothing changes, or a
// departure to no named post
const STAYS_OR_LEAVES =
  /^[\s,]*(?:qui\s+)?(?:reste|restera|demeure|demeurera|conserve|conservera|stays|remains)(?![\p{L}])|arriv\p{L}* à (?:échéance|son terme|expiration)|(?:à|vers) (?:d['’]autres|de nouvelles) (?:fonctions|missions|responsabilités)|part\p{L}* à la retraite|retraite/iu;

// Someone leaving with no post named ("se sépare de son manager X", "Départ de X, directeur …", "X
// quitte l'entreprise"), someone kept ("confirmé dans ses fonctions", "prolongé", "demeure directeur")
// or holding a post for a while ("l'intérim est assuré par X"): no move of theirs to add
const LEAVES =
  /(?<![\p{L}])(?:se sépare(?:nt)? d|départ|quitte|quittera|quitté|limogée?|remerciée?|démission\p{L}*|licenciée?|laiss\p{L}* (?:son|sa) (?:siège|place|poste|fauteuil)|leaves?|left|leaving|steps down|stepping down)/iu;
const KEPT =
  /(?<![\p{L}])(?:reste|restera|demeure|demeurera|confirmée? (?:dans|à)|reconduite?|prolongée?|maintenue?|conserve|conservera|stays|remains)(?![\p{L}])/iu;
const INTERIM = /(?<![\p{L}])(?:intérim|interim|acting)(?![\p{L}])/iu;
// someone another works beside or under ("aux côtés de X, le directeur …", "rattachée à X, DG")
const BESIDE =
  /(?:(?:aux côtés d|auprès d|sous la direction d|sous l['’]autorité d)(?:e|u|es|['’])?|rattachée? à|placée? sous|reporting to|reports to|alongside|with)\s*(?:(?:M\.|Mme|Dr|Me)\s+)?$/iu;

// how far from a name its title may stand
const AFTER = 110;
const BEFORE = 50;

interface Line {
  text: string;
  start: number;
}

function linesOf(paragraph: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of paragraph.split("\n")) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

/**
 * The person-looking names of a moves paragraph (quotes already masked) that a title or a career cue
 * stands beside, line by line, sentence by sentence: the title after the name up to the next person
 * named ("Marie Roy, directrice générale de Ferlog"; "Marie Roy | DAF | Ferlog") or just before it
 * ("Directrice générale : Marie Roy"). Left out: someone speaking, a post's signature, a death, the
 * one replaced, someone who stays or leaves for no named post, and whatever the rejection table
 * refuses (a re-election, an officer kept, an honour, an award: rejections.ts).
 */
export function titledNamesIn(
  masked: string,
  isPersonLike: (mention: PersonMention) => boolean,
): TitledName[] {
  const found: TitledName[] = [];
  for (const line of linesOf(masked)) {
    for (const sentence of splitSentences(line.text)) {
      if (DECEASED.test(sentence.text)) continue;
      const people = findPersonMentions(sentence.text).filter(isPersonLike);
      people.forEach((mention, i) => {
        const previousEnd = people[i - 1]?.end ?? 0;
        const nextStart = people[i + 1]?.start ?? sentence.text.length;
        const after = sentence.text.slice(mention.end, Math.min(nextStart, mention.end + AFTER));
        const before = sentence.text.slice(Math.max(previousEnd, mention.start - BEFORE), mention.start);
        // a title before the name belongs to it only within its own phrase ("la DRH, Anne Roy" is
        // the DRH's; "Anne Roy, DRH, remplace Luc Faure" is not Luc Faure's)
        // ("une directrice générale, Marie Roy": the title right before the comma is hers too)
        const phrases = before.split(/[,;(]/u);
        const ownBefore = (phrases.at(-1)?.trim() ? phrases.at(-1) : phrases.at(-2)) ?? "";
        const titled =
          appositiveTitle(after) ||
          introducedTitle(after) ||
          CAREER_CUE.test(after.slice(0, 80)) ||
          BOARD_SEAT.test(after) ||
          (titleBefore(ownBefore) && !/\s(?:à|par)\s*$/u.test(ownBefore));
        if (!titled) return;
        const lead = line.text.slice(0, sentence.start + mention.start);
        if (
          SPEECH.test(before.slice(-40)) ||
          SPEECH.test(after) ||
          SIGN_OFF.test(lead) ||
          PREDECESSOR_BEFORE.test(before) ||
          BESIDE.test(before) ||
          LEAVES.test(before.slice(-40)) ||
          LEAVES.test(after.slice(0, 60)) ||
          // (the clause's own: "…, directeur commercial, et reste président" is the giver's)
          KEPT.test((after.split(/,?\s+(?:et|and)\s+/u)[0] ?? "").slice(0, 80)) ||
          INTERIM.test(sentence.text) ||
          STAYS_OR_LEAVES.test(after) ||
          rejectionOf({ person: mention.text, role: after, company: "", sentence: sentence.text })
        )
          return;
        if (!found.some((other) => other.name === mention.name))
          found.push({ name: mention.name, line: line.text });
      });
    }
  }
  return found;
}
