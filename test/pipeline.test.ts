import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../src/io/errors.js';
import { builtInPipelines, checkPipeline, loadPipeline, type PipelineSpec } from '../src/pipeline.js';

// Pipelines are data (pipelines/*.json): checked when loaded, with errors that name the file and the place.

const dir = await mkdtemp(join(tmpdir(), 'claimline-pipeline-'));

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const STAGE_NAMES = 'decode, extract, segment, tag, quantities, attribution, claims';
const stagesBefore = (...rest: unknown[]) => [['decode', {}], ['extract', {}], ['segment', {}], ['tag', {}], ...rest];

function expectFrozen(spec: PipelineSpec): void {
  expect(Object.isFrozen(spec)).toBe(true);
  expect(Object.isFrozen(spec.stages)).toBe(true);
  for (const entry of spec.stages) {
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry[1])).toBe(true);
  }
}

describe('built-in pipelines', () => {
  test('are listed', () => {
    expect(builtInPipelines()).toEqual(expect.arrayContaining(['default', 'numbers']));
  });

  test.each(builtInPipelines())('%s loads, ends with claims, fills in defaults, and is frozen', (name) => {
    const spec = loadPipeline(name);
    expect(spec.name).toBe(name);
    expect(spec.stages.at(-1)?.[0]).toBe('claims');
    expect(spec.stages.map(([stage]) => stage).slice(0, 4)).toEqual(['decode', 'extract', 'segment', 'tag']);
    expectFrozen(spec);
    // It crosses to the workers as a plain object.
    expect(structuredClone(spec)).toEqual(spec);
  });

  test('defaults are filled in', () => {
    const quantities = loadPipeline('default').stages.find(([stage]) => stage === 'quantities');
    expect(quantities?.[1]).toEqual({ ordinals: false, vague: true });
  });

  test('numbers has no attribution stage', () => {
    expect(loadPipeline('numbers').stages.map(([stage]) => stage)).not.toContain('attribution');
  });

  test('the loaded spec cannot be changed', () => {
    const spec = loadPipeline('default');
    const claims = spec.stages.at(-1)!;
    expect(() => ((spec as { name: string }).name = 'changed')).toThrow(TypeError);
    expect(() => (spec.stages as unknown[]).push(['claims', {}])).toThrow(TypeError);
    expect(() => ((claims[1] as Record<string, unknown>).all = true)).toThrow(TypeError);
    expect(loadPipeline('default').stages.at(-1)?.[1]).toEqual({ all: false });
  });
});

describe('--all override', () => {
  test('sets claims.all, over what the file says', () => {
    expect(loadPipeline('default').stages.at(-1)).toEqual(['claims', { all: false }]);
    expect(loadPipeline('default', { claims: { all: true } }).stages.at(-1)).toEqual(['claims', { all: true }]);
  });

  test('leaves the other stages and the built-in file alone', () => {
    const plain = loadPipeline('default');
    const all = loadPipeline('default', { claims: { all: true } });
    expect(all.stages.slice(0, -1)).toEqual(plain.stages.slice(0, -1));
    expectFrozen(all);
    expect(loadPipeline('default').stages.at(-1)?.[1]).toEqual({ all: false });
  });

  test('is checked like the file’s own options', () => {
    expect(() => loadPipeline('default', { claims: { all: 'yes' } })).toThrow(UsageError);
    expect(() => loadPipeline('default', { claims: { every: true } })).toThrow(/stages\[6\] \(claims\): unknown option "every"/);
  });
});

describe('a pipeline file', () => {
  test('a relative path is read from the working directory given', async () => {
    await writeFile(join(dir, 'mine.json'), JSON.stringify({ name: 'mine', stages: ['decode', 'extract', 'segment', 'tag', ['claims', { all: true }]] }));
    const spec = loadPipeline('mine.json', {}, dir);
    expect(spec).toEqual({ name: 'mine', stages: [['decode', {}], ['extract', {}], ['segment', {}], ['tag', {}], ['claims', { all: true }]] });
    expectFrozen(spec);
  });

  interface BadCase {
    name: string;
    /** The file's content: a value written as JSON, or raw text. */
    content?: unknown;
    raw?: string;
    /** The whole message, given the file's path; a RegExp where part of it is zod's or Node's wording. */
    message: (file: string) => string | RegExp;
  }

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  const cases: BadCase[] = [
    {
      name: 'unknown stage',
      content: { name: 'x', stages: [['decode', {}], ['frob', {}]] },
      message: (file) => `${file}: stages[1]: unknown stage "frob" (known: ${STAGE_NAMES})`,
    },
    {
      name: 'unknown option',
      content: { name: 'x', stages: stagesBefore(['quantities', { vauge: true }], ['claims', {}]) },
      message: (file) => `${file}: stages[4] (quantities): unknown option "vauge"`,
    },
    {
      name: 'wrong option type',
      content: { name: 'x', stages: stagesBefore(['quantities', {}], ['claims', { all: 'yes' }]) },
      message: (file) => new RegExp(`^${escape(`${file}: stages[5] (claims): all: `)}.*expected boolean`),
    },
    {
      name: 'a stage before one it needs',
      content: { name: 'x', stages: [['decode', {}], ['extract', {}], ['tag', {}], ['segment', {}], ['claims', {}]] },
      message: (file) => `${file}: stages[2] (tag) needs "segment" earlier in the pipeline`,
    },
    {
      name: 'attribution without quantities',
      content: { name: 'x', stages: stagesBefore(['attribution', {}], ['claims', {}]) },
      message: (file) => `${file}: stages[4] (attribution) needs "quantities" earlier in the pipeline`,
    },
    {
      name: 'duplicate stage',
      content: { name: 'x', stages: [['decode', {}], ['extract', {}], ['segment', {}], ['segment', {}], ['tag', {}], ['claims', {}]] },
      message: (file) => `${file}: stages[3]: stage "segment" appears twice`,
    },
    {
      name: 'claims not last',
      content: { name: 'x', stages: stagesBefore(['claims', {}], ['quantities', {}]) },
      message: (file) => `${file}: the last stage must be "claims", which makes the records`,
    },
    {
      name: 'no claims stage',
      content: { name: 'x', stages: stagesBefore(['quantities', {}]) },
      message: (file) => `${file}: the last stage must be "claims", which makes the records`,
    },
    {
      name: 'no stages',
      content: { name: 'x', stages: [] },
      message: (file) => `${file}: the last stage must be "claims", which makes the records`,
    },
    {
      name: 'a stage entry that is neither a name nor [name, options]',
      content: { name: 'x', stages: ['decode', 42] },
      message: (file) => new RegExp(`^${escape(`${file}: stages[1]: `)}`),
    },
    {
      name: 'unknown top-level field',
      content: { name: 'x', stages: ['decode'], stage: [] },
      message: (file) => `${file}: unknown field "stage"`,
    },
    {
      name: 'no name',
      content: { stages: ['decode', 'extract', 'segment', 'tag', 'claims'] },
      message: (file) => new RegExp(`^${escape(`${file}: name: `)}.*expected string`),
    },
    {
      name: 'not JSON',
      raw: '{"name": "x", "stages": [',
      message: (file) => new RegExp(`^${escape(`${file}: not JSON: `)}.+`),
    },
    {
      name: 'missing file',
      message: (file) => `no pipeline named "${file}" (built in: ${builtInPipelines().join(', ')}), nor a file of that name`,
    },
  ];

  test.for(cases)('$name → UsageError naming the file and the place', async (c, { expect }) => {
    const file = join(dir, `${c.name.replace(/\W+/g, '-')}.json`);
    if (c.raw !== undefined) await writeFile(file, c.raw);
    else if (c.content !== undefined) await writeFile(file, JSON.stringify(c.content, null, 2));
    let error: unknown;
    try {
      loadPipeline(file);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    const expected = c.message(file);
    if (typeof expected === 'string') expect((error as Error).message).toBe(expected);
    else expect((error as Error).message).toMatch(expected);
    // checkPipeline, for a pipeline given as an object, words it the same way.
    if (c.content !== undefined) expect(() => checkPipeline(c.content, file)).toThrow(new UsageError((error as Error).message));
  });

  test('an unknown name lists the built-in pipelines', () => {
    expect(() => loadPipeline('nope')).toThrow(new UsageError(`no pipeline named "nope" (built in: ${builtInPipelines().join(', ')}), nor a file of that name`));
  });
});
