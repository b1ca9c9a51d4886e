import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segmented } from '../support/stages.js';

const sentencesOf = (text: string) => {
  const doc = segmented(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
};

describe('segment: sentences', () => {
  test.each([
    ['a headline line without a full stop', 'Troops enter town after week of shelling\n\nThe army said on Monday it had taken the town.', ['Troops enter town after week of shelling', 'The army said on Monday it had taken the town.']],
    ['U.S. before a name', 'The U.S. Central Command said 500 troops attacked. It gave no details.', ['The U.S. Central Command said 500 troops attacked.', 'It gave no details.']],
    ['U.S. ending a sentence', 'The fighters are backed by the U.S. The next day they withdrew.', ['The fighters are backed by the U.S.', 'The next day they withdrew.']],
    ['initials', 'Chief Pentagon spokesperson Dana W. White told reporters today.', ['Chief Pentagon spokesperson Dana W. White told reporters today.']],
    ['military titles', 'Lt. Col. Anna Berg and Gen. Omar Said spoke. They agreed.', ['Lt. Col. Anna Berg and Gen. Omar Said spoke.', 'They agreed.']],
    ['No. before a number', 'He was ranked No. 5 in the world. She was not.', ['He was ranked No. 5 in the world.', 'She was not.']],
    ['an abbreviation after a dash', 'She teaches at the University of Missouri–St. Louis. He does not.', ['She teaches at the University of Missouri–St. Louis.', 'He does not.']],
    ['decimals', 'Prices rose 1.5 percent in May. Wages fell.', ['Prices rose 1.5 percent in May.', 'Wages fell.']],
    ['a quote of several sentences', '"We will stay. We will fight," he said. Then he left.', ['"We will stay.', 'We will fight," he said.', 'Then he left.']],
    ['closing quote after the stop', 'She said: "It is over." Talks resumed later.', ['She said: "It is over."', 'Talks resumed later.']],
    ['a capitalised pronoun after a quote’s stop opens a sentence', 'He said, “We act now.” She said 12 lots were hit.', ['He said, “We act now.”', 'She said 12 lots were hit.']],
    ['a name after a quote’s stop is its speaker', '“Why now?” Ortiz asked. Nobody answered.', ['“Why now?” Ortiz asked.', 'Nobody answered.']],
    ['so it is before a verb a quote cues', '“Where is the money?” Ortiz demanded. Nobody answered.', ['“Where is the money?” Ortiz demanded.', 'Nobody answered.']],
    ['a noun after a possessive or a determiner after a quote’s stop is its speaker', '“We won!” Scott’s niece shouted. “Go!” His aide said.', ['“We won!” Scott’s niece shouted.', '“Go!” His aide said.']],
    ['a clock time before a number word or a quantifier that opens a sentence', 'The march ended at 4 p.m. One of the witnesses said it was calm. They left at 9 a.m. All 23 were released.', ['The march ended at 4 p.m.', 'One of the witnesses said it was calm.', 'They left at 9 a.m.', 'All 23 were released.']],
    ['a clock time before a day', 'The march ended at 4 p.m. Tuesday in the square.', ['The march ended at 4 p.m. Tuesday in the square.']],
    ['a question and an exclamation', 'Who fired first? Nobody knows! The inquiry goes on.', ['Who fired first?', 'Nobody knows!', 'The inquiry goes on.']],
    ['a lower-case word after a stop', 'The U.S. -backed fighters advanced approx. 5 km.', ['The U.S. -backed fighters advanced approx. 5 km.']],
    ['hard-wrapped prose', 'The ministry said that the attack on the\nconvoy had killed at least 12 people and that\nthe army would respond in the coming days.', ['The ministry said that the attack on the\nconvoy had killed at least 12 people and that\nthe army would respond in the coming days.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('paragraphs are separated by blank lines', () => {
    const doc = segmented('First paragraph here.\n\n  Second one.\n\n\nThird.');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(['First paragraph here.', 'Second one.', 'Third.']);
  });
});

describe('segment: quotes', () => {
  const quotesOf = (text: string) => {
    const doc = segmented(text);
    return doc.quotes.map((q) => doc.text.slice(q.inner.start, q.inner.end));
  };

  test.each([
    ['straight marks', 'He said "we will win" and left.', ['we will win']],
    ['curly marks', 'He said “we will win” and left.', ['we will win']],
    ['guillemets', 'Il a dit «nous gagnerons» hier.', ['nous gagnerons']],
    ['typewriter marks', "``It is over,'' he said.", ['It is over,']],
    ['single quotes inside double ones', `"They tell us, 'Don't come to Manbij.' We will come," he said.`, ["They tell us, 'Don't come to Manbij.' We will come,", "Don't come to Manbij."]],
    ['apostrophes are not quotes', "The country's army and the rebels' bases don't move.", []],
    ['scare quotes', "Russia called it a 'reconnaissance party'.", ['reconnaissance party']],
    ['an odd count: a second opening mark drops the stray first one', 'He said "we will win and left. Then "nothing" happened.', ['nothing']],
    ['a quote over two paragraphs', '"We will stay.\n\n"We will not leave," she said.', ['We will stay.\n\n"We will not leave,']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('segment: properties', () => {
  test('spans slice back to the text, in order, without overlap, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '"', '“', '”', "'", 'U.S.', 'Gen.', '5', '?', ',') , maxLength: 200 }), (text) => {
        const doc = segmented(text);
        let last = 0;
        for (const s of doc.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(doc.text.slice(s.start, s.end).trim()).toBe(doc.text.slice(s.start, s.end));
          last = s.end;
        }
        for (const q of doc.quotes) expect(q.start <= q.inner.start && q.inner.end <= q.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
