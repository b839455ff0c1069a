// Last tidying of a role read from a clause: what belongs to the sentence, not to the title.
// Each rule is a row with an invented example (tested in test/unit/parse/doubts.test.ts).

export interface RoleTidyRule {
  id: string;
  pattern: RegExp;
  example: [string, string];
}

export const ROLE_TIDY_RULES: readonly RoleTidyRule[] = [
  {
    // "quitte Brindille pour devenir CFO de Vortalis"
    id: "infinitive",
    pattern: /^(?:devenir|être|occuper le poste de|occuper les fonctions de|prendre le poste de)\s+/iu,
    example: ["devenir CFO", "CFO"],
  },
  {
    // adverbials the clause left before the title when it was not masked (sentences.ts maskAsides)
    id: "leading adverbial",
    pattern:
      /^(?:(?:en outre|de justesse|par ailleurs|également|aussi|désormais|officiellement|à nouveau|de nouveau|à la même date|à cette date|à cette occasion|le même jour),?\s+)+/iu,
    example: ["de justesse présidente", "présidente"],
  },
  {
    // "président du conseil et le directeur financier Paul Girard devient …": the next clause
    id: "next clause",
    pattern:
      /\s+(?:et|tandis qu['’]?|alors qu['’]?)\s*(?:le|la|l['’]|les|son|sa|ses)\s+(?:(?:nouvel(?:le)?|nouveau|actuel(?:le)?|ancien(?:ne)?)\s+)?(?:directeur|directrice|président|présidente|responsable|cheffe?|fondat(?:eur|rice)|associée?|secrétaire|trésori(?:er|ère)|DG|PDG|CEO|CFO|COO|CTO)(?![\p{L}]).*$/u,
    example: [
      "président du conseil et le directeur financier Paul Roche devient directeur général",
      "président du conseil",
    ],
  },
];

export function tidyRole(role: string): string {
  let tidy = role;
  for (const rule of ROLE_TIDY_RULES) tidy = tidy.replace(rule.pattern, "");
  tidy = tidy.trim();
  return tidy.length > 0 ? tidy : role;
}
