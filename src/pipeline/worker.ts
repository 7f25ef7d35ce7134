/**
 * A worker thread: reads the segments it is given and notes what their records may teach the narrator inventory; once
 * the main thread has sent the inventory events of everything before a segment, assembles and classifies its records
 * into its own copy of the sink. The sink's text
 * goes back in pieces of PIECE characters; the main thread writes them in file order.
 */
import { openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../classify/lexicon.js';
import { LineSplitter } from '../input/lines.js';
import { RecordAssembler } from '../records/assembler.js';
import { compileFormat } from '../records/format.js';
import { loadGrammarFile } from '../records/grammar-load.js';
import { loadParserOfRecord } from '../records/line-parser.js';
import { sinkFromRecipe, type SinkSeed } from '../sinks/recipe.js';
import { TimeNotes } from '../sinks/summary/seed.js';
import { RecordBuilder, narratorOf } from '../records/record-builder.js';
import { createCachedClassifierFor, type CachedClassifier } from './cached-classifier.js';
import { InventoryNews, replayRecord } from './inventory-news.js';
import type { FromWorker, InventoryEvent, ToWorker, WorkerSetup } from './worker-protocol.js';
import type { Segment } from './segments.js';

/**
 * Characters of output sent at a time, and bytes of input decoded at a time (the line splitter also splits short
 * strings faster than long ones). Both stay below V8's large-object size: large strings are freed only by a full
 * collection, and a worker that keeps making them holds tens of MB of dead ones.
 */
const PIECE = 32 * 1024;
const SPLIT_CHUNK = 32 * 1024;

const setup = workerData as WorkerSetup;
const port = parentPort as NonNullable<typeof parentPort>;
// The main thread has loaded and checked the grammar already.
const format = compileFormat(loadGrammarFile(setup.grammarFile, true));
if (format.needsParserOfRecord) await loadParserOfRecord();
const lexicon = loadLexicon([...setup.lexiconFiles]);
const fd = openSync(setup.file, 'r');
/** Segments read and scanned, waiting for their seed: their bytes (decoded again, piece by piece, when classified). */
const waiting = new Map<number, { segment: Segment; bytes: Buffer }>();

const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'segment') scan(message.segment);
    else classify(message.index, message.events, { times: message.times });
  } catch (err) {
    send({ type: 'error', message: (err as Error).stack ?? String(err) });
  }
});

/**
 * Pass 1: the records of the segment that may teach the inventory something and, for a summary, the segment's latest
 * times (summary/seed.ts). Only first lines matter (a record's narrator, message and time are on its first line), so
 * this pass parses lines and builds no records but for a summary's times.
 */
function scan(segment: Segment): void {
  const bytes = read(segment);
  const events: InventoryEvent[] = [];
  const news = new InventoryNews();
  const timed = setup.recipe.kind === 'summary' ? { notes: new TimeNotes(), records: new RecordBuilder(format) } : null;
  const splitter = new LineSplitter((line) => {
    const parsed = format.parser.parse(line.text);
    if (parsed === null) return;
    const narrator = narratorOf(parsed);
    const message = line.text.slice(parsed.messageStart);
    const bodyStart = parsed.bodyStart - parsed.messageStart;
    if (news.note(narrator, message, bodyStart)) events.push({ narrator: narrator as string, message, bodyStart });
    timed?.notes.note(timed.records.build(setup.file, [line], parsed));
  }, setup.maxLineLength);
  split(bytes, splitter);
  waiting.set(segment.index, { segment, bytes });
  send({ type: 'events', index: segment.index, events, times: timed?.notes.result() });
}

/**
 * The classifier of the last segment, and how many inventory events it has taken in: the seed it started from, then
 * its segment's own news. Segments come in file order, and each seed is the news of every segment before, so the next
 * seed starts with what it has taken in: it catches up with the rest and keeps its decision cache warm (a cache is
 * emptied only by news, which are rare past the start of a trace).
 */
let last: { classifier: CachedClassifier; taken: number; newsBefore: number } | null = null;

function classifierAfter(seed: readonly InventoryEvent[]): CachedClassifier {
  // What the last segment's records taught it are the next events of the seed (the main thread keeps the same news).
  let taken = last === null ? 0 : last.taken + last.classifier.stats.news - last.newsBefore;
  if (last === null || taken > seed.length) {
    last = { classifier: createCachedClassifierFor(lexicon), taken: 0, newsBefore: 0 };
    taken = 0;
  }
  const classifier = last.classifier;
  for (const event of seed.slice(taken)) classifier.classify(replayRecord(event, setup.file, format.name));
  last = { classifier, taken: seed.length, newsBefore: classifier.stats.news };
  return classifier;
}

/** Pass 2: a classifier that has seen what came before; then the segment's records, classified, into the sink. */
function classify(index: number, seed: readonly InventoryEvent[], sinkSeed: SinkSeed): void {
  const job = waiting.get(index);
  if (job === undefined) throw new Error(`segment ${index} was not read`);
  waiting.delete(index);
  const classifier = classifierAfter(seed);
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    send({ type: 'out', index, text: parts.join('') });
    parts = [];
    size = 0;
  };
  const out = {
    write(text: string): void {
      parts.push(text);
      size += text.length;
      if (size >= PIECE) flush();
    },
  };
  const { sink, report } = sinkFromRecipe(setup.recipe, out, sinkSeed);
  const assembler = new RecordAssembler(setup.file, format, {
    record: (record) => sink.record(record, classifier.classify(record)),
    unparsed: (line) => sink.unparsed(line),
  });
  // Line numbers are file-absolute: the segment's lines come after firstLine - 1 others.
  const base = job.segment.firstLine - 1;
  const splitter = new LineSplitter(
    base === 0 ? (line) => assembler.push(line) : (line) => assembler.push({ number: line.number + base, text: line.text, eol: line.eol }),
    setup.maxLineLength,
  );
  split(job.bytes, splitter);
  assembler.end();
  flush();
  send({ type: 'done', index, report: report(), lines: splitter.linesRead, truncated: splitter.truncated });
}

/** Decodes `bytes` (UTF-8) into `splitter` a piece at a time. */
function split(bytes: Buffer, splitter: LineSplitter): void {
  const decoder = new StringDecoder('utf8');
  for (let at = 0; at < bytes.length; at += SPLIT_CHUNK) splitter.push(decoder.write(bytes.subarray(at, at + SPLIT_CHUNK)));
  splitter.push(decoder.end());
  splitter.end();
}

function read(segment: Segment): Buffer {
  const bytes = Buffer.allocUnsafe(segment.end - segment.start);
  let done = 0;
  while (done < bytes.length) {
    const n = readSync(fd, bytes, done, bytes.length - done, segment.start + done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}
