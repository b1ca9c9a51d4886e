import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot, runInProcess } from './support/run.js';

// The records of samples/, end to end through the CLI (`claimline extract samples --workers 0`), against the
// committed test/golden/samples.claims.jsonl. A change in the output shows here as a diff to review; when
// it is right, accept it with UPDATE_GOLDEN=1, which rewrites the file instead of comparing.

const goldenFile = join(packageRoot, 'test', 'golden', 'samples.claims.jsonl');
const UPDATE = 'UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts';

test('claimline extract samples --workers 0 gives test/golden/samples.claims.jsonl', async () => {
  const result = await runInProcess(['extract', 'samples', '--workers', '0', '--quiet'], { cwd: packageRoot });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).not.toBe('');

  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(dirname(goldenFile), { recursive: true });
    await writeFile(goldenFile, result.stdout);
    return;
  }
  expect(existsSync(goldenFile), `${goldenFile} is missing: run \`${UPDATE}\` to write it`).toBe(true);
  const golden = await readFile(goldenFile, 'utf8');
  if (result.stdout === golden) return;

  // Line by line, so that the diff shows which records changed; the message says how to accept the change.
  const lines = result.stdout.split('\n');
  const goldenLines = golden.split('\n');
  const first = lines.findIndex((line, i) => line !== goldenLines[i]);
  const at = first < 0 ? lines.length : first;
  expect(
    lines,
    `the records of samples/ differ from test/golden/samples.claims.jsonl from line ${at + 1} on ` +
      `(${lines.length - 1} records now, ${goldenLines.length - 1} in the file). ` +
      `If the change is intended, run \`${UPDATE}\` and commit the file.`,
  ).toEqual(goldenLines);
});
