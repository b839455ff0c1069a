import type { DigestMove } from "../../db/repositories/alerts.ts";
import type { EmailRenderer } from "../../server/mail/render.ts";
import type { SignedLinks } from "../../server/services/signed-links.ts";
import { paths } from "../../shared/site-paths.ts";

/**
 * One digest e-mail: subject, HTML + text parts from views/emails/digest.*.hbs, and the headers
 * mail clients need to offer a one-click unsubscribe (RFC 2369 List-Unsubscribe, RFC 8058
 * List-Unsubscribe-Post). Pure: the data is loaded by send.ts.
 */
export interface DigestMessage {
  to: string;
  subject: string;
  messageId: string;
  html: string;
  text: string;
  headers: Record<string, { prepared: true; value: string }>;
}

export function buildDigestMessage(
  input: { subscriberId: number; to: string; messageId: string; moves: DigestMove[] },
  context: { publicUrl: string; mailFrom: string; links: SignedLinks; renderer: EmailRenderer },
): DigestMessage {
  const { publicUrl, links } = context;
  const subject = digestSubject(input.moves);
  const unsubscribeUrl = links.unsubscribeUrl(input.subscriberId);
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
  const { html, text } = context.renderer.render("digest", {
    subject,
    count: moves.length,
    arrivals,
    departures,
    people,
    searches,
    // Section headings only when the digest holds more than arrivals.
    headed: departures.length + people.length + searches.length > 0,
    manageUrl: links.manageUrl(input.subscriberId),
    unsubscribeUrl,
    publicUrl,
    privacyUrl: publicUrl + paths.privacy(),
  });
  const mailto = `mailto:${senderAddress(context.mailFrom)}?subject=${encodeURIComponent(
    `unsubscribe ${links.sign("unsubscribe", input.subscriberId)}`,
  )}`;
  return {
    to: input.to,
    subject,
    messageId: input.messageId,
    html,
    text,
    headers: {
      "List-Unsubscribe": { prepared: true, value: `<${unsubscribeUrl}>, <${mailto}>` },
      // RFC 8058 §3.1: tells the client a POST to the https URL unsubscribes, no page visit needed.
      "List-Unsubscribe-Post": { prepared: true, value: "List-Unsubscribe=One-Click" },
      "Auto-Submitted": { prepared: true, value: "auto-generated" },
    },
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

/** "Carnet <alertes@exemple.fr>" → "alertes@exemple.fr". */
export function senderAddress(mailFrom: string): string {
  return /<([^<>]+)>/.exec(mailFrom)?.[1]?.trim() ?? mailFrom.trim();
}
