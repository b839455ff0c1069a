import { Router } from "express";
import { NotFound } from "../errors.ts";
import type { MailCatcher } from "../mail/catcher.ts";

/** What the message's frame may do: navigate the tab it is in, when the reader clicks. */
export const FRAME_SANDBOX = "allow-top-navigation-by-user-activation";

/** A `<base target="_top">` first in the message's head (or first of all without one). */
function withLinksOpeningInTheTab(html: string): string {
  const base = '<base target="_top">';
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return base + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + base + html.slice(end);
}

/**
 * /dev/mail: what the dev mail catcher received (only mounted when SMTP_URL is unset; app.ts opens it
 * to everyone in development only, to signed-in admins otherwise).
 */
export function createMailCatcherRouter(catcher: MailCatcher): Router {
  const router = Router();
  router.get("/", async (_req, res) => {
    res.render("site/mail-list", { title: "Boîte de développement", messages: await catcher.list() });
  });
  router.get("/:id", async (req, res) => {
    const message = await catcher.read(req.params.id);
    if (!message) throw new NotFound("Message introuvable");
    res.render("site/mail-show", { title: message.subject, message, frameSandbox: FRAME_SANDBOX });
  });
  // The HTML part alone, shown in a sandboxed iframe so its styles cannot touch the page. Its links
  // open in the whole tab, as they would from a mail client: followed inside the frame, a link
  // showed the page unstyled in a box and its sandbox refused the page's forms (the confirmation
  // e-mail's button led to a "Confirmer" that did nothing). Scripts stay off.
  router.get("/:id/html", async (req, res) => {
    const message = await catcher.read(req.params.id);
    if (!message?.html) throw new NotFound("Message introuvable");
    res.set(
      "Content-Security-Policy",
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox ${FRAME_SANDBOX}`,
    );
    res.type("html").send(withLinksOpeningInTheTab(message.html));
  });
  return router;
}
