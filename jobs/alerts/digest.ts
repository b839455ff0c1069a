import type { DigestMove } from "../../db/repositories/alerts.ts";
import { type Email, unsubscribeHeaders } from "../../server/mail/send.ts";
import type { SignedLinks } from "../../server/mail/signed-links.ts";
import { paths } from "../../shared/site-paths.ts";

/**
 * One digest e-mail: subject, the data of views/emails/digest.*.hbs, and the one-click unsubscribe
 * headers (server/mail/send.ts renders and sends it). Pure: the data is loaded by send.ts.
 */
export function digestEmail(
  input: { subscriberId: number; to: string; messageId: string; moves: DigestMove[] },
  context: { publicUrl: string; mailFrom: string; links: SignedLinks },
): Email {
  const { publicUrl, links } = context;
  const subject = digestSubject(input.moves);
  const moves = input.moves.map((m) => ({
    reason: m.reason,
    searchId: m.searchId,
    searchName: m.searchName ?? "Recherche supprimée depuis",
    previousPost: m.previousPost,
    paragraph: m.paragraph,
    departure: m.reason === "departure",
    person: m.personName,
    personUrl: publicUrl + paths.person(m.personSlug),
    role: m.role,
    kind: m.kind,
    company: m.companyName,
    companyUrl: publicUrl + paths.company(m.companySlug),
    previous: m.previousCompanies.join(", "),
    left: departedCompany(m),
    date: m.publishedOn,
    sourceUrl: publicUrl + paths.issue(m.issueId),
    sourceTitle: m.issueTitle ?? "la newsletter d’origine",
  }));
  // Moves arrive ordered by reason, then search name (loadDigestMoves): one group per search.
  const searches: { name: string; moves: typeof moves }[] = [];
  for (const m of moves.filter((x) => x.reason === "search")) {
    const last = searches[searches.length - 1];
    if (last && last.name === m.searchName) last.moves.push(m);
    else searches.push({ name: m.searchName, moves: [m] });
  }
  const arrivals = moves.filter((m) => m.reason === "arrival");
  const departures = moves.filter((m) => m.reason === "departure");
  const people = moves.filter((m) => m.reason === "person");
  return {
    to: input.to,
    subject,
    template: "digest",
    messageId: input.messageId,
    data: {
      subject,
      count: moves.length,
      arrivals,
      departures,
      people,
      searches,
      // Section headings only when the digest holds more than arrivals.
      headed: departures.length + people.length + searches.length > 0,
      manageUrl: links.manageUrl(input.subscriberId),
      unsubscribeUrl: links.unsubscribeUrl(input.subscriberId),
      publicUrl,
    },
    headers: unsubscribeHeaders(links, context.mailFrom, input.subscriberId),
  };
}

type SubjectMove = Pick<DigestMove, "reason" | "companyName" | "previousCompanies" | "followedCompany">;

/**
 * The company a departure is news about: the followed one the person left, not merely the first
 * employer the paragraph lists (someone leaving "Alstom et Atos" is news to Atos's followers as
 * Atos). The first listed only when the subscriber has since stopped following it.
 */
function departedCompany(m: SubjectMove): string {
  return m.followedCompany ?? m.previousCompanies[0] ?? m.companyName;
}

/**
 * "3 mouvements chez Scalian, Trace…": the count, then the companies in the order the e-mail shows
 * them, two at most, an ellipsis when there are more. A departure names the followed company left.
 */
export function digestSubject(moves: SubjectMove[]): string {
  const companies = [
    ...new Set(moves.map((m) => (m.reason === "departure" ? departedCompany(m) : m.companyName))),
  ];
  const count = moves.length;
  const noun = count < 2 ? "mouvement" : "mouvements";
  const names = companies.slice(0, 2).join(", ") + (companies.length > 2 ? "…" : "");
  return `${count} ${noun} chez ${names}`;
}
