/**
 * Dates written without a year (syslog's "Mar  1", logcat's "03-17", glog's "0312") are read in the year syslog
 * readers give them (records/timestamps.ts yearBefore; SOURCE_DATE_EPOCH pins "now" here), and a date with a year in
 * `filter` bounds is read by month and day against them; Apache's year, written apart, is its date's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../src/sinks/summary/types.js';
import { cli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-yearless-'));
const write = (name: string, text: string): string => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};
/** 2026-04-01: March 1st is this year's, December 31st last year's. */
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 3, 1) / 1000) };

const logcat = write('logcat.txt', '03-17 16:13:38.811  1702  2395 E ActivityManager: Process com.example.app (pid 4321) has died\n');

describe('dates without a year', () => {
  it('filter --since/--until with a date compare month and day with them, whatever the year given', () => {
    expect(cli(['filter', '--since', '2024-03-17 00:00:00', logcat], { env }).code).toBe(0);
    expect(cli(['filter', '--until', '2024-03-17 16:00:00', logcat], { env }).code).toBe(1);
    expect(cli(['filter', '--since', '2024-03-17 16:00', '--until', '2024-03-17 16:30', logcat], { env }).code).toBe(0);
  });

  it('merge a syslog file with a dated file in time order', () => {
    const syslog = write('s.log', 'Mar  1 06:34:52 web01 monitor[5]: PrintSpooler is not responding\nMar  1 06:34:58 web01 monitor[5]: PrintSpooler is offline\n');
    const dated = write('a.log', '2026-03-01 06:34:55,000 ERROR [main] com.acme.Indexer: request to PrintSpooler failed\n');
    const shown = cli(['show', '--merge', '--color', 'never', dated, syslog], { env }).stdout.trim().split('\n');
    expect(shown.map((l) => /06:34:\d\d/.exec(l)?.[0])).toEqual(['06:34:52', '06:34:55', '06:34:58']);
  });

  it('summary of a syslog file whose stamps change form takes seconds, not decades', () => {
    const mixed = write('mixed.log', 'Mar  1 06:34:50 web01 app[1]: a\n2026-03-01T06:34:56.123456+00:00 web01 app[1]: b\n');
    const summary = JSON.parse(cli(['summary', '--output', 'json', mixed], { env }).stdout) as Summary;
    expect(summary.time.durationMs).toBe(6123);
  });

  it('a syslog file that passes New Year goes on into January', () => {
    const newYear = write('ny.log', 'Dec 31 23:59:58 web01 app[1]: a\nJan  1 00:00:03 web01 app[1]: b\n');
    expect((JSON.parse(cli(['summary', '--output', 'json', newYear], { env }).stdout) as Summary).time.durationMs).toBe(5000);
  });

  it('Apache error logs date their lines with the year written apart', () => {
    const apache = write('error.log', '[Wed Oct 11 14:32:52.123456 2023] [proxy:error] [pid 1234:tid 5678] AH00940: backend failed\n');
    expect(cli(['filter', '--since', '2023-10-11 14:00', '--until', '2023-10-11 15:00', apache], { env }).code).toBe(0);
    const summary = JSON.parse(cli(['summary', '--output', 'json', apache], { env }).stdout) as Summary;
    expect(summary.time.first?.day).toBe(Date.UTC(2023, 9, 11) / 86_400_000);
  });
});
