// A successor told without a title of their own ("X lui succède", "X prend sa suite", "le conseil a
// désigné pour lui succéder X", "X a été élue pour lui succéder", "afin de prendre la relève de Y")
// takes the post the one replaced held, when the paragraph states it. The slot reader (slot-reader.ts)
// asks this for a mover whose own clause gives no title; its records are held for review.
//   "Y, directeur d'Amidonor depuis 2011, part …"           the post in apposition (left-post.ts)
//   "Directeur financier de C depuis 2019, Y …"              fronted before the name
//   "Y accepte une offre de D, quittant son poste de R de C" given up by a participle
//   "Après trois mandats à la tête de C, Y passe la main"    a presidency
//   "Y, qui occupait le poste de directeur général"          a bare title, the house the context's
//   "Après vingt ans chez C, Y raccroche. Il y était R"      a bare title at the house "y" points to
// The title agrees with the successor.

import { findPredecessor } from "./career.ts";
import { opensLikeTitle } from "./clause-slots.ts";
import { readCompanyAfter } from "./company-spans.ts";
import { feminineTitle, masculineTitle } from "./gender.ts";
import { postLeftBy as postGivenUpBy } from "./left-post.ts";
import type { PersonMention, Span } from "./mentions.ts";
import { postHeldBy } from "./succession.ts";

export interface ReplacedPost {
  role: string;
  /** The house the post is held at, when the text names it with the post. */
  company: string | null;
}

// ", qui occupait le poste de R", ". Il y était R": the title alone
const BARE_POST_AFTER_NAME =
  /^\s*(?:,\s*qui\s+(?:occupait|occupe)\s+(?:jusqu['’](?:ici|alors)\s+)?(?:le\s+poste|la\s+fonction)\s+d(?:e\s+|['’])|[^.;]{0,120}[.;]\s+(?:Il|Elle)\s+y\s+était\s+)(\p{Ll}[\p{Ll}'’ -]{2,60}?)(?=\s+depuis\s|\s*[,.;]|$)/u;

// "Après vingt ans chez C, Y raccroche. Il y était R": the house "y" points back to
const STAY_BEFORE_NAME = /^\s*Après\s+[^,.;]{1,40}?\s+chez\s+/u;

// a title marked as held long ago, now or to come is not the post given up (as slot-reader.ts reads titles)
const PAST_OR_FUTURE =
  /^(?:ancien|ancienne|ex|actuel|actuelle|futur|future|précédent|précédente)(?![\p{L}])|[\p{So}\p{Cs}]/iu;

function bareTitleOf(told: string, person: string): ReplacedPost | null {
  const at = told.lastIndexOf(person);
  if (at < 0) return null;
  const found = BARE_POST_AFTER_NAME.exec(told.slice(at + person.length));
  const title = found?.[1]?.trim();
  if (!title || !opensLikeTitle(title) || PAST_OR_FUTURE.test(title)) return null;
  if (!/\sy\s+était\s/u.test(found![0])) return { role: title, company: null };
  const sentenceStart = told.slice(0, at).search(/[^.;!?]*$/u);
  const stay = STAY_BEFORE_NAME.exec(told.slice(sentenceStart, at));
  const house = stay ? readCompanyAfter(told, sentenceStart + stay[0].length) : null;
  return house ? { role: title, company: house.text } : null;
}

// "directrice de l'aérodrome de Saint-Ombre" read "directrice de l'aérodrome" at "Saint-Ombre": the
// title cut inside a body its place completes, the place left as the house. Which of the two an
// editor writes as the employer is institution-of-post.ts's to settle on a sentence's own reading; a
// post inherited from another person is not guessed on top of it.
const ENDS_ON_A_BODY = /(?:de l['’]|du|de la)\s*(\p{Ll}[\p{Ll}-]+)$/u;

function splitInsideABody(post: ReplacedPost, text: string): boolean {
  const body = ENDS_ON_A_BODY.exec(post.role)?.[1];
  if (!body || !post.company || /\s/u.test(post.company) || !post.company.includes("-")) return false;
  return text.includes(`${body} de ${post.company}`) || text.includes(`${body} d'${post.company}`);
}

/**
 * The post of the one the mover at `at` (in `sentence` of `masked`, their clause ending at
 * `clauseEnd`) replaces: `antecedent`, the one a pronoun points back to, else the one the sentence
 * names after a succession cue. Null when the text states no post for them.
 */
export function postOfOneReplaced(
  masked: string,
  sentence: Span,
  at: number,
  clauseEnd: number,
  antecedent: PersonMention | null,
  feminine: boolean,
): ReplacedPost | null {
  const named = antecedent ? null : findPredecessor(masked, at, Math.max(clauseEnd, sentence.end));
  const replaced = antecedent ?? named;
  if (!replaced) return null;
  // the one a pronoun points back to was named before; one named by the cue, in the sentence
  const told = masked.slice(0, antecedent ? at : sentence.end);
  const agree = (role: string) => (feminine ? feminineTitle(role) : masculineTitle(role));
  const given = postGivenUpBy(told, replaced.name);
  const post = given
    ? { role: agree(given.role), company: given.company }
    : postHeldBy(masked, replaced.name, antecedent ? at : sentence.end, feminine);
  if (post) return splitInsideABody(post, masked) ? null : post;
  const bare = bareTitleOf(told, replaced.name);
  return bare ? { role: agree(bare.role), company: bare.company } : null;
}
