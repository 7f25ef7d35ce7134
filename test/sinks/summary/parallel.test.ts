/**
 * `summary --jobs N`: workers aggregate their segments of a file and the main thread absorbs their summaries in file
 * order. For a trace whose tables stay within their caps, the result is the single-threaded summary, the seams between
 * segments included (gaps, per-thread deltas, the timeline), in time order or not: each worker starts from the latest
 * times before its segment. Small segments (DIEGESIS_SEGMENT_BYTES) cut even small inputs into many.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTraceGenerator } from '../../../scripts/bench-trace.js';
import type { SinkReport } from '../../../src/sinks/recipe.js';
import { sinkFromRecipe } from '../../../src/sinks/recipe.js';
import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { cli } from '../../cli/run-cli.js';
import { builtPipeline } from '../../pipeline/built.js';
import { feed, play, story } from './story.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-summary-jobs-'));

/**
 * A native trace in time order with what a seam can break: long pauses (gaps in the whole trace and on threads),
 * threads that go quiet for a while, diegetic reports (negative ones too), stack traces and junk lines.
 */
function pausedTrace(startMs = 6 * 3_600_000): string {
  const narrators = ['Monitor', 'Gateway', 'Auditor', 'Store', 'Scheduler'];
  const lines: string[] = [];
  let ms = startMs;
  for (let i = 0; i < 1500; i++) {
    ms += i % 211 === 210 ? 95_000 : 3 + (i % 17);
    const time = new Date(ms).toISOString().slice(11, 23);
    const tid = 100 + (i % 7 === 0 ? 9 : i % 4) + (i > 700 && i < 900 ? 0 : i % 3);
    const narrator = narrators[(i * 7) % narrators.length];
    const message = i % 5 === 0 ? `Indexer${i % 3} is not responding after ${i} ms` : i % 9 === 0 ? `Billing returned OK for job ${i}` : `flush took ${i % 40} ms`;
    lines.push(`${4000 + (i % 3)} ${tid} ${time} ${narrator}: ${message}`);
    if (i % 97 === 0) lines.push('   at Store.commit(Store.java:42)', '   at Scheduler.run(Scheduler.java:7)');
    if (i % 301 === 0) lines.push('-- junk line --');
  }
  return lines.join('\n') + '\n';
}

const paused = join(scratch, 'paused.trace');
writeFileSync(paused, pausedTrace());
const generated = join(scratch, 'generated.trace');
const generator = createTraceGenerator(11);
// 1500 records keep every table of the generated trace within its caps.
writeFileSync(generated, Array.from({ length: 1500 }, () => generator.next()).join(''));

// A trace that goes back in time now and then, on the whole and on its threads.
const shuffled = join(scratch, 'shuffled.trace');
writeFileSync(shuffled, pausedTrace().split('\n').map((line, i, all) => (i % 13 === 5 && i + 1 < all.length ? all[i + 1] : i % 13 === 6 ? all[i - 1] : line)).join('\n'));

// The same from 23:55, without dates: it passes midnight, and the segments after it must count the day passed.
const overnight = join(scratch, 'overnight.trace');
writeFileSync(overnight, pausedTrace((23 * 60 + 55) * 60_000));

/**
 * A Spring Boot log: no TIDs but named threads (cut to their last 15 characters and padded, as Boot writes them) that
 * go quiet for a while and come back segments later, a second process with a `main` of its own, stack traces, long
 * pauses, and now and then a line that goes back in time.
 */
function namedThreadsTrace(): string {
  const threads = ['main', 'http-nio-8080-exec-1', 'http-nio-8080-exec-2', 'scheduling-1', 'pool-2-thread-3', 'kafka-consumer-0'];
  const loggers = ['c.e.orders.OrdersApplication', 'o.s.web.servlet.DispatcherServlet', 'c.e.billing.PaymentClient', 'c.e.jobs.ReconcileJob'];
  const lines: string[] = [];
  let ms = Date.UTC(2024, 2, 1, 10);
  for (let i = 0; i < 1500; i++) {
    ms += i % 211 === 210 ? 95_000 : 3 + (i % 17);
    const at = new Date(i % 89 === 88 ? ms - 40_000 : ms).toISOString();
    let thread = threads[(i * 5) % threads.length];
    if (i > 600 && i < 900 && thread === 'scheduling-1') thread = 'main';
    const pid = i % 50 === 0 ? 5120 : 4242;
    const level = i % 5 === 0 ? 'ERROR' : 'INFO';
    const message = i % 5 === 0 ? `payment-service is not responding after ${i} ms` : `reconciled ${i % 40} orders`;
    lines.push(`${at.slice(0, 10)} ${at.slice(11, 23)} ${level.padStart(5)} ${pid} --- [${thread.slice(-15).padStart(15)}] ${loggers[i % loggers.length].padEnd(40)} : ${message}`);
    if (i % 97 === 0) lines.push('java.net.ConnectException: Connection refused', '\tat c.e.billing.PaymentClient.call(PaymentClient.java:42)');
  }
  return lines.join('\n') + '\n';
}

const named = join(scratch, 'named-threads.log');
writeFileSync(named, namedThreadsTrace());

// The dev corpus: HealthApp and ZooKeeper logs are not in time order. The structured samples: epoch and RFC 3339 times.
// ZooKeeper's threads and the Spring Boot log's are known by their names.
const INPUTS = [paused, shuffled, overnight, generated, named, 'test/corpus/dev/android-logcat.log', 'test/corpus/dev/healthapp.log', 'test/corpus/dev/zookeeper-quorum.log',
  'samples/gateway-json.log', 'samples/scheduler-logfmt.log'];
const summary = (jobs: string, args: readonly string[]) => cli(['summary', ...args, '--jobs', jobs], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } });

it.each(INPUTS)('summary --output json --jobs 2 prints what --jobs 1 prints: %s', (input) => {
  const one = summary('1', ['--output', 'json', input]);
  const two = summary('2', ['--output', 'json', input]);
  expect(two.stderr).toBe(one.stderr);
  expect(two.code).toBe(one.code);
  expect(two.stdout === one.stdout).toBe(true);
  expect(JSON.parse(one.stdout)).toMatchObject({ lines: { records: expect.any(Number) } });
}, 60_000);

// A log of a system diegesis has no grammar for (read by the generic one), where only some lines carry a date: the
// others are drawn on the day of the dated line before them, which a worker learns from the segments before its own.
const mixed = join(scratch, 'mixed.log');
writeFileSync(mixed, Array.from({ length: 900 }, (_, i) => {
  const at = new Date(Date.UTC(2024, 0, 1, 23, 50) + i * 1500).toISOString();
  const time = at.slice(11, 23);
  return i % 50 === 7 ? `${at.slice(0, 10)} ${time} INFO app: redis is unreachable\n` : `${time} WARN db: slow query ${i}\n`;
}).join(''));

it('summary --jobs 2 of a log whose lines only now and then carry a date prints what --jobs 1 prints', () => {
  const one = summary('1', ['--output', 'json', '--format', 'generic', mixed]);
  expect(summary('2', ['--output', 'json', '--format', 'generic', mixed]).stdout === one.stdout).toBe(true);
  const { timeline } = JSON.parse(one.stdout) as Summary;
  expect(timeline).toMatchObject({ dated: true, startMs: expect.any(Number) });
  expect(timeline.startMs).toBeGreaterThan(Date.UTC(2024, 0, 1, 23));
}, 60_000);

it('keeps the seams of a paused trace: its gaps, on the whole trace and on threads', () => {
  const gaps = (jobs: string, output: string) => summary(jobs, ['--gap', '30s', '--output', output, paused]).stdout;
  const one = JSON.parse(gaps('1', 'json')) as Summary;
  expect(one.gaps.trace.rows.length).toBeGreaterThan(3);
  expect(one.gaps.threads.rows.length).toBeGreaterThan(3);
  expect(gaps('2', 'json')).toBe(gaps('1', 'json'));
  expect(gaps('2', 'text')).toBe(gaps('1', 'text'));
}, 60_000);

it('keeps the seams of named threads: their gaps, and the threads of activity', () => {
  const run = (jobs: string, output: string) => summary(jobs, ['--gap', '30s', '--output', output, named]).stdout;
  const one = JSON.parse(run('1', 'json')) as Summary;
  expect(one.threads.rows.map((row) => [row.pid, row.tid, row.thread])).toEqual(expect.arrayContaining([
    [4242, null, 'nio-8080-exec-1'],
    [4242, null, 'scheduling-1'],
    [5120, null, 'main'],
  ]));
  expect(one.threads.missing).toBe(0);
  expect(one.gaps.threads.rows.length).toBeGreaterThan(3);
  expect(one.gaps.threads.rows.every((gap) => gap.tid === null && gap.thread !== null)).toBe(true);
  expect(run('2', 'json')).toBe(run('1', 'json'));
  expect(run('2', 'text')).toBe(run('1', 'text'));
}, 60_000);

it('runs in workers and absorbs their summaries in file order', async () => {
  const { run, loadFormats, createClassifier, loadLexicon, createSummaryAggregator: createBuilt } = await builtPipeline();

  const summarize = async (jobs: number, absorbed: SinkReport[]): Promise<Summary> => {
    const aggregator = createBuilt();
    const sink = {
      ...aggregator,
      absorb: (report: SinkReport) => {
        absorbed.push(report);
        aggregator.absorb(report);
      },
    };
    await run({
      inputs: [paused],
      formats: await loadFormats([]),
      classifier: createClassifier(loadLexicon([])),
      sink,
      onInputError: (error) => {
        throw error;
      },
      merge: true,
      parallel: { jobs, lexiconFiles: [], write: () => undefined, drained: async () => undefined, segmentBytes: 4096 },
    });
    return aggregator.result();
  };
  const reports: SinkReport[] = [];
  const two = await summarize(2, reports);
  expect(reports.length).toBeGreaterThan(10);
  // File order: each part's first record comes after the previous part's last one.
  const firstLines = reports.map((r) => Math.min(...(r.summary as Summary).templates.rows.map((t) => t.sample.line)));
  expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
  expect(two).toEqual(await summarize(1, []));
}, 60_000);

describe('the summary recipe', () => {
  it('is plain data, and builds a summary sink whose report the main sink absorbs as if it had read the part', () => {
    const main = createSummaryAggregator({ maxKeys: 50, gapMs: 2000 });
    const recipe = structuredClone(main.recipe);
    expect(recipe).toEqual({ kind: 'summary', options: expect.objectContaining({ maxKeys: 50, gapMs: 2000 }) });
    const cut = 5;
    feed(main, story.slice(0, cut));
    const worker = sinkFromRecipe(recipe, { write: () => undefined });
    for (const event of story.slice(cut)) play(worker.sink as typeof main, event);
    main.absorb(structuredClone(worker.report()));

    const whole = createSummaryAggregator({ maxKeys: 50, gapMs: 2000 });
    feed(whole, story);
    expect(main.result()).toEqual(whole.result());
  });
});
