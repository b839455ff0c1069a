// The doubts that keep a record out of automatic publication, the role tidying rules and the
// asides blanked before clauses are read: one row per case, invented names only.

import { describe, expect, it } from "@jest/globals";
import { DOUBTS, type DoubtSubject, doubtsAbout } from "../../../jobs/parse/doubts.ts";
import { isFrenchWord } from "../../../jobs/parse/french-words.ts";
import { parseIssueText } from "../../../jobs/parse/index.ts";
import { NOTES, note } from "../../../jobs/parse/notes.ts";
import { ROLE_TIDY_RULES, roleWithoutEmployer, tidyRole } from "../../../jobs/parse/role-cleanup.ts";
import { maskAsides } from "../../../jobs/parse/sentences.ts";
import { AUTO_PUBLISH_CONFIDENCE } from "./heldout-score.ts";
import { movesOf } from "./issue-text.ts";

const record = (extra: Partial<DoubtSubject>): DoubtSubject => ({
  person: "Élodie Marchand",
  company: "Corvania",
  role: "directrice financière",
  ...extra,
});

// [doubt id, record, raised?]
const CASES: [string, Partial<DoubtSubject>, boolean][] = [
  ["formula", { role: '=HYPERLINK("http://x")' }, true],
  ["formula", { company: "+Corvania" }, true],
  ["formula", { role: "-directeur" }, true],
  ["formula", { company: "@Corvania" }, true],
  ["formula", { role: "\tdirectrice" }, true],
  ["formula", { role: "\rdirectrice" }, true],
  ["formula", { role: "directrice financière" }, false],
  ["company_common_word", { company: "Même" }, true],
  ["company_common_word", { company: "Quatre" }, true],
  ["company_common_word", { company: "Générale" }, true],
  ["company_common_word", { company: "Contrôleur" }, true],
  ["company_common_word", { company: "Formalité" }, true],
  ["company_common_word", { company: "Corvania" }, false],
  ["company_common_word", { company: "SNCF" }, false],
  ["company_common_word", { company: "Laiterie Dorval" }, false],
  ["company_names_person", { person: "Paul Girard", company: "Girard" }, true],
  ["company_names_person", { person: "Paul Girard", company: "Girard Conseil" }, true],
  ["company_names_person", { person: "Paul Girard", company: "Paul Girard" }, true],
  ["company_names_person", { person: "Paul Girard", company: "Corvania" }, false],
  [
    "role_organising_committee",
    { role: "président du comité d'organisation", company: "Salon du Livre de Vaurenne" },
    true,
  ],
  ["role_organising_committee", { role: "président du comité stratégique", company: "Finexa" }, false],
  ["person_first_name_initials", { person: "P.-A. Lestrange" }, true],
  ["person_first_name_initials", { person: "T. Marvaud" }, true],
  ["person_first_name_initials", { person: "Paul R. Girard" }, false],
  ["company_looks_like_person", { company: "Julie Morel" }, true],
  ["company_looks_like_person", { company: "Kargo Rail" }, false],
  ["role_adverbial", { role: "de justesse président" }, true],
  ["role_adverbial", { role: "en outre country manager par intérim" }, true],
  ["role_adverbial", { role: "à la même date directeur général" }, true],
  ["role_adverbial", { role: "le 1er mars directrice financière" }, true],
  ["role_adverbial", { role: "en juin directeur" }, true],
  ["role_adverbial", { role: "2 janvier directeur" }, true],
  ["role_adverbial", { role: "directeur général" }, false],
  ["role_clause", { role: "président du conseil et le directeur financier Paul Roche devient" }, true],
  ["role_clause", { role: "directrice, elle succède à Anne Roy" }, true],
  ["role_clause", { role: "directrice des achats, de la logistique et des partenariats" }, false],
  ["role_too_long", { role: "directeur ".repeat(15).trim() }, true],
  ["title_gender", { person: "Damien Roche", role: "directrice générale" }, true],
  ["title_gender", { person: "Élodie Marchand", role: "président du conseil" }, true],
  ["title_gender", { person: "Camille Roche", role: "directrice générale" }, false],
  ["title_gender", { person: "Damien Roche", role: "responsable des achats" }, false],
  [
    "title_gender_guessed",
    { person: "Azilis Tréhin", role: "président", paragraph: "C a élu Azilis Tréhin à sa présidence." },
    true,
  ],
  [
    "title_gender_guessed",
    { person: "Azilis Tréhin", role: "présidente", paragraph: "Azilis Tréhin est élue présidente de C." },
    false,
  ],
  [
    "title_gender_guessed",
    { person: "Hélène Roche", role: "présidente", paragraph: "C a élu Hélène Roche à sa présidence." },
    false,
  ],
  [
    "role_cut_short",
    { role: "directrice", paragraph: "Anne Roy devient directrice de la banque de détail de Corvania." },
    true,
  ],
  [
    "company_cut_short",
    { company: "Hydrolor", paragraph: "Anne Roy devient présidente d'Hydrolor Solaire." },
    true,
  ],
  ["company_cut_short", { company: "CHU", paragraph: "Anne Roy dirige le CHU de Valmoray." }, true],
  [
    "company_cut_short",
    {
      company: "Groupement des kinésithérapeutes de santé",
      paragraph: "Le Groupement des kinésithérapeutes de santé au travail a élu présidente Anne Roy.",
    },
    true,
  ],
  [
    "company_cut_short",
    {
      company: "Groupement des kinésithérapeutes de santé",
      paragraph: "Le Groupement des kinésithérapeutes de santé en mars a élu présidente Anne Roy.",
    },
    false,
  ],
  [
    "public_body_or_house",
    {
      person: "Anne Roy",
      company: "gare de Brenville",
      paragraph: "Ferlog Rail promeut Anne Roy directrice de la gare de Brenville.",
    },
    true,
  ],
  [
    "public_body_or_house",
    {
      person: "Anne Roy",
      company: "gare de Brenville",
      paragraph: "Anne Roy est nommée directrice de la gare de Brenville.",
    },
    false,
  ],
  ["role_is_a_name", { role: "Brenville" }, true],
  ["role_is_a_name", { role: "Directrice financière" }, false],
  ["role_is_a_name", { role: "Chief Financial Officer" }, false],
  ["company_cut_short", { company: "Hydrolor", paragraph: "Anne Roy devient présidente d'Hydrolor." }, false],
  [
    "company_cut_short",
    {
      company: "Institut national des fibres de lin",
      paragraph: "L'Institut national des fibres de lin teillé se dote d'une directrice : Anne Roy.",
    },
    true,
  ],
  [
    "company_cut_short",
    {
      company: "Institut national des fibres de lin",
      paragraph: "L'Institut national des fibres de lin se dote d'une directrice : Anne Roy.",
    },
    false,
  ],
  [
    "company_cut_short",
    { company: "Hydrolor", known: true, paragraph: "Anne Roy rejoint Hydrolor Solaire." },
    false,
  ],
  [
    "company_off_its_name",
    { company: "Hadrien Moulin", paragraph: "au côté du fondateur Hadrien Moulin." },
    true,
  ],
  [
    "company_off_its_name",
    { company: "Valmoray", paragraph: "Le tennis club de Valmoray choisit Anne Roy." },
    true,
  ],
  [
    "company_off_its_name",
    {
      company: "Montbrison de Quincaillerie Favre",
      role: "responsable du rayon",
      paragraph: "Paul Girard devient responsable du rayon de Montbrison de Quincaillerie Favre.",
    },
    true,
  ],
  [
    "company_off_its_name",
    {
      company: "Cabinet de Curiosités Lemoine",
      role: "directrice commerciale",
      paragraph: "Anne Roy devient directrice commerciale de Cabinet de Curiosités Lemoine.",
    },
    false,
  ],
  [
    "company_off_its_name",
    { company: "Corvania", paragraph: "Anne Roy devient directrice générale de Corvania." },
    false,
  ],
  [
    "company_off_its_name",
    { company: "Sainte-Clotilde", paragraph: "Au collège Sainte-Clotilde, Anne Roy devient principale." },
    true,
  ],
  [
    "company_off_its_name",
    { company: "Corvania", role: "directrice de l'usine", paragraph: "directrice de l'usine de Corvania" },
    false,
  ],
  [
    "role_territory_said_twice",
    { role: "conseillère technique régionale d'escrime pour les Hautes-Combes" },
    true,
  ],
  ["role_territory_said_twice", { role: "délégué départemental pour la Vordane" }, true],
  ["role_territory_said_twice", { role: "responsable des ventes pour la France" }, false],
  ["role_territory_said_twice", { role: "directrice régionale Grand Ouest" }, false],
  [
    "role_ends_on_a_place_body",
    {
      role: "directeur du terminal céréalier",
      company: "Port-Saulnac",
      paragraph: "Marc Roy est nommé directeur du terminal céréalier de Port-Saulnac.",
    },
    true,
  ],
  ["role_clause_words", { role: "entraîneur ont été officialisées lundi" }, true],
  ["role_clause_words", { role: "celui de directrice des affaires publiques" }, true],
  ["role_clause_words", { role: "directrice technique alors que" }, true],
  ["role_clause_words", { role: "associée gérante et Me" }, true],
  ["role_clause_words", { role: "directeur sportif et l'arrivée" }, true],
  ["role_clause_words", { role: "partner in its Paris office" }, true],
  ["role_clause_words", { role: "directeur commercial et marketing" }, false],
  ["role_clause_words", { role: "délégué interministériel à la souveraineté numérique" }, false],
  [
    "role_ends_on_a_place_body",
    {
      role: "présidente du tribunal judiciaire",
      company: "Morlanges",
      paragraph: "Anne Roy est nommée présidente du tribunal judiciaire de Morlanges.",
    },
    true,
  ],
  [
    "role_ends_on_a_place_body",
    {
      role: "directrice de l'institut de formation en soins infirmiers",
      company: "Lavernay",
      paragraph: "Anne Roy est nommée directrice de l'institut de formation en soins infirmiers de Lavernay.",
    },
    true,
  ],
  // a spinning mill, a show cave: houses named by their place, as a plant is
  [
    "role_ends_on_a_place_body",
    {
      role: "directeur de la filature",
      company: "Sarlanges-le-Haut",
      paragraph: "Chez Textiles Morvel, Paul Roche devient directeur de la filature de Sarlanges-le-Haut.",
    },
    true,
  ],
  [
    "role_ends_on_a_place_body",
    {
      role: "conservatrice de la grotte ornée",
      company: "Vauclerc",
      paragraph: "Anne Roy devient conservatrice de la grotte ornée de Vauclerc.",
    },
    true,
  ],
  [
    "role_ends_on_a_place_body",
    {
      role: "directrice de la communication",
      company: "Corvania",
      paragraph: "Anne Roy est nommée directrice de la communication de Corvania.",
    },
    false,
  ],
  ["role_plural", { role: "rédacteurs en chef adjoints" }, true],
  ["role_plural", { role: "directeurs généraux délégués" }, true],
  ["role_plural", { role: "rédactrice en chef adjointe" }, false],
  [
    "company_descriptor_acronym",
    { company: "RH Payrolia", paragraph: "L'éditeur de logiciels RH Payrolia nomme Anne Roy directrice." },
    true,
  ],
  [
    "company_descriptor_acronym",
    { company: "BTP Constructa", paragraph: "Le groupe de BTP Constructa nomme Anne Roy directrice." },
    true,
  ],
  [
    "company_descriptor_acronym",
    { company: "SNCF Voyageurs", paragraph: "Anne Roy rejoint SNCF Voyageurs comme directrice." },
    false,
  ],
  [
    "company_descriptor_acronym",
    {
      company: "LED Lumaris Opale",
      paragraph: "Le fabricant breton de panneaux LED Lumaris Opale confie sa direction à Anne Roy.",
    },
    true,
  ],
  [
    "company_descriptor_acronym",
    {
      company: "SIM Kartel Nordis",
      paragraph: "Le distributeur de cartes SIM Kartel Nordis recrute Anne Roy comme directrice.",
    },
    true,
  ],
  [
    "company_descriptor_acronym",
    {
      company: "BTP Conseil Est",
      paragraph: "Anne Roy rejoint le cabinet BTP Conseil Est comme directrice.",
    },
    false,
  ],
  [
    "inferred_employer_not_the_nearest_subject",
    {
      person: "Anne Roy",
      company: "Brasserie Ardoin",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Brasserie Ardoin recrute un maître brasseur, Luc Faure, venu de Malterie Sorbiac. Malterie Sorbiac promeut Paul Girard pour le remplacer. Le malteur accueille aussi Anne Roy comme directrice qualité.",
    },
    true,
  ],
  [
    "inferred_employer_not_the_nearest_subject",
    {
      person: "Anne Roy",
      company: "Brasserie Ardoin",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Malterie Sorbiac cède Luc Faure. Brasserie Ardoin le recrute comme maître brasseur. La brasserie accueille aussi Anne Roy comme directrice qualité.",
    },
    false,
  ],
  [
    "inferred_employer_not_the_nearest_subject",
    {
      person: "Anne Roy",
      company: "Brasserie Ardoin",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Brasserie Ardoin s'agrandit. Yves Tallec rejoint la maison comme chef de cave. Anne Roy y devient directrice qualité.",
      slotsInParagraph: ["Yves Tallec", "Brasserie Ardoin", "chef de cave"],
    },
    false,
  ],
  [
    "inferred_employer_not_the_nearest_subject",
    {
      person: "Anne Roy",
      company: "Brasserie Ardoin",
      paragraph:
        "Brasserie Ardoin recrute Luc Faure. Malterie Sorbiac promeut Paul Girard. Brasserie Ardoin accueille Anne Roy.",
    },
    false,
  ],
  [
    "company_descriptor_written_lower_elsewhere",
    {
      company: "Tonnellerie Vauzelle",
      paragraph: "Tonnellerie Vauzelle : Anne ROY, nommée directrice commerciale.",
      sectionText:
        "Luc Faure, ancien de la tonnellerie Vauzelle, rejoint Chai Moreau.\nTonnellerie Vauzelle : Anne ROY, nommée directrice commerciale.",
    },
    true,
  ],
  [
    "company_descriptor_written_lower_elsewhere",
    {
      company: "Mutuelle Arvanne",
      paragraph: "Mutuelle Arvanne : Anne ROY, nommée directrice.",
      sectionText: "La mutuelle Arvanne recrute.\nMutuelle Arvanne : Anne ROY, nommée directrice.",
    },
    false,
  ],
  [
    "company_descriptor_written_lower_elsewhere",
    {
      company: "Tonnellerie Vauzelle",
      paragraph: "Tonnellerie Vauzelle : Anne ROY, nommée directrice commerciale.",
      sectionText: "Tonnellerie Vauzelle : Anne ROY, nommée directrice commerciale.",
    },
    false,
  ],
  ["company_opens_with_grammar", { company: "À 43" }, true],
  ["company_opens_with_grammar", { company: "Atelier Vérone" }, false],
  [
    "company_opens_with_grammar",
    { company: "Au Clou Doré", paragraph: "Au Clou Doré, Marc Lin est nommé gérant." },
    true,
  ],
  [
    "company_opens_with_grammar",
    {
      company: "Au Clou Doré",
      paragraph: "L'enseigne de bricolage Au Clou Doré se dote d'un gérant, Marc Lin.",
    },
    false,
  ],
  [
    "person_looks_like_an_institution",
    { person: "Chu de Montcassin", paragraph: "Le directeur du CHU de Montcassin rejoint Stratelys." },
    true,
  ],
  [
    "person_looks_like_an_institution",
    { person: "Anne Roy", paragraph: "Le directeur de l'usine, Anne Roy, rejoint Stratelys." },
    false,
  ],
  [
    "appointer_not_employer",
    {
      company: "Sainte-Ysore",
      role: "directeur de la centrale",
      paragraph: "Ampérance a désigné Marc Lin directeur de la centrale de Sainte-Ysore.",
      person: "Marc Lin",
    },
    true,
  ],
  [
    "appointer_not_employer",
    { person: "Marc Lin", paragraph: "Corvania nomme Marc Lin directeur financier." },
    false,
  ],
  [
    "appointer_not_employer",
    { person: "Marc Lin", paragraph: "La scale-up Corvania grandit. Elle recrute Marc Lin comme CTO." },
    false,
  ],
  [
    "mandate_renewed",
    { paragraph: "Élodie Marchand est reconduite dans ses fonctions de directrice." },
    true,
  ],
  ["mandate_renewed", { paragraph: "Élodie Marchand est nommée directrice financière de Corvania." }, false],
  [
    "company_cut_short",
    {
      company: "ministère des Affaires",
      paragraph: "Anne Roy devient DSI du ministère des Affaires maritimes.",
    },
    true,
  ],
  [
    "company_cut_short",
    { company: "syndicat des eaux", paragraph: "Le syndicat des eaux se dote d'une directrice, Anne Roy." },
    false,
  ],
  [
    "company_off_its_name",
    {
      company: "Marais de la Sévrane",
      paragraph: "Le parc naturel régional des Marais de la Sévrane nomme Anne Roy.",
    },
    true,
  ],
  ["role_cut_short", { role: "directrice", paragraph: "Anne Roy devient directrice de Corvania." }, false],
  [
    "role_cut_short",
    {
      role: "directeur",
      paragraph:
        "Paul Roche devient directeur de Corvania. Il succède à Luc Faure, nommé directeur des achats.",
      slotsInParagraph: ["Luc Faure", "directeur des achats", "Corvania"],
    },
    false,
  ],
  ["role_too_long", { role: "directrice en charge des achats, de la logistique et des partenariats" }, false],
  ["read_by_slots", { readBySlots: true }, true],
  ["read_by_slots", {}, false],
  ["company_from_anaphor", { reasons: [note(NOTES.companyInferredFromAnaphor)] }, true],
  ["company_from_anaphor", { reasons: [note(NOTES.companyInferredFromEarlierSentence)] }, false],
  ["company_opens_on_no_name", { company: "At Brightwell Foods" }, true],
  ["company_opens_on_no_name", { company: "Cabinet-maker Oakline" }, true],
  ["company_opens_on_no_name", { company: "Saint-Gobain Vitrage" }, false],
  ["company_opens_on_no_name", { company: "Atlas Logistique" }, false],
  ["interim_post", { role: "directrice générale par intérim" }, true],
  ["interim_post", { role: "interim chief financial officer" }, true],
  ["interim_post", { role: "acting head of sales" }, true],
  ["interim_post", { role: "directeur intérimaire" }, true],
  ["interim_post", { role: "directrice générale" }, false],
  ["interim_post", { role: "directrice de l'agence d'intérim", company: "Tempora Emploi" }, false],
  [
    "interim_chair_elected",
    {
      role: "présidente par intérim",
      paragraph:
        "À la Fédération de voile, Élodie Marchand a été élue présidente par intérim par le conseil.",
    },
    true,
  ],
  [
    "interim_chair_elected",
    {
      role: "directrice générale par intérim",
      paragraph: "Élodie Marchand est nommée directrice générale par intérim.",
    },
    false,
  ],
  [
    "post_over_bodies_named_before",
    { paragraph: "Corvania, qui gère trois cliniques, nomme à leur direction commune Élodie Marchand." },
    true,
  ],
  [
    "inferred_employer_but_own_body",
    {
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Corvania recrute. Élodie Marchand rejoint le conseil économique régional comme vice-présidente.",
    },
    true,
  ],
  [
    "inferred_employer_but_own_body",
    {
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph: "Corvania recrute. Élodie Marchand rejoint le groupe comme directrice financière.",
    },
    false,
  ],
  [
    "inferred_employer_but_own_body",
    {
      person: "Nadine Roy",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      role: "directrice de l'agence de l'eau du bassin Vernère-Adour",
      paragraph:
        "Chez Eaux du Lauriac, Paul Gire est nommé directeur. Il succède à Nadine Roy, qui prend la direction de l'agence de l'eau du bassin Vernère-Adour.",
    },
    true,
  ],
  [
    "inferred_employer_but_own_body",
    {
      person: "Nadine Roy",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      role: "présidente du conseil de surveillance",
      paragraph: "Corvania change de gouvernance. Nadine Roy devient présidente du conseil de surveillance.",
    },
    false,
  ],
  [
    "inferred_employer_but_own_body",
    {
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Paul Roche, directeur de la clinique du Lac, rejoint Corvania. C'est son adjointe, Élodie Marchand, qui reprend la direction de l'établissement.",
    },
    true,
  ],
  [
    "inferred_employer_but_own_body",
    {
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Corvania recrute Paul Roche. Il succède à Élodie Marchand, qui rejoint la Banque du Lorvois comme directrice.",
    },
    true,
  ],
  [
    "inferred_employer_but_own_body",
    {
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      role: "directrice des sports de la région Aubrac",
    },
    true,
  ],
  [
    "inferred_employer_group_or_subsidiary",
    {
      company: "Corvania Structures",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Chez Corvania : Paul Roche devient président de Corvania Structures ; Élodie Marchand prend la direction financière.",
    },
    true,
  ],
  [
    "inferred_employer_group_or_subsidiary",
    {
      company: "Corvania",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Le groupe Corvania réorganise sa filiale Tuileries du Bief. Le directeur commercial, Paul Roche, en devient directeur général.",
    },
    true,
  ],
  ["company_common_word", { company: "Also" }, true],
  ["company_common_word", { company: "Meanwhile" }, true],
  ["company_is_a_place", { company: "Haute-Vordane" }, true],
  // a municipal venue named after someone: the town or its operator is the employer to name
  ["company_is_a_place", { company: "Salle Jean-Brunoy" }, true],
  ["company_is_a_place", { company: "Piscine Louise-Carvel" }, true],
  ["company_is_a_place", { company: "Salle 8-Volts" }, false],
  ["company_is_a_place", { company: "Boulodrome du Ponant" }, false],
  [
    "company_is_a_place",
    {
      company: "Kerlandec",
      paragraph: "À Kerlandec, c'est Paul Roche qui lui succède comme directeur général.",
    },
    true,
  ],
  ["company_is_a_place", { company: "Kerlandec", paragraph: "Paul Roche rejoint Kerlandec." }, false],
  [
    "company_cut_short",
    {
      company: "port de Port-Magnac",
      paragraph: "Le grand port de Port-Magnac recrute un directeur commercial : PAUL ROCHE.",
    },
    true,
  ],
  [
    "company_cut_short",
    {
      company: "secours de la Haute-Lorve",
      paragraph:
        "Élu président du service départemental d'incendie et de secours de la Haute-Lorve, Paul Roche succède à Luc Faure.",
    },
    true,
  ],
  [
    "company_cut_short",
    {
      company: "Fédération française de pelote",
      paragraph: "Fédération française de pelote et de paume : Élodie Marchand devient directrice générale.",
    },
    true,
  ],
  [
    "role_from_a_later_sentence",
    {
      role: "responsable des achats",
      paragraph:
        "Corvania nomme Élodie Marchand directrice générale. Élodie Marchand avait rejoint Corvania en 2019 comme responsable des achats.",
    },
    true,
  ],
  [
    "role_from_a_later_sentence",
    {
      role: "directrice générale",
      paragraph: "Corvania nomme Élodie Marchand. Elle sera directrice générale en 2026.",
    },
    false,
  ],
  [
    "role_not_the_predecessors",
    {
      role: "directrice de la recherche",
      paragraph:
        "Corvania a désigné le successeur de Paul Roche, son directeur scientifique, qui part : Élodie Marchand reprendra la direction de la recherche.",
    },
    true,
  ],
  [
    "role_not_the_predecessors",
    {
      role: "directrice scientifique",
      paragraph:
        "Corvania a désigné le successeur de Paul Roche, son directeur scientifique, qui part : Élodie Marchand.",
    },
    false,
  ],
  [
    "word_after_a_slot",
    { paragraph: "Élodie Marchand devient directrice financière adjointe de Corvania." },
    true,
  ],
  [
    "word_after_a_slot",
    { paragraph: "Élodie Marchand rejoint Corvania Immobilier comme directrice financière." },
    true,
  ],
  [
    "word_after_a_slot",
    { paragraph: "Élodie Marchand devient directrice financière de Corvania à compter du 1er mars." },
    false,
  ],
  [
    "capitalised_unassigned",
    { paragraph: "Élodie Marchand devient directrice financière de Corvania Région Aubrac." },
    true,
  ],
  [
    "capitalised_unassigned",
    { paragraph: "Élodie Marchand, passée par Brindille, devient directrice financière de Corvania." },
    true,
  ],
  [
    "capitalised_unassigned",
    {
      paragraph: "Élodie Marchand, passée par Brindille, devient directrice financière de Corvania.",
      previous_companies: ["Brindille"],
    },
    false,
  ],
  [
    "capitalised_unassigned",
    {
      paragraph: "Élodie Marchand succède à Paul Girard comme directrice financière de Corvania.",
      slotsInParagraph: ["Paul Girard"],
    },
    false,
  ],
  [
    "past_event_recalled",
    {
      person: "Luc Faure",
      role: "directeur général adjoint",
      paragraph:
        "Anne Roy devient directrice de Corvania ; Luc Faure, directeur général adjoint, avait assuré l'intérim.",
    },
    true,
  ],
  [
    "past_event_recalled",
    {
      person: "Luc Faure",
      paragraph:
        "Le poste était vacant depuis la nomination de Luc Faure comme directeur de Corvania, en mars.",
    },
    true,
  ],
  [
    "past_event_recalled",
    {
      person: "Léa Vidal",
      paragraph: "On se souvient que Léa Vidal, nommée en 2024 directrice de Corvania, …",
    },
    true,
  ],
  [
    "past_event_recalled",
    {
      person: "Léa Vidal",
      paragraph:
        "Léa Vidal revient chez Corvania, qu'elle avait quittée en 2020, comme directrice financière.",
    },
    false,
  ],
  [
    "en_points_elsewhere",
    {
      person: "Hugo Barre",
      reasons: [note(NOTES.companyFromSentenceOpening)],
      paragraph:
        "Chez Corvania, Anne Roy prend la direction du bureau de Lyon, tandis que Hugo Barre, arrivé de Finexo, en devient le directeur des opérations.",
    },
    true,
  ],
  [
    "en_points_elsewhere",
    {
      person: "Hugo Barre",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph: "Corvania ouvre un bureau à Lyon. Hugo Barre en prend la direction.",
    },
    false,
  ],
  [
    "company_article_dropped",
    {
      company: "Rivages du Nord",
      paragraph: "Les Rivages du Nord seront dirigés par Léa Vidal, nommée directrice des Rivages du Nord.",
    },
    true,
  ],
  [
    "company_article_dropped",
    { company: "Rivages du Nord", paragraph: "Léa Vidal est nommée directrice des Rivages du Nord." },
    false,
  ],
  [
    "company_heading_runs_on",
    { company: "FC Lyonnais", paragraph: "FC Lyonnais féminin : LÉA VIDAL devient directrice sportive." },
    true,
  ],
  [
    "company_heading_runs_on",
    { company: "Corvania", paragraph: "Corvania renforce sa direction : Léa Vidal devient directrice." },
    false,
  ],
  ["company_is_a_sector", { company: "BTP" }, true],
  ["company_is_a_sector", { company: "ESN" }, true],
  ["company_is_a_sector", { company: "SNCF" }, false],
  ["company_is_a_sector", { company: "Talentis RH" }, false],
  [
    "house_described_after_one_named",
    {
      company: "maison familiale de Morlanges",
      paragraph:
        "Relève à la Boulangerie des Quatre Moulins. La maison familiale de Morlanges confie sa direction à Paul Garnier.",
    },
    true,
  ],
  [
    "house_described_after_one_named",
    {
      company: "maison familiale de Morlanges",
      paragraph: "La maison familiale de Morlanges confie sa direction à Paul Garnier.",
    },
    false,
  ],
  ["body_named_in_lower_case", { company: "syndicat national des fabricants de bougies" }, true],
  ["body_named_in_lower_case", { company: "Syndicat national des fabricants de bougies" }, false],
  ["body_named_in_lower_case", { company: "syndicat des eaux du Val de Loubière" }, false],
  ["company_opens_with_descriptor", { company: "L'assureur-crédit Garantia" }, true],
  ["company_opens_with_descriptor", { company: "région Sarlène" }, false],
  ["company_opens_with_descriptor", { company: "Garantia" }, false],
  ["company_is_a_place", { company: "Atlantique-Nord" }, true],
  ["company_is_a_place", { company: "Lyon" }, true],
  [
    "company_is_a_place",
    {
      company: "Vordane",
      role: "directeur du service d'incendie et de secours",
      paragraph: "Paul Roche est nommé directeur du service d'incendie et de secours de la Vordane.",
    },
    true,
  ],
  [
    "company_is_a_place",
    {
      company: "Bas-Tarnois",
      role: "directrice de la caisse d'allocations familiales",
      paragraph: "Anne Roche devient directrice de la caisse d'allocations familiales du Bas-Tarnois.",
    },
    true,
  ],
  [
    "company_is_a_place",
    {
      company: "Synprint",
      role: "président",
      paragraph: "Paul Roche a été élu président du Synprint, le syndicat des imprimeurs.",
    },
    false,
  ],
  ["role_holds_an_administration", { role: "directeur départemental des finances publiques" }, true],
  ["role_holds_an_administration", { role: "directrice interrégionale des services pénitentiaires" }, true],
  ["role_holds_an_administration", { role: "directeur interdépartemental des routes Nord-Est" }, true],
  ["role_holds_an_administration", { role: "directeur interdépartemental" }, false],
  ["role_holds_an_administration", { role: "directrice générale des services" }, false],
  ["company_opens_with_a_title", { company: "Ex-Optivue" }, true],
  ["company_opens_with_a_title", { company: "Fondatrice de Optivue" }, true],
  ["company_opens_with_a_title", { company: "Maison de Optivue" }, false],
  ["company_opens_with_a_title", { company: "Optivue" }, false],
  ["company_is_a_place", { company: "Télécom Hexagone Sarmaise-Ouest" }, false],
  ["role_opens_with_preposition", { role: "to chief investment officer" }, true],
  ["role_opens_with_preposition", { role: "à titre de vice-présidente principale" }, true],
  ["role_opens_with_preposition", { role: "au poste nouvellement créé de directrice générale" }, true],
  ["role_opens_with_preposition", { role: "directrice générale" }, false],
  ["role_opens_with_preposition", { role: "Head of Sales" }, false],
  ["press_title_without_article", { company: "Courrier de Wavrelle" }, true],
  ["press_title_without_article", { company: "Le Courrier de Wavrelle" }, false],
  ["press_title_without_article", { company: "Messageries Armoricaines" }, false],
  ["role_colloquial", { role: "patron" }, true],
  ["role_colloquial", { role: "patronne des ventes" }, true],
  ["role_colloquial", { role: "directrice générale" }, false],
  ["role_english_scope", { role: "chief underwriting officer for France" }, true],
  ["role_english_scope", { role: "managing partner pour l'Ardelle" }, false],
  [
    "role_then_board_seat",
    {
      role: "Chief Risk Officer",
      paragraph:
        "Corvania nomme Élodie Marchand au poste de Chief Risk Officer et membre du comité de direction.",
    },
    true,
  ],
  [
    "role_then_board_seat",
    {
      role: "directrice financière",
      paragraph: "Élodie Marchand devient directrice financière et juridique.",
    },
    false,
  ],
  [
    "group_may_be_the_parent",
    {
      person: "Luc Faure",
      company: "Corvania Sud-Ouest",
      role: "directeur des achats",
      paragraph:
        "Anne Roy dirige Corvania Sud-Ouest. Elle succède à Luc Faure, nommé directeur des achats du groupe.",
      sectionText:
        "Corvania remanie sa direction.\nAnne Roy dirige Corvania Sud-Ouest. Elle succède à Luc Faure, nommé directeur des achats du groupe.",
    },
    true,
  ],
  [
    "group_may_be_the_parent",
    {
      person: "Luc Faure",
      company: "Corvania Sud-Ouest",
      role: "directeur des achats",
      paragraph:
        "Anne Roy dirige Corvania Sud-Ouest. Elle succède à Luc Faure, nommé directeur des achats du groupe.",
      sectionText:
        "Anne Roy dirige Corvania Sud-Ouest. Elle succède à Luc Faure, nommé directeur des achats du groupe.",
    },
    false,
  ],
  [
    "company_spelt_otherwise",
    {
      company: "Corvannia",
      sectionText: "Corvania recrute. Corvannia nomme. Corvania annonce.",
    },
    true,
  ],
  [
    "company_spelt_otherwise",
    {
      company: "Corvania",
      sectionText: "Corvania recrute. Corvannia nomme. Corvania annonce.",
    },
    false,
  ],
  // the whole name written again with one word two letters longer: which spelling is meant?
  [
    "company_spelt_two_ways",
    {
      company: "Cave à Rumbaya",
      sectionText: "Paul Roy (ex-La Cave à Rumba) rejoint Ferlog. La Cave à Rumbaya nomme Anne Roy.",
    },
    true,
  ],
  // a plural or one letter more is an inflection or a slip the spelling repairs weigh
  [
    "company_spelt_two_ways",
    {
      company: "Caves Mambolle",
      sectionText: "Paul Roy (ex-Caves Mambolles) rejoint Ferlog. Caves Mambolle nomme Anne Roy.",
    },
    false,
  ],
  // a second reading (the slot reader's) of the same person: a span one reader cut short or ran on
  [
    "readings_nest",
    {
      company: "Marais de l'Orvel",
      secondReading: {
        company: "parc naturel régional des Marais de l'Orvel",
        role: "directrice financière",
      },
    },
    true,
  ],
  [
    "readings_nest",
    {
      role: "directrice financière alors que",
      secondReading: { company: "Corvania", role: "directrice financière" },
    },
    true,
  ],
  [
    "readings_nest",
    {
      role: "directrice",
      secondReading: { company: "Corvania", role: "directrice France, Belgique et Luxembourg" },
    },
    true,
  ],
  ["readings_nest", { secondReading: { company: "Hydrolor", role: "directrice financière" } }, false],
  ["readings_nest", { secondReading: { company: "Corvanya", role: "directrice financière" } }, false],
  [
    "readings_nest",
    {
      company: "Mutuelle des artisans du Velay",
      secondReading: { company: "MAV", role: "directrice financière" },
    },
    false,
  ],
  [
    "readings_nest",
    {
      role: "présidente du conseil scientifique",
      secondReading: { company: "Corvania", role: "présidente de son conseil scientifique" },
    },
    false,
  ],
  ["readings_nest", { secondReading: null }, false],
  ["readings_nest", { company: "Marais de l'Orvel" }, false],
  // a role opening on a word no title opens with: cut at the wrong place
  ["role_head_unknown", { role: "plus jeune directeur général de l'histoire" }, true],
  ["role_head_unknown", { role: "aux commandes du site" }, true],
  ["role_head_unknown", { role: "dauphine du barreau" }, true],
  ["role_head_unknown", { role: "bâtonnière" }, false],
  ["role_head_unknown", { role: "membre du conseil de surveillance" }, false],
  ["role_head_unknown", { role: "présidente-directrice générale" }, false],
  ["role_head_unknown", { role: "vice-présidente, Affaires publiques" }, false],
  ["role_head_unknown", { role: "operating partner" }, false],
  // a title holding a word that points back into the text: it ran past its end or names its body
  // through the sentence
  ["role_points_back", { role: "directrice financière du même établissement" }, true],
  ["role_points_back", { role: "président de son comité d'audit" }, true],
  ["role_points_back", { role: "directeur commercial à la place" }, true],
  ["role_points_back", { role: "directrice générale de sa nouvelle filiale Orvane Santé" }, true],
  ["role_points_back", { role: "responsable de la place de marché" }, false],
  ["role_points_back", { role: "directeur des ventes Asie" }, false],
  ["role_points_back", { role: "responsable marketplace" }, false],
  ["role_points_back", { role: "chargée de mission" }, false],
  // an article no preposition introduces: an apposition run into the title
  ["role_bare_article", { role: "président le maire honoraire" }, true],
  ["role_bare_article", { role: "directrice générale la nouvelle venue" }, true],
  ["role_bare_article", { role: "directrice déléguée à la pêche" }, false],
  ["role_bare_article", { role: "directeur de l'exploitation" }, false],
  ["role_bare_article", { role: "chargé des partenariats et la communication" }, false],
  ["role_bare_article", { role: "responsable après-vente" }, false],
  ["role_bare_article", { role: "responsable legal et compliance" }, false],
  ["role_bare_article", { role: "directeur général l'ancien préfet" }, true],
  // an article at the head of an employer that is no newspaper's title
  ["company_keeps_an_article", { company: "L'Union sportive de Vaulbrun" }, true],
  ["company_keeps_an_article", { company: "Les Ateliers Morvan" }, true],
  ["company_keeps_an_article", { company: "Le Réveil de Vaulbrun" }, false],
  ["company_keeps_an_article", { company: "Laiterie Morvan" }, false],
  // the current title in apposition after the name read while the new one follows it
  [
    "role_is_the_apposition",
    {
      person: "Yves Tanguy-Lorec",
      role: "chef de quai",
      company: "Criée de Port-Ormel",
      paragraph:
        "La Criée de Port-Ormel a nommé Yves TANGUY-LOREC, son chef de quai, directeur de la halle à marée.",
    },
    true,
  ],
  [
    "role_is_the_apposition",
    {
      person: "Yves Tanguy-Lorec",
      role: "directeur de la halle à marée",
      company: "Criée de Port-Ormel",
      paragraph:
        "La Criée de Port-Ormel a nommé Yves TANGUY-LOREC, son chef de quai, directeur de la halle à marée.",
    },
    false,
  ],
  [
    "role_is_the_apposition",
    {
      person: "Yves Tanguy-Lorec",
      role: "chef de quai",
      company: "Criée de Port-Ormel",
      paragraph: "Yves Tanguy-Lorec, chef de quai, rejoint la Criée de Port-Ormel.",
    },
    false,
  ],
  // the current post named with its house, in apposition, while the new title follows
  [
    "role_is_the_apposition",
    {
      person: "Anne Roy",
      role: "directrice des ventes",
      company: "Ferlog",
      paragraph:
        "Le conseil a élu Anne Roy, directrice des ventes de Ferlog, présidente, en remplacement de Paul Morin.",
    },
    true,
  ],
  // an election that leaves the post unsaid: the apposition before "en remplacement de" is where they come from
  [
    "apposition_before_replacement",
    {
      person: "Bruno Kerhervé",
      role: "directeur général",
      company: "clinique mutualiste de Brenville",
      paragraph:
        "L'assemblée générale a élu Bruno KERHERVÉ, directeur général de la clinique mutualiste de Brenville, en remplacement d'Anne Morin.",
    },
    true,
  ],
  [
    "apposition_before_replacement",
    {
      person: "Bruno Kerhervé",
      role: "président",
      company: "Santéval",
      paragraph:
        "L'assemblée générale de Santéval a élu Bruno Kerhervé président, en remplacement d'Anne Morin.",
    },
    false,
  ],
  // a unit of a territory written with the elided article: the territory is no employer
  [
    "company_is_a_place",
    {
      role: "directrice de la cellule d'urgence médico-psychologique",
      company: "Ardenne",
      paragraph:
        "Iris Colombet est nommée directrice de la cellule d'urgence médico-psychologique de l'Ardenne.",
    },
    true,
  ],
  [
    "company_is_a_place",
    {
      role: "directeur de la communication",
      company: "Urssaf",
      paragraph: "Marc Dupuis est nommé directeur de la communication de l'Urssaf.",
    },
    false,
  ],
  // a title ending on the employer's own head noun names the employer twice
  [
    "role_names_the_employer",
    { role: "président et directeur de la maternité", company: "maternité de Vaulbrun" },
    true,
  ],
  ["role_names_the_employer", { role: "directeur de la maternité", company: "Corvania" }, false],
  ["role_names_the_employer", { role: "directrice des achats", company: "achats Corvania" }, true],
  ["role_names_the_employer", { role: "directrice des ventes", company: "Corvania Ventures" }, false],
  // a bare "chef" over a body named in lower case: "chef" or "chef du centre"
  [
    "bare_chief_of_a_lower_case_body",
    {
      person: "Yves Karadec",
      role: "chef",
      company: "centre de secours de Lanvézec",
      paragraph: "Yves Karadec est nommé chef du centre de secours de Lanvézec.",
    },
    true,
  ],
  [
    "bare_chief_of_a_lower_case_body",
    {
      person: "Yves Karadec",
      role: "cheffe",
      company: "Centre régional des crues",
      paragraph: "Yves Karadec est nommé chef du Centre régional des crues.",
    },
    false,
  ],
  // a descriptor's complement run into a brand's name
  ["company_descriptor_before_brand", { company: "Fédération départementale de pêche Orvalis" }, true],
  ["company_descriptor_before_brand", { company: "Institut des sciences du vivant Morvan" }, false],
  ["company_descriptor_before_brand", { company: "office de tourisme Cœur de Brenne" }, false],
  ["company_descriptor_before_brand", { company: "groupement hospitalier de territoire Val-Ormel" }, false],
  ["company_descriptor_before_brand", { company: "Caisse régionale Armor Littoral" }, false],
  // the name of a street or square before the employer's taken into it
  [
    "company_opens_with_a_street_name",
    {
      company: "Castiglione Maison Verlaine",
      paragraph:
        "Le bottier de la rue Castiglione Maison Verlaine nomme Élodie Marchand directrice financière.",
    },
    true,
  ],
  [
    "company_opens_with_a_street_name",
    {
      company: "Maison Verlaine",
      paragraph:
        "Le bottier de la rue Castiglione Maison Verlaine nomme Élodie Marchand directrice financière.",
    },
    false,
  ],
  [
    "company_descriptor_before_brand",
    { company: "Office supplies group Deskline Europe", role: "chief financial officer" },
    true,
  ],
  ["company_descriptor_before_brand", { company: "Caisse régionale Armor Océan" }, false],
  [
    "role_ends_on_a_place_body",
    {
      company: "Bréhalon",
      role: "directeur de la blanchisserie inter-hospitalière",
      paragraph: "M. Paul Girard est nommé directeur de la blanchisserie inter-hospitalière de Bréhalon.",
    },
    true,
  ],
  [
    "company_is_a_mover",
    {
      person: "Marc Ardouin-Lescure",
      company: "Tiago Ferreira-Vidal",
      role: "président du conseil d'administration",
      paragraph:
        "Tiago Ferreira-Vidal, qui dirigeait l'usine du groupe, Ardouin Cortiça, prend la tête de l'entreprise. Il succède à Marc Ardouin-Lescure, qui prend la présidence du conseil d'administration.",
    },
    true,
  ],
  [
    "company_is_a_mover",
    { paragraph: "Corvania, qui fabrique des pompes, nomme Élodie Marchand directrice financière." },
    false,
  ],
  [
    "company_short_of_a_name_written_out",
    {
      company: "Calèmes",
      role: "directrice adjointe",
      paragraph: "Élodie Marchand devient directrice adjointe des Calèmes.",
      sectionText:
        "Le Parc national des Calèmes accueille un directeur.\nÉlodie Marchand devient directrice adjointe des Calèmes.",
    },
    true,
  ],
  [
    "company_short_of_a_name_written_out",
    { company: "SODM", sectionText: "La Société des droits musicaux (SODM) nomme Élodie Marchand." },
    false,
  ],
  [
    "role_scope_fronted",
    {
      person: "Hugues Laval",
      company: "Ateliers Marsac",
      role: "président",
      paragraph: "Au conseil de surveillance, M. Hugues Laval succède à M. Olivier Bréant comme président.",
    },
    true,
  ],
  [
    "company_written_after_les",
    {
      person: "Inès Vautrin",
      company: "Tanneries Dorval",
      role: "présidente du directoire",
      paragraph: "Les Tanneries Dorval nomment Mme Inès Vautrin présidente du directoire.",
    },
    true,
  ],
  [
    "company_written_after_les",
    {
      person: "Inès Vautrin",
      company: "Tanneries Dorval",
      role: "présidente du directoire",
      paragraph: "Chez Tanneries Dorval, Mme Inès Vautrin devient présidente du directoire.",
    },
    false,
  ],
  // invented, beekeeping: the issue writes "La Ruche de Castelbois" only where a sentence opens
  [
    "company_only_after_an_article",
    {
      person: "Maëlle Quintin",
      company: "Ruche de Castelbois",
      role: "administratrice",
      paragraph: "Entrent au conseil de la Ruche de Castelbois : Maëlle Quintin et Paul Arnou.",
      issueText:
        "La Ruche de Castelbois fête ses 40 ans.\n\nEntrent au conseil de la Ruche de Castelbois : Maëlle Quintin et Paul Arnou.",
    },
    true,
  ],
  // the paragraph itself opens on "La Ruche …": the sentence's article, as the records take it
  [
    "company_only_after_an_article",
    {
      person: "Maëlle Quintin",
      company: "Ruche de Castelbois",
      role: "administratrice",
      paragraph: "La Ruche de Castelbois nomme Maëlle Quintin administratrice.",
      issueText: "La Ruche de Castelbois nomme Maëlle Quintin administratrice.",
    },
    false,
  ],
  // written bare somewhere: the article is grammar
  [
    "company_only_after_an_article",
    {
      person: "Maëlle Quintin",
      company: "Ruche de Castelbois",
      role: "administratrice",
      paragraph: "Entrent au conseil de la Ruche de Castelbois : Maëlle Quintin et Paul Arnou.",
      issueText:
        "La Ruche de Castelbois fête ses 40 ans.\n\nChez Ruche de Castelbois, on recrute.\n\nEntrent au conseil de la Ruche de Castelbois : Maëlle Quintin et Paul Arnou.",
    },
    false,
  ],
  // an institution's noun takes the sentence's article
  [
    "company_only_after_an_article",
    {
      person: "Maëlle Quintin",
      company: "Fédération de Castelbois",
      role: "administratrice",
      paragraph: "Entrent au conseil de la Fédération de Castelbois : Maëlle Quintin et Paul Arnou.",
      issueText:
        "La Fédération de Castelbois fête ses 40 ans.\n\nEntrent au conseil de la Fédération de Castelbois : Maëlle Quintin et Paul Arnou.",
    },
    false,
  ],
  [
    "past_move_in_a_relative",
    {
      person: "Hugo Ravel",
      company: "Chaudières Marlin",
      role: "directeur général",
      paragraph:
        "Elle remplace Hugo Ravel, qui a rejoint en septembre Chaudières Marlin comme directeur général.",
    },
    true,
  ],
  [
    "past_move_in_a_relative",
    {
      person: "Hugo Ravel",
      company: "Chaudières Marlin",
      role: "directeur général",
      paragraph: "Elle remplace Hugo Ravel, qui rejoint Chaudières Marlin comme directeur général.",
    },
    false,
  ],
  [
    "past_move_in_a_relative",
    {
      person: "Hugo Ravel",
      company: "Domaine de Sorel",
      role: "directeur commercial",
      paragraph:
        "Le domaine recrute un directeur commercial, Hugo Ravel, qui a débuté chez Lumio avant de rejoindre en 2014 l'hôtel Bleu.",
    },
    false,
  ],
  [
    "role_holds_a_second_person",
    { role: "directeur des opérations et Maëlys Tardif-Obi directrice juridique" },
    true,
  ],
  ["role_holds_a_second_person", { role: "directeur des opérations France et Benelux" }, false],
  [
    "role_units_by_possessive",
    {
      role: "pharmacienne gérante des cliniques",
      paragraph: "Élodie Marchand rejoint Corvania comme pharmacienne gérante de ses cliniques.",
    },
    true,
  ],
  // a single unit told by a possessive too: the rounds since real66 keep "de son usine" in the title
  [
    "role_units_by_possessive",
    {
      role: "directrice de l'usine de Vernal",
      paragraph: "Corvania nomme Élodie Marchand directrice de son usine de Vernal.",
    },
    true,
  ],
  [
    "role_units_by_possessive",
    {
      role: "directrice du bureau d'études",
      paragraph: "Le brasseur Corvania confie la direction de son bureau d'études à Élodie Marchand.",
    },
    true,
  ],
  [
    "role_units_by_possessive",
    {
      role: "directrice de l'usine de Vernal",
      paragraph: "Corvania nomme Élodie Marchand directrice de l'usine de Vernal, son premier site.",
    },
    false,
  ],
  ["role_honorary", { role: "présidente d'honneur" }, true],
  ["role_honorary", { role: "notaire honoraire" }, true],
  ["role_honorary", { role: "présidente" }, false],
  [
    "press_article_lower_case",
    {
      company: "L'Écho de Vernal",
      role: "directeur de l'image",
      paragraph: "Il succède à Paul Roy, nommé directeur de l'image de l'Écho de Vernal.",
    },
    true,
  ],
  [
    "press_article_lower_case",
    {
      company: "L'Écho de Vernal",
      role: "directrice générale déléguée",
      paragraph: "Anne Roy devient directrice générale déléguée de L'Écho de Vernal.",
    },
    false,
  ],
  [
    "role_english_unit_by_possessive",
    {
      role: "creative director of the new Lyon studio",
      paragraph: "Corvania has named Élodie Marchand creative director of its new Lyon studio.",
    },
    true,
  ],
  [
    "role_english_unit_by_possessive",
    {
      role: "head of Lyon taproom",
      paragraph: "Corvania has named Élodie Marchand head of its Lyon taproom.",
    },
    true,
  ],
  [
    "role_english_unit_by_possessive",
    {
      role: "head of Growth",
      paragraph: "Corvania has named Élodie Marchand head of Growth.",
    },
    false,
  ],
  [
    "past_event_recalled",
    {
      person: "Élodie Marchand",
      role: "maître de chai",
      paragraph: "Élodie Marchand, 63 ans, avait rejoint Corvania en 1988 comme maître de chai.",
    },
    true,
  ],
  [
    "past_event_recalled",
    {
      person: "Élodie Marchand",
      role: "maître de chai",
      paragraph: "Élodie Marchand, qui avait rejoint Corvania en 1988, devient maître de chai.",
    },
    false,
  ],
  [
    "company_is_the_acronym_after_a_name",
    {
      company: "TVL",
      role: "directrice des achats",
      paragraph: "Transvalor (TVL) : Élodie Marchand devient directrice des achats.",
    },
    true,
  ],
  [
    "company_is_the_acronym_after_a_name",
    {
      company: "TVL",
      role: "directrice des achats",
      paragraph: "TVL : Élodie Marchand devient directrice des achats.",
    },
    false,
  ],
  [
    "role_holds_the_employers_name",
    { company: "Sainte-Blandine", role: "directrice des soins de la clinique Sainte-Blandine" },
    true,
  ],
  ["role_holds_the_employers_name", { company: "Vernal", role: "directrice de l'usine de Vernalis" }, false],
  ["company_keeps_its_bracketed_acronym", { company: "Caisse mutuelle des cheminots (CMC)" }, true],
  ["company_keeps_its_bracketed_acronym", { company: "Caisse mutuelle des cheminots" }, false],
  [
    "company_followed_by_an_aside",
    {
      company: "Pâtisseries Ornel",
      paragraph:
        "Chez Pâtisseries Ornel — l'enseigne de la maison Ornel — Élodie Marchand devient directrice financière.",
    },
    true,
  ],
  [
    "company_followed_by_an_aside",
    {
      company: "Pâtisseries Ornel",
      paragraph: "Chez Pâtisseries Ornel — Élodie Marchand devient directrice financière.",
    },
    false,
  ],
  [
    "vice_president_without_its_department",
    {
      role: "vice president",
      paragraph: "Corvania has promoted Élodie Marchand to vice president, logistics.",
    },
    true,
  ],
  [
    "vice_president_without_its_department",
    {
      role: "vice president",
      paragraph: "Corvania has promoted Élodie Marchand to vice president, effective in March.",
    },
    false,
  ],
  [
    "role_bare_member_of_a_board_named",
    {
      person: "Élodie Marchand",
      role: "membre indépendante",
      paragraph:
        "Élodie Marchand rejoint le conseil de surveillance de Corvania en tant que membre indépendante.",
    },
    true,
  ],
  [
    "role_bare_member_of_a_board_named",
    {
      person: "Élodie Marchand",
      role: "membre indépendante du conseil de surveillance",
      paragraph:
        "Élodie Marchand rejoint le conseil de surveillance de Corvania en tant que membre indépendante.",
    },
    false,
  ],
  [
    "role_misses_the_board_pointed_back",
    {
      role: "présidente",
      paragraph:
        "La coopérative Corvania a renouvelé son comité d'orientation. Sa présidence revient à Élodie Marchand, qui succède à Paul Vernet.",
    },
    true,
  ],
  [
    "role_misses_the_board_pointed_back",
    {
      role: "présidente du comité d'orientation",
      paragraph:
        "La coopérative Corvania a renouvelé son comité d'orientation. Sa présidence revient à Élodie Marchand.",
    },
    false,
  ],
  [
    "role_retitled_in_the_next_sentence",
    {
      role: "directrice commerciale adjointe",
      paragraph:
        "Corvania : Élodie Marchand, directrice commerciale adjointe, succède à Paul Vernet, qui lui a cédé son fauteuil le 1er mars. Elle devient directrice commerciale.",
    },
    true,
  ],
  [
    "role_retitled_in_the_next_sentence",
    {
      role: "directrice commerciale",
      paragraph: "Corvania : Élodie Marchand succède à Paul Vernet. Elle devient directrice commerciale.",
    },
    false,
  ],
  [
    "past_event_recalled",
    {
      person: "Gilles Marec",
      role: "président d'un club de randonnée",
      paragraph:
        "Gilles Marec, ancien directeur de Vélonia (2008-2016), a été nommé en 2016 président d'un club de randonnée.",
    },
    true,
  ],
  [
    "past_event_recalled",
    {
      person: "Gilles Marec",
      paragraph: "Gilles Marec a été nommé en mars directeur commercial de Vélonia.",
    },
    false,
  ],
  [
    "inferred_employer_but_house_in_apposition",
    {
      person: "Sonia Perrault",
      company: "Brasseries Kerlouan",
      role: "directrice générale",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Brasseries Kerlouan recrute un brasseur. Sonia Perrault, actuelle directrice financière de Malterie Vosgienne, en deviendra directrice générale en mai.",
    },
    true,
  ],
  [
    "inferred_employer_but_house_in_apposition",
    {
      person: "Hugo Tessier",
      company: "Brasseries Kerlouan",
      role: "directeur de la recherche",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Chez Brasseries Kerlouan, Léa Morin est promue. Hugo Tessier, qui a fait toute sa carrière chez Malterie Vosgienne, devient directeur de la recherche.",
    },
    true,
  ],
  [
    "inferred_employer_but_house_in_apposition",
    {
      person: "Hugo Tessier",
      company: "Brasseries Kerlouan",
      role: "associé",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Brasseries Kerlouan ouvre un site. Hugo Tessier, qui arrive de Malterie Vosgienne, en prend la direction.",
    },
    false,
  ],
  [
    "inferred_employer_but_sentence_opens_on_a_name",
    {
      person: "Agathe Rivoire",
      company: "Cidrerie Morlaix",
      role: "directrice générale",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Cidrerie Morlaix nomme Paul Ansel directeur. Vergers du Trégor, nouvelle directrice générale : Agathe Rivoire, jusqu'ici directrice commerciale de la maison.",
    },
    true,
  ],
  [
    "inferred_employer_but_sentence_opens_on_a_name",
    {
      person: "Agathe Rivoire",
      company: "Cidrerie Morlaix",
      role: "directrice générale",
      reasons: [note(NOTES.companyInferredFromEarlierSentence)],
      paragraph:
        "Cidrerie Morlaix nomme Paul Ansel directeur. Laurent MOREL, directeur depuis 2019, cède sa place : Agathe Rivoire devient directrice générale.",
    },
    false,
  ],
  ["company_descriptor_before_brand", { company: "Insurtech Parapluie" }, true],
  ["company_descriptor_before_brand", { company: "Parapluie Assurances" }, false],
  [
    "appointer_not_employer",
    {
      person: "Rémi Castaing",
      company: "Aquabus",
      role: "directeur",
      paragraph:
        "Navéo, qui exploite les navettes fluviales de la ville, nomme Rémi Castaing directeur d'Aquabus.",
    },
    true,
  ],
  ["company_clause", { company: "Vélonia en venant de Cyclopôle" }, true],
  ["company_clause", { company: "Banque de l'Est en Lorraine" }, false],
  ["company_clause", { company: "Coopérative fruitière du Lévron aussi" }, true],
  ["company_clause", { company: "Toujours Plus Loin" }, false],
  ["company_opens_with_item_number", { company: "2/ Au Centre" }, true],
  ["company_opens_with_item_number", { company: "3M France" }, false],
  [
    "company_is_a_rubric",
    {
      company: "Startups",
      paragraph: "Startups : Kelvane (robots de tri) recrute Anne Roy comme directrice.",
    },
    true,
  ],
  [
    "company_is_a_rubric",
    { company: "Kelvane", paragraph: "Kelvane : Anne Roy devient directrice des opérations." },
    false,
  ],
  ["field_runs_past_its_text", { company: "Verreries Ondine.Verreries Ondine" }, true],
  ["field_runs_past_its_text", { company: "Verreries Ondine.• Cristaux Bellac" }, true],
  ["field_runs_past_its_text", { company: "Filatures Brenne ; Ex- : Tissages Morel" }, true],
  ["field_runs_past_its_text", { company: "Filatures Brenne (promue)" }, true],
  ["field_runs_past_its_text", { role: "cheffe de rayon • Anne Roy" }, true],
  ["field_runs_past_its_text", { company: "Filatures Brenne (Groupe Tessor)" }, false],
  ["field_runs_past_its_text", { company: "S.A. Ferrand" }, false],
  ["field_runs_past_its_text", { role: "directeur du réseau de boutiques." }, false],
  ["title_agrees_in_part", { role: "directrice administrative et financier" }, true],
  ["title_agrees_in_part", { role: "directrice administrative et financière" }, false],
  [
    "role_scope_fronted",
    {
      person: "Kévin Le Dantec",
      company: "conseil départemental de la Haute-Sévrane",
      role: "directeur général adjoint",
      paragraph:
        "Au conseil départemental de la Haute-Sévrane, Kévin Le Dantec devient directeur général adjoint.",
    },
    false,
  ],
  [
    "company_is_the_place_of_a_body",
    {
      person: "Élodie Marchand",
      company: "Vairelle",
      role: "présidente",
      paragraph: "Le syndicat des ostréiculteurs de la Vairelle a élu Élodie Marchand présidente.",
    },
    true,
  ],
  [
    "company_is_the_place_of_a_body",
    {
      person: "Élodie Marchand",
      company: "Vairelle",
      role: "présidente",
      paragraph: "La coopérative ostréicole Vairelle a élu Élodie Marchand présidente.",
    },
    false,
  ],
  [
    "company_runs_past_a_possessive",
    {
      company: "Brewmont's Irish",
      role: "chief financial officer",
      paragraph: "Brewmont's Irish arm has hired Élodie Marchand as chief financial officer.",
    },
    true,
  ],
  ["company_runs_past_a_possessive", { company: "Heathcote's", role: "head of sales" }, false],
  [
    "role_ends_on_a_local_body",
    {
      person: "Élodie Marchand",
      company: "Castel-Vairon",
      role: "cheffe de service de la police municipale",
      paragraph:
        "Castel-Vairon : Élodie Marchand prendra en juin le poste de cheffe de service de la police municipale.",
    },
    true,
  ],
  [
    "role_ends_on_a_local_body",
    {
      person: "Élodie Marchand",
      company: "Grand Vordanais",
      role: "présidente de la chambre régionale des comptes",
      paragraph:
        "Élodie Marchand est nommée présidente de la chambre régionale des comptes du Grand Vordanais.",
    },
    true,
  ],
  [
    "role_ends_on_a_local_body",
    {
      person: "Élodie Marchand",
      company: "ville de Castel-Vairon",
      role: "directrice de la police municipale",
      paragraph: "La ville de Castel-Vairon nomme Élodie Marchand directrice de la police municipale.",
    },
    false,
  ],
  [
    "role_ends_on_a_local_body",
    {
      person: "Paul Girard",
      company: "Ferralis Voyageurs",
      role: "directeur délégué des trains régionaux",
      paragraph: "Paul Girard devient directeur délégué des trains régionaux de Ferralis Voyageurs.",
    },
    false,
  ],
  [
    "same_post_at_a_body",
    {
      person: "Paul Girard",
      company: "Kargo Rail d'Ormeville",
      role: "directeur de l'usine de Lorchamp",
      paragraph:
        "Paul Girard quitte la direction de l'usine Ferlog de Lorchamp pour prendre celle du site Kargo Rail d'Ormeville.",
    },
    true,
  ],
  [
    "same_post_at_a_body",
    {
      person: "Luc Faure",
      company: "Kargo Rail",
      role: "directeur des achats",
      paragraph: "Luc Faure quitte la direction des achats de Ferlog pour prendre celle de Kargo Rail.",
    },
    false,
  ],
];

describe("doubts on a finished record", () => {
  it.each(CASES)("%s on %j: %s", (id, fields, raised) => {
    const ids = doubtsAbout(record(fields)).map((d) => d.id);
    expect(ids.includes(id)).toBe(raised);
  });

  it("has a row in this table for every doubt, each with a French label", () => {
    for (const doubt of DOUBTS) {
      expect(CASES.some(([id, , raised]) => id === doubt.id && raised)).toBe(true);
      expect(doubt.label).toMatch(/[a-zé’]/);
    }
  });

  it("keeps every record with a doubt below the auto-publication threshold", () => {
    for (const doubt of DOUBTS) expect(0.95 - doubt.penalty).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});

describe("the French lexicon", () => {
  it.each([
    ["Même", true],
    ["quatre", true],
    ["Formalité", true],
    ["a", true],
    ["zythum", true],
    ["Corvania", false],
    ["Ferlog", false],
    ["", false],
  ])("%s is a French word: %s", (word, known) => {
    expect(isFrenchWord(word)).toBe(known);
  });
});

describe("role tidying", () => {
  it.each(ROLE_TIDY_RULES.map((rule) => [rule.id, ...rule.example]))("%s: %s → %s", (_id, raw, tidy) => {
    expect(tidyRole(raw!)).toBe(tidy);
  });

  it("never empties a role", () => {
    expect(tidyRole("devenir")).toBe("devenir");
  });

  it.each([
    ["directrice de l'atelier de tissage de Lainova", "Lainova", "directrice de l'atelier de tissage"],
    ["responsable du laboratoire d'Orvalis", "Orvalis", "responsable du laboratoire"],
    ["chef de cuisine du Relais Fontbrune", "Le Relais Fontbrune", "chef de cuisine"],
    // another house named at the end stays: it is not the record's employer
    ["directeur du magasin de Brévaux", "Bricoplus", "directeur du magasin de Brévaux"],
    // nothing but the employer: the title is kept as read
    ["de Lainova", "Lainova", "de Lainova"],
    ["directeur général", "Lainova", "directeur général"],
  ])("cuts the record's own employer from the end of %s", (role, company, title) => {
    expect(roleWithoutEmployer(role, company)).toBe(title);
  });

  it("reads a title whose house closes it once, as role and employer", () => {
    const [move] = parseIssueText(
      "LETTRE\n\nNOMINATIONS\n\nJeanne Robert quitte Tarvex pour devenir directrice de l'usine de recyclage de Plastiflor.\n",
    ).moves;
    expect(move).toMatchObject({ company: "Plastiflor", role: "directrice de l'usine de recyclage" });
  });
});

describe("asides between a verb and its object", () => {
  it.each([
    ["deviendra le 1er mars directrice financière", "deviendra directrice financière"],
    ["prendra en janvier la direction générale", "prendra la direction générale"],
    ["est élue de justesse présidente", "est élue présidente"],
    ["devient en outre directeur par intérim", "devient directeur par intérim"],
    ["sera nommé à la même date directeur général", "sera nommé directeur général"],
    ["deviendra en juin 2027 directeur général", "deviendra directeur général"],
    ["Nommée à partir du 1er novembre directrice", "Nommée directrice"],
    ["annonce la nomination à partir du 1er septembre de", "annonce la nomination de"],
    ["a été nommé lundi 2 janvier directeur", "a été nommé directeur"],
    ["devient 1er mars 2027 présidente", "devient présidente"],
    // elsewhere a date ends the role and stays
    ["nommé directeur à compter du 1er avril", "nommé directeur à compter du 1er avril"],
  ])("%s", (text, read) => {
    expect(maskAsides(text).replace(/\s+/g, " ")).toBe(read);
  });
});

describe("records read from invented sentences", () => {
  it.each([
    [
      "ÉLODIE MARCHAND deviendra le 1er mars directrice financière de Corvania.",
      "Corvania",
      "directrice financière",
    ],
    [
      "Sophie Lemarchand est élue de justesse présidente de la Fédération des Cidriers.",
      "Fédération des Cidriers",
      "présidente",
    ],
    [
      "Marc Tellier devient en outre country manager par intérim de Kargo Rail.",
      "Kargo Rail",
      "country manager par intérim",
    ],
    ["Nadia Berthelot quitte Talvène pour devenir CFO de Vortalis.", "Vortalis", "CFO"],
  ])("%s", (paragraph, company, role) => {
    expect(movesOf(paragraph).map((m) => [m.company, m.role])).toContainEqual([company, role]);
  });

  it("holds a role that a spreadsheet would run as a formula for review", () => {
    const [move] = movesOf('JULIE PERRIN rejoint Corvania en tant que =HYPERLINK("http://exemple.test").');
    if (move) expect(move.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });

  it("never repairs a company into a look-alike with other initials, and holds a repair across paragraphs", () => {
    const issue = parseIssueText(
      "Lettre\n\n+ MOUVEMENTS\n\nANNE ROY rejoint Kasorris Systems en tant que directrice juridique.\n\n" +
        "MARC LIN rejoint Nosorris Systems en tant que directeur commercial.\n\n" +
        "LÉA VIDAL rejoint Kasoris Systems en tant que directrice financière.\n",
    );
    const byPerson = Object.fromEntries(issue.moves.map((m) => [m.person, m]));
    expect(byPerson["Marc Lin"]!.company).toBe("Nosorris Systems");
    expect(byPerson["Marc Lin"]!.confidence).toBeGreaterThanOrEqual(AUTO_PUBLISH_CONFIDENCE);
    expect(byPerson["Léa Vidal"]!.company).toBe("Kasorris Systems");
    expect(byPerson["Léa Vidal"]!.confidence).toBeLessThan(AUTO_PUBLISH_CONFIDENCE);
  });
});
