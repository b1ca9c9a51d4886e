import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, whether this module runs from `src/` (tests) or `dist/src/` (the build). */
function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`claimline: no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const lexiconDir = join(packageRoot, 'src', 'lexicon');
export const pipelinesDir = join(packageRoot, 'pipelines');
export const workerFile = join(packageRoot, 'dist', 'src', 'worker', 'worker.js');
