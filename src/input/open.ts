import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DiegesisError } from '../errors.js';

/** The name stdin goes by, on the command line and in records. */
export const STDIN = '-';

const READ_CHUNK = 64 * 1024;

/** Opens an input for streaming; a missing, unreadable or directory input is a DiegesisError naming it. */
export async function openInput(name: string, stdin: Readable = process.stdin): Promise<Readable> {
  if (name === STDIN) return stdin;
  try {
    const info = await stat(name);
    if (info.isDirectory()) throw new DiegesisError(`${name}: is a directory`);
    // Open eagerly so that a permission problem is reported here, not in the middle of reading.
    const handle = await open(name, 'r');
    return handle.createReadStream({ highWaterMark: READ_CHUNK });
  } catch (err) {
    throw asInputError(name, err);
  }
}

/** Turns an fs error into one clear line that names the input. */
export function asInputError(name: string, err: unknown): DiegesisError {
  if (err instanceof DiegesisError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' ? 'truncated or corrupt gzip data'
    : (err as Error).message;
  return new DiegesisError(`${name}: ${reason}`);
}
