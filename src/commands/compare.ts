import { createReadStream, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPARE_DEFAULTS, compareClaims, type CompareOptions } from '../compare/index.js';
import { GROUP_KEYS, type GroupKey } from '../compare/group.js';
import { readClaimLines } from '../compare/read.js';
import { UsageError } from '../io/errors.js';
import type { MainIO } from '../main.js';
import { renderReport } from '../report/html.js';
import type { ClaimRecord } from '../schema/claim.js';
import { wholeNumber } from './options.js';

export const COMPARE_USAGE = `Usage: claimline compare <claims.jsonl…> [options]

Groups the figures of claim records that speak of the same thing: who gives which figure, and where
sources disagree (schema figure/1), one JSON object per line. Inputs are JSONL files of claim records,
as claimline extract writes them; - reads stdin.

Options:
  -o, --out FILE          where the groups go; - is stdout                 (default: -)
      --html FILE         a report page: a section a group, disagreements first
      --keys LIST         what figures must agree on besides their kind, comma-separated,
                          of ${GROUP_KEYS.join(', ')}                     (default: all)
      --date-window DAYS  how far apart two dated figures may be           (default: ${COMPARE_DEFAULTS.dateWindow})
      --margin SHARE      how far "about N" reaches either side of N       (default: ${COMPARE_DEFAULTS.margin})
      --min-sources N     how many sources a group needs                   (default: ${COMPARE_DEFAULTS.minSources})
  -q, --quiet             no summary
  -h, --help              this text
`;


function optionsOf(values: { keys?: string; 'date-window'?: string; margin?: string; 'min-sources'?: string }): CompareOptions {
  const options: CompareOptions = {};
  if (values.keys !== undefined) {
    const keys = values.keys.split(',').map((key) => key.trim()).filter(Boolean);
    const unknown = keys.find((key) => !GROUP_KEYS.includes(key as GroupKey));
    if (unknown !== undefined) throw new UsageError(`--keys takes some of ${GROUP_KEYS.join(', ')}, not "${unknown}"`);
    options.keys = keys as GroupKey[];
  }
  if (values['date-window'] !== undefined) options.dateWindow = wholeNumber('--date-window', values['date-window'], 0);
  if (values['min-sources'] !== undefined) options.minSources = wholeNumber('--min-sources', values['min-sources'], 1);
  if (values.margin !== undefined) {
    const margin = Number(values.margin);
    if (!values.margin.trim() || !(margin >= 0 && margin < 1)) throw new UsageError(`--margin takes a share from 0 to below 1, not "${values.margin}"`);
    options.margin = margin;
  }
  return options;
}

async function writeOutput(path: string, text: string, io: MainIO): Promise<void> {
  if (path === '-') {
    io.stdout.write(text);
    return;
  }
  const file = resolve(io.cwd, path);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

/**
 * `claimline compare`: claim records in, groups of figures out (and a report page with `--html`). Exit 0
 * when every line was a claim record; 1 when some were not (each is reported with its file and line, and
 * the others are compared); bad usage and missing inputs throw a UsageError.
 */
export async function compareCommand(args: string[], io: MainIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: '-' },
      html: { type: 'string' },
      keys: { type: 'string' },
      'date-window': { type: 'string' },
      margin: { type: 'string' },
      'min-sources': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(COMPARE_USAGE);
    return 0;
  }
  if (!positionals.length) throw new UsageError('compare needs at least one claims file (or - for stdin)');
  const options = optionsOf(values);
  for (const path of positionals) {
    if (path === '-') continue;
    const stat = statSync(resolve(io.cwd, path), { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file: ${path}`);
    if (!stat.isFile()) throw new UsageError(`not a file: ${path}`);
  }

  let claims = 0;
  let badLines = 0;
  async function* records(): AsyncGenerator<ClaimRecord> {
    for (const path of positionals) {
      const input = path === '-' ? io.stdin : createReadStream(resolve(io.cwd, path));
      for await (const line of readClaimLines(input)) {
        if ('error' in line) {
          badLines++;
          io.stderr.write(`claimline: ${path === '-' ? 'stdin' : path}:${line.line}: ${line.error}\n`);
        } else {
          claims++;
          yield line.record;
        }
      }
    }
  }
  const figures = await compareClaims(records(), options);

  await writeOutput(values.out, figures.map((figure) => JSON.stringify(figure) + '\n').join(''), io);
  if (values.html) await writeOutput(values.html, renderReport(figures), io);
  if (!values.quiet) {
    const disagreements = figures.filter((figure) => figure.disagreement).length;
    io.stderr.write(
      `claimline: ${claims} claims, ${figures.length} groups of figures (${disagreements} where sources disagree), ` +
        `${badLines} bad lines${values.out === '-' ? '' : ` → ${values.out}`}${values.html ? `, report → ${values.html}` : ''}\n`,
    );
  }
  return badLines ? 1 : 0;
}
