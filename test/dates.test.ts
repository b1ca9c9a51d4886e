import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayOf, findDates, referenceDate, resolveDate } from '../src/nlp/dates.js';
import { loadPipeline } from '../src/pipeline.js';
import { claims } from '../src/stages/claims.js';
import { createDocumentProcessor } from '../src/worker/process.js';
import type { ClaimRecord } from '../src/schema/claim.js';
import { attributed, inputOf, tagged } from './support/stages.js';

// Dates: spans as written and the calendar day each names, from phrasings of wire copy. The reference day
// of most cases is Thursday 8 February 2018, the day of the Khasham article.

const THURSDAY = '2018-02-08';
const datesOf = (text: string, reference: string | null = THURSDAY) => findDates(tagged(text), reference).map((d) => [d.text, d.iso]);

describe('resolveDate', () => {
  const cases: Array<[string, string | null, string | null, boolean?]> = [
    // With a year: the day, with or without a reference.
    ['February 7, 2018', null, '2018-02-07'],
    ['7 Feb 2018', null, '2018-02-07'],
    ['Feb. 7, 2018', null, '2018-02-07'],
    ['Tuesday, February 6, 2018', null, '2018-02-06'],
    ['the 7th of February 2018', null, '2018-02-07'],
    ['2018-02-07', null, '2018-02-07'],
    ['13/02/2018', null, '2018-02-13'],
    ['03/02/2018', null, null], // March or February: the reader's country decides
    ['February 30, 2018', null, null],
    // Month and day: the reference's year, on or before the reference.
    ['February 7', THURSDAY, '2018-02-07'],
    ['February 7th', THURSDAY, '2018-02-07'],
    ['Feb. 7', THURSDAY, '2018-02-07'],
    ['7 February', THURSDAY, '2018-02-07'],
    ['the 7th of February', THURSDAY, '2018-02-07'],
    ['December 28', '2018-01-03', '2017-12-28'],
    ['March 3', THURSDAY, '2017-03-03'],
    ['March 3', THURSDAY, '2018-03-03', true],
    ['February 7 last year', THURSDAY, '2017-02-07'],
    ['February 29', THURSDAY, '2016-02-29'],
    ['February 7', null, null],
    // Weekdays: the most recent on or before the reference; in the future tense the next one after it.
    ['Tuesday', THURSDAY, '2018-02-06'],
    ['on Tuesday', THURSDAY, '2018-02-06'],
    ['Thursday', THURSDAY, '2018-02-08'],
    ['Friday', THURSDAY, '2018-02-02'],
    ['Friday', THURSDAY, '2018-02-09', true],
    ['Thursday', THURSDAY, '2018-02-15', true],
    ['last Tuesday', THURSDAY, '2018-02-06'],
    ['last Thursday', THURSDAY, '2018-02-01'],
    ['next Tuesday', THURSDAY, '2018-02-13'],
    ['Tuesday morning', THURSDAY, '2018-02-06'],
    ['Thursday night', THURSDAY, '2018-02-08'],
    ['Sunday', null, null],
    // Days counted from the reference.
    ['yesterday', THURSDAY, '2018-02-07'],
    ['Yesterday', THURSDAY, '2018-02-07'],
    ['yesterday afternoon', THURSDAY, '2018-02-07'],
    ['today', THURSDAY, '2018-02-08'],
    ['tonight', THURSDAY, '2018-02-08'],
    ['this morning', THURSDAY, '2018-02-08'],
    ['last night', THURSDAY, '2018-02-07'],
    ['tomorrow', THURSDAY, '2018-02-09'],
    ['the day before yesterday', THURSDAY, '2018-02-06'],
    ['two days ago', THURSDAY, '2018-02-06'],
    ['a week ago', THURSDAY, '2018-02-01'],
    ['10 a.m. Tuesday', THURSDAY, '2018-02-06'],
    ['yesterday', null, null],
    // Not one day: null.
    ['last week', THURSDAY, null],
    ['this week', THURSDAY, null],
    ['past week', THURSDAY, null],
    ['June', THURSDAY, null],
    ['June 2017', THURSDAY, null],
    ['June previous year', THURSDAY, null],
    ['last June', THURSDAY, null],
    ['mid-February', THURSDAY, null],
    ['2016', THURSDAY, null],
    ['last year', THURSDAY, null],
    ['1990s', THURSDAY, null],
    ['summer of 2016', THURSDAY, null],
    ['previous day', THURSDAY, null],
    ['several days ago', THURSDAY, null],
    ['10 a.m.', THURSDAY, null],
    ['morning', THURSDAY, null],
  ];
  test.each(cases)('%s (reference %s) → %s', (written, reference, expected, future) => {
    expect(resolveDate(written, reference, future ?? false)).toBe(expected);
  });
});

describe('date spans in text', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the Khasham article', 'When Syrian pro-regime forces attacked Syrian Democratic Forces yesterday, they moved in, spokesperson Dana W. White told reporters today.', [['yesterday', '2018-02-07'], ['today', '2018-02-08']]],
    ['a weekday', 'American forces engaged Pro-Assad troops with artillery, rockets and air strikes on Tuesday.', [['Tuesday', '2018-02-06']]],
    ['a month and day', 'Two tactical units had been hit by the USA strikes on February 7.', [['February 7', '2018-02-07']]],
    ['a month with a year word, joined', 'In June previous year, a U.S. Navy jet shot down a Syrian plane.', [['June previous year', null]]],
    ['a weekday and a date, joined', 'The talks opened on Tuesday, February 6, 2018, in Geneva.', [['Tuesday, February 6, 2018', '2018-02-06']]],
    ['a weekday and a part of the day, joined', 'The convoy was hit on Tuesday morning.', [['Tuesday morning', '2018-02-06']]],
    ['the day before yesterday', 'The shelling began the day before yesterday.', [['the day before yesterday', '2018-02-06']]],
    ['an ordinal of a month', 'The vote was held on the 7th of February.', [['the 7th of February', '2018-02-07']]],
    ['a clock time is kept as text', 'The blast struck at 10 a.m. on Monday.', [['10 a.m.', null], ['Monday', '2018-02-05']]],
    ['the future tense', 'Talks will resume on March 3. Talks resumed on March 3.', [['March 3', '2018-03-03'], ['March 3', '2017-03-03']]],
    ['the future tense, date first', 'On Friday, the army will withdraw.', [['Friday', '2018-02-09']]],
    ['a saying verb before a future', 'The ministry said on Tuesday it will withdraw.', [['Tuesday', '2018-02-06']]],
    ['scheduled', 'Elections are scheduled for March 3.', [['March 3', '2018-03-03']]],
  ])('%s', (_, text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test('without a reference only dated days resolve', () => {
    expect(datesOf('It was hit on February 7, 2018 and again on Tuesday.', null)).toEqual([['February 7, 2018', '2018-02-07'], ['Tuesday', null]]);
  });
});

describe('the reference date', () => {
  test.each<[unknown, string | null]>([
    ['2018-02-08', '2018-02-08'],
    ['2018-02-08T23:30:00-05:00', '2018-02-08'],
    ['2018-02-08T04:30:00Z', '2018-02-08'],
    ['2018-02-08 10:00', '2018-02-08'],
    ['2018-02-30', null],
    ['8 February 2018', null],
    [20180208, null],
    [undefined, null],
  ])('dayOf(%j) → %s', (value, expected) => {
    expect(dayOf(value)).toBe(expected);
  });

  test('published, else date, else the option', () => {
    expect(referenceDate({ published: '2026-03-14', date: '2026-01-01' }, '2018-02-08')).toBe('2026-03-14');
    expect(referenceDate({ date: '2026-01-01T08:00:00Z' }, '2018-02-08')).toBe('2026-01-01');
    expect(referenceDate({ published: 'yesterday' }, '2018-02-08')).toBe('2018-02-08');
    expect(referenceDate({}, null)).toBe(null);
  });

  test('the claims stage: a JSONL line’s published field over the date option', () => {
    const run = claims.create(claims.options.parse({ all: true, date: '2018-02-08' }));
    const doc = attributed('Police said on Friday that 12 people were hurt.');
    expect(run(doc).records[0]!.dates).toEqual([{ text: 'Friday', start: 15, end: 21, iso: '2018-02-02' }]);
    expect(run({ ...doc, meta: { published: '2026-03-14' } }).records[0]!.dates[0]!.iso).toBe('2026-03-13');
    const noDate = claims.create(claims.options.parse({ all: true }));
    expect(noDate(doc).records[0]!.dates[0]!.iso).toBe(null);
    expect(noDate(doc).referenceDate).toBe(null);
  });

  test('the date option is checked', () => {
    expect(claims.options.safeParse({ date: '2018-02-30' }).success).toBe(false);
    expect(claims.options.safeParse({ date: '8 Feb 2018' }).success).toBe(false);
    expect(claims.options.safeParse({ date: null }).success).toBe(true);
  });
});

// Property: date spans slice to their text, in order, without overlaps; in the records, code point offsets
// slice the document as Python would.
const fragments = [
  'yesterday', 'today', 'on Tuesday', 'Tuesday morning', 'February 7', 'Feb. 7, 2018', '7 Feb 2018', 'June', 'previous year', 'last week',
  'the day before yesterday', 'the 7th of February', 'at 10 a.m.', 'in 2016', 'two days ago', 'Police said', 'killed', '12 people', 'will',
  'resume', '.', ',', '"', '😀', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'é', '\n\n', 'CENTCOM', 'Erdogan',
];
const articles = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 40 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '  ', ''), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);
const processor = createDocumentProcessor(loadPipeline('default', { claims: { all: true, date: THURSDAY } }));

test('property: date spans slice to their text; record offsets are code points', () => {
  fc.assert(
    fc.property(articles, (text) => {
      const doc = tagged(text);
      let reached = 0;
      for (const date of findDates(doc, THURSDAY)) {
        expect(doc.text.slice(date.start, date.end)).toBe(date.text);
        expect(date.start).toBeGreaterThanOrEqual(reached);
        expect(date.iso === null || /^\d{4}-\d{2}-\d{2}$/.test(date.iso)).toBe(true);
        reached = date.end;
      }
      const result = processor(inputOf(text));
      const points = [...text];
      for (const line of result.lines.split('\n').filter(Boolean)) {
        const record = JSON.parse(line) as ClaimRecord;
        for (const span of [...record.dates, ...record.entities]) expect(points.slice(span.start, span.end).join('')).toBe(span.text);
      }
    }),
    { numRuns: 100 },
  );
});
