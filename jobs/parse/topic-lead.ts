// "Changement de cap pour X : la directrice des relations publiques de l'interprofession rejoint C
// au même poste", "Nouveau défi pour X : le directeur financier de A devient …": a lead-in names the
// person, then the clause after the colon calls them by their title. The item is written out as the
// sentence it stands for ("X, directrice des relations publiques de l'interprofession, rejoint C au
// même poste"), for the sentence model to read the title as the post held until now.

import { foldWord, TITLE_HEADS } from "./lexicon.ts";
import { findPersonMentions, isConfidentPerson } from "./mentions.ts";

// a short lead-in that ends on "pour", no sentence inside it
const LEAD = /^[^:.!?;\n]{3,60}?\spour\s+$/u;
// ": la directrice … de A rejoint", ": le directeur général de A devient": the title, then the verb
const TITLED_CLAUSE =
  /^\s*:\s*(?:la|le|l['’])\s*(?<title>\p{Ll}[^,;:.!?()]{2,100}?)\s+(?<verb>(?:rejoint|rejoindra|devient|deviendra|prend|prendra|passe|passera|est nommée?|sera nommée?|est promue?)(?![\p{L}]))/u;

/** The item with its titled subject written out as the person the lead-in names, when it has one. */
export function withTopicSubject(text: string): string {
  if (!/\spour\s/u.test(text) || !text.includes(":")) return text;
  const person = findPersonMentions(text.slice(0, 160)).find(
    (m) => LEAD.test(text.slice(0, m.start)) && isConfidentPerson(m),
  );
  if (!person) return text;
  const clause = TITLED_CLAUSE.exec(text.slice(person.end));
  if (!clause) return text;
  const title = clause.groups!.title!;
  if (!TITLE_HEADS.has(foldWord(title.split(/[\s'’-]/u)[0]!))) return text;
  const rest = text.slice(person.end + clause[0].length - clause.groups!.verb!.length);
  return `${person.name}, ${title}, ${rest}`;
}
