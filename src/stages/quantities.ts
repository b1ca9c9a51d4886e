// The `quantities` stage: finds the figures of every sentence (counts, percentages, money, measures) with
// their value, the bounds their modifier implies, the counted noun and the event they take part in. The
// output contract is `quantities` in CLAIM-RECORD.md; what is and is not a quantity follows the annotation
// rules of gold/FORMAT.md.
//
// It works on the tagger's tokens, left to right, one sentence at a time. At each token it tries to read
//   [pre-modifier] [currency] [sign] NUMBER [scale] [fraction] [ratio: in|out of NUMBER]
//   [range: to|-|and|or [currency] NUMBER [scale]] [currency|percent|measure [range with the unit again]]
//   [post-modifier] [of] [counted noun phrase] [post-modifier] [and|but UPPER-BOUND FIGURE]
// where NUMBER is digits ("1,500", "1.5", "12 000", "-0.3", "3/4", "2½"), number words ("two hundred and
// five", "half a million"; src/quantities/number-words.ts), a vague count ("tens of thousands") or an
// ordinal; then it throws out what the context shows to be a date, a year, a clock time, an age, a
// compound adjective, a name or a phone number. Every word list is a lexicon in src/lexicon/ (compiled in
// src/quantities/lexicons.ts, once per worker); the code holds the grammar. The work per document is
// linear: every attempt looks at a bounded window of tokens.
//
// Bounds (the contract's semantics; `lower`/`upper` are the stated number, their flags say whether it is
// itself allowed):
// - more than, over, above, upwards of, "100-plus", ">" → lower, exclusive; at least, no fewer than,
//   "or more", "as few as" → lower, inclusive. The two are never merged.
// - fewer/less than, under, below → upper, exclusive; at most, no more than, "or less" → at_most, and up to,
//   as many as → up_to: upper, inclusive.
// - just under, just short of: the number is a ceiling the figure comes close to without reaching it, so
//   `upper` = the number, exclusive, modifier less_than, and approximate. "just over" is the mirror image:
//   more_than, approximate.
// - about, around, roughly, some, nearly, almost, close to, an estimated, approximately, "or so", "-odd":
//   modifier about, approximate, no bounds (the contract lists nearly and almost with the approximate words). A softener before a bounding word after takes the bound: "some 76 or more" → at_least 76,
//   approximate.
// - A range ("between 5 and 10", "5-10", "5–10", "from 5 to 10", "25-30", "40% to 45%", "two or three") has
//   value null, both bounds inclusive, modifier `between`; "two or three" is also approximate. A lower and
//   an upper bound joined ("more than 5 but fewer than 10", "at least 30 and as many as 45") are one
//   figure, modifier between, each bound keeping its own flag. "rose from 5 to 10" is two figures, and so is
//   a tally or a score ("passed the House 52-47", "failed 14-22", "a 5-4 ruling", "won 3-1"): two counts.
// - Vague counts: value null, the contract's bounds, inclusive, approximate.
//
// Other choices the contract leaves open:
// - `unit` is the counted noun, or the measure unit as written ("km", "hours"), or "percentage points" /
//   "basis points", or a currency's name written after the number ("500 euros"); a currency's sign or code
//   names no noun ("$45 million": unit null). The currency stays in `text` either way.
// - "over" before a time is "during" ("50 were killed over three days": the figure is "three days", no
//   bound) unless a word of length comes first ("lasted over two hours", "for over a decade": more_than);
//   after a noun and before a figure of a noun it is "about" or "across" ("trial over €38 million
//   contracts", "drones over eight regions"): no bound.
// - A share with a numeral ("two thirds", "one-fifth", "3/4 of", "one in five", "nine out of 10") is a
//   percentage (66.67, 20, 75, 20, 90); "half", "a third" alone are no quantity (the rules: "nearly half"
//   has no number); "half a million" is 500000, "2 1/2 hours" 2.5 hours, "3/4" alone in a sentence 0.75;
//   elsewhere a bare "3/4" may be a date and is left out.
// - Negative numbers: "-5", "−0.3%", "minus 12 degrees", "negative 2 percent"; "plus or minus 3 points" is 3.
// - Ages are no figures, also when bounded: "children under five", "people over 65", "aged 18 to 24".
// - The word "one" alone is a count only with a modifier or an event ("one person was killed"), never in
//   "one of them" or "one official said"; "a"/"an" count only before a scale ("a dozen", "a million").
// - Eight or more digits with no separator are an id ("1474387200"), not a figure.
// - `text` holds the modifier, currency, sign, percent sign and measure unit; the counted noun stays out,
//   except where a modifier comes after it ("50 people or more").
// - The event: a noun that names it ("10 deaths", "a death toll of 10" → die); else the verb or predicate
//   the figure is the subject of ("100 people were killed", "10 are missing", "14 dead"); else the verb
//   it is the object of ("killed more than 100 people", "kill or wound 100" → kill); else a participle after
//   or in its noun phrase ("707 people shot", "500,000 displaced people"). Coordinated figures share it
//   ("Four soldiers and 12 Palestinians were killed", "killed 12 soldiers and 3 civilians"), and so does a
//   figure that the one before includes ("killed 23 people, including nine children"). Measures and money
//   take only the verb they complement ("sentenced to 15 years", "fined $5,000").
// - wink-nlp's value mentions (`doc.values`) are not used: the token rules find more and drop dates better.

import { z } from 'zod';
import type {
  QuantifiedDoc,
  QuantityKind,
  QuantityMention,
  QuantityModifier,
  TaggedDoc,
} from '../document.js';
import { isRoleNoun } from '../nlp/name-types.js';
import { isPersonNoun } from '../nlp/sources.js';
import { lowerCaseTexts } from '../nlp/tokens.js';
import {
  DIGIT_ORDINAL,
  DIGIT_RANGE,
  DIGITS,
  DIGITS_SUFFIX,
  GROUP_HEAD,
  GROUP_TAIL,
  INTEGER,
  LONG_ID,
  SIGNED,
  VULGAR,
  YEAR,
  digitValue,
  fractionValue,
  percentOf,
} from '../quantities/digits.js';
import { compileLexicons, NUMBER_START, type Lexicons, type PhraseTable, type UnitKind, type VagueEntry } from '../quantities/lexicons.js';
import { parseNumberWords, times, type WordItem } from '../quantities/number-words.js';
import { defineStage } from '../stage.js';

const PHONE = /^\d{3}-\d{4}$/;
const PHONE_PREFIX = /^\+\d{1,4}$/;
/** White space that may separate digit groups: "12 000". */
const GROUP_SPACE = new Set([' ', '\u00a0', '\u2009', '\u202f']);
const DASHES = new Set(['-', '–', '—']);
const MINUS = new Set(['-', '−', '–']);
const PARTICIPLE = /(?:ed|en|wn)$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const ENDS_WORDLIKE = /[\p{L}\p{N}\-–—/.:#_]$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const LOWER_BOUNDS = new Set<QuantityModifier>(['more_than', 'at_least']);
const UPPER_BOUNDS = new Set<QuantityModifier>(['less_than', 'at_most', 'up_to']);

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
  /** "3/4" alone: a share before "of", an amount before a measure unit, else no figure (maybe a date). */
  fraction: boolean;
  digits: boolean;
  scaled: boolean;
  /** The single word "one" (or "One"). */
  one: boolean;
  /** A range written as one token ("5-10"). */
  range: [number, number] | null;
  /** A suffix in the number's own token ("km" of "5km"), as written, to be read as a unit. */
  suffix: string | null;
}

/** What the reader knows of each figure of the sentence, for the figures after it. */
interface Figure {
  q: QuantityMention;
  first: number;
  nounEnd: number;
  governor: string | null;
  /** Where the event came from: a subject's predicate ("were killed") may pass to figures before. */
  fromPredicate: boolean;
}

function findQuantities(doc: TaggedDoc, lex: Lexicons, options: QuantitiesOptions): QuantityMention[] {
  const tokens = doc.tokens;
  const text = doc.text;
  const lows = lowerCaseTexts(tokens);
  /** What the lexicons know of each token's word: one lookup a token, however often the reader asks. */
  const facts = lows.map((low) => lex.facts.get(low));
  const out: QuantityMention[] = [];

  const has = (n: number, cls: string): boolean => facts[n]?.context?.has(cls) ?? false;
  const glued = (a: number, b: number): boolean => {
    const ta = tokens[a];
    const tb = tokens[b];
    return !!ta && !!tb && ta.end === tb.start;
  };
  const pos = (n: number): string => tokens[n]?.pos ?? '';
  /** A modifier after a figure that goes on to a number or "than" bounds the next figure, not this one: "29 bodies and
   * more than 50 wounded", "above the limit of 1.5 percent at least three times". */
  const boundsNextFigure = (next: number): boolean => lows[next] === 'than' || pos(next) === 'NUM';
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const isDigitStart = (n: number): boolean => {
    const low = lows[n] ?? '';
    const c = low.charCodeAt(0);
    if (isDigit(c) || VULGAR.has(low)) return true;
    // "+44", ".5", "-5", "−0.3"
    return (c === 43 || c === 46 || MINUS.has(low[0] ?? '')) && (isDigit(low.charCodeAt(1)) || low[1] === '.');
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

  const startsPhrase = (table: PhraseTable<unknown>, n: number): boolean => ((facts[n]?.starts ?? 0) & table.startBit) !== 0;

  /** A form in -s a tagger made a verb is a plural noun when a verb, a stop or a relative follows it ("two support beams/VERB showed"). */
  const nounAfterAll = (n: number): boolean => ['VERB', 'AUX', 'PUNCT'].includes(pos(n + 1)) || ['that', 'which', 'and', 'or'].includes(lows[n + 1] ?? '');
  /** A noun written in the plural ("troops", "children"). */
  const pluralForm = (n: number): boolean => {
    const t = tokens[n];
    if (!t) return false;
    const low = lows[n]!;
    return (t.lemma !== '' && t.lemma !== low) || (low.endsWith('s') && !low.endsWith('ss'));
  };
  /** A plural noun, or a collective one such as "people", "police". */
  const plural = (n: number): boolean => pluralForm(n) || has(n, 'plural');

  const blankCore = (k: number): Core => ({
    first: k, next: k + 1, value: null, vague: null, ordinal: false, share: false, fraction: false, digits: true,
    scaled: false, one: false, range: null, suffix: null,
  });

  // --- numbers -------------------------------------------------------------------------------------------

  function readDigits(k: number, end: number, currency: boolean): Core | null {
    let low = lows[k]!;
    const blank = blankCore(k);
    let sign = 1;
    if (SIGNED.test(low)) {
      // "-5" glued to what comes before is a dash ("10%-15%", "COVID-19"), not a sign
      if (k > 0 && glued(k - 1, k) && !/^[([{]$/.test(lows[k - 1]!)) return null;
      if (low[0] !== '+') sign = -1;
      low = low.slice(1);
    }
    let m: RegExpExecArray | null;
    if (LONG_ID.test(low)) return null; // "1474387200", a tweet id: news writes big numbers with commas or words
    if (DIGITS.test(low)) {
      let value = digitValue(low);
      let next = k + 1;
      if (GROUP_HEAD.test(low)) {
        // "12 000 000": groups of three separated by one space.
        let merged = low;
        while (next < end && GROUP_TAIL.test(lows[next]!) && GROUP_SPACE.has(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) {
          merged += lows[next]!;
          next++;
        }
        value = Number(merged);
        // "2 1/2", "2½": a whole number and a fraction
        const frac = next === k + 1 && INTEGER.test(low) && next < end ? fractionValue(lows[next]!) : null;
        if (frac !== null && (!glued(next - 1, next) || VULGAR.has(lows[next]!))) {
          return { ...blank, value: sign * (value + Math.round(frac * 10000) / 10000), next: next + 1 };
        }
      }
      return scale({ ...blank, value: sign * value, next }, end, currency);
    }
    if (sign < 0 && !DIGITS.test(low)) return null;
    if ((m = DIGIT_RANGE.exec(low))) {
      const a = digitValue(m[1]!);
      const b = digitValue(m[2]!);
      return scale({ ...blank, range: [a, b] }, end, currency);
    }
    const frac = fractionValue(low);
    if (frac !== null) return { ...blank, value: frac, fraction: true };
    if ((m = DIGIT_ORDINAL.exec(low))) return { ...blank, value: Number(m[1]), ordinal: true };
    if ((m = DIGITS_SUFFIX.exec(low))) {
      const value = digitValue(m[1]!);
      const written = tokens[k]!.text.slice(tokens[k]!.text.length - m[2]!.length);
      const suffix = m[2]!.toLowerCase();
      const sc = lex.scales.get(suffix);
      if (sc && (sc.cls === 'suffix' || sc.cls === 'large' || (sc.cls === 'suffix-m' && (currency || nextIsPluralNoun(k + 1, end))))) {
        return { ...blank, value: times(value, sc.value), scaled: true };
      }
      // "5G", "3D", "747B": one capital letter that is no unit written with its case is a name
      if (!lex.unitsGlued.has(written) && UPPER_LETTER.test(written)) return null;
      return { ...blank, value, suffix: written };
    }
    return null;
  }

  function nextIsPluralNoun(n: number, end: number): boolean {
    return n < end && (pos(n) === 'NOUN' || pos(n) === 'PROPN') && plural(n);
  }

  /** A scale word after digits: "1.5 million", "10k", "$4.2bn", "2 dozen", "$1.2-million". */
  function scale(core: Core, end: number, currency: boolean): Core {
    let k = core.next;
    if (k >= end) return core;
    // "$1.2-million": a hyphen between the digits and a word scale
    if (DASHES.has(lows[k]!) && glued(k - 1, k) && glued(k, k + 1) && k + 1 < end) {
      const word = lex.scales.get(lows[k + 1]!);
      if (!word || (word.cls !== 'large' && word.cls !== 'hundred')) return core;
      k++;
    }
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
    // "1.5 lakh crore", "20 thousand crore": a larger scale word after the first multiplies again
    let factor = sc.value;
    const again = lex.scales.get(lows[k + 1] ?? '');
    if (k + 1 < end && again && again.cls === 'large' && again.value > sc.value && sc.cls !== 'dozen') {
      factor = times(factor, again.value);
      k++;
    }
    const mul = (x: number): number => times(x, factor);
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

  /** Spelled-out numbers: "two hundred and five", "twenty-five", "a dozen", "half a million". */
  function readWords(k: number, end: number): Core | null {
    const items = collectWords(k, end);
    if (!items.length) return null;
    const found = parseNumberWords(items);
    if (!found) return null;
    const last = items[found.last]!;
    return {
      ...blankCore(k),
      next: last.tok + 1,
      value: found.value,
      ordinal: found.ordinal,
      share: found.share,
      digits: false,
      scaled: found.scaled,
      one: found.last === 0 && last.word === 'one',
    };
  }

  function readCore(k: number, end: number, currency: boolean, signed = false): Core | null {
    if (k >= end) return null;
    if (startsPhrase(lex.vague, k)) {
      const v = matchPhrase(lex.vague, k, end);
      if (v) return { ...blankCore(k), next: v.next, vague: v.value, digits: false, scaled: true };
    }
    // "minus 5", "negative 0.3", "− 5"
    if (!signed && ((has(k, 'sign') && !(lows[k - 1] === 'or' && lows[k - 2] === 'plus')) ||
                    (MINUS.has(lows[k]!) && glued(k, k + 1) && !glued(k - 1, k)))) {
      const inner = readCore(k + 1, end, currency, true);
      if (!inner || inner.value === null || inner.vague || inner.range || inner.ordinal || inner.share || inner.fraction) return null;
      return { ...inner, first: k, value: -inner.value, one: false };
    }
    if (isDigitStart(k)) return readDigits(k, end, currency);
    if (lex.words.has(lows[k]!) || lows[k]!.includes('-')) return readWords(k, end);
    return null;
  }

  /** A currency before a number ("$", "US$", "USD"), or a measure word that comes first ("magnitude"). */
  function unitBefore(k: number, end: number): { kind: UnitKind; isUnit: boolean; written: string; first: number; next: number } | null {
    if (!startsPhrase(lex.unitsBefore, k)) return null;
    const m = matchPhrase(lex.unitsBefore, k, end);
    if (!m) return null;
    return { kind: m.value.kind, isUnit: m.value.isUnit, written: text.slice(tokens[k]!.start, tokens[m.next - 1]!.end), first: k, next: m.next };
  }

  /** A currency, percent or measure after a number at k: "5 dollars", "15%", "300 km", "45C". */
  function unitAfter(k: number, end: number, inDigits: boolean): { kind: UnitKind; isUnit: boolean; next: number; written: string } | null {
    if (k >= end) return null;
    if (inDigits && glued(k - 1, k)) {
      // one letter against the digits is read with its case: "45C", "50p", "5g"; "5G", "3D" are names
      const g = lex.unitsGlued.get(tokens[k]!.text);
      if (g) return { kind: g.kind, isUnit: g.isUnit, next: k + 1, written: tokens[k]!.text };
      if (tokens[k]!.text.length === 1 && /^\p{L}$/u.test(tokens[k]!.text)) return null;
    }
    if (!startsPhrase(lex.unitsAfter, k)) return null;
    const u = matchPhrase(lex.unitsAfter, k, end);
    if (!u) return null;
    const written = text.slice(tokens[k]!.start, tokens[u.next - 1]!.end);
    // short abbreviations only after digits: "5 m", not "two m"
    if (!inDigits && written.length <= 2) return null;
    return { kind: u.value.kind, isUnit: u.value.isUnit, next: u.next, written };
  }

  /** The word(s) that join the two ends of a range, at k: returns where the second number starts. A
   * number glued after the first ("10%-15%" cut as "10" "%" "-15") holds its own dash: returns k. */
  function rangeLink(k: number, between: 'and' | 'to' | null): { second: number; or: boolean } | null {
    const link = lows[k];
    if (link === undefined) return null;
    if (between === 'and') return link === 'and' ? { second: k + 1, or: false } : null;
    if (link === 'to' || link === 'through' || link === 'thru' || DASHES.has(link)) return { second: k + 1, or: false };
    if (link === 'or' && !between) return { second: k + 1, or: true };
    if (!between && MINUS.has(link[0] ?? '') && glued(k - 1, k) && isDigit(link.charCodeAt(1))) return { second: k, or: false };
    return null;
  }

  /** The second number of a range at n (after its link); a glued "-15" is read as 15. */
  function readSecond(n: number, end: number, currency: boolean, dashInside: boolean): Core | null {
    if (dashInside) {
      const body = lows[n]!.slice(1);
      if (!DIGITS.test(body)) return null;
      return scale({ ...blankCore(n), value: digitValue(body) }, end, currency);
    }
    return readCore(n, end, currency);
  }

  const plainNumber = (c: Core | null): c is Core & { value: number } =>
    !!c && c.value !== null && !c.vague && !c.ordinal && !c.share && !c.fraction && !c.range;

  // --- context -------------------------------------------------------------------------------------------

  /** The counted noun after a count: "troops", "police officers", "fighters" of "hundreds of pro-Assad
   * fighters". Returns the head token and where the noun phrase ends. `many`: the number counts more than one. */
  function countedNoun(k: number, end: number, afterScale: boolean, many: boolean): { first: number; head: number; next: number } | null {
    let n = k;
    // "rose to 58 last year": a time after the count is no counted noun.
    if (has(n, 'time-lead') && has(n + 1, 'time')) return null;
    if (lows[n] === 'of') {
      n++;
      if (!afterScale && !['the', 'these', 'those', 'its', 'their'].includes(lows[n] ?? '')) return null;
      if (pos(n) === 'DET') n++;
    }
    let head = -1;
    let properHead = -1;
    for (const stop = Math.min(end, n + 9); n < stop; n++) {
      const p = pos(n);
      const low = lows[n]!;
      if (head >= 0) {
        if (DASHES.has(low) && glued(n - 1, n) && glued(n, n + 1) && /^\p{L}/u.test(tokens[n + 1]?.text ?? '')) {
          head = ++n; // "fact-checkers", "voter-registration events"
          // "fact-checked claims", "gas-fired plants": the compound is an adjective, the noun comes after
          if ((pos(n) === 'VERB' || pos(n) === 'ADJ') && /^\p{L}/u.test(tokens[n + 1]?.text ?? '') && ['NOUN', 'PROPN'].includes(pos(n + 1))) head = -1;
        } else if (DASHES.has(low) && glued(n - 1, n) && !glued(n, n + 1) && (lows[n + 1] === 'and' || lows[n + 1] === 'or')) {
          // "coal- and gas-fired plants": a suspended hyphen, the noun comes after
          head = -1;
          n++;
        } else if ((p === 'NOUN' || (p === 'VERB' && /[^s]s$/.test(low) && (nounAfterAll(n) || (many && pos(n + 1) === 'ADP')))) && !pluralForm(head) && (!has(head, 'plural') || pluralForm(n)) && !glued(n - 1, n) &&
                   (!lex.verbEvents.has(low) || pluralForm(n))) {
          // "police officers", "barrel bombs"; "three pay offers/VERB", "two support beams/VERB"; "two mountain passes/VERB
          // in": no verb in -s agrees with a count of many (`many`)
          head = n;
        } else if (/^['’]s?$/.test(low) && glued(n - 1, n) && !pluralForm(head)) {
          head = -1; // "1,150 of the country's polling stations": the possessor is no counted noun
        } else break;
        continue;
      }
      // "40 wounded", "12 hurt": an event, not a unit ("3 wounded soldiers" goes on to the noun; "5 attacks"
      // is a plural noun)
      if (lex.verbEvents.has(low) && (PARTICIPLE.test(low) || !pluralForm(n)) && !['NOUN', 'ADJ', 'PROPN'].includes(pos(n + 1))) break;
      if (p === 'NOUN') head = n;
      else if (p === 'PROPN') {
        // "12 Palestinians", "74.5 million iPhones"; "700,000 Rohingya have fled": a name of a people that ends
        // its phrase
        if ((capitalised(n) && (plural(n) || ((pos(n + 1) === 'AUX' || pos(n + 1) === 'VERB') && !capitalised(n + 1)))) ||
            (plural(n) && /\p{Lu}/u.test(tokens[n]!.text))) {
          properHead = n;
        }
      } else if (p === 'ADJ' || (DASHES.has(low) && glued(n - 1, n) && glued(n, n + 1))) {
        // a modifier of the noun
      } else if (p === 'VERB' && /(?:ed|ing)$/.test(low) && n + 1 < stop && ['NOUN', 'ADJ', 'PROPN'].includes(pos(n + 1)) && pluralAhead(n + 1, stop)) {
        // "displaced people", "armed men" (not a verb of the count's before its singular object: "18,000 joined reform rally")
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

  /** Whether the run of nouns and modifiers from `n` holds a plural noun: "people" of "displaced people". */
  function pluralAhead(n: number, stop: number): boolean {
    for (; n < stop && ['NOUN', 'ADJ', 'PROPN'].includes(pos(n)); n++) if (pluralForm(n) || has(n, 'plural')) return true;
    return false;
  }

  function eventAt(n: number): string | null {
    const low = lows[n];
    if (low === undefined) return null;
    const p = pos(n);
    if (p === 'VERB' || p === 'ADJ' || p === 'AUX') {
      const e = lex.verbEvents.get(low);
      if (e) return e;
    }
    return p === 'VERB' || p === 'AUX' ? null : lex.nounEvents.get(low) ?? null;
  }

  /** The figures of the sentence so far. */
  let figures: Figure[] = [];
  let numberAhead = new Int32Array(0);

  /** The verb a figure is the object of: "killed more than 100 people", "kill or wound 100"; a figure
   * coordinated with the one before shares its verb ("killed 5 soldiers and 3 civilians"), a figure the one
   * before includes shares its event ("killed 23 people, including nine children"). `direct`: nothing is
   * shared with the figure before (measures and money); `verbsOnly`: nouns of events do not count (all but
   * counts: "the risk of death fell by 25%" is no death). */
  function governingEvent(first: number, sentStart: number, direct: boolean, verbsOnly: boolean): string | null {
    const prev = figures[figures.length - 1];
    /** A preposition lies between the figure and the verb: only a verb it hangs on may govern ("sentenced
     * to 15 years", "jailed him for 10 years"), not one beyond a noun ("detained at rallies in 100 cities"),
     * where only a noun of an event still may ("bringing the death toll from the blast to seven"). */
    let afterAdp = false;
    let nounsOnly = false;
    /** A verb of change was passed: its subject names the event ("the death toll has risen to 2,500"). */
    let subject = false;
    for (let n = first - 1; n >= sentStart && n >= first - 8; n--) {
      if (prev && n < prev.nounEnd) return direct || afterAdp ? null : prev.governor;
      const low = lows[n]!;
      const p = pos(n);
      if (prev && !direct && has(n, 'inclusion')) return prev.q.event;
      if (prev && (p === 'CCONJ' || low === ',') && n === prev.nounEnd) return direct ? null : prev.governor;
      if (p === 'CCONJ') break; // another clause: "were killed and 30 others wounded"
      if (p === 'PUNCT' && !DASHES.has(low)) break;
      // right before the figure, a form of an event verb counts whatever its tag ("wounding about 20");
      // money, percentages and measures take only verbs ("the risk of death by 25%" is no death)
      let e = verbsOnly && (p === 'NOUN' || p === 'PROPN') ? null : eventAt(n);
      e ??= n === first - 1 ? lex.verbEvents.get(low) ?? null : null;
      if (has(n, 'change')) subject = true;
      if (e && nounsOnly && lex.nounEvents.get(low) !== e) break;
      if (!e && afterAdp && !subject && (p === 'NOUN' || p === 'PROPN' || p === 'NUM')) nounsOnly = true;
      if (p === 'ADP') afterAdp = true;
      if (e) {
        // "kill or wound 100": the first of coordinated verbs
        for (let c = n - 2; c >= sentStart && (lows[c + 1] === 'or' || lows[c + 1] === 'and'); c -= 2) {
          const before = eventAt(c);
          if (!before) break;
          e = before;
        }
        return e;
      }
      // "the toll is expected to rise to 150": report and control verbs between a change and its subject
      if (p === 'VERB' && !has(n, 'change') && !(subject && has(n, 'copula')) && !nounsOnly) break;
    }
    return null;
  }

  /** The predicate a figure is the subject of, after its noun phrase: "100 people were killed", "10 are
   * missing", "14 dead", "40 wounded", "707 people shot". `strong` unless it is a bare participle after a
   * noun ("3,500 people stranded"), which yields to a verb the figure is the object of. */
  function predicateEvent(nounEnd: number, head: number, sentEnd: number): { event: string; strong: boolean } | null {
    let linked = false;
    for (let n = nounEnd, steps = 0; n < sentEnd && steps < 9; n++, steps++) {
      const low = lows[n]!;
      const p = pos(n);
      // ", including nine children," between the figure and its verb
      if (low === ',' && has(n + 1, 'inclusion')) {
        let c = n + 2;
        while (c < sentEnd && c < n + 14 && lows[c] !== ',') c++;
        if (lows[c] !== ',') break;
        n = c;
        continue;
      }
      // right after the figure or its noun, a form of an event verb counts whatever its tag ("40 wounded")
      const e = eventAt(n) ?? (n === nounEnd ? lex.verbEvents.get(low) ?? null : null);
      if (e) return { event: e, strong: linked || head < 0 || p === 'ADJ' || lex.nounEvents.has(low) };
      if (p === 'AUX' || has(n, 'copula') || low === 'have' || low === 'has' || low === 'had' || low === 'been' || low === 'be') {
        linked = true;
        continue;
      }
      if (p === 'ADV' || p === 'PART' || p === 'ADJ' || low === 'who') continue;
      // a short phrase on the noun before the predicate: "300 fighters from both sides have died"
      if (p === 'ADP' && !linked) {
        let c = n + 1;
        while (c < sentEnd && c < n + 5 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(pos(c))) c++;
        if (c > n + 1 && (pos(c) === 'AUX' || pos(c) === 'VERB')) {
          n = c - 1;
          continue;
        }
      }
      break;
    }
    return null;
  }

  /** A participle inside the noun phrase: "500,000 displaced people", "3 wounded soldiers". */
  function participleEvent(quantityEnd: number, head: number): string | null {
    for (let n = quantityEnd; n < head; n++) {
      const v = lex.verbEvents.get(lows[n]!);
      if (v && (pos(n) === 'VERB' || pos(n) === 'ADJ' || PARTICIPLE.test(lows[n]!))) return v;
    }
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
    return words >= 3 && caps / words > 0.7;
  }

  /**
   * Two numbers from `first` to before `next` are a tally of votes or a score, not a range: before a noun of
   * one ("a 5-4 ruling"), or with no noun or unit after them when they fall ("passed the House 52-47", "won
   * 3-1") or follow a verb of voting or judging ("failed 14-22", "voted 46 to 53", "by a vote of 9 to 41");
   * number-context.txt, classes tally-after and tally-before. With a noun or a unit after them they count
   * something, as a range does ("could win 20 to 25 seats", "lost 10-15%").
   */
  function tallyAround(first: number, next: number, falling: boolean): boolean {
    if (has(next, 'tally-after')) return true;
    if (['NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM'].includes(pos(next)) || lows[next] === '%') return false;
    const before = lows[first - 1] === 'by' || lows[first - 1] === 'of' ? first - 2 : first - 1;
    return falling || has(before, 'tally-before');
  }

  /** The two counts of a tally written as one token ("52-47"), each a figure of its own; returns the next token. */
  function countsOfTally(k: number, sentStart: number): number {
    const token = tokens[k]!;
    const [, a, b] = DIGIT_RANGE.exec(lows[k]!)!;
    const event = governingEvent(k, sentStart, false, false);
    for (const [written, start] of [[a!, token.start], [b!, token.end - b!.length]] as const) {
      out.push({
        start, end: start + written.length, sentence: token.sentence, text: written, value: digitValue(written),
        lower: null, upper: null, lowerInclusive: null, upperInclusive: null, approximate: false, modifier: null,
        unit: null, kind: 'count', event,
      });
    }
    return k + 1;
  }

  /** A verb of change before "from": "rose from 5 to 10" gives two figures, not a range. `past`: only a
   * change written in the past ("rose", "has increased") counts. The verb's object may come between: "raised
   * the price of a gallon of petrol from 14.80 pesos to 19.95 pesos". */
  function changeBefore(fromTok: number, sentStart: number, past: boolean): boolean {
    for (let n = fromTok - 1; n >= sentStart && n >= fromTok - 10; n--) {
      if (has(n, 'change')) return !past || has(n, 'past') || PARTICIPLE.test(lows[n]!);
      const p = pos(n);
      if (p !== 'ADV' && p !== 'AUX' && p !== 'NOUN' && p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && lows[n] !== 'of') return false;
    }
    return false;
  }

  // --- one sentence --------------------------------------------------------------------------------------

  /** Tokens of a sentence that are not punctuation. */
  function countWords(a: number, b: number): number {
    let count = 0;
    for (let n = a; n < b; n++) if (pos(n) !== 'PUNCT') count++;
    return count;
  }

  function scanSentence(sentence: number, sentStart: number, sentEnd: number): void {
    let titled: boolean | null = null;
    /** The token after the last age read in the sentence: an age written as two figures goes on there. */
    let ageEnd = -1;
    let words: number | null = null;
    figures = [];
    let i = sentStart;
    while (i < sentEnd) {
      const found = tryAt(i);
      i = found > i ? found : i + 1;
    }
    // Coordinated figures before a shared predicate: "Four soldiers and 12 Palestinians were killed",
    // "10 Afghan and three foreign troops died".
    for (let j = figures.length - 2; j >= 0; j--) {
      const a = figures[j]!;
      const b = figures[j + 1]!;
      if (a.q.event !== null || b.q.event === null || !b.fromPredicate || (a.q.kind !== 'count' && a.q.kind !== 'percent')) continue;
      let n = a.nounEnd;
      while (n < b.first && n < a.nounEnd + 3 && (pos(n) === 'ADJ' || pos(n) === 'PROPN')) n++;
      if (lows[n] === ',' && n + 1 < b.first) n++;
      if (n === b.first - 1 && (lows[n] === 'and' || lows[n] === 'or' || lows[n] === ',')) {
        a.q.event = b.q.event;
        a.fromPredicate = true;
      }
    }

    /** Reads a quantity that starts at token i; returns the token after what it consumed, or i. */
    function tryAt(i: number): number {
      if (numberAhead[i]! - i > 7) return i; // the longest modifier and currency: 7 tokens
      if (!(numberAhead[i] === i || startsPhrase(lex.modifiersBefore, i) || startsPhrase(lex.unitsBefore, i))) return i;
      return readAt(i);
    }

    /** The reading behind `tryAt`'s quick tests, apart: its closures are made on every call, and most calls stop at the tests. */
    function readAt(i: number): number {
      const low = lows[i]!;
      // Phone numbers: "+44 20 7946 0958", "555-1234"
      if (PHONE.test(low) || (PHONE_PREFIX.test(low) && /^[\d(]/.test(lows[i + 1] ?? ''))) {
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
      let lowerInclusive: boolean | null = null;
      let upperInclusive: boolean | null = null;
      let k = core.next;
      let ratio = false;

      // The area code of a phone number: "(202) 555-0100"
      if (core.digits && lows[core.first - 1] === '(' && lows[core.next] === ')' && PHONE.test(lows[core.next + 1] ?? '')) {
        return core.next + 2;
      }

      // Ratios: "one in five", "nine out of 10", "1 in every 3"
      // ("eight of 10 voters": "of" only before 10 or 100, else it is a part: "303 of 543 seats")
      const ofRatio = lows[k] === 'of' && (lows[k + 1] === '10' || lows[k + 1] === 'ten' || lows[k + 1] === '100');
      if (plainNumber(core) && (has(k, 'ratio') || ofRatio) && (lows[k] !== 'out' || lows[k + 1] === 'of')) {
        let n = lows[k] === 'out' ? k + 2 : k + 1;
        if (lows[n] === 'every') n++;
        const whole = readCore(n, sentEnd, false);
        if (plainNumber(whole) && whole.value > core.value && !(whole.digits && YEAR.test(lows[whole.first]!)) &&
            !unitAfter(whole.next, sentEnd, whole.digits) && !(ofRatio && whole.scaled)) {
          value = percentOf(core.value / whole.value);
          ratio = true;
          k = whole.next;
        }
      }

      // Ranges: "between 5 and 10", "5 to 10", "from 5 to 10", "5-10", "two or three"; after "between" the
      // link is "and", after "anywhere from" it is "to"
      const betweenWord = pre && modifier === 'between' ? (lows[pre.next - 1] === 'from' ? 'to' : 'and') : null;
      let range: [number, number] | null = core.range;
      let orRange = false;
      /** Reads the second end of a range at k; the first end is `a`. */
      const tryRange = (a: number, firstScaled: boolean, unitAgain: string | null): boolean => {
        const link = rangeLink(k, betweenWord);
        if (!link) return false;
        const dashInside = link.second === k;
        const before2 = dashInside ? null : unitBefore(link.second, sentEnd);
        const second = readSecond(before2 ? before2.next : link.second, sentEnd, !!before2 || before?.kind === 'money', dashInside);
        // (A tally is exact and counts no millions: "roughly 1.1 million to 1.6 million votes" is a range.)
        if (!plainNumber(second) || (tallyAround(core.first, second.next, false) && !approximate && !firstScaled && !second.scaled)) return false;
        // a dash written tight joins like with like: "25-30", "twenty-thirty"; not "7-Eleven"
        if (DASHES.has(lows[k]!) && glued(k - 1, k) && glued(k, k + 1) && second.digits !== core.digits) return false;
        let lo = a;
        const hi = second.value;
        // "5 to 10 million": the scale of the second number applies to the first
        if (!firstScaled && second.scaled && lex.scales.has(lows[second.next - 1]!)) {
          const mul = lex.scales.get(lows[second.next - 1]!)!.value;
          if (times(lo, mul) <= hi) lo = times(lo, mul);
        }
        /** "two or three", "fell by 25 to 30 percent": numbers near enough for a guess between them. */
        const near = hi <= 3 * lo + 1;
        // "rose from 5 to 10", "rose by £8,000 to £231,000": two figures of a change, its amount and its result
        // ("could rise by 0.3 to 1 metre" is a range: only a change that happened has an amount and a result; nor
        // has one whose ends are near: "fell by 3.5 to 4 percent")
        const fromChange = !betweenWord && ((lows[i - 1] === 'from' && changeBefore(i - 1, sentStart, false)) ||
                                            (lows[i - 1] === 'by' && !near && changeBefore(i - 1, sentStart, true)));
        if (fromChange || (link.or && !near)) return false;
        if (!(lo < hi)) return false;
        let next = second.next;
        if (unitAgain !== null) {
          // "40% to 45%", "20 km to 30 km": the unit again after the second number
          const u = unitAfter(next, sentEnd, second.digits);
          if (!u || u.written.toLowerCase() !== unitAgain) return false;
          next = u.next;
        }
        range = [lo, hi];
        if (!before && before2) before = before2;
        k = next;
        if (modifier !== 'between' && lows[i - 1] === 'from' && !pre) first = i - 1;
        if (link.or) orRange = true;
        modifier = 'between';
        return true;
      };
      if (!range && !ratio && plainNumber(core)) tryRange(core.value, core.scaled, null);

      // [currency|percent|measure] [post-modifier]
      let kind: QuantityKind = before ? before.kind : 'count';
      let unit: string | null = before?.isUnit ? before.written : null;
      /** The first and last words of a unit after the number: "barrels" and "day" in "barrels a day". */
      let unitFirst = -1;
      let unitLast = -1;
      let measureAfter = false;
      let unitRead = false;
      /** A currency, percent or measure after the number: "5 dollars", "15%", "300 km", "90-plus minutes". */
      function readUnitAfter(): void {
        if (unitRead || ratio) return;
        const u = unitAfter(k, sentEnd, inDigits);
        if (!u) return;
        unitRead = true;
        if (before && before.kind === 'money' && u.kind === 'money') {
          k = u.next; // "$5 USD"
          return;
        }
        if (before && before.kind === 'money') {
          unitRead = false;
          return;
        }
        kind = u.kind;
        unit = u.isUnit ? u.written : null;
        measureAfter = kind === 'measure';
        unitFirst = k;
        unitLast = u.next - 1;
        k = u.next;
        // "10%-15%", "40% to 45%", "20 km to 30 km"
        if (!range && plainNumber(core) && value !== null) tryRange(value, core.scaled, u.written.toLowerCase());
      }
      if (core.suffix) {
        const u = lex.unitsGlued.get(core.suffix) ?? lex.unitsAfter.entries.get(core.suffix.toLowerCase());
        if (!u) return k; // "5G", "3D": a name
        if (!before || u.kind !== 'money') {
          kind = u.kind;
          unit = u.isUnit ? core.suffix : null;
          measureAfter = u.kind === 'measure';
          unitFirst = unitLast = core.first;
        }
      } else {
        readUnitAfter();
      }
      if (modifier === 'between' && !range) {
        // "between" with no second number: a preposition
        modifier = null;
        first = before ? before.first : core.first;
      }
      if (k < sentEnd && startsPhrase(lex.modifiersAfter, k) && (!modifier || modifier === 'about') && !range) {
        const post = matchPhrase(lex.modifiersAfter, k, sentEnd);
        if (post && !boundsNextFigure(post.next)) {
          wordModifier = true;
          modifier = post.value.modifier;
          approximate = approximate || post.value.approximate;
          k = post.next;
          if (!core.suffix && !before) readUnitAfter();
        }
      }
      if (range) {
        // A tally or a score written as one token is two counts: "passed 52-47", "won 3-1", "failed 14-22".
        // (Before a noun of a tally it is a compound adjective, no figure: "in a 5-4 ruling", "a 51-49 majority".)
        if (core.range && core.digits && has(core.next, 'tally-after')) return k;
        if (core.range && core.digits && tallyAround(core.first, core.next, range[0] > range[1])) return countsOfTally(core.first, sentStart);
        if (range[0] >= range[1]) return k; // falling before a noun or unit: no range, no tally
        value = null;
        [lower, upper] = range;
        modifier = 'between';
        lowerInclusive = upperInclusive = true;
        if (orRange) approximate = true;
      }
      const quantityEnd = k; // the figure as written ends here; the counted noun is not part of it

      // --- is it a quantity at all? ---
      const prev = first - 1;
      const coreFirst = core.first;
      const lead = before ? before.first : coreFirst; // the first token of the number, currency included
      if (core.ordinal && !options.ordinals) return quantityEnd;
      if (core.vague && !options.vague) return quantityEnd;
      // glued to a word: "F-16" cut as "F" + "-" + "16", "G7", "COVID-19"
      if (!before && lead > sentStart && glued(lead - 1, lead) && ENDS_WORDLIKE.test(tokens[lead - 1]!.text) &&
          !(pre && pre.next === lead)) {
        return quantityEnd;
      }
      if (quantityEnd < sentEnd && glued(quantityEnd - 1, quantityEnd) && LETTER_OR_DIGIT.test(tokens[quantityEnd]!.text) &&
          !(unitLast === quantityEnd - 1 && !LETTER_OR_DIGIT.test(tokens[unitLast]!.text))) {
        return quantityEnd + 1; // "0pm", "5G"; not "-10°" of "-10°C." cut as "-10" "°" "C."
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
      // ("at five in the morning", "before nine in the morning")
      if (has(lead - 1, 'clock-before') && lows[quantityEnd] === 'in' && lows[quantityEnd + 1] === 'the' && has(quantityEnd + 2, 'day-part')) return quantityEnd + 3;
      // "over three days" after anything but a word of length is "during three days": no bound
      // (A rate, whose unit opens with no time, is none: "60,000 barrels a day".)
      const timeUnit = measureAfter && unitFirst >= 0 && has(unitFirst, 'time');
      // "over" after a noun and before a figure of a noun is "about" or "across": "trial over €38 million
      // contracts", "shot down 58 drones over eight regions"; no bound
      // So is "over" before a sum that qualifies a singular noun, whatever comes before: "grilled over $214
      // million overtime bill".
      let qualified = quantityEnd;
      while (pos(qualified + 1) === 'NOUN') qualified++;
      const qualifies = kind === 'money' && pos(quantityEnd) === 'NOUN' && !plural(qualified) && !has(quantityEnd, 'day-word');
      // (A sum right after a noun is what the noun is about: "a row over £18m", "clash over €412m in unspent funds".)
      const preposition = (pos(i - 1) === 'NOUN' && ((kind !== 'measure' && pos(quantityEnd) === 'NOUN') || kind === 'money')) || qualifies;
      // "the past 30 years": after a determiner the word is an adjective
      const adjective = pre && pre.next === i + 1 && has(i, 'adjective') && pos(i - 1) === 'DET';
      if (adjective || ((timeUnit || preposition) && pre && lows[i] === 'over' && pre.next === i + 1 && !has(i - 1, 'length'))) {
        first = lead;
        modifier = null;
        wordModifier = false;
        approximate = false;
      }
      // times counted from a point: "eight years ago", "two days later" (a time before or after an event is the
      // length between them: "about 25 minutes before the first wave arrived")
      if (timeUnit && has(quantityEnd, 'relative')) {
        return quantityEnd + 1;
      }
      // ages: "aged 35", "the retirement age to 64", "35 years old", "He, 35, was killed", "Smith (35)"
      // ("a child of six": "of" after a singular noun of people, with no noun after the number)
      // ("older than 15": "than" after a word of age)
      const ageAt = (t: number) => has(t, 'age-before') || (['to', 'at', 'of', 'from', 'than', 'between'].includes(lows[t]!) && has(t - 1, 'age-before')) ||
        (lows[t] === 'of' && has(t - 1, 'person') && pos(t - 1) === 'NOUN' && !plural(t - 1) && !['NOUN', 'PROPN'].includes(pos(quantityEnd)));
      // "raise the retirement age from 62 to 65": the second figure of a change of an age is one too; so is the
      // second end of an age its units split in two: "aged between six months and 14 years" (not "aged 12 and 40 adults")
      const ageGoesOn = prev === ageEnd && ['and', 'to', 'or'].includes(lows[prev]!) && (timeUnit || (kind === 'count' && !['NOUN', 'PROPN'].includes(pos(quantityEnd))));
      if (ageAt(prev) || (lows[prev] === 'to' && ageAt(prev - 2)) || ageGoesOn) return (ageEnd = quantityEnd);
      if (measureAfter && has(quantityEnd, 'age-after')) return quantityEnd + 1;
      if (!wordModifier && !range && !before && kind === 'count' && core.digits &&
          ((lows[prev] === ',' && lows[quantityEnd] === ',') || (lows[prev] === '(' && lows[quantityEnd] === ')')) &&
          (pos(prev - 1) === 'PROPN' || pos(prev - 1) === 'PRON' ||
           (pos(prev - 1) === 'NOUN' && (pos(quantityEnd + 1) === 'VERB' || pos(quantityEnd + 1) === 'AUX')))) {
        return quantityEnd;
      }
      // names: "Article 5", "No. 10", "Task Force 1-77", "Boeing 737"
      if (!wordModifier && !before && (kind === 'count' || kind === 'measure') && !core.vague) {
        if (has(prev, 'name-before')) return quantityEnd;
      }
      // a number dialled: "called 911 for help", "dial 999" (not "called 500 workers", "called 2,300 too high")
      if (!wordModifier && !before && kind === 'count' && /^\d{3}$/.test(lows[core.first]!) && quantityEnd === core.first + 1 && !['NOUN', 'ADJ'].includes(pos(quantityEnd)) && has(prev, 'dial-before')) return quantityEnd;
      /** The figure is all the sentence holds ("one", "1/3", "more than 100."): a number for its own sake. */
      const alone = (): boolean => {
        let inside = 0;
        for (let n = first; n < quantityEnd; n++) if (pos(n) !== 'PUNCT') inside++;
        return inside === (words ??= countWords(sentStart, sentEnd));
      };
      // a fraction in digits alone: a share before "of", after "by" or a modifier ("3/4 of the island", "cut
      // by 1/3"), an amount of a measure ("3/4 mile"); else maybe a date ("on 3/4")
      if (core.fraction && !ratio) {
        if (kind === 'measure' || alone()) value = Math.round(value! * 10000) / 10000;
        else if (lows[quantityEnd] === 'of' || lows[prev] === 'by' || wordModifier) {
          value = percentOf(value!);
          kind = 'percent';
        } else return quantityEnd;
      }
      if (ratio) kind = 'percent';

      // the counted noun
      let head = -1;
      let nounEnd = quantityEnd;
      if (kind === 'count') {
        let afterOf = quantityEnd;
        if (core.vague || core.scaled) {
          // "millions of dollars", "hundreds of miles"
          if (lows[afterOf] === 'of') {
            const u = unitAfter(afterOf + 1, sentEnd, false);
            if (u && u.kind !== 'percent') {
              kind = u.kind;
              unit = u.isUnit ? u.written : null;
              nounEnd = u.next;
              afterOf = -1;
            }
          }
        }
        if (afterOf >= 0 && kind === 'count' && !core.share) {
          // (After a determiner the number may name its noun rather than count it: "the 3,200 figure comes from …".)
          const np = countedNoun(afterOf, sentEnd, core.vague !== null || core.scaled, value !== 1 && pos(first - 1) !== 'DET');
          if (np) {
            head = np.head;
            unit = text.slice(tokens[np.first]!.start, tokens[np.head]!.end);
            nounEnd = np.next;
          }
        }
      }
      if (kind === 'count' && !core.vague && !core.share && !before && !wordModifier && (head < 0 || pos(head) === 'PROPN')) {
        // a bare number after a proper noun is part of a name, unless the sentence is a title or the number
        // is a tally ("passed the House 232 to 196")
        // ("Dow Drops 800 Points" is a title; "Boeing 737 Max Grounded" a name even in one; a number word in lower
        // case is none: "gave Republicans six of the eight seats")
        if (pos(prev) === 'PROPN' && (core.digits || capitalised(coreFirst)) && !isMonth(prev) && !(lows[quantityEnd] === 'to' && isDigitStart(quantityEnd + 1)) &&
            (!(titled ??= titleCase(sentStart, sentEnd)) ||
             ((pos(quantityEnd) === 'PROPN' || pos(quantityEnd) === 'NOUN') && capitalised(quantityEnd) && !plural(quantityEnd)))) {
          return quantityEnd;
        }
      } else if (kind === 'count' && !before && !wordModifier && !range && !core.vague && !core.scaled && !core.share && !core.ordinal && head >= 0 &&
                 value !== 1 && !plural(head) && pos(head) !== 'PROPN') {
        // a count other than one with a singular noun: "a 911 caller", "the Apollo 11 mission" (a scale makes it a
        // figure: "500 million korun")
        return quantityEnd;
      }
      // ages again: "children under five", "people over 65"
      // (Any noun for people by what they do too: "workers over 58"; an age is no more than a lifetime.)
      // (The lexicon's look-up last: it runs only where all else makes an age.)
      const personAt = (t: number) => has(t, 'person') || (pos(t) === 'NOUN' && isRoleNoun(tokens[t]!.lemma.toLowerCase()));
      const lifetime = kind === 'count' && !range && value !== null && value <= 120;
      if (pre && lifetime && (head < 0 || !plural(head)) && pre.next === i + 1 && (modifier === 'less_than' || modifier === 'more_than') && personAt(i - 1)) {
        return (ageEnd = quantityEnd);
      }
      // A bare number said of one person is an age: "the youngest victim was 16", "she is 34".
      if (!pre && lifetime && head < 0 && Number.isInteger(value) && (lows[prev] === 'was' || lows[prev] === 'is') &&
          !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(pos(quantityEnd)) &&
          (lows[prev - 1] === 'he' || lows[prev - 1] === 'she' || (pos(prev - 1) === 'NOUN' && !plural(prev - 1) && personAt(prev - 1)))) {
        return (ageEnd = quantityEnd);
      }
      // a capitalised number word inside a sentence, before a capitalised word: "Zero Hedge", "Three Mile Island"
      if (!core.digits && coreFirst > sentStart && capitalised(coreFirst) && capitalised(quantityEnd) &&
          /^\p{L}/u.test(tokens[quantityEnd]?.text ?? '') && !(titled ??= titleCase(sentStart, sentEnd))) {
        return quantityEnd;
      }
      // years: "in 1998", "the 2016 election", "2015-2018"
      const yearLike = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1800 && v <= 2100;
      // before a noun of comparison, whatever comes before: "cut emissions to 32 percent below 2005 levels"
      if (core.digits && !core.scaled && !range && head === quantityEnd && YEAR.test(lows[coreFirst]!) && yearLike(value) && has(head, 'year-after')) {
        return quantityEnd;
      }
      if (core.digits && !before && !wordModifier && kind === 'count' && !core.scaled) {
        const written = lows[coreFirst]!;
        // Written as years, without a thousands separator: "2015-2018", not "1,800 to 1,900".
        const separated = lows.slice(coreFirst, quantityEnd).some((word) => /\d,\d/.test(word));
        if (range && !separated && yearLike(range[0]) && yearLike(range[1])) return quantityEnd;
        if (!range && YEAR.test(written) && yearLike(value) &&
            (head < 0 || !plural(head) || has(prev, 'year-before'))) {
          return quantityEnd;
        }
      }
      if (core.share) kind = 'percent';

      // a modifier after the counted noun: "50 people or more"
      let textEnd = quantityEnd;
      if (head >= 0 && !range && (!modifier || modifier === 'about') && nounEnd < sentEnd && !glued(nounEnd - 1, nounEnd) &&
          /^\p{L}/u.test(tokens[nounEnd]!.text) && startsPhrase(lex.modifiersAfter, nounEnd)) {
        const post = matchPhrase(lex.modifiersAfter, nounEnd, sentEnd);
        if (post && !boundsNextFigure(post.next)) {
          wordModifier = true;
          modifier = post.value.modifier;
          approximate = approximate || post.value.approximate;
          textEnd = nounEnd = post.next;
        }
      }

      // the event
      const direct = kind === 'measure' || kind === 'money';
      const governor = governingEvent(first, sentStart, direct, kind !== 'count');
      let event: string | null = null;
      let fromPredicate = false;
      const nounEvent = head >= 0 ? lex.nounEvents.get(lows[head]!) ?? null : null;
      if (nounEvent) event = nounEvent;
      else if (direct) event = governor;
      else {
        const predicate = predicateEvent(nounEnd, head, sentEnd);
        if (predicate?.strong) {
          event = predicate.event;
          fromPredicate = true;
        } else {
          event = governor ?? predicate?.event ?? (head >= 0 ? participleEvent(quantityEnd, head) : null);
          fromPredicate = !governor && !!predicate;
        }
      }
      // "one" counts only where it counts: "one person was killed", not "one of them", "one official said", "to
      // be treated as one" ("that" after a verb or a conjunction opens a clause, no demonstrative: "said that
      // one deputy was hurt", "and that one officer had been treated", "so that one generator can …").
      if (core.one && !wordModifier && !range && !ratio) {
        const clauseThat = lows[prev] === 'that' && (pos(prev - 1) === 'VERB' || pos(prev - 1) === 'CCONJ' || lows[prev - 1] === 'so');
        const asOne = lows[prev] === 'as' && head < 0;
        // A thing's noun after it counts it ("cleared the Senate by one vote", "one latrine for every 90 people"), but
        // not "from one ship to the next"; a person's only in an event ("one officer was injured"): "One witness
        // said …", "said one resident" is a source.
        // So does a rate: "one attendant for every 50 seats".
        // (Whatever a tagger made of the noun: "one attendant/ADJ for every 50 seats".)
        const rateAt = (t: number) => lows[t] === 'for' && (lows[t + 1] === 'every' || lows[t + 1] === 'each');
        const rate = rateAt(nounEnd) || rateAt(quantityEnd + 1);
        const countsThing = rate || (head >= 0 && !isPersonNoun(lows[head]!) && !isPersonNoun(tokens[head]!.lemma) && !(lows[prev] === 'from' && lows[nounEnd] === 'to'));
        if ((has(prev, 'one-not-after') && !clauseThat) || has(quantityEnd, 'one-not-before') || asOne || (!event && !alone() && !countsThing)) return quantityEnd;
      }
      if (core.ordinal) kind = 'ordinal';

      if (core.vague) {
        lower = core.vague.lower;
        upper = core.vague.upper;
        lowerInclusive = upperInclusive = true;
        approximate = true;
      } else if (!range && value !== null) {
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

      const startTok = tokens[first]!;
      const endTok = tokens[textEnd - 1]!;
      const q: QuantityMention = {
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
      };
      out.push(q);
      const figure: Figure = { q, first, nounEnd, governor, fromPredicate };
      figures.push(figure);

      // A lower and an upper bound joined: "more than 5 but fewer than 10", "at least 30 and as many as 45",
      // "more than 20,000 and possibly as many as 30,000", "less than 30 but more than 20"
      const join = nounEnd;
      const other = pos(join + 1) === 'ADV' && !startsPhrase(lex.modifiersBefore, join + 1) ? join + 2 : join + 1;
      const lowerFirst = !!modifier && LOWER_BOUNDS.has(modifier);
      if (modifier && (lowerFirst || UPPER_BOUNDS.has(modifier)) && !core.vague && (lows[join] === 'and' || lows[join] === 'but') &&
          startsPhrase(lex.modifiersBefore, other)) {
        const second = matchPhrase(lex.modifiersBefore, other, sentEnd);
        if (second && (lowerFirst ? UPPER_BOUNDS : LOWER_BOUNDS).has(second.value.modifier)) {
          const count = out.length;
          const after = tryAt(other);
          const b = out[count];
          const [lo, hi] = lowerFirst ? [q, b] : [b, q];
          if (out.length === count + 1 && b && b.kind === q.kind && lo && hi && lo.lower !== null && lo.upper === null &&
              hi.upper !== null && hi.lower === null && lo.lower < hi.upper) {
            out.pop();
            figures.pop();
            q.value = null;
            q.lower = lo.lower;
            q.lowerInclusive = lo.lowerInclusive;
            q.upper = hi.upper;
            q.upperInclusive = hi.upperInclusive;
            q.modifier = 'between';
            q.approximate = q.approximate || b.approximate;
            q.end = b.end;
            q.text = text.slice(q.start, q.end);
            q.unit ??= b.unit;
            q.event ??= b.event;
            return after;
          }
          return after;
        }
      }
      return quantityEnd;
    }
  }

  // The nearest token at or after each one that may begin a number: a token with none within reach of the
  // longest modifier and currency cannot start a figure, and is passed over at once.
  numberAhead = new Int32Array(tokens.length + 1).fill(tokens.length + 64);
  for (let n = tokens.length - 1; n >= 0; n--) {
    const low = lows[n]!;
    numberAhead[n] = ((facts[n]?.starts ?? 0) & NUMBER_START) !== 0 || isDigitStart(n) || MINUS.has(low) || low.includes('-') ? n : numberAhead[n + 1]!;
  }

  const ranges = doc.sentenceTokens;
  for (let s = 0; s < ranges.length; s++) {
    const [a, b] = ranges[s]!;
    if (b > a) scanSentence(s, Math.max(0, a), Math.min(b, tokens.length));
  }
  return out;
}
