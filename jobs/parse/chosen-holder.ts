// Posts that fall to someone, the holder after the verb: "la direction des opérations revient à
// X", "au département du Haut-Lizon, la présidence reviendra à X", "le choix s'est porté sur X
// comme directrice financière", "pour la direction générale de C, le choix s'est porté sur X".

import { allMatches } from "./all-matches.ts";
import type { ClauseReading, Match } from "./clause-move.ts";
import { introducedRole, isFemininePerson, leadershipRole, objectAfter } from "./clause-slots.ts";
import type { PersonMention } from "./mentions.ts";
import type { Sentence } from "./sentence.ts";

/**
 * The doubt these rows' records carry until a first-scored corpus shows them reliable: held for
 * review (0.95 - 0.2 = 0.75, under the default auto-publish threshold).
 */
export const NEW_SHAPE = "read by a shape not yet measured on a first-scored corpus";

// the post, opening its clause: "la direction de l'autonomie", "la présidence du conseil"
const POST_IN_CLAUSE = /(?:^|[,:;]\s*|\s)(?:la|sa)\s+(?=(?:direction|présidence)(?![\p{L}]))/giu;

// "la direction de l'autonomie revient à X": the post is the last one named before the verb, in
// the same clause
function postBefore(s: Sentence, verbAt: number, feminine: boolean) {
  const clauseStart = Math.max(0, s.text.slice(0, verbAt).search(/[^,:;]*$/u));
  const opening = allMatches(s.text.slice(clauseStart, verbAt), POST_IN_CLAUSE).at(-1);
  if (!opening) return null;
  return leadershipRole(s.text, clauseStart + opening.index + opening[0].length, verbAt, feminine);
}

// "Pour le remplacer, la direction régionale revient à X": the one replaced is the person the
// pronoun points back to (the paragraph reader's antecedent)
const TO_REPLACE_THEM = /(?<![\p{L}])pour\s+(?:(?:le|la|l['’])\s*remplacer|lui\s+succéder)(?![\p{L}])/iu;
// "…, après le départ de Y": the one who held the post
const AFTER_THE_DEPARTURE = /^[^.;]*?(?<![\p{L}])(?:après|depuis)\s+le\s+départ\s+d(?:e\s+|['’])$/u;

function predecessorOf(s: Sentence, match: Match, person: PersonMention) {
  const named = s.mentions.find(
    (m) => m.start > person.end && AFTER_THE_DEPARTURE.test(s.text.slice(person.end, m.start)),
  );
  return {
    predecessor: named ?? null,
    predecessorIsAntecedent: !named && TO_REPLACE_THEM.test(s.text.slice(0, match.index)),
  };
}

export function readPostFallsTo(s: Sentence, match: Match): ClauseReading[] {
  const person = objectAfter(s.text, s.mentions, match.index + match[0].length);
  if (!person) return [];
  const post = postBefore(s, match.index, isFemininePerson(person, s.text));
  if (!post) return [];
  return [
    {
      person,
      kind: "appointed",
      role: post.role,
      company: post.company,
      ...predecessorOf(s, match, person),
      notes: [NEW_SHAPE, ...post.notes],
    },
  ];
}

// "pour la direction générale de C, le choix s'est porté sur X", "… sur X pour la présidence de C"
const FOR_THE_POST = /(?:^|[\s,])pour\s+(?:la|sa)\s+(?=(?:direction|présidence)(?![\p{L}]))/iu;

export function readChoiceFallsOn(s: Sentence, match: Match): ClauseReading[] {
  const { text: sentence, mentions } = s;
  const person = objectAfter(sentence, mentions, match.index + match[0].length);
  if (!person) return [];
  const feminine = isFemininePerson(person, sentence);
  const introduced = introducedRole(sentence, mentions, person.end);
  let role = introduced
    ? { role: introduced.role, company: introduced.company, notes: [] as string[] }
    : null;
  if (!role) {
    const after = FOR_THE_POST.exec(sentence.slice(person.end));
    const before = FOR_THE_POST.exec(sentence.slice(0, match.index));
    const post = after
      ? leadershipRole(sentence, person.end + after.index + after[0].length, sentence.length, feminine)
      : before
        ? leadershipRole(sentence, before.index + before[0].length, match.index, feminine)
        : null;
    if (post) role = { role: post.role, company: post.company, notes: post.notes };
  }
  return [
    {
      person,
      kind: "appointed",
      role: role?.role ?? null,
      company: role?.company ?? null,
      ...predecessorOf(s, match, person),
      notes: [NEW_SHAPE, ...(role?.notes ?? [])],
    },
  ];
}
