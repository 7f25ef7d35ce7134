/**
 * The audit's scenario (A.3): 2500 distinct early error messages fill the tables, then an incident repeats two
 * templates 100 times each. Tables that kept their first keys lost the incident; those that keep their heaviest list
 * it first, with one thread and with workers (small segments, so that the main thread merges many parts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { cli } from '../../cli/run-cli.js';

const WORDS = ('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec ' +
  'romeo sierra tango uniform victor whiskey xray yankee zulu amber basil cedar dune ember fjord grove heath iris jade ' +
  'kelp loam moss nectar opal pine quartz reed sage thyme umber vale willow yarrow').split(' ');

function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

function lateIncident(): string {
  const lines: string[] = [];
  let ms = 6 * 3_600_000;
  for (let i = 0; i < 2500; i++) {
    ms += 10;
    lines.push(`1 2 ${clock(ms)} Worker: ${WORDS[Math.floor(i / 50)]} ${WORDS[i % 50]} ${WORDS[(i * 7) % 50]} step failed`);
  }
  for (let i = 0; i < 100; i++) {
    ms += 1000;
    lines.push(`1 3 ${clock(ms)} Monitor: PaymentGateway is not responding`, `1 3 ${clock(ms + 1)} Monitor: database crashed hard`);
  }
  return lines.join('\n') + '\n';
}

const trace = join(mkdtempSync(join(tmpdir(), 'diegesis-late-incident-')), 'cap.trace');
writeFileSync(trace, lateIncident());
const INCIDENT = ['PaymentGateway is not responding', 'database crashed hard'];

describe.each(['1', '2'])('summary --jobs %s of a late incident after 2500 distinct messages', (jobs) => {
  const run = (output: string) => cli(['summary', '--jobs', jobs, '--output', output, trace], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } });
  const summary = JSON.parse(run('json').stdout) as Summary;

  it('lists the incident first among the error messages and templates, its 100 records each counted', () => {
    for (const table of [summary.errors.table, summary.templates]) {
      expect(table.rows).toHaveLength(2000);
      expect(table.overflow).toBeGreaterThan(0);
      const top = table.rows.slice(0, 2);
      expect(top.map((row) => row.template).sort()).toEqual(INCIDENT);
      for (const row of top) {
        expect(row.count - row.overcount).toBe(100);
        expect(row.count).toBeGreaterThanOrEqual(100);
        expect(row.count).toBeLessThan(110);
      }
    }
    expect(summary.errors.selfReported + summary.errors.narrated).toBe(2700);
  });

  it('finds the incident periodic, every second', () => {
    expect(summary.periodic.map((row) => [row.template, row.meanPeriodMs])).toEqual([
      [INCIDENT[0], 1000],
      [INCIDENT[1], 1000],
    ]);
  });

  it('tells what failed, and says its counts are estimates', () => {
    expect(summary.failures.rows.map((row) => [row.subject, row.count])).toEqual(
      expect.arrayContaining([['PaymentGateway', 100], ['database', 100]]),
    );
    const text = run('text').stdout;
    expect(text).toMatch(/by others +Monitor +PaymentGateway is not responding +100-10\d /);
    expect(text).toContain('counts are estimates: only the 2000 heaviest rows are kept');
  });
});
