// Layouts in which a mover the readers miss went silent (issue 13: what the parser cannot read must
// reach an editor): measured on the development corpora real29–real34, where two thirds of the
// missed movers were in no unread paragraph. Each helper answers for the review queue only; no
// record depends on them.
//   - a name printed surname first, in capitals ("IRIBARNE-SALL Évrard – directeur technique, C"):
//     the editor's candidate is the name as a record spells it, given name first;
//   - a field card or a line whose name runs into the next label ("Qui ? Ornella Roy Quoi ? …"): the
//     run without its label words is the name;
//   - outside the section the finder chose, a block of marked items each naming someone with a title
//     ("▸ ROY Anne – directrice générale, C ▸ …"), and a paragraph opening on a title given to the
//     person it names ("Directrice générale de C depuis mars, Anne Roy a quitté …").

import { allMatches } from "./all-matches.ts";
import { isFrenchWord } from "./french-words.ts";
import { foldWord, TITLE_HEAD_VOCABULARY, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, type PersonMention } from "./mentions.ts";
import { properCaseName } from "./names.ts";
import { splitSentences } from "./sentences.ts";
import { titledNamesIn } from "./titled-names.ts";

const PARTICLE = /^(?:de|du|des|d['’]|la|le|les|van|von|der|den|del|della|di|da|dos|das|LE|LA|DE|DU|DES)$/u;
const IN_CAPITALS = /^(?:\p{Lu}['’])?\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
const PROPER_CASE = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u;
// "9. de VALLOMBREUSE Mehdi": a particle before a surname in capitals, at the start of an item
const PARTICLE_OPENING = /(?:^|[\s(•▸·*–—-]|\d[.)])\s*(de|du|des|d['’]|van|von|LE|LA|DE|DU|DES)\s+$/u;

/**
 * The mention read as a record would spell it, given name first, when it is printed surname first in
 * capitals ("IRIBARNE-SALL Évrard" → "Évrard Iribarne-Sall", "LE HÉNAFF Yannick" → "Yannick Le
 * Hénaff"): read again so, the surname in capitals vouches for it as for "Évrard IRIBARNE-SALL". Any
 * other mention is itself. `before` is the text just before the mention: a particle there ("de
 * VALLOMBREUSE Mehdi") is part of the surname.
 */
export function givenFirstMention(mention: PersonMention, before = ""): PersonMention {
  const words = mention.text.split(/\s+/u).filter(Boolean);
  const at = words.findIndex((word) => !PARTICLE.test(word) && !IN_CAPITALS.test(word));
  if (at < 1 || !words.slice(0, at).some((word) => IN_CAPITALS.test(word))) return mention;
  // (a short word in capitals is more often an acronym: "PUI Hebdo")
  const surname = words.slice(0, at).filter((word) => IN_CAPITALS.test(word));
  if (surname.join("").replace(/[^\p{Lu}]/gu, "").length < 4) return mention;
  if (!words.slice(at).every((word) => PROPER_CASE.test(word))) return mention;
  const particle = PARTICLE_OPENING.exec(before)?.[1];
  const text = [...words.slice(at), ...(particle ? [particle] : []), ...words.slice(0, at)].join(" ");
  const again = findPersonMentions(text).find((other) => other.start === 0 && other.end === text.length);
  const name = properCaseName(text).replace(/(?<=\s)(De|Du|Des|D['’])(?=\s|\p{Lu})/u, (word) =>
    word.toLowerCase(),
  );
  return { ...(again ?? mention), name, start: mention.start, end: mention.end, text: mention.text };
}

/** The name of `givenFirstMention`. */
export const givenNameFirst = (mention: PersonMention, before = ""): string =>
  givenFirstMention(mention, before).name;

/**
 * A mention whose run took in the label words after the name ("Ornella Boisgontier Quoi", "Lazare
 * GILBERTAS Poste"): the same mention without its trailing dictionary words, read again; or the
 * mention itself.
 */
export function withoutTrailingLabels(mention: PersonMention): PersonMention {
  const words = mention.text.split(/\s+/u);
  let keep = words.length;
  while (keep > 2 && isFrenchWord(words[keep - 1]!) && !IN_CAPITALS.test(words[keep - 1]!)) keep--;
  if (keep === words.length) return mention;
  const text = words.slice(0, keep).join(" ");
  const again = findPersonMentions(text).find((other) => other.start === 0 && other.end === text.length);
  return again ? { ...again, start: mention.start, end: mention.start + text.length } : mention;
}

// What opens an item of a list: a bullet, a number ("▸", "•", "3.", "12)"), or at the paragraph's
// start a dash (inside a line, a dash stands between a name and its title: "ROY Anne – DRH, C")
const ITEM_MARKER = /(?:^\s*[–—-]|(?:^|\s)(?:[•▸▪►·*◆■●→✓]|\d{1,2}[.)]))(?=\s)\s+/gu;

/**
 * The people of a paragraph's marked items that are each a name with a title and no verb ("▸
 * PÉCASTAING Malo – directeur artistique, C ▸ …"): a list of movers, when two items at least are so
 * or an item opens on its name (a list printed one item a paragraph).
 */
export function verblessListNames(
  paragraph: string,
  isPersonLike: (mention: PersonMention) => boolean,
): string[] {
  const markers = allMatches(paragraph, ITEM_MARKER);
  const names: string[] = [];
  let opensOnName = false;
  markers.forEach((marker, i) => {
    const from = marker.index + marker[0].length;
    const item = paragraph.slice(from, markers[i + 1]?.index ?? paragraph.length);
    const titled = titledNamesIn(item, isPersonLike)[0];
    if (!titled) return;
    const mention = findPersonMentions(item).find((m) => m.name === titled.name);
    if (!mention) return;
    const before = item.slice(0, mention.start);
    // (the item's first words the name, a particle aside: "▸ de ROY Anne – …")
    opensOnName ||= marker.index === 0 && /^\s*(?:\p{L}{1,3}\s+)?$/u.test(before);
    names.push(
      givenNameFirst(mention, paragraph.slice(Math.max(0, from + mention.start - 12), from + mention.start)),
    );
  });
  return names.length >= 2 || opensOnName ? names : [];
}

// "Directrice générale de C depuis mars, Anne Roy …", "Nommée présidente du directoire de C en
// janvier, Anne Roy …": a title, or an appointment, fronted before the person it belongs to
const FRONTED = /^\s*(?:(?:nommée?|promue?|élue?|recrutée?|appointed|named)\s+)?([\p{L}-]+)/iu;

/** The person a paragraph's first sentence gives a fronted title to, or null. */
export function frontedTitleName(
  paragraph: string,
  isPersonLike: (mention: PersonMention) => boolean,
): string | null {
  const first = splitSentences(paragraph)[0]?.text ?? "";
  const head = FRONTED.exec(first)?.[1] ?? "";
  // (any head of the title vocabulary: "Déléguée générale de C depuis mai, X", "Rédacteur en chef de C")
  const folded = foldWord(head);
  if (!/^\p{Lu}/u.test(head) || !(TITLE_HEADS.has(folded) || TITLE_HEAD_VOCABULARY.has(folded))) return null;
  // the title's phrase ends at the comma before the name
  const mention = findPersonMentions(first).find(
    (m) => isPersonLike(m) && /,\s*$/u.test(first.slice(0, m.start)) && m.start < 200,
  );
  return mention ? givenNameFirst(mention, first.slice(0, mention.start)) : null;
}
