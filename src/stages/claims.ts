import { hash } from 'node:crypto';
import { z } from 'zod';
import type { AttributionMention, DateMention, QuantityMention, Span, TaggedDoc } from '../document.js';
import { readWordSet } from '../lexicon/load.js';
import { findDates, isValidDay, referenceDate } from '../nlp/dates.js';
import { lowerCaseTexts } from '../nlp/tokens.js';
import { codePointIndexer } from '../offsets.js';
import { spanIndexAt } from '../spans.js';
import type { ClaimAttribution, ClaimDate, ClaimQuantity, ClaimRecord } from '../schema/claim.js';
import { defineStage } from '../stage.js';

// Makes the claim records of ../shared/CLAIM-RECORD.md: one per attribution, one per sentence that holds a
// figure and no attribution, or (option `all`) one per sentence. A sentence that a quote runs on into
// names the record of that quote's attribution (`quote_of`). Every offset becomes a code point index
// here, and every key is written in the contract's order.

export type ClaimsInput = TaggedDoc & { quantities?: QuantityMention[]; attributions?: AttributionMention[] };
export type ClaimsDoc = ClaimsInput & {
  /** The day relative dates count from: the document's `published` or `date` field, else the `date` option. */
  referenceDate: string | null;
  dates: DateMention[];
  records: ClaimRecord[];
};

export const claims = defineStage({
  name: 'claims',
  needs: ['segment', 'tag'],
  options: z
    .object({
      /** Give every sentence a record, not only those with an attribution or a figure. */
      all: z.boolean().default(false),
      /**
       * The day relative dates ("yesterday", "on Tuesday", "February 7") count from, `YYYY-MM-DD`, for
       * documents whose metadata has no `published` or `date` field. Absent (the default) or null: those
       * stay unresolved.
       */
      date: z.string().refine(isValidDay, { message: 'a date is written YYYY-MM-DD' }).nullable().optional(),
    })
    .strict(),
  create(options) {
    const hedgeWords = readWordSet('hedges.txt');
    return (doc: ClaimsInput): ClaimsDoc => {
      const at = codePointIndexer(doc.text);
      const lows = lowerCaseTexts(doc.tokens);
      const records: ClaimRecord[] = [];
      const quantities = (doc.quantities ?? []).filter((q) => q.kind !== 'ordinal' || options.all);
      const attributions = doc.attributions ?? [];
      const reference = referenceDate(doc.meta ?? {}, options.date ?? null);
      const documentDates = findDates(doc, reference);

      // Each mention goes to its sentence once, so a long document costs no more per sentence than a short one.
      const attributionsOf = groupBySentence(attributions, (a) => a.sentence);
      const figuresOf = groupBySentence(quantities, (q) => q.sentence);
      const datesOf = groupBySentence(documentDates, (d) => sentenceHolding(doc.sentences, d));
      const entitiesOf = groupBySentence(doc.entities, (e) => sentenceHolding(doc.sentences, e));
      // The sentences a quote runs on into, each with the attribution whose quote it is, and that attribution's record.
      const quoteOf = new Map(attributions.flatMap((a) => (a.quoteSentences ?? []).map((s) => [s, a] as const)));
      const recordOf = new Map<AttributionMention, string>();

      doc.sentences.forEach((sentence, s) => {
        const own = attributionsOf.get(s) ?? [];
        const figures = figuresOf.get(s) ?? [];
        if (!own.length && !figures.some((q) => q.kind !== 'ordinal') && !options.all) return;
        const [firstToken, endToken] = doc.sentenceTokens[s]!;
        let hedges: string[] = [];
        for (let t = firstToken; t < endToken; t++) if (hedgeWords.has(lows[t]!)) hedges.push(doc.tokens[t]!.text);
        if (hedges.length > 1) hedges = [...new Set(hedges)];
        const dates: ClaimDate[] = (datesOf.get(s) ?? []).map((d) => ({ text: d.text, start: at(d.start), end: at(d.end), iso: d.iso }));
        const entities = (entitiesOf.get(s) ?? []).map((e) => ({ text: e.text, start: at(e.start), end: at(e.end), type: e.type, canonical: e.canonical, entity_id: e.entityId }));
        const charStart = at(sentence.start);
        const charEnd = at(sentence.end);
        const sentenceText = doc.text.slice(sentence.start, sentence.end);
        const claimsOfSentence: Array<AttributionMention | null> = own.length ? own : [null];
        claimsOfSentence.forEach((attribution, ordinal) => {
          // The one-shot hash: a Hash object per record costs several times more.
          const id = 'c_' + hash('sha256', `${doc.docId}:${charStart}:${charEnd}:${ordinal}`).slice(0, 16);
          if (attribution?.quoteSentences) recordOf.set(attribution, id);
          const quoted = quoteOf.get(s);
          records.push({
            schema: 'claim/1',
            id,
            doc_id: doc.docId,
            doc_sha256: doc.sha256,
            sentence_index: s,
            char_start: charStart,
            char_end: charEnd,
            text: sentenceText,
            attribution: attribution && claimAttribution(attribution, at),
            quantities: figures.map((q) => claimQuantity(q, at, attribution)),
            entities,
            dates,
            hedges: attribution?.hedged ? [...new Set([attribution.cue.text, ...hedges])] : hedges,
            quote_of: (quoted && recordOf.get(quoted)) ?? null,
          });
        });
      });
      return { ...doc, referenceDate: reference, dates: documentDates, records };
    };
  },
});

function groupBySentence<T>(items: readonly T[], sentenceOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const s = sentenceOf(item);
    if (s < 0) continue;
    const group = groups.get(s);
    if (group) group.push(item);
    else groups.set(s, [item]);
  }
  return groups;
}

/** The sentence that holds the whole span, or -1 when it runs over a sentence end. */
function sentenceHolding(sentences: readonly Span[], span: Span): number {
  const s = spanIndexAt(sentences, span.start);
  return s >= 0 && span.end <= sentences[s]!.end ? s : -1;
}

function claimAttribution(a: AttributionMention, at: (utf16: number) => number): ClaimAttribution {
  return {
    source: { text: a.source.text, start: at(a.source.start), end: at(a.source.end), name: a.source.name, kind: a.source.kind, entity_id: a.source.entityId },
    cue: { text: a.cue.text, lemma: a.cue.lemma, start: at(a.cue.start), end: at(a.cue.end) },
    type: a.type,
    quote: a.quote,
    content: { text: a.content.text, start: at(a.content.start), end: at(a.content.end) },
  };
}

function claimQuantity(q: QuantityMention, at: (utf16: number) => number, attribution: AttributionMention | null): ClaimQuantity {
  return {
    text: q.text,
    start: at(q.start),
    end: at(q.end),
    value: q.value,
    lower: q.lower,
    upper: q.upper,
    lower_inclusive: q.lowerInclusive,
    upper_inclusive: q.upperInclusive,
    approximate: q.approximate,
    modifier: q.modifier,
    unit: q.unit,
    kind: q.kind,
    event: q.event,
    attributed: !!attribution && q.start >= attribution.content.start && q.end <= attribution.content.end,
  };
}
