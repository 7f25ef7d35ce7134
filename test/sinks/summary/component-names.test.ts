/**
 * Which component a name names (src/sinks/summary/component-names.ts), and what silent components and `story NAME`
 * make of it on realistic lines: syslog with systemd units, a Windows service monitor, a native trace.
 */
import { classifyTrace } from '../../../src/index.js';
import { createPalette } from '../../../src/sinks/palette.js';
import { createStorySink } from '../../../src/sinks/story.js';
import { answersTo, componentKey, componentKeys, narratorKeys } from '../../../src/sinks/summary/component-names.js';
import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { buildGraph } from '../../../src/sinks/summary/graph.js';
import type { Summary } from '../../../src/sinks/summary/types.js';

describe('componentKey', () => {
  it.each([
    ['nginx', 'nginx'],
    ['NGINX', 'nginx'],
    ['nginx.service', 'nginx'],
    ['sshd.service - OpenBSD Secure Shell server', 'sshd'],
    ['nginx.service - A high performance web server and a reverse proxy server', 'nginx'],
    ['docker.socket', 'docker'],
    ['logrotate.timer', 'logrotate'],
    ['PrintSpooler service', 'printspooler'],
    ['The PrintSpooler service', 'printspooler'],
    ['Print Spooler service', 'print spooler'],
    ['sshd daemon', 'sshd'],
    ['nginx process', 'nginx'],
    ['Apache server', 'apache'],
    ['service nginx', 'nginx'],
    ['unit nginx.service', 'nginx'],
    ['spoolsv.exe', 'spoolsv'],
    ['Contoso.Bridge.dll', 'contoso.bridge'],
    ['process 901', 'pid 901'],
    ['PID 901', 'pid 901'],
    ['pid=901', 'pid 901'],
    ['  IndexerSvc ', 'indexersvc'],
  ])('%s -> %s', (name, key) => {
    expect(componentKey(name)).toBe(key);
  });

  it('keeps apart names that differ in more than their kind', () => {
    const distinct = ['db01', 'db02', 'api', 'api-gateway', 'Indexer', 'IndexerSvc', 'redis', 'redis client', 'service', 'server', 'process'];
    expect(new Set(distinct.map(componentKey)).size).toBe(distinct.length);
    expect(componentKey('redis client')).toBe('redis client');
    // A dash inside a name, or after several words, is no systemd description.
    expect(componentKey('api-gateway')).toBe('api-gateway');
    expect(componentKey('Print Spooler - queue')).toBe('print spooler - queue');
  });
});

describe('componentKeys: a part answers to its whole too', () => {
  it.each([
    ['sshd[2211]', ['sshd[2211]', 'sshd']],
    ['chrome.exe (1234)', ['chrome.exe (1234)', 'chrome']],
    ['chrome.exe (pid 1234)', ['chrome.exe (pid 1234)', 'chrome']],
    ['db01:5432', ['db01:5432', 'db01']],
    ['10.0.0.8:5432', ['10.0.0.8:5432', '10.0.0.8']],
    ['[::1]:5432', ['[::1]:5432', '[::1]']],
    ['mx.example.org[192.0.2.8]:25', ['mx.example.org[192.0.2.8]:25', 'mx.example.org[192.0.2.8]', 'mx.example.org']],
    ['openvpn@client.service', ['openvpn@client', 'openvpn']],
    // Not parts: an IPv6 address's last group is no port; "root@db01" is no systemd instance.
    ['fe80::1:5432', ['fe80::1:5432']],
    ['root@db01', ['root@db01']],
    ['db01', ['db01']],
  ])('%s -> %j', (name, keys) => {
    expect(componentKeys(name)).toEqual(keys);
  });

  it('one way only: the whole does not answer to its part, nor one host to another', () => {
    expect(answersTo('db01:5432', 'db01')).toBe(true);
    expect(answersTo('db01', 'db01:5432')).toBe(false);
    expect(answersTo('db02:5432', 'db01')).toBe(false);
    expect(answersTo('api-gateway', 'api')).toBe(false);
  });

  it('knows narrators by their key and by the last segment of it', () => {
    const keys = narratorKeys(['org.example.Quorum', 'spoolsv.exe', 'nginx']);
    expect([...keys].sort()).toEqual(['nginx', 'org.example.quorum', 'quorum', 'spoolsv']);
  });
});

/** The summary of a trace, classified as the CLI does it. */
function summarize(text: string, file: string): Summary {
  const aggregator = createSummaryAggregator();
  const { records, unparsed } = classifyTrace(text, { file });
  for (const line of unparsed) aggregator.unparsed(line);
  for (const { record, decision } of records) aggregator.record(record, decision);
  return aggregator.result();
}

/** `story NAME` of a trace, and the lines it printed. */
function storyOf(text: string, name: string, withOwn = false): { lines: number[]; reports: number; last: string } {
  let out = '';
  const sink = createStorySink({ write: (t) => void (out += t) }, { name, withOwn, palette: createPalette(false) });
  for (const { record, decision } of classifyTrace(text, { file: 't' }).records) sink.record(record, decision);
  sink.finish?.();
  const lines = out.split('\n').filter((line) => line !== '');
  return { lines: lines.flatMap((line) => /^t:(\d+):/.exec(line)?.[1] ?? []).map(Number), reports: sink.reports, last: lines[lines.length - 1] };
}

const SYSLOG = [
  'Mar  1 06:34:50 web01 nginx[900]: worker process 901 exited on signal 9',
  "Mar  1 06:34:52 web01 systemd[1]: nginx.service: Failed with result 'signal'.",
  'Mar  1 06:34:53 web01 sshd[2211]: Server listening on 0.0.0.0 port 22.',
  'Mar  1 06:34:54 web01 systemd[1]: Stopped sshd.service - OpenBSD Secure Shell server.',
  'Mar  1 06:34:55 web01 systemd[1]: Started nginx.service - A high performance web server and a reverse proxy server.',
  'Mar  1 06:34:56 web01 app[300]: connection to db01:5432 refused',
  'Mar  1 06:34:57 web01 db01[400]: checkpoint complete',
  'Mar  1 06:34:59 web01 app[300]: api-gateway is not responding',
  'Mar  1 06:35:00 web01 api[500]: listening on port 8080',
  'Mar  1 06:35:03 web01 app[300]: sshd[2211] is not responding',
  'Mar  1 06:35:06 web01 app[300]: Apache server is not responding',
  'Mar  1 06:35:07 web01 app[300]: apache.service is not responding',
  'Mar  1 06:35:08 web01 app[300]: apache.service is unreachable',
  '',
].join('\n');

const WINDOWS = [
  'PID   TID   TIME         MESSAGE',
  '4410  4414  2024-03-01 06:35:00.001 Monitor: The PrintSpooler service terminated unexpectedly.',
  '4410  4414  2024-03-01 06:35:05.001 Monitor: PrintSpooler is not responding',
  '4410  4414  2024-03-01 06:35:09.120 Monitor: spoolsv.exe (pid 1880) was killed',
  '4410  4414  2024-03-01 06:35:09.220 Monitor: WinDefend service is not responding',
  '1880  1884  2024-03-01 06:35:10.000 PrintSpooler: print queue resumed',
  '1880  1884  2024-03-01 06:35:10.100 spoolsv: print queue drained',
  '4410  4414  2024-03-01 06:35:14.001 Monitor: process 7720 is not responding',
  '4410  4414  2024-03-01 06:35:15.001 Monitor: process 9999 is not responding',
  '7720  7724  2024-03-01 06:35:16.001 Indexer: batch committed',
  '',
].join('\n');

const NATIVE = [
  '1 2 06:00:00.000 Mon: PrintSpooler is not responding',
  '1 2 06:00:01.000 Mon: The PrintSpooler service terminated unexpectedly',
  '1 3 06:00:02.000 PrintSpooler: print queue resumed',
  '',
].join('\n');

describe('silent components', () => {
  it('are not the units, descriptions and processes of narrators that wrote (syslog, systemd)', () => {
    // ("Stopped sshd.service - OpenBSD Secure Shell server." has subject sshd.service: the description is no part of it.)
    const summary = summarize(SYSLOG, 'syslog.log');
    const silent = summary.silent.map((row) => row.subject);
    for (const spoken of ['nginx.service', 'sshd.service', 'db01:5432', 'sshd[2211]']) {
      expect(summary.reports.rows.map((row) => row.subject)).toContain(spoken);
      expect(silent).not.toContain(spoken);
    }
    // api wrote, api-gateway did not; "Apache server" and "apache.service" are one silent component, shown as reported most.
    expect(silent).toContain('api-gateway');
    expect(summary.silent.filter((row) => /apache/i.test(row.subject))).toEqual([
      expect.objectContaining({
        subject: 'apache.service',
        reports: 3,
        negative: 3,
        narrators: ['app'],
        first: expect.objectContaining({ time: '06:35:06' }),
        last: expect.objectContaining({ time: '06:35:08' }),
      }),
    ]);
  });

  it('are not a Windows service that wrote as its service name or executable, nor a process that wrote', () => {
    const summary = summarize(WINDOWS, 'win.trace');
    const silent = summary.silent.map((row) => row.subject);
    expect(silent).not.toContain('PrintSpooler service');
    expect(silent).not.toContain('spoolsv.exe');
    expect(silent).not.toContain('process 7720');
    expect(silent).toEqual(expect.arrayContaining(['WinDefend service', 'process 9999']));
  });

  it('are not a native trace narrator reported on as a service', () => {
    expect(summarize(NATIVE, 'ps.trace').silent).toEqual([]);
  });

  it('make one node of the graph with the narrator they are', () => {
    const graph = buildGraph(summarize(SYSLOG, 'syslog.log'));
    const nginx = graph.nodes.filter((node) => /nginx/.test(node.name));
    expect(nginx).toEqual([expect.objectContaining({ narrator: true, silent: false })]);
  });
});

describe('story NAME', () => {
  it('tells the reports on the component under its other names', () => {
    expect(storyOf(NATIVE, 'PrintSpooler')).toMatchObject({ lines: [1, 2], reports: 2 });
    expect(storyOf(NATIVE, 'printspooler service')).toMatchObject({ lines: [1, 2], reports: 2 });
    expect(storyOf(WINDOWS, 'spoolsv')).toMatchObject({ lines: [4], reports: 1 });
    expect(storyOf(SYSLOG, 'nginx')).toMatchObject({ lines: [2, 5], reports: 2 });
    expect(storyOf(SYSLOG, 'nginx.service', true).lines).toEqual([1, 2, 5]);
  });

  it('tells the reports on its parts, not those on other components of similar names', () => {
    expect(storyOf(SYSLOG, 'sshd').lines).toEqual([4, 10]);
    expect(storyOf(SYSLOG, 'db01').lines).toEqual([6]);
    expect(storyOf(SYSLOG, 'db02').reports).toBe(0);
    expect(storyOf(SYSLOG, 'api').reports).toBe(0);
    expect(storyOf(SYSLOG, 'api-gateway').lines).toEqual([8]);
  });
});
