// "Ferlog nomme Anne Roy directrice commerciale et Marc Lin directeur financier. Elle remplace Luc
// Faure": a succession told through "il" or "elle" after a sentence that moved two people or more
// belongs to the one of the pronoun's gender, not to the one named last (whose stretch of the
// paragraph the succession falls in). When the gender does not tell them apart (two women, two
// names and titles of no known gender), nobody gets the predecessor: a guess would be published as
// a fact, and the paragraph's unread people stay for an editor.

import { allMatches } from "./all-matches.ts";
import { findPredecessor } from "./career.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
import { findPersonMentions } from "./mentions.ts";
import { personKey } from "./names.ts";
import { splitSentences } from "./sentences.ts";

/** What this pass reads and writes of a paragraph's records (paragraph.ts DraftMove). */
export interface SuccessionDraft {
  person: string;
  role: string;
  predecessor: string | null;
  /** Where the person's name starts in the paragraph. */
  position: number;
}

type Gender = "feminine" | "masculine" | "unknown";

// the pronoun opening its sentence (or the clause after a semicolon or a colon), then the verb of a
// succession; "Il lui succède" names the one replaced by a pronoun, read elsewhere (succession.ts)
const PRONOUN_SUCCESSION =
  /(?<=^|[.;:!?]\s+)(Il|Elle|il|elle)\s+(?:y\s+)?(?:succède|succédera|a succédé|remplace|remplacera|a remplacé|prend la (?:place|suite|relève)|prendra la (?:place|suite|relève))(?![\p{L}])/gu;

// "directrice", "présidente", "cheffe", "responsable adjointe": the title's first word, or the
// adjective of a title said of both ("secrétaire générale")
const FEMININE_TITLE = /^(?:\p{L}+(?:trice|ière|ente|ante|euse|esse|ée)|cheffe|déléguée|adjointe)$/u;
const MASCULINE_TITLE = /^(?:\p{L}+(?:teur|ier|ent|ant|eur|é)|chef|délégué|adjoint)$/u;
const EPICENE_TITLE =
  /^(?:responsable|secrétaire|trésorier|membre|juriste|architecte|comptable|cadre|manager)$/u;

function genderOf(draft: SuccessionDraft): Gender {
  if (hasFeminineFirstName({ name: draft.person })) return "feminine";
  if (hasMasculineFirstName({ name: draft.person })) return "masculine";
  const [title = "", adjective = ""] = draft.role.toLowerCase().split(/\s+/u);
  const word = EPICENE_TITLE.test(title) ? adjective : title;
  if (FEMININE_TITLE.test(word)) return "feminine";
  if (MASCULINE_TITLE.test(word)) return "masculine";
  return "unknown";
}

export function bindPronounSuccessions(drafts: SuccessionDraft[], text: string): void {
  if (drafts.length < 2) return;
  const sentences = splitSentences(text);
  for (const cue of allMatches(text, PRONOUN_SUCCESSION)) {
    const own = sentences.findIndex((s) => s.start <= cue.index && cue.index < s.end);
    if (own < 1) continue;
    const previous = sentences[own - 1]!;
    const replaced = findPredecessor(text, cue.index, sentences[own]!.end);
    if (!replaced) continue;
    const movers = drafts.filter((d) => d.position >= previous.start && d.position < previous.end);
    if (movers.length < 2) continue;
    const wanted: Gender = /^[Ee]/u.test(cue[1]!) ? "feminine" : "masculine";
    const fitting = movers.filter((d) => genderOf(d) === wanted || genderOf(d) === "unknown");
    const chosen = fitting.length === 1 ? fitting[0]! : null;
    const key = personKey(replaced.name);
    for (const draft of movers)
      if (draft !== chosen && draft.predecessor && personKey(draft.predecessor) === key)
        draft.predecessor = null;
    if (chosen && !chosen.predecessor && personKey(chosen.person) !== key) chosen.predecessor = replaced.name;
  }
}

// "Anne Roy est élue présidente de C. Luc Faure, président depuis 2012, lui cède sa place": the one
// who yields names the one they yield to by a pronoun; the subject of the yielding sentence is the
// predecessor of the sentence before's only mover (with two movers there, "lui" tells no one)
const YIELDS_TO_PRONOUN =
  /(?<![\p{L}])lui\s+(?:cède|a cédé|cédera|cèdera|laisse|a laissé|laissera|passe|a passé|passera|transmet|a transmis|transmettra)\s+(?:sa place|son fauteuil|son siège|son poste|le relais|la main|le flambeau|le témoin|les rênes)(?![\p{L}])/gu;

export function bindYieldedPlaces(drafts: SuccessionDraft[], text: string): void {
  if (drafts.length === 0) return;
  const sentences = splitSentences(text);
  for (const cue of allMatches(text, YIELDS_TO_PRONOUN)) {
    const own = sentences.findIndex((s) => s.start <= cue.index && cue.index < s.end);
    if (own < 1) continue;
    const sentence = sentences[own]!;
    // the yielder is the sentence's first person, named before the pronoun
    const yielder = findPersonMentions(text.slice(sentence.start, cue.index))[0];
    if (!yielder) continue;
    const previous = sentences[own - 1]!;
    const movers = drafts.filter((d) => d.position >= previous.start && d.position < previous.end);
    if (movers.length !== 1) continue;
    const mover = movers[0]!;
    if (mover.predecessor || personKey(mover.person) === personKey(yielder.name)) continue;
    // the yielder read as a mover of their own is someone else's story ("X lui cède sa place et rejoint D")
    if (drafts.some((d) => personKey(d.person) === personKey(yielder.name))) continue;
    mover.predecessor = yielder.name;
  }
  // "X prend la gérance, que lui cède son père Y": the one who yields named after the verb, the
  // sentence's only mover before it
  for (const cue of allMatches(text, YIELDED_BY)) {
    const sentence = sentences.find((s) => s.start <= cue.index && cue.index < s.end);
    if (!sentence) continue;
    const at = cue.index + cue[0].length;
    const yielder = findPersonMentions(text.slice(at, sentence.end))[0];
    if (!yielder || text.slice(at, at + yielder.start).trim() !== "") continue;
    const movers = drafts.filter((d) => d.position >= sentence.start && d.position < cue.index);
    if (movers.length !== 1 || movers[0]!.predecessor) continue;
    if (personKey(movers[0]!.person) === personKey(yielder.name)) continue;
    movers[0]!.predecessor = yielder.name;
  }
}

const YIELDED_BY =
  /(?<![\p{L}])qu(?:e\s+|['’])lui\s+(?:cède|a cédé|cédera|laisse|a laissé|laissera|transmet|a transmis|transmettra)\s+(?:(?:son|sa|leur)\s+\p{Ll}+\s+)?/gu;
