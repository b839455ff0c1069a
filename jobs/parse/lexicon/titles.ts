// Job titles: the words a title starts with, the acronyms it is written as, and the words that
// belong to a title rather than to a name or an employer.

import { LEGAL_FORMS } from "./companies.ts";
import { foldWord } from "./fold.ts";

// Titles written as acronyms ("CFO", "DRH", "PDG"), folded.
export const TITLE_ACRONYMS =
  "vp svp evp avp ceo cfo coo cto cmo cio cdo cpo cro chro ciso cso pdg dg dga daf drh dsi rssi".split(" ");

// The nouns a title starts with ("directrice", "head", "CFO" above), folded.
export const TITLE_HEAD_NOUNS = (
  "directeur directrice president presidente responsable chef cheffe head chief officer director " +
  "manager fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice gerant gerante " +
  "cogerant cogerante co-gerant co-gerante codirecteur codirectrice co-directeur co-directrice " +
  "secretaire tresorier tresoriere administrateur administratrice associe associee partner " +
  "consultant consultante lead"
).split(" ");

// Heads of offices and trades that open a title too ("délégué général", "rédactrice en chef", "doyen de
// la faculté", "commandant de la brigade"), folded. Kept out of ROLE_WORDS, where a name run would stop
// at them ("Paul Doyen"): only the slot reader (slot-reader.ts) reads a title by them.
export const OFFICE_HEAD_NOUNS = new Set(
  (
    "delegue deleguee redacteur redactrice doyen doyenne commandant commandante recteur rectrice " +
    "proviseur proviseure conseiller conseillere entraineur entraineuse selectionneur selectionneuse " +
    "maire prefet prefete conservateur conservatrice intendant intendante avocat avocate notaire " +
    "directeur-adjoint vice-president vice-presidente vice-doyen vice-doyenne chargee charge " +
    "coordinateur coordinatrice"
  ).split(" "),
);

// Acronyms of functions and fields a title names ("DG RH", "head of IA", "directeur RSE"), folded.
export const FUNCTION_ACRONYMS = "sg md gm hr rh it ia ai esg rse ca".split(" ");

// Words of job titles; a name run stops at them ("Claire Dupont Chief Revenue Officer").
export const ROLE_WORDS = new Set([
  ...TITLE_HEAD_NOUNS,
  ..."directeurs directrices vice senior managing general generale global country managers executive associate founder principal deputy adjoint adjointe cxo".split(
    " ",
  ),
  ...TITLE_ACRONYMS,
  ...FUNCTION_ACRONYMS,
  ...LEGAL_FORMS,
]);

// The words a title starts with, as unread.ts lists the titles of a paragraph nobody read.
export const TITLE_HEADS = new Set([...TITLE_HEAD_NOUNS, ...TITLE_ACRONYMS]);

// Title words that end a company name ("Lumen CEO", "rejoint Lumen Head of …"). Words such as
// "Générale" or "Partners" stay: "Société Générale", "Weiss & Partners".
export const TITLE_WORDS_OUTSIDE_COMPANIES = new Set([
  ..."chief officer head director directeur directrice directeurs president presidente vice managing manager responsable".split(
    " ",
  ),
  // "Fondateur de Dentaliance (42 centres), le Dr X …": who founded the house opens the sentence
  ..."fondateur fondatrice cofondateur cofondatrice founder cofounder co-founder".split(" "),
  ...TITLE_ACRONYMS,
]);

// Capitalised department words that belong to a title ("Directeur de la Stratégie"), not an employer.
export const DEPARTMENT_WORDS = new Set(
  (
    "strategie communication marketing innovation transformation data technologie technologies " +
    "recherche finance finances ventes operations produit produits digital numerique rh " +
    "ressources humaines conformite audit juridique achats supply qualite developpement r&d rse esg"
  ).split(/\s+/),
);

// Familiar words for whoever runs a business ("le nouveau patron de la banque", "le boss de …"),
// folded: they say who leads, not the title the employer gave, so a record keeping one is read by
// an editor before it is published (doubts.ts role_colloquial).
export const COLLOQUIAL_TITLES = new Set("patron patronne boss taulier tauliere".split(" "));

// Every noun a title commonly opens with in French or English trade-press appointments, both
// genders, folded: broader than TITLE_HEAD_NOUNS (which the readers use to find titles, where a
// wider list would read more spans as titles). Only the doubt role_head_unknown (doubts.ts) reads
// it: a role opening on a word none of these is ("plus jeune directeur …", "mois dernier
// directeur …", "à celui de responsable …", "aux commandes du site …") was cut at the wrong place.
// Written from what titles are, not from the corpora's records; extend it with real titles only.
export const TITLE_HEAD_VOCABULARY = new Set(
  // management and boards
  (
    "directeur directrice president presidente pdg responsable chef cheffe gerant gerante cogerant " +
    "cogerante co-gerant co-gerante dirigeant " +
    "dirigeante administrateur administratrice membre secretaire tresorier tresoriere censeur censeure " +
    "associe associee fondateur fondatrice cofondateur cofondatrice delegue deleguee adjoint adjointe " +
    "mandataire liquidateur liquidatrice commissaire controleur controleuse auditeur auditrice " +
    "premier premiere superviseur superviseuse coordinateur coordinatrice coordonnateur coordonnatrice " +
    "animateur animatrice manager cadre porte-parole attache attachee charge chargee expert experte " +
    "conseiller conseillere consultant consultante agent agente inspecteur inspectrice intendant " +
    "intendante econome regisseur regisseuse gestionnaire acheteur acheteuse actuaire souscripteur " +
    "souscriptrice courtier courtiere banquier banquiere collaborateur collaboratrice formateur " +
    "formatrice technicien technicienne titulaire maitre maitresse " +
    // public office, justice, diplomacy, faith
    "maire prefet prefete recteur rectrice proviseur proviseure doyen doyenne ministre depute deputee " +
    "senateur senatrice ambassadeur ambassadrice consul consule gouverneur gouverneure chancelier " +
    "chanceliere mediateur mediatrice defenseur defenseure rapporteur rapporteure magistrat magistrate " +
    "procureur procureure juge greffier greffiere avocat avocate notaire huissier huissiere batonnier " +
    "batonniere eveque archeveque abbe abbesse cure vicaire aumonier aumoniere pasteur pasteure " +
    "commandant commandante capitaine colonel lieutenant officier amiral haut haute principale " +
    "questeur questrice eurodepute eurodeputee superieur superieure prieur prieure diacre chanoine " +
    "cardinal nonce rabbin imam " +
    // professions named as posts
    "redacteur redactrice editorialiste chroniqueur chroniqueuse journaliste correspondant " +
    "correspondante producteur productrice realisateur realisatrice programmateur programmatrice " +
    "conservateur conservatrice curateur curatrice architecte ingenieur ingenieure economiste " +
    "analyste comptable juriste chercheur chercheuse professeur professeure enseignant enseignante " +
    "medecin docteur pharmacien pharmacienne chirurgien chirurgienne infirmier infirmiere " +
    "planneur planneuse concepteur conceptrice designer stratege metteur metteuse scenariste " +
    "showrunner auteur autrice compositeur compositrice choregraphe presentateur presentatrice editeur " +
    "editrice photographe reporter critique praticien praticienne biologiste sage-femme oenologue " +
    "kinesitherapeute recruteur recruteuse " +
    // sport
    "entraineur entraineuse entraineure selectionneur selectionneuse preparateur preparatrice " +
    "arbitre joueur joueuse pilote " +
    // English
    "chief head director president vice-president officer manager partner counsel associate " +
    "principal founder cofounder co-founder chairman chairwoman chair chairperson lead leader " +
    "executive deputy senior general managing country global regional treasurer secretary " +
    "controller comptroller advisor adviser evangelist ambassador editor producer curator fellow " +
    "professor dean provost trustee governor commissioner superintendent owner operating venture " +
    "coach independent non-executive board member junior"
  ).split(/\s+/u),
);

// Head nouns an English title ends on ("studio head", "product owner", "sales director"): a role
// whose first word is unknown is still a title when one of its first words is one of these.
export const ENGLISH_TITLE_HEADS = new Set(
  "head manager director officer lead partner owner president counsel engineer executive developer scientist analyst architect designer strategist specialist".split(
    " ",
  ),
);

// What else an English title may end on, after a name with no "as" ("has named X chief executive",
// "… chairman", "… executive chef", "… secretary general"): the heads above and the offices of a
// board or a kitchen. Read only in a window of lower-case words (clause-slots.ts isEnglishTitle).
export const ENGLISH_TITLE_ENDINGS = new Set([
  ...ENGLISH_TITLE_HEADS,
  ..."chairman chairwoman chair chairperson chef treasurer secretary editor dean curator controller".split(
    " ",
  ),
]);

// A trade's agent noun by its French shape (-ier/-ière, -iste, -eur/-euse, -ien/-ienne), the way the
// trade press names a house before its name when no descriptor of COMPANY_DESCRIPTORS fits ("du
// briquetier Ignol", "chez le papetier Vélin", "le chocolatier Cabosse"); a title's head (the
// title vocabulary above), the nouns of a scope or a rank and a ship's kind are no trade. Read only before a
// capitalised name.
const TRADE_NOUN_SHAPE = /^\p{Ll}[\p{Ll}-]{2,}(?:ier|ière|iste|eur|euse|ien|ienne)s?$/u;
const NOT_TRADES = new Set([
  ..."secteur interieur exterieur quartier premier premiere dernier derniere entier entiere ancien ancienne meilleur superieur inferieur moniteur monitrice".split(
    " ",
  ),
  // ships named by their kind: "commandant du chalutier Korrigan" commands a ship of the house
  ..."chalutier thonier methanier voilier caboteur remorqueur baliseur langoustier sardinier palangrier fileyeur caseyeur dragueur porte-conteneurs".split(
    " ",
  ),
]);
export function isTradeNoun(word: string): boolean {
  if (!TRADE_NOUN_SHAPE.test(word)) return false;
  const folded = foldWord(word).replace(/s$/u, "");
  return !TITLE_HEAD_VOCABULARY.has(folded) && !NOT_TRADES.has(folded);
}
