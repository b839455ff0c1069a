import type { ParsedMove } from "./types.ts";

// The readers' notes (issue 13): what a clause reader, the paragraph reader or the issue's last
// passes say about how they read a record, as typed values. Each kind carries the English reason
// the JSON contract writes (ParsedMove.reasons), the French label the admin shows, and the penalty
// it takes off the confidence (paragraph.ts confidenceFor). Code compares kinds, never the English
// text: the wording is written once, here. The doubts raised on finished records (doubts.ts) are
// kinds of the same shape.

export interface NoteKind {
  readonly id: string;
  /** The English text of the JSON contract; a quoting note writes its words after it, in double quotes. */
  readonly reason: string;
  /** What the admin shows an editor. */
  readonly label: string;
  /** What the note takes off a clean reading's confidence (0.95). */
  readonly penalty: number;
  /** The note quotes the newsletter's words (its detail) after its reason; the label quotes them too. */
  readonly quotes?: true;
}

/** A note on a record: its kind, and for a kind that quotes the newsletter, the words quoted. */
export interface Note {
  readonly kind: NoteKind;
  readonly detail?: string;
}

// A reading no table row prices otherwise costs this (a second look, not a hold for review).
const PLAIN = 0.1;

const kind = (id: string, reason: string, label: string, penalty: number, quotes?: true): NoteKind =>
  Object.freeze({ id, reason, label, penalty, ...(quotes ? { quotes } : {}) });

export const NOTES = {
  // the employer
  companyGuessedFromParagraph: kind(
    "company_guessed_from_paragraph",
    "company guessed from paragraph",
    "entreprise devinée d’après le paragraphe",
    0.4,
  ),
  companyGuessedFromItemHeading: kind(
    "company_guessed_from_item_heading",
    "company guessed from the item's heading",
    "entreprise devinée d’après le titre de l’entrée",
    0.4,
  ),
  companyInferredFromEarlierSentence: kind(
    "company_inferred_from_earlier_sentence",
    "company inferred from earlier sentence",
    "entreprise déduite d’une phrase précédente",
    0.15,
  ),
  // paragraph.ts: "Au C, la directrice X est remplacée par Y. X rejoint la préfecture": the house the
  // context gives is the one X is replaced at, so most likely the one X leaves
  companyReplacedAt: kind(
    "company_replaced_at",
    "company inferred is the one where the person is replaced",
    "entreprise déduite : celle où la personne est remplacée",
    0.2,
  ),
  companyInferredFromAnaphor: kind(
    "company_inferred_from_anaphor",
    "company inferred from an anaphor",
    "entreprise déduite d’un pronom ou d’un nom qui renvoie en arrière",
    0.15,
  ),
  companyPointedBackByY: kind(
    "company_pointed_back_by_y",
    "company pointed back by « y »",
    "entreprise désignée par « y »",
    PLAIN,
  ),
  companyPointedBackByWhere: kind(
    "company_pointed_back_by_where",
    "company pointed back by « où »",
    "entreprise désignée par « où »",
    PLAIN,
  ),
  companyFromSentenceOpening: kind(
    "company_from_sentence_opening",
    "company taken from sentence opening",
    "entreprise tirée du début de la phrase",
    0.05,
  ),
  companyFromSentenceSubject: kind(
    "company_from_sentence_subject",
    "company taken from sentence subject",
    "entreprise tirée du sujet de la phrase",
    0.05,
  ),
  companyFromSentenceHeading: kind(
    "company_from_sentence_heading",
    "company taken from sentence heading",
    "entreprise tirée de l’intertitre",
    PLAIN,
  ),
  companyFromPredecessorDeparture: kind(
    "company_from_predecessor_departure",
    "company taken from the predecessor's departure",
    "entreprise déduite du départ du prédécesseur",
    0.1,
  ),
  companyFromOneReplaced: kind(
    "company_from_one_replaced",
    "company taken from the one replaced",
    "entreprise déduite de celle de la personne remplacée",
    PLAIN,
  ),
  companyFromSubsidiaryAfterTitle: kind(
    "company_from_subsidiary_after_title",
    "company taken from the subsidiary named after the title",
    "entreprise tirée de la filiale nommée après l’intitulé",
    PLAIN,
  ),
  companyBoundaryFromDirectory: kind(
    "company_boundary_from_directory",
    "company boundary taken from the directory",
    "limites du nom de l’entreprise prises dans l’annuaire",
    PLAIN,
  ),
  companyNamedByLastWord: kind(
    "company_named_by_last_word",
    "company named by its last word, written in full elsewhere in the issue",
    "entreprise nommée par son dernier mot, écrite en entier ailleurs dans le numéro",
    0.05,
  ),
  companyNamedByAcronymAndPlace: kind(
    "company_named_by_acronym_and_place",
    "company named by its acronym, written in full elsewhere in the issue",
    "entreprise nommée par son sigle, écrite en entier ailleurs dans le numéro",
    0.05,
  ),
  companySpellingDiffers: kind(
    "company_spelling_differs",
    "company spelling differs between mentions",
    "l’entreprise est écrite différemment d’une mention à l’autre",
    0.05,
  ),
  // issue 12 item 14: a repair into another spelling from another paragraph is held for review
  companyRepaired: kind(
    "company_repaired",
    "company repaired to a look-alike named elsewhere in the issue",
    "entreprise corrigée d’après une graphie voisine écrite ailleurs dans le numéro",
    0.2,
  ),
  employerCutFromTitle: kind(
    "employer_cut_from_title",
    "employer cut from the end of the title",
    "employeur retiré de la fin de l’intitulé",
    PLAIN,
  ),
  employerNamedAfterPost: kind(
    "employer_named_after_post",
    "the post names an employer after the one read",
    "le poste nomme un employeur après celui qui a été lu",
    PLAIN,
  ),
  // the post
  roleNotFoundGuessed: kind(
    "role_not_found_guessed",
    "role not found, guessed from",
    "poste non trouvé, deviné d’après",
    0.3,
    true,
  ),
  roleNotFoundSamePost: kind(
    "role_not_found_same_post",
    "role not found: the same post as an unnamed one",
    "poste non trouvé : le même que celui d’une personne non nommée",
    0.3,
  ),
  roleFoundLater: kind(
    "role_found_later",
    "role found in a later sentence",
    "poste trouvé dans une phrase suivante",
    0.2,
  ),
  postFromPredecessorDeparture: kind(
    "post_from_predecessor_departure",
    "post taken from the predecessor's departure",
    "poste déduit du départ du prédécesseur",
    0.2,
  ),
  postFromOneReplaced: kind(
    "post_from_one_replaced",
    "post taken from the one replaced",
    "poste déduit de celui de la personne remplacée",
    0.2,
  ),
  // employer-successions.ts: the post the one replaced took elsewhere, not one said to be theirs here
  postGuessedFromNewPost: kind(
    "post_guessed_from_new_post",
    "post guessed from the one replaced's new post",
    "poste deviné d’après le nouveau poste de la personne remplacée",
    0.2,
  ),
  // chosen-holder.ts postAwaitedBefore: "Le nom du futur R de C est connu. … le choix s'est porté sur X"
  postAwaitedBefore: kind(
    "post_awaited_before",
    "post announced as awaited in the sentence before",
    "poste annoncé comme attendu dans la phrase précédente",
    0.2,
  ),
  // taken-over-post.ts: the title and house are the departing person's, read across sentences
  postTakenOver: kind(
    "post_taken_over",
    "post taken over from the departing person",
    "poste repris de la personne qui part",
    0.2,
  ),
  // interview-chapo.ts: the post is told by its place, before the name, and only the item's heading
  // says it is new
  readFromChapo: kind(
    "read_from_chapo",
    "post read from an interview chapô",
    "poste lu dans le chapô d’un entretien",
    0.2,
  ),
  postFromItemWithoutVerb: kind(
    "post_from_item_without_verb",
    "post read from an item without a verb",
    "poste lu dans une entrée sans verbe",
    PLAIN,
  ),
  roleSharedByList: kind(
    "role_shared_by_list",
    "role shared by a list of people",
    "poste partagé par une énumération",
    0.2,
  ),
  bodyOfficer: kind(
    "body_officer",
    "title of an officer of a body the list's lead names",
    "intitulé d’un membre du bureau de l’instance que nomme le début de la liste",
    0.2,
  ),
  titleGenderGuessed: kind("title_gender_assumed", "title gender guessed", "genre de l’intitulé deviné", 0.2),
  titleParaphrased: kind(
    "title_paraphrased",
    "title paraphrased from",
    "intitulé reformulé d’après",
    0.2,
    true,
  ),
  titleFromBoardSeat: kind(
    "title_from_board_seat",
    "title paraphrased from the seat on the board",
    "intitulé reformulé d’après le siège au conseil",
    0.2,
  ),
  titleFromLeadingVerb: kind(
    "title_from_leading_verb",
    "title paraphrased from the verb of leading",
    "intitulé reformulé d’après le verbe « diriger » ou « présider »",
    0.2,
  ),
  titleStatedBeforeName: kind(
    "title_stated_before_name",
    "title stated before the name",
    "intitulé donné avant le nom",
    0.05,
  ),
  titleBeforeNameMaybeHeld: kind(
    "title_before_name_maybe_held",
    "title read before the name, maybe the post held until now",
    "intitulé lu avant le nom, peut-être le poste occupé jusqu’ici",
    0.2,
  ),
  titleBetweenVerbAndPerson: kind(
    "title_between_verb_and_person",
    "title read before the name, between the verb and the person",
    "intitulé lu avant le nom, entre le verbe et la personne",
    0.2,
  ),
  roleNamesSubsidiary: kind(
    "role_names_subsidiary",
    "role names a subsidiary, which may be the employer",
    "le poste nomme une filiale, qui est peut-être l’employeur",
    0.2,
  ),
  roleNotATitle: kind(
    "role_not_a_title",
    "role not recognised as a job title",
    "poste non reconnu comme un intitulé",
    PLAIN,
  ),
  rolePhraseLong: kind(
    "role_phrase_long",
    "role phrase unusually long",
    "intitulé de poste anormalement long",
    PLAIN,
  ),
  // the person and the reading
  firstNameUnknown: kind("first_name_unknown", "first name not recognised", "prénom inconnu", PLAIN),
  weakName: kind(
    "weak_name",
    "name read from its place in a list",
    "nom lu d’après sa place dans une liste",
    0.1,
  ),
  // chosen-holder.ts: a reading no first-scored corpus has measured yet waits for an editor
  newShape: kind(
    "new_shape",
    "read by a shape not yet measured on a first-scored corpus",
    "lu par une forme de phrase pas encore mesurée sur un corpus inédit",
    0.2,
  ),
  readFromFieldLayout: kind(
    "read_from_field_layout",
    "read from a field layout",
    "lu dans une fiche à champs",
    PLAIN,
  ),
  // first-person-posts.ts: its default penalty, as a field layout's
  readFromFirstPersonPost: kind(
    "read_from_first_person_post",
    "read from a first-person post",
    "lu dans un message écrit à la première personne",
    PLAIN,
  ),
  // Written by the import, not the parser (server/services/import-issue.ts): a record's reasons have
  // one registry, so the admin labels this one like the others.
  attachedByNameOnly: kind(
    "attached_by_name_only",
    "attached to an existing person by name only (no employer in common)",
    "rattaché à une fiche existante par le nom seul (aucun employeur en commun) : vérifier que c’est la même personne",
    0.05,
  ),
} as const satisfies Record<string, NoteKind>;

/** Every reader's note kind, for the admin's labels and the tests. */
export const NOTE_KINDS: readonly NoteKind[] = Object.values(NOTES);

// A note without a detail is one value per kind, so a list of notes can be searched by identity too.
const plainNotes = new Map<NoteKind, Note>();

/** The note of a kind; a kind that quotes the newsletter takes the words quoted. */
export function note(kind: NoteKind, detail?: string): Note {
  if (detail !== undefined) return Object.freeze({ kind, detail });
  const known = plainNotes.get(kind);
  if (known) return known;
  const plain = Object.freeze({ kind });
  plainNotes.set(kind, plain);
  return plain;
}

/** The note's English reason as the JSON contract writes it. */
export const noteText = (note: Note): string =>
  note.detail === undefined ? note.kind.reason : `${note.kind.reason} "${note.detail}"`;

/** The note as the admin shows it, in French, the words quoted as the newsletter wrote them. */
export const noteLabel = (note: Note): string =>
  note.detail === undefined ? note.kind.label : `${note.kind.label} « ${note.detail} »`;

export const hasNote = (notes: readonly Note[] | undefined, kind: NoteKind): boolean =>
  notes?.some((note) => note.kind === kind) === true;

/**
 * A record while the parser still works on it (issue.ts): its notes are typed, and become the
 * English reasons of ParsedMove (noteText) once the record is finished.
 */
export interface NotedMove extends Omit<ParsedMove, "reasons"> {
  reasons: Note[];
}
