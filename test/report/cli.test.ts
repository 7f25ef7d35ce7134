/** The support-case report end to end: the built CLI's story, merge, graph and HTML outputs. */
import { cli, sample } from '../cli/run-cli.js';

const monitor = sample('monitor-failure.trace');
const a = 'test/fixtures/merge/host-a.trace';
const b = 'test/fixtures/merge/host-b.trace';

describe('diegesis story', () => {
  it("tells one component's story in time order, exit 0", () => {
    const result = cli(['story', 'printspooler', monitor]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('samples/monitor-failure.trace:5: 2024-03-01 06:35:00.001 HealthMonitor: PrintSpooler health OK  [OK]');
    expect(lines).toContain('samples/monitor-failure.trace:9: 2024-03-01 06:35:05.001 HealthMonitor: PrintSpooler is not responding  [! not responding]');
    expect(lines[lines.length - 1]).toBe('-- 7 reports on printspooler (3 negative) by HealthMonitor, IndexerSvc');
  });

  it('interleaves the own messages with --with-own, and merges several files by time', () => {
    const out = cli(['story', '--with-own', 'Spooler', a, b]).stdout;
    expect(out.split('\n').filter((l) => l.includes(':')).map((l) => l.split(': ')[0])).toEqual([
      `${b}:1`, `${a}:3`, `${a}:5`, `${b}:4`,
    ]);
  });

  it.each([[''], ['  ']])('rejects the blank name %j: one line, exit 2', (name) => {
    expect(cli(['story', name, monitor])).toEqual({ code: 2, stdout: '', stderr: `diegesis: story wants a component name, got "${name}" (see diegesis --help)\n` });
    expect(cli(['story', name], { input: 'never read' })).toMatchObject({ code: 2, stdout: '' });
  });

  it('exits 1 when nobody reported on the component', () => {
    expect(cli(['story', 'NoSuchComponent', monitor])).toEqual({ code: 1, stdout: '-- no message reports on NoSuchComponent\n', stderr: '' });
    // Its own messages printed with --with-own are no report on it.
    const own = cli(['story', '--with-own', 'HealthMonitor', monitor]);
    expect(own.code).toBe(1);
    expect(own.stdout).toContain('-- 0 reports on HealthMonitor (0 negative); 14 own messages\n');
  });
});

describe('show --merge', () => {
  it('interleaves the lines of several files by time, each line as read', () => {
    const out = cli(['show', '--merge', '--color', 'never', a, b]).stdout.split('\n');
    expect(out.slice(1, 6)).toEqual([
      '100   10    10:00:00.000 Monitor: polling Spooler',
      '200   20    10:00:01.000 Indexer: request to Spooler failed with error 1722',
      '#### a junk line',
      '100   10    10:00:02.000 Monitor: Spooler is not responding',
      '    probe timed out after 1000 ms',
    ]);
  });

  it('without --merge keeps reading one file after the other', () => {
    expect(cli(['show', '--color', 'never', a, b]).stdout.split('\n')[5]).toBe('200   20    10:00:01.000 Indexer: request to Spooler failed with error 1722');
  });
});

describe('summary', () => {
  it('merges several files by time: gaps and deltas see one timeline', () => {
    const json = JSON.parse(cli(['summary', '-o', 'json', a, b]).stdout) as { inputs: unknown[]; gaps: { traceDeltas: { counts: number[] } } };
    expect(json.inputs).toHaveLength(2);
    // Six timed records one second apart: five deltas of 1 s, none negative.
    expect(json.gaps.traceDeltas.counts.reduce((x, y) => x + y)).toBe(5);
  });

  it('prints only the graph with --graph', () => {
    expect(cli(['summary', '--graph', 'dot', monitor]).stdout).toContain('n0 -> n1 [label="5 (2 negative)"');
    expect(cli(['summary', '--graph', 'mermaid', monitor]).stdout).toContain('n1["PrintSpooler (silent)"]:::silent');
  });

  it('takes --gap as a duration, and says what it expects otherwise', () => {
    expect(cli(['summary', '--gap', '5s', monitor]).stdout).toContain('thread 4410/4414    2024-03-01 06:34:50.000  2024-03-01 06:35:00.001  10.001s');
    // A value that starts with a minus is still the value, and refused as such (yargs took "-5s" for flags).
    for (const gap of ['soon', '-5s', '-5', '0s']) {
      expect(cli(['summary', '--gap', gap, monitor])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `diegesis: --gap "${gap}" is not a positive duration (expected a number and a unit, e.g. 2s, 500ms, 5m, 1h)\n`,
      });
    }
    expect(cli(['filter', '--since', '-5m', monitor]).stderr).toMatch(/^diegesis: --since "-5m" is not a time /);
  });

  it('writes one self-contained HTML page: no script, nothing fetched', () => {
    const html = cli(['summary', '-o', 'html', monitor]).stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg id="timeline"');
    expect(html).toContain('<svg id="graph"');
    expect(html).toContain('PrintSpooler (silent)');
    expect(html).not.toMatch(/<script|<link|@import|url\((?!#)|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
