// A lead clause that announces a post before it names who takes it: "C s'est trouvé un directeur
// financier : X", "C a trouvé son R en la personne de X", "C accueille un nouveau R, X, désigné
// par …", "C a élu son président : X", "C se dote pour la première fois d'un R : X", "C se choisit
// une nouvelle R pour succéder à Y : ce sera X". The post is said once, by the employer, and the
// name follows it after a colon, a comma or "en la personne de": the slot reader (slot-reader.ts)
// takes the title from the announcement and the employer from the clause's subject.
//
// The name in that place needs no first name the lexicon knows ("C se dote d'un directeur
// financier : Kofi Mensah" names a person as plainly as "… : Paul Mensah"): the announcement is
// the evidence. Records read this way carry the slot reader's doubt and go to review.

import { allMatches } from "./all-matches.ts";
import { HONORIFIC } from "./lexicon.ts";
import { findPersonMentions, type PersonMention } from "./mentions.ts";

// "se donne un R", "s'est donné une R", "s'adjoint un R" say what "se dote d'un R" says; "va prendre un
// nouveau R", "prendra en juin un nouveau R" announce the post to come (the article is "un"/"une" there,
// "prend la direction" being another shape).
const GIVES_ITSELF = String.raw`se donne|se donnent|(?:s['’]est|se sont)(?:\s+(?:aussi|également|par ailleurs|enfin|ainsi))?\s+donnée?s?|s['’]adjoint|s['’]est adjointe?|s['’]adjoindra`;
const WILL_TAKE_ON = String.raw`(?:va|vont|vient de|viennent de)\s+prendre|prendra|prendront`;
// "a, lui aussi, un nouveau R", "a par ailleurs une nouvelle R": an aside between "a" and the article
const ASIDE_BEFORE_NEW = String.raw`(?:\s*,\s*(?:lui|elle|eux|elles)\s+aussi\s*,|\s+(?:par ailleurs|aussi|également|désormais|enfin|déjà|de (?:son|leur) côté))?`;

// The verb that announces the post and the article before the title; a few words may sit between
// them ("se dote pour la première fois d'un", "recrute par ailleurs son"). A verb that acquires
// someone takes "son"/"sa" too ("a trouvé son directeur financier : X", "a élu son président : X");
// after "nomme" or "promeut", "son R, X" is the post X holds now ("nomme son directeur financier,
// X, à la tête de …"), so those take only "un"/"une".
const ACQUIRING_VERB = String.raw`(?:recrut\p{L}*|engag\p{L}*|s['’]offre|s['’]est offert\p{L}*|se dote|s['’]est doté\p{L}*|se sont doté\p{L}*|accueill\p{L}*|(?:a|ont|s['’]est|se sont)\s+trouvé\p{L}*|se trouve|se choisit|(?:a|ont|s['’]est|se sont)\s+choisi\p{L}*|(?:a|ont)\s+élu|élit|install\p{L}*|${GIVES_ITSELF}|${WILL_TAKE_ON})`;
const NAMING_VERB = String.raw`(?:(?:a|ont|aura|auront)(?=${ASIDE_BEFORE_NEW}\s+(?:un|une)\s+nouv)|promeut|nomm\p{L}*|désign\p{L}*)`;
// ("de son côté" is an aside, its "son" no article: "se donne de son côté un nouveau R")
const FILLER = String.raw`(?:\s+(?:de (?:son|leur) côté|(?!(?:un|une|son|sa|leur)(?![\p{L}]))[\p{L}'’-]+)){0,4}?\s+`;
const NEW = String.raw`(?:(?:nouvel|nouveau|nouvelle|premier|première|futur|future)\s+)?`;

/** Where the announced title starts: past the verb, a few words and the article. */
export const ANNOUNCED_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${ACQUIRING_VERB}${FILLER}(?:d['’]\s*)?(?:un|une|son|sa|leur)|${NAMING_VERB}${FILLER}(?:d['’]\s*)?(?:un|une))\s+${NEW}`,
  "giu",
);

/** Does `text` hold a lead clause announcing a post? (cheap test before the names are read) */
const ANNOUNCES = new RegExp(ANNOUNCED_TITLE.source, "iu");
export const announcesAPost = (text: string) => ANNOUNCES.test(text);

// Between the title and the name: a colon, a comma or "en la personne de", then perhaps "ce sera",
// "il s'agit de", "c'est" or an honorific; a predecessor may be named before ("pour succéder à Y :").
const BEFORE_THE_NAME = new RegExp(
  String.raw`(?:\s*:\s*|\s*,\s*|\s+en la personne d(?:e\s+|['’]))(?:(?:ce sera|ce seront|c['’]est|il s['’]agit d(?:e\s+|['’]))\s*)?(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

const HONORIFIC_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:${HONORIFIC})\s+$`, "u");

export interface AnnouncedMover {
  mention: PersonMention;
  /** Where the announced title starts and where it must end (before the colon, comma or "en la personne"). */
  titleAt: number;
  titleEnd: number;
}

/**
 * The people a lead clause of `sentence` announces a post for, each with the title's place. Only
 * the first name after each announcement: "C recrute un R : X. Y, lui, …" announces X alone.
 */
export function announcedMovers(sentence: string): AnnouncedMover[] {
  const found: AnnouncedMover[] = [];
  const mentions = findPersonMentions(sentence);
  for (const announcement of allMatches(sentence, ANNOUNCED_TITLE)) {
    const titleAt = announcement.index + announcement[0].length;
    for (const mention of mentions.filter((m) => m.start > titleAt)) {
      const gap = sentence.slice(titleAt, mention.start);
      // the period of "M." before the name ends no sentence: "recrute un délégué général, M. X"
      if (/[.;!?]/u.test(gap.replace(HONORIFIC_AT_END, "")) || gap.length > 140) break;
      const cue = BEFORE_THE_NAME.exec(gap);
      // "pour succéder à Y : ce sera X": the one replaced may be named before the mover
      const purpose = /\s(?:pour|afin de|en remplacement)\s/u.exec(gap);
      if (!cue) {
        if (purpose) continue;
        break;
      }
      // "un partner venu d'Eyrand Conseil : X": where the mover comes from is no part of the title
      const origin = /\s(?:venue?|issue?|arrivée?|passée?|débauchée?|transfuge)\s/u.exec(gap);
      const titleEnd =
        titleAt + Math.min(cue.index, purpose?.index ?? gap.length, origin?.index ?? gap.length);
      // the title is said before any other name ("recrute un adjoint de Paul Roy : X" announces no post)
      if (!mentions.some((m) => m.start > titleAt && m.start < titleEnd))
        found.push({ mention, titleAt, titleEnd });
      break;
    }
  }
  return found;
}

// A post handed to the name by "confier": "C confie sa direction financière à X", "C a créé une
// direction de la seconde main, confiée à X", "C crée une direction de R et la confie à X" (or "et en
// confie la responsabilité à X"), "C crée un poste de R et le confie à X", "celui de R, confié à X". The direction or presidency handed is paraphrased into its head's title ("sa
// direction financière" → "directrice financière"); a post named by its title is the title.
const HANDED_DIRECTION = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<!(?:en|y|lui|leur|l['’])\s+(?:a\s+|ont\s+|avait\s+)?)confi\p{L}*\s+(?:[\p{L}'’-]+\s+){0,3}?(?:sa|la|leur)\s+(?<post>(?:direction|présidence)(?:\s+[^,.;:]{0,80}?)?)\s+à|(?<![\p{L}])(?:une|la|sa|leur)\s+(?<post2>(?:direction|présidence)(?:\s+[^,.;:]{0,80}?)?)(?:\s*,\s*(?:qui (?:est|sera)\s+|est\s+|sera\s+)?confiée|\s+et\s+(?:la|l['’])\s*confi\p{L}*|\s+et\s+en\s+confi\p{L}*\s+la\s+(?:responsabilité|direction))\s+à)\s+(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);
const HANDED_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:poste|celui|fonction)\s+d(?:e\s+|['’])(?<title>[^,.;:]{2,80}?)\s*(?:,\s*|\s+et\s+(?:le|la|l['’])\s*)confi\p{L}*\s+à\s+(?:(?:${HONORIFIC})\s+)?$`,
  "iu",
);

export interface HandedMover extends AnnouncedMover {
  /** The post is a direction or presidency to paraphrase into a title ("sa direction financière"). */
  paraphrase: boolean;
}

/** The people `sentence` hands a post to with "confier", each with the post's place. */
export function handedMovers(sentence: string): HandedMover[] {
  if (!/confi/iu.test(sentence)) return [];
  const found: HandedMover[] = [];
  for (const mention of findPersonMentions(sentence)) {
    const before = sentence.slice(Math.max(0, mention.start - 160), mention.start);
    const offset = mention.start - before.length;
    const direction = HANDED_DIRECTION.exec(before);
    const title = direction ? null : HANDED_TITLE.exec(before);
    const match = direction ?? title;
    if (!match?.groups) continue;
    const post = match.groups.post ?? match.groups.post2 ?? match.groups.title!;
    const at = offset + match.index + match[0].indexOf(post);
    found.push({ mention, titleAt: at, titleEnd: at + post.length, paraphrase: direction !== null });
  }
  return found;
}

/** "direction financière" → "directrice financière" / "directeur financier"; "présidence de son directoire" → "président du directoire". */
export function titleOfPost(post: string, feminine: boolean, masculine: (title: string) => string): string {
  const [noun, ...rest] = post.trim().split(/\s+/u);
  const qualifier = rest
    .join(" ")
    .replace(/^de (?:son|leur) /u, "du ")
    .replace(/^de sa /u, "de la ")
    .replace(/^de ses /u, "des ");
  const head = noun === "présidence" ? "présidente" : "directrice";
  const title = `${head} ${qualifier}`.trim();
  return feminine ? title : masculine(title);
}
