import { expect, test } from 'vitest';
import { WinkReader } from '../src/nlp/wink.js';

// wink-nlp alone caches "Trump's" whole once it has met it before a full stop, and then reads every later
// "Trump's" as one token: the reader must read each document as if it were the first.

const LATER = "Donald Trump's new proposal for paid leave is vague, experts say.";
const EARLIER = ["The plan is bolder than Trump's.", 'Officials said it was the U.S.-led coalition\'s call.', 'They met at 10 a.m. in St. Louis.'];

test.for(EARLIER)('a document is read the same after %j', (earlier) => {
  const reader = new WinkReader();
  const read = (text: string) => {
    const doc = reader.read(text);
    return [doc.tokens().out(), doc.tokens().out(reader.its.pos)];
  };
  const first = read(LATER);
  read(earlier);
  expect(read(LATER)).toEqual(first);
  expect(first[0]).toContain("'s");
});
