import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { mergeSummaries } from '../../../src/sinks/summary/merge.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { type Event, feed, story } from './story.js';

function summarize(events: readonly Event[], options = {}): Summary {
  const aggregator = createSummaryAggregator(options);
  feed(aggregator, events);
  return aggregator.result();
}

describe('mergeSummaries', () => {
  const whole = summarize(story);

  it.each(story.map((_, cut) => [cut]))('the story split before event %i merges back to the whole', (cut) => {
    const merged = mergeSummaries(summarize(story.slice(0, cut)), summarize(story.slice(cut)));
    expect(merged).toEqual(whole);
  });

  it('merges with the empty summary as identity', () => {
    const empty = summarize([]);
    expect(mergeSummaries(empty, whole)).toEqual(whole);
    expect(mergeSummaries(whole, empty)).toEqual(whole);
  });

  it('keeps the caps when merging, and bounds the counts it kept', () => {
    const options = { maxKeys: 1 };
    const merged = mergeSummaries(summarize(story.slice(0, 4), options), summarize(story.slice(4), options));
    expect(merged.limits.maxKeys).toBe(1);
    // A first-kept table: every record is either in the kept row or counted as overflow.
    expect(merged.narrators.rows).toEqual([{ name: 'Monitor', records: 3, diegetic: 2 }]);
    expect(merged.narrators.rows[0].records + merged.narrators.overflow).toBe(6);
    // A heaviest-kept table: the row's count bounds its PID's records (PID 200 wrote 2), from above and, less its
    // overcount, from below; a PID not listed wrote at most as many as the row counts (PID 100 wrote 3).
    const [row] = merged.processes.rows;
    expect(merged.processes.rows).toHaveLength(1);
    const wrote = { 100: 3, 200: 2, 300: 1 }[row.pid] as number;
    expect(row.records - row.overcount).toBeLessThanOrEqual(wrote);
    expect(row.records).toBeGreaterThanOrEqual(3);
    expect(merged.processes.overflow).toBeGreaterThan(0);
  });

  it('keeps the inputs of different files apart, in order', () => {
    const a = summarize(story.slice(0, 2), {});
    const other = createSummaryAggregator();
    other.beginInput('other.log', 'logcat');
    const merged = mergeSummaries(a, other.result());
    expect(merged.inputs).toEqual([
      { file: 'session.trace', format: 'native', lines: 2 },
      { file: 'other.log', format: 'logcat', lines: 0 },
    ]);
  });
});
