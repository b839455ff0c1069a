// The one rule table that classifies a job title. Rules are tried in order and the first match
// wins, so the more specific rules come first ("General Manager" before "manager",
// "directeur général adjoint" before "directeur général"; marketing before tech so that
// "responsable marketing digital" is marketing). Patterns run on the title folded to
// lower case without accents. The French labels the site shows live with the values, in
// shared/vocabulary.ts.

import type { JobFunction, Seniority } from "../../shared/vocabulary.ts";
import { foldWord } from "./lexicon.ts";

export type { JobFunction, Seniority };

export interface RoleRule<T extends string> {
  value: T;
  patterns: readonly RegExp[];
}

export const SENIORITY_RULES: readonly RoleRule<Seniority>[] = [
  {
    value: "vp",
    patterns: [
      /\b(?:s|e|a)?vp\b/,
      /\bvice[- ]pr[ea]sident/,
      /\bdirect(?:eur|rice)s? generale? adjointe?\b/,
      /\bdga\b/,
      /\bdeputy (?:ceo|managing director|general manager)\b/,
    ],
  },
  {
    value: "c_level",
    patterns: [
      /\bchief\b.*\bofficer\b/,
      /\b(?:ceo|cfo|coo|cto|cmo|cio|cdo|cpo|cro|cso|cco|cxo|chro|ciso)\b/,
      /\b(?:pdg|dg|daf|drh|dsi)\b/, // French CFO (DAF) and CHRO (DRH) sit on the executive committee
      /\b(?:co-?)?pr[ea]sident(?:e)?\b/,
      /\bbatonni(?:er|ere)\b/, // the elected head of a bar
      /\b(?:co-?)?direct(?:eur|rice)s? generale?s?\b/, // "codirecteur général": one of two at the head
      /\bdirect(?:eur|rice) administrati(?:f|ve) et financi(?:er|ere)\b/,
      /\bgeneral manager\b/,
      /\bmanaging (?:director|partner)\b/,
      /\bassociee? gerante?\b/,
      /\b(?:co-?)?fondat(?:eur|rice)\b/,
      /\b(?:co-?)?founder\b/,
      /\bsecretaire generale?\b/,
      // a theatre's, a school's or a public body's executive head, not a seat on a board
      /\badministrat(?:eur|rice) generale?\b/,
    ],
  },
  {
    value: "director",
    // "General Counsel": the head of legal affairs, as English-speaking houses name the post
    patterns: [
      // "codirectrice", "co-directeur artistique": one of two holders of a direction
      /\b(?:co-?)?direct(?:eur|rice)s?\b/,
      /\bdirector\b/,
      /\bassociee?s?\b/,
      /\bpartner\b/,
      /\bgeneral counsel\b/,
    ],
  },
  {
    value: "head",
    patterns: [
      /\bhead\b/,
      /\bresponsable\b/,
      /\blead\b/,
      /\bredact(?:eur|rice)s? en chef\b/, // the newsroom's head
      // "chef du pôle manèges", "cheffe de l'atelier peinture": the unit named with its article
      /\bchef(?:fe)? (?:de |du |de la |de l'|d')?(?:departement|service|pole|atelier|unite|division|bureau)\b/,
    ],
  },
  {
    value: "manager",
    patterns: [/\bmanager\b/, /\bchef(?:fe)? de (?:projet|produit|publicite|groupe)\b/, /\bsuperviseu?r/],
  },
];

export const FUNCTION_RULES: readonly RoleRule<JobFunction>[] = [
  {
    // First: a legal title names its function outright, and recruiters for lawyers search for it
    // ("directrice juridique et conformité" is legal, not the finance that compliance alone means).
    // Migration 0026 classifies the directory's existing titles with the same words: keep them equal.
    value: "legal",
    patterns: [/\bjuridiques?\b/, /\blegal\b/, /\bcounsel\b/, /\bjuristes?\b/, /\bavocate?s?\b/],
  },
  {
    value: "finance",
    patterns: [
      /\bfinanc/,
      /\b(?:cfo|daf)\b/,
      /\bcomptab/,
      /\btresor/,
      /\bcontrole de gestion\b/,
      /\binvestor relations\b/,
      /\baudit\b/,
      // Risk, compliance and actuarial teams report to finance in banks and insurers, which are
      // where these titles come from; a recruiter looking for finance profiles expects them there.
      /\brisques?\b/,
      /\brisk\b/,
      /\bconformite\b/,
      /\bcompliance\b/,
      /\bactuari/,
    ],
  },
  {
    value: "hr",
    patterns: [
      /\b(?:rh|drh|hr|chro)\b/,
      /\bressources humaines\b/,
      /\bhuman resources\b/,
      /\bpeople\b/,
      /\btalent/,
    ],
  },
  {
    value: "marketing_communication",
    patterns: [
      /\bmarketing\b/,
      /\bcmo\b/,
      /\bcommunication/,
      /\bbrand\b/,
      /\bmarque\b/,
      /\brelations (?:presse|publiques)\b/,
      /\bcontenus?\b/,
      /\bcontent\b/,
      /\bexperience\b/,
      /\bmedias?\b/,
      /\bcreati/,
    ],
  },
  {
    value: "tech_product",
    patterns: [
      /\b(?:cto|cio|cpo|cdo|ciso|dsi|rssi|it|r&d)\b/,
      /\btechn/,
      /\bsystemes d'information\b/,
      /\bengineering\b/,
      /\bingenieri/,
      /\bproduit\b/,
      /\bproduct\b/,
      /\bdata\b/,
      /\bdonnees\b/,
      /\bdigital\b/,
      /\bnumerique\b/,
      /\bcyber/,
      /\binnovation\b/,
    ],
  },
  {
    value: "sales",
    patterns: [
      /\bcommercia/,
      /\bsales\b/,
      /\bventes?\b/,
      /\bbusiness development\b/,
      /\bdeveloppement commercial\b/,
      /\b(?:cro|kam)\b/,
      /\brevenue\b/,
      /\bpartnerships?\b/,
      /\bpartenariats?\b/,
      /\bgrands comptes\b/,
      /\baccounts?\b/,
      /\bpublicite\b/,
    ],
  },
  {
    value: "operations",
    patterns: [
      /\boperations?\b/,
      /\bcoo\b/,
      /\bsupply chain\b/,
      /\blogistique\b/,
      /\bachats\b/,
      /\bproduction\b/,
      /\bqualite\b/,
      /\btransformation\b/,
    ],
  },
  {
    value: "general_management",
    patterns: [
      /\b(?:ceo|pdg|dg|md|gm)\b/,
      /\b(?:co-?)?pr[ea]sident/,
      /\b(?:co-?)?direct(?:eur|rice)s? generale?s?\b/,
      /\bgeneral manager\b/,
      /\bmanaging (?:director|partner)\b/,
      /\bcountry manager\b/,
      /\b(?:co-?)?fondat(?:eur|rice)\b/,
      /\b(?:co-?)?founder\b/,
      /\bassociee? gerante?\b/,
      /\bsecretaire generale?\b/,
      /\badministrat(?:eur|rice) generale?\b/,
    ],
  },
];

function firstMatch<T extends string>(rules: readonly RoleRule<T>[], role: string): T | null {
  const folded = foldWord(role);
  return rules.find((rule) => rule.patterns.some((pattern) => pattern.test(folded)))?.value ?? null;
}

// Each title is classified by several readers (ranks, clause slots, the record): once is enough.
const classified = new Map<string, Readonly<{ seniority: Seniority; function: JobFunction }>>();

export function classifyRole(role: string): Readonly<{ seniority: Seniority; function: JobFunction }> {
  let result = classified.get(role);
  if (result === undefined) {
    result = Object.freeze({
      seniority: firstMatch(SENIORITY_RULES, role) ?? "other",
      function: firstMatch(FUNCTION_RULES, role) ?? "other",
    });
    if (classified.size > 10_000) classified.clear();
    classified.set(role, result);
  }
  return result;
}
