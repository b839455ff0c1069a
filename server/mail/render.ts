import { readFileSync } from "node:fs";
import path from "node:path";
import type { TemplateDelegate } from "handlebars";
import juice from "juice";
import { VIEWS_DIR, type Views } from "../views.ts";

/**
 * Every e-mail is a pair of templates, views/emails/<name>.html.hbs and <name>.text.hbs, compiled by
 * the one Handlebars instance (its helpers: dates fr-FR, plurals).
 *
 * CSS is inlined (mail clients drop <style>) by running juice once over the template source, not
 * over each rendered message: the digest is sent tens of thousands of times a round, and juice per
 * message would cost more than SMTP itself. Hence e-mail templates keep `{{…}}` out of tag
 * names and class attributes, so the styles juice sees are the styles sent. The text part is
 * compiled without HTML escaping: "Crédit Agricole & Co" must not become "&amp;" in plain text.
 */
export interface EmailContent {
  html: string;
  text: string;
}

export interface EmailRenderer {
  render(name: string, data: Record<string, unknown>): EmailContent;
}

export function createEmailRenderer(views: Views, dir = path.join(VIEWS_DIR, "emails")): EmailRenderer {
  const cache = new Map<string, { html: TemplateDelegate; text: TemplateDelegate }>();
  const load = (name: string) => {
    let pair = cache.get(name);
    if (!pair) {
      const htmlSource = readFileSync(path.join(dir, `${name}.html.hbs`), "utf8");
      const textSource = readFileSync(path.join(dir, `${name}.text.hbs`), "utf8");
      pair = {
        html: views.handlebars.compile(
          juice(htmlSource, { removeStyleTags: true, preserveMediaQueries: true }),
        ),
        text: views.handlebars.compile(textSource, { noEscape: true }),
      };
      cache.set(name, pair);
    }
    return pair;
  };
  return {
    render(name, data) {
      const pair = load(name);
      return { html: pair.html(data), text: tidyText(pair.text(data)) };
    },
  };
}

const renderers = new WeakMap<Views, EmailRenderer>();

/** The renderer of one Views instance, made once: compiling and inlining a template pair is dear. */
export function emailRendererFor(views: Views): EmailRenderer {
  let renderer = renderers.get(views);
  if (!renderer) {
    renderer = createEmailRenderer(views);
    renderers.set(views, renderer);
  }
  return renderer;
}

/** Template whitespace (block helpers on their own lines) leaves runs of blank lines: keep one. */
const tidyText = (text: string) =>
  `${text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
