import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocInput } from '../src/document.js';
import { discoverInputs, type InputEntry } from '../src/io/discover.js';
import { UsageError } from '../src/io/errors.js';
import { readDocuments, type ReadFailure } from '../src/io/read.js';

// Made at load time: the test tables below name paths inside it.
const root = await mkdtemp(join(tmpdir(), 'claimline-io-'));

// root/
//   Z.HTML  a-x.txt  a.md  b.txt  c.htm  notes.pdf  .hidden.txt  feed.jsonl  report.csv
//   dangling.txt -> missing.txt      loop -> .      link -> sub
//   sub/x.txt  sub/deeper/y.txt  sub/up -> ..
beforeAll(async () => {
  await mkdir(join(root, 'sub', 'deeper'), { recursive: true });
  const files: Record<string, string> = {
    'Z.HTML': '<p>z</p>',
    'a-x.txt': 'a-x',
    'a.md': '# A',
    'b.txt': 'b',
    'c.htm': '<p>c</p>',
    'notes.pdf': '%PDF',
    '.hidden.txt': 'hidden',
    'report.csv': 'a,b',
    'sub/x.txt': 'x',
    'sub/deeper/y.txt': 'y',
    'feed.jsonl': [
      '{"id": 7, "text": "Seven.", "source": "wire"}',
      '',
      '{"text": "No id."}',
      '{not json',
      '{"id": "x", "body": "no text"}',
      '["an", "array"]',
      '{"id": "last", "text": "Last."}',
    ].join('\r\n'),
  };
  for (const [path, content] of Object.entries(files)) await writeFile(join(root, path), content);
  await symlink(join(root, 'missing.txt'), join(root, 'dangling.txt'));
  await symlink('.', join(root, 'loop'));
  await symlink('sub', join(root, 'link'));
  await symlink('..', join(root, 'sub', 'up'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fileEntry = (docId: string, format: Extract<InputEntry, { kind: 'file' }>['format']): InputEntry => ({
  kind: 'file',
  path: join(root, ...docId.split('/')),
  docId,
  format,
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

const noStdin = Readable.from([]);

describe('discoverInputs', () => {
  test('a folder is listed recursively in code-unit order, skipping hidden and unknown files, surviving symlink loops', async () => {
    expect(await discoverInputs([root], '/')).toEqual([
      fileEntry('Z.HTML', 'html'),
      fileEntry('a-x.txt', 'text'),
      fileEntry('a.md', 'markdown'),
      fileEntry('b.txt', 'text'),
      fileEntry('c.htm', 'html'),
      fileEntry('dangling.txt', 'text'), // kept, so that reading it reports the error
      fileEntry('feed.jsonl', 'jsonl'),
      fileEntry('link/deeper/y.txt', 'text'),
      fileEntry('link/x.txt', 'text'),
      fileEntry('sub/deeper/y.txt', 'text'),
      fileEntry('sub/x.txt', 'text'),
    ]);
  });

  test.each([
    { name: 'a file by name, relative to cwd', paths: ['sub/x.txt'], expected: [{ ...fileEntry('sub/x.txt', 'text'), docId: 'x.txt' }] },
    { name: 'a file with another extension is read as text', paths: ['report.csv'], expected: [fileEntry('report.csv', 'text')] },
    { name: 'a subfolder, relative to itself', paths: ['sub/deeper'], expected: [{ ...fileEntry('sub/deeper/y.txt', 'text'), docId: 'y.txt' }] },
    { name: 'stdin, in the order given', paths: ['b.txt', '-'], expected: [fileEntry('b.txt', 'text'), { kind: 'stdin' }] },
  ])('$name', async ({ paths, expected }) => {
    expect(await discoverInputs(paths, root)).toEqual(expected);
  });

  test('a missing path is a usage error', async () => {
    const discovery = discoverInputs(['nope.txt'], root);
    await expect(discovery).rejects.toBeInstanceOf(UsageError);
    await expect(discovery).rejects.toThrow('no such file or folder: nope.txt');
  });
});

describe('readDocuments', () => {
  test('files are read as bytes, numbered in order, with read errors as failures', async () => {
    const entries = [fileEntry('a.md', 'markdown'), fileEntry('dangling.txt', 'text'), fileEntry('sub', 'text'), fileEntry('Z.HTML', 'html')];
    const items = await collect(readDocuments(entries, noStdin));
    expect(items.map((item) => [item.index, item.docId])).toEqual([[0, 'a.md'], [1, 'dangling.txt'], [2, 'sub'], [3, 'Z.HTML']]);
    expect(items[0]).toEqual({ index: 0, docId: 'a.md', format: 'markdown', input: Buffer.from('# A'), meta: {} });
    expect(items[1]).toMatchObject({ stage: 'read', message: expect.stringContaining('ENOENT') });
    expect(items[2]).toMatchObject({ stage: 'read', message: expect.stringContaining('EISDIR') });
    expect(items[3]).toMatchObject({ format: 'html', input: Buffer.from('<p>z</p>') });
  });

  test('a JSONL file yields its good lines and a failure for each bad one', async () => {
    const items = await collect(readDocuments([fileEntry('b.txt', 'text'), fileEntry('feed.jsonl', 'jsonl')], noStdin));
    expect(items.slice(1)).toEqual<Array<DocInput | ReadFailure>>([
      { index: 1, docId: '7', format: 'text', input: 'Seven.', meta: { source: 'wire' } },
      { index: 2, docId: 'feed.jsonl#3', format: 'text', input: 'No id.', meta: {} },
      { index: 3, docId: 'feed.jsonl#4', stage: 'read', message: 'line 4: not JSON' },
      { index: 4, docId: 'feed.jsonl#5', stage: 'read', message: 'line 5: no "text" string' },
      { index: 5, docId: 'feed.jsonl#6', stage: 'read', message: 'line 6: not a JSON object' },
      { index: 6, docId: 'last', format: 'text', input: 'Last.', meta: {} },
    ]);
  });

  test.each([
    {
      name: 'JSONL on stdin, split across chunks',
      chunks: [Buffer.from('{"id": "a", "text": "A."}\n\n{"te'), Buffer.from('xt": "B.", "lang": "en"}\n{"id": 1}\n')],
      expected: [
        { index: 0, docId: 'a', format: 'text', input: 'A.', meta: {} },
        { index: 1, docId: 'stdin#3', format: 'text', input: 'B.', meta: { lang: 'en' } },
        { index: 2, docId: 'stdin#4', stage: 'read', message: 'line 4: no "text" string' },
      ],
    },
    {
      name: 'text on stdin is one document of bytes',
      chunks: ['{"id": "a", "text": "A."}\n', 'but this line is prose.\n'],
      expected: [
        { index: 0, docId: 'stdin', format: 'text', input: Buffer.from('{"id": "a", "text": "A."}\nbut this line is prose.\n'), meta: {} },
      ],
    },
    {
      name: 'empty stdin is one empty text document',
      chunks: [],
      expected: [{ index: 0, docId: 'stdin', format: 'text', input: Buffer.alloc(0), meta: {} }],
    },
  ])('$name', async ({ chunks, expected }) => {
    expect(await collect(readDocuments([{ kind: 'stdin' }], Readable.from(chunks)))).toEqual(expected);
  });
});
