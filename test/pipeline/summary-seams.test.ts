/**
 * `summary --jobs 2` reads each segment once, before its seed (the latest times before it) is known, and makes its
 * summary as from the seed once that is known, or runs it again from the seed (pipeline/parallel.ts, summary/seed.ts).
 * Each case is a trace made to put one of the seed's effects at the seams, and must give exactly one thread's summary;
 * ParallelOptions.ranAgain tells which segments ran again and why.
 *
 * Lines are 64 bytes and segments 4096 (DIEGESIS_SEGMENT_BYTES' size): every native line starts a record, so segment k
 * is lines 64k to 64k + 63, and a trace can put a record first in a segment (segments.ts cuts after the line holding
 * the segment's last byte).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { SummaryOptions } from '../../src/sinks/summary/aggregate.js';
import { builtPipeline } from './built.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-seams-'));
const LINE = 64;
const PER_SEGMENT = 64;
const DAY = 86_400_000;

const { run, loadFormats, createClassifier, loadLexicon, createSummaryAggregator, renderSummaryJson } = await builtPipeline();
const formats = await loadFormats([]);

interface Read {
  readonly json: string;
  /** Segments run again, by the guess that failed. */
  readonly again: { readonly inventory: number[]; readonly times: number[] };
}

/** The summary JSON of `file`, with `jobs` threads, as the CLI prints it. */
async function summarize(file: string, jobs: number, options: SummaryOptions = {}, format?: string, segmentBytes = LINE * PER_SEGMENT): Promise<Read> {
  const aggregator = createSummaryAggregator(options);
  const again = { inventory: [] as number[], times: [] as number[] };
  await run({
    inputs: [file],
    formats,
    format: format === undefined ? undefined : formats.find((f) => f.name === format),
    classifier: createClassifier(loadLexicon([])),
    sink: aggregator,
    onInputError: (error) => {
      throw error;
    },
    merge: true,
    parallel: {
      jobs, lexiconFiles: [], write: () => undefined, drained: async () => undefined, segmentBytes, minBytes: 0,
      ranAgain: (segment, guess) => again[guess].push(segment),
    },
  });
  return { json: renderSummaryJson(aggregator.result()), again };
}

/** Reads `file` with one thread and with two; the two must print the same. Returns the read with two. */
async function same(file: string, options: SummaryOptions = {}, format?: string, segmentBytes?: number): Promise<Read> {
  const one = await summarize(file, 1, options, format, segmentBytes);
  const two = await summarize(file, 2, options, format, segmentBytes);
  expect(two.json).toBe(one.json);
  return two;
}

const pad = (n: number, width = 2): string => String(Math.floor(n)).padStart(width, '0');
/** "HH:MM:SS.mmm" of `ms` from some midnight (the day dropped), or "YYYY-MM-DD HH:MM:SS.mmm" with its date. */
function timeOf(ms: number, dated = false): string {
  const day = Math.floor(ms / DAY);
  const of = ms - day * DAY;
  const time = `${pad(of / 3_600_000)}:${pad((of / 60_000) % 60)}:${pad((of / 1000) % 60)}.${pad(of % 1000, 3)}`;
  return dated ? `${new Date(day * DAY).toISOString().slice(0, 10)} ${time}` : time;
}

/** A record of exactly `width` bytes, padded with a number (one template, whatever the padding). */
function line(tid: number, time: string, narrator: string, message: string, width = LINE): string {
  const text = `4000 ${tid} ${time} ${narrator}: ${message} `;
  if (text.length > width - 2) throw new Error(`line too long: ${text}`);
  return text.padEnd(width - 1, '0') + '\n';
}

function write(name: string, lines: readonly string[]): string {
  const file = join(scratch, name);
  writeFileSync(file, lines.join(''));
  return file;
}

const NARRATORS = ['Monitor', 'Gateway', 'Store'];
/** Line i of a plain trace: three narrators on four threads, now and then a report on another component. */
const plain = (i: number, ms: number, dated = false): string =>
  line(100 + (i % 4), timeOf(ms, dated), NARRATORS[i % 3] as string, i % 10 === 3 ? 'Indexer is not responding' : `flush took ${i % 50} ms`);

it('reads a trace in time order once per segment, through a midnight without dates', async () => {
  // Midnight falls between segments 10 and 11.
  const midnight = DAY;
  const file = write('midnight.trace', Array.from({ length: 20 * PER_SEGMENT }, (_, i) => plain(i, midnight + (i - 11 * PER_SEGMENT) * 150 + 20)));
  const read = await same(file);
  expect(JSON.parse(read.json).time.last.time).toBe('00:01:26.270');
  expect(read.again.times).toEqual([]);
}, 60_000);

/**
 * Segments that are the head when handed out get their seed and never run again: the cases that run some again have
 * many seams, so that some are handed out before their seed is known.
 */
const every = (from: number, step: number, to: number): number[] => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

/** Some segments ran again for their times, all of them among `seams`. */
function ranAgainAt(read: Read, seams: readonly number[]): void {
  expect(read.again.times.length).toBeGreaterThan(0);
  expect(read.again.times.every((segment) => seams.includes(segment))).toBe(true);
}

it('runs again the segments the trace enters back in time, and only those', async () => {
  // Back 300 ms first thing in every other segment from 5 (caught up within the segment); back 100 ms within segment 6.
  const seams = every(5, 2, 40);
  let ms = 6 * 3_600_000;
  const lines = Array.from({ length: 42 * PER_SEGMENT }, (_, i) => {
    ms += seams.includes(i / PER_SEGMENT) ? -300 : i === 6 * PER_SEGMENT + 20 ? -100 : 10;
    return plain(i, ms);
  });
  ranAgainAt(await same(write('back.trace', lines)), seams);
}, 60_000);

it('runs again the segments where a thread goes back in time, the trace not', async () => {
  // Thread 9 writes second to last in segment k - 1, then 2 s behind the trace 5 lines into segment k (k in `seams`).
  const seams = every(4, 3, 40);
  const lines = Array.from({ length: 42 * PER_SEGMENT }, (_, i) => {
    const ms = 6 * 3_600_000 + i * 10;
    const k = Math.floor(i / PER_SEGMENT);
    const at = i % PER_SEGMENT;
    if (seams.includes(k + 1) && at === PER_SEGMENT - 2) return line(9, timeOf(ms), 'Store', 'flush took 1 ms');
    if (seams.includes(k) && at === 5) return line(9, timeOf(ms - 2000), 'Store', 'flush took 2 ms');
    return plain(i, ms);
  });
  ranAgainAt(await same(write('thread-back.trace', lines)), seams);
}, 60_000);

it('reads a log written five times over mostly once per segment: each copy behind the latest time of the first', async () => {
  // Copies of three segments each: past the first, every seam goes back in time, but no segment moves the seed's latest
  // times, which the workers are then given.
  const copy = Array.from({ length: 3 * PER_SEGMENT }, (_, i) => plain(i, 6 * 3_600_000 + i * 10));
  const read = await same(write('twice-over.trace', [copy, copy, copy, copy, copy].flat()));
  expect(read.again.times.length).toBeLessThanOrEqual(3);
}, 60_000);

it('runs again the segments whose days were guessed wrong: a trace without dates, 15 minutes between records', async () => {
  // A segment spans 16 hours: where days fell in a seed a segment or two before is no longer near.
  const read = await same(write('hours.trace', Array.from({ length: 30 * PER_SEGMENT }, (_, i) => plain(i, 20 * 3_600_000 + i * 900_000))));
  expect(read.again.times.length).toBeGreaterThan(0);
}, 60_000);

it('reads once per segment a log whose lines only now and then carry a date, across midnight', async () => {
  // The generic grammar; a date every 16 lines, midnight between segments 6 and 7: the lines first in a segment,
  // without a date, are drawn on the day of the dated line before them, in a segment before.
  const midnight = Date.UTC(2024, 0, 1) + DAY;
  const lines = Array.from({ length: 12 * PER_SEGMENT }, (_, i) => {
    const ms = midnight + (i - 7 * PER_SEGMENT) * 1500 + 7;
    const text = i % 16 === 15 ? `${timeOf(ms, true)} INFO app: redis is unreachable ` : `${timeOf(ms)} WARN db: slow query ${i} `;
    return text.padEnd(LINE - 1, '0') + '\n';
  });
  const read = await same(write('mixed.log', lines), {}, 'generic');
  expect(JSON.parse(read.json).timeline).toMatchObject({ dated: true });
  expect(read.again.times).toEqual([]);
}, 60_000);

it('reads once per segment a trace of more threads than the summary keeps, the others past a full table', async () => {
  // Three threads, which every segment starts with, fill the table (maxKeys 3); one more thread at line 10 of each.
  const lines = Array.from({ length: 12 * PER_SEGMENT }, (_, i) =>
    line(i % PER_SEGMENT === 10 ? 500 + i : 100 + (i % 3), timeOf(6 * 3_600_000 + i * 10), NARRATORS[i % 3] as string, `flush took ${i % 50} ms`));
  const read = await same(write('threads.trace', lines), { maxKeys: 3 });
  expect(JSON.parse(read.json).threads).toMatchObject({ rows: [{}, {}, {}], overflow: 12 });
  expect(read.again.times).toEqual([]);
}, 60_000);

it('runs again the segments handed out before the narrator inventory learned something mid-file', async () => {
  // A narrator first seen in each segment of `news`, which decisions after it may depend on.
  const news = every(5, 3, 40);
  const lines = Array.from({ length: 42 * PER_SEGMENT }, (_, i) => {
    const ms = 6 * 3_600_000 + i * 10;
    return i % PER_SEGMENT === 3 && news.includes(Math.floor(i / PER_SEGMENT)) ? line(101, timeOf(ms), `Indexer${i}`, 'restarting') : plain(i, ms);
  });
  const read = await same(write('news.trace', lines));
  expect(read.again.inventory.filter((segment) => segment > news[0]).length).toBeGreaterThan(0);
}, 60_000);

/**
 * Random traces. Dates on every record or on none: a time without a date and one with compare by time of day (time.ts),
 * which orders them only while the trace stays within one day, so a trace that mixes them and passes midnight has no
 * order for the segments' rows and ranges to merge into (one thread's is then its reading order, which no merge of
 * segments can follow): such traces stay within a day here.
 */
it('gives one thread\'s summary of random traces: back in time, past midnights, dates or not, many segment sizes', async () => {
  const record = (hours: boolean) => fc.record({
    step: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 400 }) },
      { weight: 1, arbitrary: fc.integer({ min: -5000, max: -1 }) },
      { weight: hours ? 1 : 0, arbitrary: fc.integer({ min: 3_600_000, max: 14 * 3_600_000 }) },
    ),
    tid: fc.integer({ min: 1, max: 4 }),
    dated: fc.boolean(),
    narrator: fc.constantFrom(...NARRATORS),
    report: fc.boolean(),
  });
  const trace = fc.oneof(
    fc.record({ dates: fc.constantFrom('none', 'all'), start: fc.integer({ min: 0, max: 23 }), records: fc.array(record(true), { minLength: 200, maxLength: 900 }) }),
    fc.record({ dates: fc.constant('some'), start: fc.constant(1), records: fc.array(record(false), { minLength: 200, maxLength: 900 }) }),
  );
  let runs = 0;
  await fc.assert(fc.asyncProperty(trace, fc.constantFrom(512, 1024, 3000), async ({ dates, start, records }, segmentBytes) => {
    let ms = Date.UTC(2024, 0, 1, start);
    const lines = records.map((r, i) => {
      ms += r.step;
      const time = timeOf(ms, dates === 'all' || (dates === 'some' && r.dated));
      return line(r.tid, time, r.narrator, r.report ? `Indexer${i % 2} is not responding` : `flush took ${i % 50} ms`, 96);
    });
    await same(write(`random-${runs++}.trace`, lines), {}, undefined, segmentBytes);
  }), { numRuns: 15 });
}, 240_000);
