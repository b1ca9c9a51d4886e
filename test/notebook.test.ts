import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compareCommand } from '../src/commands/compare.js';
import { Collector, runInProcess, samplesDir } from './support/run.js';

// samples/notebook.ipynb, executed headless by Jupyter (the system's Python, /usr/bin/python3, with pandas and
// matplotlib) on a copy, over the claims and figures of samples/ that this test writes as `npm start` does.

interface Output {
  output_type: string;
  text?: string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Notebook {
  cells: Array<{ cell_type: string; outputs?: Output[] }>;
}

let tmp: string;
let outputs: Output[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'claimline-notebook-'));
  const extracted = await runInProcess(['extract', samplesDir, '--workers', '0', '--quiet', '--out', 'claims.jsonl'], { cwd: tmp });
  expect(extracted.code, extracted.stderr).toBe(0);
  const stderr = new Collector();
  const compared = await compareCommand(['claims.jsonl', '--out', 'figures.jsonl', '--quiet'], { argv: [], stdin: Readable.from([]), stdout: new Collector(), stderr, cwd: tmp });
  expect(compared, stderr.text()).toBe(0);
  await copyFile(join(samplesDir, 'notebook.ipynb'), join(tmp, 'notebook.ipynb'));
  await promisify(execFile)('/usr/bin/python3', ['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', 'notebook.ipynb', '--output', 'executed.ipynb'], {
    cwd: tmp,
    // IPYTHONDIR: a profile of its own, so that no settings of the machine's user take part.
    env: { ...process.env, CLAIMLINE_CLAIMS: join(tmp, 'claims.jsonl'), CLAIMLINE_FIGURES: join(tmp, 'figures.jsonl'), IPYTHONDIR: join(tmp, 'ipython') },
    timeout: 100_000,
  });
  const executed = JSON.parse(await readFile(join(tmp, 'executed.ipynb'), 'utf8')) as Notebook;
  outputs = executed.cells.flatMap((cell) => cell.outputs ?? []);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const text = (output: Output) => [output.text ?? [], output.data?.['text/plain'] ?? []].flat().join('');

test('every cell runs without an error', () => {
  expect(outputs.filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
  expect(outputs.length).toBeGreaterThanOrEqual(5);
});

test('it reads the files it is given: the claims, the groups and the disagreements of samples/', () => {
  const all = outputs.map(text);
  expect(all[0]).toMatch(/^\d+ claims from 6 documents; 6 groups of figures, 2 where sources disagree\n$/);
  expect(all.find((t) => t.includes('source.kind'))).toMatch(/government +\d+ +\d+/);
  const disagreements = all.find((t) => t.includes('Ana Dorin') && !t.includes('crowd'));
  expect(disagreements).toContain('defence ministry');
});

test('it plots one group’s figures by source', () => {
  const plots = outputs.filter((o) => o.data?.['image/png']);
  expect(plots).toHaveLength(1);
  expect(text(plots[0]!)).toMatch(/^<Figure size \d+x\d+ with 1 Axes>$/);
});
