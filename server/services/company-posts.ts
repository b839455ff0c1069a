import type { MoveRecord, NamedLink } from "../../db/repositories/directory.ts";
import { personKey } from "../../shared/names.ts";
import { contentWords, masculine } from "./search-vocabulary.ts";

/** One holder of a post: a person of the directory (with the move that named them) or a predecessor only named. */
export interface PostHolder {
  name: string;
  person: NamedLink | null;
  since: string | null;
  move_id: number | null;
  source: { issue_id: number; title: string | null } | null;
}

export interface CompanyPost {
  /** The role as its latest holder's move spells it. */
  title: string;
  /** Holders oldest first; the last one is the current holder unless `vacant`. */
  holders: PostHolder[];
  /** The last known holder has since left the company (a later move names it as previous employer). */
  vacant: boolean;
}

/**
 * Who holds each post at a company, as far as the directory knows: the company's published arrivals
 * grouped by post, chained through predecessors. A post is its title with genders and small words
 * folded ("directrice financière" and "Directeur financier" are one post); a move whose predecessor is
 * an earlier holder joins that holder's post whatever the title's wording, and a predecessor the
 * directory does not know opens the chain by name.
 */
export function companyPosts(
  arrivals: readonly MoveRecord[],
  departures: readonly MoveRecord[],
): CompanyPost[] {
  const postOf = new Map<string, CompanyPost>();
  const postByPerson = new Map<string, CompanyPost>();
  const oldestFirst = [...arrivals].sort(
    (a, b) => a.published_on.localeCompare(b.published_on) || a.id - b.id,
  );
  for (const move of oldestFirst) {
    const key = postKey(move.role);
    const predecessorsPost = move.predecessor ? postByPerson.get(personKey(move.predecessor)) : undefined;
    let post = predecessorsPost ?? postOf.get(key);
    if (!post) {
      post = { title: move.role, holders: [], vacant: false };
      if (move.predecessor) post.holders.push(namedOnly(move.predecessor));
    }
    postOf.set(key, post);
    // Someone moving to another post of the same company leaves the one they held.
    const theirFormerPost = postByPerson.get(personKey(move.person.name));
    if (
      theirFormerPost &&
      theirFormerPost !== post &&
      theirFormerPost.holders.at(-1)?.person?.slug === move.person.slug
    )
      theirFormerPost.vacant = true;
    post.title = move.role;
    post.vacant = false;
    post.holders.push({
      name: move.person.name,
      person: move.person,
      since: move.published_on,
      move_id: move.id,
      source: { issue_id: move.source.issue_id, title: move.source.title },
    });
    postByPerson.set(personKey(move.person.name), post);
  }
  const posts = [...new Set(postOf.values())];
  for (const post of posts) {
    const current = post.holders.at(-1)!;
    post.vacant ||= departures.some(
      (d) =>
        d.person.slug === current.person?.slug && current.since !== null && d.published_on >= current.since,
    );
  }
  // Newest appointment first, as a recruiter reads a team.
  return posts.sort((a, b) => (b.holders.at(-1)!.since ?? "").localeCompare(a.holders.at(-1)!.since ?? ""));
}

function postKey(role: string): string {
  return contentWords(role).map(masculine).join(" ");
}

function namedOnly(name: string): PostHolder {
  return { name, person: null, since: null, move_id: null, source: null };
}
