/**
 * --jobs 2 must print exactly what --jobs 1 prints. Small segments (DIEGESIS_SEGMENT_BYTES) make even the samples and
 * the corpus files take the worker path, cut into many segments, so that record boundaries, file-absolute line
 * numbers and the narrator inventory seen by a worker starting mid-file are all exercised.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createTraceGenerator } from '../../scripts/bench-trace.js';
import { cli, cliBytes } from '../cli/run-cli.js';

const root = join(import.meta.dirname, '..', '..');
const filesIn = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => /\.(log|trace)$/.test(f)).map((f) => join(dir, f));

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-parallel-'));
const generated = join(scratch, 'generated.trace');
const generator = createTraceGenerator(5);
writeFileSync(generated, Array.from({ length: 8000 }, () => generator.next()).join(''));
// The same trace with CRLF line ends and a byte-order mark.
const crlf = join(scratch, 'crlf.trace');
writeFileSync(crlf, '\ufeff' + readFileSync(generated, 'utf8').slice(0, 100_000).replace(/\n/g, '\r\n'));

// A log only the fallback grammar reads, with indented lines that continue a record though they would parse as one.
const generic = join(scratch, 'generic.log');
const genericLines = readFileSync(join(root, 'test/fixtures/formats/generic.log'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith(' '));
writeFileSync(generic, Array.from({ length: 1500 }, (_, i) =>
  `${(genericLines[i % genericLines.length] as string).replace(/\d+\b/, String(i))}\n${i % 3 === 0 ? `    at com.example.Job.run(Job.java:${i})\n    at java.lang.Thread.run(Thread.java:1)\n` : ''}`).join(''));

/**
 * Structured logs (json-lines, logfmt) made from their samples, numbers changed, with indented lines that continue a
 * record now and then (lines a fast scanner and a segment boundary must both see as continuations).
 */
function structuredLog(sample: string, name: string): string {
  const lines = readFileSync(join(root, 'samples', sample), 'utf8').split('\n').filter((l) => l !== '');
  const file = join(scratch, name);
  writeFileSync(file, Array.from({ length: 1500 }, (_, i) =>
    `${(lines[i % lines.length] as string).replace(/\d+(?=[ ,"}])/, String(i))}\n${i % 7 === 0 ? `    at worker.run (worker.js:${i})\n` : ''}`).join(''));
  return file;
}
const structured = [structuredLog('gateway-json.log', 'gateway.json.log'), structuredLog('scheduler-logfmt.log', 'scheduler.logfmt.log')];

// A Windows trace: CP1252 bytes and binary junk in some lines, which the byte-exact outputs give back as they were; no
// newline at its end, so that the next input's first line must start on a line of its own.
const cp1252 = join(scratch, 'cp1252.trace');
writeFileSync(cp1252, Buffer.concat(readFileSync(generated).subarray(0, 120_000).toString('latin1').split('\n').map((line, i) =>
  Buffer.from(i % 5 === 2 ? `${line} caf\xe9 \x93ok\x94 \xff\xfe\x80` : i % 5 === 4 ? `${line} d\xc3\xa9j\xc3\xa0 \xe2\x82` : line, 'latin1')).flatMap((line) => [line, Buffer.from('\n')]).slice(0, -1)));

const COMMANDS = [['classify'], ['show', '--color', 'always'], ['show', '--color', 'never'], ['filter', '--diegetic']];
// Several inputs in one run: the narrator inventory must also carry from one input to the next, as on one thread.
const inputs = [...filesIn('samples'), ...filesIn('test/corpus/dev'), generated, cp1252, crlf, generic, ...structured];

const run = (jobs: string, args: readonly string[]) => cli([...args, '--jobs', jobs], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } });

it.each(COMMANDS.map((c) => [c.join(' '), c] as const))('%s: --jobs 2 prints what --jobs 1 prints, byte for byte', (_name, command) => {
  const runBytes = (jobs: string) => cliBytes([...command, ...inputs, '--jobs', jobs], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } });
  const one = runBytes('1');
  const two = runBytes('2');
  expect(two.stderr).toBe(one.stderr);
  expect(two.code).toBe(one.code);
  expect(two.stdout.length).toBe(one.stdout.length);
  expect(two.stdout.equals(one.stdout)).toBe(true);
  expect(one.stdout.length).toBeGreaterThan(0);
  if (command.includes('never')) {
    // The inputs, byte for byte, and a newline after each whose last line has none, since another input follows.
    const expected = inputs.map((input) => readFileSync(resolve(root, input))).flatMap((bytes, i) =>
      i < inputs.length - 1 && bytes.length > 0 && !/[\r\n]/.test(String.fromCharCode(bytes[bytes.length - 1] as number)) ? [bytes, Buffer.from('\n')] : [bytes]);
    expect(one.stdout.equals(Buffer.concat(expected))).toBe(true);
  }
}, 120_000);

it('counts the lines it cuts once, even in segments read again', () => {
  // Small segments: early ones teach the inventory something, so later guesses fail and their segments run again.
  const files = filesIn('test/corpus/dev');
  const one = run('1', ['filter', '--diegetic', '--max-line-length', '60', ...files]);
  const two = run('2', ['filter', '--diegetic', '--max-line-length', '60', ...files]);
  expect(one.stderr).toMatch(/lines longer than 60 characters were cut/);
  expect(two.stderr).toBe(one.stderr);
  expect(two.stdout === one.stdout).toBe(true);
}, 60_000);

it.each(structured.map((file) => [basename(file), file]))('reads the structured log %s as one thread does, continuation lines and all', (_name, file) => {
  const one = run('1', ['summary', '--output', 'json', file]);
  const two = run('2', ['summary', '--output', 'json', file]);
  expect(JSON.parse(one.stdout).lines).toMatchObject({ records: 1500, continuation: 215, unparsed: 0 });
  expect(two.stdout === one.stdout).toBe(true);
});

it('summarizes the fallback grammar\'s log with its continuation lines as one thread does', () => {
  const one = run('1', ['summary', '--output', 'json', generic]);
  const two = run('2', ['summary', '--output', 'json', generic]);
  expect(JSON.parse(one.stdout).lines).toMatchObject({ continuation: 1000 });
  expect(two.stdout === one.stdout).toBe(true);
});

it("reads an alert log whose entries take their time from the stamp line above them as one thread does: segments start at stamp lines", () => {
  // samples/oracle-db-alert.log forty times over (about 180 KB, 40 segments of 4 KiB), a stamp's minutes changed each time.
  const sample = readFileSync(join(root, 'samples', 'oracle-db-alert.log'), 'utf8');
  const file = join(scratch, 'alert_FINDB.log');
  writeFileSync(file, Array.from({ length: 40 }, (_, i) => sample.replace(/T21:(\d{2})/g, `T${String(i % 24).padStart(2, '0')}:$1`)).join(''));
  for (const command of [['classify'], ['summary', '--output', 'json']]) {
    const one = run('1', [...command, file]);
    const two = run('2', [...command, file]);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  }
  // Every entry has the time of its stamp line, in whichever segment it was read.
  const records = run('2', ['classify', file]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; time?: string | null });
  expect(records.filter((r) => r.kind !== 'unparsed').every((r) => typeof r.time === 'string')).toBe(true);
  expect(JSON.parse(run('2', ['summary', '--output', 'json', file]).stdout).lines).toMatchObject({ records: 1320, header: 720, unparsed: 40 });
}, 60_000);

it('reads a segment many times the segment size (a record no boundary cuts) as one thread does', () => {
  // Workers, whose old generation is bounded, hand it to a worker of its own (a line output's from four segment sizes on).
  // 3,000 continuation lines (about 120 KB, 30 segments of 4 KiB) in one record, between ordinary ones.
  const text = readFileSync(generated, 'utf8').slice(0, 60_000);
  const cut = text.indexOf('\n', 30_000) + 1;
  const dump = Array.from({ length: 3000 }, (_, i) => `    at com.example.Deep.frame${i}(Deep.java:${i})\n`).join('');
  const file = join(scratch, 'deep.trace');
  writeFileSync(file, text.slice(0, cut) + dump + text.slice(cut));
  for (const command of [['classify'], ['summary', '--output', 'json']]) {
    const one = run('1', [...command, file]);
    const two = run('2', [...command, file]);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  }
  // The generated lines have stack traces of their own.
  expect(JSON.parse(run('2', ['summary', '--output', 'json', file]).stdout).lines.continuation).toBeGreaterThan(3000);
}, 60_000);

it('reads a segment holding a line too long for a bounded worker as one thread does', () => {
  // A line of 600,000 characters in a segment of about 860 KB (segments of 256 KiB, under four of them): classified on a
  // worker of the line outputs' bounded old generation, it took the worker past its bound.
  const text = readFileSync(generated, 'utf8');
  const cut = text.indexOf('\n', text.length / 2) + 1;
  const words = Array.from({ length: 60_000 }, (_, i) => `failed to connect peer node-${i % 997} at 10.0.${i % 251}.${i % 241}:80`);
  const record = `${text.slice(0, text.indexOf(': ') + 2)}${words.join(', ').slice(0, 600_000)}\n`;
  const file = join(scratch, 'long-line.trace');
  writeFileSync(file, text.slice(0, cut) + record + text.slice(cut));
  const runLong = (jobs: string) => cli(['classify', file, '--jobs', jobs], { env: { DIEGESIS_SEGMENT_BYTES: String(256 * 1024) } });
  const one = runLong('1');
  const two = runLong('2');
  expect(two.stderr).toBe(one.stderr);
  expect(two.code).toBe(0);
  expect(two.stdout === one.stdout).toBe(true);
}, 60_000);

it('detects the format from first lines that span pieces of the head, a character cut between two, as one thread does', () => {
  // Detection decodes the head 32 KiB at a time until it has its 64 lines: long lines of two-byte characters, shifted
  // so that one of them starts at the last byte of the first piece.
  const lines = readFileSync(generated, 'utf8').split('\n').slice(0, 400).map((line) => `${line} ${'\u00e9'.repeat(400)}`);
  let text = lines.join('\n') + '\n';
  if (Buffer.from(text)[32767] !== 0xc3) text = `${lines[0] as string}x\n${lines.slice(1).join('\n')}\n`;
  const bytes = Buffer.from(text);
  expect(bytes[32767]).toBe(0xc3);
  const file = join(scratch, 'long-lines.trace');
  writeFileSync(file, bytes);
  for (const command of [['classify'], ['summary', '--output', 'json']]) {
    const one = run('1', [...command, file]);
    const two = run('2', [...command, file]);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  }
  const summary = JSON.parse(run('2', ['summary', '--output', 'json', file]).stdout);
  expect(summary.inputs[0].format).toBe('native');
  expect(summary.lines).toMatchObject({ read: 400, unparsed: 0 });
}, 60_000);

it('reads stdin on the main thread, as before', () => {
  const input = readFileSync(generated, 'utf8').slice(0, 50_000);
  const one = cli(['classify', '--jobs', '1'], { input });
  const two = cli(['classify', '--jobs', '2'], { input, env: { DIEGESIS_SEGMENT_BYTES: '2048' } });
  expect(two.stdout === one.stdout).toBe(true);
});

it('refuses a --jobs that is not a whole number >= 1', () => {
  const result = cli(['classify', '--jobs', '0', 'samples/monitor-failure.trace']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--jobs');
});
