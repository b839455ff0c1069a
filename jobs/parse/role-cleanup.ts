// Last tidying of a role read from a clause: what belongs to the sentence, not to the title.
// Each rule is a row with an invented example (tested in test/unit/parse/doubts.test.ts).

import { MONTH, MOVE_TIME } from "./lexicon.ts";
import { agreeTitle } from "./title-agreement.ts";

export interface RoleTidyRule {
  id: string;
  pattern: RegExp;
  /** What the match becomes; removed when absent. */
  replacement?: (found: string, ...groups: string[]) => string;
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
    // "has promoted X to sales director": the English preposition of the promotion
    id: "English promotion",
    pattern: /^to\s+(?=\p{L})/u,
    example: ["to export manager", "export manager"],
  },
  {
    // "quitte C pour prendre la direction juridique de D", "nommés à la codirection du festival": the
    // post said by what is led, with the verb the clause left before it; an editor writes the title
    id: "infinitive of leading",
    pattern: /^prendre\s+(?=la\s+(?:direction|présidence|tête)(?:\s|$))/iu,
    replacement: () => "à ",
    example: ["prendre la direction juridique", "directeur juridique"],
  },
  {
    // "promeut X, jusqu'ici manager, au rang d'associée": the rank is the title
    id: "rank",
    pattern: /^au rang (?:de\s+|d['’])(?=\p{L})/iu,
    example: ["au rang d'associée", "associée"],
  },
  {
    // "recrute X au même poste de directeur des achats qu'il occupait chez C": the post named again
    id: "same post again",
    pattern: /^(?:(?:au|le)\s+)?même poste de\s+/iu,
    example: ["au même poste de chef de cuisine", "chef de cuisine"],
  },
  {
    // "… qu'il occupait chez C", "qu'elle tenait depuis 2019": the post's past, not its title
    id: "post held before",
    pattern:
      /\s+qu['’](?:il|elle|ils|elles)\s+(?:occupait|occupaient|tenait|tenaient|avait|exerçait|exerçaient)(?:\s.*)?$/iu,
    example: ["responsable logistique qu'elle occupait chez Tramonde", "responsable logistique"],
  },
  {
    // "passe de secrétaire générale à directrice de l'expérience client", "d'entraîneur à directeur
    // sportif": the post left and the post taken; the title is the one taken
    id: "from one post to another",
    pattern: /^(?:passe\s+)?(?:de\s+|d['’])[\p{L}' -]{2,60}?\s+à\s+(?!(?:la|le|les|l['’])[\s'’])(?=\p{L})/iu,
    example: ["de chargée de mission à directrice des études", "directrice des études"],
  },
  {
    // "la nomination de X au poste de R et celle de Y à …": the second nomination pointed at by
    // "celle" ends the first one's title
    id: "second nomination pointed at",
    pattern: /\s+et\s+(?:celle|celui|celles|ceux)(?:\s.*)?$/iu,
    example: ["directrice des études et celle", "directrice des études"],
  },
  {
    // "qui en devient l'animatrice réseau": the article of the post the sentence points back to is
    // no part of its title
    id: "definite article before the title",
    pattern:
      /^(?:l['’](?=(?:animat|administrat|adjoint|associé|ingénieur|économiste|avocat)\p{Ll}*(?:\s|$))|(?:la|le)\s+(?=(?:directeur|directrice|président|présidente|responsable|coordinateur|coordinatrice|chef|cheffe|délégué|déléguée|secrétaire|trésorier|trésorière)(?:\s|$)))/iu,
    example: ["l'animatrice réseau", "animatrice réseau"],
  },
  {
    // adverbials the clause left before the title when it was not masked (sentences.ts maskAsides)
    id: "leading adverbial",
    pattern:
      /^(?:(?:en outre|de justesse|par ailleurs|également|aussi|désormais|officiellement|à nouveau|de nouveau|à la même date|à cette date|à cette occasion|le même jour|à l['’]unanimité(?: des \p{Ll}+)?|en conseil des ministres|en assemblée générale|quant à (?:elle|lui|eux|elles)|de (?:son|leur) côté|pour (?:sa|leur) part|comme),?\s+)+/iu,
    // ("nommée de son côté directrice de la formation", "rejoignent C, respectivement comme …")
    example: ["de justesse présidente", "présidente"],
  },
  {
    // "élu à la présidence du directoire", "nommé à la tête du conseil de surveillance", "aux commandes
    // du site de Vernal": the post said by what the person leads; an editor writes the title
    id: "post by what is led",
    pattern: /^(?:à\s+la\s+tête|aux\s+commandes|à\s+(?:la|sa)\s+(?:présidence|(?:co)?direction))(?:\s.*)?$/iu,
    replacement: titleOfLeadPhrase,
    example: ["à la tête du conseil de surveillance", "président du conseil de surveillance"],
  },
  {
    // "directrice de la nouvelle direction des opérations": the department's name already says who
    // leads it; an editor writes "directrice des opérations"
    id: "head of a department",
    pattern:
      /^((?:sous-)?direct(?:eur|rice)(?:\s+(?:adjointe?|générale?))?)\s+de la (?:nouvelle\s+)?direction\s+(?=(?:des|du|de la|de l['’])\s*\p{Ll})/iu,
    replacement: (found: string) => `${found.split(/\s+de la /u)[0]} `,
    example: ["directrice de la nouvelle direction des opérations", "directrice des opérations"],
  },
  {
    // "succède à Paul Roche à celui de responsable de l'expérience client": the post named by reference
    id: "reference to a post",
    // ("respectivement aux postes de directrice de la branche volaille et de directeur des achats":
    // each person's share of a list of posts)
    pattern:
      /^(?:à celui de|à celle de|celui de|celle de|(?:respectivement\s+)?(?:au poste de|aux postes de)|aux fonctions de)\s+/iu,
    example: ["à celui de responsable de l'expérience client", "responsable de l'expérience client"],
  },
  {
    // "devient le plus jeune directeur général de l'histoire du club": a record, not part of the
    // title; but "premier vice-président", "première adjointe" name a rank that is the title
    id: "superlative or ordinal",
    pattern:
      /^(?:(?:le|la)\s+)?(?:plus jeune|(?:premier|première)(?!\s+(?:vice-président|adjoint|secrétaire|conseill|ministre|substitut))|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière)\s+/iu,
    example: ["plus jeune directeur général", "directeur général"],
  },

  {
    id: "in history",
    pattern: /\s+de l['’]histoire(?:\s+d(?:u|e la|e l['’]|es)\s.*)?$/iu,
    example: ["directeur général de l'histoire du club", "directeur général"],
  },
  {
    // "directrice financière du même établissement", "vice-président … à la place": the employer
    // or predecessor told by reference, not part of the title
    id: "employer by reference",
    pattern:
      /\s+(?:du même (?:groupe|établissement|cabinet|réseau|organisme|club|journal|titre)|de la même (?:maison|société|entreprise|enseigne|banque|structure)|à la place(?:\s+d[eu]\s.*)?)$/iu,
    example: ["directrice financière du même établissement", "directrice financière"],
  },
  {
    // "Sa déléguée générale, X, devient directrice générale de l'interprofession": a body named by its
    // kind with the definite article is the employer the item already named, not part of the title
    id: "employer by its kind",
    pattern:
      /\s+(?:de l['’](?:interprofession|association)|de la (?:fédération|confédération)|du syndicat)$/iu,
    example: ["directrice générale de la fédération", "directrice générale"],
  },
  {
    // "nommé le mois dernier directeur régional": a date before the title
    id: "leading date",
    pattern:
      /^(?:(?:le|la|l['’])\s*)?(?:mois|an|année|semaine)\s+(?:dernier|dernière|prochain|prochaine|passé|passée),?\s+/iu,
    example: ["mois dernier directeur régional", "directeur régional"],
  },
  {
    // "pour devenir en juillet le nouveau directeur de C": a month before the title
    id: "leading month",
    pattern: new RegExp(
      String.raw`^(?:en|dès|début|fin|courant)\s+(?:${MONTH})(?:\s+\d{4})?,?\s+(?=\p{L})`,
      "iu",
    ),
    example: ["en septembre directrice des ventes", "directrice des ventes"],
  },
  {
    // "devient le nouveau directeur de C": that the post is new to the person is news, not the title
    id: "newness",
    pattern: /^(?:(?:le|la|l['’])\s*)?(?:nouveau|nouvel|nouvelle)\s+(?=\p{Ll})/iu,
    example: ["la nouvelle directrice des ventes", "directrice des ventes"],
  },
  {
    // "présidente de sa commission des règles": the possessive points at the employer, an editor
    // writes the article
    id: "possessive",
    // ("de son unité centrale" → "de l'unité centrale"; "de son nouveau studio" → "du studio":
    // that the unit is new is news, not its name)
    pattern: /(?<=\s)de (sa|son|ses)\s+(?:(?:nouvel|nouvelle|nouveau|nouveaux|nouvelles)\s+)?(?=(\p{L}))/giu,
    replacement: (_found: string, possessive = "", next = "") =>
      possessive.toLowerCase() === "ses"
        ? "des "
        : possessive.toLowerCase() === "sa"
          ? "de la "
          : /^[aeiouyàâäéèêëîïôöùûüh]/iu.test(next)
            ? "de l'"
            : "du ",
    example: ["présidente de sa commission des règles", "présidente de la commission des règles"],
  },
  {
    // "directeur du agence" left by a reader that put back the article of "son agence": French
    // elides before a vowel
    id: "elision",
    // ("du e-commerce" is how the trade writes it)
    pattern: /(?<=\s)du\s+(?=[aeiouyàâéèêîôû])(?!e-)/giu,
    replacement: () => "de l'",
    example: ["directrice du unité centrale de production", "directrice de l'unité centrale de production"],
  },
  {
    // "president of its fashion division": the English possessive points at the employer
    id: "English possessive",
    // ("head of its Paris office": before a name or a nationality the English writes no article)
    pattern: /(?<=\s)of (?:its|their) (?=(\p{L}))/giu,
    replacement: (_found: string, next = "") => (/\p{Lu}/u.test(next) ? "of " : "of the "),
    example: ["president of its fashion division", "president of the fashion division"],
  },
  {
    // "creative director of its new Paris studio": a unit just opened is where the post is, not its title
    id: "new unit",
    // (a subsidiary named after it is the employer: issue.ts useSubsidiaryNamedAfterRole)
    pattern:
      /\s+of (?:its|their|the) new\s(?!(?:\p{Lu}\p{Ll}+\s+)?(?:subsidiary|business|division|branch)).*$/iu,
    example: ["creative director of its new Paris studio", "creative director"],
  },
  {
    // "au poste de technicienne rivières laissé vacant par son départ": the post's vacancy is no part of it
    id: "vacancy",
    pattern: /,?\s+(?:laissée?s?|restée?s?|devenue?s?)\s+(?:vacante?s?|libres?)(?:\s+(?:par|depuis)\s.*)?$/iu,
    example: ["technicienne rivières laissé vacant", "technicienne rivières"],
  },
  {
    // "prendra la présidence en mai", "deviendra directeur général en juin 2027": a date after the title
    id: "trailing date",
    pattern: new RegExp(
      String.raw`,?\s+(?:en|dès|début|fin|mi-|courant|à partir de|à compter de)\s?(?:${MONTH})(?:\s+\d{4})?(?:\s+prochain)?$|,?\s+en \d{4}$`,
      "iu",
    ),
    example: ["directeur général en juin 2027", "directeur général"],
  },
  {
    // "deviendra directrice générale à la rentrée", "sera cheffe de projet le 1er avril": the time of
    // a move told in the future (lexicon/tense.ts) after the title
    id: "trailing time of the move",
    pattern: new RegExp(String.raw`,?\s+${MOVE_TIME}$`, "iu"),
    example: ["directrice générale à la rentrée", "directrice générale"],
  },
  {
    // "head of trading in Singapore", "directeur général de
    // plein exercice": where or how fully the post is held, not the title
    id: "scope tail",
    pattern:
      /\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|de plein exercice|à part entière|à plein temps|à temps plein)$/u,
    example: ["head of trading in Singapore", "head of trading"],
  },
  {
    // "en prend la direction en tant qu'associé": the title said outright wins over the one implied
    id: "title said outright",
    // ("en prend la présidence comme président")
    pattern: /^[\p{L}' -]{1,40}?\s+(?:en tant qu(?:e\s+|['’])|comme\s+)(?=\p{L})/iu,
    example: ["directeur en tant qu'associé", "associé"],
  },
  {
    // "a élu présidente la pasteure X": the person's own calling, between the title and the name
    id: "calling before the name",
    // (after a preposition the article opens the title's own complement: "lutte contre la fraude")
    pattern:
      /(?<!(?:^|[\s'’])(?:de|à|et|pour|sur|dans|avec|contre|entre|envers|vers|sous))\s+(?:le|la|les)\s+\p{Ll}+$/u,
    example: ["présidente la pasteure", "présidente"],
  },
  {
    // "l'arrivée de X comme directrice financière est confirmée": the sentence's own verb, passive,
    // after the title the noun phrase gave
    id: "main verb after the title",
    pattern:
      /\s+(?:est|sont|a été|ont été|sera|seront)\s+(?:désormais\s+|officiellement\s+)?(?:confirmée?s?|officialisée?s?|actée?s?|annoncée?s?|effective?s?|prévue?s?|entérinée?s?|validée?s?|élue?s?)(?![\p{L}]).*$/u,
    example: ["directrice financière est confirmée", "directrice financière"],
  },
  {
    // "qui en deviendra le directeur régional en arrivant de C": how the person comes, not the title
    id: "gerund after the title",
    pattern:
      /\s+en (?:arrivant|venant|provenance|remplaçant|succédant|quittant|rejoignant|conservant|gardant|cumulant)(?![\p{L}]).*$/iu,
    example: ["directeur régional en arrivant de Castelvin", "directeur régional"],
  },
  {
    // "recruté comme DGS par la maire", "chief executive officer with effect from May": a preposition
    // the clause cut from its complement ends no title ("par intérim puis, à compter de juin, directeur
    // général": a "puis" left at the end says the title is told later, so it stays for the doubts)
    id: "dangling word",
    pattern: /\s+(?:par|pour|avec|with effect|with|effective)$/iu,
    example: ["DGS par", "DGS"],
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

// Boards, assemblies and committees have a president; what else one leads (a site, a department,
// a house) has a director.
const PRESIDED =
  /^(?:du|de la|de l['’]|des)\s*(?:conseil|directoire|comité|bureau|assemblée|commission|fédération|jury|syndicat|chambre)(?![\p{L}])/iu;

function titleOfLeadPhrase(found: string): string {
  const lead = /^(?:à\s+la\s+tête|aux\s+commandes|à\s+(?:la|sa)\s+(présidence|(?:co)?direction))\s*/iu.exec(
    found,
  )!;
  const rest = found.slice(lead[0].length).replace(/^(?:de la|de l['’])\s*(?=direction\s)/iu, "");
  const noun = lead[1]?.toLowerCase();
  if (noun === "présidence") return `président ${rest}`.trim();
  if (noun === "direction") return agreeTitle(`directeur ${rest}`.trim(), false);
  // "nommés à la codirection du festival": each is its codirector
  if (noun === "codirection") return agreeTitle(`codirecteur ${rest}`.trim(), false);
  if (rest.length === 0) return found;
  // "à la tête de la direction des risques": the department is the post
  const department = /^direction\s+(.*)$/iu.exec(rest);
  if (department) return agreeTitle(`directeur ${department[1]}`, false);
  return `${PRESIDED.test(rest) ? "président" : "directeur"} ${rest}`;
}

// Each record's title is tidied once and an archive repeats the same few hundred titles: the
// answer depends on the title alone (twenty-odd patterns run over it), so it is kept, bounded.
const tidied = new Map<string, string>();

export function tidyRole(role: string): string {
  let tidy = tidied.get(role);
  if (tidy === undefined) {
    tidy = role;
    for (const { pattern, replacement } of ROLE_TIDY_RULES)
      tidy = replacement ? tidy.replace(pattern, replacement) : tidy.replace(pattern, "");
    tidy = tidy.trim();
    if (tidy.length === 0) tidy = role;
    if (tidied.size > 5_000) tidied.clear();
    tidied.set(role, tidy);
  }
  return tidy;
}

// "quittera Tarvex pour devenir directrice de l'usine de recyclage de Plastiflor": a reader that takes
// the employer from the title's last "de" + name may leave that name in the title too. The record
// already names the house, so the title ends before it; an editor writes "directrice de l'usine de
// recyclage" at Plastiflor. Only the record's own company is cut, with one of the links French puts
// before a name ("de", "d'", "du", "des", "de la", "de l'"), and only when a title is left.
const EMPLOYER_LINK = /\s(?:de la|de l['’]|du|des|de|d['’])\s*$/iu;
const OWN_ARTICLE = /^(?:la|le|les|l['’])\s*/iu;

export function roleWithoutEmployer(role: string, company: string): string {
  const name = company.trim().replace(OWN_ARTICLE, "");
  if (name.length < 2 || role.length <= name.length) return role;
  if (role.slice(-name.length).toLowerCase() !== name.toLowerCase()) return role;
  const before = role.slice(0, -name.length);
  const link = EMPLOYER_LINK.exec(before);
  if (!link) return role;
  const title = before.slice(0, link.index).trim();
  return /\p{L}{2}/u.test(title) ? title : role;
}
