/**
 * A worker thread: assembles and classifies the records of the segments it is given into its own copy of the sink, its
 * classifier first taking in the inventory events the main thread sends (parallel.ts says which, and why), in one pass;
 * a summary's copy starts from the times the main thread sends (summary/seed.ts). The sink's text goes back as bytes,
 * batched and encoded as the main thread's output does it (an input's bytes that were not UTF-8 included, in the
 * outputs that keep them); the main thread writes them in file order.
 */
import { openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../classify/lexicon.js';
import { BufferPool } from '../input/buffer-pool.js';
import { createDecoder } from '../input/decode.js';
import { LineSplitter } from '../input/lines.js';
import { RecordAssembler } from '../records/assembler.js';
import { compileFormat } from '../records/format.js';
import { loadGrammarFile } from '../records/grammar-load.js';
import { loadParserOfRecord } from '../records/line-parser.js';
import { BufferedOutput, spareBatches } from '../sinks/output.js';
import { sinkFromRecipe, type SinkSeed } from '../sinks/recipe.js';
import { createCachedClassifierFor, type CachedClassifier } from './cached-classifier.js';
import { replayRecord } from './inventory-news.js';
import type { FromWorker, InventoryEvent, ToWorker, WorkerSetup } from './worker-protocol.js';
import type { Segment } from './segments.js';

/**
 * Bytes of input decoded at a time (the line splitter also splits short strings faster than long ones). This stays
 * below V8's large-object size: large strings are freed only by a full collection, and a worker that keeps making them
 * holds tens of MB of dead ones.
 */
const SPLIT_CHUNK = 32 * 1024;

const setup = workerData as WorkerSetup;
const port = parentPort as NonNullable<typeof parentPort>;
// The main thread has loaded and checked the grammar already.
const format = compileFormat(loadGrammarFile(setup.grammarFile, true));
if (format.needsParserOfRecord) await loadParserOfRecord();
const lexicon = loadLexicon([...setup.lexiconFiles]);
const fd = openSync(setup.file, 'r');
/**
 * Output batches, for the segments' outputs to fill: the main thread hands each back once it has written it (a batch
 * allocated each time would be freed only by a garbage collection of the main thread's).
 */
const spares = spareBatches();
const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'spare') {
      spares.give(message.buffer);
    } else {
      const bytes = read(message.segment);
      classify(message.segment, bytes, message.events, { times: message.times });
      release(bytes);
    }
  } catch (err) {
    send({ type: 'error', message: (err as Error).stack ?? String(err) });
  }
});

/**
 * The classifier of the last segment, and the inventory events it has taken in, in order: the seeds replayed, then the
 * news its segments' records taught it. Segments come in file order, and a seed is the news of segments before, so the
 * next seed usually starts with what it has taken in: it catches up with the rest and keeps its decision cache warm (a
 * cache is emptied only by news, which are rare past the start of a trace). Otherwise (a guess the main thread found
 * wrong, a seed that does not yet hold this worker's last news) it starts afresh.
 */
let last: { classifier: CachedClassifier; taken: InventoryEvent[]; verified: number } | null = null;

const sameEvent = (a: InventoryEvent, b: InventoryEvent): boolean =>
  a.narrator === b.narrator && a.bodyStart === b.bodyStart && a.message === b.message;

/**
 * Whether `seed` starts with what the classifier has taken in. Seeds are prefixes of one growing list, so the first
 * `verified` events, found in an earlier seed, need no second look.
 */
function fits(taken: readonly InventoryEvent[], verified: number, seed: readonly InventoryEvent[]): boolean {
  if (taken.length > seed.length) return false;
  for (let i = verified; i < taken.length; i++) if (!sameEvent(taken[i] as InventoryEvent, seed[i] as InventoryEvent)) return false;
  return true;
}

function classifierAfter(seed: readonly InventoryEvent[]): { classifier: CachedClassifier; taken: InventoryEvent[] } {
  if (last === null || !fits(last.taken, last.verified, seed)) last = { classifier: createCachedClassifierFor(lexicon), taken: [], verified: 0 };
  const { classifier, taken } = last;
  for (const event of seed.slice(taken.length)) {
    classifier.classify(replayRecord(event, setup.file, format.name));
    taken.push(event);
  }
  last.verified = seed.length;
  return last;
}

/**
 * A classifier that has seen `seed`; then the segment's records, classified, into the sink. The records that taught the
 * classifier something go back with the text: when the seed was all that came before, they are the segment's events.
 */
function classify(segment: Segment, bytes: Buffer, seed: readonly InventoryEvent[], sinkSeed: SinkSeed): void {
  const { index } = segment;
  const { classifier, taken } = classifierAfter(seed);
  const events: InventoryEvent[] = [];
  // Each batch is encoded here and handed over, not copied (a batch is a buffer of its own): the main thread only
  // writes the bytes.
  const out = new BufferedOutput({
    write: (bytes, done) => {
      send({ type: 'out', index, bytes }, [bytes.buffer as ArrayBuffer]);
      done();
      return true;
    },
    on: () => undefined,
  }, spares);
  const { sink, report } = sinkFromRecipe(setup.recipe, out, sinkSeed);
  const assembler = new RecordAssembler(setup.file, format, {
    record: (record) => {
      const news = classifier.stats.news;
      const decision = classifier.classify(record);
      if (classifier.stats.news !== news) events.push({ narrator: record.narrator as string, message: record.message, bodyStart: record.bodyStart });
      sink.record(record, decision);
    },
    unparsed: (line) => sink.unparsed(line),
  });
  const splitter = new LineSplitter((line) => assembler.push(line), setup.maxLineLength, segment.firstLine);
  split(bytes, splitter);
  assembler.end();
  out.flush();
  taken.push(...events);
  send({ type: 'done', index, report: report(), lines: splitter.linesRead, truncated: splitter.truncated, events });
}

/** Decodes `bytes` (UTF-8) into `splitter` a piece at a time, as the main thread's reader decodes a file. */
function split(bytes: Buffer, splitter: LineSplitter): void {
  const decoder = createDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += SPLIT_CHUNK) splitter.push(decoder.write(bytes.subarray(at, at + SPLIT_CHUNK)));
  splitter.push(decoder.end());
  splitter.end();
}

/**
 * Buffers segments are read into, given back once their segment is classified (see BufferPool). Sizes are rounded up
 * to 1 MiB, so that segments of about one size share buffers.
 */
const segmentBuffers = new BufferPool(4, 1 << 20);

/** The bytes of `segment`, in a buffer of its own until it is released. */
function read(segment: Segment): Buffer {
  const size = segment.end - segment.start;
  const buffer = segmentBuffers.take(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, buffer, done, size - done, segment.start + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}

/** Gives the buffer of a segment's bytes back, once nothing reads them any more. */
function release(bytes: Buffer): void {
  segmentBuffers.give(bytes.buffer as ArrayBuffer);
}
