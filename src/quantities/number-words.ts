// Spelled-out numbers: "two hundred and five", "twenty-five", "Fifteen hundred", "a dozen", "half a
// million", "two thirds", "one point five million", "two and a half", "twenty-first". A small state machine
// over words that the reader has already classed with number-words.txt and scales.txt; it reads the longest
// prefix that is a well-formed number and never looks at more than the words it is given.

import type { WordClass } from './lexicons.js';

/** One word of a candidate number, with its class; `and`, `of` and a hyphen are words of their own. */
export interface WordItem {
  word: string;
  /** The token it came from: a hyphenated token ("twenty-five") gives several items with one token. */
  tok: number;
  cls: WordClass | 'and' | 'of' | 'hyphen';
  value: number;
}

export interface WordNumber {
  /** Index of the last item read. */
  last: number;
  value: number;
  ordinal: boolean;
  /** "two thirds": a share with no scale after it, given as a percentage. */
  share: boolean;
  /** A scale word took part ("hundred", "million", "dozen"). */
  scaled: boolean;
}

/** Multiplies without binary noise: 4.2 × 10^9 is 4200000000, not 4200000000.000001. */
export function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

type State = 'start' | 'article' | 'unit' | 'teen' | 'ten' | 'hundred' | 'large' | 'part';

export function parseNumberWords(items: readonly WordItem[]): WordNumber | null {
  let state: State = 'start';
  let total = 0;
  let group = 0;
  let lastLarge = Infinity;
  let scaled = false;
  let best: WordNumber | null = null;
  const commit = (last: number, value: number, ordinal = false, share = false): void => {
    best = { last, value, ordinal, share, scaled };
  };
  const at = (p: number): WordItem | undefined => items[p];
  const isFraction = (it: WordItem | undefined): boolean => it?.cls === 'fraction' || it?.cls === 'fraction-of';
  const isScale = (it: WordItem | undefined): boolean => !!it && (it.cls === 'large' || it.cls === 'hundred' || it.cls === 'dozen');
  /** After a fraction: "[-] [a|an|of a|of an] SCALE". Returns the index of the scale word or -1. */
  const scaleAfterFraction = (p: number): number => {
    let q = p + 1;
    if (at(q)?.cls === 'hyphen') q++;
    if (at(q)?.cls === 'of') q++;
    if (at(q)?.cls === 'article') q++;
    return isScale(at(q)) ? q : -1;
  };

  loop: for (let p = 0; p < items.length; p++) {
    const it = items[p]!;
    const nx = at(p + 1);
    switch (it.cls) {
      case 'unit':
        if (state === 'start' || state === 'hundred' || state === 'large' || (state === 'ten' && it.value > 0 && it.value < 10)) {
          group += it.value;
          state = it.value >= 10 ? 'teen' : 'unit';
          commit(p, total + group);
        } else break loop;
        break;
      case 'ten':
        if (state === 'start' || state === 'hundred' || state === 'large') {
          group += it.value;
          state = 'ten';
          commit(p, total + group);
        } else break loop;
        break;
      case 'hundred':
        if ((state === 'unit' || state === 'teen' || state === 'article') && group > 0 && group < 100) {
          group *= 100;
          state = 'hundred';
          scaled = true;
          commit(p, total + group);
        } else break loop;
        break;
      case 'large':
        if ((state === 'unit' || state === 'teen' || state === 'ten' || state === 'hundred' || state === 'article' || state === 'part') &&
            group > 0 && it.value < lastLarge) {
          total = times(group, it.value) + total;
          group = 0;
          lastLarge = it.value;
          state = 'large';
          scaled = true;
          commit(p, total);
        } else break loop;
        break;
      case 'dozen':
        if ((state === 'unit' || state === 'teen' || state === 'ten' || state === 'article' || state === 'part') && group > 0 && total === 0) {
          scaled = true;
          commit(p, times(group, 12));
        }
        break loop;
      case 'article':
        // "a hundred", "a dozen", "a half million", "a quarter of a million"; an article anywhere else ends
        // the number.
        if (state === 'start' && (isScale(nx) || isFraction(nx) || (nx?.cls === 'ordinal' && nx.value >= 3 && nx.value <= 10))) {
          group = 1;
          state = 'article';
        } else break loop;
        break;
      case 'and':
        if ((state === 'unit' || state === 'teen' || state === 'ten' || state === 'hundred' || state === 'large') &&
            at(p + 2)?.word === 'half' && at(p + 1)?.cls === 'article') {
          // "two and a half (million)"
          group += 0.5;
          state = 'part';
          commit(p + 2, total + group);
          p += 2;
        } else if ((state === 'hundred' || state === 'large') && nx && (nx.cls === 'unit' || nx.cls === 'ten' || nx.cls === 'ordinal')) {
          // "two hundred and five": nothing to commit yet
        } else break loop;
        break;
      case 'hyphen':
        // "twenty-five", "twenty-first", "two-thirds", "five-hundred", "two-and-a-half-million"
        if (state === 'ten' && nx && (nx.cls === 'unit' || nx.cls === 'ordinal') && nx.value > 0 && nx.value < 10) break;
        if ((state === 'unit' || state === 'teen' || state === 'ten') && (isFraction(nx) || (nx?.cls === 'ordinal' && nx.value >= 3))) break;
        if ((state === 'unit' || state === 'teen' || state === 'ten' || state === 'hundred' || state === 'part') && isScale(nx)) break;
        break loop;
      case 'point': {
        // "one point five (million)"
        if (state !== 'unit' && state !== 'teen' && state !== 'ten') break loop;
        let digits = '';
        let q = p + 1;
        while (at(q)?.cls === 'unit' && at(q)!.value < 10) digits += String(at(q)!.value), q++;
        if (!digits) break loop;
        group = Number(`${group}.${digits}`);
        state = 'part';
        commit(q - 1, total + group);
        p = q - 1;
        break;
      }
      case 'ordinal':
      case 'fraction':
      case 'fraction-of': {
        const singularShare = it.cls === 'ordinal' && it.value >= 3 && it.value <= 10 &&
          ((state === 'unit' && group === 1) || state === 'article');
        if (isFraction(it) || singularShare) {
          // A share: "two thirds", "one third", "half a million", "three quarters of a billion".
          if (total > 0) break loop;
          const numeral = state === 'unit' || state === 'teen' || state === 'ten';
          if (!numeral && state !== 'start' && state !== 'article') break loop;
          const share = (numeral ? group : 1) / it.value;
          const q = scaleAfterFraction(p);
          if (q >= 0 && items[q]!.cls !== 'hundred') {
            group = share;
            state = 'part';
            p = q - 1; // the scale word is read next
            break;
          }
          // "half", "a third", "one half", "a quarter" alone name no number (FORMAT.md: "nearly half" is no
          // quantity); "two thirds", "one third", "three quarters" do.
          // A fraction of class fraction-of names a share only before "of": "three quarters of the vote", not
          // "for two quarters".
          if (numeral && it.word !== 'half' && it.word !== 'quarter' && (it.cls === 'fraction' || nx?.cls === 'of')) {
            commit(p, Math.round(share * 10000) / 100, false, true);
          }
          break loop;
        }
        // An ordinal: "third", "twenty-first", "one hundred and first".
        if (state === 'start' || state === 'hundred' || state === 'large' || (state === 'ten' && it.value < 10)) {
          commit(p, total + group + it.value, true);
        }
        break loop;
      }
      case 'of':
        break loop;
    }
  }
  const found = best as WordNumber | null;
  if (!found) return null;
  // A token cut into parts ("twenty-five" as one token) must be read whole.
  const lastTok = items[found.last]!.tok;
  if (items[found.last + 1]?.tok === lastTok) return null;
  return found;
}
