/**
 * One regular file read by worker threads: the main thread cuts it into segments at record boundaries (segments.ts),
 * each worker assembles and classifies its segments into its own copy of the sink (worker.ts), and the main thread
 * writes their text in file order. Line numbers stay file-absolute (each segment knows its first line).
 *
 * The narrator inventory: a worker starting mid-file has not seen the narrators before its segment, and decisions
 * depend on them. What a segment's records may teach the inventory (InventoryNews) is rare past the start of a trace,
 * so a segment is classified in one pass after the events known when it is handed out, a guess: the worker sends back
 * the records that taught its classifier something, and once every earlier segment is folded in, the guess held if no
 * event came in meanwhile; else the segment runs again after all of them, and what it wrote is dropped.
 *
 * A summary's segment also starts from the latest times before it (its seed, summary/seed.ts), which every segment
 * changes: a worker is given the seed when its segment is the head (every segment before is folded in), else only
 * where days fell in the head's seed (days change seldom), and sends back its segment's latest times and how it
 * starts. Once the segment is at the head, its seed is known: the summary is made as from it (seededSummary) when the
 * seed changes nothing but the steps across the seam (the trace and its threads do not go back in time there, days fell
 * as guessed); else the segment runs again from its seed. A trace behind its latest time (a log written twice over)
 * goes back at every seam, but leaves the seed's latest times as they are: there a worker is given the head's whole
 * seed, which holds when it is its segment's. Either way, decisions, and so every output, are those of a
 * single-threaded run.
 *
 * Memory stays bounded: at most `jobs` segments are in flight, and only their text (a summary's: its summary) waits to
 * be written.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { DiegesisError } from '../errors.js';
import { LineSplitter } from '../input/lines.js';
import { isGzip, sniffEncoding, unreadableFormat } from '../input/decode.js';
import { STDIN } from '../input/open.js';
import { Utf8Decoder } from '../input/utf8.js';
import { detectFormat } from '../records/detect.js';
import type { Format } from '../records/format.js';
import type { ParallelSink, SinkRecipe, SinkReport } from '../sinks/recipe.js';
import { DEFAULT_LIMITS } from '../sinks/summary/builder.js';
import { NO_TIMES, daysOf, foldTimes, sameTime, seededSummary, type TimeSeed } from '../sinks/summary/seed.js';
import type { InventoryEvent, InventoryHistory } from './inventory-news.js';
import type { InputStats } from './read-input.js';
import { SegmentPlanner, type Segment } from './segments.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

export interface ParallelOptions {
  /** Worker threads; 1 or less reads every input on the main thread. */
  readonly jobs: number;
  readonly lexiconFiles: readonly string[];
  /**
   * Where the workers' output goes, in order (bytes, encoded by the workers as the main thread would); `then` once
   * they are written, when their buffer goes back to the worker.
   */
  readonly write: (bytes: Uint8Array, then: () => void) => void;
  /** Resolves when the output can take more (back-pressure). */
  readonly drained: () => Promise<void>;
  /** Bytes per segment (default: 512 KiB for the line outputs, 4 MiB for a summary). */
  readonly segmentBytes?: number;
  /** Files under this many bytes are read on the main thread (default: two segments). */
  readonly minBytes?: number;
  /** Told the size of each segment once it is done (a progress bar). */
  readonly progressed?: (bytes: number) => void;
  /**
   * Told of each segment run again, its guess at what came before having failed: at the inventory events, or (a
   * summary's) at the times before it (tests, measurements).
   */
  readonly ranAgain?: (segment: number, guess: 'inventory' | 'times') => void;
}

/**
 * Bytes per segment. A line output's text waits in memory while the segments before it run, and `classify` writes
 * about 4.5 times its input: with 2 MiB segments, `classify --jobs 2` on 500 MB peaked at 154 MiB, with 512 KiB at 143
 * (1 MiB: 148; 256 KiB: under 2 MiB less, for 4% more CPU time). `filter` and `show`, which write less, took 3% to 7%
 * longer with 512 KiB segments than with 2 MiB, for 4 to 7 MiB less. A summary writes nothing per segment, but each
 * segment's summary starts empty (its tables fill again), crosses to the main thread and is absorbed there: on 500 MB
 * with two workers, 4 MiB segments took 26.6 CPU-s against 31.0 with 2 MiB (the main thread 2.1 against 3.4), peaking
 * 5 MiB higher (237 to 241 MiB); 8 MiB took 25.4, peaking at 255 to 269 (medians of three, alternated). A summary
 * whose ranked tables overflow their caps (the bench trace's) merges the heaviest keys of its segments, so its rows
 * depend on where segments are cut: neither size gives one thread's rows there, and they give different ones.
 */
const LINE_SEGMENT_BYTES = 512 * 1024;
const SUMMARY_SEGMENT_BYTES = 4 * 1024 * 1024;
/**
 * Segments longer than this many times the segment size run on a worker without a bound on its old generation: 16 MiB
 * for a summary, as when the bound was sized (for segments of 2 MiB); 2 MiB for the line outputs.
 */
const LARGE_SEGMENT = 4;
/**
 * Bytes of a line past which its segment, too, runs on a worker without a bound on its old generation: a line is
 * classified whole, and one of 512K characters took a line output's worker past its bound (LINE_OLD_GENERATION_MB;
 * 256K did not).
 */
const LONG_LINE_BYTES = 64 * 1024;
/**
 * The old generation of a line output's worker, at most. V8 lets an old generation grow 8 MB past what it kept at its
 * last full collection, less when that would take it past halfway to its bound, and only 2 MB at a time within an
 * eighth of it: a bound of 48 or 64 MB did not lower the peak, 32 MB hardly (`filter --diegetic` of 2 GB with two
 * workers: 149 MiB), 24 MB did: 135 to 141 MiB against 145 to 155 (`classify --jobs 2`: 154 to 156 against 166; `show
 * --color always`: 139 to 146 against 145 to 158, its peak the main thread's young generation, which grows to the
 * executable's 16 MB while the workers run). It costs time: twice as many full collections (8 or 9 per worker on 300 MB
 * against 4), and on 500 MB `show` took 7.91 s against 7.56 (14.66 CPU-s against 14.03, median of three, alternated;
 * peak 143 MiB against 152 to 154), `filter` 5.66 s against 5.47; with 28 MB `show` took 7.65 s (146 to 149 MiB), with
 * 32 MB 7.49 s (147 to 148 MiB). What a worker keeps (lexicon, grammar, decision cache) stayed under 15 MB on the bench
 * traces, the 'uniform' one included, and on the corpus files; a segment too long to share the bound (a record no
 * boundary cuts, a line of LONG_LINE_BYTES or more) goes to a worker without it.
 */
const LINE_OLD_GENERATION_MB = 24;
/**
 * Each isolate's heap adds to the process's RSS. A small young generation: a worker's garbage is short-lived. The line
 * outputs' workers get 6 MB (two semi-spaces of 2 MB; their old generation, about 11 MB kept plus the 8 MB V8 lets it
 * grow by, is the larger part): with 12 MB, `filter --jobs 2` on 500 MB peaked 8 MiB higher, `classify` 13 MiB, in
 * the same time (a smaller young generation costs collections, but a worker's survivors are few: in one thread, 2 MB
 * semi-spaces instead of 8 changed the time spent in scavenges by less than 2% of the run). A summary's workers keep
 * more (capped tables, whose rows take each record's time) and get 16 MB: with 12, `summary --jobs 2` of 500 MB (in
 * segments of 4 MiB) took 33.5 CPU-s, 7.6 of them in V8's collector threads, with 16 28.0 (4.2), peaking 20 MiB higher
 * (238 to 245 MiB; 24 MB: 28.8; medians of three). They also get a bound on their old generation, well above what they keep (capped tables, a
 * decision cache bounded in entries and characters: under 50 MB on the bench traces), because V8 sizes when it
 * collects by that bound: without one, their old generations grew to about twice what they kept, and a summary of 500
 * MB took 325 to 342 MiB with two workers (279 to 291 with it, in the same time). The line outputs' workers keep less,
 * and get a tighter bound (LINE_OLD_GENERATION_MB).
 */
const workerLimits = (recipe: SinkRecipe): ResourceLimits =>
  recipe.kind === 'summary'
    ? { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 }
    : { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: LINE_OLD_GENERATION_MB };
/**
 * The executable's --max-semi-space-size (bin.ts) is a V8 flag, for every isolate of the process, and V8 lets it
 * override a worker's resourceLimits: each worker had a young generation of 16 MB (two semi-spaces of 8 MB), whatever
 * workerLimits asked. Cleared before the first worker starts, the limits hold (the main thread's heap keeps the young
 * generation it was made with).
 */
let youngLimitsHonoured = false;
function honourYoungLimits(): void {
  if (youngLimitsHonoured) return;
  setFlagsFromString('--max-semi-space-size=0');
  youngLimitsHonoured = true;
}
/** How many first lines format detection reads, as readInput does. */
const DETECT_LINES = 64;
const HEAD_BYTES = 1024 * 1024;
/** Bytes of the head decoded at a time, for detection. */
const HEAD_PIECE = 32 * 1024;

interface Setting {
  readonly formats: readonly Format[];
  readonly format?: Format;
  readonly maxLineLength?: number;
  readonly stopped?: () => boolean;
}

/**
 * Reads `name` in parallel into `sink` when it can (a regular, uncompressed UTF-8 file of two segments or more, a
 * sink with a recipe); returns null when it cannot, and the caller reads it the usual way.
 */
export async function readInputInParallel(
  name: string,
  setting: Setting,
  sink: ParallelSink,
  options: ParallelOptions,
  history: InventoryHistory,
): Promise<InputStats | null> {
  const recipe = sink.recipe;
  if (options.jobs <= 1 || recipe === undefined || name === STDIN) return null;
  const segmentBytes = options.segmentBytes ?? (recipe.kind === 'summary' ? SUMMARY_SEGMENT_BYTES : LINE_SEGMENT_BYTES);
  let size: number;
  try {
    const info = statSync(name);
    if (!info.isFile()) return null;
    size = info.size;
  } catch {
    return null; // the usual reader reports it
  }
  if (size < (options.minBytes ?? 2 * segmentBytes)) return null;
  const maxLineLength = setting.maxLineLength ?? 1 << 20;
  const fd = openSync(name, 'r');
  try {
    const head = readHead(fd);
    // Compressed: gunzipped, or refused with its error, by the usual reader.
    if (isGzip(head) || unreadableFormat(head) !== null) return null;
    const { encoding, bomLength } = sniffEncoding(head);
    if (encoding !== 'utf-8') return null;
    const format = setting.format ?? detectFormat(headLines(head.subarray(bomLength), maxLineLength), setting.formats).format;
    sink.beginInput?.(name, format.name, bomLength > 0);
    const planner = new SegmentPlanner(fd, size, format, segmentBytes, maxLineLength, bomLength);
    const setup: WorkerSetup = {
      file: name, grammarFile: format.file, lexiconFiles: options.lexiconFiles, maxLineLength, recipe,
    };
    return await runWorkers(planner, setup, sink, { ...options, segmentBytes }, setting.stopped ?? (() => false), history);
  } finally {
    closeSync(fd);
  }
}

function readHead(fd: number): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
}

/**
 * The first lines, as the reader would hand them to detection. The head is decoded a piece at a time, until detection
 * has its lines: decoded whole, it made a string of 1M characters, which stayed in the main thread's large-object space
 * for the whole run; and only the lines detection reads are kept (all of the head's, kept until it was done, outlived
 * the young generation).
 */
function headLines(head: Buffer, maxLineLength: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => {
    if (lines.length < DETECT_LINES) lines.push(line.text);
  }, maxLineLength);
  const decoder = new Utf8Decoder();
  for (let at = 0; at < head.length && lines.length < DETECT_LINES; at += HEAD_PIECE) splitter.push(decoder.write(head.subarray(at, at + HEAD_PIECE)));
  // The last line may be cut by the head's end: only whole lines count, unless the head is the whole file.
  if (head.length < HEAD_BYTES && lines.length < DETECT_LINES) {
    splitter.push(decoder.end());
    splitter.end();
  }
  return lines;
}

/** A segment handed out, until its text is written and its report and events folded in. */
interface InFlight {
  readonly segment: Segment;
  /** Output that waits for the segments before it (or, for a guess not yet checked, for the check). */
  readonly texts: Uint8Array[];
  /** The worker that runs it, which gets the buffers of its text back once they are written. */
  readonly worker: Worker;
  done: boolean;
  report: SinkReport | null;
  events: readonly InventoryEvent[];
  /** Lines read and cut, counted once the segment's output is taken (a wrong guess's are not). */
  lines: number;
  truncated: number;
  /** How many events of `known` the worker was given (its guess at what came before). */
  readonly assumed: number;
  /** Whether the guess held: known once every segment before is folded in (null until then). */
  valid: boolean | null;
  /**
   * A summary's: the times the worker was given (summary/seed.ts), and whether they are the latest times before the
   * segment (its seed) or only where days fell in an earlier seed, from which the summary is made as from its seed
   * once that is known (`seededSummary`).
   */
  readonly given: TimeSeed | undefined;
  exact: boolean;
}

async function runWorkers(
  planner: SegmentPlanner,
  setup: WorkerSetup,
  sink: ParallelSink,
  options: ParallelOptions,
  stopped: () => boolean,
  history: InventoryHistory,
): Promise<InputStats> {
  honourYoungLimits();
  const start = (resourceLimits: ResourceLimits): Worker => new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits });
  const limits = workerLimits(setup.recipe);
  const workers = Array.from({ length: options.jobs }, () => start(limits));
  /**
   * Where the workers' old generation is bounded, a segment LARGE_SEGMENT times the segment size or more (a record of
   * thousands of continuation lines, which no boundary cuts), or one holding a line of LONG_LINE_BYTES or more, goes to
   * a worker of its own without that bound, one such segment at a time.
   */
  const largeBytes = LARGE_SEGMENT * (options.segmentBytes as number);
  const needsUnbounded = (segment: Segment): boolean => limits.maxOldGenerationSizeMb !== undefined
    && (segment.end - segment.start >= largeBytes || segment.longestLine >= LONG_LINE_BYTES);
  let large: Worker | null = null;
  let largeTurn = Promise.resolve();
  const runLarge = (segment: Segment): Promise<void> => {
    large ??= start({ maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb });
    const worker = large;
    const run = largeTurn.then(() => runSegment(worker, segment));
    largeTurn = run.catch(() => undefined);
    return run;
  };
  const summary = setup.recipe.kind === 'summary';
  // Output in file order: the head segment writes through, later ones wait in `held`; so do their reports.
  let head = 0;
  let dispatched = 0;
  const held = new Map<number, InFlight>();
  const headMoved: (() => void)[] = [];
  /** Segments whose guess failed, to run again before any new one. */
  const again: Segment[] = [];
  // The inventory events known: what came before the input, then the events of the segments written, in file order.
  const { news, events: known } = history;
  /**
   * A summary's latest times (summary/seed.ts), folded in file order: the seed of the head segment. Each segment's own
   * come from the run of it that was taken, so they are placed on the days its seed gives them.
   */
  const maxThreads = setup.recipe.kind === 'summary' ? setup.recipe.options.maxKeys ?? DEFAULT_LIMITS.maxKeys : 0;
  let times = NO_TIMES;
  /**
   * Whether the last segment folded in left the latest time where it was: the trace is behind it (a log written twice
   * over), and the segments after are likely to leave it too, so they are given the seed known, not only its days.
   */
  let behind = false;
  let lines = 0;
  let truncated = 0;
  let failure: Error | null = null;
  let written = false;
  let finished = false;
  /**
   * Writes a segment's output; before the first, ends a line the input before left open (sinks/input-lines.ts). Once
   * written, the bytes' buffer goes back to `worker` (transferred) to hold more output, while the workers run.
   */
  const write = (bytes: Uint8Array, worker: Worker): void => {
    if (!written) sink.lines?.close();
    written = true;
    options.write(bytes, () => {
      const buffer = bytes.buffer as ArrayBuffer;
      if (!finished && buffer.byteLength > 0) worker.postMessage({ type: 'spare', buffer } satisfies ToWorker, [buffer]);
    });
  };

  const learn = (events: readonly InventoryEvent[]): void => {
    for (const event of events) {
      if (news.note(event.narrator, event.message, event.bodyStart)) known.push(event);
    }
  };
  /**
   * Writes what can be written, in file order. The head segment's guess is checked first (every segment before it is
   * folded in, so `known` is then exactly what came before it, and a summary's seed is known); a wrong guess is run
   * again, a summary's from its seed.
   */
  const advance = (): void => {
    for (let entry = held.get(head); entry !== undefined; entry = held.get(head)) {
      checkGuess(entry);
      if (entry.valid === true && entry.done && !entry.exact) settleTimes(entry);
      if (!entry.valid) {
        if (entry.done) {
          held.set(head, inFlight(entry.segment, entry.worker, known.length, summary ? times : undefined, true));
          again.push(entry.segment);
          options.ranAgain?.(entry.segment.index, entry.assumed === known.length ? 'times' : 'inventory');
        }
        break;
      }
      for (const text of entry.texts.splice(0)) write(text, entry.worker);
      if (!entry.done) break;
      held.delete(head);
      learn(entry.events);
      if (entry.report !== null) {
        sink.absorb?.(entry.report);
        if (entry.report.part !== undefined) {
          const folded = foldTimes(times, entry.report.part.times, maxThreads);
          behind = sameTime(folded.last, times.last);
          times = folded;
        }
        // The input's last line, written without terminator: what follows starts on a line of its own.
        if (entry.report.lineOpen === true && sink.lines !== undefined) sink.lines.open = true;
      }
      options.progressed?.(entry.segment.end - entry.segment.start);
      lines += entry.lines;
      truncated += entry.truncated;
      head++;
    }
    headMoved.splice(0).forEach((wake) => wake());
  };
  const inFlight = (segment: Segment, worker: Worker, assumed: number, given: TimeSeed | undefined, exact: boolean): InFlight =>
    ({ segment, texts: [], worker, done: false, report: null, events: [], lines: 0, truncated: 0, assumed, valid: null, given, exact });
  /** Settles whether the guess of `entry`, the head segment, held: `known` is then exactly what came before it. */
  const checkGuess = (entry: InFlight): void => {
    entry.valid ??= entry.assumed === known.length;
  };
  /**
   * A summary's segment run before its seed was known, done at the head (`times` is then its seed): its summary as made
   * from the seed, or (when the seed would have changed more than the steps across the seam) not valid, to run again
   * from the seed.
   */
  const settleTimes = (entry: InFlight): void => {
    const { report, given } = entry;
    if (report?.summary === undefined || report.part === undefined || given === undefined) return;
    const made = seededSummary(report.summary, report.part, given, times);
    if (made === null) entry.valid = false;
    else entry.report = { ...report, summary: made, seeded: true };
    entry.exact = true;
  };
  const post = (worker: Worker, message: ToWorker): void => worker.postMessage(message);

  const runSegment = (worker: Worker, segment: Segment): Promise<void> =>
    new Promise((resolve, reject) => {
      // A summary's times: the seed, for the head segment; else the head segment's seed, or where days fell in it.
      const exact = !summary || segment.index === head;
      const given = !summary ? undefined : exact || behind ? times : daysOf(times);
      const entry = held.get(segment.index) ?? inFlight(segment, worker, known.length, given, exact);
      held.set(segment.index, entry);
      // The head segment's guess is checked at once (everything before it is folded in), so its text streams through.
      if (segment.index === head) checkGuess(entry);
      const onMessage = (message: FromWorker): void => {
        switch (message.type) {
          case 'out':
            if (message.index === head && entry.valid === true) write(message.bytes, worker);
            else if (entry.valid !== false) entry.texts.push(message.bytes);
            return;
          case 'done':
            stopListening();
            entry.done = true;
            entry.report = message.report;
            entry.events = message.events;
            entry.lines = message.lines;
            entry.truncated = message.truncated;
            advance();
            resolve();
            return;
          case 'error':
            stopListening();
            reject(new Error(`worker: ${message.message}`));
        }
      };
      // A worker that stops mid-segment (out of memory, killed) must not leave the segment waiting for ever.
      const onExit = (code: number): void => {
        stopListening();
        reject(new Error(`worker stopped with exit code ${code} while reading lines ${segment.firstLine} and on`));
      };
      const onError = (error: NodeJS.ErrnoException): void => {
        stopListening();
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new DiegesisError(`a worker thread ran out of memory reading lines ${segment.firstLine} and on; --jobs 1 reads them on the main thread`)
          : error);
      };
      const stopListening = (): void => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.once('error', onError);
      post(worker, { type: 'run', segment, events: known.slice(0, entry.assumed), ...(entry.given === undefined ? {} : { times: entry.given }) });
    });

  /**
   * Segments handed out and not yet written, at most: one per worker, so that a worker done before the head segment
   * waits for it rather than start another whose text would wait too (with one more, `filter` and `classify --jobs 2`
   * of 100 MB peaked 1.5 to 3.5 MiB higher, in times within the noise). A summary's segment writes nothing, but its
   * summary waits too; one more (or two) changed `summary --jobs 2` of 500 MB (in segments of 4 MiB) by less than the
   * noise (27.9 and 27.4 CPU-s against 27.7, 14.9 and 14.6 s against 14.8).
   */
  const lookahead = options.jobs;
  const pump = async (worker: Worker): Promise<void> => {
    for (;;) {
      // Bounded lookahead (see `lookahead`) from the segment being written.
      // A failed segment never moves the head: after a failure no one waits for it.
      while (failure === null && again.length === 0 && dispatched - head >= lookahead) await new Promise<void>((wake) => headMoved.push(wake));
      await options.drained();
      if (stopped() || failure !== null) return;
      const segment = again.shift() ?? planner.next();
      if (segment === null) return;
      if (segment.index >= dispatched) dispatched++;
      await (needsUnbounded(segment) ? runLarge(segment) : runSegment(worker, segment));
    }
  };
  try {
    await Promise.all(workers.map((worker) => pump(worker).catch((err: Error) => {
      failure ??= err;
      headMoved.splice(0).forEach((wake) => wake());
    })));
    if (failure !== null) throw failure;
  } finally {
    finished = true;
    await Promise.all([...workers, ...(large === null ? [] : [large])].map((worker) => worker.terminate()));
  }
  return { file: setup.file, format: planner.format.name, lines, truncated };
}
