import { createSummaryAggregator, type SummaryOptions } from '../../../src/sinks/summary/aggregate.js';
import { derivedThreshold, DELTA_BOUNDS_MS, GAP_FLOOR_MS } from '../../../src/sinks/summary/gaps.js';
import { buildGraph, renderDot, renderMermaid } from '../../../src/sinks/summary/graph.js';
import { mergeSummaries } from '../../../src/sinks/summary/merge.js';
import { sparklines } from '../../../src/sinks/summary/sparkline.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { type Event, feed, record, reports, selfTrace, story } from './story.js';

function summarize(events: readonly Event[], options: SummaryOptions = {}): Summary {
  const aggregator = createSummaryAggregator(options);
  feed(aggregator, events);
  return aggregator.result();
}

const at = (line: number, time: string, narrator: string, body: string, tid = 10): Event =>
  record({ line, time, narrator, body, tid });

/** A poller failing every 10 s, then a 5-minute hole, then a recovery. */
const periodic: Event[] = [
  at(1, '10:00:00.000', 'Poller', 'probe 1 failed with error 5', 1),
  at(2, '10:00:10.000', 'Poller', 'probe 2 failed with error 5', 1),
  at(3, '10:00:20.000', 'Poller', 'probe 3 failed with error 5', 1),
  at(4, '10:00:30.000', 'Poller', 'probe 4 failed with error 5', 1),
  at(5, '10:05:30.000', 'Poller', 'probe 5 ok', 1),
  at(6, '10:05:31.000', 'Worker', 'job done', 2),
].map((event, i) =>
  i < 4 && event.type === 'record'
    ? { ...event, decision: { ...selfTrace(), status: 'failed', negative: true } }
    : event,
);

describe('silent components', () => {
  it('flags subjects that never wrote a message, the most negative first', () => {
    const summary = summarize(story);
    expect(summary.silent.map((row) => [row.subject, row.reports, row.negative])).toEqual([
      ['Indexer', 3, 3],
      ['Billing', 2, 1],
    ]);
    expect(summary.silent[0]).toMatchObject({ narrators: ['Auditor', 'Monitor'], first: { time: '09:00:01.000' }, last: { time: '09:02:05.500' } });
  });

  it('knows a narrator by its name case-insensitively and by the last segment of a dotted name', () => {
    const summary = summarize([
      record({ line: 1, time: '09:00:00.000', narrator: 'org.example.Indexer', body: 'started' }),
      record({ line: 2, time: '09:00:01.000', narrator: 'billing', body: 'started' }),
      record({ line: 3, time: '09:00:02.000', narrator: 'Monitor', body: 'Indexer OK, Billing OK, Spooler down' }, reports(['Indexer', 'Billing', 'Spooler'], 'down', true)),
    ]);
    expect(summary.silent.map((row) => row.subject)).toEqual(['Spooler']);
  });
});

describe('error messages and periodic errors', () => {
  const summary = summarize(periodic);

  it('counts self-reported errors apart from narrated ones, per template', () => {
    expect(summary.errors.selfReported).toBe(4);
    expect(summary.errors.narrated).toBe(0);
    expect(summary.errors.table.rows).toEqual([
      expect.objectContaining({ origin: 'self', narrator: 'Poller', template: 'probe <n> failed with error <n>', count: 4 }),
    ]);
    expect(summarize(story).errors).toMatchObject({ selfReported: 0, narrated: 4 });
  });

  it('finds the repeating error with its mean period', () => {
    expect(summary.periodic).toEqual([expect.objectContaining({ template: 'probe <n> failed with error <n>', count: 4, meanPeriodMs: 10_000 })]);
  });

  it('ranks the message templates', () => {
    expect(summary.templates.rows[0]).toMatchObject({ narrator: 'Poller', template: 'probe <n> failed with error <n>', count: 4, sample: { line: 1 } });
  });
});

describe('gaps', () => {
  /** Bucket counts of these deltas. */
  const histogram = (deltas: readonly number[]): number[] => {
    const counts = new Array<number>(DELTA_BOUNDS_MS.length + 1).fill(0);
    for (const ms of deltas) counts[DELTA_BOUNDS_MS.findIndex((bound) => ms < bound)] += 1;
    return counts;
  };

  it('derives the threshold from a high percentile of the deltas, with a floor', () => {
    expect(derivedThreshold([])).toBe(GAP_FLOOR_MS);
    // 100 deltas of 5 to 10 s: 5 x 10 s.
    expect(derivedThreshold(histogram(new Array<number>(100).fill(7_000)))).toBe(50_000);
    expect(derivedThreshold(histogram(new Array<number>(100).fill(20)))).toBe(GAP_FLOOR_MS);
    // A tenth of long deltas are the pauses of a bursty trace, its rhythm too: the 95th percentile falls among them.
    expect(derivedThreshold(histogram([...new Array<number>(90).fill(3), ...new Array<number>(10).fill(1_500)]))).toBe(10_000);
  });

  it('leaves the two longest deltas out of the percentile, so that a short trace can show its silences', () => {
    // A 30 s rhythm with one or two long silences: measured against the 30 s steps (bucket 20-50 s, times 5).
    expect(derivedThreshold(histogram([...new Array<number>(19).fill(30_000), 4_830_000]))).toBe(250_000);
    expect(derivedThreshold(histogram([...new Array<number>(13).fill(30_000), 2_400_000, 4_800_000]))).toBe(250_000);
    // Fewer deltas: the shortest; a lone delta is measured against itself, and is no gap.
    expect(derivedThreshold(histogram([5_000, 60_000]))).toBe(50_000);
    expect(derivedThreshold(histogram([60_000]))).toBe(500_000);
  });

  it('finds the 80-minute silence in a short trace with a 30 s rhythm', () => {
    const clock = (s: number): string => `${String(6 + Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    const events = [...Array.from({ length: 20 }, (_, i) => at(i + 1, clock(i * 30), 'Mon', 'tick', 1)), at(21, clock(5400), 'Mon', 'tick', 1)];
    const { gaps } = summarize(events);
    expect(gaps.trace).toMatchObject({ thresholdSource: 'derived', thresholdMs: 250_000 });
    expect(gaps.trace.rows.map((g) => [g.from.time, g.to.time])).toEqual([['06:09:30.000', '07:30:00.000']]);
    expect(gaps.threads.rows.map((g) => g.durationMs)).toEqual([4_830_000]);
  });

  it('finds the hole in the whole trace and on the thread, above a threshold from the trace\'s own rhythm', () => {
    // 200 records a second apart, a 5-minute hole, one more.
    const clock = (s: number): string => `10:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    const events = [...Array.from({ length: 200 }, (_, i) => at(i + 1, clock(i), 'Ticker', 'tick', 1)), at(201, clock(499), 'Ticker', 'tick', 1)];
    const summary = summarize(events);
    // p95 of the deltas is 1 s, in the bucket [1 s, 2 s): 5 x 2 s.
    expect(summary.gaps.trace).toMatchObject({ thresholdSource: 'derived', thresholdMs: 10_000, truncated: false });
    expect(summary.gaps.trace.rows.map((g) => [g.from.time, g.to.time, g.durationMs])).toEqual([['10:03:19.000', '10:08:19.000', 300_000]]);
    expect(summary.gaps.threads.rows).toEqual([expect.objectContaining({ pid: 100, tid: 1, durationMs: 300_000 })]);
  });

  it('finds the hole in a trace of a few records, against the steps but the longest two', () => {
    // Deltas 10, 10, 10, 300 and 1 s: the third shortest, 10 s, in the bucket [10 s, 20 s): 5 x 20 s.
    const { gaps } = summarize(periodic);
    expect(gaps.trace).toMatchObject({ thresholdMs: 100_000, rows: [expect.objectContaining({ durationMs: 300_000 })] });
    expect(gaps.threads.rows).toEqual([expect.objectContaining({ tid: 1, durationMs: 300_000 })]);
  });

  it('finds no gap in a trace of one step', () => {
    expect(summarize(periodic.slice(0, 2)).gaps.trace.rows).toEqual([]);
  });

  it('takes the threshold from --gap, and keeps only the longest gaps', () => {
    const summary = summarize(periodic, { gapMs: 5_000, maxGaps: 2 });
    expect(summary.gaps.trace).toMatchObject({ thresholdMs: 5_000, thresholdSource: 'option', truncated: true });
    expect(summary.gaps.trace.rows.map((g) => g.durationMs)).toEqual([300_000, 10_000]);
  });
});

describe('timeline', () => {
  it('counts records, diegetic and negative ones in power-of-two bins that fit the range', () => {
    const { timeline } = summarize(story, { maxTimelineBins: 16 });
    expect(timeline.records.length).toBeLessThanOrEqual(16);
    expect(Math.log2(timeline.binMs) % 1).toBe(0);
    expect(timeline.records.reduce((a, b) => a + b)).toBe(6);
    expect(timeline.diegetic.reduce((a, b) => a + b)).toBe(5);
    expect(timeline.negative.reduce((a, b) => a + b)).toBe(4);
  });

  it('merges exactly, whatever the cut', () => {
    const whole = summarize(periodic, { maxTimelineBins: 8 });
    for (let cut = 0; cut <= periodic.length; cut++) {
      const merged = mergeSummaries(summarize(periodic.slice(0, cut), { maxTimelineBins: 8 }), summarize(periodic.slice(cut), { maxTimelineBins: 8 }));
      expect(merged).toEqual(whole);
    }
  });

  it('draws a time without a date on the day of the record before it in its input, not in 1970', () => {
    const dated = (line: number, time: string, file = 'mixed.log') =>
      record({ line, time, date: '2024-01-01', narrator: 'app', body: 'tick', file });
    const undated = (line: number, time: string, file = 'mixed.log') => record({ line, time, narrator: 'db', body: 'slow', file });
    const { timeline } = summarize([undated(1, '09:59:00.000'), dated(2, '10:00:00.000'), undated(3, '10:00:05.000'), dated(4, '10:00:09.000')]);
    expect(timeline.dated).toBe(true);
    // 2024-01-01 10:00:00 to 10:00:09: a few bins of a few seconds, not decades since 1970.
    expect(timeline.startMs).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1, 9, 59));
    expect(timeline.binMs).toBeLessThan(1000);
    // The first record comes before any date: it is left out of the dated timeline.
    expect(timeline.records.reduce((a, b) => a + b)).toBe(3);
    // Past midnight, on the next day.
    const night = summarize([dated(1, '23:59:58.000'), undated(2, '00:00:02.000')]).timeline;
    expect(night.binMs).toBeLessThan(8192);
    expect((night.startMs as number) + night.binMs * night.records.length).toBeGreaterThan(Date.UTC(2024, 0, 2));
    // Another input carries no day over.
    expect(summarize([dated(1, '10:00:00.000'), undated(1, '10:00:01.000', 'other.log')]).timeline.records.reduce((a, b) => a + b)).toBe(1);
    // A trace without dates keeps its times of day.
    expect(summarize([undated(1, '10:00:00.000'), undated(2, '10:00:01.000')]).timeline).toMatchObject({ dated: false, startMs: expect.any(Number) });
  });

  it('draws all and diegetic records as sparklines on one scale', () => {
    const lines = sparklines(summarize(story).timeline, 24);
    expect(lines?.all).toMatch(/^[▁▂▃▄▅▆▇█ ]+$/);
    expect(lines?.all.length).toBe(lines?.diegetic.length);
    expect(lines?.all[0]).toBe('█');
    expect(sparklines(summarize([]).timeline, 24)).toBeNull();
  });
});

describe('the narrator -> subject graph', () => {
  const graph = buildGraph(summarize(story));

  it('has components as nodes and reports as edges, silent ones marked', () => {
    expect(graph.nodes.map((n) => [n.name, n.silent])).toEqual([
      ['Gateway', false],
      ['Billing', true],
      ['Monitor', false],
      ['Indexer', true],
      ['Auditor', false],
    ]);
    expect(graph.edges[0]).toEqual({ from: 'n0', to: 'n1', count: 2, overcount: 0, negative: 1 });
  });

  it('renders as Graphviz dot, negative edges red', () => {
    const dot = renderDot(graph);
    expect(dot.startsWith('digraph diegesis {\n')).toBe(true);
    expect(dot).toContain('n1 [label="Billing\\n(silent)", color="#e65100"');
    expect(dot).toContain('n0 -> n1 [label="2 (1 negative)", color="#c62828"');
  });

  it('labels an estimated count as the tables do, as a range', () => {
    // Reports kept heaviest in a table of 2: Auditor's report on Indexer took the place of a row of 2 reports.
    const capped = buildGraph(summarize(story, { maxKeys: 2 }));
    const estimated = capped.edges.find((edge) => edge.overcount > 0);
    expect(estimated).toEqual(expect.objectContaining({ count: 3, overcount: 2, negative: 1 }));
    expect(renderDot(capped)).toContain('[label="1-3 (1 negative)"');
  });

  it('renders as Mermaid, quotes escaped', () => {
    const mermaid = renderMermaid(graph);
    expect(mermaid.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid).toContain('  n0 -->|"2 (1 negative)"| n1\n');
    expect(mermaid).toContain('  n1["Billing (silent)"]:::silent\n');
    expect(mermaid).toContain('linkStyle 0,1,2 stroke:#c62828');
    const quoted = renderMermaid(buildGraph(summarize([record({ line: 1, time: null, narrator: 'A"x', body: 'B<y> down' }, reports(['B<y>'], 'down', true))])));
    expect(quoted).toContain('n0["A#34;x"]');
    expect(quoted).toContain('n1["B#60;y#62; (silent)"]');
  });
});
