import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { BIN, cli, sample } from './run-cli.js';

const read = (name: string): string => readFileSync(join(packageRoot, name), 'utf8');
const SAMPLES = ['service-startup.trace', 'user-session.trace', 'monitor-failure.trace'];

describe('the two lines of the pattern', () => {
  const records = cli(['classify', sample('service-startup.trace')])
    .stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('classifies the self-trace as non-diegetic', () => {
    const line = records.find((r) => r['message'] === 'ModuleA: foo called bar. Status OK.');
    expect(line).toMatchObject({ pid: 11864, tid: 11912, time: '06:34:53.598', narrator: 'ModuleA', kind: 'non-diegetic', subjects: [] });
  });

  it('classifies the report on ModuleA as diegetic with subject ModuleA and narrator ModuleB', () => {
    const line = records.find((r) => r['message'] === 'ModuleB: ModuleA integrity check. Status OK.');
    expect(line).toMatchObject({ pid: 11620, tid: 10372, time: '06:34:59.754', narrator: 'ModuleB', kind: 'diegetic', subjects: ['ModuleA'] });
    expect(String(line?.['reason'])).toContain('ModuleA');
  });

  it('emits the documented fields in order, and the header as an unparsed line', () => {
    expect(Object.keys(records[1] as object)).toEqual(['file', 'line', 'pid', 'tid', 'time', 'narrator', 'message', 'kind', 'subjects', 'reason']);
    expect(records[0]).toEqual({ file: 'samples/service-startup.trace', line: 1, kind: 'unparsed', text: 'PID   TID   TIME         MESSAGE', header: true });
  });
});

describe('show', () => {
  it.each(SAMPLES)('--color never reproduces %s byte for byte', (name) => {
    const result = cli(['show', '--color', 'never', sample(name)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(read(sample(name)));
  });

  it('is the default command and reads stdin', () => {
    const input = read(sample('user-session.trace'));
    expect(cli([], { input }).stdout).toBe(input);
    expect(cli(['-'], { input }).stdout).toBe(input);
  });

  it('colours diegetic records bold blue and dims unparsed lines with --color always', () => {
    const out = cli(['show', '--color', 'always', sample('service-startup.trace')]).stdout.split('\n');
    expect(out[0]).toBe('\u001b[2mPID   TID   TIME         MESSAGE\u001b[22m');
    expect(out[18]).toContain('\u001b[1m\u001b[34m');
    expect(out[18]).toMatch(/ModuleA/);
    expect(out[14]).toBe('11864 11912 06:34:53.598 ModuleA: foo called bar. Status OK.');
  });

  it.each([
    [{ FORCE_COLOR: '1' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    [{}, false],
  ])('under --color auto into a pipe, env %j gives colour=%s', (env, coloured) => {
    const out = cli(['show', sample('monitor-failure.trace')], { env }).stdout;
    expect(out.includes('\u001b[')).toBe(coloured);
  });

  it('shows control characters escaped when colour is on, and never raw', () => {
    const input = '1 2 03:04:05.600 Mon: Svc is \u001b[31mdown\u001b[0m\n';
    const out = cli(['show', '--color', 'always'], { input }).stdout;
    expect(out).toContain('\\x1B[31m');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
  });
});

describe('filter', () => {
  const trace = read(sample('monitor-failure.trace')).split(/(?<=\n)/);
  const lines = (...numbers: number[]): string => numbers.map((n) => trace[n - 1]).join('');

  it('prints the matching records with their continuation lines, byte for byte, exit 0', () => {
    const result = cli(['filter', '--narrator', 'IndexerSvc', '--match', 'failed', sample('monitor-failure.trace')]);
    expect(result).toEqual({ code: 0, stdout: lines(17, 18, 19, 20), stderr: '' });
  });

  it('combines criteria with AND', () => {
    const result = cli(['filter', '--diegetic', '--subject', 'printspooler', '--since', '06:35:06', '--until', '2024-03-01 06:35:12', sample('monitor-failure.trace')]);
    expect(result.stdout).toBe(lines(11, 17, 18, 19, 20, 22));
  });

  it('selects by pid and tid, decimal or hex', () => {
    expect(cli(['filter', '--pid', '0x113a', '--tid', '4418', sample('monitor-failure.trace')]).stdout).toBe(lines(12, 13));
  });

  it('keeps exactly the diegetic records that classify marks diegetic', () => {
    const file = sample('monitor-failure.trace');
    const diegetic = cli(['classify', file]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; line: number })
      .filter((r) => r.kind === 'diegetic').map((r) => r.line);
    const printed = cli(['filter', '--diegetic', file]).stdout;
    expect(diegetic.length).toBeGreaterThan(3);
    for (const n of diegetic) expect(printed).toContain(trace[n - 1]);
    expect(cli(['filter', '--non-diegetic', file]).stdout.split('\n').some((l) => printed.includes(l) && l !== '')).toBe(false);
  });

  it('exits 1 when nothing matches', () => {
    expect(cli(['filter', '--subject', 'NoSuchComponent', sample('monitor-failure.trace')])).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it.each([
    [['--match', '(unclosed'], '--match "(unclosed" is not a valid regular expression'],
    [['--since', '2024-03-01 06:40', '--until', '2024-03-01 06:30'], '--since "2024-03-01 06:40" is later than --until "2024-03-01 06:30"'],
    [['--since', 'yesterday'], '--since "yesterday" is not a time'],
    [['--pid', 'abc'], '--pid "abc" is not a process or thread id'],
    [['--diegetic', '--non-diegetic'], '--diegetic and --non-diegetic cannot be used together'],
    [['--bogus'], 'Unknown argument: bogus'],
  ])('rejects %j with one line on stderr and exit 2', (args, message) => {
    const result = cli(['filter', ...args, sample('monitor-failure.trace')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('errors and pipes', () => {
  it.each([
    ['missing.trace', 'missing.trace: no such file'],
    ['samples', 'samples: is a directory'],
  ])('reports %s in one line, exit 2, and still processes the other inputs', (bad, message) => {
    const result = cli(['show', bad, sample('user-session.trace')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`diegesis: ${message}\n`);
    expect(result.stdout).toBe(read(sample('user-session.trace')));
  });

  it('ends quietly with exit 0 when stdout is closed early', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => `1 2 03:04:05.${String(i % 1000).padStart(3, '0')} Mon: Svc${i} is down\n`).join('');
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} show | head -1; echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { input: big, encoding: 'utf8' });
    expect(result.stdout).toBe('1 2 03:04:05.000 Mon: Svc0 is down\nexit=0\n');
    expect(result.stderr).toBe('');
  });

  it('builds an executable bin, so that npx diegesis runs it directly', () => {
    expect(() => accessSync(BIN, constants.X_OK)).not.toThrow();
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=30\n')).toBe(true);
    // Run as the executable, through its first line.
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--help shows examples, and completion prints a script', () => {
    for (const command of ['show', 'filter', 'classify', 'summary']) {
      expect(cli([command, '--help']).stdout).toContain('Examples:');
    }
    const completion = cli(['completion']);
    expect(completion).toMatchObject({ code: 0, stderr: '' });
    expect(completion.stdout).toContain('_diegesis_yargs_completions');
    expect(cli(['completion', '--help'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('prints a completion script for bash, or for zsh when $SHELL is zsh', () => {
    const bash = cli(['completion'], { env: { SHELL: '/bin/bash' } }).stdout;
    expect(bash).toMatch(/^complete .* -F _diegesis_yargs_completions diegesis$/m);
    const zsh = cli(['completion'], { env: { SHELL: '/usr/bin/zsh' } }).stdout;
    expect(zsh.startsWith('#compdef diegesis\n')).toBe(true);
    expect(zsh).toMatch(/^ {2}compdef _diegesis_yargs_completions diegesis$/m);
  });

  it('completes options by their long names after "-" or "--", never as "--j"', () => {
    const complete = (...typed: string[]): string[] => cli(['--get-yargs-completions', 'diegesis', ...typed]).stdout.split('\n').filter(Boolean);
    for (const typed of ['-', '--']) {
      const offered = complete('summary', typed);
      expect(offered).toEqual(expect.arrayContaining(['--jobs', '--output', '--gap', '--color']));
      expect(offered.filter((word) => /^--?.$/.test(word) || word === '--j')).toEqual([]);
    }
    expect(complete('summary', '-o', '')).toEqual(['text', 'markdown', 'json', 'html']);
    expect(complete('')).toEqual(expect.arrayContaining(['show', 'summary', 'explain', 'completion']));
  });

  it('says an invalid choice in one line', () => {
    const result = cli(['show', '--color', 'sometimes', sample('user-session.trace')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('diegesis: Invalid values: Argument: color, Given: "sometimes", Choices: "auto", "always", "never" (see diegesis --help)\n');
  });

  it("prints its own package's version, wherever it is run from", () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version;
    expect(execFileSync(process.execPath, [BIN, '--version'], { cwd: tmpdir(), encoding: 'utf8' })).toBe(`${version}\n`);
  });
});

describe('the command line', () => {
  const monitor = read(sample('monitor-failure.trace'));
  const user = read(sample('user-session.trace'));

  it('reads standard input where "-" stands among the files', () => {
    expect(cli(['show', '-', sample('user-session.trace')], { input: monitor }).stdout).toBe(monitor + user);
    expect(cli(['show', sample('user-session.trace'), '-'], { input: monitor }).stdout).toBe(user + monitor);
  });

  it('takes every word after "--" as a file', () => {
    const result = cli(['show', '--', sample('user-session.trace')], { input: monitor });
    expect(result).toMatchObject({ code: 0, stdout: user });
    const dashed = join(mkdtempSync(join(tmpdir(), 'diegesis-cli-')), '-x.trace');
    writeFileSync(dashed, user);
    expect(cli(['show', '--', dashed]).stdout).toBe(user);
    // Names that start with "-", as they stand in the working directory.
    const dir = mkdtempSync(join(tmpdir(), 'diegesis-cli-'));
    writeFileSync(join(dir, '-x.trace'), user);
    writeFileSync(join(dir, '--color'), monitor);
    const shown = execFileSync(process.execPath, [BIN, 'show', '--', '-x.trace', '--color'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] } });
    expect(shown).toBe(user + monitor);
  });

  it('reads the files after --lexicon FILE and --grammar FILE, and adds up repeated ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diegesis-cli-'));
    const lexicon = join(dir, 'lexicon.json');
    writeFileSync(lexicon, '{}');
    const result = cli(['classify', '--lexicon', lexicon, '--lexicon', lexicon, '--grammar', 'grammars/native.json', sample('user-session.trace')]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(cli(['classify', sample('user-session.trace')]).stdout);
  });

  it('refuses a --grammar whose token can backtrack catastrophically, in one line, exit 2', () => {
    const grammar = JSON.parse(read('grammars/native.json')) as { name: string; tokens: { name: string; pattern: string }[] };
    grammar.name = 'careless';
    (grammar.tokens[5] as { pattern: string }).pattern = '(\\w+\\s?)+:';
    const file = join(mkdtempSync(join(tmpdir(), 'diegesis-cli-')), 'bad.json');
    writeFileSync(file, JSON.stringify(grammar));
    expect(cli(['show', '--grammar', file, sample('user-session.trace')])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `diegesis: ${file}: tokens.5.pattern: token "PrefixName": pattern "(\\\\w+\\\\s?)+:" can backtrack catastrophically: ` +
        'the repetition "(\\\\w+\\\\s?)+" can match "aa" in more than one way, so a line it fails on takes exponential time; ' +
        'make the repetition unambiguous, e.g. "\\\\w+(?:\\\\s\\\\w+)*" rather than "(\\\\w+\\\\s?)+"\n',
    });
  });

  it.each([
    [['sumary', sample('user-session.trace')], 'diegesis: unknown command "sumary" (did you mean summary?), and no file of that name\n'],
    [['--jobs', 'abc', sample('user-session.trace')], 'diegesis: --jobs wants a whole number of threads >= 1\n'],
    [['--jobs', '0', sample('user-session.trace')], 'diegesis: --jobs "0" is not a whole number of threads >= 1\n'],
    [['formats', '--detect'], 'diegesis: Not enough arguments following: detect (see diegesis --help)\n'],
    [['explain', 'a.trace:1', '--', '-:2'], 'diegesis: Unknown argument: -:2 (see diegesis --help)\n'],
  ])('says what is wrong with %j in one line, exit 2', (args, message) => {
    expect(cli(args)).toMatchObject({ code: 2, stdout: '', stderr: message });
  });

  it('takes the last value of a single-valued option given twice', () => {
    const file = sample('monitor-failure.trace');
    expect(cli(['filter', '--narrator', 'Nobody', '--narrator', 'HealthMonitor', file]).stdout).toBe(cli(['filter', '--narrator', 'HealthMonitor', file]).stdout);
    const summary = cli(['summary', '-o', 'text', '-o', 'json', file]);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ schemaVersion: expect.any(Number) });
  });
});

describe('explain', () => {
  it('prints the decision trace of one record: narrator, candidates, cues, rule, decision', () => {
    const result = cli(['explain', `${sample('monitor-failure.trace')}:9`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^samples\/monitor-failure\.trace:9\n/);
    expect(result.stdout).toContain('narrator: HealthMonitor');
    expect(result.stdout).toContain('"PrintSpooler"');
    expect(result.stdout).toMatch(/cues: .*"not responding"/);
    expect(result.stdout).toMatch(/decision: diegetic subjects: PrintSpooler/);
  });

  it('reads the line of standard input that -:LINE names, as "-" reads it elsewhere, and after "--" too', () => {
    const input = read(sample('monitor-failure.trace'));
    const fromFile = cli(['explain', `${sample('monitor-failure.trace')}:9`]).stdout;
    for (const args of [['explain', '-:9'], ['explain', '--', '-:9']]) {
      const result = cli(args, { input });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(fromFile.replace(/^samples\/monitor-failure\.trace:/, '-:'));
    }
    expect(cli(['explain', '--', `${sample('monitor-failure.trace')}:9`]).stdout).toBe(fromFile);
  });

  it('finds the record a continuation line belongs to, and says what an unparsed line is', () => {
    expect(cli(['explain', `${sample('monitor-failure.trace')}:19`]).stdout).toMatch(/^samples\/monitor-failure\.trace:17 \(line 19 continues the record\)/);
    expect(cli(['explain', `${sample('monitor-failure.trace')}:1`]).stdout).toContain('is the column header line');
    // An alert log's stamp line heads the entries below it; the entry below it has its time.
    expect(cli(['explain', `${sample('oracle-db-alert.log')}:1`]).stdout).toContain('is a stamp line, whose time the entries below it take');
    expect(cli(['explain', `${sample('oracle-db-alert.log')}:2`]).stdout).toContain('format: oracle-alert; pid: -; tid: -; time: 2024-06-03 21:00:00.004102');
  });

  it.each([
    [`${sample('monitor-failure.trace')}:99`, 'has 27 lines, no line 99'],
    ['nowhere', '"nowhere" is not a location (expected FILE:LINE'],
    ['missing.trace:3', 'missing.trace: no such file'],
  ])('rejects %s with exit 2', (location, message) => {
    const result = cli(['explain', location]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('summary', () => {
  it.each([
    ['markdown', 'monitor-failure.summary.md'],
    ['json', 'monitor-failure.summary.json'],
  ])('--output %s on the monitor sample is exactly the reviewed report', (output, expected) => {
    const result = cli(['summary', '--output', output, sample('monitor-failure.trace')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(read(join('test', 'cli', 'expected', expected)));
  });

  it('counts the named threads of a Java log (no TIDs) as threads: the count, the table, the gaps within a thread', () => {
    const input = [
      '2024-03-01 10:00:00.123  INFO 4242 --- [http-nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in 1 ms',
      '2024-03-01 10:00:01.123 ERROR 4242 --- [pool-2-thread-3] c.e.billing.PaymentClient                : Payment gateway unreachable',
      '2024-03-01 10:00:02.123  INFO 4242 --- [http-nio-8080-exec-1] c.e.orders.OrderController               : order 17 placed',
      '2024-03-01 10:10:02.123  INFO 4242 --- [http-nio-8080-exec-1] c.e.orders.OrderController               : order 18 placed',
      '',
    ].join('\n');
    const text = cli(['summary', '--gap', '60s', '-'], { input }).stdout;
    expect(text).toMatch(/^ {2}Threads +2$/m);
    expect(text).toMatch(/^ {2}Gaps +1 in the whole trace \(>= 1m 00\.000s\), 1 within threads/m);
    expect(text).toMatch(/^ {2}thread 4242\/\[http-nio-8080-exec-1\] +2024-03-01 10:00:02\.123 +2024-03-01 10:10:02\.123 +10m 00\.000s$/m);
    expect(text).toMatch(/^ {3}PID {2}THREAD +RECORDS/m);
    expect(text).toMatch(/^ {2}4242 {2}http-nio-8080-exec-1 +3 /m);
    expect(text).toMatch(/^ {2}4242 {2}pool-2-thread-3 +1 /m);
    const json = JSON.parse(cli(['summary', '-o', 'json', '--gap', '60s', '-'], { input }).stdout) as {
      threads: { rows: unknown[]; missing: number };
      gaps: { threads: { rows: unknown[] } };
    };
    expect(json.threads.rows[0]).toMatchObject({ pid: 4242, tid: null, thread: 'http-nio-8080-exec-1', records: 3 });
    expect(json.threads.missing).toBe(0);
    expect(json.gaps.threads.rows).toEqual([expect.objectContaining({ pid: 4242, tid: null, thread: 'http-nio-8080-exec-1', durationMs: 600_000 })]);
    const html = cli(['summary', '-o', 'html', '--gap', '60s', '-'], { input }).stdout;
    expect(html).toContain('thread 4242/[http-nio-8080-exec-1]');
    expect(html).toContain('pool-2-thread-3');
  });

  it('filters a Java log by thread name, and a native trace by TID with the same option', () => {
    const lines = [
      '2024-03-01 10:00:00.123  INFO 4242 --- [http-nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in 1 ms',
      '2024-03-01 10:00:01.123 ERROR 4242 --- [pool-2-thread-3] c.e.billing.PaymentClient                : Payment gateway unreachable',
      '\tat c.e.billing.PaymentClient.charge(PaymentClient.java:42)',
      '2024-03-01 10:00:02.123  INFO 4242 --- [http-nio-8080-exec-1] c.e.orders.OrderController               : order 17 placed',
    ];
    const input = `${lines.join('\n')}\n`;
    expect(cli(['filter', '--thread', 'pool-2-thread-3', '-'], { input }).stdout).toBe(`${lines[1]}\n${lines[2]}\n`);
    const none = cli(['filter', '--thread', 'pool-2-thread-9', '-'], { input });
    expect([none.code, none.stdout]).toEqual([1, '']);
    const byTid = cli(['filter', '--thread', '10372', sample('service-startup.trace')]).stdout;
    expect(byTid).toContain('ModuleB: ModuleA integrity check. Status OK.');
    expect(byTid).not.toContain('ModuleA: foo called bar');
    const empty = cli(['filter', '--thread', '', '-'], { input });
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('--thread "" names no thread')]);
  });

  it('text output names the failures and uses no colour into a pipe', () => {
    const out = cli(['summary', sample('monitor-failure.trace')]).stdout;
    expect(out).toMatch(/PrintSpooler\s+not responding\s+2/);
    expect(out).not.toContain('\u001b');
  });
});
