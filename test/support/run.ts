import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.js';

// Runs the CLI two ways with the same arguments: `main()` in this process, with in-memory streams, and the
// built binary (dist/src/cli.js, which `npm test` builds first) as a child process.

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const samplesDir = join(packageRoot, 'samples');
export const cliFile = join(packageRoot, 'dist', 'src', 'cli.js');
/** The shared corpus beside the project, when this checkout has one. */
export const corpusDir = join(packageRoot, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(corpusDir);

export type RunMode = 'in-process' | 'binary';

export interface RunResult {
  mode: RunMode;
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory: relative paths in `argv` (outputs, inputs) are resolved against it. */
  cwd: string;
  /** What stdin holds; empty when not given. */
  stdin?: string | Buffer;
}

/** A writable stream that keeps what is written. */
export class Collector extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runInProcess(argv: string[], options: RunOptions): Promise<RunResult> {
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main({ argv, stdin, stdout, stderr, cwd: options.cwd });
  return { mode: 'in-process', code, stdout: stdout.text(), stderr: stderr.text() };
}

export function runBinary(argv: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliFile, ...argv], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === null) fail(new Error(`claimline ${argv.join(' ')} was killed by ${signal}`));
      else done({ mode: 'binary', code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    // A child that exits before reading all of stdin closes the pipe: not an error here.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

export function run(mode: RunMode, argv: string[], options: RunOptions): Promise<RunResult> {
  return mode === 'binary' ? runBinary(argv, options) : runInProcess(argv, options);
}

/** The objects of a JSONL text; every line must be `\n`-terminated JSON. */
export function parseJsonl<T = Record<string, unknown>>(text: string): T[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error(`JSONL does not end with a line end: …${JSON.stringify(text.slice(-40))}`);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`line ${i + 1} is not JSON: ${line.slice(0, 80)}`);
      }
    });
}
