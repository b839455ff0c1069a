// First-person posts quoted with their author, the way newsletters relay LinkedIn: "« Je suis heureuse
// de rejoindre C en tant que R après 8 ans chez D » — Anne Roy, sur LinkedIn", "« Nouveau poste : R
// chez C » Posté par Marc Lin", "« Ravi d'annoncer ma nomination au poste de R de C » (Paul Durand,
// LinkedIn, il y a 3 jours)". The author is the mover and "je" stands for them; the post is told
// again in the third person ("Anne Roy rejoint C en tant que R après 8 ans chez D.") for the sentence
// model, and only the author's move is kept: anyone else the post names ("je succède à Y", "merci à
// Z") is at most the one replaced, never a mover of their own. The employer left is "chez D" after
// "après N ans", or the house whose colleagues the author thanks "pour ces années"; "même maison" or
// "la maison où je suis entré(e)" says the move is a promotion.

import { hasFeminineFirstName } from "./gender.ts";
import { FIRST_NAMES, foldWord, HONORIFIC } from "./lexicon.ts";
import { personMentionAtStart } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";
import { NOTES, note } from "./notes.ts";
import type { DraftMove } from "./paragraph.ts";

const LEADING_HONORIFIC = new RegExp(`^(?:${HONORIFIC})\\s+`, "u");

export interface FirstPersonPost {
  author: string;
  /** The post told in the third person, the author named in its first sentence. */
  sentences: string;
  /** "Nouveau poste, même maison", "la maison où je suis entré": a promotion in the house. */
  inHouse: boolean;
  /** Houses the post says the author leaves: "merci à mes collègues de D pour ces années". */
  left: string[];
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|d['’]\p{Lu}[\p{L}'’-]*|de|du|des|la|le|van|von|da|di|el|ben)`;
const NAME = String.raw`(?:(?:${HONORIFIC})\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORD}){1,5}`;
const NETWORK = "(?:LinkedIn|Linkedin|X|Twitter|Instagram|Facebook|Bluesky|Threads|Mastodon)";

// where the author is named after the post: "— X, sur LinkedIn", "Posté par X", "(X, LinkedIn, il y a
// 3 jours)", "Publié par X sur LinkedIn"
const AUTHOR_AFTER = [
  new RegExp(
    String.raw`^[—–―-]\s*(${NAME})\s*(?:,\s*(?:sur|via)\s+${NETWORK}.*|\(${NETWORK}\).*|,.*)?$`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:Posté|Postée|Publié|Publiée|Partagé|Partagée|Écrit|Écrite)\s+par\s+(${NAME})(?:\s*(?:,|sur|via)\s*.*)?$`,
    "u",
  ),
  new RegExp(String.raw`^\(\s*(${NAME})\s*,\s*(?:sur\s+)?${NETWORK}\b[^()]*\)$`, "u"),
];
/** A line that names a quoted post's author: "— X, sur LinkedIn", "Posté par X", "(X, LinkedIn, hier)". */
export function isAuthorLine(line: string): boolean {
  const text = line.trim();
  return AUTHOR_AFTER.some((pattern) => {
    const found = pattern.exec(text);
    return found !== null && authorName(found[1]!) !== null;
  });
}

// where the author is named before it: "X, sur LinkedIn : « … »", "X (LinkedIn) : « … »"
const AUTHOR_BEFORE = new RegExp(
  String.raw`^(?:Sur\s+${NETWORK},\s*)?(${NAME})\s*(?:,\s*(?:sur|via)\s+${NETWORK}|\((?:sur\s+)?${NETWORK}\)|\s+(?:sur|via)\s+${NETWORK})\s*(?:écrit|annonce|publie|partage)?\s*:\s*$`,
  "u",
);
const QUOTED = /^\s*[«“"]\s*([\s\S]+?)\s*[»”"]\s*/u;

// the author's name as a mention, when the words read as one (a first name the lexicon knows, or a
// surname in capitals), else the words as they stand when they are two to five capitalised words
function authorName(words: string): string | null {
  const text = words.replace(LEADING_HONORIFIC, "").trim();
  const mention = personMentionAtStart(text);
  if (mention && text.slice(mention.end).trim() === "") return text;
  if (mention) return text.slice(0, mention.end).trim();
  const first = foldWord(text.split(/\s+/u)[0]!.split("-")[0]!);
  return FIRST_NAMES.has(first) ? text : null;
}

/** The post and its author, when the paragraph is a quoted post with its author named. */
function splitPost(paragraph: string): { author: string; body: string } | null {
  const text = paragraph.trim();
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const after = text.slice(quoted[0].length).trim();
    for (const pattern of AUTHOR_AFTER) {
      const found = pattern.exec(after);
      const author = found ? authorName(found[1]!) : null;
      if (author) return { author, body: quoted[1]! };
    }
    return null;
  }
  const open = text.search(/[«“"]/u);
  if (open <= 0) return null;
  const before = AUTHOR_BEFORE.exec(text.slice(0, open).trim());
  const rest = QUOTED.exec(text.slice(open));
  if (!before || !rest || text.slice(open + rest[0].length).trim()) return null;
  const author = authorName(before[1]!);
  return author ? { author, body: rest[1]! } : null;
}

// "je rejoins" → "rejoint": the verbs of a move in the first person, and their third person
const VERBS: readonly [RegExp, string][] = [
  [/^(?:je\s+)?suis\s+(nommée?|promue?|élue?|recrutée?|choisie?)/iu, "est $1"],
  [/^(?:j['’]\s*)?ai\s+été\s+(nommée?|promue?|élue?|recrutée?|choisie?)/iu, "a été $1"],
  [/^(?:j['’]\s*)?ai\s+(rejoint|intégré|pris)/iu, "a $1"],
  [/^(?:je\s+)?rejoins/iu, "rejoint"],
  [/^(?:je\s+)?rejoindrai/iu, "rejoindra"],
  [/^(?:je\s+)?deviens/iu, "devient"],
  [/^(?:je\s+)?deviendrai/iu, "deviendra"],
  [/^(?:je\s+)?quitte/iu, "quitte"],
  [/^(?:je\s+)?succède/iu, "succède"],
  [/^(?:je\s+)?succéderai/iu, "succédera"],
  [/^(?:je\s+)?prends/iu, "prend"],
  [/^(?:je\s+)?prendrai/iu, "prendra"],
  [/^(?:je\s+)?reprends/iu, "reprend"],
  [/^(?:j['’]\s*)?intègre/iu, "intègre"],
  [/^(?:j['’]\s*)?intégrerai/iu, "intégrera"],
];

// "Je suis heureuse de", "Ravi d'", "Très fier de", "Fière d'annoncer que": the pleased opening of a
// post, before the infinitive that tells the move
const PLEASED =
  /(?:^|(?<=[\s,:]))(?:(?:je\s+suis|très|tellement|si)\s+)*(?:heureu(?:x|se)|ravie?|fière?|fier|honorée?|enchantée?|contente?|fiers|fières)\s+(?:de\s+|d['’])(?:vous\s+)?(?:(?:annoncer|partager|vous\s+annoncer|vous\s+informer)\s+(?:que\s+|qu['’]))?/iu;
// the infinitive after the opening, told in the third person
const INFINITIVES: readonly [RegExp, string][] = [
  [/^rejoindre\s+/iu, "rejoint "],
  [/^intégrer\s+/iu, "intègre "],
  [/^avoir\s+été\s+(nommée?|promue?|élue?|recrutée?|choisie?)/iu, "a été $1"],
  [/^avoir\s+rejoint\s+/iu, "a rejoint "],
  [/^prendre\s+/iu, "prend "],
  [
    /^(?:annoncer|partager|vous\s+annoncer)\s+ma\s+promotion\s+(?:au\s+poste\s+d[e']\s*|en\s+tant\s+que\s+|comme\s+)/iu,
    "est $P ",
  ],
  [
    /^(?:annoncer|partager|vous\s+annoncer)\s+ma\s+(?:nomination|prise de poste)\s+(?:au\s+poste\s+d[e']\s*|en\s+tant\s+que\s+|comme\s+)/iu,
    "est $N ",
  ],
  [
    /^(?:annoncer|partager|vous\s+annoncer)\s+mon\s+arrivée\s+(?:chez\s+|à\s+|au\s+sein\s+d[e']\s*)/iu,
    "rejoint ",
  ],
];

// "Nouveau poste : R chez C", "Nouveau poste, même maison : …", "New job:": a post opening on the news
const NEW_POST =
  /^(?:nouveau\s+(?:poste|job|rôle|challenge|défi|départ)|nouvelle\s+(?:aventure|fonction|mission|étape)|new\s+(?:job|role|position))\s*(,\s*(?:même|meme)\s+(?:maison|entreprise|boîte|société|structure)\s*)?(?:!|:|—|–)\s*/iu;
const IN_HOUSE_ENTRY =
  /,?\s*(?:la|une)\s+(?:maison|entreprise|société|structure|équipe)\s+(?:où|que)\s+(?:je\s+suis\s+entrée?|j['’]ai\s+(?:rejoint|intégré))[^.!?]*/iu;
// "après quatre ans comme chargée d'affaires," before "je deviens": the post held in the same house
const EARLIER_TITLE_IN_HOUSE =
  /^après\s+[\p{L}\d]+\s+(?:ans|années)\s+(?:comme|en\s+tant\s+que)\s+[^,]+,\s*/iu;
const THANKS_LEFT =
  /(?:^|\s)merci\s+à\s+(?:tous\s+|toutes\s+)?(?:mes|mes\s+ancien(?:ne)?s|toute\s+l['’]équipe|l['’]équipe)\s*(?:collègues|équipes|camarades)?\s+(?:de\s+|d['’]|chez\s+)(\p{Lu}[^,.!?;]*?)\s+pour\s+(?:ces|toutes\s+ces|les)\s+(?:\p{L}+\s+)?années/iu;
// "Avant cela, D m'avait mis le pied à l'étrier", "J'ai fait mes armes chez D": an earlier house
const EARLIER_HOUSE = [
  /^avant\s+(?:cela|ça|ceci)\s*,\s*(\p{Lu}[^,.;!?]*?)\s+m['’]\s*(?:avait|a)\s/iu,
  /(?<![\p{L}])j['’]\s*ai\s+(?:passé\s+[^.;!?]*?|fait\s+mes\s+(?:armes|classes|débuts)|débuté|commencé)\s+chez\s+(\p{Lu}[^,.;!?]*)/iu,
];
const YEARS_AT =
  /(?:^|\s)après\s+[\p{L}\d-]+\s+(?:\p{L}+\s+)?(?:ans|années)\s+chez\s+(\p{Lu}[^,.;!?]*?)\s*(?:,|$)/iu;
const DROPPED = [
  /^une\s+page\s+se\s+tourne\s*[:!,.]\s*/iu,
  /^(?:nouveau\s+chapitre|hâte\s+de\s+commencer|c['’]est\s+parti|let['’]s\s+go)\s*[!.]*\s*/iu,
];
const FIRST_PERSON_LEFT = /(?<![\p{L}])(?:je|j['’]|me|m['’]|moi|mon|ma|mes)(?![\p{L}])/iu;
const FEMININE_FORM =
  /(?<![\p{L}])(?:heureuse|ravie|fière|honorée|enchantée|contente|nommée|promue|élue|recrutée|choisie|entrée)(?![\p{L}])/iu;

function thirdPerson(sentence: string, name: string, feminine: boolean): string | null {
  let text = sentence.trim();
  // "Après dix ans chez D, elle succède à Y": a pronoun inside the sentence is written in lower case
  const subjectAt = (at: number) => (at > 0 && /^(?:Il|Elle)$/u.test(name) ? name.toLowerCase() : name);
  for (const dropped of DROPPED) text = text.replace(dropped, "");
  text = text.replace(/,?\s*que\s+je\s+remercie(?:\s+[^.!?]*)?/iu, "");
  text = text.replace(IN_HOUSE_ENTRY, "");
  if (!text) return null;
  const nominated = feminine ? "nommée" : "nommé";
  const news = NEW_POST.exec(text);
  if (news) {
    text = text.slice(news[0].length).replace(EARLIER_TITLE_IN_HOUSE, "");
    // "Nouveau poste : directrice artistique chez C": a title straight after the news
    if (!/^(?:je|j['’]|après|avant)(?![\p{L}])/iu.test(text)) return `${name} est ${nominated} ${text}`;
  }
  text = text.replace(/rejoindre\s+l['’]équipe\s+(?:de\s+|d['’])/iu, "rejoindre ");
  const pleased = PLEASED.exec(text);
  if (pleased) {
    const after = text.slice(pleased.index + pleased[0].length);
    for (const [infinitive, third] of INFINITIVES) {
      const found = infinitive.exec(after);
      if (!found) continue;
      const said = found[0].replace(
        infinitive,
        third.replace("$N", nominated).replace("$P", feminine ? "promue" : "promu"),
      );
      return `${text.slice(0, pleased.index)}${subjectAt(pleased.index)} ${said}${after.slice(found[0].length)}`.replace(
        /^\s+/u,
        "",
      );
    }
    text = `${text.slice(0, pleased.index)}${after}`;
  }
  // "je rejoins", "j'ai été nommée": the first verb of the author
  const pronoun = /(?<![\p{L}])(?:je\s+|j['’]\s*)(?=\p{L})/iu.exec(text);
  if (!pronoun) return null;
  const rest = text.slice(pronoun.index);
  for (const [verb, third] of VERBS) {
    const found = verb.exec(rest);
    if (found)
      return `${text.slice(0, pronoun.index)}${subjectAt(pronoun.index)} ${found[0].replace(verb, third)}${rest.slice(found[0].length)}`;
  }
  return null;
}

// a post's sentences: split at a full stop, "!" or "?" before a capital, and at an emoji
function postSentences(body: string): string[] {
  return body
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ". ")
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}«"])|\.\s*\.\s*/u)
    .map((sentence) => sentence.replace(/[.!?…\s]+$/u, "").trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * The author's move as third-person sentences, when the paragraph is a quoted post with its author
 * named and at least one of its sentences tells the author's move.
 */
export function readFirstPersonPost(paragraph: string): FirstPersonPost | null {
  const post = splitPost(paragraph);
  if (!post) return null;
  const feminine = FEMININE_FORM.test(post.body) || hasFeminineFirstName({ name: post.author });
  const told: string[] = [];
  const left: string[] = [];
  const inHouse =
    /(?:même|meme)\s+(?:maison|entreprise|boîte|société|structure)/iu.test(post.body) ||
    IN_HOUSE_ENTRY.test(post.body);
  for (const sentence of postSentences(post.body)) {
    const earlier = EARLIER_HOUSE.map((pattern) => pattern.exec(sentence)).find((found) => found);
    if (earlier) {
      left.push(earlier[1]!.trim());
      continue;
    }
    const thanks = THANKS_LEFT.exec(sentence) ?? YEARS_AT.exec(sentence);
    if (thanks && THANKS_LEFT.test(sentence)) {
      left.push(thanks[1]!.trim());
      continue;
    }
    const said = thirdPerson(sentence, told.length === 0 ? post.author : feminine ? "Elle" : "Il", feminine);
    // a sentence still in the first person once its verb is told ("que je remercie" aside) is read
    // for nothing: it would lend its "je" to no one
    if (said && !FIRST_PERSON_LEFT.test(said)) told.push(`${said.replace(/[.!?…\s]+$/u, "")}.`);
    // "Après neuf belles années chez D, place à une nouvelle aventure": the house left, told alone
    else if (thanks) left.push(thanks[1]!.trim());
  }
  if (told.length === 0) return null;
  return { author: post.author, sentences: told.join(" "), inHouse, left };
}

// the title a post's sentence states after its verb ("comme R", "au poste de R", "est nommée R", "a
// été élu R"), up to its employer ("chez C", "de C" with a capital), "après" or the sentence's end
const STATED_TITLE =
  /(?:comme|en tant que|au poste d[e']|est nommée?|a été (?:élue?|nommée?|promue?)|devient)\s+(\p{Ll}.*?)(?=\s+(?:chez|après|au sein d)\s|\s+(?:de|du|des)\s+\p{Lu}|\s+d['’]\s*\p{Lu}|[,.;]|$)/u;

/**
 * The author's move only, settled on what the post says outright: anyone else the sentences name
 * (the one replaced, a colleague thanked) gives no record; "même maison" makes a promotion, and the
 * houses thanked "pour ces années" are left. A title cut short at a lower-case complement ("responsable
 * du sous-titrage" read as "responsable") is given back its end.
 */
export function settlePostMoves(drafts: DraftMove[], post: FirstPersonPost): void {
  const author = personKey(post.author);
  for (let i = drafts.length - 1; i >= 0; i--)
    if (personKey(drafts[i]!.person) !== author) drafts.splice(i, 1);
  const stated = STATED_TITLE.exec(post.sentences)?.[1]?.trim();
  for (const draft of drafts) {
    if (post.inHouse) {
      draft.kind = "promoted";
      draft.previous_companies = [];
    } else if (post.left.length > 0) {
      const left = post.left.filter((name) => companyKey(name) !== companyKey(draft.company));
      draft.previous_companies = [...new Set([...draft.previous_companies, ...left])];
      if (left.length > 0 && draft.kind === "appointed") draft.kind = "joined";
    }
    if (
      stated &&
      draft.role &&
      stated.startsWith(`${draft.role} `) &&
      /^\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?\p{Ll}/u.test(stated.slice(draft.role.length))
    )
      draft.role = stated;
    draft.reasons.push(note(NOTES.readFromFirstPersonPost));
    // "je deviens cheffe de projet prévention des TMS à la caisse régionale de …": an employer's
    // introducer right after the house read says the reading took a complement of the title for it
    const at = draft.company ? post.sentences.indexOf(draft.company) : -1;
    if (at >= 0 && EMPLOYER_AFTER.test(post.sentences.slice(at + draft.company.length)))
      draft.reasons.push(note(NOTES.employerNamedAfterPost));
  }
}

const EMPLOYER_AFTER =
  /^\s+(?:à\s+la|à\s+l['’]|au|aux|chez|au\s+sein\s+d(?:e|u|es)?)\s(?!(?:poste|rôle|titre|fonctions?|mission)\b)/u;
