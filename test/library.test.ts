/**
 * The library's public surface (src/index.ts, the package's entry point): parsing and classifying through it, its
 * agreement with `diegesis classify`, and the package entry resolving to it once built (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { packageRoot } from '../src/paths.js';
import {
  DiegesisError,
  builtinFormats,
  classifyFile,
  classifyTrace,
  createCachedClassifier,
  createClassifier,
  findFormat,
  loadLexicon,
  parseFile,
  parseTrace,
  recordToNdjson,
  unparsedToNdjson,
  type Decision,
  type Lexicon,
  type TraceRecord,
  type UnparsedLine,
} from '../src/index.js';
import { cli } from './cli/run-cli.js';

const read = (path: string): string => readFileSync(join(packageRoot, path), 'utf8');

const NATIVE = [
  'PID   TID   TIME         MESSAGE\n',
  '11864 11912 06:34:53.598 ModuleA: foo called bar. Status OK.\r\n',
  '11620 10372 06:34:59.754 ModuleB: ModuleA integrity check. Status OK.\n',
  '    checked 3 of 3 sections\n',
  '11620 10372 06:35:00.001 ModuleB: done',
].join('');

/** What messageOf finds: the record of that message, with its decision. */
function messageOf(records: readonly { record: TraceRecord; decision: Decision }[], message: string): { record: TraceRecord; decision: Decision } {
  const found = records.find((r) => r.record.message === message);
  if (found === undefined) throw new Error(`no record "${message}"`);
  return found;
}

describe('parseTrace', () => {
  it('reads a native trace: the header apart, a continuation line in its record, line terminators kept', () => {
    const trace = parseTrace(NATIVE);
    expect(trace.format.name).toBe('native');
    expect(trace.unparsed).toEqual([{ file: '-', line: { number: 1, text: 'PID   TID   TIME         MESSAGE', eol: '\n' }, header: true }]);
    expect(trace.records.map((r) => [r.line, r.narrator, r.message])).toEqual([
      [2, 'ModuleA', 'ModuleA: foo called bar. Status OK.'],
      [3, 'ModuleB', 'ModuleB: ModuleA integrity check. Status OK.'],
      [5, 'ModuleB', 'ModuleB: done'],
    ]);
    const [first, second, last] = trace.records as [TraceRecord, TraceRecord, TraceRecord];
    expect(first).toMatchObject({ file: '-', format: 'native', pid: 11864, tid: 11912, time: '06:34:53.598' });
    expect(first.lines).toEqual([{ number: 2, text: '11864 11912 06:34:53.598 ModuleA: foo called bar. Status OK.', eol: '\r\n' }]);
    expect(second.lines.map((l) => [l.number, l.text, l.eol])).toEqual([
      [3, '11620 10372 06:34:59.754 ModuleB: ModuleA integrity check. Status OK.', '\n'],
      [4, '    checked 3 of 3 sections', '\n'],
    ]);
    expect(last.lines[0]?.eol).toBe('');
    // Every line is in a record or among the unparsed ones, and the text comes back whole.
    const lines = [...trace.unparsed.map((u) => u.line), ...trace.records.flatMap((r) => r.lines)].sort((a, b) => a.number - b.number);
    expect(lines.map((l) => l.text + l.eol).join('')).toBe(NATIVE);
  });

  it('detects another built-in format, with its stack trace as continuation lines', () => {
    const trace = parseTrace(read('test/fixtures/formats/log4j.log'), { file: 'app.log' });
    expect(trace.format.name).toBe('log4j');
    const failed = trace.records.find((r) => r.message.endsWith('call getTask from 10.86.169.121:55612: error'));
    expect(failed).toMatchObject({ file: 'app.log', format: 'log4j', date: '2015-10-18', time: '18:01:52,102', fields: { level: 'WARN' } });
    expect(failed?.lines.map((l) => l.text)).toEqual([
      expect.stringContaining('WARN [IPC Server handler 5 on 9000]'),
      'java.io.IOException: Connection reset by peer',
      '\tat sun.nio.ch.FileDispatcherImpl.read0(Native Method)',
      '\tat org.apache.hadoop.ipc.Server$Connection.readAndProcess(Server.java:1496)',
      'Caused by: java.net.SocketException: Broken pipe',
      '\t... 5 more',
    ]);
  });

  it('joins to a record the lines of its message that stand before its stack trace; lines no continuation follows stay apart', () => {
    const text = [
      '2024-05-14 08:37:52,402 ERROR [handler=18] master.MasterRpcServices: Region server rs3 reported a fatal error:',
      '***** ABORTING region server rs3: Unexpected exception *****',
      'Cause:',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.util.Arrays.copyOf(Arrays.java:3537)',
      '2024-05-14 08:39:10,255 INFO [main] master.HMaster: balancer ran',
      '=== operator note ===',
      '2024-05-14 08:39:11,000 INFO [main] master.HMaster: done',
      '--- tail ---',
    ].join('\n');
    const trace = parseTrace(text, { format: 'log4j' });
    expect(trace.records.map((r) => r.lines.map((l) => l.number))).toEqual([[1, 2, 3, 4, 5], [6], [8]]);
    expect(trace.unparsed.map((u) => u.line.number)).toEqual([7, 9]);
  });

  it('detects a syslog trace as the CLI does', () => {
    expect(parseTrace(read('test/fixtures/formats/syslog.log')).format.name).toBe('syslog');
  });

  it('reads with a format forced by name or as a Format, instead of detecting one', () => {
    const text = '2015-10-18 18:01:47,978 INFO [main] Foo: started\n';
    expect(parseTrace(text).format.name).toBe('log4j');
    const forced = parseTrace(text, { format: 'native' });
    expect(forced.format.name).toBe('native');
    expect(forced.records).toEqual([]);
    expect(forced.unparsed.map((u) => u.line.text)).toEqual(['2015-10-18 18:01:47,978 INFO [main] Foo: started']);
    const generic = findFormat(builtinFormats(), 'generic');
    expect(parseTrace(text, { format: generic }).format).toBe(generic);
  });

  it('drops a leading byte-order mark, as the CLI does from a file, so that the first line still parses', () => {
    const text = '11864 11912 06:34:53.598 ModuleA: foo.\n11620 10372 06:34:59.754 ModuleB: bar\n';
    const trace = parseTrace(`\ufeff${text}`);
    expect(trace.format.name).toBe('native');
    expect(trace.unparsed).toEqual([]);
    expect(trace.records.map((r) => [r.line, r.lines[0]?.text])).toEqual(parseTrace(text).records.map((r) => [r.line, r.lines[0]?.text]));
    // A line alone is detected from itself, the mark not in its way.
    expect(parseTrace('\ufeff11864 11912 06:34:53.598 ModuleA: foo.\n').format.name).toBe('native');
    expect(classifyTrace(`\ufeff${NATIVE}`).records.map((r) => r.record.line)).toEqual([2, 3, 5]);
    const cliRecords = cli(['classify'], { input: `\ufeff${text}` }).stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: number }).line);
    expect(cliRecords).toEqual([1, 2]);
  });

  it('refuses an unknown format name with a DiegesisError naming it and the known ones', () => {
    const attempt = (): unknown => parseTrace(NATIVE, { format: 'no-such-format' });
    expect(attempt).toThrow(DiegesisError);
    expect(attempt).toThrow(/unknown format "no-such-format"; known formats: .*\bnative\b/);
  });

  it('refuses to read with no format at all', () => {
    expect(() => parseTrace(NATIVE, { formats: [] })).toThrow(DiegesisError);
  });
});

describe('classifyTrace', () => {
  it('tells the report on another component from a self-trace', () => {
    const trace = classifyTrace(NATIVE);
    const report = messageOf(trace.records, 'ModuleB: ModuleA integrity check. Status OK.');
    expect(report.decision).toMatchObject({ kind: 'diegetic', subjects: ['ModuleA'], negative: false });
    expect(report.decision.spans).toContainEqual({ start: 0, end: 7, role: 'narrator' });
    expect(report.decision.spans).toContainEqual({ start: 9, end: 16, role: 'subject' });
    const self = messageOf(trace.records, 'ModuleA: foo called bar. Status OK.');
    expect(self.decision).toMatchObject({ kind: 'non-diegetic', subjects: [] });
    expect(trace.records.map((r) => r.record.line)).toEqual([2, 3, 5]);
  });

  it('classifies with the classifier given, whose decisions rest on the narrators it has seen', () => {
    // "pricer" is a component only once it has written a message of its own.
    const report = '100 2 00:00:01.000 Checker: pricer is not responding\n';
    expect(classifyTrace(report).records.map((r) => r.decision.kind)).toEqual(['non-diegetic']);
    const classifier = createClassifier(loadLexicon());
    classifyTrace('100 1 00:00:00.000 pricer: started\n', { classifier });
    const after = classifyTrace(report, { classifier }).records.map((r) => r.decision);
    expect(after).toMatchObject([{ kind: 'diegetic', subjects: ['pricer'], status: 'not responding', negative: true }]);
  });

  it('refuses a lexicon that loadLexicon did not make with a DiegesisError saying what is expected', () => {
    const expected = 'lexicon: expected a Lexicon made by loadLexicon(files), got';
    const given = (lexicon: unknown) => () => classifyTrace(NATIVE, { lexicon: lexicon as Lexicon });
    expect(given({})).toThrow(DiegesisError);
    expect(given({})).toThrow(`${expected} an object loadLexicon did not make`);
    expect(given({ ...loadLexicon() })).toThrow(`${expected} an object loadLexicon did not make`);
    expect(given('my-lexicon.json')).toThrow(`${expected} the string "my-lexicon.json" (a lexicon file's path goes to loadLexicon([path]))`);
    expect(() => createClassifier(null as unknown as Lexicon)).toThrow(`${expected} null`);
    expect(() => createClassifier([] as unknown as Lexicon)).toThrow(`${expected} an array`);
    expect(() => createCachedClassifier(42 as unknown as Lexicon)).toThrow(`${expected} a number`);
    // undefined is no lexicon given: the built-in one.
    expect(classifyTrace(NATIVE, { lexicon: undefined }).records).toHaveLength(3);
  });
});

describe('parseFile and classifyFile', () => {
  it('stream a file record by record, and say what they read', async () => {
    const records: TraceRecord[] = [];
    const unparsed: UnparsedLine[] = [];
    const stats = await parseFile('samples/monitor-failure.trace', { record: (r) => records.push(r), unparsed: (u) => unparsed.push(u) });
    expect(stats).toEqual({ file: 'samples/monitor-failure.trace', format: 'native', lines: 27, truncated: 0 });
    expect(records.length + unparsed.length).toBeGreaterThan(1);
    expect(records.every((r) => r.file === 'samples/monitor-failure.trace')).toBe(true);
  });

  it('read "-" from the stream given as standard input, with a forced format', async () => {
    const decisions: Decision[] = [];
    const stats = await classifyFile('-', { record: (_r, d) => decisions.push(d) }, { stdin: Readable.from([Buffer.from(NATIVE)]), format: 'native' });
    expect(stats.format).toBe('native');
    expect(decisions.map((d) => d.kind)).toEqual(['non-diegetic', 'diegetic', 'non-diegetic']);
  });

  it('reject with a DiegesisError naming an input that cannot be opened', async () => {
    await expect(parseFile('samples/no-such.trace', { record: () => undefined })).rejects.toThrow(new DiegesisError('samples/no-such.trace: no such file'));
  });
});

describe('the library classifies as `diegesis classify` does', () => {
  const inputs = ['samples/monitor-failure.trace', 'samples/service-startup.trace', 'samples/user-session.trace', 'test/fixtures/formats/log4j.log'];

  it.each(inputs)('%s: the same decisions, and the same lines, in memory and streamed', async (input) => {
    const result = cli(['classify', input]);
    expect(result.code).toBe(0);
    const expected = result.stdout.split(/(?<=\n)/);
    const objects = expected.map((l) => JSON.parse(l) as Record<string, unknown>).filter((o) => o['kind'] !== 'unparsed');

    const trace = classifyTrace(read(input), { file: input });
    expect(trace.records.map(({ record, decision }) => ({ line: record.line, kind: decision.kind, subjects: decision.subjects, reason: decision.reason }))).toEqual(
      objects.map((o) => ({ line: o['line'], kind: o['kind'], subjects: o['subjects'], reason: o['reason'] })),
    );
    expect(objects.some((o) => o['kind'] === 'diegetic')).toBe(true);
    const inMemory = [
      ...trace.records.map(({ record, decision }) => ({ at: record.line, line: recordToNdjson(record, decision) })),
      ...trace.unparsed.map((u) => ({ at: u.line.number, line: unparsedToNdjson(u) })),
    ].sort((a, b) => a.at - b.at);
    expect(inMemory.map((l) => l.line)).toEqual(expected);

    const streamed: string[] = [];
    await classifyFile(input, { record: (r, d) => streamed.push(recordToNdjson(r, d)), unparsed: (u) => streamed.push(unparsedToNdjson(u)) });
    expect(streamed).toEqual(expected);
  });
});

describe('the package entry', () => {
  const manifest = JSON.parse(read('package.json')) as { main: string; types: string; exports: Record<string, string> };

  it('points main, types and exports at files the build made', () => {
    for (const path of [manifest.main, manifest.types, manifest.exports['.'] as string]) expect(existsSync(join(packageRoot, path))).toBe(true);
    expect(manifest.exports['.']).toBe(`./${manifest.main}`);
  });

  it('resolves import("diegesis") to the public surface, which classifies', () => {
    const script = [
      "const m = await import('diegesis');",
      "const t = m.classifyTrace('11620 10372 06:34:59.754 ModuleB: ModuleA integrity check. Status OK.\\n');",
      'console.log(JSON.stringify({ names: Object.keys(m).sort(), format: t.format.name, decision: t.records[0].decision }));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = JSON.parse(child.stdout) as { names: string[]; format: string; decision: Decision };
    expect(out.names).toEqual([
      'DataFileError',
      'DiegesisError',
      'bodyOf',
      'builtinFormats',
      'classifyFile',
      'classifyTrace',
      'createCachedClassifier',
      'createClassifier',
      'detectFormat',
      'findFormat',
      'loadFormats',
      'loadLexicon',
      'parseFile',
      'parseTrace',
      'recordToNdjson',
      'threadOf',
      'unparsedToNdjson',
    ]);
    expect(out.format).toBe('native');
    expect(out.decision).toMatchObject({ kind: 'diegetic', subjects: ['ModuleA'] });
  });

  it('declares the types of its exports', () => {
    const types = read(manifest.types);
    for (const name of ['TraceRecord', 'SourceLine', 'UnparsedLine', 'Decision', 'Span', 'Kind', 'Format', 'Classifier', 'Lexicon', 'ParseOptions', 'ClassifyTextOptions', 'ClassifyFileOptions', 'ParsedTrace', 'ClassifiedTrace']) {
      expect(types).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
