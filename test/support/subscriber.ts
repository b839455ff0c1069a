import type { Express } from "express";
import request from "supertest";
import { deliverQueuedMail, type OutboxDeps } from "../../jobs/mail/outbox.ts";
import { csrfOf } from "./admin.ts";
import type { SmtpPeer } from "./smtp.ts";

/** Form values as the browser sends them: &amp; and &#x3D; back to & and =. */
export const decodeHtml = (html: string) => html.replace(/&amp;/g, "&").replace(/&#x3D;/g, "=");

/**
 * A visitor subscribing as a person would: follows `alertPath` to the /alertes form (a company's or
 * person's "Suivre", a search's "Recevoir les nouveaux résultats"), keeps the people and searches it
 * filled in, adds `extra`, submits, then confirms from the e-mail the real SMTP peer received.
 * Returns the form's HTML, the confirmation's text and the manage page's path; the peer is cleared.
 */
export async function subscribeAndConfirm(
  app: Express,
  deps: OutboxDeps,
  smtp: SmtpPeer,
  alertPath: string,
  email: string,
  extra: Record<string, string | string[]> = {},
) {
  const agent = request.agent(app);
  const form = await agent.get(alertPath).expect(200);
  const body = new URLSearchParams({ _csrf: csrfOf(form.text), email, frequency: "immediate" });
  for (const m of form.text.matchAll(/name="(companies|people|searches)" value="([^"]*)"/g))
    if (m[2]) body.append(m[1]!, decodeHtml(m[2]));
  for (const [name, values] of Object.entries(extra)) for (const v of [values].flat()) body.append(name, v);
  const sent = await agent.post("/alertes").type("form").send(body.toString());
  if (sent.status !== 200)
    throw new Error(`subscribe form answered ${sent.status}: ${sent.text.slice(0, 500)}`);
  // What the scheduler's mail worker does a moment later.
  await deliverQueuedMail(deps);
  const [mail] = await smtp.to(email);
  if (!mail?.text) throw new Error(`no confirmation e-mail for ${email}`);
  const path = new URL(/http:\/\/carnet\.test\/alertes\/confirmer\/[^\s]+/.exec(mail.text)![0]).pathname;
  const page = await agent.get(path).expect(200);
  const confirmed = await agent
    .post(path)
    .type("form")
    .send({ _csrf: csrfOf(page.text) })
    .expect(303);
  smtp.clear();
  return {
    agent,
    form: form.text,
    confirmation: mail.text,
    managePath: new URL(confirmed.headers.location!, "http://carnet.test").pathname,
  };
}
