// The verb table: the phrases French (and English) trade press uses to announce a move, one
// regular expression per kind of clause. clauses.ts reads who and what sits around each match.

import { HONORIFIC, MONTH, MOVE_TIME, WORKDAY } from "./lexicon.ts";

// Word boundaries that understand accents; a phrase may end on "de " or "d'" and then runs
// straight into the next word.
const word = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?:(?<=[\\s'])|(?![\\p{L}\\p{N}]))`, "giu");

const AUX = "(?:(?:a|ont|avait|vient d'|viennent d'|va|vont|pour|devrait)\\s+)?";
// A second mover's clause sets itself against the first one's between auxiliary and participle,
// or right after the verb: "Y est quant à lui nommé R", "Z est pour sa part promue R", "C a
// également nommé X R", "C recrute de son côté X comme R". Commas around it are optional.
const CONTRAST =
  "(?:quant à (?:lui|elle|eux|elles)|pour (?:sa|leur) part|de (?:son|leur) côté|à (?:son|leur) tour|(?:lui|elle|eux|elles) aussi|par ailleurs|en outre|également|aussi|ainsi|enfin|dans la foulée|dans le même temps|en parallèle)";
const AFTER_AUX = `(?:,?\\s*${CONTRAST},?)?\\s+`;
const ADVERB = `(?:(?:officiellement|récemment|finalement|désormais|${CONTRAST})\\s+)?`;
// ("va être nommée", "vont être promus": the near future, as "sera")
// ("a par ailleurs été élue": the contrast may also sit between "a" and "été")
const PASSIVE = `(?:est|sont|(?:a|ont)(?:,?\\s*${CONTRAST},?)?\\s+été|vient d'être|viennent d'être|sera|seront|va être|vont être)${AFTER_AUX}(?:officiellement\\s+)?`;
// The English future a release tells a move to come in: "will join", "is set to join", "is due to
// take over", "is to succeed" (lexicon/tense.ts: the future is as much a move as the present; the
// hedges "is tipped to", "could", "is expected to" are not, rejections.ts). Each English row writes
// its verb's base form after it.
const EN_FUTURE = "(?:will|shall|(?:is|are)\\s+(?:set|due|poised|scheduled)\\s+to|(?:is|are)\\s+to)\\s+";

export const JOINS = word(
  `${AUX}${ADVERB}(?:rejoint|rejoignent|rejoindra|rejoindront|rejoindre|intègre|intègrent|intégré|intégrera|intégreront|intégrer|réintègre|réintègrent|réintégré|réintégrera|réintégreront|réintégrer|rallie|rallié|rallient|ralliera|rallieront|rallier|rejoins)` +
    // Canadian French: "X se joint à C à titre de R", "se joindra le 4 mai à C", the employer right after "à"
    `|(?:se joint|se joignent|se joindra|se joindront|s'est jointe?|se sont joint(?:e?s)?)(?:\\s+${MOVE_TIME})?\\s+à(?=\\s+(?:la |le |l'|l’)?\\p{Lu})` +
    // "Ex-R de A, X prend les mêmes fonctions chez C": the post held before, taken at the house after
    // "chez" (same-post.ts reads the title from the former post)
    // ("X quitte A, où elle était R, pour occuper la même fonction chez C": the infinitive after "pour")
    `|(?:prend|prendra|occupe|occupera|(?<=pour\\s)occuper|exerce|exercera|reprend|reprendra)\\s+(?:les mêmes fonctions|le même poste|la même fonction)\\s+(?:chez|au sein d(?:e|u))(?=\\s+(?:la |le |l'|l’)?\\p{Lu})` +
    // English press releases quoted as they are
    `|(?:joins|has joined|is joining|${EN_FUTURE}join)` +
    // "X, formerly of A, comes on board at C as R": the employer right after "at"
    `|(?:comes|came|has come|will come) on board at(?=\\s+(?:the\\s+)?\\p{Lu})` +
    // "X moves to C as R", "X moves to C from D and becomes R": a move to a house, not between posts
    // nor inside the group ("moves to the group's Asian division", "moves to its US arm")
    `|(?:moves|has moved|${EN_FUTURE}move|is moving)\\s+to(?!\\s+(?:the\\s+(?:group|company|firm)['’]s|its|their|his|her)\\s)` +
    // a signed post in the first person (self-announcement.ts): "I'm joining C as R"
    `|(?<=(?:I['’]m|I am|I['’]ve|I have)\\s)(?:joining|joined)` +
    `|(?:arrive|arrivent|arrivera|arriveront|est arrivée?|débarque|a débarqué|débarquera|atterrit|a atterri|atterrira|(?:fait|a fait|fera) son entrée|(?:est|sera) de retour|revient|reviendra|retourne|retournera|(?:fait|fera) son retour)(?=\\s+(?:chez|au sein|à|dans|en tant qu|comme|au poste d))` +
    // the press's transfer verbs: "X pose ses valises chez C", "passe chez C", "signe chez C", "file chez C",
    // "part chez C comme R"
    `|(?:(?:pose|a posé|posera) ses valises|passe|est passée?|passera|signe|a signé|signera|file|a filé|filera|entre|entrent|entrera|entreront|part|partira|est partie?)(?=\\s+chez\\s)` +
    // "X entrera en fonction le 15 juin chez C comme R": the date may stand before "chez"
    `|(?:entre|entrera|est entrée?)\\s+en\\s+fonctions?(?:\\s+${MOVE_TIME})?(?=\\s+chez\\s)` +
    // "X part pour la jeune distillerie C, à D, comme R": a departure to a house, with the post it takes
    `|(?:part|partira|est partie?)\\s+pour(?=\\s+(?:la |le |l'|les )?(?:\\p{Ll}+\\s+){0,3}\\p{Lu}[^.;]{1,80}?\\scomme\\s)` +
    // "X prend ses quartiers chez C", "s'envole pour C", "met le cap sur C": the employer right after
    `|(?:(?:prend|a pris|prendra) ses quartiers|(?:s'envole|s'est envolée?|s'envolera)\\s+pour|(?:met|a mis|mettra) le cap sur)(?=\\s+(?:chez\\s|(?:la |le |l'|les )?[\\p{Lu}\\p{N}]|(?:la |le |l'|les )?\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s+[\\p{Lu}]))` +
    // "X est chipée par C": "recruté par" in the press's words
    `|${PASSIVE}chipée?s?\\s+par` +
    // "X quitte Ferlog pour Kargo Rail, où il devient …": the employer after "pour"
    `|(?<=(?:quitte|a quitté|quittera)\\s[^,.;]{1,60}?\\s)pour(?=\\s+(?:la |le |l')?[\\p{Lu}\\p{N}])` +
    // "est enrôlée par C", "est chassé par C": the press's words for recruited, the employer after "par"
    `|${PASSIVE}(?:recrutée?s?|embauchée?s?|débauchée?s?|enrôlée?s?)\\s+(?:par|chez)|${PASSIVE}chassée?s?\\s+par(?=\\s+(?:la |le |l'|les )?\\p{Lu})`,
);
// "A arrive de l'Agence Pixelune comme head of design": where from, then the new title; the
// employer is the one the paragraph is about.
export const ARRIVES_FROM = word(
  `(?:arrive|arrivent|arrivera|est arrivée?)\\s+d(?:e\\s+(?:l')?|u\\s|es\\s|')`,
);
// "…, nommé président du conseil": the participle alone, right after a comma, also appoints
export const NAMED = word(
  `${PASSIVE}(?:nommée?s?|désignée?s?|élue?s?|choisie?s?|appelée?s?|reconduite?s?|cooptée?s?|(?:recrutée?s?|embauchée?s?)(?=\\s+(?:comme|en tant qu|en qualité d|au poste d))` +
    // "a été installé lundi à la tête de C": installed in a post, named by where it leads
    `|installée?s?(?=\\s+(?:\\p{Ll}+\\s+)?(?:à la tête|à la présidence|à la direction|au poste)))|(?<=,\\s*)nommée?` +
    `|(?:is|are|has been|have been|was|were|${EN_FUTURE}be) (?:named|appointed|elected|tapped)(?:\\s+as)?`,
);
export const PROMOTED = word(
  `${PASSIVE}promue?s?|(?:is|has been|was|${EN_FUTURE}be) promoted|(?:steps|stepped|${EN_FUTURE}step|has stepped) up (?:to|as)(?=\\s)|${PASSIVE}élevée?s? au rang d(?:e\\s|')|(?:prend|prendra) du galon (?:et devient|et deviendra|comme|en tant que)` +
    // "X monte en grade chez C et devient R", "gravit un échelon chez C, où elle est désormais R"
    "|(?:(?:monte|est montée?|montera) en grade|(?:gravit|a gravi|gravira) un échelon)(?=\\s+(?:chez|au sein d))",
);
// "sera directrice générale chez C le 1er avril", "sera R chez C, en remplacement de Y": "sera" and a
// title is a move when the clause dates it or names the one replaced (lexicon/tense.ts); "sera remplacé
// le 1er juillet par", a participle, is another shape
export const BECOMES = word(
  `devient|deviennent|deviendra|deviendront|est devenue?|est désormais(?!\\s+\\p{Ll}+(?:ée?s?|ie?s?|ue?s?)\\s+par(?![\\p{L}]))|(?<=\\s(?:quitte|a quitté|quittera)\\s[^,.;]{1,60}?(?:,[^.;]{1,80},)?\\s)pour devenir|becomes|${EN_FUTURE}become|has become|${EN_FUTURE}serve as|(?:est|sera)\\s+(?:le|la) (?:nouvel(?:le)?|nouveau|future?|prochaine?)|(?:sera|seront)(?!\\s+(?:\\p{Ll}+ées?|\\p{Ll}+és?|promue?s?|élue?s?)(?![\\p{L}]))(?=\\s+\\p{Ll}[^.;:]{2,100}?(?:\\s${MOVE_TIME}|,?\\s+en remplacement d))`,
);
// LinkedIn's own wording, quoted as it is: "X a commencé un nouveau poste : R chez C", "X started a
// new position as R at C"
export const NEW_POSITION = word(
  `a commencé un nouveau poste\\s*:|(?:started|has started|is starting) a new position as`,
);
// "X s'est vu confier la direction commerciale de C"
export const ENTRUSTED = word(`(?:s'est vue?|se voit|se verra) (?:confier|attribuer|remettre)`);
export const TAKES_POST = word(
  `(?:prend|prendra|a pris|reprend|reprendra)\\s+(?:${CONTRAST}\\s+)?(?:le poste|les fonctions|la fonction|ses fonctions|des fonctions|le titre)\\s+d(?:e\\s|')` +
    // "Y est promu R1 ; X reprend son poste de R2", "X prend sa place d'R": the post another left, named
    `|(?:prend|prendra|a pris|reprend|reprendra)\\s+(?:son poste|sa place)\\s+d(?:e\\s|')(?=\\p{Ll})` +
    `|(?:takes|took|${EN_FUTURE}take) over as\\s` +
    // "X takes up her new post as R at C"
    `|(?:takes|took|${EN_FUTURE}take) up (?:his|her|their) (?:new )?(?:post|position|role|duties) as\\s` +
    // "X décroche le poste de R", "accède au poste de R"
    `|(?:décroche|a décroché|décrochera)\\s+le poste d(?:e\\s|')|(?:accède|a accédé|accédera)\\s+au poste d(?:e\\s|')` +
    // "X assure désormais les fonctions de R", "assure depuis lundi …", "assure les fonctions de R de
    // C depuis le 3 février": a post taken up now; "depuis 2015", "depuis six ans" tell a post held
    `|(?:assure|assurera|assurent|assureront)\\s+(?:(?:désormais|dorénavant|aujourd'hui|depuis\\s+(?:ce\\s+)?(?:${WORKDAY})|${MOVE_TIME}|à titre (?:intérimaire|provisoire)|par intérim)\\s+)?les fonctions d(?:e\\s|')(?![^.;]*?depuis\\s+(?:\\d{4}|(?:plus d[e']\\s*)?\\S+\\s+ans|longtemps|des années))` +
    // "X prend la place de directrice générale, vacante depuis …": the place of a title (its head
    // named: the flag that folds case would let a name through), not of a person (SUCCEEDS reads "prend
    // la place de Y")
    `|(?:prend|prendra|a pris)\\s+la place\\s+de\\s+(?=(?:directeur|directrice|président|présidente|responsable|secrétaire|délégué|déléguée|chef|cheffe|gérant|gérante|trésorier|trésorière|associé|associée|administrateur|administratrice)(?![\\p{L}]))` +
    `|occupe(?:ra)?\\s+(?:désormais\\s+)?le poste d(?:e\\s|')` +
    // "X occupe la fonction nouvellement créée de R chez C": a post taken up; "… depuis 2015" tells one held
    `|occupe(?:ra)?\\s+(?:désormais\\s+)?(?:la fonction|le poste)\\s+(?:nouvellement\\s+)?créée?\\s+d(?:e\\s|')|occupe(?:ra)?\\s+(?:désormais\\s+)?la fonction\\s+d(?:e\\s|')(?![^.;]*?depuis\\s+(?:\\d{4}|(?:plus d[e']\\s*)?\\S+\\s+ans|longtemps|des années))` +
    `|prend(?:ra)? les rênes d(?:e\\s|'|u\\s|es\\s)|(?:s'installe|s'installera) (?:au poste|dans le fauteuil) d(?:e\\s|')`,
);
export const TAKES_LEAD = word(
  // ("il remplace Y, appelée à prendre la direction de …": the one replaced, told where they go;
  // "elle succède à Y, qui part prendre la direction de …": where the one replaced is going)
  `(?:(?:prend|prends|prendra|a pris|reprend|reprendra|(?:va|vont|part|partent|partira|vient de|viennent de|appelée?s?\\s+à)\\s+(?:prendre|reprendre))\\s+la|hérite de la|héritera de la)\\s+(?=direction|tête|présidence|gérance)` +
    // "prend le secrétariat général": the office names its holder as "direction" does
    `|(?:prend|prendra|a pris|reprend|reprendra|(?:va|vont|vient de|viennent de)\\s+(?:prendre|reprendre)|assurera|assureront)\\s+le\\s+(?=secrétariat\\s+général(?![\\p{L}]))` +
    // "prend la chefferie du service de X", "la coordination du réseau", "la responsabilité des
    // ventes", "le commandement du navire Y": a post named by what its holder does (gender.ts HOLDER_OF_POST)
    `|(?:prend|prendra|a pris|reprend|reprendra|(?:va|vont|vient de|viennent de)\\s+(?:prendre|reprendre))\\s+(?:la\\s+(?=(?:chefferie|coordination|responsabilité)\\s+d(?:e\\s|u\\s|es\\s|['’])|rédaction en chef(?![\\p{L}]))|le\\s+(?=commandement\\s+d(?:e\\s|u\\s|es\\s|['’])))` +
    // "X assurera la présidence de C": the future of a chair taken (the present, "assure la
    // présidence depuis 2019", tells one held); "la première présidence" of a body just founded; "assurera
    // la direction de C jusqu'au 31 août" is a post kept until someone else takes it
    `|(?:assurera|assureront|(?:va|vont)\\s+assurer)\\s+la\\s+(?:première\\s+)?(?=(?:direction|présidence)(?![^.;]*?jusqu['’](?:au|à|en|ici)))`,
);
// The future of leading a house: "X dirigera C en qualité de R", "va présider C", "X will head C's
// logistics division", "will lead its French subsidiary as country manager" (led-house.ts). The
// present ("dirige C") tells a post held, so only the future reads; the house named right after
// (a capital, told without the case-folding flag), or English "C's", "its".
const LEADS_OBJECT = String.raw`(?=(?:\s+(?:en|dès|début|fin|à partir de|à compter de|à partir du|à compter du|dès le|le|from)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?\s+(?:(?:la|le|les|the)\s+|l['’])?(?:\p{Lu}|(?:its|their)\s))`;
export const LEADS_HOUSE = new RegExp(
  String.raw`(?<![\p{L}])(?:dirigera|dirigeront|(?:va|vont)\s+diriger|présidera|présideront|(?:va|vont)\s+présider)${LEADS_OBJECT}`,
  "gu",
);
// the same in English: "X will head C's R", "X will lead its new subsidiary as country manager"
export const HEADS_EN = new RegExp(
  String.raw`(?<![\p{L}])(?:will|shall|(?:is|are)\s+(?:set|due|poised|scheduled)\s+to|(?:is|are)\s+to)\s+(?:head|lead|run)${LEADS_OBJECT}`,
  "gu",
);
// "X prend la place de Y comme R", "… à la tête de C", "prend la suite de Y au poste de R": taking
// someone's place is succeeding them
export const SUCCEEDS = word(
  `(?:replacing|replaces|${EN_FUTURE}replace|succeeding|succeeds|${EN_FUTURE}succeed|succède|succèdent|succèdera|succédera|a succédé|(?:va|vont) succéder|remplace|remplacera|a remplacé|(?:va|vont) remplacer|prend la succession|prendra la succession|prend la relève|prend le relais|prendra le relais|prend la place|prendra la place|a pris la place|va prendre la place|prend la suite|prennent la suite|prendra la suite|a pris la suite|va prendre la suite)(?:\\s+(?:à|de|d'))?` +
    // "C le remplace par X": the employer names the successor (EMPLOYER_REPLACES)
    "(?!\\s+par\\s)",
);
// ("C fait de X son directeur commercial": the possessive title after the name makes "fait de" a
// nomination; "fait de X un atout" names none)
export const APPOINTS = word(
  `(?:nomme|nomment|a nommé|ont nommé|vient de nommer|nommera|nommeront|désigne|a désigné|désignera|coopte|cooptent|a coopté|ont coopté|cooptera|promeut|promeuvent|a promu|ont promu|promouvra|promouvront|élit|a élu|élira|éliront|(?:porte|a porté|portera|ont porté|portent)(?= à (?:sa|la|leur) (?:(?:co|vice-)?présidence|tête)(?![\\p{L}]))|(?:porte|portent|a porté|ont porté|portera|porteront)(?=\\s+(?:(?:${HONORIFIC})\\s+)?\\p{Lu}[^,.;:]{2,60}?\\s+à\\s+(?:sa|la|leur)\\s+(?:(?:co|vice-)?présidence|tête)(?![\\p{L}]))|(?:fait|font|a fait|ont fait|fera|feront) d(?:e\\s+|['’])(?=(?:(?:${HONORIFIC})\\s+)?\\p{Lu}[^,.;:]{2,60}?\\s+(?:son|sa|leur)\\s+(?:(?:nouvel(?:le)?|futur|future|premier|première)\\s+)?\\p{Ll})|a choisi|ont choisi|choisit|choisira|a retenu|(?:s'est|s’est) donnée? pour|se donne pour|se donnera pour|(?:élève|a élevé|élèvera) au rang d(?:e\\s|')(?=\\p{Ll})|retient|retiendra|fait appel à|a fait appel à|fera appel à|confie à|a confié à|confiera à|va confier à|(?:has|have) (?:also )?(?:appointed|named|promoted|elected|co-opted)|appoints|names|promotes|elects|co-opts|${EN_FUTURE}(?:appoint|name|promote|elect)|(?:a|ont)\\s+${CONTRAST}\\s+(?:nommé|désigné|coopté|promu|élu|choisi|retenu))(?:\\s+${CONTRAST})?`,
);
export const WELCOMES = word(
  `(?:accueille|accueillent|a accueilli|accueillera|(?:fait|font|a fait|ont fait|fera|feront|vient de faire) entrer|recrute|recrutent|a recruté|intègre|intègrent|ont recruté|recrutera|ont accueilli|ont embauché|embauche|a embauché|embauchera|débauche|a débauché|débauchera|(?<!['’])engage|a engagé|engagent|ont engagé|engagera|s'offre|s'est offert|s'offrira|se dote d(?:e\\s|')|se dotera d(?:e\\s|')|s'est doté(?:e)? d(?:e\\s|')|se choisit|s'est choisi|se choisira|enrôle|enrôlera|(?:se renforce|se renforcera)(?: (?:en|dans|sur) [\\p{Ll}' -]{2,40}?)? avec(?: l'arrivée d(?:e\\s|'))?|(?:renforce|renforcera|étoffe|étoffera) (?:son|sa|ses|leur) [\\p{Ll}' -]{2,40}? avec(?: l'arrivée d(?:e\\s|'))?|(?:s'adjoint|s'adjoindra) les services d(?:e\\s|')|(?:s'attache|s'attachera) les services d(?:e\\s|')|(?<=^\\s*)(?:welcome|bienvenue) (?:à|to)|voit arriver|a vu arriver|verra arriver|chipe|a chipé|chipera|attire|a attiré|attirera|(?:has|have) (?:hired|poached|recruited|welcomed|brought in|tapped)|hires|poaches|recruits|welcomes|brings in|taps|${EN_FUTURE}(?:hire|poach|recruit|welcome|bring in|tap)|(?:vient|viennent) d(?:e\\s+|')(?:recruter|accueillir|embaucher|débaucher)|(?:a|ont)\\s+${CONTRAST}\\s+(?:recruté|accueilli|embauché|débauché))(?:\\s+${CONTRAST})?`,
);
// The English simple past of a release, "C named X R, effective March 10", "C hired X as R": the
// bare participle is as often a passive or an apposition ("X, appointed CEO in 2019, …", "was
// named"), so the row reads it only after no auxiliary and before a capitalised word followed by a
// small letter (a name: not "named CEO", not "named chief financial officer"). Built without the
// case-folding flag the other rows take, so that the capital is told; the kind follows the verb
// (shapes.ts "employer named (English past)").
export const EMPLOYER_PAST_EN =
  /(?<![\p{L}])(?<!(?:was|were|is|are|been|be|being|has|have|had|newly|recently|just|who|and|or)\s+(?:\p{Ll}+ly\s+|also\s+)?)(?<!,\s*)(?:named|appointed|promoted|elected|hired|recruited|poached|tapped)(?=\s+\p{Lu}\p{Ll})/gu;
export const ANNOUNCES = word(
  // ("la nomination avec effet immédiat de X", "l'arrivée officielle de X": the noun's qualifier)
  `(?:l'arrivée|la nomination|le recrutement|la promotion|l'entrée|le retour|la cooptation|l'élection)(?:\\s+(?:officielle|(?:avec|à)\\s+effet\\s+immédiat))?\\s+d(?:e\\s|')` +
    // a press release in English: "C announces the appointment of X as …"
    "|the (?:appointment|nomination|hiring|promotion|arrival|election) of\\s" +
    // a paragraph that opens on the noun: "Arrivée de Nadia Benali chez Kerlog…"
    `|(?<=^\\s*)(?:arrivée|nomination|recrutement|promotion)\\s+d(?:e\\s|')` +
    // "annonce la nomination de X au poste de R et celle de Y à la tête de …": the second one
    `|(?<=(?:l'arrivée|la nomination|le recrutement|la promotion)\\s+d(?:e\\s|')[^.;:]{3,160}?\\s)et\\s+(?:celle|celui)\\s+d(?:e\\s|')`,
);
// "Il sera remplacé le 1er septembre par Florence Aubry", "remplacée chez Mediaxis par Yann Koenig"
// "X steps down as CEO of C; Y succeeds him", "X will step down …, and is succeeded by Y": the one
// who leaves opens the item, the successor follows (stepped-down.ts); "is expected to step down"
// is a plan, not read
export const STEPS_DOWN = word(`(?:steps|stepped|is stepping|${EN_FUTURE}step) down`);
// "La relève est assurée par Y": the one relieved is the person named before (readReplacedBy); "est
// lui-même remplacé par Y", "allait être remplacé par Y" say it of a holder already named
export const REPLACED_BY = word(
  `(?:(?:est|sera|a été|sont|seront|ont été)(?:\\s+(?:lui|elle|eux|elles)-mêmes?)?|(?:va|vont|allait|allaient)\\s+être)\\s+remplacée?s?(?:\\s+[^,.;]{0,60}?)?\\s+par|relève\\s+(?:est|sera|a été)\\s+assurée\\s+(?:[^,.;]{0,30}?\\s+)?par`,
);
// "deux nouveaux associés :", "leur premier directeur financier :" — the people follow the colon
export const LISTED_TITLE = new RegExp(
  String.raw`^\s*(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+|(?:son|sa|ses|leur|leurs)\s+(?:premier|première|premiers|premières|nouveau|nouvelle|nouveaux|nouvelles)\s+|(?:un|une)\s+(?:(?:nouveau|nouvel|nouvelle)\s+)?)(?:nouveaux\s+|nouvelles\s+)?([\p{Ll}][\p{Ll}\s'-]{1,40}?)\s*(?::|,(?=\s*(?:(?:${HONORIFIC})\s+)?\p{Lu}[\p{Ll}\p{Lu}-]+\s+\p{Lu}))\s*`,
  "u",
);
// "trois nouveaux associés :", "ses deux vice-présidents :", "deux associés au 1er janvier :",
// "de nouveaux administrateurs :", "deux vice-présidents, A, …": a post given to several people,
// the plural title in group 1, their names after it (titled-lists.ts)
export const TITLED_LIST = word(
  String.raw`(?:(?:(?:ses|leurs|les)\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:(?:nouveaux|nouvelles|premiers|premières|autres)\s+)?|(?:de|les|ses|leurs)\s+(?:nouveaux|nouvelles)\s+)(\p{Ll}[\p{Ll}'’ -]{1,40}?[sx])(?:\s+(?:au|à|chez|le|la|les|l['’]|en|dès|pour|depuis|lors|d'ici|\d)[^:;.,]{0,30}?)?\s*(?::|\s+sont\s*:?|,(?=\s*(?:(?:${HONORIFIC})\s+)?\p{Lu}[\p{Ll}\p{Lu}-]+\s+\p{Lu}))`,
);
// The employer gains a post, in the tenses the press tells it ("C a un nouveau directeur financier :
// X", "C aura en novembre une nouvelle DRH : X", "C se dotera d'une DRH : X"), the time of the move
// optionally between the verb and the article. Ends on the article; fronted-clauses.ts readTitleOpener
// reads the same words before a title.
export const GAINS_POST = `(?:^|\\s)(?:a|aura|compte|comptera|se dote d['’]|se dotera d['’]|s'est dotée? d['’])\\s*(?:${MOVE_TIME}\\s+)?(?:un|une)`;
// "Nouveau CIO pour C : X", "Changement de CEO chez C : X remplace…", or the title right after
// the employer gains it (GAINS_POST)
// "C remplace son directeur financier : X", "C change de président : X": the employer replaces its
// own post's holder, named after the colon (the one replaced is not named)
// ("change de main(s)": an idiom, the house sold or handed over, no post named)
export const REPLACES_OWN_POST = `(?:^|\\s)(?:(?:remplace|remplacera|a remplacé|renouvelle|a renouvelé)\\s+(?:son|sa)|(?:change|changera|a changé)\\s+de(?!\\s+mains?(?![\\p{L}])))`;
export const TITLE_ANNOUNCED = new RegExp(
  `${word(`(?:(?:le|la|l')\\s*)?(?:nouvel(?:le)?|nouveau|changement de)`).source}|(?<=${GAINS_POST}\\s+)(?=\\p{L})`,
  "giu",
);
// "Est proposé au poste de président de C : X", "Est proposée au poste de directrice : X": the
// passive opens the sentence with no subject, the holder named after the post and its colon
export const PROPOSED_FIRST = String.raw`^[^\p{L}]*(?:est|sont|sera|seront|a été|ont été)\s+proposée?s?\s+(?:au poste|aux postes|aux fonctions)\s+d(?:e\s+|['’])`;
export const PROPOSED_TITLE_ANNOUNCED = new RegExp(`(?<=${PROPOSED_FIRST})(?=\\p{L})`, "giu");
// "un seul candidat se présentera à l'élection du secrétaire général de C : X": the post put to the
// vote, its candidate named after the colon
// ("deux candidats se disputeront l'élection du président de C : A et B" names no one elected)
export const ELECTION_OF_POST =
  /(?<!(?<![\p{L}])candidate?s(?![\p{L}])[^.;:]*)(?<=(?<![\p{L}])(?:à\s+)?l['’]élection\s+(?:du|de la|de l['’])\s*(?:(?:futur|future|nouveau|nouvelle|prochain|prochaine)\s+)?)(?=\p{Ll})/giu;
export const REPLACED_TITLE_ANNOUNCED = new RegExp(`(?<=${REPLACES_OWN_POST}\\s+)(?=\\p{L})`, "giu");
// "entre au conseil d'administration de C", "rejoint le conseil de surveillance de C", "siège
// désormais au conseil de C", "fait son entrée au conseil de C": a seat on a board is an
// appointment as a director ("siège au conseil" in the present only with "désormais": without it, a
// seat held). "conseil" alone stands for the board only when it is none of the councils named in
// full ("siège au conseil d'administration." with no house after it is not "conseil de C"), nor a
// management or neighbourhood council. The pattern ignores case, so the house cannot be told by
// its capital.
export const JOINS_BOARD = word(
  `${AUX}(?:(?:entre|entrent|entrera|fait son entrée|a fait son entrée|fera son entrée|siégera)\\s+(?:désormais\\s+)?au|siège\\s+désormais\\s+au|(?:rejoint|rejoignent|rejoindra|intègre|intègrent|intégrera)\\s+le)\\s+(?:conseil d'administration|conseil de surveillance|board|conseil(?!\\s+d['’]administration|\\s+de\\s+(?:surveillance|direction|gestion|quartier)))\\s+d(?:e\\s|u\\s|es\\s|')` +
    // "X joins the supervisory board of C", "has joined the board of C"
    `|(?:joins|joined|has joined|have joined|${EN_FUTURE}join)\\s+the\\s+(?:supervisory\\s+|advisory\\s+)?board\\s+of\\s`,
);
// "Le conseil de surveillance de C accueille X et Y", "Conseil d'administration de C : entrent X, Y et
// Z", "C's board welcomed X and Y": a board welcoming its members (board-welcomes.ts reads the subject)
export const BOARD_WELCOMES = word(
  "(?:accueille|accueillent|a accueilli|accueillera|welcomes|welcomed|has welcomed|will welcome|(?<=:\\s*)(?:entrent|entre|arrivent))",
);
// "Chez Studio Nord, Inès Delacroix passe de directrice de création à directrice générale"
// (between two houses, "passe de Ferlog à Kargo Rail", it is TRANSFERS: clause-readers.ts tells them)
export const CHANGES_POST =
  /(?<![\p{L}])(?:passe|est passée?|a été promue? de|moves|has moved) (?:de|d'|from) (?:la |le |l')?[\p{L}][^,.;:]{1,60}? (?:à|au|to) (?:la |le |l')?(?=\p{L})/gu;
// "X passe de Ferlog à Kargo Rail : il y devient R", "est passée du Groupe Orvia à Talvia comme R": a
// move between two houses, in capitals; the house joined follows "à", the one left is a previous
// employer (career.ts "passe de A à B"). A title in capitals ("passe de Head of Growth à COO") is a
// change of post (CHANGES_POST): clause-readers.ts readTransfer tells them. Case matters, so no "i" flag.
export const TRANSFERS =
  /(?<![\p{L}])(?:[Pp]asse|est passée?|passera|vient de passer)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)(?=[\p{Lu}\p{N}])[^,.;:()]{1,60}?\s(?:à|au|aux)(?=\s+(?:la\s+|l['’])?[\p{Lu}\p{N}])/gu;
// "X est head of data chez C depuis le 3 mars": read only with a recent day (clause-readers.ts)
// ("X est depuis lundi R de C": the recent day between the verb and the title)
export const IS_NOW = new RegExp(
  String.raw`(?<![\p{L}])est (?:désormais |aujourd'hui |depuis (?:le \d{1,2}(?:er)? (?:${MONTH})|${WORKDAY}) )?(?=\p{L})`,
  "gu",
);
// "Depuis le 2 mai, X dirige l'usine de Rodez de C": read only with a recent day (replacement-clauses.ts)
export const LEADS_NOW = /(?<![\p{L}])(?:dirige|préside)(?=\s)/gu;
// "Chef d'atelier : c'est X qui occupe désormais le poste chez C" (heading-post-holder.ts)
export const HOLDS_HEADING_POST =
  /(?<![\p{L}])qui\s+(?:occupe|occupera|prend|prendra|a\s+pris)\s+(?:désormais\s+|dorénavant\s+)?le\s+poste\s+chez\s+(?=[\p{Lu}\p{N}])/gu;
// "a pris le 2 mars les commandes de l'usine de V de C": the reins of a unit (replacement-clauses.ts)
export const TAKES_REINS_OF =
  /(?<![\p{L}])(?:prend|prendra|a pris|reprend|reprendra|a repris)\s+(?:le\s+\d{1,2}(?:er)?\s+\p{Ll}+\s+)?les\s+(?:rênes|commandes)\s+d(?:e\s+(?=l['’]|la\s)|['’](?=\p{Ll}))/gu;
// "Marc Lin est proposé au poste de directeur général de Kargo Rail"
export const PROPOSED = word(
  `${PASSIVE}proposée?s?(?=\\s+(?:au poste d|aux fonctions d|à la présidence|à la direction))`,
);
// "Ferlog crée un poste de directeur de la donnée et recrute Yann Tessier pour l'occuper"
export const CREATES_POST = word(
  `(?:crée|a créé|créé|créera|ouvre|a ouvert|ouvrira)\\s+(?:un|le)\\s+(?:nouveau\\s+)?poste\\s+d(?:e\\s|')`,
);
// "a élu à sa présidence", "a porté à sa direction générale", "appelle à sa tête": the holder follows
// ("a, elle, porté à sa tête": a contrast set in commas between the auxiliary and the participle)
export const POST_THEN_HOLDER =
  /(?<![\p{L}])(?:(?:a|ont)(?:,\s*(?:elle|lui|eux|elles|quant à (?:lui|elle)|de son côté|pour sa part|aussi|également),)?\s+)?(?:élu|élit|élira|porté|porte|portera|appelé|appelle|appellera|nommé|nomme|nommera|désigné|désigne|désignera)\s+à\s+(?:sa|la|son|leur)\s+(?=présidence|direction|tête)/gu;
// "Jean-Pierre Moulin laisse la présidence à son fils, Maxime Moulin"
// ("cède la gérance de C à X": a shop, a farm or a small firm is run by its "gérant")
// ("a laissé la présidence de C à X": the compound past hands it over too)
export const HANDS_OVER =
  /(?<![\p{L}])(?:laisse|laissera|cède|cédera|transmet|transmettra|passe|passera|(?:a|avait) (?:laissé|cédé|transmis))\s+(?:la|sa)\s+(?=présidence|direction|tête|gérance)/gu;
// "Ferlog confie sa direction commerciale à X", "confie sa coordination médicale à X", "va confier la direction de sa filiale D à X" (the
// near future, as "confiera"; "devrait confier" is a plan, rejections.ts), "C a confié la présidence de son directoire à X": the
// employer hands its post to the holder after "à"
// "sa codirection artistique à X et Y": a post shared by two holders; "son secrétariat général", "sa
// délégation générale", "sa trésorerie", "sa vice-présidence": an office its holder's title names
// (clause-slots.ts leadershipRole, gender.ts HOLDER_OF_POST)
export const ENTRUSTS_POST =
  /(?<![\p{L}])(?:confie|confiera|a confié|vient de confier|va confier|vont confier)\s+(?:la|sa|le|son)\s+(?=(?:co)?(?:présidence|direction)|(?:vice-présidence|délégation générale|secrétariat général|trésorerie|rédaction en chef)(?![\p{L}])|activité\s+\p{Ll}{4,}(?![\p{L}])|(?:coordination|chefferie|responsabilité)\s+(?:\p{Ll}{4,}\s+)?(?:d(?:e\s|u\s|es\s|['’])|à\s))/gu;
// "Substrala ouvre une usine à Ornans. Le fabricant en confie la direction à X": "en" stands for
// what the sentence before opened, bought or launched; its holder follows "à"
export const ENTRUSTS_WHAT_IT_OPENED =
  /(?<![\p{L}])en\s+(?:confie|confiera|a confié|vient de confier|confient|ont confié)\s+(?:la|sa)\s+(?=direction|présidence|responsabilité)/gu;
// "A cède sa place de directrice générale à B", "laisse sa casquette de gérant à B"
export const GIVES_UP_POST =
  /(?<![\p{L}])(?:cède|cédera|laisse|laissera|passe|passera) (?:sa place|son poste|son fauteuil|sa casquette) d(?:e\s|')/gu;
// "La direction générale de C a été confiée à X": the holder right after
export const CONFIDED_TO = new RegExp(
  String.raw`\s(?:a été|est|sera|vient d'être|avait été) confiée?\s+à\s+(?:(?:${HONORIFIC})\s+)?`,
  "gu",
);
// "Ferlog le remplace par X", "Kargo Rail promeut à sa place X": the employer names the successor
export const EMPLOYER_REPLACES = word(
  `(?:le|la|l['’])\\s*(?:a\\s+)?(?:remplace|remplacera|remplacée?)\\s+par|(?:promeut|a promu|promouvra|nomme|a nommé|nommera|désigne|a désigné|désignera|recrute|a recruté|recrutera|choisit|a choisi|choisira|appelle|a appelé|appellera)\\s+à sa place`,
);
// "Luc Faure cède sa place à Anne Roy", "passe le relais à Anne Roy", "transmettra le 1er mars les
// rênes de l'entreprise à Anne Roy": the successor follows "à"
export const PASSES_THE_BATON = word(
  `(?:cède|cèdera|cédera|a cédé|laisse|laissera|a laissé)\\s+(?:sa place|son fauteuil|son siège)\\s+à|(?:passe|passera|a passé|transmet|transmettra|a transmis)\\s+(?:(?:le\\s+\\d{1,2}(?:er)?\\s+\\p{Ll}+|en\\s+\\p{Ll}+|dès\\s+\\p{Ll}+)\\s+)?(?:le relais|la main|le flambeau|le témoin|les rênes(?:\\s+de\\s+l['’]entreprise|\\s+de\\s+la\\s+maison|\\s+de\\s+la\\s+société)?)\\s+à`,
);
// "la direction des opérations revient à X": the post before the verb, its holder after (chosen-holder.ts)
export const POST_FALLS_TO = word(`(?:revient|reviendra|est revenue?|échoit|échoira|est échue?)\\s+à`);
// "Le poste de directeur adjoint, laissé vacant par Y, est confié à X", "Son rôle de trésorière de C
// revient à X", "… est désormais occupé par X": a post named before its verb, its holder after it
// (chosen-holder.ts readNamedPostHolder tells the post from the words before the verb)
export const NAMED_POST_GOES_TO = word(
  `(?:revient|reviendra|est revenue?|échoit|échoira|est échue?)\\s+à|(?:est|a été|sera|vient d'être)\\s+(?:désormais\\s+)?(?:confiée?|attribuée?)\\s+à|(?:est|sera)\\s+(?:désormais\\s+)?(?:occupée?|tenue?)\\s+par`,
);
// "Sa nomination au poste de R de C a été actée le 3 février : X", "Son élection à la présidence de C
// a été confirmée : X": the appointment told by its noun, its holder named only after a colon
// (fronted-clauses.ts readNominationThenName)
export const NOMINATION_THEN_NAME = word(
  `(?:sa|son|leur)\\s+(?:nomination|désignation|élection|promotion|arrivée)\\s+(?=(?:au|aux|à\\s+la|à\\s+l['’]|comme|en tant que)\\s)`,
);
// "le choix s'est porté sur X comme R": the one chosen after the verb (chosen-holder.ts)
export const CHOICE_FALLS_ON = word(
  `(?:le|son|leur) choix (?:s'est|s’est|se porte|se portera|s'est finalement|s’est finalement) (?:porté )?sur`,
);
// "X quitte la direction des achats de C pour prendre celle de D": the same post, at D
export const LEAVES_FOR_SAME_POST =
  /(?<![\p{L}])(?:quitte|quittera|a quitté)\s+(?:la|sa)\s+(?=(?:direction|présidence)\s[^.;]{1,80}?\spour\s+(?:prendre|reprendre)\s+celle\s+d)/gu;
// "en remplacement de Luc Faure, parti diriger Kargo Rail", "elle succède à Anne Roy, partie prendre la
// présidence de C", "…, appelé à présider C", "…, parti chez C comme R" (or "…, qui part diriger C"): a
// participle right after a name and its comma tells the post that person leaves for (most often the
// one the sentence's mover replaces), with no verb of a clause of their own
// ("X quitte C pour prendre la direction de D", "X quitte l'entreprise qu'il dirigeait pour
// présider D", "X est en route pour prendre la tête de D": the purpose after the verb of leaving,
// or the journey, tells the post the sentence's subject moves to; "pour prendre ce poste" and
// "pour prendre celle de D" name no post of their own and are read elsewhere or not at all, nor does
// "pour prendre la tête de D comme R", whose title another row reads)
export const LEAVES_FOR_POST = word(
  String.raw`(?<=,\s*)(?:partie?s?\s+(?:diriger|présider|prendre|rejoindre|chez)|appelée?s?\s+(?:à\s+(?:diriger|présider|prendre|la(?=\s+(?:direction|présidence|tête)))|comme))|(?<=,\s*qui\s+)(?:part|partent|partira|partiront|est\s+partie?)\s+(?:diriger|présider|prendre)|(?<=(?<![\p{L}])(?:quitte|quittent|quittera|quitteront)\s[^.;:!?«»]{1,80}?\s)pour\s+(?:diriger|présider|prendre(?=\s+(?:la|les)\s+(?:direction|présidence|tête|rênes)\s))(?![^.;:!?]*\scomme\s)|(?:est|sont)\s+en\s+route\s+pour\s+(?:diriger|présider|prendre)`,
);
// "À la direction financière, Anne Roy (ex-Kargo Rail) ; à la direction commerciale, Paul Girard":
// a team announced post by post, without a verb
export const POST_HEADS_ITEM =
  /(?<=(?:^|[;:]|\.)\s*)(?:À|à) la (?=(?:direction|présidence)(?:\s+\p{Ll}[\p{Ll}' -]{0,40})?,\s*\p{Lu})/gu;
// "L'Établissement du sang de la Vesle est désormais dirigé par X", "Le conseil d'administration de C
// sera désormais présidé par X": the house (or its board) before the verb, its new head after "par";
// only with "désormais" or the like, since "était dirigé par" tells the past and "est dirigé par"
// may tell a post held for years; "sera dirigé par X" tells a post to come, with or without one
// "C'est désormais X qui dirige C, en qualité de R": the cleft names the new head of the house after
// the verb, its title after "en qualité de" / "comme"; "désormais" or the like tells the change
export const NOW_HEADS = word(
  String.raw`(?<=c['’]est\s+(?:désormais|dorénavant|maintenant|à présent)\s+[^,.;:]{2,80}?\s+qui\s+)(?:dirige|préside|pilote)(?=\s)`,
);
// "C ouvre une agence à V. Elle sera dirigée par X": the site just opened, named by a pronoun opening
// the sentence (fronted-clauses.ts readOpenedSiteLed)
export const OPENED_SITE_LED_BY =
  /^\s*(?:Elle|Il)\s+(?:sera|est désormais|va être)\s+(?:dirigée?|présidée?|pilotée?)\s+par(?=\s)/gu;
export const NOW_LED_BY = word(
  `(?:(?:est|sera|a été)\\s+(?:désormais|dorénavant|maintenant|à présent)|sera)\\s+(?:dirigée?|présidée?|pilotée?)\\s+par`,
);
