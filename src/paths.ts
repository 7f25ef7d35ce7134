import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module that holds package.json (works from src/ and dist/src/). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('diegesis: cannot locate its package root');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

/** Built-in grammars and lexicons ship as data files in grammars/. */
export const grammarsDir = join(packageRoot, 'grammars');
