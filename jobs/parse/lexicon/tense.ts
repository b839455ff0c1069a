// Tense as a property of the move verbs rather than of one sentence: the press tells a move to come
// in the future ("rejoindra", "se dotera d'une DRH", "aura en novembre un nouveau directeur"), which
// is as much a move as the present, and hedges a plan or a rumour in the conditional ("serait
// pressenti", "devrait rejoindre", "pourrait succéder"), which is not one. verb-patterns.ts writes
// each family's future beside its present; the conditional is one rejection (rejections.ts).

import { MONTH, WEEKDAY } from "./calendar.ts";

// When a move takes effect, written between a verb and what it governs: "a en novembre un nouveau
// directeur", "se dotera d'une DRH en janvier : X", "élira au 1er mars X". Regex source, no groups.
export const MOVE_TIME = String.raw`(?:(?:en|dès|au|à partir d[ue]|à compter d[ue]|le|début|fin|mi-)\s*(?:(?:1er|\d{1,2})\s+)?(?:${MONTH}|${WEEKDAY}|printemps|été|automne|hiver|\d{4})|le mois prochain|la semaine prochaine|à la rentrée|l'an prochain)`;

// The conditional of the modals the press hedges with, and of the move verbs themselves
// ("rejoindrait", "succéderait"): regex source of one folded-free alternation, no groups.
const CONDITIONAL_FORMS =
  "(?:devr|pourr|rejoindr|deviendr|succéder|succèder|remplacer|prendr|reprendr|nommer|recruter|accueiller|rallier|intégrer|arriver|confier|élir|désigner|promouvr|choisir|retiendr|céder|cèder|occuper|diriger|présider)ai(?:t|ent)";

// A clause that tells a move as a plan or a rumour: a conditional of the list above; "serait
// pressenti", "serait approché", "serait sur le départ"; or "pressenti" in any tense ("est pressentie
// pour"). "On savait qu'il serait remplacé par Y" is the future of a past told in reported speech,
// a move: "serait" right after "que" is left out.
// "…, mais rien n'est signé", "nothing is signed yet", "— sa nouvelle fonction n'étant pas encore
// officialisée", "sa nomination n'est pas encore confirmée": the writer says the move is not done.
const NOT_DONE = `rien n['’]est (?:encore )?(?:signé|fait|acté|officiel|arrêté|décidé|conclu)|n['’](?:est|étant|a|ayant|sont|étaient|était) pas encore (?:été )?(?:officialisée?s?|officielle?s?|confirmée?s?|annoncée?s?|signée?s?|actée?s?)|nothing (?:is|has been) (?:yet )?(?:signed|official|final|agreed)|(?:is|has) not (?:yet )?been (?:made official|confirmed|announced)`;
export const HEDGED_MOVE = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOT_DONE}|${CONDITIONAL_FORMS}|(?<!(?:que|qu['’])\s*(?:\p{L}+\s+){0,2})(?:serait|seraient)|pressentie?s?)(?![\p{L}])`,
  "iu",
);
