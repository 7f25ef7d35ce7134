import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DiegesisError } from '../errors.js';
import type { Unreadable } from './decode.js';

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

/** What a text pipe into diegesis looks like, in the advice of unreadableInputError. */
const READ_TEXT = 'diegesis show -';

/**
 * The one line for an input in a format diegesis does not read (a compressed file, an archive): what it is, and the
 * command that pipes its text in (`trace.log.xz: xz-compressed; decompress it first: xz -dc trace.log.xz | diegesis
 * show -`). Standard input is decompressed in the pipe; an archive's tool reads only files.
 */
export function unreadableInputError(name: string, format: Unreadable): DiegesisError {
  const advice =
    name !== STDIN ? `${format.archive ? 'extract the log' : 'decompress it'} first: ${format.command} ${shellWord(name)} | ${READ_TEXT}`
    : format.archive ? `save it to a file, then extract the log: ${format.command} FILE | ${READ_TEXT}`
    : `decompress it in the pipe: ... | ${format.command} | ${READ_TEXT}`;
  return new DiegesisError(`${name}: ${format.what}; ${advice}`);
}

/**
 * A file name as a POSIX shell reads it back, and no command takes for an option: as it is when it has nothing the
 * shell would read otherwise, else quoted; after "./" when it starts with a dash.
 */
function shellWord(name: string): string {
  const path = name.startsWith('-') ? `./${name}` : name;
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
