import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractText } from '../src/index.js';
import { ClaimRecord, claimJsonSchemaText } from '../src/schema/claim.js';
import { figureJsonSchemaText } from '../src/schema/figure.js';
import { corpusDir, hasCorpus, packageRoot, parseJsonl, runInProcess, samplesDir } from './support/run.js';

// The claim record of ../shared/CLAIM-RECORD.md (schema claim/1): the committed JSON Schemas (its own and
// that of the figure record, figure/1), and every record the samples give checked for its shape, its key
// order and its offsets.

/** The keys of the contract, in the contract's order, for the record and every object inside it. */
const CONTRACT_KEYS = {
  record: ['schema', 'id', 'doc_id', 'doc_sha256', 'sentence_index', 'char_start', 'char_end', 'text', 'attribution', 'quantities', 'entities', 'dates', 'hedges', 'quote_of'],
  attribution: ['source', 'cue', 'type', 'quote', 'content'],
  source: ['text', 'start', 'end', 'name', 'kind', 'entity_id'],
  cue: ['text', 'lemma', 'start', 'end'],
  content: ['text', 'start', 'end'],
  quantity: ['text', 'start', 'end', 'value', 'lower', 'upper', 'lower_inclusive', 'upper_inclusive', 'approximate', 'modifier', 'unit', 'kind', 'event', 'attributed'],
  entity: ['text', 'start', 'end', 'type', 'canonical', 'entity_id'],
  date: ['text', 'start', 'end', 'iso'],
};

type Span = { text: string; start: number; end: number };

/** Checks the keys of a record and of each object in it; `where` names the record in failures. */
function expectContractKeys(record: ClaimRecord, where: string): void {
  expect(Object.keys(record), `${where}: record keys`).toEqual(CONTRACT_KEYS.record);
  const a = record.attribution;
  if (a) {
    expect(Object.keys(a), `${where}: attribution keys`).toEqual(CONTRACT_KEYS.attribution);
    expect(Object.keys(a.source), `${where}: attribution.source keys`).toEqual(CONTRACT_KEYS.source);
    expect(Object.keys(a.cue), `${where}: attribution.cue keys`).toEqual(CONTRACT_KEYS.cue);
    expect(Object.keys(a.content), `${where}: attribution.content keys`).toEqual(CONTRACT_KEYS.content);
  }
  record.quantities.forEach((q, i) => expect(Object.keys(q), `${where}: quantities[${i}] keys`).toEqual(CONTRACT_KEYS.quantity));
  record.entities.forEach((e, i) => expect(Object.keys(e), `${where}: entities[${i}] keys`).toEqual(CONTRACT_KEYS.entity));
  record.dates.forEach((d, i) => expect(Object.keys(d), `${where}: dates[${i}] keys`).toEqual(CONTRACT_KEYS.date));
}

/** Every span of a record, named as a path into it. */
function spansOf(record: ClaimRecord): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [['sentence', { text: record.text, start: record.char_start, end: record.char_end }]];
  if (record.attribution) {
    for (const part of ['source', 'cue', 'content'] as const) spans.push([`attribution.${part}`, record.attribution[part]]);
  }
  record.quantities.forEach((q, i) => spans.push([`quantities[${i}]`, q]));
  record.entities.forEach((e, i) => spans.push([`entities[${i}]`, e]));
  record.dates.forEach((d, i) => spans.push([`dates[${i}]`, d]));
  return spans;
}

/** Slices by code points, as Python's `text[start:end]` does. */
function expectSpansSliceByCodePoints(record: ClaimRecord, documentText: string, where: string): void {
  const codePoints = [...documentText];
  for (const [name, span] of spansOf(record)) {
    expect(span.start, `${where}: ${name} start ≤ end`).toBeLessThanOrEqual(span.end);
    expect(span.end, `${where}: ${name} ends inside the document`).toBeLessThanOrEqual(codePoints.length);
    expect(codePoints.slice(span.start, span.end).join(''), `${where}: ${name} [${span.start}, ${span.end})`).toBe(span.text);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

test.for([
  { file: 'claim-1.schema.json', zod: 'ClaimRecord', text: claimJsonSchemaText },
  { file: 'figure-1.schema.json', zod: 'FigureRecord', text: figureJsonSchemaText },
])('schema/$file is the JSON Schema of the zod $zod', async ({ file, text }) => {
  const committed = await readFile(join(packageRoot, 'schema', file), 'utf8').catch(() => '(missing)');
  expect(committed, `schema/${file} is out of date: run \`npm run schema\` and commit the result`).toBe(text());
});

test('a quoted sentence with a figure after its cue’s sentence is a record of its own that names the quote’s attribution', () => {
  const [said, quoted] = extractText('"We are still searching," said Dr. Lena Voss. "We have counted 17 dead."');
  expect(said!.attribution?.quote).toBe('We are still searching, We have counted 17 dead.');
  expect(quoted).toMatchObject({ attribution: null, quote_of: said!.id, quantities: [{ text: '17', attributed: false }] });
});

test('the zod schema declares its keys in the contract order', () => {
  expect(Object.keys(ClaimRecord.shape)).toEqual(CONTRACT_KEYS.record);
});

describe('the records of samples/' + (hasCorpus ? ' and ../shared/corpus' : ''), () => {
  let tmp: string;
  let records: ClaimRecord[];
  const texts = new Map<string, { doc_sha256: string; text: string }>();

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'claimline-schema-'));
    const inputs = hasCorpus ? [samplesDir, corpusDir] : [samplesDir];
    const result = await runInProcess(['extract', ...inputs, '--workers', '0', '--quiet', '--docs-out', 'docs.jsonl'], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    records = parseJsonl<ClaimRecord>(result.stdout);
    for (const doc of parseJsonl<{ doc_id: string; doc_sha256: string; text: string }>(await readFile(join(tmp, 'docs.jsonl'), 'utf8'))) {
      expect(texts.has(doc.doc_id), `two documents are called ${doc.doc_id}`).toBe(false);
      texts.set(doc.doc_id, doc);
    }
  });

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  test('there are records, from every sample document', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.doc_id))).toEqual(new Set(texts.keys()));
  });

  test('every record validates against the zod ClaimRecord schema', () => {
    for (const record of records) {
      const parsed = ClaimRecord.safeParse(record);
      expect(parsed.success ? [] : parsed.error.issues, `${record.doc_id} sentence ${record.sentence_index}`).toEqual([]);
    }
  });

  test('every record has exactly the contract keys, in the contract order, nested objects too', () => {
    for (const record of records) expectContractKeys(record, `${record.doc_id} sentence ${record.sentence_index}`);
  });

  test('every offset is a code point offset into the document text: slicing gives the span text', () => {
    for (const record of records) {
      const doc = texts.get(record.doc_id)!;
      expect(record.doc_sha256).toBe(doc.doc_sha256);
      expect(sha256(doc.text)).toBe(doc.doc_sha256);
      expectSpansSliceByCodePoints(record, doc.text, `${record.doc_id} sentence ${record.sentence_index}`);
    }
  });

  test('quote_of names an earlier attributed record of the same document', () => {
    const attributed = new Map(records.filter((r) => r.attribution).map((r) => [r.id, r]));
    for (const record of records.filter((r) => r.quote_of)) {
      const quoted = attributed.get(record.quote_of!);
      expect(quoted?.doc_id, `${record.doc_id} sentence ${record.sentence_index}`).toBe(record.doc_id);
      expect(quoted!.sentence_index).toBeLessThan(record.sentence_index);
    }
  });

  test('ids follow the contract, and records come in text order', () => {
    const ordinals = new Map<string, number>();
    let previous: ClaimRecord | undefined;
    for (const record of records) {
      const sentence = `${record.doc_id}:${record.char_start}:${record.char_end}`;
      const ordinal = ordinals.get(sentence) ?? 0;
      ordinals.set(sentence, ordinal + 1);
      expect(record.id, `${record.doc_id} sentence ${record.sentence_index}`).toBe('c_' + sha256(`${sentence}:${ordinal}`).slice(0, 16));
      if (previous?.doc_id === record.doc_id) expect(record.sentence_index).toBeGreaterThanOrEqual(previous.sentence_index);
      previous = record;
    }
    expect(new Set(records.map((r) => r.id)).size, 'ids are unique').toBe(records.length);
  });
});

describe('astral characters (outside the BMP, two UTF-16 units each)', () => {
  const prefix = '🇺🇦 📰\n\n';
  const text = `${prefix}The ministry said 12 people were killed in Kyiv on Monday.\n\n😀 Officials said about 30 more 🚑 were hurt in Odesa.`;

  test('offsets count code points, not UTF-16 units', () => {
    expect(prefix.length).toBeGreaterThan([...prefix].length); // the test means something
    const records = extractText(text, { id: 'astral' });
    expect(records.length).toBeGreaterThan(0);
    const first = records[0]!;
    expect(first.text.startsWith('The ministry said 12')).toBe(true);
    expect(first.char_start).toBe([...prefix].length);
    for (const record of records) {
      expect(ClaimRecord.safeParse(record).success).toBe(true);
      expectContractKeys(record, `sentence ${record.sentence_index}`);
      expectSpansSliceByCodePoints(record, text, `sentence ${record.sentence_index}`);
      expect(record.doc_sha256).toBe(sha256(text));
    }
    // A figure after astral characters inside its own sentence, too.
    const later = records.find((r) => r.text.includes('about 30'));
    expect(later?.quantities.map((q) => q.text)).toContain('about 30');
  });
});
