import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { QuantifiedDoc, QuantityMention, QuantityModifier } from '../../src/document.js';
import { quantities } from '../../src/stages/quantities.js';
import { tagged } from '../support/stages.js';

// The case table shared with bench/stages.mjs: news sentences and every figure they hold. Its header
// (`about`) says which fields default to what.

interface CaseFigure extends Partial<QuantityMention> {
  text: string;
}
interface Case {
  domain: string;
  set: 'plain' | 'range' | 'comparative' | 'vague' | 'none';
  text: string;
  quantities: CaseFigure[];
}

const table = JSON.parse(readFileSync(new URL('../fixtures/quantities.cases.json', import.meta.url), 'utf8')) as { cases: Case[] };
const find = quantities.create(quantities.options.parse({}));
const quantitiesOf = (text: string): QuantityMention[] => find(tagged(text)).quantities;

/** The figure as the table means it: defaults filled in; `unit` and `event` only where the case gives them. */
function expected(f: CaseFigure): Partial<QuantityMention> {
  const lower = f.lower ?? null;
  const upper = f.upper ?? null;
  const modifier = f.modifier ?? null;
  return {
    value: null,
    approximate: false,
    kind: 'count',
    ...f,
    lower,
    upper,
    modifier,
    lowerInclusive: f.lowerInclusive ?? (lower === null ? null : modifier !== 'more_than'),
    upperInclusive: f.upperInclusive ?? (upper === null ? null : modifier !== 'less_than'),
  };
}

function checkInvariants(doc: QuantifiedDoc): void {
  for (const q of doc.quantities) {
    expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.lowerInclusive === null).toBe(q.lower === null);
    expect(q.upperInclusive === null).toBe(q.upper === null);
    if (q.modifier === 'between') expect(q.value).toBeNull();
  }
}

describe('quantities: the case table', () => {
  test('is large enough and covers every domain and set', () => {
    const count = (pred: (c: Case) => boolean): number => table.cases.filter(pred).length;
    expect(table.cases.length).toBeGreaterThanOrEqual(150);
    expect(count((c) => c.set === 'range' || c.set === 'comparative')).toBeGreaterThanOrEqual(60);
    expect(count((c) => c.set === 'none')).toBeGreaterThanOrEqual(20);
    for (const domain of ['conflict', 'disaster', 'protest', 'economy', 'health', 'election', 'court']) {
      expect(count((c) => c.domain === domain)).toBeGreaterThanOrEqual(10);
    }
  });

  describe.each(['plain', 'range', 'comparative', 'vague', 'none'] as const)('%s', (set) => {
    test.each(table.cases.filter((c) => c.set === set).map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const doc = find(tagged(c.text));
      checkInvariants(doc);
      expect(doc.quantities.map((q) => q.text)).toEqual(c.quantities.map((f) => f.text));
      c.quantities.forEach((f, n) => expect(doc.quantities[n]).toMatchObject(expected(f)));
    });
  });
});

// --- properties of modifiers and ranges ----------------------------------------------------------------------

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 1 ≤ n ≤ 99 in words. */
const small = (n: number): string => (n < 20 ? ONES[n]! : TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : ''));
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Two numbers a < b, written in digits (with separators) or, below 100, in words. */
const pair = fc
  .tuple(fc.integer({ min: 2, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.boolean())
  .map(([a, d, words]) => {
    const b = a + d;
    const useWords = words && b < 100;
    return { a, b, wa: useWords ? small(a) : withCommas(a), wb: useWords ? small(b) : withCommas(b) };
  });

const BOUNDS: Array<[string, QuantityModifier, 'lower' | 'upper', boolean]> = [
  ['more than', 'more_than', 'lower', false],
  ['over', 'more_than', 'lower', false],
  ['at least', 'at_least', 'lower', true],
  ['no fewer than', 'at_least', 'lower', true],
  ['fewer than', 'less_than', 'upper', false],
  ['under', 'less_than', 'upper', false],
  ['at most', 'at_most', 'upper', true],
  ['up to', 'up_to', 'upper', true],
  ['as many as', 'up_to', 'upper', true],
];

describe('quantities: properties of bounds', () => {
  test('a bounding modifier makes the number its bound, with the modifier\'s inclusiveness', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(...BOUNDS), ({ b, wb }, [words, modifier, side, inclusive]) => {
        const found = quantitiesOf(`Officials said ${words} ${wb} people were killed.`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          text: `${words} ${wb}`,
          value: b,
          modifier,
          lower: side === 'lower' ? b : null,
          upper: side === 'upper' ? b : null,
          lowerInclusive: side === 'lower' ? inclusive : null,
          upperInclusive: side === 'upper' ? inclusive : null,
          unit: 'people',
          event: 'kill',
        });
      }),
      { numRuns: 200 },
    );
  });

  test('every way of writing a range gives value null and both bounds, inclusive', () => {
    // Found by this property once: "between 1,900 and 1,950" was read as a range of years.
    expect(quantitiesOf('Officials said between 1,900 and 1,950 people were killed.')).toMatchObject([{ lower: 1900, upper: 1950 }]);
    const forms = [
      (a: string, b: string) => `between ${a} and ${b}`,
      (a: string, b: string) => `from ${a} to ${b}`,
      (a: string, b: string) => `${a} to ${b}`,
      (a: string, b: string) => `${a}-${b}`,
      (a: string, b: string) => `${a}–${b}`,
    ];
    fc.assert(
      fc.property(pair, fc.constantFrom(...forms), ({ a, b, wa, wb }, form) => {
        const written = form(wa, wb);
        const found = quantitiesOf(`Officials said ${written} people were killed.`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          text: written,
          value: null,
          lower: a,
          upper: b,
          lowerInclusive: true,
          upperInclusive: true,
          modifier: 'between',
          unit: 'people',
          event: 'kill',
        });
      }),
      { numRuns: 200 },
    );
  });

  test('a lower and an upper bound joined are one range, each bound keeping its own inclusiveness', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(...BOUNDS.filter((m) => m[2] === 'lower')), fc.constantFrom(...BOUNDS.filter((m) => m[2] === 'upper')),
        ({ a, b, wa, wb }, low, high) => {
          const written = `${low[0]} ${wa} but ${high[0]} ${wb}`;
          const found = quantitiesOf(`Officials said ${written} people were killed.`);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({
            text: written, value: null, lower: a, upper: b, lowerInclusive: low[3], upperInclusive: high[3], modifier: 'between',
          });
        }),
      { numRuns: 150 },
    );
  });
});
