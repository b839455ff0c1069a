// Executive committees told in one sentence, several movers in it:
//   "Le nouveau comité exécutif de C : X (R, ex-A), Y (R, promue) et Z (R, confirmé)."
//   "C, fabricant de …, remanie son comité de direction : X (R, ex-A), Y (R, nommé) et Z (R, inchangée)."
// Each member whose bracket tells a move becomes a sentence of its own that the sentence reader knows
// ("X (ex-A) → C, R", "Chez C, Y est promue R."); a member confirmed, kept or unchanged is no move and is
// dropped. When one member's bracket tells nothing the parser knows, the line is left as written, so
// that it reaches an editor.

const COMMITTEE = String.raw`(?:comité\s+(?:exécutif|de\s+direction)|comex|codir|directoire|équipe\s+de\s+direction)`;
const NEW_COMMITTEE = new RegExp(
  String.raw`^(?:l[ea]\s+)?(?:nouveau\s+|nouvelle\s+)?${COMMITTEE}\s+(?:de\s+|d['’])(\p{Lu}[^:]{1,80}?)\s*:\s*(.+?)\.?$`,
  "iu",
);
const RESHUFFLED = new RegExp(
  String.raw`^(\p{Lu}[^,:]{1,80}?)(?:,[^:]{1,160},)?\s+(?:remanie|renouvelle|recompose|dévoile|présente)\s+son\s+(?:nouveau\s+|nouvelle\s+)?${COMMITTEE}\s*:\s*(.+?)\.?$`,
  "iu",
);
const MEMBER = /^(\p{Lu}[^()]{2,60}?)\s*\(([^()]+)\)$/u;
const FROM = /^ex[-\s](\S.*)$/iu;
const PROMOTED = /^promue?$/iu;
const APPOINTED = /^nommée?$/iu;
const KEPT = /^(?:confirmée?|inchangée?|reconduite?|maintenue?|renouvelée?)$/iu;

function members(list: string): string[] | null {
  const parts = list.split(/(?<=\))\s*(?:,|;|\bet\b)\s*/u).map((part) => part.trim());
  return parts.every((part) => MEMBER.test(part)) && parts.length >= 2 ? parts : null;
}

// The sentences a committee line tells, or null when it is no committee line or one member's bracket
// tells nothing known.
export function committeeSentences(line: string): string[] | null {
  const text = line.trim();
  const found = NEW_COMMITTEE.exec(text) ?? RESHUFFLED.exec(text);
  if (!found) return null;
  const company = found[1]!.trim();
  const list = members(found[2]!);
  if (!list) return null;
  const sentences: string[] = [];
  for (const member of list) {
    const [, name, bracket] = MEMBER.exec(member)!;
    const cells = bracket!.split(/\s*,\s*/u);
    if (cells.length < 2) return null;
    const status = cells[cells.length - 1]!;
    const role = cells.slice(0, -1).join(", ");
    const from = FROM.exec(status);
    if (from) sentences.push(`${name} (ex-${from[1]}) → ${company}, ${role}`);
    else if (PROMOTED.test(status)) sentences.push(`Chez ${company}, ${name} est ${status} ${role}.`);
    else if (APPOINTED.test(status)) sentences.push(`Chez ${company}, ${name} est ${status} ${role}.`);
    else if (!KEPT.test(status)) return null;
  }
  return sentences;
}

// The lines with each committee line told as one paragraph a mover (blank lines between).
export function rewriteCommittees(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const sentences = committeeSentences(line);
    if (!sentences) return [line];
    return ["", ...sentences.flatMap((sentence) => [sentence, ""])];
  });
}
