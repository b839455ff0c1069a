import { paths } from "../shared/site-paths.ts";
import { FUNCTION_LABELS, formatDateFr, KIND_LABELS, SENIORITY_LABELS } from "./view-helpers.ts";

/**
 * The list of moves that the search, home and company pages show (the `site/move-list` partial),
 * written out by hand rather than run through Handlebars' generic runtime: for the search page's
 * 20 moves, Handlebars' property lookups, partial set-up and per-block closures cost about 0.2 ms a
 * page, more than half of rendering it (issue 14: the page's CPU against the API's). The markup is
 * the one the partial made, byte for byte (test/unit/move-list-html.test.ts renders both), and
 * every value is escaped as `{{…}}` escaped it (see escaped).
 */

/**
 * `{{value}}`: Handlebars' own escaping (null and undefined as nothing, a SafeString as is), but for
 * `=`: Handlebars writes it `&#x3D;` (for unquoted attributes, which these pages never write), five
 * bytes where one is the same character to an HTML parser in text and in a quoted attribute, and
 * every facet, pager and export link holds three or four (issue 14: the search page's bytes, 267 of
 * them a page). A value holding "&#x3D;" itself comes out as "&amp;#x3D;", which this leaves alone.
 */
export const escaped = (value: unknown): string => {
  // Handlebars.Utils.escapeExpression without `=` in its set, rather than its result with every
  // "&#x3D;" put back: a string holding `=` (each facet, pager and export link) was replaced twice,
  // two new strings where one does (issue 14: the search page's allocations; twice as fast a call
  // on links). Values that are not strings are treated as escapeExpression treats them.
  if (typeof value !== "string") {
    if (value && typeof (value as { toHTML?: unknown }).toHTML === "function") {
      const html = (value as { toHTML: () => string }).toHTML();
      return html.includes("&#x3D;") ? html.replaceAll("&#x3D;", "=") : html;
    }
    if (value === null || value === undefined) return "";
    if (!value) return `${value}`;
    // biome-ignore lint/style/useTemplate: converted as escapeExpression converts it (ToPrimitive's default hint)
    value = "" + value;
  }
  const text = value as string;
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ESCAPES[c] as string) : text;
};

/** Handlebars' escapes, but for `=` (see escaped). */
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
};
const HTML_SPECIAL = /[&<>"'`]/;
const HTML_SPECIALS = /[&<>"'`]/g;

/** Handlebars' `{{#if}}`: false, null, undefined, "", 0, NaN and an empty array are false. */
export const truthy = (value: unknown) => Boolean(value) && !(Array.isArray(value) && value.length === 0);

/** The `ne` helper, as `{{#if (ne a b)}}` read it. */
const differs = (a: unknown, b: string) => !(a === b || String(a) === b);

interface NamedLinkLike {
  name?: unknown;
  slug?: unknown;
}

interface SourceLike {
  issue_id?: unknown;
  title?: unknown;
  paragraph_index?: unknown;
}

/** What the list reads of a move (a MoveRecord, a MoveListing, with or without marks). */
export interface ListedMoveLike {
  id?: unknown;
  person?: NamedLinkLike | null;
  company?: NamedLinkLike | null;
  role?: unknown;
  role_marked?: { text: unknown; mark: unknown }[] | null;
  published_on?: unknown;
  kind?: unknown;
  seniority?: unknown;
  function?: unknown;
  previous_companies?: NamedLinkLike[] | null;
  predecessor?: unknown;
  source?: SourceLike | null;
  also_in?: SourceLike[] | null;
}

export interface MoveListOptions {
  moves?: ListedMoveLike[] | null;
  hidePerson?: unknown;
  hideCompany?: unknown;
  /** Shown when there is no move ("Aucun mouvement." otherwise). */
  empty?: unknown;
}

const label = (labels: Record<string, string>, code: unknown) =>
  escaped(labels[code as string] ?? (code as string));

/** A source's link text: its title, or its number. */
const sourceLink = (source: SourceLike) =>
  `<a href="${escaped(paths.issue(source.issue_id as number))}#paragraphe-${escaped(source.paragraph_index)}">${
    truthy(source.title) ? escaped(source.title) : `numéro ${escaped(source.issue_id)}`
  }</a>`;

function moveHtml(move: ListedMoveLike, hidePerson: boolean, hideCompany: boolean): string {
  const person = move.person ?? {};
  const company = move.company ?? {};
  const source = move.source ?? {};
  let role = "";
  if (truthy(move.role_marked))
    for (const part of move.role_marked as { text: unknown; mark: unknown }[])
      role += truthy(part.mark) ? `<mark>${escaped(part.text)}</mark>` : escaped(part.text);
  else role = escaped(move.role);
  let html = `<li class="move" id="mouvement-${escaped(move.id)}">
<p class="move-title">
${
  hidePerson
    ? ""
    : `<a class="move-person" href="${escaped(paths.person(person.slug as string))}">${escaped(person.name)}</a> — `
}<span class="move-role">${role}</span>${
    hideCompany
      ? ""
      : `, <a class="move-company" href="${escaped(paths.company(company.slug as string))}">${escaped(company.name)}</a>`
  }
</p>
<p class="move-meta">
<time datetime="${escaped(move.published_on)}">${escaped(formatDateFr(move.published_on))}</time>
<span class="badge">${label(KIND_LABELS, move.kind)}</span>
${
  differs(move.seniority, "other")
    ? `<span class="badge"><span class="visually-hidden">Niveau : </span>${label(SENIORITY_LABELS, move.seniority)}</span>
`
    : ""
}${
  differs(move.function, "other")
    ? `<span class="badge"><span class="visually-hidden">Fonction : </span>${label(FUNCTION_LABELS, move.function)}</span>
`
    : ""
}</p>
`;
  const previous = move.previous_companies;
  if (previous && truthy(previous.length)) {
    html += `<p class="move-meta">Auparavant :
`;
    previous.forEach((c, i) => {
      html += `<a href="${escaped(paths.company(c.slug as string))}">${escaped(c.name)}</a>`;
      if (i < previous.length - 1) html += ", ";
    });
    html += `
</p>
`;
  }
  html += `${
    truthy(move.predecessor)
      ? `<p class="move-meta">Succède à ${escaped(move.predecessor)}</p>
`
      : ""
  }<p class="move-meta">Source :
${sourceLink(source)}`;
  (move.also_in ?? []).forEach((other, i) => {
    html += `${i === 0 ? " · aussi annoncé par " : ", "}${sourceLink(other)}`;
  });
  return `${html}
</p>
</li>
`;
}

/** The `site/move-list` partial: `{{> site/move-list moves=… hidePerson=… hideCompany=… empty="…"}}`. */
export function renderMoveList(options: MoveListOptions): string {
  const moves = options.moves;
  if (!moves || !truthy(moves.length))
    return `<p class="muted">${truthy(options.empty) ? escaped(options.empty) : "Aucun mouvement."}</p>
`;
  const hidePerson = truthy(options.hidePerson);
  const hideCompany = truthy(options.hideCompany);
  let html = `<ol class="moves">
`;
  for (const move of moves) html += moveHtml(move, hidePerson, hideCompany);
  return `${html}</ol>
`;
}
