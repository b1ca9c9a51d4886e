// The figures of claim records that can be compared: each quantity once, with who gives it, what it counts
// (its kind and noun), where and when, and the numbers it allows.

import type { ClaimQuantity, ClaimRecord } from '../schema/claim.js';
import type { FigureSource } from '../schema/figure.js';
import { intervalOf, type Interval } from './interval.js';
import { ANY_NOUN, compareLexicons, type CompareLexicons } from './lexicons.js';

export const ARTICLE_SOURCE_NAME = '(the article)';

export type Measure = 'count' | 'percent' | 'money' | 'measure';

export interface Figure {
  /** Position among the figures read: groups and their members keep input order. */
  order: number;
  doc_id: string;
  claim_id: string;
  sentence_index: number;
  sentence: string;
  source: FigureSource;
  /** One source, across documents where it has an entity id; an unnamed source or the article, in its document. */
  sourceKey: string;
  quantity: ClaimQuantity;
  kind: string;
  measure: Measure;
  /** The counted noun's class (counted-nouns.txt), or `any`. */
  noun: string;
  /** Places the sentence names, entity id → canonical name. */
  places: Map<string, string>;
  /** Places, groups, organizations and people the sentence names besides the figure's own source, entity id → canonical name. */
  anchors: Map<string, string>;
  /** The days the sentence's dates resolve to. */
  dates: string[];
  interval: Interval;
}

/** Lower-case words of a text: letters and digits, with inner apostrophes and hyphens. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function startsWith(words: string[], phrase: string[]): boolean {
  return phrase.every((word, i) => words[i] === word);
}

function endsWith(words: string[], phrase: string[]): boolean {
  return startsWith(words.slice(words.length - phrase.length), phrase);
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  return words.some((_, i) => startsWith(words.slice(i), phrase));
}

/** The words of a figure's sentence before it and after it. */
interface Context {
  sentence: string[];
  before: string[];
  after: string[];
}

function contextOf(record: ClaimRecord, q: ClaimQuantity): Context {
  const codePoints = Array.from(record.text);
  return {
    sentence: wordsOf(record.text),
    before: wordsOf(codePoints.slice(0, q.start - record.char_start).join('')),
    after: wordsOf(codePoints.slice(q.end - record.char_start).join('')),
  };
}

/**
 * Two events joined by "or" or "and" right at the figure ("kill or wound 100", "100 killed or wounded")
 * make it a figure of both kinds at once ("killed or wounded"): it counts neither alone.
 */
function joinedKind(kind: string, context: Context, lex: CompareLexicons): string {
  const kindOfWord = (word: string | undefined) => lex.kindByEvent.get(lex.eventByForm.get(word ?? '') ?? '');
  const pairs: Array<[string | undefined, string | undefined]> = [];
  const { before, after } = context;
  if (before.length >= 3 && (before.at(-2) === 'or' || before.at(-2) === 'and')) pairs.push([before.at(-3), before.at(-1)]);
  after.slice(1, 5).forEach((word, i) => {
    if (word === 'or' || word === 'and') pairs.push([after[i], after[i + 2]]);
  });
  for (const [first, second] of pairs) {
    const kinds = [kindOfWord(first), kindOfWord(second)];
    if (kinds.includes(kind) && kinds[0] && kinds[1] && kinds[0] !== kinds[1]) {
      return kinds.sort((a, b) => lex.kinds.indexOf(a!) - lex.kinds.indexOf(b!)).join(' or ');
    }
  }
  return kind;
}

/** What a figure counts (figure-kinds.txt), or null when it is nothing claimline compares. */
function kindOf(q: ClaimQuantity, unit: string, noun: string, context: Context, lex: CompareLexicons): string | null {
  const bySentence = () => lex.kindBySentence.find((k) => k.phrases.some((phrase) => containsPhrase(context.sentence, phrase)))?.kind;
  const kind = q.event !== null ? lex.kindByEvent.get(q.event) : (lex.kindByNoun.get(unit) ?? (noun === ANY_NOUN ? bySentence() : undefined));
  return kind ? joinedKind(kind, context, lex) : null;
}

/** Whether the figure is a part of a larger count, or a count on top of one (figure-parts.txt). */
function isPart(context: Context, lex: CompareLexicons): boolean {
  return lex.partsBefore.some((phrase) => endsWith(context.before, phrase)) || lex.partsAfter.some((phrase) => startsWith(context.after, phrase));
}

const article = (docId: string) => ({ source: { name: ARTICLE_SOURCE_NAME, kind: 'article' as const, entity_id: null }, sourceKey: `${docId}\u0000article` });

/**
 * The figures of claim records, each quantity once. A quantity appears in every record of its sentence (a
 * sentence with two attributions gives two records); it is the source's figure in the record whose
 * attribution's content holds it (`attributed`), or in a quotation that runs on from an attribution
 * (`quote_of`), else the article's own.
 */
export class FigureCollector {
  private readonly figures = new Map<string, Figure>();
  /** Quantities already read that are nothing to compare: their other records need no second look. */
  private readonly passed = new Set<string>();
  private readonly lex = compareLexicons();
  /** The attributions of the current document's records by id, for the quoted sentences that name one (`quote_of`). */
  private attributions = new Map<string, NonNullable<ClaimRecord['attribution']>>();
  private docId: string | null = null;

  constructor(private readonly margin: number) {}

  add(record: ClaimRecord): void {
    if (record.doc_id !== this.docId) {
      this.docId = record.doc_id;
      this.attributions = new Map();
    }
    if (record.attribution) this.attributions.set(record.id, record.attribution);
    for (const q of record.quantities) {
      const key = `${record.doc_id}\u0000${q.start}\u0000${q.end}`;
      const seen = this.figures.get(key);
      if (this.passed.has(key) || (seen && (seen.quantity.attributed || !q.attributed))) continue;
      const figure = seen ? { ...seen, ...this.sourced(record, q) } : this.figureOf(record, q, this.figures.size);
      if (figure) this.figures.set(key, figure);
      else this.passed.add(key);
    }
  }

  /** The figures that can be compared, in input order. */
  list(): Figure[] {
    return [...this.figures.values()];
  }

  private sourced(record: ClaimRecord, q: ClaimQuantity): Pick<Figure, 'source' | 'sourceKey' | 'claim_id' | 'quantity' | 'anchors'> {
    // A figure in a quotation that runs on from an attribution is its source's.
    const attribution = q.attributed ? record.attribution : record.quote_of ? (this.attributions.get(record.quote_of) ?? null) : null;
    const { source, sourceKey } = attribution
      ? {
          source: { name: attribution.source.name, kind: attribution.source.kind, entity_id: attribution.source.entity_id },
          sourceKey: attribution.source.entity_id ?? `${record.doc_id}\u0000${attribution.source.kind}\u0000${attribution.source.name}`,
        }
      : article(record.doc_id);
    const anchors = new Map(record.entities.filter((e) => e.type !== 'nationality' && e.entity_id !== source.entity_id).map((e) => [e.entity_id, e.canonical]));
    return { source, sourceKey, claim_id: record.id, quantity: q, anchors };
  }

  private figureOf(record: ClaimRecord, q: ClaimQuantity, order: number): Figure | null {
    if (q.kind === 'ordinal') return null;
    const context = contextOf(record, q);
    const unit = q.unit?.toLowerCase() ?? '';
    const noun = this.lex.nounByUnit.get(unit) ?? (unit || ANY_NOUN);
    const kind = kindOf(q, unit, noun, context, this.lex);
    const interval = intervalOf(q, this.margin);
    if (!kind || !interval || isPart(context, this.lex)) return null;
    return {
      order,
      doc_id: record.doc_id,
      sentence_index: record.sentence_index,
      sentence: record.text,
      ...this.sourced(record, q),
      kind,
      measure: q.kind,
      noun,
      places: new Map(record.entities.filter((e) => e.type === 'place').map((e) => [e.entity_id, e.canonical])),
      dates: [...new Set(record.dates.flatMap((d) => (d.iso ? [d.iso] : [])))].sort(),
      interval,
    };
  }
}
