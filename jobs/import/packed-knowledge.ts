import { type GazetteerEntries, personKey } from "../parse/index.ts";

/**
 * The directory's knowledge (gazetteer.ts) as a parse thread receives it: each list of names as one
 * string, and the links between them (an alias's company, a person's employer) as typed arrays.
 * Handed over as GazetteerEntries, a million-move directory's 800,000 people and 100,000 companies
 * are that many small objects for structured cloning to walk, and it took 3.3 s of CPU (load 15,
 * session 10) at the start of each import; one string is copied whole and a typed array is moved.
 */
export interface PackedKnowledge {
  /** Company names, NUL-separated (PostgreSQL's text cannot hold a NUL, so no name does). */
  companyNames: string;
  /** Aliases, NUL-separated, and the index of each one's company in companyNames. */
  aliases: string;
  aliasCompanies: Int32Array;
  /** People's keys (personKey), NUL-separated, and the index of each one's employer in companyNames. */
  peopleKeys: string;
  peopleCompanies: Int32Array;
}

const SEPARATOR = "\u0000";

/** The strings to join, or null when one holds the separator (never from the database). */
function joinable(strings: string[]): string | null {
  for (const s of strings) if (s.includes(SEPARATOR)) return null;
  return strings.join(SEPARATOR);
}

const split = (joined: string, count: number) => (count === 0 ? [] : joined.split(SEPARATOR));

/** Packs the entries, or returns null when a name holds a NUL (then they are cloned as they are). */
export function packKnowledge(entries: GazetteerEntries): PackedKnowledge | null {
  // Each company entry keeps its place (two may share a name); a person's employer is the first
  // entry of that name, or a name added after them (compileGazetteer reads only its string).
  const names = entries.companies.map((company) => company.name);
  const indexOf = new Map<string, number>();
  names.forEach((name, i) => {
    if (!indexOf.has(name)) indexOf.set(name, i);
  });
  const companyIndex = (name: string) => {
    let index = indexOf.get(name);
    if (index === undefined) {
      index = names.length;
      names.push(name);
      indexOf.set(name, index);
    }
    return index;
  };
  const aliases: string[] = [];
  const aliasCompanies: number[] = [];
  entries.companies.forEach(({ aliases: spellings = [] }, index) => {
    for (const alias of spellings) {
      aliases.push(alias);
      aliasCompanies.push(index);
    }
  });
  const companyCount = names.length;
  const people = entries.people ?? [];
  const keys: string[] = new Array(people.length);
  const peopleCompanies = new Int32Array(people.length);
  people.forEach((person, i) => {
    keys[i] = "key" in person ? person.key : personKey(person.name);
    peopleCompanies[i] = companyIndex(person.company);
  });
  const companyNames = joinable(names);
  const joinedAliases = joinable(aliases);
  const peopleKeys = joinable(keys);
  if (companyNames === null || joinedAliases === null || peopleKeys === null) return null;
  return {
    companyNames: `${companyCount}${SEPARATOR}${companyNames}`,
    aliases: joinedAliases,
    aliasCompanies: Int32Array.from(aliasCompanies),
    peopleKeys,
    peopleCompanies,
  };
}

/** The entries packKnowledge packed, in their order. */
export function unpackKnowledge(packed: PackedKnowledge): GazetteerEntries {
  const countEnd = packed.companyNames.indexOf(SEPARATOR);
  const companyCount = Number(packed.companyNames.slice(0, countEnd));
  const names = packed.companyNames.slice(countEnd + 1).split(SEPARATOR);
  const companies = names
    .slice(0, companyCount)
    .map((name): { name: string; aliases: string[] } => ({ name, aliases: [] }));
  split(packed.aliases, packed.aliasCompanies.length).forEach((alias, i) => {
    companies[packed.aliasCompanies[i]!]!.aliases.push(alias);
  });
  const people = split(packed.peopleKeys, packed.peopleCompanies.length).map((key, i) => ({
    key,
    company: names[packed.peopleCompanies[i]!]!,
  }));
  return { companies, people };
}
