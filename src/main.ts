import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_USAGE, extractCommand } from './commands/extract.js';
import { SetupError, UsageError } from './io/errors.js';
import { packageRoot } from './paths.js';

// Every command of the CLI, one file each in ./commands/. I/O is passed in, so tests run the same table
// of cases here in-process and through the built binary. Exit codes: 0 all done, 1 finished but some
// documents failed, 2 could not run.

export interface MainIO {
  /** Arguments after the program name: `['extract', 'articles', '--out', 'claims.jsonl']`. */
  argv: string[];
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

const USAGE = `${EXTRACT_USAGE}
Usage: claimline compare <claims.jsonl…> [-o FILE] [--html FILE] [options]

Groups the figures of claim records that speak of the same thing (schema figure/1): who gives
which figure, and where sources disagree. 'claimline compare --help' lists its options.
`;

export async function main(io: MainIO): Promise<number> {
  try {
    const [command, ...rest] = io.argv;
    if (command === '-v' || command === '--version') {
      io.stdout.write(`${JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version}\n`);
      return 0;
    }
    if (!command) {
      // Called wrongly: the usage goes to stderr, so that it never ends up in a file of records.
      io.stderr.write(USAGE);
      return 2;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (command === 'compare') {
      const { compareCommand } = await import('./commands/compare.js');
      return await compareCommand(rest, io);
    }
    if (command !== 'extract') throw new UsageError(`unknown command "${command}"`);
    return await extractCommand(rest, io);
  } catch (error) {
    if (error instanceof SetupError) {
      io.stderr.write(`claimline: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
    io.stderr.write(`claimline: ${(error as Error).message}\nRun 'claimline --help' for usage.\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
