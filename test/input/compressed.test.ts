/**
 * Compressed files and archives diegesis does not read (xz, zstd, bzip2, lz4, Unix compress, zip, 7z): told by their
 * magic bytes, each fails its input with one line that says what it is and how to read it, and the run goes on with
 * the other inputs, exit 2, as for a missing file. The fixtures under test/fixtures/compressed are the first lines of
 * samples/monitor-failure.trace packed by the real tools; a 7z and a .Z header are written here (no tool to make them).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { DiegesisError } from '../../src/errors.js';
import { unreadableFormat, type Unreadable } from '../../src/input/decode.js';
import { unreadableInputError } from '../../src/input/open.js';
import { packageRoot } from '../../src/paths.js';
import { detectInput, readInput, type InputConsumer } from '../../src/pipeline/read-input.js';
import { builtinFormats } from '../../src/records/registry.js';
import { cli } from '../cli/run-cli.js';

const fixture = (name: string): string => join('test', 'fixtures', 'compressed', name);
const scratch = mkdtempSync(join(tmpdir(), 'diegesis-compressed-'));
const written = (name: string, bytes: Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};
/** The start of a 7z archive: its signature, version 0.4, then the start header's CRC and fields (made up here). */
const sevenZip = written('trace.7z', Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), Buffer.alloc(24, 0x5a)]));
/** Unix compress: its magic, then the flags byte (16-bit codes, block mode) and codes. */
const unixCompress = written('trace.log.Z', Buffer.from([0x1f, 0x9d, 0x90, 0x50, 0x92, 0x88, 0x01]));
/** A zip with nothing in it: its end-of-central-directory record alone. */
const emptyZip = written('empty.zip', Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]));

const SAMPLE = join(packageRoot, 'samples/user-session.trace');

const cases: [path: string, what: string, command: string][] = [
  [fixture('trace.log.xz'), 'xz-compressed', 'decompress it first: xz -dc'],
  [fixture('trace.log.zst'), 'zstd-compressed', 'decompress it first: zstd -dc'],
  [fixture('trace.log.bz2'), 'bzip2-compressed', 'decompress it first: bzip2 -dc'],
  [fixture('empty.bz2'), 'bzip2-compressed', 'decompress it first: bzip2 -dc'],
  [fixture('trace.log.lz4'), 'lz4-compressed', 'decompress it first: lz4 -dc'],
  [unixCompress, 'compressed with Unix compress (.Z)', 'decompress it first: gzip -dc'],
  [fixture('trace.log.zip'), 'a zip archive', 'extract the log first: unzip -p'],
  [emptyZip, 'a zip archive', 'extract the log first: unzip -p'],
  [sevenZip, 'a 7z archive', 'extract the log first: 7z x -so'],
];
const lineFor = (path: string, what: string, command: string): string => `${path}: ${what}; ${command} ${path} | diegesis show -`;

/** A consumer that records everything it is told. */
function listener(): { consumer: InputConsumer; heard: string[] } {
  const heard: string[] = [];
  return {
    heard,
    consumer: {
      beginInput: (file, format) => heard.push(`begin ${file} ${format}`),
      record: (record) => heard.push(`record ${record.line}`),
      unparsed: (line) => heard.push(`unparsed ${line.line.number}`),
    },
  };
}

describe('unreadableFormat: the magic bytes, matched whole', () => {
  it.each(cases)('%s is %s', (path, what) => {
    expect(unreadableFormat(readFileSync(resolve(packageRoot, path)))?.what).toBe(what);
  });

  it.each([
    ['gzip, which diegesis reads', gzipSync(Buffer.from('1 2 03:04:05.600 Mon: up\n'))],
    ['a text line that starts with PK', Buffer.from('PK 4410 started\n')],
    ['zip\'s magic cut short', Buffer.from('PK\x03', 'latin1')],
    ['a text line that starts with BZh', Buffer.from('BZh9 is a bzip2 header\n')],
    ['bzip2\'s magic cut short', Buffer.from('BZh91AY&S')],
    ['"BZh" and a block size, then text', Buffer.from('BZh91 AY&SY\n')],
    ['a text line that starts with 7z', Buffer.from('7z archive written\n')],
    ['a text line that starts with (', Buffer.from('(pid 4410) started\n')],
    ['a UTF-16LE byte-order mark', Buffer.from([0xff, 0xfe, 0x31, 0x00])],
    ['nothing', Buffer.alloc(0)],
  ])('%s is not', (_what, bytes) => {
    expect(unreadableFormat(bytes)).toBeNull();
  });
});

describe('readInput on a compressed input', () => {
  const formats = builtinFormats();

  it.each(cases)('%s: one line that says what it is and how to read it; nothing is handed on', async (path, what, command) => {
    const { consumer, heard } = listener();
    const reading = readInput(path, { formats }, consumer);
    await expect(reading).rejects.toThrow(DiegesisError);
    await expect(reading).rejects.toThrow(lineFor(path, what, command));
    expect(heard).toEqual([]);
  });

  it('standard input, even a byte at a time: decompressed in the pipe, or an archive saved to a file first', async () => {
    const bytes = readFileSync(join(packageRoot, fixture('trace.log.xz')));
    const pieces = Array.from(bytes, (byte) => Buffer.from([byte]));
    await expect(readInput('-', { formats, stdin: Readable.from(pieces) }, listener().consumer))
      .rejects.toThrow('-: xz-compressed; decompress it in the pipe: ... | xz -dc | diegesis show -');
    const zip = readFileSync(join(packageRoot, fixture('trace.log.zip')));
    await expect(readInput('-', { formats, stdin: Readable.from([zip]) }, listener().consumer))
      .rejects.toThrow('-: a zip archive; save it to a file, then extract the log: unzip -p FILE | diegesis show -');
  });

  it('a name the shell would split is quoted in the command; one that starts with a dash is no option', async () => {
    const xz = unreadableFormat(readFileSync(join(packageRoot, fixture('trace.log.xz')))) as Unreadable;
    expect(unreadableInputError("it's a trace.xz", xz).message).toBe(`it's a trace.xz: xz-compressed; decompress it first: xz -dc 'it'\\''s a trace.xz' | diegesis show -`);
    expect(unreadableInputError('-trace.xz', xz).message).toBe('-trace.xz: xz-compressed; decompress it first: xz -dc ./-trace.xz | diegesis show -');
    const spaced = written('a trace.xz', readFileSync(join(packageRoot, fixture('trace.log.xz'))));
    await expect(detectInput(spaced, formats)).rejects.toThrow(`xz -dc '${spaced}' | diegesis show -`);
  });
});

describe('the CLI on a compressed input among others', () => {
  const xz = fixture('trace.log.xz');
  const xzLine = lineFor(xz, 'xz-compressed', 'decompress it first: xz -dc');

  it('show: the other inputs are shown, one line on stderr, exit 2', () => {
    const result = cli(['show', SAMPLE, xz, fixture('trace.log.zip'), SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${xzLine}\ndiegesis: ${lineFor(fixture('trace.log.zip'), 'a zip archive', 'extract the log first: unzip -p')}\n`);
    const sample = readFileSync(SAMPLE, 'utf8');
    expect(result.stdout).toBe(sample + sample);
  });

  it('summary: the input is none of the run, as a missing file', () => {
    const result = cli(['summary', '--output', 'json', SAMPLE, fixture('trace.log.zst')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${lineFor(fixture('trace.log.zst'), 'zstd-compressed', 'decompress it first: zstd -dc')}\n`);
    const summary = JSON.parse(result.stdout) as { inputs: { file: string }[] };
    expect(summary.inputs.map((input) => input.file)).toEqual([SAMPLE]);
  });

  it('show --merge: the same line, the others merged', () => {
    const result = cli(['show', '--merge', SAMPLE, fixture('trace.log.bz2')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${lineFor(fixture('trace.log.bz2'), 'bzip2-compressed', 'decompress it first: bzip2 -dc')}\n`);
    expect(result.stdout).toBe(readFileSync(SAMPLE, 'utf8'));
  });

  it('formats --detect: the same line, exit 2', () => {
    const result = cli(['formats', '--detect', xz]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `diegesis: ${xzLine}\n` });
  });

  it('with worker threads: refused as on the main thread', () => {
    // Over two segments of 4 KiB, so that a text file this size would be read by the workers.
    const big = written('big.trace.xz', Buffer.concat([readFileSync(join(packageRoot, xz)), Buffer.alloc(16_384, 0x41)]));
    const result = cli(['show', big, SAMPLE, '--jobs', '2'], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${lineFor(big, 'xz-compressed', 'decompress it first: xz -dc')}\n`);
    expect(result.stdout).toBe(readFileSync(SAMPLE, 'utf8'));
  });
});
