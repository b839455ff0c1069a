// A reader over a sentence from a position (a company name after "rejoint", a title after "comme")
// is asked the same question several times an issue: by the clause patterns, the careers grammar,
// the slot reader and its second reading of each record, the doubts. The answer depends on the
// sentence and the positions alone, so it is kept, by sentence then positions (the sentence is the
// same string each time, its hash computed once), bounded like findPersonMentions' cache.
//
// Each caller gets its own copy (`copy`): a reader's span is sometimes widened or trimmed by the
// caller, and a kept one must not change under the next caller.

const LIMIT = 2_000;

export function keptReading<R>(
  read: (sentence: string, from: number, to?: number) => R,
  copy: (reading: R) => R,
): (sentence: string, from: number, to?: number) => R {
  const bySentence = new Map<string, Map<string, R>>();
  return (sentence, from, to) => {
    let byPosition = bySentence.get(sentence);
    if (byPosition === undefined) {
      if (bySentence.size > LIMIT) bySentence.clear();
      byPosition = new Map();
      bySentence.set(sentence, byPosition);
    }
    const key = to === undefined ? `${from}` : `${from}:${to}`;
    let reading = byPosition.get(key);
    if (reading === undefined) {
      reading = to === undefined ? read(sentence, from) : read(sentence, from, to);
      byPosition.set(key, reading);
    }
    return copy(reading);
  };
}
