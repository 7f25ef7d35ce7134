import type { Format } from './format.js';
import { RecordBuilder } from './record-builder.js';
import type { SourceLine, TraceRecord, UnparsedLine } from './types.js';

/** Receives what the records stage makes of an input, in input order. */
export interface RecordConsumer {
  record(record: TraceRecord): void;
  unparsed(line: UnparsedLine): void;
}

/**
 * Turns one input's lines into records: a line that parses starts a record; a line that does not parse but looks like
 * a continuation (the grammar says how) joins the record before it, as does any line that looks like one when the
 * grammar checks continuation first; anything else is an unparsed line (a header line when it matches the grammar's
 * header).
 * A record is handed on once the next line shows it is complete, or at `end()`. No line is ever dropped.
 */
export class RecordAssembler {
  private pending: TraceRecord | null = null;
  private pendingLines: SourceLine[] = [];
  private readonly builder: RecordBuilder;

  constructor(
    private readonly file: string,
    private readonly format: Format,
    private readonly consumer: RecordConsumer,
  ) {
    this.builder = new RecordBuilder(format);
  }

  push(line: SourceLine): void {
    if (this.format.continuationFirst && this.pending !== null && this.isContinuation(line.text)) {
      this.pendingLines.push(line);
      return;
    }
    const parsed = this.format.parser.parse(line.text);
    if (parsed !== null) {
      this.flush();
      this.pendingLines = [line];
      this.pending = this.builder.build(this.file, this.pendingLines, parsed);
      return;
    }
    if (this.pending !== null && this.isContinuation(line.text)) {
      this.pendingLines.push(line);
      return;
    }
    this.flush();
    // A header may come back mid-input: concatenated traces, logcat's "beginning of system" banners.
    const header = this.format.header !== null && this.format.header.test(line.text);
    this.consumer.unparsed({ file: this.file, line, header });
  }

  /** Hands on the last record; call once the input has ended. */
  end(): void {
    this.flush();
  }

  private isContinuation(text: string): boolean {
    return this.format.continuation !== null && text.length > 0 && this.format.continuation.test(text);
  }

  private flush(): void {
    if (this.pending === null) return;
    const record = this.pending;
    this.pending = null;
    this.consumer.record(record);
  }
}
