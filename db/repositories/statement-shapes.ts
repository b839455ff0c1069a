import { isDeepStrictEqual } from "node:util";
import { CompiledQuery } from "kysely";

/**
 * Statements built once per shape. A search's statement is built from a few optional parts (the
 * filters given, the kind of text, the page size, the options asked for), and building it through
 * Kysely at every search (nodes created and frozen, then compiled to text) was about 6 % of the
 * server's CPU under bench:search. For a given shape the text is always the same and only the
 * values differ, so the text, and which value goes to which parameter, are learned at a shape's
 * first use and reused.
 *
 * The builder receives the values as a list (its slots) and must put each into the statement
 * unchanged, as a parameter. The shape is learned by building the statement twice with two sets of
 * stand-in values: each parameter must be one of the stand-ins (then it takes that slot's value) or
 * the same constant in both builds (then it is kept as is); the two texts must be equal. Anything
 * else (a value transformed on its way, a text that depends on a value) and the shape is not cached:
 * that statement is then built at each call, as before, with the same result.
 */
export class StatementShapes {
  private readonly shapes = new Map<string, LearnedShape | null>();

  /** `maxShapes` bounds the memory: past it, new shapes are built at each call. */
  constructor(private readonly maxShapes = 2000) {}

  /** The shapes seen that could not be learned (built at each call): none for the search's. */
  notLearned(): string[] {
    return [...this.shapes].filter(([, learned]) => learned === null).map(([shape]) => shape);
  }

  /**
   * The statement of this shape for these values. `shape` must name everything that changes the
   * text besides the values themselves (which parts are present, limits written into the text…).
   */
  compiled<T>(
    shape: string,
    values: readonly unknown[],
    build: (values: readonly unknown[]) => CompiledQuery<T>,
  ) {
    let learned = this.shapes.get(shape);
    if (learned === undefined) {
      learned = learn(values.length, build);
      if (this.shapes.size < this.maxShapes) this.shapes.set(shape, learned);
    }
    if (learned === null) return build(values);
    const parameters = learned.parameters.map((p) => (p.slot === undefined ? p.value : values[p.slot]));
    return CompiledQuery.raw(learned.sql, parameters) as CompiledQuery<T>;
  }
}

interface LearnedShape {
  sql: string;
  parameters: { slot?: number; value?: unknown }[];
}

const STAND_IN = "\u0000carnet-slot";
const standIns = (n: number, set: string) =>
  Array.from({ length: n }, (_, i) => `${STAND_IN}-${set}-${i}\u0000`);
const holdsStandIn = (value: unknown) => JSON.stringify(value ?? null).includes("\\u0000carnet-slot");

function learn(
  n: number,
  build: (values: readonly unknown[]) => CompiledQuery<unknown>,
): LearnedShape | null {
  const a = standIns(n, "a");
  const b = standIns(n, "b");
  const first = build(a);
  const second = build(b);
  if (first.sql !== second.sql || first.parameters.length !== second.parameters.length) return null;
  const parameters: LearnedShape["parameters"] = [];
  for (let i = 0; i < first.parameters.length; i++) {
    const inFirst = first.parameters[i];
    const inSecond = second.parameters[i];
    const slot = a.indexOf(inFirst as string);
    if (slot !== -1 && b[slot] === inSecond) parameters.push({ slot });
    else if (!holdsStandIn(inFirst) && isDeepStrictEqual(inFirst, inSecond))
      parameters.push({ value: inFirst });
    else return null;
  }
  return { sql: first.sql, parameters };
}
