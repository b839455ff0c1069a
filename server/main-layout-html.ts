import { paths } from "../shared/site-paths.ts";
import { escaped, truthy } from "./move-list-html.ts";
import { helpers } from "./view-helpers.ts";

/** What the main layout reads of a page's context. */
export interface MainLayoutContext {
  title?: unknown;
  feedUrl?: unknown;
  feedTitle?: unknown;
  currentPath?: unknown;
}

const SEARCH_PATH = escaped(paths.search());
const ALERTS_PATH = escaped(paths.alerts());
const PRIVACY_PATH = escaped(paths.privacy());

/**
 * The main layout (with its header and footer partials), what views/layouts/main.hbs made, byte
 * for byte, written in code as the search page's body is (search-page-html.ts; issue 14: the
 * search page's Node CPU against the API's). Handlebars set up its runtime, copied the page's
 * context to add `body`, and invoked two partials and five helpers around a few dozen fixed lines
 * on every page. Every value is escaped as `{{…}}` escaped it; `body` is the page, unescaped.
 *
 * `endsLine`: whether the body already ends its last line, when its renderer knows. Asking the body
 * (`endsWith`) made V8 flatten the page's rope of strings into one copy, which Buffer.from then
 * copied again with the layout around it: 30-odd kB of garbage a search page, whose text, with a
 * `’` or a `—`, is two bytes a character (issue 14: the page's garbage collection against the API's).
 */
export function renderMainLayout(
  context: MainLayoutContext,
  body: string,
  endsLine = body === "" || body.endsWith("\n"),
): string {
  const here = (path: string) => (helpers.eq(context.currentPath, path) ? ` aria-current="page"` : "");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${truthy(context.title) ? `${escaped(context.title)} · ` : ""}Carnet</title>
<link rel="stylesheet" href="/static/carnet.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<script src="/static/form-errors.js" defer></script>
${truthy(context.feedUrl) ? `<link rel="alternate" type="application/atom+xml" title="${escaped(context.feedTitle)}" href="${escaped(context.feedUrl)}">\n` : ""}</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
<div class="container header-inner">
<a class="brand" href="/">Carnet</a>
<nav aria-label="Navigation principale">
<ul>
<li><a href="${SEARCH_PATH}"${here("/recherche")}>Rechercher</a></li>
<li><a href="${ALERTS_PATH}"${here("/alertes")}>Alertes</a></li>
<li><a href="/admin">Administration</a></li>
</ul>
</nav>
</div>
</header>
<main id="contenu" class="container">
${body}${endsLine ? "" : "\n"}</main>
<footer class="site-footer">
<div class="container">
<p>Carnet — les nominations et arrivées relevées dans les newsletters professionnelles.
<a href="/api">API</a> · <a href="${PRIVACY_PATH}">Confidentialité</a></p>
</div>
</footer>
</body>
</html>
`;
}
