// A newsletter's double opt-in mail ("Confirmez votre inscription"): recognised so the admin
// subscribes Carnet with one click on the link it carries. Pure: text in, link out.

const ASKS_CONFIRMATION =
  /\b(?:confirm(?:ez|er|ation)|valid(?:ez|er|ation))\b[^.\n]{0,60}\b(?:inscription|abonnement|adresse)\b|\bconfirm (?:your|the) (?:subscription|e-?mail|address)\b|\bdouble opt-?in\b/iu;
const LINK_WORDS = /confirm|valid|opt-?in|subscribe|inscription|abonnement|activate|verify/iu;

/** The confirmation link of a newsletter's opt-in mail, or null when the mail is no such thing. */
export function confirmationLink(mail: {
  subject: string | null;
  text: string;
  html: string | null;
}): string | null {
  const asks = ASKS_CONFIRMATION.test(mail.subject ?? "") || ASKS_CONFIRMATION.test(mail.text.slice(0, 4000));
  if (!asks) return null;
  const anchors = [
    ...(mail.html ?? "").matchAll(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/giu),
  ].map((m) => ({ url: m[1]!.replaceAll("&amp;", "&"), label: m[2]!.replace(/<[^>]+>/gu, " ") }));
  const fromAnchors = anchors.find(
    (a) => /^https?:\/\//iu.test(a.url) && (LINK_WORDS.test(a.url) || LINK_WORDS.test(a.label)),
  );
  if (fromAnchors) return fromAnchors.url;
  const urls = mail.text.match(/https?:\/\/[^\s<>"')\]]+/giu) ?? [];
  return urls.find((url) => LINK_WORDS.test(url)) ?? urls[0] ?? null;
}
