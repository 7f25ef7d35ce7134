import type { Decision } from '../classify/types.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';

/** One output mode. The pipeline drives it, input by input, record by record, in input order. */
export interface Sink {
  beginInput?(file: string, format: string | null): void;
  record(record: TraceRecord, decision: Decision): void;
  unparsed(line: UnparsedLine): void;
  /** Called once after the last input; writes whatever the sink aggregated. */
  finish?(): void;
}

/** Writes text out; `write` never blocks, the pipeline waits on `drained()` between input chunks. */
export interface TextOutput {
  write(text: string): void;
}
