// "Ferlog nomme Anne Roy directrice commerciale et Marc Lin directeur financier. Elle remplace Luc
// Faure": a succession told through "il" or "elle" after a sentence that moved two people or more
// belongs to the one of the pronoun's gender, not to the one named last (whose stretch of the
// paragraph the succession falls in). When the gender does not tell them apart (two women, two
// names and titles of no known gender), nobody gets the predecessor: a guess would be published as
// a fact, and the paragraph's unread people stay for an editor.

import { allMatches } from "./all-matches.ts";
import { findPredecessor } from "./career.ts";
import { hasFeminineFirstName, hasMasculineFirstName } from "./gender.ts";
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
