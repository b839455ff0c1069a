// People's names: the honorifics before them, common first names (with the gender they mark),
// surname particles, and the words that sit before a name but are never part of one.

import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.ts";
import { LEGAL_FORMS } from "./companies.ts";
import {
  GENERATED_EPICENE_FIRST_NAMES,
  GENERATED_FEMININE_FIRST_NAMES,
  GENERATED_MASCULINE_FIRST_NAMES,
} from "./first-names.generated.ts";
import { foldWord } from "./fold.ts";
import { FUNCTION_ACRONYMS, TITLE_ACRONYMS } from "./titles.ts";

// Honorifics written before a name ("M. Paul Girard", "Mme Anne Roy", "Me Isabelle Fournier",
// "Dr Hugo Besson", English "Dr. Jane Fikes"): a regex alternation for running text.
export const HONORIFIC = String.raw`M\.|Mme|Mr|Dr\.?|Me|Maître|Pr`;

// Every title of courtesy a name may follow, the abbreviations above and the ones running text
// rarely needs to match ("Mlle", "Mgr", "Prof.", English "Mrs", "Ms"), written as they are printed.
export const COURTESY_TITLE = String.raw`${HONORIFIC}|MM\.|Mmes|Mlle|Mgr|Monseigneur|Docteur|Professeur|Prof\.?|Pr\.|Mr\.|Mrs\.?|Ms\.?`;

// Ranks, orders and callings printed between an article and a name ("le colonel Paul Girard", "la
// générale de brigade Anne Roy", "le lieutenant-colonel (R) …", "le père …"): like a title of
// courtesy they say how a person is addressed, not the post they move to, and are no part of the
// name. Only after an article: "secrétaire général Paul Girard" is a title, not a rank.
export const RANK_BEFORE_NAME = String.raw`(?:(?:médecin|vice|contre|lieutenant)-)?(?:général|générale|colonel|colonelle|commandant|commandante|capitaine|lieutenant|lieutenante|adjudant(?:-chef)?|major|amiral|amirale|commissaire divisionnaire|contrôleur général|contrôleuse générale|préfet|préfète|père|frère|sœur|soeur|abbé|pasteur|pasteure|chanoine|rabbin|imam|docteur|docteure|professeur|professeure|maître|docteur vétérinaire)(?:\s+(?:de brigade|de division|de corps d['’]armée|d['’]armée|de gendarmerie|de vaisseau|de frégate|de corvette|en chef|de (?:1re|2e) classe))?(?:\s+\((?:2S|R|ER|CR)\))?`;

// First names come from two sources: the hand lists below, written while reading newsletters (their
// gender wins), and the maintained list generated from @faker-js/faker's locales
// (first-names.generated.ts, which already leaves out French dictionary words and the lexicon's other
// words). A name in DISTRUSTED_FIRST_NAMES is in neither.

// Feminine first names among the common ones (FIRST_NAMES below), for the agreement of titles
// (gender.ts); names used for both genders (Camille, Claude, Dominique, Andrea) are left out on purpose.
const HAND_FEMININE_FIRST_NAMES = new Set(
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
    "maiwenn marcelle marta maya naima nora odette paulette renee salima souad therese yvette " +
    // issue 13: first names as common in the press as the ones above (French, then other languages);
    // a name that is also a place, a brand or a capitalised word (France, Lorraine, Constance, Blanche,
    // Iris, Flora, Aurelia, Hermine, Edmond as in "Edmond Gestion") is left out
    "adelaide adeline adrienne albane alexia alicia aliette alienor alison ambre amelia anaelle " +
    "andree angele angelina anouk antoinette ariane arielle arlette armelle berangere " +
    "bettina bianca camila carine carla carmen cecilia celestine charline chiara " +
    "christiane claudia claudine clementine clothilde clotilde coline cyrielle dalila daphne " +
    "deborah denise edith eleonore eliane elina elsa emeline enora esther faustine fiona flavie " +
    "florine georgette geraldine germaine gervaise ghislaine gilberte gladys gwendoline " +
    "helena hortense isaure janine jeannine jessica joelle jocelyne josee judith " +
    "juliana katia kelly lara laurie laurine leonore leontine lise lola louisa luce ludmila " +
    "lydia lydie maelys maeva manuela marceline mariam marina marjolaine marjorie marlene " +
    "marthe melina melissa melodie mylene naomi natalia nelly ninon noelle olga ophelie " +
    "pascaline paola paule penelope philippine prisca rachida raymonde regine rosalie roselyne " +
    "segolene servane sibylle sidonie silvia solange soizic solenn sophia svetlana sylvaine " +
    "thais ursula valeria vera veronica violaine violette viviane wendy yolande zelie " +
    "fatoumata mariama kadiatou oumou bintou malika fouzia rania farida jamila kenza meriem " +
    "nawel nesrine soraya yamina zohra anja birgit britta dagmar frida hanna hannah karin " +
    "kerstin maja sigrid ulrike alessandra beatriz gabriela giovanna isabel luisa pilar rosa " +
    "teresa abigail amanda amy betty diana elizabeth ellen jane karen kate katherine linda " +
    // round 3: a common first name the lexicon lacked ("promeut A directeur … et Jade B directrice …")
    "jade " +
    "margaret nancy natalie susan victoria " +
    // session 16: common French first names the lexicon lacked; an unknown first name let a headline's
    // company run on into the person after it ("… pour C Éloi X remplace Y")
    "eglantine rozenn sixtine domitille maylis bertille ombeline alizee mila priscille " +
    "gwladys nolwenn sterenn edwige " +
    // session 23: Breton and Irish first names whose titles were left masculine ("élu à sa présidence
    // Gwenola X" read "président")
    "gwenola siobhan aoife " +
    // session 28 (issue 13): regional and international first names common in France and Quebec
    // (Basque, Breton, Occitan and Catalan, Corsican, Flemish, Maghrebi, West African, Portuguese,
    // Polish written without its ł, Vietnamese); an unknown first name left a mover unread. Not those
    // that are French words or brands ("Alaïa", "Fanta", "Samba", "Roser", "Miren" of house names)
    "maite ainhoa amaia oihana itziar irati leire garazi maialen uxue nahia izaro haizea idoia " +
    "arantxa edurne itsaso lorea josune begona amaya azenor bleuenn klervi anaig annaig morwenn aziliz " +
    "tifenn soazig nolwen maela azalais mirelha mireia merce ghjulia vanina maddalena orsola " +
    "griet hilde lieve annelies veerle inge katrien liesbeth ilse fien elke kaat evi aziza " +
    "fadila fatiha ghizlane hanane ikram insaf mounia nadira najat nassima ouafa sabah saida " +
    "siham wafa zakia zoulikha hayet nadjet djamila fadwa houria ilham kaoutar khaoula nabila " +
    "ouarda wassila zoubida ndeye adjoa akosua afua adjara kadi nafissatou oumy rougui conceicao " +
    "graca lurdes malgorzata beata grazyna jolanta urszula wioletta iwona bozena halina huong " +
    "trang phuong thao thuy linh guylaine joanie claudette pierrette gaetane"
  ).split(/\s+/),
);

// Names used for both genders, neither feminine nor masculine evidence.
// (session 26: "Nour" and "Yuki", given to women as often as to men, were read as masculine: real79's
// "confie sa direction des achats à Nour X, ancienne de C" was published "directeur"; as both, the
// sentence's agreement decides)
const HAND_EPICENE_FIRST_NAMES = new Set(
  (
    "camille claude dominique andrea sacha sasha ange alix maxence louison nour yuki " +
    // session 28: Vietnamese names given to both (Thanh, Anh, Ngọc, Xuân, Khánh) and Breton Lénaïc
    "thanh anh ngoc xuan khanh lenaic"
  ).split(" "),
);

// Other common first names, read as masculine (hasMasculineFirstName in gender.ts).
const OTHER_FIRST_NAMES = (
  "adam adrien alain alban albert alex alexandre alexis andre antoine antonin arnaud arthur " +
  "augustin aurelien axel baptiste bastien benjamin benoit bernard bertrand brice bruno charles " +
  "christian christophe clement cyril cyrille damien daniel david denis didier edouard emmanuel " +
  "eric erwan etienne fabien fabrice florent florian francis francois frederic gabriel gael " +
  "gaspard gauthier gautier geoffroy georges gerald gerard ghislain gilles gregoire gregory " +
  "guillaume henri herve hugo hugues jacques jean jerome joel jonathan jordan joseph julien karim " +
  "kevin laurent leo leon lionel louis luc lucas ludovic marc marcel martin mathieu matthieu " +
  "maxime medhi mehdi michel mickael nicolas octave olivier pascal patrice patrick paul philippe " +
  "pierre quentin raphael regis remi renaud rene richard robert romain samuel sebastien serge " +
  "simon stephane sylvain tanguy thibault thibaut thierry thomas tristan valentin victor vincent " +
  "xavier yann yannick yves ahmed ali amine farid mohamed rachid youssef ben chris george " +
  "james john mark michael peter sam steven tom william pieter hans klaus jan sven carlos diego " +
  "lorenzo marco matteo paolo pedro javier abdel adama alessandro amir anil anton arjun " +
  "boris dimitri djamel emile erik ethan franck gabin hakim hamid hiroshi ibrahim ibrahima idriss " +
  "igor ismael ivan jamel jens jeremy jeroen jules kader kamel kenji lars liam loic lotfi luca " +
  "lukas mael malik mamadou mathias mathis maurice mehmet miguel mourad moussa nabil nadir nassim " +
  "nathan noah nolan omar ousmane pablo pierrick ravi rayan redouane riad roger sami samir selim " +
  "sofiane stanislas stefan tarek theo thibaud timothee walid yacine yanis yvonnick zacharie " +
  // issue 13: as above, the men's
  "abel achille adolphe albin alfred alphonse amaury ambroise anatole anselme anthony aristide " +
  "armand armel auguste aymeric barthelemy basile blaise cedric celestin clovis corentin " +
  "cyprien darius dorian edgar elie elliot emeric emilien enzo ernest esteban eugene " +
  "evan felix ferdinand fernand firmin florentin gaetan gaston gatien gervais gilbert gildas " +
  "godefroy gonzague guilhem gwendal hadrien harold hector hubert jeremie jimmy joachim johan " +
  "johann jonas josselin julian justin kilian kylian leandre leonard leopold lilian lucien " +
  "marcellin marius martial mathurin maximilien noe noel norbert odilon oscar paulin philibert " +
  "raoul raymond remy rodolphe rodrigue roland romaric romuald ronan rudy severin theophile " +
  "timothe titouan tony ulysse valery victorien vivien wilfried yohan yoann yohann yvan alberto " +
  "angelo antonio carlo dario emilio enrico fabio federico filippo francesco giacomo gianni " +
  "giorgio giovanni giuseppe leonardo luciano luigi massimo mauro mauricio nicola riccardo " +
  "roberto sergio stefano tommaso vincenzo andreas bernd dieter dirk friedrich georg gerhard " +
  "heinz helmut henrik jurgen karl konrad markus matthias niklas olaf reto rolf rudolf thorsten " +
  "ulrich werner wolfgang adrian alan andrew brian colin craig edward gary graham harry henry " +
  "jack jason jeff matthew neil oliver ryan scott stephen steve stuart timothy warren andrzej " +
  "dmitri jakub krzysztof marek mikhail nikolai oleg pavel piotr sergei tomasz vladimir abdou " +
  "abdoulaye alassane amadou boubacar cheikh djibril kwame kofi lamine seydou siaka souleymane " +
  "abdelkader adel anis ayoub bilal driss fares fouad hassan hicham issam jamal khaled mounir " +
  "moustapha nordine salah tarik yassine zakaria " +
  // round 2: common men's names the lexicon lacked ('a élu président Guy X' read no one)
  "guy youenn koen declan wassim joris mikael " +
  // session 16: common French first names the lexicon lacked (see the feminine list's note); not those that are
  // also common adjectives or words ("Urbain" of "Mobilier Urbain C", "Marin", "Désiré", "Côme" folded to "come")
  "eloi gwenael honore evariste lazare donatien valere pacome ignace " +
  "baudouin eudes aubin gontran tugdual gurvan goulven brieuc malo matheo enguerrand gauvain " +
  "yvon erwann " +
  // session 28 (issue 13): the men's names of the regional and international list above
  "unai inaki julen aitor xabi peio ander eneko iker asier gorka mikel koldo ibai enaut benat " +
  "xabier ximun ekaitz gaizka haritz imanol joseba josu kepa patxi txomin urko oier aritz " +
  "manex mattin jokin endika inigo ellande loeiz yannig arzhel paol jakez loig padrig riwal " +
  "trystan yaouen gwenole guenole gwilherm efflam tudal bernat peire esteve miquel aimeric " +
  "raimond oriol arnau marti ghjuvan anghjulu paulu ghjacumu santu orsu lisandru saveriu " +
  "dumenicu ghjuvanni francescu antone battista theobald seppi wim wout bart dries maarten " +
  "stijn thijs bram geert jef lieven wouter jelle abdelaziz abdelhak abdelkrim abdelmalek " +
  "abdelhamid chakib faycal hocine houssem kamal khalid lahcen larbi mokhtar nacer nasser " +
  "noureddine ramzi ridha slimane taoufik zoubir abdelatif abdelilah anouar azzedine badr " +
  "bachir belkacem hichem rabah rafik redha seif tahar toufik wahid zied zouhair abdessamad " +
  "moncef hassen birame kouame koffi kouassi yao amidou drissa sidiki oumarou hamadou sory " +
  "mamadi ousseynou serigne assane ablaye kwabena kojo emeka chinedu tunde femi kwesi adebayo " +
  "helder lukasz wojciech pawel michal bartosz jacek maciej przemyslaw radoslaw slawomir " +
  "tadeusz zbigniew wieslaw jaroslaw miroslaw rafal witold hieu tuan quang trung vinh cuong " +
  "hoang"
).split(/\s+/);

// First names that are also common words, places or brands, and that the parser must not take for the
// start of a person's name (folded), grouped by why: trusted, they let a house's name be read as a
// person ("Flora Market", "Cinéma Rex V.") or cut it short ("Mobilier Urbain C" → "Urbain C"). The
// generated list already leaves out French dictionary words; this table holds the rest, whichever
// source has them, and the words the hand lists left out for the same reasons.
const DISTRUSTED_FIRST_NAME_GROUPS: ReadonlyArray<readonly [reason: string, names: string]> = [
  [
    "a French adjective, noun or participle, capitalised in a house's name or a title",
    "urbain marin desire constance blanche hermine",
  ],
  ["'Côme' folds to 'come', an English word of house and event names", "come"],
  [
    "an English word, a month or a Latin word opening an English item or a house's name ('Even so', 'In August', 'per cent')",
    "even august per gun modest",
  ],
  ["the French 'zéphyr' (a breeze) as the Belgian list spells it, without its accent", "zephyr"],
  [
    "an English noun, month or verb, written capitalised in English house and product names",
    "angel april blessing crystal daisy dawn ebony eden faith ginger grace hazel heather holly hope " +
      "iris ivy joy june may melody misty opal pearl ruby sandy sky summer clay dale earl grant mack wade",
  ],
  ["a Latin word of brand and title names ('Rex' of cinemas, 'Lex' of law reviews)", "rex lex flora aurelia"],
  [
    "a place, or the English name of one",
    "france lorraine brittany georgia virginia savannah sydney asia olympia",
  ],
  [
    "a brand, a hotel or a house more often than a person in business news",
    "chanel mercedes dior tiffany carlton lloyd edmond helios athena isis junon odin",
  ],
  ["a French surname far more often than a first name ('Hypermarchés Leroy')", "leroy"],
  ["a prefix of house names ('Maxi-Outils'), read as the German 'Maxi' before a hyphen", "maxi"],
];

export const DISTRUSTED_FIRST_NAMES: ReadonlyMap<string, string> = new Map(
  DISTRUSTED_FIRST_NAME_GROUPS.flatMap(([reason, names]) =>
    names.split(/\s+/u).map((name) => [name, reason] as const),
  ),
);

const trusted = (names: Iterable<string>) => [...names].filter((name) => !DISTRUSTED_FIRST_NAMES.has(name));
const HAND_FIRST_NAMES = new Set([
  ...OTHER_FIRST_NAMES,
  ...HAND_FEMININE_FIRST_NAMES,
  ...HAND_EPICENE_FIRST_NAMES,
]);
const generatedOnly = (names: readonly string[]) => names.filter((name) => !HAND_FIRST_NAMES.has(name));

/** Feminine first names, for the agreement of titles (gender.ts). */
export const FEMININE_FIRST_NAMES: ReadonlySet<string> = new Set(
  trusted([...HAND_FEMININE_FIRST_NAMES, ...generatedOnly(GENERATED_FEMININE_FIRST_NAMES)]),
);

/** First names used for both genders: neither feminine nor masculine evidence. */
export const EPICENE_FIRST_NAMES: ReadonlySet<string> = new Set(
  trusted([...HAND_EPICENE_FIRST_NAMES, ...generatedOnly(GENERATED_EPICENE_FIRST_NAMES)]),
);

// Common first names. Used to trim a run like "Lyonnais Paul Martin" to "Paul Martin", to end a
// company's name before the person after it, and to trust a normal-case name a little more; an unknown
// first name is never rejected. A name neither feminine nor epicene reads as masculine (gender.ts).
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  trusted([
    ...HAND_FIRST_NAMES,
    ...GENERATED_FEMININE_FIRST_NAMES,
    ...GENERATED_MASCULINE_FIRST_NAMES,
    ...GENERATED_EPICENE_FIRST_NAMES,
  ]),
);

// The first word of a first name written in two words without a hyphen ("Ha Linh", "Thi Thu", "Ngoc
// Anh"), trusted only before a first name the lexicon knows: alone "Ha" is a hectare, "Hai" a place.
export const COMPOUND_FIRST_NAME_OPENERS: ReadonlySet<string> = new Set(
  "ha hai hoai hong thi thu thuy bao dieu kim ngoc xuan".split(" "),
);

// Capitalised words that start sentences or sit before names but are never part of one.
export const NAME_STOPWORDS = new Set(
  (
    "chez le la les l un une il elle ils elles on apres avant depuis ancien ancienne anciens nouveau " +
    "nouvelle nouvel cote selon pour par avec sans dans en au aux du des de d son sa ses leur leurs " +
    "cette ce cet ces notre nos votre vos mais et ou donc puis enfin ainsi aussi toujours deja " +
    "desormais jusqu lors des entre vers sous sur quant outre tandis alors comme si ou qui que dont " +
    "madame monsieur mme mmes mlle m mr mrs ms dr me pr " +
    "groupe group agence societe start startup scale cabinet fonds banque " +
    "two three four five six seven the this that new at " +
    // "He replaces X, who becomes …": an English pronoun opening the sentence
    "he she they his her their " +
    // "Deux proches du directeur montent…", "Jusque-là directeur de C, X …": sentence openers
    "deux trois quatre cinq six sept huit neuf dix jusque-la " +
    "fort forte ex celui celle ceux tous toutes tout toute plus moins tres bien"
  )
    .split(/\s+/)
    .concat([...MONTH_NAMES, ...WEEKDAY_NAMES].map(foldWord)),
);

// Particles of French, Dutch, German, Italian, Spanish and Portuguese surnames, written lower case
// in a proper-cased name ("Julia de Sainte Marie", "Pieter van der Berg").
export const NAME_PARTICLES = new Set(
  "de du des d la le van von der den da di do dos das del della ten ter zu".split(/\s+/),
);

// Upper-case tokens that are acronyms, never a person's name.
export const ACRONYMS = new Set([
  ...TITLE_ACRONYMS,
  ...FUNCTION_ACRONYMS,
  ...LEGAL_FORMS,
  ..."eur usd uk usa ue eu us emea apac latam b2b b2c saas cac ipo m&a pme eti tpe".split(" "),
]);

// Words that may head a portrait's name line before a colon or a dash ("Portrait : Anne Roy", "ZOOM
// SUR — Marc Lin", "Nouvelle recrue : …"), folded; the name after them is the block's subject
// (topic-person.ts).
export const NAME_LINE_LABELS: readonly string[] = [
  "portrait",
  "portraits",
  "profil",
  "zoom sur",
  "zoom",
  "focus sur",
  "focus",
  "qui est",
  "en poste",
  "nouvelle recrue",
  "nouveau venu",
  "nouvelle venue",
  "arrivee",
  "depart",
  "nomination",
  "promotion",
];
