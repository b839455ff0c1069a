// Interview chapôs: the lead of a portrait or a "three questions to" item, which names the new post
// first, then the person, then what they did before, with the interview's quote after it.
//   "Directrice générale de Maison Ardent depuis le 1er mai, Anne Roy a dirigé pendant six ans …"
//   "Nouveau directeur de la Régie Belcourt, Paul Girard arrive de Kargo."
//   "Présidente de la Fédération des brasseurs, élue le 15 avril, Odile Ferrand dirige par ailleurs …"
// The sentence model reads verbs, and the chapô's verb is the person's past ("a dirigé", "arrive de",
// "était jusqu'ici"). Such a paragraph is told again as the sentences it stands for: "Anne Roy est
// nommée directrice générale de Maison Ardent. Anne Roy a dirigé pendant six ans …", and read like any
// other (careers, predecessors, quotes). When the main clause names a post of its own ("Chef pâtissier
// de C, X est promu chef exécutif …"), the chapô's post is the one held before, and the paragraph is
// left as written: a rewriting never hides a reading.

import { readCompanyAfter } from "./company-spans.ts";
import { foldWord, TITLE_HEAD_VOCABULARY, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";
import { personKey } from "./names.ts";
import { extractParagraphMoves } from "./paragraph.ts";
import { maskQuotes } from "./sentences.ts";

// "Nouveau", "Nouvelle", "Nouvel": the post announced as new, no part of the title
const NEW_OPENING = /^\s*(?:Nouvel(?:le)?|Nouveau)\s+/u;
// The post's first word: a title's head noun, with a capital ("Directrice", "Cheffe", "Proviseur")
const HEAD_WORD = /^\s*(\p{Lu}[\p{Ll}-]+)(?=[\s,])/u;
// A date after the post ("depuis le 1er mai", "depuis avril", "à compter du 2 juin"): when, not what
const DATE_AFTER_POST = /\s+(?:depuis|dès|à compter d[ue]|à partir d[ue])\s[^,]*$/u;
// What may stand between the post and the name: asides told of the appointment ("élue le 15 avril",
// "nommée par le conseil d'administration de la chambre de métiers", "poste créé"), none a sentence
const ASIDE = /^[^.;:!?«»"]{1,100}$/u;

// "depuis 2016", "depuis six ans", "depuis plus de dix ans": a post held for long is the one held
// before, the main clause tells the move ("Directeur de C depuis 2016, X prendra sa retraite")
// ("depuis sa création", "depuis l'origine": since the house began, as long as can be)
const HELD_FOR_LONG =
  /(?<![\p{L}])(?:(?:depuis|pendant)\s+(?:(?:plus de|près de|bientôt|presque)\s+)?(?:\d{4}|(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+(?:ans?|années?|mois))(?![\p{L}\d])|depuis\s+(?:sa|leur)\s+(?:création|fondation)|depuis\s+l['’]origine)/u;
// "Fondatrice de C, X …": a founder's standing is never the post the paragraph announces
const FOUNDER_HEAD = /^(?:co-?)?fondat(?:eur|rice)s?$/u;

// The main clause's own post or standing, right after the name: a post of its own ("devient R",
// "est promu R", "a été nommé, le 3 mars, R", "prend les rênes de C", "rejoint C"), a mandate
// renewed, a retirement. The chapô's post is then the one held before or kept.
const OWN_POST_AFTER_NAME = new RegExp(
  [
    String.raw`^\s*(?:,[^,.;]{1,80},\s*)?(?:(?:il|elle)\s+)?(?:`,
    String.raw`(?:re)?devient|deviendra|(?:est|sera|a été)\s+promue?`,
    String.raw`|(?:a été|est|sera|vient d['’]être)\s+(?:nommée?|désignée?|élue?|recrutée?)(?:\s*,[^,.;]{1,30},)?\s+(?!par\s|le\s|lors\s|en\s|pour\s|à\s)\p{Ll}`,
    String.raw`|(?:prend|prendra|reprend|reprendra|a pris)\s+(?:les rênes|la direction|la présidence|la tête|la succession|ses fonctions|sa retraite)`,
    "|rejoint|rejoindra|intègre|intégrera",
    String.raw`|(?:part|partira|est partie?)\s+(?:à la retraite|pour|prendre|diriger)|s['’]en va|tire sa révérence`,
    String.raw`|(?:a été|est|sera)\s+(?:renouvelée?|reconduite?|réélue?|confirmée?)`,
    ")",
  ].join(""),
  "u",
);

export interface Chapo {
  person: string;
  /** The post as the chapô names it, its employer with it: "directrice générale de Maison Ardent". */
  post: string;
  /** Where the person's name starts in the paragraph. */
  personStart: number;
}

/** A paragraph's opening chapô: a title and its employer, maybe asides, a comma, then a person. */
export function readChapo(paragraph: string): Chapo | null {
  const opening = NEW_OPENING.exec(paragraph)?.[0] ?? "";
  const head = HEAD_WORD.exec(paragraph.slice(opening.length));
  if (!head) return null;
  const word = foldWord(head[1]!);
  if (!TITLE_HEAD_VOCABULARY.has(word) && !TITLE_HEADS.has(word)) return null;
  if (FOUNDER_HEAD.test(word)) return null;
  const masked = maskQuotes(paragraph);
  const firstComma = masked.indexOf(",", opening.length);
  if (firstComma < 0) return null;
  // the person right after a comma, the post and its asides before it, all in the first sentence
  const person = findPersonMentions(masked).find(
    (mention) => mention.start > firstComma && /,\s+$/u.test(masked.slice(0, mention.start)),
  );
  if (!person || !isConfidentPerson(person)) return null;
  const asides = masked
    .slice(firstComma + 1, person.start)
    .replace(/,\s+$/u, "")
    .trim();
  if (HELD_FOR_LONG.test(masked.slice(0, person.start))) return null;
  if (OWN_POST_AFTER_NAME.test(masked.slice(person.end))) return null;
  if (asides && !ASIDE.test(asides)) return null;
  const post = masked
    .slice(opening.length, firstComma)
    .replace(DATE_AFTER_POST, "")
    .replace(/[\s.;:]+$/u, "");
  if (/[.;:!?]\s/u.test(post)) return null;
  // a title needs its employer: "Directrice financière, X arrive de C" names no house
  if (!/\s(?:de|du|des|d['’]|chez|à)\s*\p{Lu}|\s(?:de la|de l['’])\s*\p{L}/u.test(post)) return null;
  return {
    person: person.name,
    post: `${post.charAt(0).toLowerCase()}${post.slice(1)}`,
    personStart: person.start,
  };
}

// The house the main clause says the person comes from, named right after its cue: "était jusqu'ici
// adjointe au directeur du CFA de C", "arrive de Fiducia C", "vient du groupe C"
const LEFT_HOUSE_CUE =
  /(?:(?:était|a été)\s+(?:jusqu['’]ici|auparavant|précédemment)\s[^,.;:]*?\s|(?:arrive|vient|venue?)\s+)(?:du|de la|de l['’]|des|de|d['’]|chez)\s*(?=\p{Lu})/u;

function houseLeft(rest: string): string | null {
  const firstSentence = /^[^.;!?]*/u.exec(rest)![0];
  const cue = LEFT_HOUSE_CUE.exec(firstSentence);
  if (!cue) return null;
  const span = readCompanyAfter(firstSentence, cue.index + cue[0].length);
  return span && span.start === cue.index + cue[0].length ? span.text : null;
}

/**
 * The chapô told as sentences: the appointment, then the paragraph from the person's name on. null
 * when the paragraph opens on no chapô, or its main clause names a post of its own.
 */
export function chapoSentences(
  paragraph: string,
): { person: string; text: string; previous: string | null } | null {
  const chapo = readChapo(paragraph);
  if (!chapo) return null;
  const rest = paragraph.slice(chapo.personStart);
  const own = extractParagraphMoves(rest).find(
    (draft) => personKey(draft.person) === personKey(chapo.person),
  );
  if (own?.role) return null;
  return {
    person: chapo.person,
    text: `${chapo.person} devient ${chapo.post}. ${rest}`,
    previous: houseLeft(rest),
  };
}
