/**
 * Times written with a zone: `show --merge`, `story` and `summary` place records by their instants when both have an
 * offset, `filter --since/--until` with a zone compares instants, and what is printed stays as written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../src/sinks/summary/types.js';
import { cli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-zones-'));
const write = (name: string, lines: readonly string[]): string => {
  const file = join(scratch, name);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
};
const spring = (stamp: string, level: string, logger: string, message: string): string =>
  `${stamp} ${level.padStart(5)} 4410 --- [main] ${logger.padEnd(40)} : ${message}`;

/** An application logging at +02:00 and a proxy logging in UTC, over the same five seconds. */
const app = write('app.log', [
  spring('2024-05-01T10:00:00.000+02:00', 'INFO', 'c.e.orders.OrderService', 'Order service started'),
  spring('2024-05-01T10:00:02.789+02:00', 'WARN', 'c.e.orders.client.PaymentClient', 'payment-service did not answer within 2000 ms'),
  spring('2024-05-01T10:00:05.100+02:00', 'ERROR', 'c.e.orders.client.PaymentClient', 'payment-service is not responding'),
]);
const proxy = write('proxy.log', [
  '{"time":"2024-05-01T08:00:01.000Z","logger":"proxy","msg":"upstream payment-service accepted connection"}',
  '{"time":"2024-05-01T08:00:03.000Z","logger":"proxy","msg":"upstream payment-service timed out"}',
  '{"time":"2024-05-01T08:00:04.500Z","logger":"proxy","msg":"upstream payment-service is unreachable"}',
]);
/** A night of Europe's change to summer time: 02:00 at +01:00 is 03:00 at +02:00. */
const dst = write('dst.log', [
  spring('2024-03-31T01:59:57.000+01:00', 'INFO', 'c.e.Sweeper', 'sweep started'),
  spring('2024-03-31T01:59:58.000+01:00', 'INFO', 'c.e.Sweeper', 'sweep running'),
  spring('2024-03-31T01:59:59.000+01:00', 'INFO', 'c.e.Sweeper', 'sweep running'),
  spring('2024-03-31T03:00:00.000+02:00', 'INFO', 'c.e.Sweeper', 'sweep running'),
  spring('2024-03-31T03:00:01.000+02:00', 'INFO', 'c.e.Sweeper', 'sweep running'),
  spring('2024-03-31T03:00:02.000+02:00', 'INFO', 'c.e.Sweeper', 'sweep finished'),
]);

const json = (args: readonly string[]): Summary => JSON.parse(cli(['summary', '-o', 'json', ...args]).stdout) as Summary;
/** The stamps at the start of the lines printed. */
const stamps = (stdout: string): string[] => stdout.trim().split('\n').map((l) => (/"time":"([^"]+)"/.exec(l) ?? /^(\S+)/.exec(l))?.[1] ?? l);

describe('two files written in different zones', () => {
  const interleaved = [
    '2024-05-01T10:00:00.000+02:00', '2024-05-01T08:00:01.000Z', '2024-05-01T10:00:02.789+02:00',
    '2024-05-01T08:00:03.000Z', '2024-05-01T08:00:04.500Z', '2024-05-01T10:00:05.100+02:00',
  ];

  it('show --merge interleaves them by instant, in either order named', () => {
    expect(stamps(cli(['show', '--merge', '--color', 'never', app, proxy]).stdout)).toEqual(interleaved);
    expect(stamps(cli(['show', '--merge', '--color', 'never', proxy, app]).stdout)).toEqual(interleaved);
  });

  it('story tells the component\'s history in the order it happened, times as written', () => {
    const told = cli(['story', 'payment-service', app, proxy]).stdout;
    expect(told.match(/\d\d:\d\d:\d\d\.\d+/g)).toEqual(['08:00:01.000', '10:00:02.789', '08:00:03.000', '08:00:04.500', '10:00:05.100']);
  });

  it('summary measures the range by instant and shows the zones of its ends', () => {
    const summary = json([app, proxy]);
    expect(summary.time.first).toMatchObject({ time: '10:00:00.000', offsetMin: 120 });
    expect(summary.time.last).toMatchObject({ time: '10:00:05.100', offsetMin: 120 });
    expect(summary.time.durationMs).toBe(5100);
    expect(summary.gaps.trace.rows).toEqual([]);
    expect(summary.timeline).toMatchObject({ zonedRecords: 6, offsetMin: null });
    const text = cli(['summary', app, proxy]).stdout;
    expect(text).toContain('Time       2024-05-01 10:00:00.000 +02:00 to 2024-05-01 10:00:05.100 +02:00 (5.100s)');
    expect(text).toContain('Zones      several offsets: times are shown as written, ordered and measured as instants\n');
  });

  it('summary lists what failed in the order it happened, each time as written', () => {
    const failures = json([app, proxy]).failures.rows.map((r) => [r.status, r.first?.time]);
    expect(failures).toEqual([
      ['did not answer', '10:00:02.789'], ['timed out', '08:00:03.000'], ['unreachable', '08:00:04.500'], ['not responding', '10:00:05.100'],
    ]);
  });

  it('the HTML timeline labels bins in UTC, and says so, when the offsets differ', () => {
    const html = cli(['summary', '-o', 'html', app, proxy]).stdout;
    expect(html).toContain('>2024-05-01 08:00:00.000 UTC</text>');
  });
});

describe('a file that crosses a change of summer time', () => {
  it('summary finds no gap and measures the night as it ran', () => {
    const summary = json(['--gap', '10s', dst]);
    expect(summary.gaps.trace.rows).toEqual([]);
    expect(summary.time.durationMs).toBe(5000);
    expect(summary.time.last).toMatchObject({ date: '2024-03-31', time: '03:00:02.000', offsetMin: 120 });
    expect(summary.gaps.traceDeltas.counts.slice(12).every((count) => count === 0)).toBe(true);
  });

  it('summary text shows the ends with their offsets', () => {
    expect(cli(['summary', dst]).stdout).toContain('Time       2024-03-31 01:59:57.000 +01:00 to 2024-03-31 03:00:02.000 +02:00 (5.000s)');
  });

  it('going back an hour in the autumn is not going back in time', () => {
    const autumn = write('autumn.log', [
      spring('2024-10-27T02:59:58.000+02:00', 'INFO', 'c.e.Sweeper', 'sweep started'),
      spring('2024-10-27T02:00:01.000+01:00', 'INFO', 'c.e.Sweeper', 'sweep finished'),
    ]);
    const summary = json([autumn]);
    expect(summary.time.first).toMatchObject({ time: '02:59:58.000' });
    expect(summary.time.last).toMatchObject({ time: '02:00:01.000' });
    expect(summary.time.durationMs).toBe(3000);
  });
});

describe('filter --since/--until with a zone', () => {
  it('compares instants with records that have a zone', () => {
    const result = cli(['filter', '--since', '2024-05-01T08:00:02Z', '--until', '2024-05-01 08:00:04.600 UTC', app, proxy]);
    expect(result.code).toBe(0);
    expect(stamps(result.stdout)).toEqual(['2024-05-01T10:00:02.789+02:00', '2024-05-01T08:00:03.000Z', '2024-05-01T08:00:04.500Z']);
    expect(stamps(cli(['filter', '--since', '10:00:03+02:00', app, proxy]).stdout)).toEqual(['2024-05-01T10:00:05.100+02:00', '2024-05-01T08:00:03.000Z', '2024-05-01T08:00:04.500Z']);
  });

  it('a bound without a zone compares as written, as before', () => {
    expect(stamps(cli(['filter', '--since', '10:00:01', app, proxy]).stdout)).toEqual(['2024-05-01T10:00:02.789+02:00', '2024-05-01T10:00:05.100+02:00']);
  });

  it('refuses a zone it cannot read, and a --since later than --until by instant', () => {
    expect(cli(['filter', '--since', '10:00 CST', app]).stderr).toMatch(/^diegesis: --since "10:00 CST" is not a time \(.*zone/);
    const later = cli(['filter', '--since', '2024-05-01T10:00:00+00:00', '--until', '2024-05-01T11:00:00+02:00', app]);
    expect([later.code, later.stderr]).toEqual([2, expect.stringContaining('is later than --until')]);
  });
});

describe('what stays as it was', () => {
  it('classify writes the time as written, without its zone', () => {
    const line = cli(['classify', app]).stdout.split('\n')[1];
    expect(line).toBe('{"file":"' + app + '","line":2,"pid":4410,"tid":null,"time":"2024-05-01 10:00:02.789","narrator":"PaymentClient",'
      + '"message":"payment-service did not answer within 2000 ms","kind":"diegetic","subjects":["payment-service"],'
      + '"reason":"subject \\"payment-service\\" + status \\"did not answer\\""}');
  });

  it('a file in one zone reads as before: no offsets shown, no Zones line, the timeline labelled as written', () => {
    const text = cli(['summary', app]).stdout;
    expect(text).toContain('Time       2024-05-01 10:00:00.000 to 2024-05-01 10:00:05.100 (5.100s)\n');
    expect(text).not.toContain('Zones');
    expect(cli(['summary', '-o', 'html', app]).stdout).toContain('>2024-05-01 10:00:00.000</text>');
  });

  it('a trace without zones has no offset in its summary, and no Zones line', () => {
    const summary = json(['samples/monitor-failure.trace']);
    expect([summary.time.first?.offsetMin, summary.time.last?.offsetMin, summary.timeline.zonedRecords]).toEqual([null, null, 0]);
    expect(cli(['summary', 'samples/monitor-failure.trace']).stdout).not.toContain('Zones');
  });

  it('a trace that mixes times with and without a zone says how many lack one', () => {
    const mixed = write('mixed.log', [
      spring('2024-05-01 10:00:00.000', 'INFO', 'c.e.orders.OrderService', 'started'),
      spring('2024-05-01T10:00:01.000+02:00', 'INFO', 'c.e.orders.OrderService', 'upgraded'),
    ]);
    expect(cli(['summary', mixed]).stdout).toContain('Zones      one offset, +02:00: times are shown as written, ordered and measured as instants; '
      + '1 of 2 records with a time have no zone and compare as written\n');
  });
});
