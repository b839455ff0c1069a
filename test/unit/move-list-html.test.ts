import { describe, expect, it } from "@jest/globals";
import Handlebars from "handlebars";
import { escaped, renderMoveList } from "../../server/move-list-html.ts";
import { createViews } from "../../server/views.ts";

/**
 * The markup as it was first written, indented, with each run of whitespace holding a line break
 * made one line break, as the page is sent since issue 14's byte count (HTML renders either as one
 * space).
 */
const lines = (html: string) => html.replace(/[ \t]*\n\s*/g, "\n");

/**
 * The move list is written in code (server/move-list-html.ts) where it was a Handlebars partial:
 * the markup below is what the partial made, checked byte for byte against it over 480 lists of
 * the million-move bench directory (every query shape, marked roles, previous employers) and the
 * cases here, when the change was made. Every value is escaped as `{{…}}` escaped it.
 */
const move = {
  id: 42,
  person: { name: `Jeanne <d'Arc> & "Co" =\`x`, slug: "jeanne-d-arc" },
  company: { name: "Scalian & Fils", slug: "scalian" },
  role: "Directrice <financière>",
  kind: "appointed",
  seniority: "director",
  function: "finance",
  previous_companies: [
    { name: "A&B", slug: "a-b" },
    { name: "C", slug: "c" },
  ],
  predecessor: "Paul <Dupont>",
  published_on: "2025-03-04",
  source: { issue_id: 7, title: "Lettre n°3 <x>", paragraph_index: 2 },
  also_in: [
    { issue_id: 8, title: null, paragraph_index: 0 },
    { issue_id: 9, title: "T", paragraph_index: 1 },
  ],
};

describe("the move list", () => {
  it("writes a move with everything escaped, in French, as the partial did", () => {
    expect(renderMoveList({ moves: [move] })).toBe(
      lines(`<ol class="moves">
  <li class="move" id="mouvement-42">
  <p class="move-title">
    <a class="move-person" href="/personnes/jeanne-d-arc">Jeanne &lt;d&#x27;Arc&gt; &amp; &quot;Co&quot; =&#x60;x</a> — <span class="move-role">Directrice &lt;financière&gt;</span>, <a class="move-company" href="/entreprises/scalian">Scalian &amp; Fils</a>
  </p>
  <p class="move-meta">
    <time datetime="2025-03-04">4 mars 2025</time>
    <span class="badge">Nomination</span>
    <span class="badge"><span class="visually-hidden">Niveau : </span>Directeur·rice</span>
    <span class="badge"><span class="visually-hidden">Fonction : </span>Finance</span>
  </p>
  <p class="move-meta">Auparavant :
    <a href="/entreprises/a-b">A&amp;B</a>, <a href="/entreprises/c">C</a>
  </p>
  <p class="move-meta">Succède à Paul &lt;Dupont&gt;</p>
  <p class="move-meta">Source :
    <a href="/numeros/7#paragraphe-2">Lettre n°3 &lt;x&gt;</a> · aussi annoncé par <a href="/numeros/8#paragraphe-0">numéro 8</a>, <a href="/numeros/9#paragraphe-1">T</a>
  </p>
</li>

</ol>
`),
    );
  });

  it("marks the matched words, escaped, and leaves out what a move does not have", () => {
    const bare = {
      ...move,
      role_marked: [
        { text: "Directrice ", mark: false },
        { text: "<financière>", mark: true },
      ],
      previous_companies: [],
      predecessor: null,
      also_in: undefined,
      seniority: "other",
      function: "other",
      source: { issue_id: 3, title: "", paragraph_index: 0 },
    };
    const html = renderMoveList({ moves: [bare], hidePerson: true, hideCompany: true });
    expect(html).toContain(
      lines(`<span class="move-role">Directrice <mark>&lt;financière&gt;</mark></span>\n`),
    );
    expect(html).not.toMatch(/move-person|move-company|Auparavant|Succède|Niveau|Fonction|aussi annoncé/);
    expect(html).toContain(lines(`<a href="/numeros/3#paragraphe-0">numéro 3</a>\n`));
  });

  it("says so when there is nothing to list", () => {
    expect(renderMoveList({ moves: [], empty: "Aucune arrivée <publiée>." })).toBe(
      `<p class="muted">Aucune arrivée &lt;publiée&gt;.</p>\n`,
    );
    expect(renderMoveList({ moves: undefined })).toBe(`<p class="muted">Aucun mouvement.</p>\n`);
  });

  it("is the site/move-list partial that the pages include", () => {
    const views = createViews();
    const page = views.handlebars.compile(
      `{{> site/move-list moves=latest hideCompany=true empty="Aucun mouvement publié."}}`,
    );
    expect(page({ latest: [move] })).toBe(renderMoveList({ moves: [move], hideCompany: true }));
    expect(page({ latest: [] })).toBe(`<p class="muted">Aucun mouvement publié.</p>\n`);
  });
});

describe("escaped", () => {
  it("escapes a value as Handlebars does, but writes = as itself", () => {
    const handlebars = (value: unknown) =>
      Handlebars.Utils.escapeExpression(value as string).replaceAll("&#x3D;", "=");
    const values: unknown[] = [
      "/recherche?q=directrice+financi%C3%A8re&limit=20&kind=joined",
      `Jeanne <d'Arc> & "Co" =\`x`,
      "already &#x3D; written",
      "plain text",
      "",
      12,
      0,
      Number.NaN,
      false,
      true,
      null,
      undefined,
      new Handlebars.SafeString("<b>x&#x3D;y</b>"),
      { toString: () => "<o>" },
      ["a<b", "c"],
    ];
    for (const value of values) expect(escaped(value)).toBe(handlebars(value));
  });
});
