import type { Classifier } from '../classify/classifier.js';
import { DiegesisError } from '../errors.js';
import type { Format } from '../records/format.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';
import type { Sink } from '../sinks/sink.js';
import { mergeInputs } from './merge.js';
import { createHistory, noteRecord, replayRecord } from './inventory-news.js';
import type { ParallelOptions } from './parallel.js';
import { readInput, type InputStats } from './read-input.js';

export interface RunOptions {
  readonly inputs: readonly string[];
  readonly formats: readonly Format[];
  readonly format?: Format;
  readonly classifier: Classifier;
  readonly sink: Sink;
  readonly maxLineLength?: number;
  /** Awaited between input chunks (output back-pressure). */
  readonly afterChunk?: () => Promise<void>;
  /** True stops the run early (closed output, interrupt). */
  readonly stopped?: () => boolean;
  /** An input that cannot be read is reported here and the run goes on with the next one. */
  readonly onInputError: (error: DiegesisError) => void;
  /** Read several inputs at once, interleaved by time (see merge.ts), instead of one after the other. */
  readonly merge?: boolean;
  /** Read regular files with worker threads when the sink has a recipe (see parallel.ts). */
  readonly parallel?: ParallelOptions;
}

export interface RunResult {
  readonly inputs: readonly InputStats[];
  readonly failedInputs: number;
}

/** Drives every input through records and classification into the sink, in order. */
export async function run(options: RunOptions): Promise<RunResult> {
  const { classifier, sink } = options;
  // With workers, what the narrator inventory learns is kept, so that each input starts from all the ones before it.
  const history = options.parallel === undefined || options.parallel.jobs <= 1 ? null : createHistory();
  const consumer = {
    beginInput: (file: string, format: string | null, bom?: boolean) => sink.beginInput?.(file, format, bom),
    record: (record: TraceRecord) => {
      if (history !== null) noteRecord(history, record.narrator, record.message, record.bodyStart);
      sink.record(record, classifier.classify(record));
    },
    unparsed: (line: UnparsedLine) => sink.unparsed(line),
  };
  if (options.merge === true && options.inputs.length > 1) {
    const merged = await mergeInputs(options.inputs, options, consumer, options.onInputError);
    sink.finish?.();
    return merged;
  }
  const stats: InputStats[] = [];
  let failedInputs = 0;
  for (const input of options.inputs) {
    if (options.stopped?.()) break;
    try {
      const known = history?.events.length ?? 0;
      // Loaded only when asked for: a short run need not load the workers' side (nor the summary's, which it imports).
      const parallel = history === null
        ? null
        : await (await import('./parallel.js')).readInputInParallel(input, options, sink, options.parallel as ParallelOptions, history);
      // The main thread's classifier catches up with what the workers' learned, for the inputs after this one.
      for (const event of history?.events.slice(known) ?? []) classifier.classify(replayRecord(event, input, parallel?.format ?? ''));
      stats.push(parallel ?? (await readInput(input, options, consumer)));
    } catch (err) {
      if (!(err instanceof DiegesisError)) throw err;
      failedInputs++;
      options.onInputError(err);
    }
  }
  sink.finish?.();
  return { inputs: stats, failedInputs };
}
