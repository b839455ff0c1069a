import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { renderMainLayout } from "./main-layout-html.ts";
import { type MoveListOptions, renderMoveList } from "./move-list-html.ts";
import {
  renderSearchFacets,
  renderSearchForm,
  renderSearchPage,
  type SearchFormContext,
  type SearchPageContext,
} from "./search-page-html.ts";
import { helpers } from "./view-helpers.ts";

export const VIEWS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../views");

export interface Views {
  /** Renders views/<name>.hbs; inside the layout views/layouts/<layout>.hbs unless layout is false. */
  render(name: string, data?: Record<string, unknown>, layout?: string | false): string;
  handlebars: typeof Handlebars;
}

/**
 * The one Handlebars instance: helpers and partials (views/partials/**, named by their path without
 * extension, e.g. "move-card" or "admin/nav") registered once; templates compiled once and cached.
 */
export function createViews(dir: string = VIEWS_DIR): Views {
  const hbs = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, fn as Handlebars.HelperDelegate);

  const partialsDir = path.join(dir, "partials");
  for (const file of listTemplates(partialsDir)) {
    const name = path
      .relative(partialsDir, file)
      .replace(/\.hbs$/, "")
      .split(path.sep)
      .join("/");
    hbs.registerPartial(name, readFileSync(file, "utf8"));
  }
  // Written in code (see move-list-html.ts); called by Handlebars with the page's context and the
  // partial's arguments merged, as a template partial would be.
  hbs.registerPartial("site/move-list", ((context: MoveListOptions) =>
    renderMoveList(context)) as unknown as Handlebars.Template);
  // The search form and the search page's facets, in code too (see search-page-html.ts).
  hbs.registerPartial("site/search-form", ((context: SearchFormContext) =>
    renderSearchForm(context)) as unknown as Handlebars.Template);
  hbs.registerPartial("site/search-facets", ((context: Parameters<typeof renderSearchFacets>[0]) =>
    renderSearchFacets(context)) as unknown as Handlebars.Template);

  const cache = new Map<string, Handlebars.TemplateDelegate>();
  // Pages written in code, with no .hbs file: the search page (see search-page-html.ts).
  cache.set("site/search", ((context: SearchPageContext) =>
    renderSearchPage(context)) as Handlebars.TemplateDelegate);
  // Partials are compiled with the options of the template that first uses them. Our helpers
  // called by name (no lookup in the data first), and a partial standing alone on its line not
  // re-indented: Handlebars cut every page's move list into lines to indent each one (0.05 ms, a
  // fifth of rendering the search page).
  const COMPILE_OPTIONS: Parameters<typeof hbs.compile>[1] = {
    strict: false,
    preventIndent: true,
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
  };
  const template = (name: string) => {
    let compiled = cache.get(name);
    if (!compiled) {
      compiled = hbs.compile(readFileSync(path.join(dir, `${name}.hbs`), "utf8"), COMPILE_OPTIONS);
      cache.set(name, compiled);
    }
    return compiled;
  };

  return {
    handlebars: hbs,
    render(name, data = {}, layout = "main") {
      const body = template(name)(data);
      if (layout === false) return body;
      // The main layout is written in code (main-layout-html.ts): no copy of the page's context.
      if (layout === "main") return renderMainLayout(data, body, PAGES_ENDING_LINES.has(name) || undefined);
      return template(`layouts/${layout}`)({ ...data, body });
    },
  };
}

/**
 * Pages written in code whose text always ends its last line (renderSearchPage), so that the layout
 * need not ask the body (see renderMainLayout's `endsLine`).
 */
const PAGES_ENDING_LINES = new Set(["site/search"]);

function listTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listTemplates(full);
    return entry.endsWith(".hbs") ? [full] : [];
  });
}
