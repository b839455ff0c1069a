// Spans a clause reader may hand back as the employer that no employer can be, whatever shape read
// them: a person the paragraph names ("en remplacement de Jean-Michel Ortolan", "depuis le départ de
// Fabrice Mollard"), or a common noun capitalised by convention after an article, the portfolio or
// body a title names ("ministre de l'Intérieur", "directeur des Français de l'étranger",
// "ambassadrice de la République", "secrétaire d'État à la Justice"). Such a span is dropped and the
// employer is read from the context instead (implicit-company.ts), as when the clause names none.

import { isFrenchWord } from "./french-words.ts";
import { findPersonMentions } from "./mentions.ts";
import { companyKey, personKey } from "./names.ts";

// A lower-case article right before the word: a proper name takes a capitalised article of its own
// ("La Poste", "Le Chêne") or none ("chez Tempo", "d'Azimut"); "d'État" is a fixed complement.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:de la|de l['’]|des|du|au|aux|à la|à l['’]|la|le|les|l['’])\s*$/u;
const STATE_AFTER_D = /(?:^|[^\p{L}])d['’]\s*$/u;
// What may follow the word when it ends the span: the clause goes on. An adjective or a complement
// after it ("la Direction interministérielle des …", "du Service public du Lorvois") would make
// it the head of a longer name, which the issue's later steps read whole.
const CLAUSE_GOES_ON =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:a|à|au|aux|en|et|est|sont|ont|sera|qui|que|dont|où|pour|par|sur|avec|dans|depuis|le|la|les|un|une|l['’])(?![\p{L}]))/u;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A person the paragraph names with a first name the parser knows. */
function namesPerson(company: string, paragraph: string): boolean {
  const key = personKey(company);
  return findPersonMentions(paragraph).some(
    (mention) => mention.knownFirstName && personKey(mention.name) === key,
  );
}

/** A one-word common noun that the paragraph only ever writes after a lower-case article. */
function commonNounAfterArticle(company: string, paragraph: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(company) || !isFrenchWord(company)) return false;
  const occurrences = [
    ...paragraph.matchAll(new RegExp(`(?<![\\p{L}-])${escaped(company)}(?![\\p{L}'’-])`, "gu")),
  ];
  return (
    occurrences.length > 0 &&
    occurrences.every((match) => {
      const before = paragraph.slice(Math.max(0, match.index - 8), match.index);
      return (
        (ARTICLE_BEFORE.test(before) || (company === "État" && STATE_AFTER_D.test(before))) &&
        CLAUSE_GOES_ON.test(paragraph.slice(match.index + company.length))
      );
    })
  );
}

/** Whether `company`, read as a record's employer from `paragraph`, cannot be one. */
export function isNoEmployer(company: string, paragraph: string): boolean {
  return (
    companyKey(company) === "" ||
    namesPerson(company, paragraph) ||
    commonNounAfterArticle(company, paragraph)
  );
}
