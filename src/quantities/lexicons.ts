// The word lists of the quantities stage, compiled once per worker from src/lexicon/*.txt. Each file's header
// says what its fields mean; this module checks every row and builds the lookup tables the reader uses.

import type { QuantityModifier } from '../document.js';
import { readLexicon } from '../lexicon/load.js';

export type WordClass = 'unit' | 'ten' | 'article' | 'point' | 'ordinal' | 'fraction' | 'fraction-of' | 'hundred' | 'large' | 'dozen';
export type ScaleClass = 'hundred' | 'large' | 'dozen' | 'suffix' | 'suffix-m';
export type UnitKind = 'money' | 'percent' | 'measure';

export interface ModifierEntry {
  modifier: QuantityModifier;
  approximate: boolean;
}
export interface UnitEntry {
  kind: UnitKind;
  /** Whether the words as written become the figure's `unit` ("km", "percentage points"; not "$", "%"). */
  isUnit: boolean;
}
export interface VagueEntry {
  lower: number;
  upper: number;
}

/**
 * Phrases looked up over consecutive tokens: the lower-cased token texts are joined with one space where
 * the text has white space between them and with nothing where they touch, so a phrase matches however
 * the tokenizer cut it ("US$" or "US" + "$"; "°C" or "°" + "C").
 */
export interface PhraseTable<T> {
  entries: Map<string, T>;
  /** Every proper prefix of every phrase: a lookup goes on to the next token only while it is one. */
  prefixes: Set<string>;
  /**
   * The table's bit in `WordFacts.starts`, set for what a phrase's first token may be: a word, or the start
   * of pieces written together ("us" of "us$").
   */
  startBit: number;
}

/** What the lexicons know of one lower-case word, looked up once per token. */
export interface WordFacts {
  /** `NUMBER_START` and the `startBit` of every phrase table a phrase of which the word may begin. */
  starts: number;
  /** The word's classes in number-context.txt ("month", "copula", …). */
  context: Set<string> | undefined;
}

/**
 * The bit of `WordFacts.starts` for a word that may begin a number: a number or scale word, the first word
 * of a vague count, a sign. The phrase tables take the bits after it.
 */
export const NUMBER_START = 1;

function factsOf(facts: Map<string, WordFacts>, word: string): WordFacts {
  let entry = facts.get(word);
  if (!entry) facts.set(word, (entry = { starts: 0, context: undefined }));
  return entry;
}

function phraseTable<T>(rows: Iterable<[string, T]>, startBit: number, facts: Map<string, WordFacts>): PhraseTable<T> {
  const entries = new Map<string, T>();
  const prefixes = new Set<string>();
  for (const [raw, value] of rows) {
    const phrase = raw.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!phrase) continue;
    entries.set(phrase, value);
    for (let n = 1; n < phrase.length; n++) prefixes.add(phrase.slice(0, n));
    const word = phrase.split(' ')[0]!;
    for (let n = 1; n <= word.length; n++) factsOf(facts, word.slice(0, n)).starts |= startBit;
  }
  return { entries, prefixes, startBit };
}

export interface Lexicons {
  words: Map<string, { value: number; cls: WordClass }>;
  scales: Map<string, { value: number; cls: ScaleClass }>;
  vague: PhraseTable<VagueEntry>;
  modifiersBefore: PhraseTable<ModifierEntry>;
  modifiersAfter: PhraseTable<ModifierEntry>;
  unitsBefore: PhraseTable<UnitEntry>;
  unitsAfter: PhraseTable<UnitEntry>;
  /** Units written against the digits, matched case-sensitively: "45C", "50p". */
  unitsGlued: Map<string, UnitEntry>;
  verbEvents: Map<string, string>;
  nounEvents: Map<string, string>;
  /** Lower-case words that begin a number or a phrase, or have a context class. */
  facts: Map<string, WordFacts>;
}

const WORD_CLASSES = new Set<string>(['unit', 'ten', 'article', 'point', 'ordinal', 'fraction', 'fraction-of']);
const SCALE_CLASSES = new Set<string>(['hundred', 'large', 'dozen', 'suffix', 'suffix-m']);
const MODIFIERS = new Set<string>(['more_than', 'at_least', 'less_than', 'at_most', 'about', 'up_to', 'between']);
const UNIT_KINDS = new Set<string>(['money', 'percent', 'measure']);
const UNIT_POSITIONS = new Set<string>(['before', 'after', 'both', 'glued', 'prefix']);

function lexiconError(file: string, row: string[], why: string): Error {
  return new Error(`claimline: lexicon ${file}: ${why}: ${row.join(' | ')}`);
}

/** The rows `word | number | class` of a lexicon, checked. */
function readValuedWords<C extends string>(file: string, classes: Set<string>, fields: string): Array<{ word: string; value: number; cls: C }> {
  return readLexicon(file).map((row) => {
    const [word, value, cls] = row;
    if (!word || !value || !cls || !classes.has(cls) || !Number.isFinite(Number(value))) throw lexiconError(file, row, `expected ${fields}`);
    return { word: word.toLowerCase(), value: Number(value), cls: cls as C };
  });
}

/**
 * The currencies of units.txt written against the digits before them, as written ("N1,000", "Sh412 million"):
 * a tokenizer keeps such a word whole, and the tag stage splits it into the currency and the number.
 */
export function currencyPrefixes(): string[] {
  return readLexicon('units.txt').filter((row) => row[2] === 'prefix').map((row) => row[0]!);
}

export function compileLexicons(): Lexicons {
  const words = new Map<string, { value: number; cls: WordClass }>();
  for (const { word, value, cls } of readValuedWords<WordClass>('number-words.txt', WORD_CLASSES, 'word | value | class')) {
    words.set(word, { value, cls });
  }

  const scales = new Map<string, { value: number; cls: ScaleClass }>();
  for (const { word, value, cls } of readValuedWords<ScaleClass>('scales.txt', SCALE_CLASSES, 'word | multiplier | class')) {
    scales.set(word, { value, cls });
    // Scale words also take part in spelled-out numbers.
    if (cls === 'hundred' || cls === 'large' || cls === 'dozen') {
      words.set(word, { value, cls });
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
    if (!phrase || !modifier || !MODIFIERS.has(modifier) || (position !== 'before' && position !== 'after') ||
        (approximate !== 'yes' && approximate !== 'no')) {
      throw lexiconError('quantity-modifiers.txt', row, 'expected phrase | modifier | before/after | yes/no');
    }
    const entry = { modifier: modifier as QuantityModifier, approximate: approximate === 'yes' };
    (position === 'before' ? before : after).push([phrase, entry]);
  }

  const unitsBefore: Array<[string, UnitEntry]> = [];
  const unitsAfter: Array<[string, UnitEntry]> = [];
  const unitsGlued = new Map<string, UnitEntry>();
  for (const row of readLexicon('units.txt')) {
    const [phrase, kind, position, isUnit] = row;
    if (!phrase || !kind || !UNIT_KINDS.has(kind) || !position || !UNIT_POSITIONS.has(position) ||
        (isUnit !== undefined && isUnit !== 'yes' && isUnit !== 'no')) {
      throw lexiconError('units.txt', row, 'expected phrase | money/percent/measure | before/after/both/glued/prefix [| yes/no]');
    }
    // (A currency's name after the number is a noun as written, "500 euros"; a sign or a code before it is none, "$500".)
    const entry: UnitEntry = { kind: kind as UnitKind, isUnit: isUnit ? isUnit === 'yes' : kind === 'measure' || (kind === 'money' && position === 'after') };
    if (position === 'glued') {
      unitsGlued.set(phrase, entry);
      continue;
    }
    if (position !== 'after') unitsBefore.push([position === 'prefix' ? phrase.toLowerCase() : phrase, entry]);
    if (position !== 'before') unitsAfter.push([phrase, entry]);
  }

  const verbEvents = new Map<string, string>();
  const nounEvents = new Map<string, string>();
  for (const row of readLexicon('event-verbs.txt')) {
    const [lemma, verbs, nouns] = row;
    if (!lemma) throw lexiconError('event-verbs.txt', row, 'expected lemma | verb forms | noun forms');
    for (const form of (verbs ?? '').toLowerCase().split(/\s+/)) if (form) verbEvents.set(form, lemma.toLowerCase());
    for (const form of (nouns ?? '').toLowerCase().split(/\s+/)) if (form) nounEvents.set(form, lemma.toLowerCase());
  }

  const facts = new Map<string, WordFacts>();
  for (const row of readLexicon('number-context.txt')) {
    const [word, cls] = row;
    if (!word || !cls) throw lexiconError('number-context.txt', row, 'expected word | class');
    const entry = factsOf(facts, word.toLowerCase());
    (entry.context ??= new Set()).add(cls);
    if (cls === 'sign') entry.starts |= NUMBER_START;
  }
  for (const word of words.keys()) factsOf(facts, word).starts |= NUMBER_START;
  for (const [phrase] of vagueRows) factsOf(facts, phrase.toLowerCase().split(/\s+/)[0]!).starts |= NUMBER_START;

  return {
    words,
    scales,
    vague: phraseTable(vagueRows, 2, facts),
    modifiersBefore: phraseTable(before, 4, facts),
    modifiersAfter: phraseTable(after, 8, facts),
    unitsBefore: phraseTable(unitsBefore, 16, facts),
    unitsAfter: phraseTable(unitsAfter, 32, facts),
    unitsGlued,
    verbEvents,
    nounEvents,
    facts,
  };
}
