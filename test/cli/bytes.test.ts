/**
 * The outputs that promise the input's bytes (`filter`, `show --color never` into a pipe) keep them: bytes that are
 * not UTF-8, a byte-order mark, a last line without newline; the other outputs stay valid UTF-8. Several inputs never
 * glue a line to the next input's. A write error is one line on stderr and exit code 2.
 */
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { BIN, cliBytes, sample } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-bytes-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const isUtf8Text = (bytes: Buffer): boolean => {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const monitor = readFileSync(join(packageRoot, sample('monitor-failure.trace')));

/** A Windows trace in CP1252 with binary junk, a character cut short and valid UTF-8 lines among them. */
const MIXED = Buffer.concat([
  latin1('1 2 10:00:00.000 Gw: PrintSpooler is not responding caf\xe9\n'),
  latin1('1 2 10:00:00.100 Gw: config \x93C:\\Temp\\r\xe9sum\xe9.txt\x94 loaded\r\n'),
  latin1('\x00\xff\xfe\x01 junk \x80\x81\n'),
  latin1('1 2 10:00:00.200 Gw: cut \xe2\x82 here\n'),
  latin1('   at Stack.Frame() \xc3\n'),
  Buffer.from('1 2 10:00:00.300 Gw: größe 日本語 🙂 ok\n', 'utf8'),
]);
const mixed = file('mixed.trace', MIXED);

describe('bytes that are not UTF-8', () => {
  it('show --color never gives them back byte for byte', () => {
    const result = cliBytes(['show', '--color', 'never', mixed]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.equals(MIXED)).toBe(true);
  });

  it('filter prints the matching lines byte for byte', () => {
    expect(cliBytes(['filter', '--diegetic', mixed]).stdout).toEqual(latin1('1 2 10:00:00.000 Gw: PrintSpooler is not responding caf\xe9\n'));
    expect(cliBytes(['filter', '--match', 'r.sum|junk|cut|Stack', mixed]).stdout).toEqual(Buffer.concat(
      [MIXED.subarray(MIXED.indexOf('1 2 10:00:00.100'), MIXED.indexOf('1 2 10:00:00.300'))]));
    expect(cliBytes(['filter', '--match', '.', mixed]).stdout.equals(MIXED)).toBe(true);
  });

  it('show on a terminal or in colour writes them as \\xHH, as it does control characters', () => {
    const shown = cliBytes(['show', '--color', 'always', mixed]).stdout;
    expect(isUtf8Text(shown)).toBe(true);
    const text = shown.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toContain('caf\\xE9\n');
    expect(text).toContain('\\x00\\xFF\\xFE\\x01 junk \\x80\\x81\n');
    expect(text).toContain('cut \\xE2\\x82 here');
    expect(text).toContain('größe 日本語 🙂 ok');
  });

  it('classify writes each as the JSON escape \\udcXX of a lone surrogate (valid UTF-8, and lossless)', () => {
    const out = cliBytes(['classify', mixed]).stdout;
    expect(isUtf8Text(out)).toBe(true);
    expect(out.toString('utf8')).toContain('"message":"Gw: PrintSpooler is not responding caf\\udce9"');
    const first = JSON.parse(out.toString('utf8').split('\n')[0] as string) as { message: string };
    expect(first.message).toBe('Gw: PrintSpooler is not responding caf\udce9');
  });

  it.each([['text'], ['markdown'], ['json'], ['html']])('summary --output %s stays valid UTF-8', (output) => {
    const result = cliBytes(['summary', '--output', output, mixed]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(isUtf8Text(result.stdout)).toBe(true);
  });

  it('story shows them as \\xHH', () => {
    const out = cliBytes(['story', 'PrintSpooler', mixed]).stdout;
    expect(isUtf8Text(out)).toBe(true);
    expect(out.toString('utf8')).toContain('caf\\xE9');
  });
});

describe('byte-order mark and UTF-16', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const withBom = file('bom.trace', Buffer.concat([BOM, monitor]));

  it('show --color never keeps a UTF-8 byte-order mark: the output is the file', () => {
    expect(cliBytes(['show', '--color', 'never', withBom]).stdout.equals(Buffer.concat([BOM, monitor]))).toBe(true);
    expect(cliBytes(['show', '--color', 'never', withBom, withBom]).stdout.equals(Buffer.concat([BOM, monitor, BOM, monitor]))).toBe(true);
  });

  it('filter, show in colour and show --merge write none: it is no part of a line', () => {
    const filtered = cliBytes(['filter', '--match', '.', withBom]).stdout;
    expect(filtered.equals(cliBytes(['filter', '--match', '.', sample('monitor-failure.trace')]).stdout)).toBe(true);
    expect(cliBytes(['show', '--color', 'always', withBom]).stdout.subarray(0, 3).equals(BOM)).toBe(false);
    expect(cliBytes(['show', '--merge', '--color', 'never', withBom, withBom]).stdout.indexOf(BOM)).toBe(-1);
  });

  it('UTF-16 is written as UTF-8, without byte-order mark', () => {
    const utf16 = file('utf16.trace', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(monitor.toString('utf8'), 'utf16le')]));
    expect(cliBytes(['show', '--color', 'never', utf16]).stdout.equals(monitor)).toBe(true);
  });
});

describe('an input whose last line has no newline', () => {
  const LAST = '1 2 10:00:01.000 Gw: PrintSpooler health OK';
  const noNewline = file('no-newline.trace', LAST);
  const matchedInMonitor = cliBytes(['filter', '--diegetic', sample('monitor-failure.trace')]).stdout;

  it('is ended by a newline when another input follows, as grep does', () => {
    expect(cliBytes(['filter', '--diegetic', noNewline, sample('monitor-failure.trace')]).stdout.toString())
      .toBe(`${LAST}\n${matchedInMonitor.toString()}`);
    expect(cliBytes(['show', '--color', 'never', noNewline, noNewline]).stdout.toString()).toBe(`${LAST}\n${LAST}`);
    const coloured = cliBytes(['show', '--color', 'always', noNewline, noNewline]).stdout.toString();
    expect(coloured.split('\n')).toHaveLength(2);
  });

  it('comes out as it was, without newline, when nothing follows it', () => {
    expect(cliBytes(['show', '--color', 'never', noNewline]).stdout.toString()).toBe(LAST);
    expect(cliBytes(['filter', '--diegetic', sample('monitor-failure.trace'), noNewline]).stdout.toString()).toBe(`${matchedInMonitor.toString()}${LAST}`);
    // The input after it prints nothing: there is nothing to separate.
    expect(cliBytes(['filter', '--diegetic', noNewline, file('empty.trace', '')]).stdout.toString()).toBe(LAST);
  });

  it('is ended by a newline in the middle of show --merge', () => {
    const early = file('early.trace', '1 2 09:00:00.000 Gw: first\n1 2 11:00:00.000 Gw: last\n');
    expect(cliBytes(['show', '--merge', '--color', 'never', noNewline, early]).stdout.toString())
      .toBe(`1 2 09:00:00.000 Gw: first\n${LAST}\n1 2 11:00:00.000 Gw: last\n`);
  });
});

describe('worker threads write the same bytes', () => {
  // Large enough for several small segments, with bytes that are not UTF-8 in each, and no newline at the end.
  const lines = Array.from({ length: 3000 }, (_, i) => i % 7 === 3
    ? latin1(`${1000 + (i % 5)} 2 10:00:${String(i % 60).padStart(2, '0')}.000 Gw: Svc${i % 11} is not responding caf\xe9 \xff\n`)
    : Buffer.from(`${1000 + (i % 5)} 2 10:00:${String(i % 60).padStart(2, '0')}.000 Svc${i % 11}: tick ${i} ok\n`));
  const big = Buffer.concat(lines).subarray(0, -1);
  const bigFile = file('big.trace', big);
  const withBom = file('big-bom.trace', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), big]));
  const env = { DIEGESIS_SEGMENT_BYTES: '4096' };

  it.each([['show', '--color', 'never'], ['filter', '--diegetic'], ['show', '--color', 'always']].map((c) => [c.join(' '), c] as const))('%s', (_name, command) => {
    const inputs = [bigFile, sample('monitor-failure.trace'), withBom, bigFile];
    const one = cliBytes([...command, '--jobs', '1', ...inputs], { env });
    const two = cliBytes([...command, '--jobs', '2', ...inputs], { env });
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    if (command[0] === 'show' && command[2] === 'never') {
      const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
      const NL = Buffer.from('\n');
      expect(one.stdout.equals(Buffer.concat([big, NL, monitor, BOM, big, NL, big]))).toBe(true);
    }
  }, 60_000);
});

// /dev/full takes no byte: every write fails with ENOSPC.
(existsSync('/dev/full') ? describe : describe.skip)('an error writing the output', () => {
  const intoFull = (args: readonly string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stderr: string } => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: packageRoot, stdio: ['ignore', fd, 'pipe'], env: { PATH: process.env['PATH'], ...env } });
      return { code: result.status, stderr: result.stderr.toString('utf8') };
    } finally {
      closeSync(fd);
    }
  };

  it.each([
    [['show', sample('monitor-failure.trace')]],
    [['classify', sample('monitor-failure.trace')]],
    [['summary', sample('monitor-failure.trace')]],
    [['filter', '--diegetic', sample('monitor-failure.trace')]],
    [['formats']],
    [['explain', `${sample('monitor-failure.trace')}:9`]],
    // What yargs prints itself.
    [['completion']],
    [['--help']],
    [['summary', '--help']],
    [['--version']],
  ])('%j: one line on stderr, exit 2', (args) => {
    expect(intoFull(args)).toEqual({ code: 2, stderr: 'diegesis: standard output: no space left on device\n' });
  });

  it('from the worker threads too, on a large input', () => {
    const many = file('many.trace', Buffer.concat(Array.from({ length: 40 }, () => monitor)));
    expect(intoFull(['show', '--jobs', '2', many], { DIEGESIS_SEGMENT_BYTES: '4096' })).toEqual({ code: 2, stderr: 'diegesis: standard output: no space left on device\n' });
  });
});
