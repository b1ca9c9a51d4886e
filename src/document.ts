import type { ActorLexicon } from './nlp/actors.js';

// The per-document object that flows through the stages. Each stage's output type extends the one
// before with its own fields only, so a reader can see what every stage adds by reading this file top to
// bottom. Offsets inside the pipeline are UTF-16 indices into `text`; the claims stage turns them into
// code points (src/offsets.ts) when it makes records.

/** A half-open range `[start, end)` of UTF-16 indices into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type DocFormat = 'text' | 'markdown' | 'html';

/** What the reader hands to a worker: raw bytes of a file, or the string of a JSONL line's `text`. */
export interface DocInput {
  /** 0-based position in the input; output is written in this order. */
  index: number;
  docId: string;
  format: DocFormat;
  input: Uint8Array | string;
  /** Fields of a JSONL line other than `id` and `text`; `{}` for files. */
  meta: Record<string, unknown>;
  /**
   * With `--resume`: the doc_sha256 values of this doc_id whose records the output already holds. A
   * document whose text hashes to one of them goes no further than the stage that hashes it.
   */
  alreadyWritten?: readonly string[];
}

export interface DecodedDoc extends DocInput {
  /** The input as a string, before any markup is removed. */
  decoded: string;
  /** The encoding the bytes were read as (`utf-8`, `windows-1252`, …). */
  encoding: string;
}

export interface ExtractedDoc extends DecodedDoc {
  /** The article text every offset refers to: for HTML the readable text, else the decoded input. */
  text: string;
  title: string | null;
  /** sha256 hex of `text`. */
  sha256: string;
}

export interface Quote extends Span {
  /** The words inside the marks. */
  inner: Span;
  /** Sentences the quote touches, first and last (inclusive). */
  firstSentence: number;
  lastSentence: number;
}

export interface SegmentedDoc extends ExtractedDoc {
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp (`NOUN`, `VERB`, `PROPN`, `NUM`, `PUNCT`, …). */
  pos: string;
  /** Lower-case lemma. */
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** A number, date or time span that wink-nlp recognised. */
export interface ValueMention extends Span {
  text: string;
  type: 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT' | 'DATE' | 'TIME' | 'DURATION';
}

/** A date or time as written, with the calendar day it names where it names one (src/nlp/dates.ts). */
export interface DateMention extends Span {
  text: string;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** `YYYY-MM-DD`, or null: no reference date, or not one day ("last week", "June 2017", "10 a.m."). */
  iso: string | null;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'nationality';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  canonical: string;
  entityId: string;
}

export interface TaggedDoc extends SegmentedDoc {
  tokens: Token[];
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: Array<[number, number]>;
  values: ValueMention[];
  entities: EntityMention[];
  /** The actor table this document was tagged with (built-in plus the pipeline's aliases), for later stages. */
  actors: ActorLexicon;
}

export type QuantityKind = 'count' | 'percent' | 'money' | 'measure' | 'ordinal';
export type QuantityModifier = 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'about' | 'up_to' | 'between';

export interface QuantityMention extends Span {
  sentence: number;
  text: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  lowerInclusive: boolean | null;
  upperInclusive: boolean | null;
  approximate: boolean;
  modifier: QuantityModifier | null;
  unit: string | null;
  kind: QuantityKind;
  event: string | null;
}

export interface QuantifiedDoc extends TaggedDoc {
  quantities: QuantityMention[];
}

export type SourceKind = 'person' | 'organization' | 'government' | 'media' | 'anonymous' | 'unspecified' | 'unresolved';
export type AttributionType = 'direct' | 'mixed' | 'indirect';

export interface AttributionMention {
  sentence: number;
  source: Span & { text: string; name: string; kind: SourceKind; entityId: string | null };
  cue: Span & { text: string; lemma: string };
  type: AttributionType;
  quote: string | null;
  content: Span & { text: string };
  /** Cue lemmas that lower certainty (`claim`, `allege`) are reported as hedges. */
  hedged: boolean;
  /** Where the speaker's quotes end when later quoted sentences carry on from this attribution. */
  carriedTo?: number;
  /** Those later sentences, each a quotation and nothing more (“…,” she said. “…”). */
  quoteSentences?: number[];
}

export interface AttributedDoc extends QuantifiedDoc {
  attributions: AttributionMention[];
}
