import type { Classifier } from '../classify/classifier.js';
import { DiegesisError } from '../errors.js';
import type { Format } from '../records/format.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';
import type { Sink } from '../sinks/sink.js';
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
}

export interface RunResult {
  readonly inputs: readonly InputStats[];
  readonly failedInputs: number;
}

/** Drives every input through records and classification into the sink, in order. */
export async function run(options: RunOptions): Promise<RunResult> {
  const { classifier, sink } = options;
  const consumer = {
    beginInput: (file: string, format: string | null) => sink.beginInput?.(file, format),
    record: (record: TraceRecord) => sink.record(record, classifier.classify(record)),
    unparsed: (line: UnparsedLine) => sink.unparsed(line),
  };
  const stats: InputStats[] = [];
  let failedInputs = 0;
  for (const input of options.inputs) {
    if (options.stopped?.()) break;
    try {
      stats.push(await readInput(input, options, consumer));
    } catch (err) {
      if (!(err instanceof DiegesisError)) throw err;
      failedInputs++;
      options.onInputError(err);
    }
  }
  sink.finish?.();
  return { inputs: stats, failedInputs };
}
