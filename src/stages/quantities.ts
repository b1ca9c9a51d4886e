// The `quantities` stage: finds the figures of every sentence (counts, percentages, money, measures) with
// their value, the bounds their modifier implies, the counted noun and the event they take part in. The
// output contract is `quantities` in CLAIM-RECORD.md; what is and is not a quantity follows the annotation
// rules of gold/FORMAT.md.
//
// It works on the tagger's tokens, left to right, one sentence at a time. At each token it tries to read
//   [pre-modifier] [currency] NUMBER [scale] [range: to|-|and|or NUMBER [scale]] [currency|percent|measure]
//   [post-modifier] [of] [counted noun phrase]
// where NUMBER is digits ("1,500", "1.5", "12 000"), number words ("two hundred and five", "half a
// million"), a vague count ("tens of thousands") or an ordinal; then it throws out what the context shows
// to be a date, a year, a clock time, an age, a compound adjective, a name or a phone number. Every word
// list is a lexicon in src/lexicon/ (compiled once per worker in `create`); the code holds the grammar.
// The work per document is linear: every attempt looks at a bounded window of tokens.
//
// Choices the contract leaves open:
// - "nearly"/"almost" are `about` with no bound (like "about 500" in the gold), approximate.
// - A range ("between 5 and 10", "5-10", "from 5 to 10", "two or three") has value null, both bounds
//   inclusive, modifier `between`; "two or three" is also approximate. "rose from 5 to 10" is two figures.
// - A share with a numeral ("two thirds", "one-fifth") is a percentage (66.67, 20); "half", "a third"
//   alone are no quantity (the rules: "nearly half" has no number); "half a million" is 500000.
// - The word "one" alone is a count only with a modifier or an event ("one person was killed"), never in
//   "one of them" or "one official said"; "a"/"an" count only before a scale ("a dozen", "a million").
// - Eight or more digits with no separator are an id ("1474387200"), not a figure.
// - `text` holds the modifier, currency, percent sign and measure unit; the counted noun stays out.
// - wink-nlp's value mentions (`doc.values`) are not used: the token rules find more and drop dates better.

import { z } from 'zod';
import type {
  QuantifiedDoc,
  QuantityKind,
  QuantityMention,
  QuantityModifier,
  TaggedDoc,
} from '../document.js';
import { readLexicon } from '../lexicon/load.js';
import { defineStage } from '../stage.js';

// ---------------------------------------------------------------------------------------------------------
// Lexicons

type WordClass = 'unit' | 'ten' | 'article' | 'point' | 'ordinal' | 'fraction' | 'hundred' | 'large' | 'dozen';
type ScaleClass = 'hundred' | 'large' | 'dozen' | 'suffix' | 'suffix-m';
type UnitKind = 'money' | 'percent' | 'measure';

interface ModifierEntry {
  modifier: QuantityModifier;
  approximate: boolean;
}
interface UnitEntry {
  kind: UnitKind;
}
interface VagueEntry {
  lower: number;
  upper: number;
}

/**
 * Phrases looked up over consecutive tokens: the lower-cased token texts are joined with one space where
 * the text has white space between them and with nothing where they touch, so a phrase matches however
 * the tokenizer cut it ("US$" or "US" + "$"; "°C" or "°" + "C").
 */
interface PhraseTable<T> {
  entries: Map<string, T>;
  /** Every proper prefix of every phrase: a lookup goes on to the next token only while it is one. */
  prefixes: Set<string>;
}

function phraseTable<T>(rows: Iterable<[string, T]>): PhraseTable<T> {
  const entries = new Map<string, T>();
  const prefixes = new Set<string>();
  for (const [raw, value] of rows) {
    const phrase = raw.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!phrase) continue;
    entries.set(phrase, value);
    for (let n = 1; n < phrase.length; n++) prefixes.add(phrase.slice(0, n));
  }
  return { entries, prefixes };
}

interface Lexicons {
  words: Map<string, { value: number; cls: WordClass }>;
  scales: Map<string, { value: number; cls: ScaleClass }>;
  vague: PhraseTable<VagueEntry>;
  modifiersBefore: PhraseTable<ModifierEntry>;
  modifiersAfter: PhraseTable<ModifierEntry>;
  unitsBefore: PhraseTable<UnitEntry>;
  unitsAfter: PhraseTable<UnitEntry>;
  verbEvents: Map<string, string>;
  nounEvents: Map<string, string>;
  context: Map<string, Set<string>>;
}

const WORD_CLASSES = new Set<string>(['unit', 'ten', 'article', 'point', 'ordinal', 'fraction']);
const SCALE_CLASSES = new Set<string>(['hundred', 'large', 'dozen', 'suffix', 'suffix-m']);
const MODIFIERS = new Set<string>(['more_than', 'at_least', 'less_than', 'at_most', 'about', 'up_to', 'between']);
const UNIT_KINDS = new Set<string>(['money', 'percent', 'measure']);

function lexiconError(file: string, row: string[], why: string): Error {
  return new Error(`claimline: lexicon ${file}: ${why}: ${row.join(' | ')}`);
}

function compileLexicons(): Lexicons {
  const words = new Map<string, { value: number; cls: WordClass }>();
  for (const row of readLexicon('number-words.txt')) {
    const [word, value, cls] = row;
    if (!word || !value || !cls || !WORD_CLASSES.has(cls) || !Number.isFinite(Number(value))) {
      throw lexiconError('number-words.txt', row, 'expected word | value | class');
    }
    words.set(word.toLowerCase(), { value: Number(value), cls: cls as WordClass });
  }

  const scales = new Map<string, { value: number; cls: ScaleClass }>();
  for (const row of readLexicon('scales.txt')) {
    const [word, value, cls] = row;
    if (!word || !value || !cls || !SCALE_CLASSES.has(cls) || !Number.isFinite(Number(value))) {
      throw lexiconError('scales.txt', row, 'expected word | multiplier | class');
    }
    scales.set(word.toLowerCase(), { value: Number(value), cls: cls as ScaleClass });
    // Scale words also take part in spelled-out numbers.
    if (cls === 'hundred' || cls === 'large' || cls === 'dozen') {
      words.set(word.toLowerCase(), { value: Number(value), cls });
    }
  }

  const vagueRows: Array<[string, VagueEntry]> = [];
  for (const row of readLexicon('vague-counts.txt')) {
    const [phrase, lower, upper] = row;
    if (!phrase || !lower || !upper || !(Number(lower) <= Number(upper))) {
      throw lexiconError('vague-counts.txt', row, 'expected phrase | lower | upper');
    }
    vagueRows.push([phrase, { lower: Number(lower), upper: Number(upper) }]);
  }

  const before: Array<[string, ModifierEntry]> = [];
  const after: Array<[string, ModifierEntry]> = [];
  for (const row of readLexicon('quantity-modifiers.txt')) {
    const [phrase, modifier, position, approximate] = row;
    if (!phrase || !modifier || !MODIFIERS.has(modifier) || (position !== 'before' && position !== 'after')) {
      throw lexiconError('quantity-modifiers.txt', row, 'expected phrase | modifier | before/after | yes/no');
    }
    const entry = { modifier: modifier as QuantityModifier, approximate: approximate === 'yes' };
    (position === 'before' ? before : after).push([phrase, entry]);
  }

  const unitsBefore: Array<[string, UnitEntry]> = [];
  const unitsAfter: Array<[string, UnitEntry]> = [];
  for (const row of readLexicon('units.txt')) {
    const [phrase, kind, position] = row;
    if (!phrase || !kind || !UNIT_KINDS.has(kind) || !position || !['before', 'after', 'both'].includes(position)) {
      throw lexiconError('units.txt', row, 'expected phrase | money/percent/measure | before/after/both');
    }
    const entry = { kind: kind as UnitKind };
    if (position !== 'after') unitsBefore.push([phrase, entry]);
    if (position !== 'before') unitsAfter.push([phrase, entry]);
  }

  const verbEvents = new Map<string, string>();
  const nounEvents = new Map<string, string>();
  for (const row of readLexicon('event-verbs.txt')) {
    const [lemma, verbs, nouns] = row;
    if (!lemma) throw lexiconError('event-verbs.txt', row, 'expected lemma | verb forms | noun forms');
    verbEvents.set(lemma.toLowerCase(), lemma.toLowerCase());
    for (const form of (verbs ?? '').toLowerCase().split(/\s+/)) if (form) verbEvents.set(form, lemma);
    for (const form of (nouns ?? '').toLowerCase().split(/\s+/)) if (form) nounEvents.set(form, lemma);
  }

  const context = new Map<string, Set<string>>();
  for (const row of readLexicon('number-context.txt')) {
    const [word, cls] = row;
    if (!word || !cls) throw lexiconError('number-context.txt', row, 'expected word | class');
    const key = word.toLowerCase();
    let classes = context.get(key);
    if (!classes) context.set(key, (classes = new Set()));
    classes.add(cls);
  }

  return {
    words,
    scales,
    vague: phraseTable(vagueRows),
    modifiersBefore: phraseTable(before),
    modifiersAfter: phraseTable(after),
    unitsBefore: phraseTable(unitsBefore),
    unitsAfter: phraseTable(unitsAfter),
    verbEvents,
    nounEvents,
    context,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Digits. Every pattern is anchored and free of nested quantifiers: no backtracking blow-up.

/** "1,500", "1500", "1.5", ".5"; no leading zeros ("0958" is a code, "0.5" is a number). */
const DIGITS = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$|^0?\.\d+$/;
/** A number with a suffix in the same token, when the tokenizer did not cut it: "10k", "5km", "15%". */
const DIGITS_SUFFIX = /^((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?)([a-z%°²]+)$/i;
/** A range in one token: "5-10", "5–10". */
const DIGIT_RANGE = /^((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?)[-–—]((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?)$/;
const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i;
const GROUP_HEAD = /^[1-9]\d{0,2}$/;
const GROUP_TAIL = /^\d{3}$/;
const PHONE = /^\+\d|^\d{3}-\d{4}$/;
const YEAR = /^\d{4}$/;
const LONG_ID = /^\d{8,}$/;
/** White space that may separate digit groups: "12 000". */
const GROUP_SPACE = new Set([' ', '\u00a0', '\u2009', '\u202f']);
const DASHES = new Set(['-', '–', '—']);
const PARTICIPLE = /(?:ed|en|wn)$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const ENDS_WORDLIKE = /[\p{L}\p{N}\-–—/.:#_]$/u;

function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Multiplies without binary noise: 4.2 × 10^9 is 4200000000, not 4200000000.000001. */
function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

// ---------------------------------------------------------------------------------------------------------
// The stage

const optionsSchema = z
  .object({
    /** Emit ordinals ("third", "21st") as quantities of kind `ordinal`. Off by default: the annotation rules
     * say ordinals are not quantities. */
    ordinals: z.boolean().default(false),
    /** Emit vague counts ("dozens", "hundreds", "tens of thousands") with value null and the contract's
     * bounds. */
    vague: z.boolean().default(true),
  })
  .strict();

export type QuantitiesOptions = z.infer<typeof optionsSchema>;

export const quantities = defineStage({
  name: 'quantities',
  needs: ['segment', 'tag'],
  options: optionsSchema,
  create(options: QuantitiesOptions) {
    const lex = compileLexicons();
    return (doc: TaggedDoc): QuantifiedDoc => ({ ...doc, quantities: findQuantities(doc, lex, options) });
  },
});

// ---------------------------------------------------------------------------------------------------------
// The reader

/** A number as read at one place, before its context is judged. */
interface Core {
  /** First and one-past-last token. */
  first: number;
  next: number;
  value: number | null;
  vague: VagueEntry | null;
  ordinal: boolean;
  /** "two thirds": a share with no scale after it, reported as a percentage. */
  share: boolean;
  digits: boolean;
  scaled: boolean;
  /** The single word "one" (or "One"). */
  one: boolean;
  /** A range written as one token ("5-10"). */
  range: [number, number] | null;
  /** A suffix in the number's own token ("km" of "5km"), to be read as a unit. */
  suffix: string | null;
}

interface WordItem {
  word: string;
  tok: number;
  cls: WordClass | 'and' | 'of' | 'hyphen';
  value: number;
}

function findQuantities(doc: TaggedDoc, lex: Lexicons, options: QuantitiesOptions): QuantityMention[] {
  const tokens = doc.tokens;
  const text = doc.text;
  const lows = tokens.map((t) => t.text.toLowerCase());
  const out: QuantityMention[] = [];

  const has = (n: number, cls: string): boolean => lex.context.get(lows[n] ?? '')?.has(cls) ?? false;
  const glued = (a: number, b: number): boolean => {
    const ta = tokens[a];
    const tb = tokens[b];
    return !!ta && !!tb && ta.end === tb.start;
  };
  const pos = (n: number): string => tokens[n]?.pos ?? '';
  const isDigitStart = (n: number): boolean => {
    const c = lows[n]?.charCodeAt(0) ?? 0;
    return (c >= 48 && c <= 57) || c === 43 /* + */ || c === 46; /* . */
  };
  const capitalised = (n: number): boolean => {
    const t = tokens[n]?.text ?? '';
    return t.length > 0 && t[0] !== t[0]!.toLowerCase();
  };
  const isMonth = (n: number): boolean => has(n, 'month') && capitalised(n);

  function matchPhrase<T>(table: PhraseTable<T>, k: number, end: number): { value: T; next: number } | null {
    let best: { value: T; next: number } | null = null;
    let s = '';
    for (let n = k; n < end && n < k + 6; n++) {
      const t = tokens[n]!;
      s = n === k ? lows[n]! : s + (t.start > tokens[n - 1]!.end ? ' ' : '') + lows[n]!;
      const hit = table.entries.get(s);
      if (hit !== undefined) best = { value: hit, next: n + 1 };
      if (!table.prefixes.has(s)) break;
    }
    return best;
  }

  const startsPhrase = (table: PhraseTable<unknown>, n: number): boolean => {
    const low = lows[n] ?? '';
    return table.entries.has(low) || table.prefixes.has(low);
  };

  /** A noun written in the plural ("troops", "children"). */
  const pluralForm = (n: number): boolean => {
    const t = tokens[n];
    if (!t) return false;
    const low = lows[n]!;
    return (t.lemma !== '' && t.lemma !== low) || (low.endsWith('s') && !low.endsWith('ss'));
  };
  /** A plural noun, or a collective one such as "people", "police". */
  const plural = (n: number): boolean => pluralForm(n) || has(n, 'plural');

  // --- numbers -------------------------------------------------------------------------------------------

  function readDigits(k: number, end: number, currency: boolean): Core | null {
    const low = lows[k]!;
    const blank: Core = {
      first: k, next: k + 1, value: null, vague: null, ordinal: false, share: false, digits: true,
      scaled: false, one: false, range: null, suffix: null,
    };
    let m: RegExpExecArray | null;
    if (LONG_ID.test(low)) return null; // "1474387200", a tweet id: news writes big numbers with commas or words
    if (DIGITS.test(low)) {
      let value = digitValue(low);
      let next = k + 1;
      // "12 000 000": groups of three separated by one space.
      if (GROUP_HEAD.test(low)) {
        let merged = low;
        while (next < end && GROUP_TAIL.test(lows[next]!) && GROUP_SPACE.has(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) {
          merged += lows[next]!;
          next++;
        }
        value = Number(merged);
      }
      return scale({ ...blank, value, next }, end, currency);
    }
    if ((m = DIGIT_RANGE.exec(low))) {
      const a = digitValue(m[1]!);
      const b = digitValue(m[2]!);
      return scale({ ...blank, range: [a, b] }, end, currency);
    }
    if ((m = DIGIT_ORDINAL.exec(low))) return { ...blank, value: Number(m[1]), ordinal: true };
    if ((m = DIGITS_SUFFIX.exec(low))) {
      const value = digitValue(m[1]!);
      const suffix = m[2]!.toLowerCase();
      const sc = lex.scales.get(suffix);
      if (sc && (sc.cls === 'suffix' || sc.cls === 'large' || (sc.cls === 'suffix-m' && (currency || nextIsPluralNoun(k + 1, end))))) {
        return { ...blank, value: times(value, sc.value), scaled: true };
      }
      return { ...blank, value, suffix };
    }
    return null;
  }

  function nextIsPluralNoun(n: number, end: number): boolean {
    return n < end && (pos(n) === 'NOUN' || pos(n) === 'PROPN') && plural(n);
  }

  /** A scale word after digits: "1.5 million", "10k", "$4.2bn", "2 dozen". */
  function scale(core: Core, end: number, currency: boolean): Core {
    const k = core.next;
    if (k >= end) return core;
    const sc = lex.scales.get(lows[k]!);
    if (!sc) return core;
    const touching = glued(k - 1, k);
    let ok: boolean;
    switch (sc.cls) {
      case 'hundred':
      case 'large':
      case 'dozen':
        ok = true;
        break;
      case 'suffix':
        ok = touching || lows[k]!.length > 1;
        break;
      case 'suffix-m':
        ok = touching && (currency || nextIsPluralNoun(k + 1, end));
        break;
    }
    if (!ok) return core;
    const mul = (x: number): number => times(x, sc.value);
    return {
      ...core,
      next: k + 1,
      scaled: true,
      value: core.value === null ? null : mul(core.value),
      range: core.range ? [mul(core.range[0]), mul(core.range[1])] : null,
    };
  }

  function collectWords(k: number, end: number): WordItem[] {
    const items: WordItem[] = [];
    for (let n = k; n < end && items.length < 40; n++) {
      const low = lows[n]!;
      const w = lex.words.get(low);
      if (w) {
        items.push({ word: low, tok: n, cls: w.cls, value: w.value });
      } else if (low === 'and' || low === 'of') {
        items.push({ word: low, tok: n, cls: low, value: 0 });
      } else if (DASHES.has(low) && glued(n - 1, n) && glued(n, n + 1)) {
        items.push({ word: low, tok: n, cls: 'hyphen', value: 0 });
      } else if (low.includes('-') && low.split('-').every((p) => lex.words.has(p))) {
        const parts = low.split('-');
        parts.forEach((p, i) => {
          const pw = lex.words.get(p)!;
          if (i > 0) items.push({ word: '-', tok: n, cls: 'hyphen', value: 0 });
          items.push({ word: p, tok: n, cls: pw.cls, value: pw.value });
        });
      } else {
        break;
      }
    }
    return items;
  }

  /** Spelled-out numbers: "two hundred and five", "twenty-five", "a dozen", "half a million", "two thirds",
   * "one point five million", "two and a half", "twenty-first". */
  function readWords(k: number, end: number): Core | null {
    const items = collectWords(k, end);
    if (!items.length) return null;
    type State = 'start' | 'article' | 'unit' | 'teen' | 'ten' | 'hundred' | 'large' | 'part';
    let state: State = 'start';
    let total = 0;
    let group = 0;
    let lastLarge = Infinity;
    let best: { p: number; value: number; ordinal: boolean; share: boolean; scaled: boolean } | null = null;
    let scaled = false;
    const commit = (p: number, value: number, ordinal = false, share = false): void => {
      best = { p, value, ordinal, share, scaled };
    };
    const at = (p: number): WordItem | undefined => items[p];
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
          if ((state === 'unit' || state === 'teen' || state === 'ten' || state === 'hundred' || state === 'article' || state === 'part') && group > 0 && it.value < lastLarge) {
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
          // "a hundred", "a dozen", "a half million"; an article anywhere else ends the number.
          if (state === 'start' && (isScale(nx) || nx?.cls === 'fraction' || (nx?.cls === 'ordinal' && nx.value >= 3 && nx.value <= 10))) {
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
          if (state === 'ten' && nx && (nx.cls === 'unit' || nx.cls === 'ordinal') && nx.value > 0 && nx.value < 10) break;
          if ((state === 'unit' || state === 'teen' || state === 'ten') && (nx?.cls === 'fraction' || (nx?.cls === 'ordinal' && nx.value >= 3))) break;
          if (state === 'part' && isScale(nx)) break;
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
        case 'fraction': {
          const singularShare = it.cls === 'ordinal' && it.value >= 3 && it.value <= 10 &&
            ((state === 'unit' && group === 1) || state === 'article');
          if (it.cls === 'fraction' || singularShare) {
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
            if (numeral && it.word !== 'half' && it.word !== 'quarter') {
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
    const found = best as { p: number; value: number; ordinal: boolean; share: boolean; scaled: boolean } | null;
    if (!found) return null;
    const last = items[found.p]!;
    // A token cut into parts ("twenty-five" as one token) must be read whole.
    if (items[found.p + 1]?.tok === last.tok) return null;
    return {
      first: k,
      next: last.tok + 1,
      value: found.value,
      vague: null,
      ordinal: found.ordinal,
      share: found.share,
      digits: false,
      scaled: found.scaled,
      one: found.p === 0 && last.word === 'one',
      range: null,
      suffix: null,
    };
  }

  function readCore(k: number, end: number, currency: boolean): Core | null {
    if (k >= end) return null;
    if (startsPhrase(lex.vague, k)) {
      const v = matchPhrase(lex.vague, k, end);
      if (v) {
        return {
          first: k, next: v.next, value: null, vague: v.value, ordinal: false, share: false, digits: false,
          scaled: true, one: false, range: null, suffix: null,
        };
      }
    }
    if (isDigitStart(k)) return readDigits(k, end, currency);
    if (lex.words.has(lows[k]!) || lows[k]!.includes('-')) return readWords(k, end);
    return null;
  }

  /** A currency before a number ("$", "US$", "USD"), or a measure word that comes first ("magnitude"). */
  function unitBefore(k: number, end: number): { kind: UnitKind; first: number; next: number } | null {
    if (!startsPhrase(lex.unitsBefore, k)) return null;
    const m = matchPhrase(lex.unitsBefore, k, end);
    return m ? { kind: m.value.kind, first: k, next: m.next } : null;
  }

  // --- context -------------------------------------------------------------------------------------------

  /** The counted noun after a count: "troops", "police officers", "fighters" of "hundreds of pro-Assad
   * fighters". Returns the head token and where the noun phrase ends. */
  function countedNoun(k: number, end: number, afterScale: boolean): { first: number; head: number; next: number } | null {
    let n = k;
    if (lows[n] === 'of') {
      n++;
      if (!afterScale && !['the', 'these', 'those', 'its', 'their'].includes(lows[n] ?? '')) return null;
      if (pos(n) === 'DET') n++;
    }
    let head = -1;
    let properHead = -1;
    for (const stop = Math.min(end, n + 6); n < stop; n++) {
      const p = pos(n);
      const low = lows[n]!;
      if (head >= 0) {
        if (DASHES.has(low) && glued(n - 1, n) && glued(n, n + 1) && /^\p{L}/u.test(tokens[n + 1]?.text ?? '')) {
          head = ++n; // "fact-checkers", "voter-registration events"
        } else if (p === 'NOUN' && !pluralForm(head) && !glued(n - 1, n) && !lex.verbEvents.has(low)) {
          head = n;
        } else break;
        continue;
      }
      // "40 wounded": an event, not a unit ("3 wounded soldiers" goes on to the noun)
      if (lex.verbEvents.has(low) && PARTICIPLE.test(low) && !['NOUN', 'ADJ', 'PROPN'].includes(pos(n + 1))) break;
      if (p === 'NOUN') head = n;
      else if (p === 'PROPN') {
        if (plural(n) && capitalised(n)) properHead = n;
      } else if (p === 'ADJ' || (DASHES.has(low) && glued(n - 1, n) && glued(n, n + 1))) {
        // a modifier of the noun
      } else if (p === 'VERB' && /(?:ed|ing)$/.test(low) && n + 1 < stop && ['NOUN', 'ADJ', 'PROPN'].includes(pos(n + 1))) {
        // "displaced people", "armed men"
      } else break;
    }
    if (head < 0) head = properHead;
    if (head < 0) return null;
    // The unit is the head with the plain nouns right before it: "police officers", not "pro-regime troops".
    let first = head;
    for (;;) {
      if (first - 2 >= k && DASHES.has(lows[first - 1]!) && glued(first - 2, first - 1) && glued(first - 1, first)) {
        first -= 2; // the rest of a hyphenated noun
      } else if (first > k && pos(first - 1) === 'NOUN' && !glued(first - 1, first) && !lows[first - 1]!.includes('-') &&
                 !capitalised(first - 1) && !pluralForm(first - 1) && !lex.verbEvents.has(lows[first - 1]!)) {
        first--;
      } else break;
    }
    return { first, head, next: head + 1 };
  }

  function eventAt(n: number): string | null {
    const low = lows[n];
    if (low === undefined) return null;
    const p = pos(n);
    if (p === 'VERB' || p === 'ADJ' || p === 'AUX') {
      const e = lex.verbEvents.get(low);
      if (e) return e;
    }
    return lex.nounEvents.get(low) ?? null;
  }

  /** The last figure of the sentence so far: where its noun phrase ends, and the verb before it. */
  let previous = { nounEnd: -1, governor: null as string | null };

  /** The verb a figure is the object of: "killed more than 100 people", "kill or wound 100"; a figure
   * coordinated with the one before shares its verb: "killed 5 soldiers and 3 civilians". */
  function governingEvent(first: number, sentStart: number): string | null {
    for (let n = first - 1; n >= sentStart && n >= first - 8; n--) {
      if (n < previous.nounEnd) return previous.governor;
      const p = pos(n);
      if (p === 'PUNCT' && !DASHES.has(lows[n]!)) break;
      let e = eventAt(n);
      if (e) {
        // "kill or wound 100": the first of coordinated verbs
        for (let c = n - 2; c >= sentStart && (lows[c + 1] === 'or' || lows[c + 1] === 'and'); c -= 2) {
          const before = eventAt(c);
          if (!before) break;
          e = before;
        }
        return e;
      }
      if (p === 'VERB' && !has(n, 'change')) break;
    }
    return null;
  }

  /** The event of a figure, first found of: a noun that stands for one ("10 deaths", "500,000 displaced
   * people"); the verb it is the subject of ("100 people were killed", "40 wounded"); the verb it is the
   * object of, or a noun before it ("killed 100 people", "death toll of 10"): `governor`. */
  function findEvent(quantityEnd: number, next: number, head: number, governor: string | null, sentEnd: number): string | null {
    if (head >= 0) {
      const e = lex.nounEvents.get(lows[head]!);
      if (e) return e;
      // a participle in the noun phrase: "500,000 displaced people", "3 wounded soldiers"
      for (let n = quantityEnd; n < head; n++) {
        const v = lex.verbEvents.get(lows[n]!);
        if (v && (pos(n) === 'VERB' || pos(n) === 'ADJ' || PARTICIPLE.test(lows[n]!))) return v;
      }
    }
    // the figure as subject, or a participle after it: "100 people were killed", "40 wounded"
    for (let n = next; n < sentEnd && n < next + 6; n++) {
      const e = eventAt(n) ?? (n === next ? lex.verbEvents.get(lows[n]!) ?? null : null);
      if (e) return e;
      const p = pos(n);
      const low = lows[n]!;
      if (p === 'AUX' || p === 'ADV' || p === 'PART' || p === 'ADJ' || low === 'who' || low === 'have' || low === 'has' || low === 'had' || low === 'been') continue;
      break;
    }
    if (governor) return governor;
    return null;
  }

  /** Title-case sentences ("Clashes Kill 25 In Baghdad") tag verbs as proper nouns: names are not judged
   * by the tag there. */
  function titleCase(a: number, b: number): boolean {
    let words = 0;
    let caps = 0;
    for (let n = a; n < b; n++) {
      if (!/^\p{L}/u.test(tokens[n]!.text)) continue;
      words++;
      if (capitalised(n)) caps++;
    }
    return words >= 4 && caps / words > 0.7;
  }

  // --- one sentence --------------------------------------------------------------------------------------

  function scanSentence(sentence: number, sentStart: number, sentEnd: number): void {
    let titled: boolean | null = null;
    previous = { nounEnd: -1, governor: null };
    let i = sentStart;
    while (i < sentEnd) {
      const found = tryAt(i);
      i = found > i ? found : i + 1;
    }

    /** Reads a quantity that starts at token i; returns the token after what it consumed, or i. */
    function tryAt(i: number): number {
      const low = lows[i]!;
      if (!(isDigitStart(i) || lex.words.has(low) || low.includes('-') || startsPhrase(lex.modifiersBefore, i) ||
            startsPhrase(lex.unitsBefore, i) || startsPhrase(lex.vague, i))) {
        return i;
      }
      // Phone numbers: "+44 20 7946 0958", "555-1234"
      if (PHONE.test(low)) {
        let n = i + 1;
        while (n < sentEnd && /^[\d()+\-.]+$/.test(lows[n]!)) n++;
        return n;
      }

      // [modifier] [currency] NUMBER
      let j = i;
      const pre = startsPhrase(lex.modifiersBefore, i) ? matchPhrase(lex.modifiersBefore, i, sentEnd) : null;
      if (pre) j = pre.next;
      let before = unitBefore(j, sentEnd);
      if (before) j = before.next;
      const core = readCore(j, sentEnd, before?.kind === 'money');
      if (!core) return i; // also a modifier with no number after it ("taken over the town")
      const inDigits = core.digits;

      let first = i;
      let modifier: QuantityModifier | null = pre?.value.modifier ?? null;
      /** A modifier written in words ("more than", "or so"), not a range's "between". */
      let wordModifier = !!pre && pre.value.modifier !== 'between';
      let approximate = pre?.value.approximate ?? false;
      let value = core.value;
      let lower: number | null = null;
      let upper: number | null = null;
      let k = core.next;

      // The area code of a phone number: "(202) 555-0100"
      if (core.digits && lows[core.first - 1] === '(' && lows[core.next] === ')' && PHONE.test(lows[core.next + 1] ?? '')) {
        return core.next + 2;
      }

      // Ranges: "between 5 and 10", "5 to 10", "from 5 to 10", "5-10", "two or three"
      let range: [number, number] | null = core.range;
      if (!range && value !== null && !core.vague && !core.ordinal && !core.share) {
        const link = lows[k];
        const linkOk = modifier === 'between' ? link === 'and' : link === 'to' || link === 'or' || (link !== undefined && DASHES.has(link));
        if (linkOk) {
          const before2 = unitBefore(k + 1, sentEnd);
          const second = readCore(before2 ? before2.next : k + 1, sentEnd, !!before2 || before?.kind === 'money');
          const fromChange = lows[i - 1] === 'from' && changeBefore(i - 1, sentStart);
          if (second && second.value !== null && !second.vague && !second.ordinal && !second.share && !second.range &&
              (link !== 'or' || (!core.digits && !second.digits)) && !fromChange) {
            let a = value;
            const b = second.value;
            // "5 to 10 million": the scale of the second number applies to the first
            if (!core.scaled && second.scaled && lex.scales.has(lows[second.next - 1]!)) {
              const mul = lex.scales.get(lows[second.next - 1]!)!.value;
              if (times(a, mul) <= b) a = times(a, mul);
            }
            if (a < b) {
              range = [a, b];
              if (!before && before2) before = before2;
              k = second.next;
              if (modifier !== 'between' && lows[i - 1] === 'from' && !pre) first = i - 1;
              if (link === 'or') approximate = true;
              modifier = 'between';
            }
          }
        }
      }
      if (modifier === 'between' && !range) {
        modifier = null;
        first = before ? before.first : core.first;
      }
      if (range) {
        if (range[0] >= range[1]) return k; // a score: "won 3-1"
        value = null;
        lower = range[0];
        upper = range[1];
        modifier = 'between';
      }

      // [currency|percent|measure] [post-modifier]
      let kind: QuantityKind = before ? (before.kind === 'measure' ? 'measure' : before.kind) : 'count';
      let unit: string | null = before ? text.slice(tokens[before.first]!.start, tokens[before.next - 1]!.end) : null;
      let measureAfter = false;
      let unitRead = false;
      /** A currency, percent or measure after the number: "5 dollars", "15%", "300 km", "90-plus minutes". */
      function readUnitAfter(): void {
        if (unitRead || k >= sentEnd || !startsPhrase(lex.unitsAfter, k)) return;
        const u = matchPhrase(lex.unitsAfter, k, sentEnd);
        const written = u ? text.slice(tokens[k]!.start, tokens[u.next - 1]!.end) : '';
        // short abbreviations only after digits: "5 m", not "two m"
        if (u && (inDigits || written.length > 2) && !(before && u.value.kind === 'money' && kind === 'money')) {
          kind = u.value.kind;
          unit = kind === 'percent' ? (written.toLowerCase().startsWith('percentage') ? written : null) : written;
          measureAfter = kind === 'measure';
          unitRead = true;
          k = u.next;
        } else if (u && before && u.value.kind === 'money') {
          unitRead = true;
          k = u.next; // "$5 USD"
        }
      }
      if (core.suffix) {
        const u = lex.unitsAfter.entries.get(core.suffix);
        if (!u) return k; // "5G", "3D": a name
        if (!before || u.kind !== 'money') {
          kind = u.kind;
          unit = u.kind === 'percent' ? null : core.suffix;
          measureAfter = u.kind === 'measure';
        }
      } else {
        readUnitAfter();
      }
      if (k < sentEnd && startsPhrase(lex.modifiersAfter, k) && !modifier) {
        const post = matchPhrase(lex.modifiersAfter, k, sentEnd);
        if (post) {
          wordModifier = true;
          modifier = post.value.modifier;
          approximate = approximate || post.value.approximate;
          k = post.next;
          if (!core.suffix && !before) readUnitAfter();
        }
      }
      const quantityEnd = k; // the figure as written ends here; the counted noun is not part of it

      // --- is it a quantity at all? ---
      const prev = first - 1;
      const coreFirst = core.first;
      const lead = before ? before.first : coreFirst; // the first token of the number, currency included
      if (core.ordinal && !options.ordinals) return quantityEnd;
      if (core.vague && !options.vague) return quantityEnd;
      // glued to a word: "F-16" cut as "F" + "-" + "16", "G7", "COVID-19"
      if (!before && lead > sentStart && glued(lead - 1, lead) && ENDS_WORDLIKE.test(tokens[lead - 1]!.text)) return quantityEnd;
      if (quantityEnd < sentEnd && glued(quantityEnd - 1, quantityEnd) && LETTER_OR_DIGIT.test(tokens[quantityEnd]!.text)) {
        return quantityEnd + 1; // "0pm", "5G"
      }
      // compound adjectives: "a three-day strike", "a 35-year-old", "a 10-km stretch"
      if (quantityEnd + 1 < sentEnd && DASHES.has(lows[quantityEnd]!) && glued(quantityEnd - 1, quantityEnd) &&
          glued(quantityEnd, quantityEnd + 1) && LETTER_OR_DIGIT.test(tokens[quantityEnd + 1]!.text)) {
        return quantityEnd + 2;
      }
      // dates: "February 7", "7 February", "June 2019", "7-9 February"
      if (!core.vague && (isMonth(lead - 1) || (lows[lead - 1] === 'of' && isMonth(lead - 2)) || isMonth(quantityEnd) ||
          (lows[quantityEnd] === 'of' && isMonth(quantityEnd + 1)))) {
        return quantityEnd;
      }
      // clock times: "5 pm", "10 a.m."
      if (has(quantityEnd, 'clock-after')) return quantityEnd + 1;
      // times counted from a point: "eight years ago", "two days later"
      if (measureAfter && has(quantityEnd, 'relative')) return quantityEnd + 1;
      // ages: "aged 35", "35 years old", "He, 35, was killed", "Smith (35)"
      if (has(prev, 'age-before') && !wordModifier) return quantityEnd;
      if (measureAfter && has(quantityEnd, 'age-after')) return quantityEnd + 1;
      if (!wordModifier && !range && !before && kind === 'count' && core.digits &&
          ((lows[prev] === ',' && lows[quantityEnd] === ',') || (lows[prev] === '(' && lows[quantityEnd] === ')')) &&
          (pos(prev - 1) === 'PROPN' || pos(prev - 1) === 'PRON')) {
        return quantityEnd;
      }
      // names: "Article 5", "No. 10", "Task Force 1-77", "Boeing 737"
      if (!wordModifier && !before && (kind === 'count' || kind === 'measure') && !core.vague) {
        if (has(prev, 'name-before')) return quantityEnd;
      }

      // the counted noun
      let head = -1;
      let nounEnd = quantityEnd;
      if (kind === 'count') {
        let afterOf = quantityEnd;
        if (core.vague || core.scaled) {
          // "millions of dollars", "hundreds of miles"
          if (lows[afterOf] === 'of' && startsPhrase(lex.unitsAfter, afterOf + 1)) {
            const u = matchPhrase(lex.unitsAfter, afterOf + 1, sentEnd);
            if (u && u.value.kind !== 'percent') {
              kind = u.value.kind;
              unit = text.slice(tokens[afterOf + 1]!.start, tokens[u.next - 1]!.end);
              nounEnd = u.next;
              afterOf = -1;
            }
          }
        }
        if (afterOf >= 0 && kind === 'count' && !core.share) {
          const np = countedNoun(afterOf, sentEnd, core.vague !== null || core.scaled);
          if (np) {
            head = np.head;
            unit = text.slice(tokens[np.first]!.start, tokens[np.head]!.end);
            nounEnd = np.next;
          }
        }
      }
      if (kind === 'count' && !core.vague && !core.share && !before && !wordModifier && head < 0) {
        // a bare number after a proper noun is part of a name, unless the sentence is a title
        if (pos(prev) === 'PROPN' && !isMonth(prev) && !(titled ??= titleCase(sentStart, sentEnd))) return quantityEnd;
      } else if (kind === 'count' && !before && !wordModifier && !range && !core.vague && !core.share && !core.ordinal && head >= 0 &&
                 value !== 1 && !plural(head)) {
        return quantityEnd; // a count other than one with a singular noun: "a 911 caller", "the Apollo 11 mission"
      }
      // a capitalised number word inside a sentence, before a capitalised word: "Zero Hedge", "Three Mile Island"
      if (!core.digits && coreFirst > sentStart && capitalised(coreFirst) && capitalised(quantityEnd) &&
          /^\p{L}/u.test(tokens[quantityEnd]?.text ?? '') && !(titled ??= titleCase(sentStart, sentEnd))) {
        return quantityEnd;
      }
      // years: "in 1998", "the 2016 election", "2015-2018"
      const yearLike = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1800 && v <= 2100;
      if (core.digits && !before && !wordModifier && kind === 'count' && !core.scaled) {
        const written = lows[coreFirst]!;
        if (range && yearLike(range[0]) && yearLike(range[1])) return quantityEnd;
        if (!range && YEAR.test(written) && yearLike(value) &&
            (head < 0 || !plural(head) || has(prev, 'year-before'))) {
          return quantityEnd;
        }
      }
      if (core.share) kind = 'percent';

      const governor = governingEvent(first, sentStart);
      const event = findEvent(quantityEnd, nounEnd, head, governor, sentEnd);
      // "one" counts only where it counts: "one person was killed", not "one of them", "one official said"
      if (core.one && !wordModifier) {
        if (has(prev, 'one-not-after') || has(quantityEnd, 'one-not-before') || !event) return quantityEnd;
      }
      if (core.ordinal) kind = 'ordinal';

      let lowerInclusive: boolean | null = null;
      let upperInclusive: boolean | null = null;
      if (core.vague) {
        lower = core.vague.lower;
        upper = core.vague.upper;
        lowerInclusive = upperInclusive = true;
        approximate = true;
      } else if (range) {
        lowerInclusive = upperInclusive = true;
      } else if (value !== null) {
        switch (modifier) {
          case 'more_than':
            lower = value;
            lowerInclusive = false;
            break;
          case 'at_least':
            lower = value;
            lowerInclusive = true;
            break;
          case 'less_than':
            upper = value;
            upperInclusive = false;
            break;
          case 'at_most':
          case 'up_to':
            upper = value;
            upperInclusive = true;
            break;
          default:
            break;
        }
      }

      previous = { nounEnd, governor };
      const startTok = tokens[first]!;
      const endTok = tokens[quantityEnd - 1]!;
      out.push({
        start: startTok.start,
        end: endTok.end,
        sentence,
        text: text.slice(startTok.start, endTok.end),
        value,
        lower,
        upper,
        lowerInclusive,
        upperInclusive,
        approximate,
        modifier,
        unit,
        kind,
        event,
      });
      return quantityEnd;
    }
  }

  /** A verb of change before "from": "rose from 5 to 10" gives two figures, not a range. */
  function changeBefore(fromTok: number, sentStart: number): boolean {
    for (let n = fromTok - 1; n >= sentStart && n >= fromTok - 4; n--) {
      if (has(n, 'change')) return true;
      const p = pos(n);
      if (p !== 'ADV' && p !== 'AUX' && p !== 'NOUN' && p !== 'DET' && p !== 'ADJ' && p !== 'NUM') return false;
    }
    return false;
  }

  const ranges = doc.sentenceTokens;
  for (let s = 0; s < ranges.length; s++) {
    const [a, b] = ranges[s]!;
    if (b > a) scanSentence(s, Math.max(0, a), Math.min(b, tokens.length));
  }
  return out;
}
