/**
 * Whatever a customer sends, diegesis keeps working, says clearly what it could not read, and loses no line it could:
 * the built CLI on hostile inputs, one test each, and the line accounting over every input in the repository.
 */
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../../src/paths.js';
import { cli } from '../cli/run-cli.js';
import { cliRaw, inputFile, scratch } from './run.js';

const SAMPLE = readFileSync(join(packageRoot, 'samples/monitor-failure.trace'), 'utf8');
const NATIVE = '1 2 03:04:05.600 HealthMonitor: PrintSpooler is not responding';

/** Deterministic bytes of every value, like a core dump or a zip sent by mistake. */
function binary(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Hostile inputs that are valid UTF-8 text: `show --color never` must give them back byte for byte. */
const TEXT_INPUTS: Record<string, string> = {
  'empty': '',
  'no-trailing-newline': `${NATIVE}\n${NATIVE}`,
  'only-header': 'PID TID TIME MESSAGE\n',
  'only-header-no-newline': 'PID   TID   TIME   MESSAGE',
  'nul-bytes': `${NATIVE}\u0000 tail\n\u0000\u0000\u0000\n1 2 03:04:05.700 Mon: a\u0000b is offline\n`,
  'cr-only': SAMPLE.replace(/\n/g, '\r'),
  'mixed-line-endings': SAMPLE.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''),
  'blank-lines': `\n\n${NATIVE}\n\n   \n\t\n`,
  'escape-sequences': `1 2 03:04:05.600 Mon: Svc is \u001b[31mdown\u001b[0m\u001b]0;pwned\u0007\n\u001b[2J\u001b[H\n`,
  'continuation-first': `   at Foo.Bar()\n${NATIVE}\n   at Baz()\n`,
  'lone-cr-at-end': `${NATIVE}\r`,
};

/** Hostile inputs that are not valid UTF-8, or not text at all. */
const BYTE_INPUTS: Record<string, Buffer> = {
  'binary': binary(200_000),
  'invalid-utf8': Buffer.concat([Buffer.from('1 2 03:04:05.600 Mon: caf'), Buffer.from([0xe9, 0x20, 0xff, 0xfe, 0xc3]), Buffer.from(' is down\n')]),
  'utf16le-odd-length': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${NATIVE}\n`, 'utf16le'), Buffer.from([0x41])]),
};

const files: Record<string, string> = {};
beforeAll(() => {
  for (const [name, text] of Object.entries(TEXT_INPUTS)) files[name] = inputFile(name, text);
  for (const [name, bytes] of Object.entries(BYTE_INPUTS)) files[name] = inputFile(name, bytes);
});

/** Lines as diegesis counts them: ended by LF, CRLF or a lone CR; a last line may have no terminator. */
function countLines(text: string): number {
  return (text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? []).length;
}

interface LineCounts { read: number; records: number; continuation: number; unparsed: number; header: number }

function summaryLines(file: string): LineCounts {
  const result = cli(['summary', '--output', 'json', file]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return (JSON.parse(result.stdout) as { lines: LineCounts }).lines;
}

const REPO_INPUTS = [
  ...readdirSync(join(packageRoot, 'samples')).map((f) => join('samples', f)),
  ...readdirSync(join(packageRoot, 'test/fixtures/formats')).map((f) => join('test/fixtures/formats', f)),
  ...readdirSync(join(packageRoot, 'test/corpus/dev')).filter((f) => !f.endsWith('.jsonl') && !f.endsWith('.md')).map((f) => join('test/corpus/dev', f)),
];

describe('accounting: every line read is a record first line, a continuation line, or an unparsed line', () => {
  // One run over every input (two commands, not two per input: spawning is what takes time here).
  const all = (): string[] => [...REPO_INPUTS, ...Object.keys(TEXT_INPUTS), ...Object.keys(BYTE_INPUTS)].map((n) => files[n] ?? n);
  let summary: { inputs: { file: string; lines: number }[]; lines: LineCounts };
  const perFile = new Map<string, LineCounts>();
  beforeAll(() => {
    const summaryRun = cli(['summary', '--output', 'json', ...all()]);
    expect(summaryRun).toMatchObject({ code: 0, stderr: '' });
    summary = JSON.parse(summaryRun.stdout) as typeof summary;
    // The same counts worked out from `classify`, whose records carry their continuation lines in the message.
    const classifyRun = cli(['classify', ...all()]);
    expect(classifyRun).toMatchObject({ code: 0, stderr: '' });
    for (const line of classifyRun.stdout.split('\n').filter((l) => l !== '')) {
      const o = JSON.parse(line) as { file: string; kind: string; message?: string; header?: boolean };
      const counts = perFile.get(o.file) ?? { read: 0, records: 0, continuation: 0, unparsed: 0, header: 0 };
      const continuation = o.kind === 'unparsed' ? 0 : (o.message ?? '').split('\n').length - 1;
      counts.records += o.kind === 'unparsed' ? 0 : 1;
      counts.continuation += continuation;
      counts.unparsed += o.kind === 'unparsed' && o.header !== true ? 1 : 0;
      counts.header += o.header === true ? 1 : 0;
      counts.read += 1 + continuation;
      perFile.set(o.file, counts);
    }
  });

  it('summary --output json: read == records + continuation + unparsed + header, and classify agrees', () => {
    const { lines } = summary;
    expect(lines.read).toBe(lines.records + lines.continuation + lines.unparsed + lines.header);
    const sum = (key: keyof LineCounts): number => [...perFile.values()].reduce((total, c) => total + c[key], 0);
    expect(lines).toEqual({ read: sum('read'), records: sum('records'), continuation: sum('continuation'), unparsed: sum('unparsed'), header: sum('header') });
    expect(lines.read).toBeGreaterThan(5000);
  });

  it.each([...REPO_INPUTS, ...Object.keys(TEXT_INPUTS), ...Object.keys(BYTE_INPUTS)])('%s: as many lines as the file has', (name) => {
    const file = files[name] ?? name;
    // An independent count of the lines in the file (every input here decodes as UTF-8, or as UTF-16 by its BOM).
    const bytes = readFileSync(resolve(packageRoot, file));
    const expected = countLines(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-8').decode(bytes));
    expect(summary.inputs.filter((i) => i.file === file).map((i) => i.lines)).toEqual([expected]);
    expect(perFile.get(file)?.read ?? 0).toBe(expected);
  });
});

describe('show --color never gives back every UTF-8 input byte for byte, and bytes that are not UTF-8', () => {
  it.each(Object.keys(TEXT_INPUTS))('%s', (name) => {
    const result = cliRaw(['show', '--color', 'never', files[name] as string]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.equals(Buffer.from(TEXT_INPUTS[name] as string, 'utf8'))).toBe(true);
  });

  it.each(['binary', 'invalid-utf8'])('%s', (name) => {
    const result = cliRaw(['show', '--color', 'never', files[name] as string]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.equals(BYTE_INPUTS[name] as Buffer)).toBe(true);
  });

  it.each(['show', 'classify', 'summary', 'filter --match .'])('reads stdin too (%s on the NUL-byte input)', (command) => {
    const result = cliRaw(command.split(' '), TEXT_INPUTS['nul-bytes']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('each hostile input', () => {
  it('empty file: nothing printed, exit 0; filter exits 1 (nothing matched); summary counts zero lines', () => {
    expect(cli(['show', files['empty'] as string])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(cli(['classify', files['empty'] as string])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(cli(['filter', '--diegetic', files['empty'] as string])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(summaryLines(files['empty'] as string)).toEqual({ read: 0, records: 0, continuation: 0, unparsed: 0, header: 0 });
    expect(cli(['explain', `${files['empty']}:1`]).stderr).toBe(`diegesis: ${files['empty']}: has 0 lines, no line 1\n`);
  });

  it('no trailing newline: the last line is a record like any other', () => {
    const objects = cli(['classify', files['no-trailing-newline'] as string]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; kind: string });
    expect(objects.map((o) => [o.line, o.kind])).toEqual([[1, 'diegetic'], [2, 'diegetic']]);
  });

  it('only a header: one header line, no record', () => {
    expect(cli(['classify', files['only-header'] as string]).stdout).toBe(
      `{"file":"${files['only-header']}","line":1,"kind":"unparsed","text":"PID TID TIME MESSAGE","header":true}\n`);
    expect(summaryLines(files['only-header-no-newline'] as string)).toMatchObject({ read: 1, header: 1, records: 0 });
  });

  it('NUL bytes: processed (not refused as binary), kept in the output, escaped as \\x00 when colour is on', () => {
    const objects = cli(['classify', files['nul-bytes'] as string]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; text?: string; message?: string });
    expect(objects[0]?.message).toBe('HealthMonitor: PrintSpooler is not responding\u0000 tail');
    expect(objects[1]).toMatchObject({ kind: 'unparsed', text: '\u0000\u0000\u0000' });
    const coloured = cli(['show', '--color', 'always', files['nul-bytes'] as string]).stdout;
    expect(coloured).toContain('\\x00\\x00\\x00');
    expect(coloured).not.toContain('\u0000');
  });

  it('binary data: read as text, its bytes that are not UTF-8 escaped, no crash, no hang, every line counted', () => {
    const result = cliRaw(['show', '--color', 'always', files['binary'] as string]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const shown = result.stdout.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
    // Nothing but printable text, tabs and line ends reaches the terminal.
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(cli(['classify', files['binary'] as string]).code).toBe(0);
  });

  it('invalid UTF-8: the line is kept, each such byte a lone surrogate U+DC80..U+DCFF in the decoded fields', () => {
    const [record] = cli(['classify', files['invalid-utf8'] as string]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { message: string; pid: number });
    expect(record).toMatchObject({ pid: 1, message: 'Mon: caf\udce9 \udcff\udcfe\udcc3 is down' });
    expect(cliRaw(['show', '--color', 'always', files['invalid-utf8'] as string]).stdout.toString('utf8').replace(/\u001b\[[0-9;]*m/g, ''))
      .toBe('1 2 03:04:05.600 Mon: caf\\xE9 \\xFF\\xFE\\xC3 is down\n');
  });

  it('UTF-16 with an odd last byte: the byte becomes U+FFFD, not silently dropped', () => {
    const objects = cli(['classify', files['utf16le-odd-length'] as string]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; text?: string });
    expect(objects).toHaveLength(2);
    expect(objects[1]).toMatchObject({ kind: 'unparsed', text: '\uFFFD' });
  });

  it('CR-only line endings: one record per line, numbered as an editor would', () => {
    const crOnly = cli(['classify', files['cr-only'] as string]).stdout;
    const lf = cli(['classify', 'samples/monitor-failure.trace']).stdout;
    expect(crOnly.replaceAll(files['cr-only'] as string, 'samples/monitor-failure.trace')).toBe(lf);
  });

  it('mixed encodings in one run: a UTF-16LE and a UTF-16BE file between UTF-8 ones read the same', () => {
    const utf16le = inputFile('sample.utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
    const utf16be = inputFile('sample.utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()]));
    const utf8 = join(packageRoot, 'samples/monitor-failure.trace');
    const result = cli(['classify', utf8, utf16le, utf8, utf16be]);
    expect(result.code).toBe(0);
    const byFile = (file: string): string[] => result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((o) => o['file'] === file).map((o) => JSON.stringify({ ...o, file: '' }));
    expect(byFile(utf8).length).toBe(2 * byFile(utf16le).length);
    expect(byFile(utf16le)).toEqual(byFile(utf16be));
    expect(byFile(utf16le)).toEqual(byFile(utf8).slice(0, byFile(utf16le).length));
  });

  it('a truncated gzip file: what was read is processed, then one line naming the file, exit 2', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${NATIVE} ${i}\n`).join('');
    const gz = gzipSync(Buffer.from(lines));
    const cut = inputFile('cut.trace.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const result = cliRaw(['show', '--color', 'never', cut, join(packageRoot, 'samples/user-session.trace')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${cut}: truncated or corrupt gzip data\n`);
    const out = result.stdout.toString('utf8');
    const read = out.slice(0, out.length - readFileSync(join(packageRoot, 'samples/user-session.trace'), 'utf8').length);
    expect(read.length).toBeGreaterThan(lines.length / 4);
    expect(lines.startsWith(read)).toBe(true);
  });

  it('gzip with garbage after it: the same clear line, exit 2', () => {
    const bad = inputFile('trailing.trace.gz', Buffer.concat([gzipSync(Buffer.from(`${NATIVE}\n`)), Buffer.from('garbage!')]));
    const result = cli(['classify', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^diegesis: ${bad}: [^\\n]+\\n$`));
  });

  it.each([
    ['a directory', () => scratch, 'is a directory'],
    ['a missing file', () => join(scratch, 'no-such.trace'), 'no such file'],
  ])('%s: one clear line, exit 2, the other inputs still processed', (_what, path, reason) => {
    const result = cli(['show', join(packageRoot, 'samples/user-session.trace'), path(), files['no-trailing-newline'] as string]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${path()}: ${reason}\n`);
    expect(result.stdout).toBe(readFileSync(join(packageRoot, 'samples/user-session.trace'), 'utf8') + TEXT_INPUTS['no-trailing-newline']);
  });

  // Tests run as root in CI, where chmod 000 does not deny reads; the case can only be seen as another user.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)('a file without read permission: one clear line, exit 2, the others still processed', () => {
    const locked = inputFile('locked.trace', `${NATIVE}\n`);
    chmodSync(locked, 0o000);
    const result = cli(['classify', locked, files['no-trailing-newline'] as string]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${locked}: permission denied\n`);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [['--since', '2024-03-01 06:40', '--until', '2024-03-01 06:30'], '--since "2024-03-01 06:40" is later than --until "2024-03-01 06:30": nothing could match'],
    [['--match', '(unclosed'], '--match "(unclosed" is not a valid regular expression'],
    [['--max-line-length', '0'], '--max-line-length "0" is not a whole number of characters >= 1'],
    [['--max-line-length', 'lots'], '--max-line-length wants a whole number of characters >= 1'],
  ])('bad option values %j: one line, exit 2, nothing read', (args, message) => {
    const result = cli(['filter', ...args, join(packageRoot, 'samples/monitor-failure.trace')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--match patterns that backtrack catastrophically in JavaScript run in linear time (RE2)', () => {
    const evil = inputFile('evil-for-regex.trace', `1 2 03:04:05.600 Mon: ${'a'.repeat(100_000)}!\n`);
    for (const pattern of ['(a+)+$', '(a|aa)+$', '^(\\w+\\s?)*$']) {
      const started = Date.now();
      const result = cliRaw(['filter', '--match', pattern, evil]);
      expect([pattern, result.code, result.stderr]).toEqual([pattern, 1, '']);
      expect(Date.now() - started).toBeLessThan(20_000); // V8's backtracking engine would run for years
    }
  });

  it('--match: a backreference with repetition is refused with a clear message; without repetition it runs', () => {
    const refused = cli(['filter', '--match', '(\\w+)\\1', join(packageRoot, 'samples/monitor-failure.trace')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('diegesis: --match "(\\w+)\\1" combines repetition with a backreference or lookaround, which the linear-time engine (RE2) that runs repeating patterns does not have: rewrite it without the backreference or lookaround\n');
    expect(cli(['filter', '--match', '(o)\\1l(?=sv)', join(packageRoot, 'samples/monitor-failure.trace')]).stdout).toContain('spoolsv.exe');
  });

  it.each([
    ['explain', (f: string) => ['explain', '--color', 'always', `${f}:1`]],
    ['explain of an unparsed line', (f: string) => ['explain', '--color', 'always', `${f}:2`]],
    ['summary text', (f: string) => ['summary', '--color', 'always', f]],
    ['summary markdown', (f: string) => ['summary', '--color', 'always', '--output', 'markdown', f]],
    ['show', (f: string) => ['show', '--color', 'always', f]],
  ])('escape sequences in messages never reach a terminal raw: %s', (_what, args) => {
    const result = cli(args(files['escape-sequences'] as string));
    expect(result.code).toBe(0);
    const withoutPalette = result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutPalette).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a file name with control characters is escaped in error messages, and stays on one line', () => {
    const result = cli(['show', 'evil\u001b[31m\nname']);
    expect(result.stderr).toBe('diegesis: evil\\x1B[31m\\nname: no such file\n');
  });
});
