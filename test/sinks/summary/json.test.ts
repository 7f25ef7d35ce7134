import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { renderSummaryJson } from '../../../src/sinks/summary/json.js';
import { SUMMARY_SCHEMA_VERSION, type Summary } from '../../../src/sinks/summary/types.js';
import { feed, story } from './story.js';

describe('renderSummaryJson', () => {
  const aggregator = createSummaryAggregator();
  feed(aggregator, story);
  const summary = aggregator.result();
  const json = renderSummaryJson(summary);

  it('is pretty JSON with a trailing newline that parses back to the summary', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": 5,\n');
    expect(JSON.parse(json)).toEqual(summary);
  });

  it('has the documented top-level fields, in the documented order', () => {
    const parsed = JSON.parse(json) as Summary;
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'limits',
      'inputs',
      'lines',
      'unparsedSamples',
      'time',
      'processes',
      'threads',
      'narrators',
      'diegetic',
      'reports',
      'statuses',
      'failures',
      'silent',
      'templates',
      'errors',
      'periodic',
      'gaps',
      'timeline',
    ]);
    expect(parsed.schemaVersion).toBe(SUMMARY_SCHEMA_VERSION);
    expect(Object.keys(parsed.limits)).toEqual(['maxKeys', 'maxNarratorsPerRow', 'maxUnparsedSamples', 'maxGaps', 'maxTimelineBins']);
    expect(Object.keys(parsed.lines)).toEqual(['read', 'records', 'continuation', 'unparsed', 'header']);
    expect(Object.keys(parsed.time)).toEqual(['first', 'last', 'durationMs', 'untimedRecords']);
    expect(Object.keys(parsed.narrators)).toEqual(['rows', 'overflow', 'missing']);
    expect(Object.keys(parsed.failures.rows[0])).toEqual([
      'subject',
      'status',
      'negative',
      'count',
      'overcount',
      'first',
      'last',
      'narrators',
      'narratorsTruncated',
    ]);
  });

  it('writes a thread as its PID, its TID or null, and its name or null, in threads and in gaps', () => {
    const parsed = JSON.parse(json) as Summary;
    expect(Object.keys(parsed.threads.rows[0])).toEqual(['pid', 'tid', 'thread', 'records', 'first', 'last', 'narrators', 'narratorsTruncated']);
    expect(parsed.threads.rows[0]).toMatchObject({ pid: 100, tid: 10, thread: null });
    expect(Object.keys(parsed.gaps.threadDeltas.longest[0])).toEqual(['pid', 'tid', 'thread', 'from', 'to', 'durationMs']);
    expect(parsed.gaps.traceDeltas.longest[0]).toMatchObject({ pid: null, tid: null, thread: null });
  });

  it('keeps durations in milliseconds and times as written', () => {
    const parsed = JSON.parse(json) as Summary;
    expect(parsed.time.durationMs).toBe(125_500);
    expect(parsed.failures.rows[0].first).toEqual({ date: null, time: '09:00:01.000', day: null, timeMs: 32_401_000, offsetMin: null });
  });
});
