import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareCommand } from '../src/commands/compare.js';
import { intersect, intervalOf, type Interval } from '../src/compare/interval.js';
import { compareClaims, extractText, type CompareOptions, type FigureRecord } from '../src/index.js';
import { UsageError } from '../src/io/errors.js';
import type { ClaimQuantity, ClaimRecord } from '../src/schema/claim.js';
import { FigureRecord as FigureRecordSchema } from '../src/schema/figure.js';
import { Collector, corpusDir, hasCorpus, parseJsonl, runInProcess, samplesDir } from './support/run.js';

// claimline compare: what a figure allows, which figures are grouped as speaking of the same thing, and the
// groups of samples/ (and of ../shared/corpus where it is), checked against what a reader of the articles
// sees in them.

/** A group as "source: figure as written", in text order. */
const says = (figure: FigureRecord) => figure.claims.map((c) => `${c.source.name}: ${c.text}`);

const closed = (lower: number, upper: number): Interval => ({ lower, upper, lower_inclusive: true, upper_inclusive: true });

function quantity(fields: Partial<ClaimQuantity>): ClaimQuantity {
  return {
    text: '', start: 0, end: 0, value: null, lower: null, upper: null, lower_inclusive: null, upper_inclusive: null,
    approximate: false, modifier: null, unit: null, kind: 'count', event: null, attributed: false, ...fields,
  };
}

describe('what a figure allows', () => {
  test.for([
    { name: '"17": the value alone', q: { value: 17 }, interval: closed(17, 17) },
    { name: '"about 200": the value give or take the margin', q: { value: 200, approximate: true, modifier: 'about' as const }, interval: closed(180, 220) },
    { name: '"more than 100": above 100, not 100 itself', q: { value: 100, lower: 100, lower_inclusive: false, modifier: 'more_than' as const }, interval: { lower: 100, upper: null, lower_inclusive: false, upper_inclusive: null } },
    { name: '"no more than eight": up to 8, 8 included', q: { value: 8, upper: 8, upper_inclusive: true, modifier: 'at_most' as const }, interval: { lower: null, upper: 8, lower_inclusive: null, upper_inclusive: true } },
    { name: '"hundreds": the bounds of the vague count', q: { lower: 200, upper: 999, lower_inclusive: true, upper_inclusive: true, approximate: true }, interval: closed(200, 999) },
    { name: 'neither value nor bounds: nothing to compare', q: {}, interval: null },
  ])('$name', ({ q, interval }) => {
    expect(intervalOf(quantity(q), 0.1)).toEqual(interval);
  });

  const above = (lower: number, inclusive: boolean): Interval => ({ lower, upper: null, lower_inclusive: inclusive, upper_inclusive: null });
  const below = (upper: number, inclusive: boolean): Interval => ({ lower: null, upper, lower_inclusive: null, upper_inclusive: inclusive });
  test.for([
    { name: 'at least 12 and more than 20', a: above(12, true), b: above(20, false), both: above(20, false) },
    { name: 'at least 12 and no more than 8', a: above(12, true), b: below(8, true), both: null },
    { name: 'more than 100 and exactly 100', a: above(100, false), b: closed(100, 100), both: null },
    { name: 'at least 100 and exactly 100', a: above(100, true), b: closed(100, 100), both: closed(100, 100) },
    { name: 'tens of thousands and 80,000', a: closed(20_000, 99_999), b: closed(80_000, 80_000), both: closed(80_000, 80_000) },
    { name: '46 and about 200', a: closed(46, 46), b: closed(180, 220), both: null },
    { name: 'fewer than 10 and more than 5', a: below(10, false), b: above(5, false), both: { lower: 5, upper: 10, lower_inclusive: false, upper_inclusive: false } },
  ])('what both allow: $name', ({ a, b, both }) => {
    expect(intersect(a, b)).toEqual(both);
    expect(intersect(b, a)).toEqual(both);
  });
});

interface GroupingCase {
  name: string;
  docs: Array<{ id: string; text: string; date?: string }>;
  options?: CompareOptions;
  /** Each group as `says` gives it. */
  groups: string[][];
  /** Whether the sources of each group disagree; not checked when left out. */
  disagreement?: boolean[];
  check?: (figures: FigureRecord[]) => void;
}

const aleppo = [
  { id: 'a', text: 'Officials said 30 people were killed in Aleppo on February 7, 2018.' },
  { id: 'b', text: 'The observatory said 45 people died in Aleppo on February 8, 2018.' },
  { id: 'c', text: 'The observatory said 45 people died in Aleppo on February 20, 2018.' },
  { id: 'd', text: 'Police said 50 people died in the explosion on February 8, 2018.' },
  { id: 'e', text: 'The observatory said 45 people died in Aleppo.' },
];
const nouns = 'The rebels said 46 fighters were killed. The ministry said 19 civilians were killed. Officials said 30 people died.';

const groupingCases: GroupingCase[] = [
  {
    name: 'killed, died and death toll are one kind',
    docs: [{ id: 'a', text: 'The ministry said 12 people were killed in the attack. Witnesses said the death toll was 15.' }],
    groups: [['ministry: 12', 'Witnesses: 15']],
    disagreement: [true],
    check: (figures) => expect(figures[0]!.key.kind).toBe('killed'),
  },
  {
    name: 'killed and wounded are never one group; wounded and injured are',
    docs: [{ id: 'a', text: 'The ministry said 12 people were killed. Doctors said 40 people were wounded. A hospital official said 35 people were injured. Medics said 14 people died.' }],
    groups: [['ministry: 12', 'Medics: 14'], ['Doctors: 40', 'hospital official: 35']],
    check: (figures) => expect(figures.map((f) => f.key.kind)).toEqual(['killed', 'wounded']),
  },
  {
    name: '"killed or wounded" counts neither alone',
    docs: [{ id: 'a', text: 'Troops killed or wounded 100 fighters, the army said. A monitor said more than 100 fighters were killed.' }],
    options: { minSources: 1 },
    groups: [['army: 100'], ['monitor: more than 100']],
    check: (figures) => expect(figures.map((f) => f.key.kind)).toEqual(['killed or wounded', 'killed']),
  },
  {
    name: 'a figure that names no one joins the one group it fits',
    docs: [{ id: 'a', text: 'The rebels said 46 fighters were killed. The ministry said about 50 fighters died. Officials said 30 people died.' }],
    groups: [['rebels: 46', 'ministry: about 50', 'Officials: 30']],
    disagreement: [true],
    check: (figures) => expect(figures[0]!.matched_on).toEqual(['kind', 'measure', 'noun', 'document']),
  },
  { name: '… and is left alone when it fits two', docs: [{ id: 'a', text: nouns }], groups: [] },
  { name: 'without the key noun, nouns are not compared', docs: [{ id: 'a', text: nouns }], options: { keys: ['place', 'date', 'actors'] }, groups: [['rebels: 46', 'ministry: 19', 'Officials: 30']] },
  {
    name: 'two figures of one sentence are never one group',
    docs: [{ id: 'a', text: 'Officials said 5 people were killed on Monday and 7 people were killed on Tuesday.' }],
    options: { minSources: 1 },
    groups: [['Officials: 5'], ['Officials: 7']],
  },
  {
    name: 'parts and counts on top of others are left out',
    docs: [{ id: 'a', text: 'The observatory put the death toll at 112, including 31 civilians. The ministry said two more people died. Police said another 5 people died.' }],
    options: { minSources: 1 },
    groups: [['observatory: 112']],
  },
  {
    name: 'different places in one article are different things',
    docs: [{ id: 'a', text: 'The ministry said 12 people were killed in Aleppo. Activists said 20 people were killed in Idlib.' }],
    groups: [],
  },
  {
    name: 'across articles: a place in common, dates within the window',
    docs: aleppo,
    groups: [['Officials: 30', 'observatory: 45']],
    check: (figures) => {
      expect(figures[0]!.key).toMatchObject({ places: ['Aleppo'], actors: ['Aleppo'], first_date: '2018-02-07', last_date: '2018-02-08', documents: ['a', 'b'] });
      expect(figures[0]!.matched_on).toEqual(['kind', 'measure', 'place', 'date', 'actors']);
    },
  },
  { name: 'a wider date window', docs: aleppo, options: { dateWindow: 14 }, groups: [['Officials: 30', 'observatory: 45', 'observatory: 45']] },
  {
    name: 'a crowd: the word "crowd" in the sentence',
    docs: [{ id: 'a', text: 'Organisers said the crowd numbered 80,000. Police put the crowd at 15,000.' }],
    groups: [['Organisers: 80,000', 'Police: 15,000']],
    disagreement: [true],
  },
  {
    name: 'money, through its event only',
    docs: [{ id: 'a', text: 'Regulators said the bank was fined $185 million. The bank said it was fined $100 million. The ministry said it spent $2 million on security. Critics said the bill was $5 million.' }],
    groups: [['Regulators: $185 million', 'bank: $100 million']],
    check: (figures) => expect(figures[0]!.key).toMatchObject({ kind: 'fined', measure: 'money' }),
  },
  {
    name: 'a figure in the article’s own words is the article’s',
    docs: [{ id: 'a', text: 'Twelve people were killed in the blast. Police said 15 people died.' }],
    groups: [['(the article): Twelve', 'Police: 15']],
    check: (figures) => expect(figures[0]!.claims[0]!.source).toEqual({ name: '(the article)', kind: 'article', entity_id: null }),
  },
  {
    name: 'a figure is the source’s whose attribution holds it, in a sentence of two',
    docs: [{ id: 'a', text: 'Police put the number at 15,000 and said 43 people had been arrested. Organisers said 40 people were arrested.' }],
    groups: [['Police: 43', 'Organisers: 40']],
  },
  {
    name: 'a figure in a quotation that runs on from an attribution is its speaker’s',
    docs: [{ id: 'a', text: '"We are still searching," said Dr. Lena Voss. "We have counted 17 dead." The ministry said 12 people died.' }],
    groups: [['Lena Voss: 17', 'ministry: 12']],
  },
];

describe('which figures are grouped', () => {
  test.for(groupingCases)('$name', async (c) => {
    const records = c.docs.flatMap((doc) => extractText(doc.text, { id: doc.id, ...(doc.date ? { date: doc.date } : {}) }));
    const figures = await compareClaims(records, c.options);
    expect(figures.map(says)).toEqual(c.groups);
    if (c.disagreement) expect(figures.map((f) => f.disagreement)).toEqual(c.disagreement);
    c.check?.(figures);
  });
});

/** Figure kinds by the event lemmas that give them, for the figures of samples/ that have one. */
const KIND_OF_EVENT: Record<string, string> = { kill: 'killed', die: 'killed', wound: 'wounded', injure: 'wounded', hurt: 'wounded', displace: 'displaced', arrest: 'arrested' };

function expectOneKindAGroup(figures: FigureRecord[]): void {
  for (const figure of figures) {
    for (const claim of figure.claims) {
      if (claim.event !== null) expect(KIND_OF_EVENT[claim.event], `${figure.label}: ${claim.text} (${claim.event})`).toBe(figure.key.kind);
    }
  }
}

describe('the groups of samples/', () => {
  let figures: FigureRecord[];
  const byDoc = (doc: string) => figures.filter((f) => f.key.documents.includes(doc));

  beforeAll(async () => {
    const result = await runInProcess(['extract', samplesDir, '--workers', '0', '--quiet'], { cwd: samplesDir });
    expect(result.code).toBe(0);
    figures = await compareClaims(parseJsonl<ClaimRecord>(result.stdout));
  });

  test('every group is a valid figure/1 record of one document, with at least two sources', () => {
    for (const figure of figures) {
      expect(FigureRecordSchema.safeParse(figure).error?.issues ?? [], figure.label).toEqual([]);
      expect(Object.keys(figure)).toEqual(Object.keys(FigureRecordSchema.shape));
      expect(figure.sources).toBeGreaterThanOrEqual(2);
    }
    expect(figures.length).toBeGreaterThan(0);
  });

  test('border-shelling.txt: the killed figures of its five sources, who disagree; the 30 wounded are not among them', () => {
    expect(byDoc('border-shelling.txt').map(says)).toEqual([
      ['officials: at least 12', 'regional health ministry: At least 12', 'Ana Dorin: more than 20', 'Lena Voss: 17', 'government official: no more than eight'],
    ]);
    const [killed] = byDoc('border-shelling.txt');
    expect(killed).toMatchObject({ key: { kind: 'killed', noun: 'civilians' }, smallest: 8, largest: 20, agreed: null, disagreement: true });
  });

  test('ceasefire.txt: the rebels’ 46 fighters against the ministry’s about 200 rebels; civilians and totals apart', () => {
    expect(byDoc('ceasefire.txt').map(says)).toEqual([['rebel alliance: 46', 'defence ministry: about 200']]);
    expect(byDoc('ceasefire.txt')[0]).toMatchObject({ key: { kind: 'killed', noun: 'fighters' }, disagreement: true, agreed: null });
  });

  test('feed-001 and feed-002: the article’s headline toll agrees with its source; two more deaths and a part of the injured are left out', () => {
    expect(byDoc('feed-001').map(says)).toEqual([['(the article): five', 'fire service: five']]);
    expect(byDoc('feed-002').map(says)).toEqual([['(the article): seven', 'regional health department: seven']]);
    for (const figure of [...byDoc('feed-001'), ...byDoc('feed-002')]) {
      expect(figure).toMatchObject({ key: { kind: 'killed' }, disagreement: false });
      expect(figure.agreed).toEqual(closed(figure.smallest, figure.smallest));
    }
  });

  test('flood-relief.md and rally.html: the displaced and the crowd', () => {
    expect(byDoc('flood-relief.md').map(says)).toEqual([['(the article): tens of thousands', 'national disaster agency: tens of thousands']]);
    expect(byDoc('flood-relief.md')[0]!.key.kind).toBe('displaced');
    expect(byDoc('rally.html').map(says)).toEqual([['(the article): Tens of thousands', 'Organisers: 80,000']]);
    expect(byDoc('rally.html')[0]).toMatchObject({ key: { kind: 'crowd' }, agreed: closed(80_000, 80_000), disagreement: false });
  });

  test('no group mixes kinds of event', () => {
    expectOneKindAGroup(figures);
  });
});

describe.skipIf(!hasCorpus)('the groups of ../shared/corpus with samples/', () => {
  test('khasham.txt: the killed group holds the "more than 100" of several sources; attackers and "kill or wound" stay out', async () => {
    const result = await runInProcess(['extract', corpusDir, samplesDir, '--workers', '0', '--quiet'], { cwd: samplesDir });
    const figures = await compareClaims(parseJsonl<ClaimRecord>(result.stdout));
    const khasham = figures.filter((f) => f.key.documents.includes('khasham.txt'));
    expect(khasham.map(says)).toEqual([['several sources: more than 100', '(the article): more than 100']]);
    expect(khasham[0]).toMatchObject({ key: { kind: 'killed', documents: ['khasham.txt'] }, disagreement: false });
    const figuresOfKhasham = khasham.flatMap((f) => f.claims.map((c) => c.text));
    for (const attackers of ['About 500', '500', 'Hundreds', '100']) expect(figuresOfKhasham).not.toContain(attackers);
    expectOneKindAGroup(figures);
  });
});

describe('compareCommand', () => {
  let tmp: string;
  let claims: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'claimline-compare-'));
    claims = (await runInProcess(['extract', samplesDir, '--workers', '0', '--quiet'], { cwd: tmp })).stdout;
    await writeFile(join(tmp, 'claims.jsonl'), claims);
  });

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  async function compare(args: string[], stdin = '') {
    const stdout = new Collector();
    const stderr = new Collector();
    const code = await compareCommand(args, { argv: ['compare', ...args], stdin: Readable.from([stdin]), stdout, stderr, cwd: tmp });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  }

  test('files in, figure records out, a report beside them, a summary on stderr', async () => {
    const { code, stdout, stderr } = await compare(['claims.jsonl', '--out', 'out/figures.jsonl', '--html', 'out/report.html']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^claimline: \d+ claims, 6 groups of figures \(2 where sources disagree\), 0 bad lines → out\/figures\.jsonl, report → out\/report\.html\n$/);
    const written = parseJsonl<FigureRecord>(await readFile(join(tmp, 'out', 'figures.jsonl'), 'utf8'));
    expect(written).toEqual(await compareClaims(parseJsonl<ClaimRecord>(claims)));
    expect(await readFile(join(tmp, 'out', 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  test('- reads stdin and writes stdout', async () => {
    const { code, stdout, stderr } = await compare(['-', '--quiet'], claims);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(parseJsonl<FigureRecord>(stdout)).toHaveLength(6);
  });

  test('a line that is no claim record is reported with its file and line; the others are compared; exit 1', async () => {
    const lines = claims.split('\n');
    lines.splice(2, 0, '{"schema": "claim/1"}', 'not json');
    await writeFile(join(tmp, 'broken.jsonl'), lines.join('\n'));
    const { code, stdout, stderr } = await compare(['broken.jsonl']);
    expect(code).toBe(1);
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^claimline: broken\.jsonl:3: not a claim\/1 record: id: /),
      expect.stringMatching(/^claimline: broken\.jsonl:4: not JSON: /),
    ]);
    expect(stderr).toMatch(/, 2 bad lines\n$/);
    expect(parseJsonl<FigureRecord>(stdout)).toHaveLength(6);
  });

  test.for([
    { args: [], message: 'compare needs at least one claims file (or - for stdin)' },
    { args: ['nope.jsonl'], message: 'no such file: nope.jsonl' },
    { args: ['.'], message: 'not a file: .' },
    { args: ['claims.jsonl', '--keys', 'noun,colour'], message: '--keys takes some of noun, place, date, actors, not "colour"' },
    { args: ['claims.jsonl', '--date-window', 'two'], message: '--date-window takes a whole number ≥ 0, not "two"' },
    { args: ['claims.jsonl', '--min-sources', '0'], message: '--min-sources takes a whole number ≥ 1, not "0"' },
    { args: ['claims.jsonl', '--margin', '1.5'], message: '--margin takes a share from 0 to below 1, not "1.5"' },
  ])('bad usage: $message', async ({ args, message }) => {
    await expect(compare(args)).rejects.toThrow(new UsageError(message));
  });

  test('--help', async () => {
    const { code, stdout } = await compare(['--help']);
    expect(code).toBe(0);
    for (const option of ['--out', '--html', '--keys', '--date-window', '--margin', '--min-sources', '--quiet']) expect(stdout).toContain(option);
  });
});
