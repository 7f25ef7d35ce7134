/** For tests of broken grammar files: the DataFileError that loading a grammar, written to a file, throws. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../../src/errors.js';
import { loadFormats } from '../../src/records/registry.js';

/** The DataFileError loadFormats throws for `file`; fails the test when it loads. */
export async function loadError(file: string): Promise<DataFileError> {
  try {
    await loadFormats([file]);
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error(`${file} loaded without error`);
}

/** Writes `grammar` as `name` in `dir`, then its loadError. */
export async function grammarError(dir: string, name: string, grammar: object): Promise<DataFileError> {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(grammar));
  return loadError(file);
}
