import type pg from "pg";

/**
 * A synthetic directory generated inside PostgreSQL (INSERT … SELECT over generate_series: no
 * row crosses the wire), for the search benchmark (1,000,000 moves) and the query-plan test
 * (a few thousand). Names are built from syllables, so they look like names to the trigram and
 * full-text indexes, and are a pure function of the row number: the benchmark knows which names
 * exist and can mistype them on purpose.
 */

export const FIRST_NAMES = [
  "Claire",
  "Marc",
  "Julien",
  "Sophie",
  "Camille",
  "Nicolas",
  "Élodie",
  "Thomas",
  "Hélène",
  "Antoine",
  "Manon",
  "Pierre",
  "Léa",
  "François",
  "Inès",
  "Mathieu",
  "Chloé",
  "Olivier",
  "Aurélie",
  "Hugo",
  "Céline",
  "Laurent",
  "Pauline",
  "Sébastien",
  "Juliette",
  "Guillaume",
  "Margaux",
  "Benoît",
  "Anaïs",
  "Rémi",
  "Agathe",
  "Damien",
  "Noémie",
  "Frédéric",
  "Zoé",
  "Cédric",
  "Lucie",
  "Jérôme",
  "Émilie",
  "Yann",
  "Nathalie",
  "Stéphane",
  "Isabelle",
  "Vincent",
  "Sandrine",
  "Philippe",
  "Valérie",
  "Christophe",
  "Karine",
  "Arnaud",
  "Delphine",
  "Xavier",
  "Virginie",
  "Bertrand",
  "Mélanie",
  "Grégoire",
  "Sarah",
  "Alexandre",
  "Capucine",
  "Maxime",
  "Ophélie",
  "Louis",
  "Bérénice",
  "Adrien",
  "Solène",
  "Raphaël",
  "Mathilde",
  "Étienne",
  "Gaëlle",
  "Quentin",
  "Armelle",
  "Tristan",
  "Coralie",
  "Lionel",
  "Florence",
  "Hervé",
  "Ségolène",
  "Yves",
  "Amandine",
  "Kevin",
];
/**
 * Name parts. Real names are varied: a few dozen syllables would make every trigram common and
 * the trigram indexes look far worse than on a real directory, so surnames and company names are
 * built from 64 onsets, 64 middles and 32 (or 27) endings: 131,072 surnames, 110,592 company stems.
 */
export const ONSETS = [
  "ber",
  "da",
  "fon",
  "gal",
  "lau",
  "mor",
  "ne",
  "pa",
  "ri",
  "san",
  "té",
  "vil",
  "cha",
  "dé",
  "lo",
  "mar",
  "qué",
  "ro",
  "sé",
  "vau",
  "bou",
  "car",
  "dor",
  "fla",
  "gre",
  "hu",
  "jo",
  "kle",
  "lé",
  "mi",
  "no",
  "pi",
  "ra",
  "sa",
  "tou",
  "val",
  "bri",
  "cla",
  "dru",
  "fé",
  "gi",
  "ju",
  "ma",
  "ni",
  "pé",
  "que",
  "rou",
  "so",
  "tra",
  "vi",
  "bo",
  "co",
  "du",
  "fa",
  "go",
  "la",
  "mé",
  "nu",
  "po",
  "ré",
  "su",
  "ti",
  "ver",
  "zé",
];
const MIDDLES = [
  "bel",
  "cor",
  "dan",
  "fer",
  "gnon",
  "lan",
  "mon",
  "nel",
  "per",
  "quin",
  "ran",
  "sel",
  "tel",
  "van",
  "bar",
  "del",
  "gar",
  "lin",
  "mas",
  "noir",
  "pon",
  "res",
  "sor",
  "tin",
  "ve",
  "ba",
  "ci",
  "do",
  "ga",
  "li",
  "mu",
  "ra",
  "bé",
  "ché",
  "dou",
  "fi",
  "gou",
  "lu",
  "mé",
  "no",
  "pu",
  "ri",
  "si",
  "tu",
  "vo",
  "zi",
  "ca",
  "de",
  "ge",
  "je",
  "le",
  "me",
  "ne",
  "pe",
  "re",
  "se",
  "te",
  "ze",
  "bi",
  "di",
  "fo",
  "gu",
  "lo",
  "mo",
];
const SURNAME_ENDINGS = [
  "ault",
  "ier",
  "et",
  "and",
  "ot",
  "in",
  "eau",
  "on",
  "y",
  "ard",
  "el",
  "ès",
  "oux",
  "at",
  "ac",
  "az",
  "ieu",
  "ain",
  "ert",
  "ey",
  "ou",
  "is",
  "ens",
  "ois",
  "ec",
  "ic",
  "ade",
  "elle",
  "ette",
  "ine",
  "oy",
  "ux",
];
const COMPANY_ENDINGS = [
  "ia",
  "ex",
  "on",
  "is",
  "ys",
  "eo",
  "ance",
  "tec",
  "ium",
  "ora",
  "ix",
  "um",
  "ea",
  "al",
  "ine",
  "ova",
  "ens",
  "ac",
  "ity",
  "os",
  "ame",
  "ir",
  "yx",
  "ane",
  "ode",
  "era",
  "io",
];
const SECTORS = [
  "Conseil",
  "Industrie",
  "Technologies",
  "Finance",
  "Santé",
  "Énergie",
  "Logistique",
  "Distribution",
  "Immobilier",
  "Médias",
  "Assurances",
  "Ingénierie",
  "Services",
  "Capital",
  "Digital",
];
/** [role, seniority, function] */
export const ROLES: [string, string, string][] = [
  ["directrice administrative et financière", "director", "finance"],
  ["directeur financier", "director", "finance"],
  ["directrice générale", "c_level", "general_management"],
  ["président-directeur général", "c_level", "general_management"],
  ["directeur des systèmes d'information", "director", "tech_product"],
  ["CTO", "c_level", "tech_product"],
  ["head of data", "head", "tech_product"],
  ["directrice marketing et communication", "director", "marketing_communication"],
  ["responsable communication", "head", "marketing_communication"],
  ["directeur commercial", "director", "sales"],
  ["vice-présidente ventes Europe", "vp", "sales"],
  ["key account manager", "manager", "sales"],
  ["DRH", "director", "hr"],
  ["responsable des ressources humaines", "head", "hr"],
  ["directeur des opérations", "director", "operations"],
  ["responsable des achats", "head", "operations"],
  ["supply chain manager", "manager", "operations"],
  ["directrice juridique", "director", "other"],
  ["chief financial officer", "c_level", "finance"],
  ["product manager", "manager", "tech_product"],
];
const KINDS = ["joined", "appointed", "promoted"];

const array = (values: string[]) => `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}])`;

const SURNAMES = ONSETS.length * MIDDLES.length * SURNAME_ENDINGS.length;

/** SQL for the n-th generated company name (n ≥ 0, unique below 110,592): a stem and a sector word. */
export function companyNameSql(n: string) {
  return `initcap(${array(ONSETS)}[${n} % 64 + 1] || ${array(MIDDLES)}[(${n} / 64) % 64 + 1] || ${array(COMPANY_ENDINGS)}[(${n} / 4096) % 27 + 1]) || ' ' || ${array(SECTORS)}[(${n} * 7) % 15 + 1]`;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The n-th generated company name, as companyNameSql computes it (for the benchmark's queries). */
export function companyName(n: number): string {
  const stem =
    ONSETS[n % 64]! + MIDDLES[Math.floor(n / 64) % 64]! + COMPANY_ENDINGS[Math.floor(n / 4096) % 27]!;
  return `${cap(stem)} ${SECTORS[(n * 7) % 15]}`;
}

/** SQL for the n-th person: a first name and a surname scattered over all 131,072 by a prime stride. */
export function personNameSql(n: string) {
  const s = `((${n}::bigint * 7919) % ${SURNAMES})`;
  return `${array(FIRST_NAMES)}[${n} % 80 + 1] || ' ' || initcap(${array(ONSETS)}[${s} % 64 + 1] || ${array(MIDDLES)}[(${s} / 64) % 64 + 1] || ${array(SURNAME_ENDINGS)}[(${s} / 4096) % 32 + 1])`;
}

export function personName(n: number): string {
  const s = (n * 7919) % SURNAMES;
  const surname =
    ONSETS[s % 64]! + MIDDLES[Math.floor(s / 64) % 64]! + SURNAME_ENDINGS[Math.floor(s / 4096) % 32]!;
  return `${FIRST_NAMES[n % 80]} ${cap(surname)}`;
}

export interface DirectorySize {
  moves: number;
  companies: number;
  people: number;
  /** Moves are spread evenly over this many days ending on `lastDay`. */
  days?: number;
  lastDay?: string;
}

const key = (expr: string) =>
  `btrim(regexp_replace(lower(carnet_unaccent(${expr})), '[^a-z0-9]+', ' ', 'g'))`;
const slug = (expr: string) =>
  `btrim(regexp_replace(lower(carnet_unaccent(${expr})), '[^a-z0-9]+', '-', 'g'), '-')`;

/**
 * Fills an empty, migrated database. Secondary indexes of the big tables are dropped during the
 * load and rebuilt after (much faster than maintaining them row by row), then ANALYZE.
 */
export async function generateDirectory(client: pg.ClientBase, size: DirectorySize, log = (_: string) => {}) {
  const days = size.days ?? 5 * 365;
  const lastDay = size.lastDay ?? "2025-06-30";
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN ('moves', 'people', 'companies', 'company_aliases', 'move_previous_companies')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await client.query("SET maintenance_work_mem = '256MB'");

  log("issues");
  const weeks = Math.ceil(days / 7) + 1;
  await client.query(
    `
    INSERT INTO newsletter_issues (title, published_on, source_file, content_hash, raw_text, section_found)
    SELECT 'La Lettre n°' || w, $1::date - (w * 7), 'synthetique-' || w || '.txt', md5('issue' || w), '', true
    FROM generate_series(0, ${weeks - 1}) w`,
    [lastDay],
  );

  log(`companies (${size.companies})`);
  await client.query(`
    INSERT INTO companies (name, key, slug)
    SELECT name, ${key("name")}, ${slug("name")} FROM (
      SELECT ${companyNameSql("n")} AS name FROM generate_series(0, ${size.companies - 1}) n) g`);

  // Every tenth company has a former name, as renamed companies do.
  await client.query(`
    INSERT INTO company_aliases (company_id, alias, key)
    SELECT id, 'Ancienne ' || name, 'ancienne ' || key FROM companies WHERE id % 10 = 0`);

  log(`people (${size.people})`);
  await client.query(`
    INSERT INTO people (name, key, slug)
    SELECT name, ${key("name")}, ${slug("name")} || '-' || n FROM (
      SELECT n, ${personNameSql("n")} AS name FROM generate_series(0, ${size.people - 1}) n) g`);

  log(`moves (${size.moves})`);
  const roles = ROLES.length;
  // Move i (id i + 1): person i mod P, a company scattered by a prime stride, a date going back in
  // time, and every other move naming a previous employer. Ids start at 1: the database is empty.
  await client.query(
    `
    INSERT INTO moves (id, person_id, company_id, role, kind, seniority, function, issue_id, paragraph_index,
      paragraph_text, confidence, status, published_on, search_text, previous_companies)
    OVERRIDING SYSTEM VALUE
    SELECT i + 1, p.id, c.id, r.role, ${array(KINDS)}[i % 3 + 1], r.seniority, r.function, iss.id, i % 8,
      p.name || ' rejoint ' || c.name || ' comme ' || r.role || '.', 0.95, 'published', d.day,
      concat_ws(' ', p.name, r.role, c.name, CASE WHEN i % 2 = 0 THEN pc.name END),
      -- The previous employer inserted below, as its trigger would write it (migration 0032), so that
      -- the trigger finds nothing to change rather than writing half the moves a second time.
      CASE WHEN i % 2 = 0 THEN json_build_array(json_build_object('name', pc.name, 'slug', pc.slug)) END
    FROM generate_series(0, ${size.moves - 1}) i
    CROSS JOIN LATERAL (SELECT ($1::date - (i::bigint * ${days} / ${size.moves})::int) AS day) d
    JOIN people p ON p.id = (i % ${size.people}) + 1
    JOIN companies c ON c.id = ((i::bigint * 7919) % ${size.companies}) + 1
    JOIN companies pc ON pc.id = ((i::bigint * 104729 + 13) % ${size.companies}) + 1
    JOIN (SELECT ordinality - 1 AS n, role, seniority, function FROM unnest(
        ${array(ROLES.map((r) => r[0]))}, ${array(ROLES.map((r) => r[1]))}, ${array(ROLES.map((r) => r[2]))})
        WITH ORDINALITY AS t(role, seniority, function)) r ON r.n = (i * 7 + i / 13) % ${roles}
    JOIN newsletter_issues iss ON iss.content_hash = md5('issue' || (($1::date - d.day) / 7))`,
    [lastDay],
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('moves', 'id'), ${size.moves})`);

  log("previous employers");
  // The moves insert above already wrote each move's previous employers as migration 0032's
  // trigger would; left on, the trigger would compute them again for half a million moves with a
  // plan made before move_previous_companies had statistics (a parallel scan of the whole table
  // for every move: a million-move build did not finish in 15 minutes). Off for this one statement.
  await client.query(
    "ALTER TABLE move_previous_companies DISABLE TRIGGER move_previous_companies_record_insert",
  );
  await client.query(`
    INSERT INTO move_previous_companies (move_id, position, company_id)
    SELECT i + 1, 0, ((i::bigint * 104729 + 13) % ${size.companies}) + 1
    FROM generate_series(0, ${size.moves - 1}) i WHERE i % 2 = 0`);
  await client.query(
    "ALTER TABLE move_previous_companies ENABLE TRIGGER move_previous_companies_record_insert",
  );

  log(`indexes (${indexes.length})`);
  for (const index of indexes) await client.query(index.def);
  log("analyze");
  await client.query("ANALYZE");
}
