import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { feed, play, record, reports, story, unparsed } from './story.js';

function summarize(events = story, options = {}): Summary {
  const aggregator = createSummaryAggregator(options);
  feed(aggregator, events);
  return aggregator.result();
}

describe('createSummaryAggregator', () => {
  const summary = summarize();

  it('counts every physical line once', () => {
    expect(summary.lines).toEqual({ read: 10, records: 6, continuation: 2, unparsed: 1, header: 1 });
    const { read, records, continuation, unparsed: junk, header } = summary.lines;
    expect(records + continuation + junk + header).toBe(read);
    expect(summary.inputs).toEqual([{ file: 'session.trace', format: 'native', lines: 10 }]);
    expect(summary.unparsedSamples).toEqual([{ file: 'session.trace', line: 7 }]);
  });

  it('finds the time range and its duration', () => {
    expect(summary.time).toEqual({
      first: { date: null, time: '09:00:00.000', day: null, timeMs: 32_400_000, offsetMin: null },
      last: { date: null, time: '09:02:05.500', day: null, timeMs: 32_525_500, offsetMin: null },
      durationMs: 125_500,
      untimedRecords: 0,
    });
  });

  it('ranks processes, threads and narrators by records, ties by name', () => {
    expect(summary.processes).toEqual({
      rows: [
        { pid: 100, records: 3, overcount: 0 },
        { pid: 200, records: 2, overcount: 0 },
        { pid: 300, records: 1, overcount: 0 },
      ],
      overflow: 0,
      missing: 0,
    });
    expect(summary.threads.rows.map(({ pid, tid, records }) => ({ pid, tid, records }))).toEqual([
      { pid: 100, tid: 10, records: 3 },
      { pid: 200, tid: 20, records: 1 },
      { pid: 200, tid: 21, records: 1 },
      { pid: 300, tid: 30, records: 1 },
    ]);
    // A thread of activity: its span and who wrote on it.
    expect(summary.threads.rows[0]).toMatchObject({
      first: { time: '09:00:00.000' },
      last: { time: '09:02:04.456' },
      narrators: ['Monitor'],
      narratorsTruncated: false,
    });
    expect(summary.narrators.rows).toEqual([
      { name: 'Monitor', records: 3, diegetic: 2 },
      { name: 'Gateway', records: 2, diegetic: 2 },
      { name: 'Auditor', records: 1, diegetic: 1 },
    ]);
    expect(summary.diegetic).toEqual({ records: 5, share: 5 / 6 });
  });

  it('tabulates who reported on whom, by count then names', () => {
    expect(summary.reports.rows).toEqual([
      { narrator: 'Gateway', subject: 'Billing', count: 2, overcount: 0, negative: 1 },
      { narrator: 'Monitor', subject: 'Indexer', count: 2, overcount: 0, negative: 2 },
      { narrator: 'Auditor', subject: 'Indexer', count: 1, overcount: 0, negative: 1 },
    ]);
  });

  it('lists negative statuses in order of first report, with first/last time and narrators', () => {
    expect(summary.failures.rows.map((r) => [r.subject, r.status, r.count, r.first?.time, r.last?.time, r.narrators]))
      .toEqual([
        ['Indexer', 'not responding', 3, '09:00:01.000', '09:02:05.500', ['Auditor', 'Monitor']],
        ['Billing', 'error', 1, '09:00:02.500', '09:00:02.500', ['Gateway']],
      ]);
    expect(summary.failures.rows.every((r) => r.negative && !r.narratorsTruncated)).toBe(true);
  });

  it('keeps every status per subject, positive ones included', () => {
    expect(summary.statuses.rows.map((r) => [r.subject, r.status, r.negative, r.count])).toEqual([
      ['Billing', 'OK', false, 1],
      ['Billing', 'error', true, 1],
      ['Indexer', 'not responding', true, 3],
    ]);
  });

  it('caps each table and counts what overflowed', () => {
    const capped = summarize(story, { maxKeys: 2, maxNarratorsPerRow: 1 });
    // Processes keep the heaviest: PID 300 takes the place of the lightest row (PID 200, 2 records) and counts on
    // from there, so its count is 1 to 3, and up to 2 records may be of a PID not listed.
    expect(capped.processes.rows).toEqual([
      { pid: 100, records: 3, overcount: 0 },
      { pid: 300, records: 3, overcount: 2 },
    ]);
    expect(capped.processes.overflow).toBe(2);
    // Threads and narrators keep the first: what comes later is not listed, and counted.
    expect(capped.threads.rows).toHaveLength(2);
    expect(capped.threads.overflow).toBe(2);
    expect(capped.narrators.overflow).toBe(1);
    expect(capped.reports.rows).toContainEqual({ narrator: 'Auditor', subject: 'Indexer', count: 3, overcount: 2, negative: 1 });
    expect(capped.reports.overflow).toBe(2);
    const indexer = capped.failures.rows.find((r) => r.subject === 'Indexer');
    expect(indexer?.narrators).toEqual(['Auditor']);
    expect(indexer?.narratorsTruncated).toBe(true);
    // Counts outside the tables stay exact.
    expect(capped.lines).toEqual(summarize().lines);
  });

  it('keeps memory bounded: many distinct keys never grow a table past the cap', () => {
    const aggregator = createSummaryAggregator({ maxKeys: 50 });
    for (let i = 0; i < 5000; i += 1) {
      const event = record(
        { line: i + 1, pid: i, tid: i, time: '10:00:00.000', narrator: `N${i}`, body: `S${i} failed` },
        reports([`S${i}`], 'failed', true),
      );
      play(aggregator, event);
    }
    const result = aggregator.result();
    for (const table of [result.processes, result.threads, result.narrators, result.reports, result.failures]) {
      expect(table.rows).toHaveLength(50);
      expect(table.overflow).toBe(4950);
    }
    expect(result.lines.records).toBe(5000);
  });

  it('counts records without pid, tid, narrator or time, and orders dated times across midnight', () => {
    const result = summarize([
      record({ line: 1, pid: null, tid: null, time: '23:59:59.000', date: '2024-03-01', narrator: null, body: 'a' }),
      record({ line: 2, time: '00:00:01.250', date: '2024-03-02', narrator: 'X', body: 'b' }),
      record({ line: 3, time: null, narrator: 'X', body: 'c' }),
    ]);
    expect([result.processes.missing, result.threads.missing, result.narrators.missing]).toEqual([1, 1, 1]);
    expect(result.time.first?.date).toBe('2024-03-01');
    expect(result.time.last?.date).toBe('2024-03-02');
    expect(result.time.durationMs).toBe(2250);
    expect(result.time.untimedRecords).toBe(1);
  });

  it('keeps inputs apart, takes an unknown format from the first record, and counts one report per subject', () => {
    const aggregator = createSummaryAggregator();
    aggregator.beginInput('a.trace', null);
    play(aggregator, unparsed(1, 'junk', false, 'a.trace'));
    play(
      aggregator,
      record(
        { line: 2, file: 'a.trace', time: '01:00:00.000', narrator: 'M', body: 'B and B failed' },
        reports(['B', 'B'], 'failed', true),
      ),
    );
    aggregator.beginInput('empty.log', null);
    const result = aggregator.result();
    expect(result.inputs).toEqual([
      { file: 'a.trace', format: 'native', lines: 2 },
      { file: 'empty.log', format: null, lines: 0 },
    ]);
    expect(result.reports.rows).toEqual([{ narrator: 'M', subject: 'B', count: 1, overcount: 0, negative: 1 }]);
  });

  it('rejects a limit that is not a whole number', () => {
    expect(() => createSummaryAggregator({ maxKeys: -1 })).toThrow(/maxKeys must be a whole number/);
  });

  it('gives a snapshot the aggregator does not change afterwards', () => {
    const aggregator = createSummaryAggregator();
    feed(aggregator, story.slice(0, 3));
    const early = aggregator.result();
    const copy = JSON.parse(JSON.stringify(early)) as Summary;
    feed(aggregator, story.slice(3));
    expect(early).toEqual(copy);
  });
});

