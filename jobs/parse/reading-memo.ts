// A reader over a sentence from a position (a company name after "rejoint", a title after "comme")
// is asked the same question several times an issue: by the clause patterns, the careers grammar,
// the slot reader and its second reading of each record, the doubts. The answer depends on the
// sentence and the positions alone, so it is kept, by sentence then positions (the sentence is the
// same string each time, its hash computed once), bounded like findPersonMentions' cache.
//
// Each caller gets its own copy (`copy`): a reader's span is sometimes widened or trimmed by the
// caller, and a kept one must not change under the next caller.

const LIMIT = 2_000;

// The positions as one small integer when they lie within the sentence (the common case): no string
// to build and hash at each call. from * (length + 2) + to + 1 is one pair's alone for 0 ≤ to ≤
// length, and a missing `to` (0) is none of them; other positions keep a string key.
function positionKey(length: number, from: number, to: number | undefined): number | string {
  const inside = (at: number) => Number.isInteger(at) && at >= 0 && at <= length;
  if (!inside(from)) return to === undefined ? `${from}` : `${from}:${to}`;
  if (to === undefined) return from * (length + 2);
  return inside(to) ? from * (length + 2) + to + 1 : `${from}:${to}`;
}

export function keptReading<R>(
  read: (sentence: string, from: number, to?: number) => R,
  copy: (reading: R) => R,
): (sentence: string, from: number, to?: number) => R {
  const bySentence = new Map<string, Map<number | string, R>>();
  return (sentence, from, to) => {
    let byPosition = bySentence.get(sentence);
    if (byPosition === undefined) {
      if (bySentence.size > LIMIT) bySentence.clear();
      byPosition = new Map();
      bySentence.set(sentence, byPosition);
    }
    const key = positionKey(sentence.length, from, to);
    let reading = byPosition.get(key);
    if (reading === undefined) {
      reading = to === undefined ? read(sentence, from) : read(sentence, from, to);
      byPosition.set(key, reading);
    }
    return copy(reading);
  };
}
