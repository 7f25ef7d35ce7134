/**
 * Threads known by their names: Java logs (log4j, Spring Boot, ZooKeeper) write `[main]` where native traces write a
 * TID, and their grammars capture it as fields.thread. Such a record is a record on that thread, under its process,
 * everywhere the summary counts threads: the table, the deltas and gaps within a thread, and the seams of a split read.
 */
import { sinkFromRecipe } from '../../../src/sinks/recipe.js';
import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { mergeSummaries } from '../../../src/sinks/summary/merge.js';
import { renderSummaryMarkdown } from '../../../src/sinks/summary/markdown.js';
import { NO_TIMES, foldTimes, type PartTimes, type TimeSeed } from '../../../src/sinks/summary/seed.js';
import type { TraceRecord } from '../../../src/records/types.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { type Event, feed, play, record, reports, selfTrace } from './story.js';

/** A Spring Boot service (PID 4242, no TIDs): its threads go quiet for five minutes, but for the payment pool. */
const named: Event[] = [
  record({ line: 1, pid: 4242, tid: null, thread: 'main', time: '10:00:00.000', narrator: 'Application', body: 'Starting' }),
  record({ line: 2, pid: 4242, tid: null, thread: 'http-nio-8080-exec-1', time: '10:00:00.500', narrator: 'DispatcherServlet', body: 'Completed initialization in 1 ms' }),
  record({ line: 3, pid: 4242, tid: null, thread: 'main', time: '10:00:01.000', narrator: 'Application', body: 'Started in 2.1 seconds' }),
  record(
    { line: 4, pid: 4242, tid: null, thread: 'pool-2-thread-3', time: '10:00:02.000', narrator: 'PaymentClient', body: 'Payment gateway unreachable' },
    reports(['Payment gateway'], 'unreachable', true),
  ),
  record({ line: 5, pid: 4242, tid: null, thread: 'pool-2-thread-3', time: '10:02:00.000', narrator: 'PaymentClient', body: 'retrying' }),
  record({ line: 6, pid: 4242, tid: null, thread: 'pool-2-thread-3', time: '10:04:00.000', narrator: 'PaymentClient', body: 'retrying' }),
  record({ line: 7, pid: 4242, tid: null, thread: 'http-nio-8080-exec-1', time: '10:05:00.500', narrator: 'OrderController', body: 'order 17 placed' }),
  // Another process's `main` is another thread.
  record({ line: 8, pid: 4343, tid: null, thread: 'main', time: '10:05:01.000', narrator: 'Worker', body: 'Starting' }),
  record({ line: 9, pid: 4242, tid: null, thread: 'main', time: '10:05:02.000', narrator: 'Application', body: 'Shutting down' }),
  // A line on no thread at all.
  record({ line: 10, pid: 4242, tid: null, time: '10:05:03.000', narrator: 'Application', body: 'Bye' }),
];

const recordsOf = (events: readonly Event[]) => events.flatMap((event) => (event.type === 'record' ? [event.record] : []));

/** The latest times a worker's summary notes of `events`, read as a part of a file from its start. */
function notedTimes(events: readonly Event[]): TimeSeed {
  const part = createSummaryAggregator({}, NO_TIMES);
  feed(part, events);
  return (part.part() as PartTimes).times;
}

function summarize(events: readonly Event[], options = {}): Summary {
  const aggregator = createSummaryAggregator(options);
  feed(aggregator, events);
  return aggregator.result();
}

describe('threads known by their names', () => {
  const summary = summarize(named, { gapMs: 60_000 });

  it('are threads of activity, under their process, with their TID null and their name in `thread`', () => {
    expect(summary.threads.rows.map(({ pid, tid, thread, records }) => ({ pid, tid, thread, records }))).toEqual([
      { pid: 4242, tid: null, thread: 'main', records: 3 },
      { pid: 4242, tid: null, thread: 'pool-2-thread-3', records: 3 },
      { pid: 4242, tid: null, thread: 'http-nio-8080-exec-1', records: 2 },
      { pid: 4343, tid: null, thread: 'main', records: 1 },
    ]);
    expect(summary.threads.rows[0]).toMatchObject({ first: { time: '10:00:00.000' }, last: { time: '10:05:02.000' }, narrators: ['Application'] });
    expect(summary.threads.missing).toBe(1);
    expect(summary.threads.overflow).toBe(0);
  });

  it('have their silences: the gaps within a thread name it', () => {
    expect(summary.gaps.threads.rows.map(({ pid, tid, thread, from, durationMs }) => [pid, tid, thread, from.time, durationMs])).toEqual([
      [4242, null, 'main', '10:00:01.000', 301_000],
      [4242, null, 'http-nio-8080-exec-1', '10:00:00.500', 300_000],
      [4242, null, 'pool-2-thread-3', '10:00:02.000', 118_000],
      [4242, null, 'pool-2-thread-3', '10:02:00.000', 120_000],
    ].sort((a, b) => (b[4] as number) - (a[4] as number)));
    // Steps within threads: main twice, the request thread once, the pool twice; 4343's main has none.
    expect(summary.gaps.threadDeltas.counts.reduce((a, b) => a + b, 0)).toBe(5);
    // The whole trace's gaps are on no thread.
    expect(summary.gaps.trace.rows.map(({ pid, tid, thread, durationMs }) => [pid, tid, thread, durationMs])).toEqual([
      [null, null, null, 120_000],
      [null, null, null, 118_000],
      [null, null, null, 60_500],
    ]);
  });

  it('never meet numbered threads: a TID wins over a name, and TID 143 is not a thread named "143"', () => {
    const mixed = summarize([
      record({ line: 1, pid: 7, tid: 143, thread: 'main', time: '10:00:00.000', narrator: 'A', body: 'x' }),
      record({ line: 2, pid: 7, tid: 143, time: '10:00:01.000', narrator: 'A', body: 'x' }),
      record({ line: 3, pid: 7, tid: null, thread: '143', time: '10:00:02.000', narrator: 'A', body: 'x' }),
      record({ line: 4, pid: 7, tid: null, thread: '', time: '10:00:03.000', narrator: 'A', body: 'x' }),
    ]);
    expect(mixed.threads.rows.map(({ pid, tid, thread, records }) => ({ pid, tid, thread, records }))).toEqual([
      { pid: 7, tid: 143, thread: null, records: 2 },
      { pid: 7, tid: null, thread: '143', records: 1 },
    ]);
    expect(mixed.threads.missing).toBe(1);
  });

  it('are shown in the report: a Thread column, and the gaps on them', () => {
    const markdown = renderSummaryMarkdown(summary);
    expect(markdown).toContain('| PID | Thread | Records | First | Last | Narrators |');
    expect(markdown).toContain('| 4242 | pool-2-thread-3 | 3 |');
    // Markdown escapes the brackets, which would make a link.
    expect(markdown).toContain('| thread 4242/\\[main\\] | 10:00:01.000 | 10:05:02.000 |');
    expect(markdown).toMatch(/\*\*Threads:\*\* 4 \(1 records without thread\)/);
  });

  it('stay numbered in the report of a trace with TIDs only', () => {
    const numbered = renderSummaryMarkdown(summarize([record({ line: 1, tid: 12, time: '10:00:00.000', narrator: 'A', body: 'x' })]));
    expect(numbered).toContain('| PID | TID | Records | First | Last | Narrators |');
  });
});

describe('named threads read in parts', () => {
  // The same story with its steps back in time, on the whole and on a thread: the seed must carry each thread's latest.
  const backwards: Event[] = [
    ...named.slice(0, 6),
    record({ line: 11, pid: 4242, tid: null, thread: 'main', time: '10:03:00.000', narrator: 'Application', body: 'health OK' }),
    record({ line: 12, pid: 4242, tid: null, thread: 'main', time: '10:02:59.000', narrator: 'Application', body: 'late line' }),
    ...named.slice(6),
  ];
  const options = { gapMs: 60_000 };

  it.each(backwards.map((_, cut) => [cut]))('split before event %i, the second part seeded with the first part\'s latest times, is the whole', (cut) => {
    const main = createSummaryAggregator(options);
    feed(main, backwards.slice(0, cut));
    const seed = structuredClone(foldTimes(NO_TIMES, notedTimes(backwards.slice(0, cut)), 2000));
    const worker = sinkFromRecipe(structuredClone(main.recipe), { write: () => undefined }, { times: seed });
    for (const event of backwards.slice(cut)) play(worker.sink as typeof main, event);
    main.absorb(structuredClone(worker.report()));
    expect(main.result()).toEqual(summarize(backwards, options));
  });

  it.each(named.map((_, cut) => [cut]))('split before event %i and merged without a seed, is the whole (in time order)', (cut) => {
    expect(mergeSummaries(summarize(named.slice(0, cut), options), summarize(named.slice(cut), options))).toEqual(summarize(named, options));
  });

  it('are noted for the seed by name, apart from TIDs', () => {
    const first = recordsOf(named)[0] as TraceRecord;
    expect(notedTimes([...named, { type: 'record', record: { ...first, tid: 143 }, decision: selfTrace() }]).threads.map((t) => [t.pid, t.thread, t.last?.time ?? null])).toEqual([
      [4242, 'main', '10:05:02.000'],
      [4242, 'http-nio-8080-exec-1', '10:05:00.500'],
      [4242, 'pool-2-thread-3', '10:04:00.000'],
      [4242, 143, '10:00:00.000'],
      [4343, 'main', '10:05:01.000'],
    ]);
  });
});
