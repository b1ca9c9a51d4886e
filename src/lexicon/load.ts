import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from '../paths.js';

/**
 * Reads a lexicon file of this folder: one entry per line, fields separated by ` | `, `#` starts a
 * comment, blank lines are skipped. Every lexicon's header says what its fields are.
 */
export function readLexicon(name: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(join(lexiconDir, name), 'utf8').split('\n')) {
    const body = line.replace(/#.*/, '').trim();
    if (body) rows.push(body.split('|').map((field) => field.trim()));
  }
  return rows;
}

/** A lexicon of single words or phrases (the first field of each row), lower-cased, as a set. */
export function readWordSet(name: string): Set<string> {
  return new Set(readLexicon(name).map((row) => row[0]!.toLowerCase()));
}
