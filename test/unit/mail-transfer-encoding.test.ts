import { describe, expect, it } from "@jest/globals";
import type { SendMailOptions } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { composeEmail } from "../../server/mail/send.ts";
import type { Views } from "../../server/views.ts";

/** Views whose every template renders `body`, so composeEmail's bodies are the test's own. */
const viewsRendering = (body: string) => ({ handlebars: { compile: () => () => body } }) as unknown as Views;

const config = { MAIL_FROM: "Annuaire <annuaire@exemple.test>", PUBLIC_URL: "https://annuaire.exemple.test" };

/** The message's bytes, with the random parts (boundaries, date) fixed. */
const bytes = (message: SendMailOptions) => {
  // baseBoundary: nodemailer's option for fixed boundaries, absent from its types.
  const fixed = {
    ...message,
    baseBoundary: "fixe",
    date: new Date("2026-03-02T08:00:00Z"),
    messageId: "<essai@exemple.test>",
  };
  return new Promise<string>((resolve, reject) =>
    new MailComposer(fixed)
      .compile()
      .build((error, built) => (error ? reject(error) : resolve(built.toString()))),
  );
};

describe("composed e-mail bodies", () => {
  // composeEmail tells nodemailer each body's transfer encoding (its own detection was a third of
  // its CPU per message); what it tells must be what nodemailer would have chosen.
  it.each<[string, string, string]>([
    ["short ASCII lines", "Bonjour,\nvotre commande part demain.\n", "7bit"],
    ["an ASCII line over 76 characters", `${"livraison ".repeat(12)}\nfin\n`, "quoted-printable"],
    [
      "accented French",
      "Élodie Marchand rejoint la boulangerie Pâtisserie & Fils à Nîmes.",
      "quoted-printable",
    ],
    ["mostly Cyrillic", "Пекарня на углу открывает второй магазин в центре города.", "base64"],
    ["mostly Han characters", "面包店开设第二家分店", "base64"],
    ["a control character", "colis\u0007 expédié", "quoted-printable"],
    ["nothing", "", "7bit"],
  ])("are byte for byte what nodemailer makes unaided: %s", async (_, body, encoding) => {
    const views = viewsRendering(body);
    const composed = composeEmail(
      { config, views },
      { to: "a@exemple.test", subject: "Essai", template: "confirm", data: {} },
    );
    const unaided = {
      ...composed,
      html: (composed.html as { content?: string }).content ?? composed.html,
      text: (composed.text as { content?: string }).content ?? composed.text,
    };
    const sent = await bytes(composed);
    expect(sent).toBe(await bytes(unaided));
    expect(sent).toContain(`Content-Transfer-Encoding: ${encoding}`);
  });
});
