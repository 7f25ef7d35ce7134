import type { Decision } from '../classify/types.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';

/** One output mode. The pipeline drives it, input by input, record by record, in input order. */
export interface Sink {
  /** `bom`: the input is UTF-8 that starts with a byte-order mark (which is not part of its first line). */
  beginInput?(file: string, format: string | null, bom?: boolean): void;
  record(record: TraceRecord, decision: Decision): void;
  unparsed(line: UnparsedLine): void;
  /** Called once after the last input; writes whatever the sink aggregated. */
  finish?(): void;
}

/** Writes text out; `write` never blocks, the pipeline waits on `drained()` between input chunks. */
export interface TextOutput {
  write(text: string): void;
  /**
   * Writes input text as it was read: the bytes of the input that were not UTF-8, escaped when it was decoded
   * (input/utf8.ts), go out as those bytes. For the outputs that are the input byte for byte; an output without it
   * (a test's) takes the text as it is.
   */
  writeVerbatim?(text: string): void;
}
