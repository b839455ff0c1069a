// "En bref" items written in a headline's grammar: the employer as the item's label, then the mover
// and the post without the verb a sentence would carry.
//   "• Planétarium de C : Jeanne X directrice, ex-directrice des publics de D."
//   "• Muséum de C : Bakary X promu conservateur en chef."
//   "Réseau R : M. Paul X élu secrétaire général."
//   "Cricket Labs: Jonas X promoted to head of production, replacing Y."
// The sentence model reads verbs; such an item is told again as the sentence it stands for ("Chez C,
// Jeanne X devient directrice, ex-…", "Chez C, Bakary X est promu …", "At C, Jonas X was promoted to …"), and read like any other. Only a
// name opening the text after the label and followed at once by a participle of appointment or a
// title's head noun is rewritten: any other item stays as written.

import { readCompanyAfter } from "./company-spans.ts";
import { foldWord, HONORIFIC, TITLE_ACRONYMS, TITLE_HEAD_VOCABULARY } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";

// The item's bullet, its label (no sentence punctuation in it), the colon
// (English writes the colon without a space before it: "Cricket Labs: X promoted to …")
// or a spaced dash ("Tressages de l'Aunis — X, directeur industriel"), which a label may not hold
const LABELLED_ITEM = /^\s*(?:[•◆◇▪■□►▸*·–—-]\s+)?([\p{Lu}\p{N}][^:;.!?–—]{1,80}?)(?:\s*:|\s+[–—])\s+/u;
// "le Pr", "la Pr", "Mme", "M.", "Dr": what may stand before the name
const BEFORE_NAME = new RegExp(`^(?:(?:le|la|l['’])\\s*)?(?:(?:${HONORIFIC}|Pr|Dr|Me)\\.?\\s+)?`, "u");
// the participles of a headline: "nommée", "promu", "élue", "désigné", "recrutée", "reconduit"
const PARTICIPLE =
  /^\s+(?:nommée?s?|promue?s?|élue?s?|réélue?s?|désignée?s?|recrutée?s?|reconduite?s?|cooptée?s?)(?=\s)/u;
// The English item's grammar: a participle ("X promoted to head of production, replacing Y"), told
// again with its auxiliary, or a verb in the present ("X becomes secretary general", "X joins as R from
// D"), told as written; the label is the employer "At" which it happens.
const EN_PARTICIPLE = /^\s+(?:promoted|appointed|named|elected|hired|recruited|co-opted)(?=\s)/u;
const EN_PRESENT =
  /^\s+(?:joins|becomes|moves up|steps up|takes over|is (?:promoted|appointed|named|elected))(?=\s)/u;
const EN_BOARD = /^\s+joins the ((?:supervisory |advisory )?board)(?=\s*[.;]?\s*$)/u;
// labels that tag the item's kind rather than name an employer ("Nomination : X directrice …")
const TAG_LABEL =
  /^(?:nomination|nominations|depart|departs|arrivee|arrivees|promotion|promotions|recrutement|carnet|mouvement|mouvements|mercato|en bref|bref|ailleurs|cote|enfin|aussi|egalement|par ailleurs|portrait|election|elections|distinction|deces|in memoriam|nouvelles tetes|nouveaux visages|nouvelles recrues|nouveau|nouvelle|nouveaux|qui|quoi|ou|uk|usa|international)(?![\p{L}])/u;

const TAG_BEFORE_HOUSE =
  /^(?:promotions?|nominations?|arrivées?|recrutements?|mouvements?)\s+(?:à\s+(?:la\s+|l['’])?|au\s+|aux\s+|chez\s+|au sein d(?:e\s+(?:la\s+|l['’])?|u\s+|es\s+|['’]))(?=[\p{Lu}\p{N}])/iu;

// "Also at C: X has been promoted to R", "Aussi chez C : X devient R": the label says where, after an
// adverb that links the item to the one before; the item is a sentence of its own, told at C
const WHERE_LABEL =
  /^\s*(?:[•◆◇▪■□►▸*·–—-]\s+)?(?:(?:Also|Meanwhile|Elsewhere|And)\s+(at)|(?:Aussi|Également|Encore|Enfin|Et)\s+chez)\s+([\p{Lu}\p{N}][^:;.!?]{0,60}?)\s*:\s+(?=\p{Lu})/u;

// The label carries the post after the employer: "C, PDG : X", "C — directrice générale : X",
// "C / DAF : X (ex-A)". The post is in small letters or an acronym, with no sentence in it.
const POST_LABEL =
  /^\s*(?:[•◆◇▪■□►▸*·–—-]\s+)?([\p{Lu}\p{N}][^:;.!?–—,/|]{0,60}?)\s*(?:,|\s[–—-]|\s?\/)\s+((?:\p{Ll}|\p{Lu}{2,5}(?![\p{Ll}]))[^:;.!?–—,/|()]{0,60}?)\s*:\s+/u;

export function headlineItemSentence(paragraph: string): string | null {
  const where = WHERE_LABEL.exec(paragraph);
  if (where) return `${where[1] ? "At" : "Chez"} ${where[2]}, ${paragraph.slice(where[0].length)}`;
  const posted = postLabelSentence(paragraph);
  if (posted) return posted;
  const item = LABELLED_ITEM.exec(paragraph);
  // "Promotions à l'École vétérinaire de C : …", "Nominations chez C : …": the tag, then the house
  const label = item?.[1]?.trim().replace(TAG_BEFORE_HOUSE, "");
  if (!item || !label || TAG_LABEL.test(foldWord(label))) return null;
  // the label names an employer from its first word on (a company or an institution)
  // ("Les Dockers de Port-Ravenne : …": a name's own article before it)
  const named = readCompanyAfter(label, 0);
  if (!named || !/^(?:(?:Le|La|Les)\s+|L['’])?$/u.test(label.slice(0, named.start))) return null;
  const text = paragraph.slice(item[0].length);
  const before = BEFORE_NAME.exec(text)![0];
  const mention = findPersonMentions(text).find((m) => m.start === before.length);
  // a first name the lexicon does not know ("Bakary") is still a name here: the label, the name and
  // the post right after it are the item's whole grammar
  if (!mention || (!isConfidentPerson(mention) && !/\s/u.test(mention.text.trim()))) return null;
  const opening = text.slice(0, mention.end);
  let after = text.slice(mention.end);
  // "X, animateur, promu coordinateur": the title held until now, then the participle
  const held = /^,\s+[\p{Ll}][^,;:.()]{1,60},(?=\s)/u.exec(after);
  if (held && PARTICIPLE.test(after.slice(held[0].length))) after = after.slice(held[0].length);
  if (PARTICIPLE.test(after)) return `Chez ${label}, ${opening}${held ? held[0] : ""} est${after}`;
  if (EN_PARTICIPLE.test(after)) return `At ${label}, ${opening} was${after}`;
  // "Cartophilie Orbize: X joins the supervisory board.": the board is the label's
  const board = EN_BOARD.exec(after);
  if (board) return `${opening} joins the ${board[1]} of ${label}${after.slice(board[0].length)}`;
  if (EN_PRESENT.test(after)) return `At ${label}, ${opening}${after}`;
  after = text.slice(mention.end);
  const next = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(after);
  if (next && TITLE_HEAD_VOCABULARY.has(foldWord(next[1]!)))
    return `Chez ${label}, ${opening} devient${after}`;
  // a label that is a name and nothing else ("C : X, R, succède à Y"), not a lead with its verb ("C a
  // choisi sa directrice : X, R depuis 2021, succède à Y", where R is the post held until now)
  // "C a un nouveau directeur : X, formateur depuis 1996": a lead that names the post itself leaves
  // the apposition to be the post held until now; the sentence readers read the lead (title opener)
  if (announcesAPost(label.slice(named.end))) return null;
  return tellPostOf(label, opening, after, named.end === label.length);
}

// A label's words after its name that announce a post: a title's head after the determiner of a post
// given ("a un nouveau directeur", "recrute sa directrice financière", "se dote d'un DRH"). An
// apposition describing the house ("C, le syndicat régional : X, R") announces none.
const POST_DETERMINERS = new Set(
  "un une son sa leur nouveau nouvel nouvelle futur future prochain prochaine".split(" "),
);
function announcesAPost(rest: string): boolean {
  const words = rest.split(/[\s'’]+/u).map(foldWord);
  return words.some(
    (word, i) =>
      i > 0 &&
      POST_DETERMINERS.has(words[i - 1]!) &&
      (TITLE_HEAD_VOCABULARY.has(word) || TITLE_ACRONYMS.includes(word)),
  );
}

// "C : X, directeur industriel.", "C : X à la direction générale": the post in apposition, alone
// up to the headline's end, or the charge taken after "à"; a second mover of the same house may
// follow ("C : A à la présidence ; B, directrice de la filature", "C : A à la présidence, B au
// secrétariat général"), told as a second sentence of its own.
function tellPostOf(label: string, opening: string, after: string, wholeLabel: boolean): string | null {
  // "C : X, 34 ans, responsable des ventes": the age said between the name and the post
  const age = /^,\s+\d{1,3}\s+ans(?=,)/u.exec(after);
  if (age) after = after.slice(age[0].length);
  // "C : X, 58 ans, entre au conseil d'administration": the board is the label's
  const seat = BOARD_ENTRY.exec(after);
  if (seat) {
    const of = /^[AEIOUYÂÀÉÈÊÎÔ]/u.test(label) ? "d'" : "de ";
    return `${opening} ${seat[1]} au ${seat[2]} ${of}${label}${after.slice(seat[0].length)}`;
  }
  const beforeClause =
    wholeLabel && !APPOSED_POST.test(after) ? APPOSED_POST_BEFORE_CLAUSE.exec(after) : null;
  // "C : X, contrôleuse de gestion, succède à Y comme directrice financière": the clause names the
  // new post itself, so the apposed one is the post held until now, told as such for the sentence
  // reader ("Chez C, X, jusqu'ici contrôleuse de gestion, succède à Y comme …")
  const clause = beforeClause ? after.slice(after.indexOf(",", 1) + 1) : "";
  if (beforeClause && CLAUSE_NAMES_POST.test(clause))
    return `Chez ${label}, ${opening}, jusqu'ici ${after.slice(1).trimStart()}`;
  const apposed = APPOSED_POST.exec(after) ?? beforeClause;
  const charge = apposed ? null : TAKEN_CHARGE.exec(after);
  // "C : X, DAF (ex-A)": a title written as its acronym is one too
  const head = apposed ? foldWord(apposed[1]!) : "";
  if (apposed && !TITLE_HEAD_VOCABULARY.has(head) && !TITLE_ACRONYMS.includes(head)) return null;
  if (!apposed && !charge) return null;
  const post = after.slice((apposed ?? charge)![0].length);
  // the post runs to the headline's end or to the next mover of the same house
  const postEnd = /[.!?]\s|[.!?]?$/u.exec(post)!.index;
  const next = nextMoverAt(post.slice(0, postEnd));
  const told = charge
    ? `Chez ${label}, ${opening} prend ${charge[1] ? "le " : ""}`
    : `Chez ${label}, ${opening} devient `;
  if (next === null) return `${told}${post}`;
  const second = tellPostOf(label, post.slice(next.start, next.end), post.slice(next.end), wholeLabel);
  return second === null ? `${told}${post}` : `${told}${post.slice(0, next.cut)}. ${second}`;
}

const JOINT_BEFORE_MOVER = new RegExp(`\\s*[;,]\\s*(?:et\\s+)?(?:(?:${HONORIFIC}|Pr|Dr|Me)\\.?\\s+)?$`, "u");

// where, in a headline's post, a second mover starts: after ";" or ",", a confident name
function nextMoverAt(post: string): { cut: number; start: number; end: number } | null {
  for (const mention of findPersonMentions(post)) {
    if (!isConfidentPerson(mention)) continue;
    // ("… ; Dr B, R2": a title of courtesy between the joint and the name)
    const joint = JOINT_BEFORE_MOVER.exec(post.slice(0, mention.start));
    if (joint) return { cut: joint.index, start: mention.start, end: mention.end };
  }
  return null;
}

const BOARD_ENTRY =
  /^,?\s+(entre|entrera|fait son entrée|rejoint)\s+(?:au|le)\s+(conseil d['’]administration|conseil de surveillance|directoire)(?=\s*(?:[.;]|$))/u;
// the post in apposition ends the headline or opens an aside in brackets ("C : X, DAF (ex-A)": a
// title written as its acronym is one too)
const APPOSED_POST = /^,\s+(?=([\p{Ll}][\p{L}'’-]*|\p{Lu}{2,5}(?![\p{L}]))[^,;:.!?()]{0,80}(?:\s*[.;(]|$))/u;
// or, after a label that is the house's name alone, comes before a clause of the move itself: "C : X,
// présidente, succède à Y", "C : X, directeur financier, arrive de A", "C : X, DAF, transfuge de A",
// "C : X, directeur général délégué, rejoint le groupe après …" (a post held "depuis" a date is the
// one held until now, and so is a post at a house or place named in it: "C : X, maire de D, succède à Y
// à la présidence")
const APPOSED_POST_BEFORE_CLAUSE =
  /^,\s+(?=([\p{Ll}][\p{L}'’-]*|\p{Lu}{2,5}(?![\p{L}]))(?:(?!depuis)[^,;:.!?()\p{Lu}]){0,80},\s+(?:succède|succédera|remplace|remplacera|arrive|arrivera|rejoint|rejoindra|transfuge|venue?|issue?|promue?)(?![\p{L}]))/u;
// the clause after the apposed post names a post of its own: "succède à Y comme R", "succédera le
// 1er mai à Y au poste de R", "rejoint le groupe en tant que R", "remplace Y à la direction générale"
// (in the clause itself: "remplace Y, partie chez D comme R" tells the post Y takes elsewhere)
const CLAUSE_NAMES_POST =
  /^[^.;:,]*?(?<![\p{L}])(?:comme|en tant qu(?:e\s|['’])|en qualité d(?:e\s|['’])|au poste d(?:e\s|['’])|aux fonctions d(?:e\s|['’])|à la (?:tête|direction|présidence|vice-présidence)(?![\p{L}]))/u;
const TAKEN_CHARGE =
  /^\s+(?:à\s+(?=la\s+(?:direction|présidence|tête|vice-présidence|gérance|coordination)(?![\p{L}]))|(au)\s+(?=secrétariat(?![\p{L}])))/u;

// "C, PDG : X. Il vient de D", "C — directrice générale : X", "C / DAF : X (ex-A)": told as "Chez C,
// X devient R" and what follows the name, when the label's first part names an employer, its second
// opens on a title (lexicon/titles.ts) and a name opens the text after the colon.
function postLabelSentence(paragraph: string): string | null {
  const item = POST_LABEL.exec(paragraph);
  if (!item) return null;
  const [label, post] = [item[1]!.trim(), item[2]!.trim()];
  if (TAG_LABEL.test(foldWord(label))) return null;
  const named = readCompanyAfter(label, 0);
  if (
    !named ||
    named.end !== label.length ||
    !/^(?:(?:Le|La|Les)\s+|L['’])?$/u.test(label.slice(0, named.start))
  )
    return null;
  const head = foldWord(post.split(/\s+/u)[0]!);
  if (!TITLE_HEAD_VOCABULARY.has(head) && !TITLE_ACRONYMS.includes(head)) return null;
  const text = paragraph.slice(item[0].length);
  const before = BEFORE_NAME.exec(text)![0];
  const mention = findPersonMentions(text).find((m) => m.start === before.length);
  if (!mention || (!isConfidentPerson(mention) && !/\s/u.test(mention.text.trim()))) return null;
  // the name ends the headline or an aside follows it ("(ex-A)", ", ex-A", ". Il vient de D")
  const after = text.slice(mention.end);
  if (
    !/^(?:\s*$|\s*\(|\s*[.;]\s|,\s+(?:ex-|ancien|ancienne|jusqu|précédemment|venu|venue|issu|issue|qui|passé|passée)|\s*[.;]$)/u.test(
      after,
    )
  )
    return null;
  return `Chez ${label}, ${text.slice(0, mention.end)} devient ${post}${after}`;
}
