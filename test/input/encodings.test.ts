import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../../src/paths.js';
import { readInput } from '../../src/pipeline/read-input.js';
import { builtinFormats } from '../../src/records/registry.js';
import type { TraceRecord } from '../../src/records/types.js';

const dir = mkdtempSync(join(tmpdir(), 'diegesis-encodings-'));
const original = readFileSync(join(packageRoot, 'samples/service-startup.trace'), 'utf8');

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const BOM_UTF16LE = Buffer.from([0xff, 0xfe]);
const BOM_UTF16BE = Buffer.from([0xfe, 0xff]);

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return bytes;
}

/** The same text, written the ways traces reach support. */
function variants(text: string): [string, Buffer][] {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return [
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([BOM_UTF8, Buffer.from(text, 'utf8')])],
    ['UTF-16LE with BOM', Buffer.concat([BOM_UTF16LE, Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([BOM_UTF16BE, utf16be(text)])],
    ['CRLF', Buffer.from(crlf, 'utf8')],
    ['UTF-16LE with BOM and CRLF', Buffer.concat([BOM_UTF16LE, Buffer.from(crlf, 'utf16le')])],
    ['gzip', gzipSync(Buffer.from(text, 'utf8'))],
    ['gzip of UTF-16LE with BOM', gzipSync(Buffer.concat([BOM_UTF16LE, Buffer.from(text, 'utf16le')]))],
  ];
}

type Seen = Pick<TraceRecord, 'pid' | 'tid' | 'time' | 'narrator' | 'message'> & { lines: string[] };

async function recordsOf(bytes: Buffer, name: string): Promise<{ format: string | null; records: Seen[] }> {
  const file = join(dir, name.replace(/\W+/g, '-'));
  writeFileSync(file, bytes);
  const records: Seen[] = [];
  const stats = await readInput(file, { formats: builtinFormats() }, {
    record: (r) => records.push({ pid: r.pid, tid: r.tid, time: r.time, narrator: r.narrator, message: r.message, lines: r.lines.map((l) => l.text) }),
    unparsed: () => {},
  });
  return { format: stats.format, records };
}

describe('samples/service-startup.trace reads the same whatever its encoding', () => {
  let expected: { format: string | null; records: Seen[] };
  beforeAll(async () => {
    expected = await recordsOf(Buffer.from(original, 'utf8'), 'reference');
  });

  it('reads as native records', () => {
    expect(expected.format).toBe('native');
    expect(expected.records.length).toBeGreaterThan(10);
    expect(expected.records[0]).toMatchObject({ pid: 11864, tid: 11868, time: '06:34:50.001', narrator: 'ServiceHost' });
  });

  it.each(variants(original))('%s', async (name, bytes) => {
    expect(await recordsOf(bytes, name)).toEqual(expected);
  });
});

describe('standard input that arrives a few bytes at a time', () => {
  it.each(variants(original))('%s', async (name, bytes) => {
    const expected = await recordsOf(bytes, `stdin reference ${name}`);
    // One byte, then two, then three...: the byte-order mark and the gzip magic arrive split.
    const pieces: Buffer[] = [];
    for (let at = 0, size = 1; at < bytes.length; at += size, size++) pieces.push(bytes.subarray(at, at + size));
    const records: Seen[] = [];
    const stats = await readInput('-', { formats: builtinFormats(), stdin: Readable.from(pieces) }, {
      record: (r) => records.push({ pid: r.pid, tid: r.tid, time: r.time, narrator: r.narrator, message: r.message, lines: r.lines.map((l) => l.text) }),
      unparsed: () => {},
    });
    expect({ format: stats.format, records }).toEqual(expected);
  });
});

describe('a large input, so that chunk boundaries fall inside characters and line ends', () => {
  // Past the 64 KiB read size, with 2-, 3- and 4-byte UTF-8 characters and surrogate pairs in UTF-16.
  const lines = Array.from({ length: 3000 }, (_, i) => `${1000 + (i % 7)} ${2000 + i} 06:34:${String(10 + (i % 50)).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')} Modul${i % 3 === 0 ? 'é' : 'e'}${i % 5}: größe ${i} 日本語 ok 🙂`);
  const text = `${lines.join('\n')}\n`;
  let expected: { format: string | null; records: Seen[] };
  beforeAll(async () => {
    expected = await recordsOf(Buffer.from(text, 'utf8'), 'large-reference');
  });

  it('reads every line as a record', () => {
    expect(expected.records.map((r) => r.message)).toEqual(lines.map((l) => l.slice(l.indexOf('Modul'))));
  });

  it.each(variants(text))('%s', async (name, bytes) => {
    expect(await recordsOf(bytes, `large ${name}`)).toEqual(expected);
  });
});
