// French titles agree with the person ("associée", "présidente", "administratrice"). When the
// sentence itself gives no cue ("Me Hélène Brossard", "DR ANNE-LAURE GUILLOU prend la
// présidence"), a common feminine first name is the best evidence we have.

import { FIRST_NAMES, foldWord } from "./lexicon.ts";
import type { PersonMention } from "./mentions.ts";

// Feminine first names among the common ones (lexicon.ts FIRST_NAMES); names used for both
// genders (Camille, Claude, Dominique, Andrea) are left out on purpose.
const FEMININE_FIRST_NAMES = new Set(
  (
    "adele agathe agnes alexandra alice aline alix amandine amelie anais angelique anne annabelle annie " +
    "apolline aude audrey aurelie axelle barbara beatrice benedicte blandine brigitte brune candice " +
    "capucine caroline cecile celine charlotte chloe christelle claire christine clara clarisse clemence " +
    "colette coralie corinne delphine diane elisa elisabeth elise eloise elodie emilie emma emmanuelle " +
    "estelle eugenie eva fabienne fanny florence francoise frederique gabrielle gaelle genevieve " +
    "gwenaelle helene ines irene isabelle jeanne johanna josephine julia julie juliette justine karine " +
    "katrin laetitia laura laure laurence lea leonie lisa louise lucie lucile magali manon margaux " +
    "margot marguerite marianne marie marine marion martine mathilde maud melanie michele mireille " +
    "morgane muriel myriam nadia nadege natacha nathalie nina noemie odile olivia pascale patricia " +
    "pauline perrine priya rachel raphaelle romane rose sabine sabrina samia sandra sandrine sarah " +
    "severine simone solene sonia sophie stephanie sylvie tiphaine valentine valerie vanessa veronique " +
    "victoire virginie yvonne zoe fatima karima leila yasmine anna daniela emily jennifer mary rebecca " +
    "ingrid greta elena giulia sofia ana lucia aurore astrid berenice bernadette carole catherine chantal " +
    "danielle evelyne francine gisele heloise jacqueline josiane liliane lucienne ludivine madeleine maelle " +
    "micheline monique nadine nicole oceane roxane salome samira sara suzanne yasmina zineb amina aicha " +
    "aminata annick assia awa fatou francesca ginette heidi huguette josette khadija lamia lena lina " +
    "maiwenn marcelle marta maya naima nora odette paulette renee salima souad therese yvette"
  ).split(/\s+/),
);

// Names used for both genders, neither feminine nor masculine evidence.
const EPICENE_FIRST_NAMES = new Set(
  "camille claude dominique andrea sacha sasha ange alix maxence".split(" "),
);

// "Anne-Laure" is feminine, "Jean-Marie" is not: the first part of a compound decides.
export function hasFeminineFirstName(person: Pick<PersonMention, "name">): boolean {
  const first = person.name.split(/\s+/)[0] ?? "";
  return FEMININE_FIRST_NAMES.has(foldWord(first.split("-")[0] ?? ""));
}

/** A common first name (lexicon.ts FIRST_NAMES) that is neither feminine nor used for both. */
export function hasMasculineFirstName(person: Pick<PersonMention, "name">): boolean {
  const first = foldWord((person.name.split(/\s+/)[0] ?? "").split("-")[0] ?? "");
  return FIRST_NAMES.has(first) && !FEMININE_FIRST_NAMES.has(first) && !EPICENE_FIRST_NAMES.has(first);
}

const FEMININE_ENDINGS: [RegExp, string][] = [
  [/teur$/u, "trice"],
  [/ier$/u, "ière"],
  [/é$/u, "ée"],
  [/(?<=[\p{L}]{3})(?:al|ent|oint|ant)$/u, "$&e"],
  [/if$/u, "ive"],
  [/el$/u, "elle"],
];

// "chargé d'affaires senior" → "chargée d'affaires senior": only the words before the first
// complement agree; English titles ("Chief Operating Officer") do not change.
export function feminineTitle(title: string): string {
  const words = title.split(" ");
  const complement = words.findIndex((w, i) => i > 0 && /^(?:de|du|des|d'.*|en|à|chargée?)$/u.test(w));
  const head = complement < 0 ? words.length : complement;
  return words
    .map((word, i) => {
      if (i >= head || /\p{Lu}/u.test(word) || /e$/u.test(word)) return word;
      const rule = FEMININE_ENDINGS.find(([pattern]) => pattern.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    })
    .join(" ");
}
