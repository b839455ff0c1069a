// Words that tell a move, as the review queue hears them (issue 13: no move missed in silence). The
// records' readers listen for the lexicon's move verbs (lexicon.ts MOVE_SIGNAL, POST_TAKEN_SIGNAL);
// the review queue listens wider, so that a paragraph whose verb no reader knows still reaches an
// editor. Nothing here makes a record.

import { allMatches } from "./all-matches.ts";
import { foldWord, MOVE_SIGNAL, POST_TAKEN_SIGNAL, TITLE_HEADS } from "./lexicon.ts";

// Moves only the review queue listens for (the records' readers do not use them): a promotion in
// the present ("promeut"), a post given ("porte à la présidence", "au profit d'", "met à disposition",
// "revient à son adjointe"), a departure to a post ("parti diriger", "quitte X pour la direction"),
// a post announced by its holder's title ("Nouvelle directrice des sinistres chez …: X") and the
// words of a personal announcement ("a commencé un nouveau poste", "Bienvenue à", "je prends la
// direction", "I'm joining").
const REVIEW_SIGNAL = new RegExp(
  [
    "promeu[tv]",
    "promouv",
    // ("a porté à sa présidence X", "porte X à sa tête": the body's own seat, the holder before or after it)
    "port(?:e|ent|é|ée|era)\\s+(?:[^,.;:]{1,60}?\\s+)?à (?:la|sa|leur) (?:(?:co|vice-)?présidence|direction|tête)",
    "élev\\p{L}* au rang",
    "au profit d",
    "(?:met|mettent|mis|mise) à (?:sa |leur |la )?disposition",
    "parti(?:e|s|es)? (?:chez|diriger|présider|rejoindre|prendre)",
    // the present too: "il succède à X, qui part diriger C"
    "part(?:ent|ira|iront)? (?:diriger|présider|rejoindre|prendre la)",
    // "…, qui part chez C en tant que directrice générale": a post elsewhere (a house alone is no move)
    "part(?:ent|ira|iront)? chez [^,.;]{1,60}? (?:en tant que|comme|au poste d|en qualité d)",
    // "X, qui préside désormais le conseil de surveillance": a post held from now on
    "(?:préside|président|dirige|dirigent|pilote|pilotent|copréside|codirige)\\s+désormais",
    // "quitte la direction financière de A pour celle de B", "… pour prendre, en mai, celle de B":
    // the same post elsewhere, a verb and an aside allowed before "celle"
    "quitt\\p{L}*\\s[^.;]{1,90}?\\spour (?:(?:prendre|reprendre|occuper)(?:,[^.;,]{1,60},)?\\s+)?(?:celle|celui|ceux|celles) d",
    // "Y quittera la fédération pour diriger, dès octobre, C": a post elsewhere, named after the verb
    "quitt\\p{L}*\\s[^.;]{1,90}?\\spour (?:diriger|présider|devenir|rejoindre|prendre la (?:direction|présidence|tête))(?![\\p{L}])",
    "(?:prend|prendra|pris|prise|assure|assurera) (?:sa|leur) relève",
    "fai\\p{L}* (?:aussi |également )?entrer",
    "s['’](?:est|sont) donnée?s? (?:pour|comme)",
    "transfuge",
    // a hand-over, an adverb allowed in between: "passe d'ailleurs la direction générale à son neveu"
    "(?:passe|passera|cède|cèdera|cédera|transmet|transmettra|laisse|laissera)\\s+(?:d['’]ailleurs\\s+|\\p{L}+ment\\s+)?(?:la (?:direction|présidence)|les rênes|la main|le relais|le flambeau|sa place|son fauteuil)",
    "pour (?:prendre )?la (?:direction|présidence|tête)",
    "revien(?:t|nent|dra) à",
    "nouve(?:au|l|lle) poste",
    "new (?:position|role|job)",
    "bienvenue à",
    "welcom(?:e|es|ing)(?![\\p{L}])",
    "prends (?:la|le|les)",
    // "X et Y prennent respectivement la direction commerciale et la direction technique"
    "(?:prennent|prendront|ont pris) (?:respectivement )?(?:la|les|le) (?:direction|présidence|tête|responsabilité)",
    "joining(?![\\p{L}])",
    // a post taken with words in between: "prendra pour sa part la direction générale de C", "qui
    // prend au siège la direction générale", "qui assumera la direction artistique du Teatro",
    // "qui prend dans le même temps la direction régionale de C"
    "(?:prend|prendra|reprend|reprendra|assume|assumera|assure|assurera)\\s+(?:[^\\s,.;]+\\s+){0,4}?la (?:direction|présidence|tête)(?![\\p{L}])",
    "assur\\p{L}* (?:désormais |aussi |également )?la (?:gestion|responsabilité)",
    "nouvelles? fonctions?",
    // "Sa remplaçante aux Tamaris est X"
    "(?:son|sa|leur) (?:remplaçante?|successeure?|successrice)",
    "new chapter|nouveau chapitre|(?:i'm|i am) starting|moving to|moves to|will join|has joined",
    // a succession told from the post: "Ornella Roy, venue de C, prend sa suite", "Son poste est
    // repris par X", "La relève est assurée par X", "X a pris ses fonctions de …", "a choisi X pour
    // occuper le poste de …", "débauche X chez C et en fait sa directrice …"
    "pr(?:end|endra|is|ise|ennent) (?:sa|leur) suite",
    "(?:poste|siège|fauteuil|place|fonction)s? (?:est|sera|a été|sont|seront|ont été) (?:repris|reprise|occupée?)",
    "relève (?:est|sera|a été) assurée",
    "pr(?:end|endra|is|ise|ennent) ses fonctions",
    "occuper le poste",
    // "assure depuis lundi les fonctions de directeur commercial de C", "exercera la fonction de présidente"
    "(?:assur|exerc)\\p{L}*\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:les|ses|la) fonctions? d",
    "en fait (?:sa|son|leur) (?:nouvel(?:le)? |nouveau )?\\p{L}",
    // "Depuis le 2 novembre, X, ex-C, est directrice du domaine de D": a post held now, the house left named
    ",\\s*ex-[^,;.]{1,60},\\s+(?:est|sera|devient)\\s+(?:désormais\\s+)?(?:la |le |l['’])?(?:nouvel(?:le)?\\s+|nouveau\\s+)?(?:directeur|directrice|président|présidente|responsable|chef|cheffe|délégué|déléguée|secrétaire|gérant|gérante|administrateur|administratrice|head|managing)",
    // "succède à X, à la suite de son élection à la présidence de C": the predecessor's own move
    "(?:son|sa|leur) (?:élection|nomination|arrivée|promotion) (?:à|au|aux|comme|en tant que)(?![\\p{L}])",
  ].join("|"),
  "iu",
);

// "Nouvelle directrice des sinistres chez …", "notre nouveau CTO": a title announced as new
// ("its new chief financial officer": the English announces so too)
const NEW_TITLE = /(?<![\p{L}])(?:nouve(?:au|l|lle)|(?:its|their|our|as) new)\s+([\p{L}-]+)/giu;
const newTitle = (text: string) =>
  allMatches(text, NEW_TITLE).some((m) => {
    const head = foldWord(m[1] ?? "");
    return TITLE_HEADS.has(head) && (head.length > 3 || /^\p{Lu}+$/u.test(m[1] ?? ""));
  });

// "Aérofibre Composites : Tomás Egurrola à la direction technique": a name given a post with no verb
// (case-sensitive: the word before the post is a name's)
const VERBLESS_POST = /\p{Lu}[\p{L}'’-]+\s+à la (?:co-?)?(?:direction|présidence|tête)(?![\p{L}])/u;

export const signalsAMove = (text: string) =>
  MOVE_SIGNAL.test(text) ||
  POST_TAKEN_SIGNAL.test(text) ||
  REVIEW_SIGNAL.test(text) ||
  VERBLESS_POST.test(text) ||
  newTitle(text);

// a name that opens a word with a move verb or noun is a heading ("NOMINATIONS AGENDA"); inside a
// word it is not ("Nkemelu")
export const MOVE_WORD_START = new RegExp(`(?<![\\p{L}])(?:${MOVE_SIGNAL.source})`, "iu");
