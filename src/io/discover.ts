import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { DocFormat } from '../document.js';
import { UsageError } from './errors.js';

export type InputFormat = DocFormat | 'jsonl';

export type InputEntry =
  | {
      kind: 'file';
      /** Absolute path. */
      path: string;
      /** POSIX path relative to the folder given, or the base name of a file given by name. */
      docId: string;
      format: InputFormat;
    }
  | { kind: 'stdin' };

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

function formatOf(name: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(name).toLowerCase()];
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((stats) => stats.isDirectory(), () => false);
}

/**
 * The POSIX relative paths of the documents under `root`, in code-unit order. Hidden entries are skipped.
 * Walked with node:fs rather than tinyglobby, which drops dangling symlinks (kept here, so reading them
 * reports an error) and lists a folder again through a symlink loop; symlinked folders are followed unless they loop.
 */
async function listFolder(root: string): Promise<string[]> {
  const found: string[] = [];
  const openFolders = new Set<string>(); // real paths of the folders being walked, to stop symlink loops
  async function walk(folder: string, relative: string): Promise<void> {
    const real = await realpath(folder);
    if (openFolders.has(real)) return;
    openFolders.add(real);
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const entryRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path)))) await walk(path, entryRelative);
      else if ((entry.isFile() || entry.isSymbolicLink()) && formatOf(entry.name)) found.push(entryRelative);
    }
    openFolders.delete(real);
  }
  await walk(root, '');
  return found.sort();
}

async function entriesOf(argument: string, cwd: string): Promise<InputEntry[]> {
  if (argument === '-') return [{ kind: 'stdin' }];
  const path = resolve(cwd, argument);
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UsageError(`no such file or folder: ${argument}`);
    throw error;
  });
  if (!stats.isDirectory()) {
    // A file named explicitly is read even when its extension is not one of ours.
    return [{ kind: 'file', path, docId: basename(path), format: formatOf(path) ?? 'text' }];
  }
  return (await listFolder(path)).map((docId) => ({
    kind: 'file',
    path: join(path, ...docId.split('/')),
    docId,
    format: formatOf(docId)!,
  }));
}

/** The documents that the command-line paths name, in the order given; `-` stands for stdin. */
export async function discoverInputs(paths: string[], cwd: string): Promise<InputEntry[]> {
  const entries: InputEntry[][] = [];
  for (const argument of paths) entries.push(await entriesOf(argument, cwd));
  return entries.flat();
}
