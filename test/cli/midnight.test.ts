/**
 * Traces that write only the time of day and pass midnight: `filter --since/--until`, `summary` and `show --merge`
 * follow them onto the next day (records/day-clock.ts) instead of reading 00:00:01 as a day before 23:59:58.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../src/sinks/summary/types.js';
import { cli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-midnight-'));
const write = (name: string, lines: readonly string[]): string => {
  const file = join(scratch, name);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
};

const evening = [
  '100 200 23:50:00.000 Monitor: Store is OK',
  '100 200 23:59:58.000 Monitor: Store is OK',
];
const morning = [
  '100 200 00:00:01.000 Monitor: Store is not responding',
  '100 201 00:10:01.000 Store: restarted',
  '100 200 00:20:00.000 Monitor: Store is OK',
];
const night = write('night.trace', [...evening, ...morning]);

describe('a trace without dates that passes midnight', () => {
  it('filter --since before midnight keeps the records after it', () => {
    expect(cli(['filter', '--since', '23:59', night]).stdout.trim().split('\n').map((l) => l.slice(8, 20)))
      .toEqual(['23:59:58.000', '00:00:01.000', '00:10:01.000', '00:20:00.000']);
  });

  it('filter --since 23:55 --until 00:05 is the ten minutes around midnight', () => {
    const result = cli(['filter', '--since', '23:55', '--until', '00:05', night]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => l.slice(8, 20))).toEqual(['23:59:58.000', '00:00:01.000']);
  });

  it('filter --since a time after midnight takes it on the next day', () => {
    expect(cli(['filter', '--since', '00:15', night]).stdout).toBe('100 200 00:20:00.000 Monitor: Store is OK\n');
  });

  it('summary spans the night, marks the next day and counts the pause after midnight as a gap', () => {
    const summary = JSON.parse(cli(['summary', '--output', 'json', '--gap', '5m', night]).stdout) as Summary;
    expect(summary.time.first?.time).toBe('23:50:00.000');
    expect(summary.time.last?.time).toBe('00:20:00.000');
    expect(summary.time.durationMs).toBe(30 * 60_000);
    // Longest first.
    expect(summary.gaps.trace.rows.map((g) => [g.from.time, g.to.time])).toEqual([
      ['00:00:01.000', '00:10:01.000'],
      ['00:10:01.000', '00:20:00.000'],
      ['23:50:00.000', '23:59:58.000'],
    ]);
    const text = cli(['summary', night]).stdout;
    expect(text).toContain('Time       23:50:00.000 to 00:20:00.000 (+1 day) (30m 00.000s)');
  });

  it('show --merge puts a trace that starts after midnight after one that ends before it, in either order', () => {
    const before = write('before.trace', evening);
    const after = write('after.trace', morning);
    const times = (files: string[]): string[] =>
      cli(['show', '--merge', '--color', 'never', ...files]).stdout.trim().split('\n').map((l) => l.slice(8, 20));
    const expected = ['23:50:00.000', '23:59:58.000', '00:00:01.000', '00:10:01.000', '00:20:00.000'];
    expect(times([before, after])).toEqual(expected);
    expect(times([after, before])).toEqual(expected);
  });
});
