// Job titles: the words a title starts with, the acronyms it is written as, and the words that
// belong to a title rather than to a name or an employer.

import { LEGAL_FORMS } from "./companies.ts";

// Titles written as acronyms ("CFO", "DRH", "PDG"), folded.
export const TITLE_ACRONYMS =
  "vp svp evp avp ceo cfo coo cto cmo cio cdo cpo cro chro ciso cso pdg dg dga daf drh dsi rssi".split(" ");

// The nouns a title starts with ("directrice", "head", "CFO" above), folded.
export const TITLE_HEAD_NOUNS = (
  "directeur directrice president presidente responsable chef cheffe head chief officer director " +
  "manager fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice gerant gerante " +
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
    "directeur-adjoint vice-president vice-presidente vice-doyen vice-doyenne chargee charge"
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
  ...TITLE_ACRONYMS,
]);

// Capitalised department words that belong to a title ("Directeur de la Stratégie"), not an employer.
export const DEPARTMENT_WORDS = new Set(
  (
    "strategie communication marketing innovation transformation data technologie technologies " +
    "recherche finance finances ventes operations produit produits digital numerique rh " +
    "ressources humaines conformite audit juridique achats supply qualite developpement r&d"
  ).split(/\s+/),
);

// Familiar words for whoever runs a business ("le nouveau patron de la banque", "le boss de …"),
// folded: they say who leads, not the title the employer gave, so a record keeping one is read by
// an editor before it is published (doubts.ts role_colloquial).
export const COLLOQUIAL_TITLES = new Set("patron patronne boss taulier tauliere".split(" "));
