import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extract, extractText, type ClaimRecord } from '../src/index.js';
import { entityId } from '../src/nlp/actors.js';
import { samplesDir } from './support/run.js';

// The checks, end to end: on the sample article of the shared corpus with --date 2018-02-08, and the
// same kind of checks on samples/, whose JSONL feed dates its documents with a `published` field.

const khashamFile = fileURLToPath(new URL('../../shared/corpus/khasham.txt', import.meta.url));

/** entity_id of every mention written `written`, over all records. */
function idsOf(records: ClaimRecord[], written: string): Set<string> {
  return new Set(records.flatMap((r) => r.entities.filter((e) => e.text === written).map((e) => e.entity_id)));
}

/** The one id that all of `forms` share (each form must be found). */
function sharedId(records: ClaimRecord[], forms: string[]): string {
  const ids = forms.map((form) => {
    const found = idsOf(records, form);
    expect(found.size, `"${form}" found with one id`).toBe(1);
    return [...found][0]!;
  });
  expect(new Set(ids).size, `${forms.join(', ')}: one id`).toBe(1);
  return ids[0]!;
}

const isoOf = (records: ClaimRecord[], written: string) => new Set(records.flatMap((r) => r.dates.filter((d) => d.text === written).map((d) => d.iso)));

describe.runIf(existsSync(khashamFile))('khasham.txt with the date 2018-02-08', () => {
  const text = existsSync(khashamFile) ? readFileSync(khashamFile, 'utf8') : '';
  const records = extractText(text, { id: 'khasham.txt', date: '2018-02-08', all: true });
  const claimRecords = extractText(text, { id: 'khasham.txt', date: '2018-02-08' });

  test('"Syrian Democratic Forces" and "SDF" share one entity_id', () => {
    expect(sharedId(records, ['Syrian Democratic Forces', 'SDF'])).toBe(entityId('Syrian Democratic Forces'));
  });

  test('"U.S. Central Command" and "CENTCOM" share one entity_id', () => {
    expect(sharedId(records, ['U.S. Central Command', 'CENTCOM'])).toBe(entityId('U.S. Central Command'));
  });

  test('"US", "U.S.", "USA" and "the United States" share one entity_id', () => {
    expect(sharedId(records, ['US', 'U.S.', 'USA', 'United States'])).toBe(entityId('United States'));
  });

  test('"Islamic State", "IS" and "ISIS" share one entity_id', () => {
    expect(sharedId(records, ['Islamic State', 'IS', 'ISIS'])).toBe(entityId('Islamic State'));
  });

  test('the attribution whose source is "CENTCOM" carries that entity_id', () => {
    const centcom = claimRecords.filter((r) => r.attribution?.source.text === 'CENTCOM');
    expect(centcom).toHaveLength(1);
    expect(centcom[0]!.attribution!.source.entity_id).toBe(entityId('U.S. Central Command'));
  });

  test('"February 7" and "yesterday" resolve to 2018-02-07; "Tuesday" to 2018-02-06; months stay null', () => {
    expect(isoOf(records, 'February 7')).toEqual(new Set(['2018-02-07']));
    expect(isoOf(records, 'yesterday')).toEqual(new Set(['2018-02-07']));
    expect(isoOf(records, 'today')).toEqual(new Set(['2018-02-08']));
    expect(isoOf(records, 'Tuesday')).toEqual(new Set(['2018-02-06']));
    expect(isoOf(records, 'June previous year')).toEqual(new Set([null]));
  });

  test('group terms and persons', () => {
    expect(sharedId(records, ['pro-Assad troops', 'pro-Assad fighters', 'Pro-Assad troops'])).toBe(entityId('pro-Assad forces'));
    expect(sharedId(records, ['US forces', 'American forces'])).toBe(entityId('American forces'));
    const sources = claimRecords.map((r) => r.attribution?.source).filter((s) => s?.entity_id);
    // Every source that names an entity carries an id that is among the entities of the records.
    const ids = new Set(records.flatMap((r) => r.entities.map((e) => e.entity_id)));
    for (const source of sources) expect(ids.has(source!.entity_id!), source!.text).toBe(true);
    expect(claimRecords.find((r) => r.attribution?.source.text === 'it')?.attribution?.source.entity_id).toBe(entityId('SANA'));
  });

  test('without a date, relative dates stay unresolved; dated ones do not need it', () => {
    const undated = extractText(text, { id: 'khasham.txt', all: true });
    expect(isoOf(undated, 'yesterday')).toEqual(new Set([null]));
    expect(isoOf(undated, 'February 7')).toEqual(new Set([null]));
  });
});

async function collect(records: AsyncIterable<ClaimRecord>): Promise<ClaimRecord[]> {
  const all: ClaimRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

const sampleRecords = await collect(extract([samplesDir], { workers: 0, all: true }));

describe('samples/', () => {
  const records = sampleRecords;
  const ofDoc = (docId: string) => records.filter((r) => r.doc_id === docId);

  test('the feed’s published field dates its documents', () => {
    // feed-001 was published on Saturday 14 March 2026, feed-002 on Sunday the 15th.
    expect(isoOf(ofDoc('feed-001'), 'Friday')).toEqual(new Set(['2026-03-13']));
    expect(isoOf(ofDoc('feed-002'), 'Friday')).toEqual(new Set(['2026-03-13']));
    expect(isoOf(ofDoc('feed-002'), 'Saturday')).toEqual(new Set(['2026-03-14']));
  });

  test('files without a date keep relative dates unresolved, unless a date is given', async () => {
    expect(isoOf(ofDoc('ceasefire.txt'), 'Wednesday')).toEqual(new Set([null]));
    const dated = await collect(extract([join(samplesDir, 'ceasefire.txt')], { workers: 0, all: true, date: '2026-03-14' }));
    expect(isoOf(dated, 'Wednesday')).toEqual(new Set(['2026-03-11']));
  });

  test('an acronym the article defines and a short surname share their full name’s id', () => {
    const ceasefire = ofDoc('ceasefire.txt');
    expect(sharedId(ceasefire, ['Northern Observatory for Human Rights', 'NOHR'])).toBe(entityId('Northern Observatory for Human Rights'));
    expect(sharedId(ceasefire, ['Samir Haddad', 'Haddad'])).toBe(entityId('Samir Haddad'));
    const haddad = ceasefire.find((r) => r.attribution?.source.text === 'Haddad');
    expect(haddad?.attribution?.source.entity_id).toBe(entityId('Samir Haddad'));
    expect(ceasefire.find((r) => r.attribution?.source.text === 'the U.N. refugee agency')?.attribution?.source.entity_id).toBe(entityId('UNHCR'));
  });

  test('one actor, one id across documents', async () => {
    // "the Red Cross" (flood-relief.md) is the table's International Committee of the Red Cross.
    expect(idsOf(ofDoc('flood-relief.md'), 'Red Cross')).toEqual(new Set([entityId('International Committee of the Red Cross')]));
    expect(idsOf(ofDoc('border-shelling.txt'), 'United Nations')).toEqual(new Set([entityId('United Nations')]));
    const again = await collect(extract([{ id: 'other', text: 'A spokesman for the United Nations said the Red Cross had no access.' }], { workers: 0, all: true }));
    expect(idsOf(again, 'United Nations')).toEqual(idsOf(ofDoc('border-shelling.txt'), 'United Nations'));
    expect(idsOf(again, 'Red Cross')).toEqual(idsOf(ofDoc('flood-relief.md'), 'Red Cross'));
  });
});

test('user aliases through the library: a path or a line', async () => {
  const line = 'Karaveli Regional Council | organization | government | Karaveli council';
  const records = extractText('The Karaveli council said 12 people were killed.', { aliases: line });
  expect(records[0]!.entities).toMatchObject([{ text: 'Karaveli council', canonical: 'Karaveli Regional Council', entity_id: entityId('Karaveli Regional Council') }]);
  expect(records[0]!.attribution?.source).toMatchObject({ name: 'Karaveli Regional Council', kind: 'government', entity_id: entityId('Karaveli Regional Council') });
  // The table is the pipeline's: another pipeline on the same thread does not see it.
  expect(extractText('The Karaveli council said 12 people were killed.')[0]!.entities).toEqual([]);
  expect(() => extractText('x', { aliases: join(samplesDir, 'no-such-aliases.txt') })).toThrow(/cannot read the alias file/);
});
