import { Router } from "express";
import { NotFound } from "../errors.ts";
import type { MailCatcher } from "../mail/catcher.ts";

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
    res.render("site/mail-show", { title: message.subject, message });
  });
  // The HTML part alone, shown in a sandboxed iframe so its styles cannot touch the page.
  router.get("/:id/html", async (req, res) => {
    const message = await catcher.read(req.params.id);
    if (!message?.html) throw new NotFound("Message introuvable");
    res.set(
      "Content-Security-Policy",
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
    );
    res.type("html").send(message.html);
  });
  return router;
}
