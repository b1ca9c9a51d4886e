import { expect, test } from 'vitest';
import { WinkReader } from '../src/nlp/wink.js';
import { tagged } from './support/stages.js';

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

// wink-nlp's tokenizer cuts a word at a letter of the extended Latin blocks ("Ilki" "ć"): the tag stage hands it
// each such letter as its base letter and takes the words back from the text.
test('a name with letters past Latin-1 is one token, written as in the text', () => {
  const doc = tagged('Ratko Šimić met Recep Tayyip Erdoğan and Lech Wałęsa in Łódź, said Dương Văn Minh.');
  const words = doc.tokens.map((token) => token.text);
  expect(words).toEqual(['Ratko', 'Šimić', 'met', 'Recep', 'Tayyip', 'Erdoğan', 'and', 'Lech', 'Wałęsa', 'in', 'Łódź', ',', 'said', 'Dương', 'Văn', 'Minh', '.']);
  for (const token of doc.tokens) expect(doc.text.slice(token.start, token.end)).toBe(token.text);
});
