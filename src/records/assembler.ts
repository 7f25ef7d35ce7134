import type { Format } from './format.js';
import { RecordBuilder, withMessageLine, withTrailer } from './record-builder.js';
import type { ParsedLine } from './line-parser.js';
import type { SourceLine, TraceRecord, UnparsedLine } from './types.js';

/** Receives what the records stage makes of an input, in input order. */
export interface RecordConsumer {
  record(record: TraceRecord): void;
  unparsed(line: UnparsedLine): void;
}

/**
 * Lines that neither parse nor look like a continuation, held after a record in case a continuation line follows them
 * (see RecordAssembler); past this many, they are unparsed lines, and memory stays bounded.
 */
const MAX_HELD = 64;

/**
 * Turns one input's lines into records: a line that parses starts a record; a line that does not parse but looks like
 * a continuation (the grammar says how) joins the record before it, as does any line that looks like one when the
 * grammar checks continuation first; anything else is an unparsed line (a header line when it matches the grammar's
 * header). Except that lines of neither kind followed by a continuation line, before any line that parses, join the
 * record too: a message of several lines whose stack trace comes after the others (`Region server reported a fatal
 * error:`, `***** ABORTING region server ... *****`, `Cause:`, `java.lang.OutOfMemoryError: ...`, `\tat ...`).
 * A record is handed on once the next line shows it is complete, or at `end()`. No line is ever dropped.
 * In a grammar with a message line (GrammarSpec.messageLine), the first line joined to a record that it matches gives
 * the record's message. In a grammar with entry lines (GrammarSpec.entryLine), a line that parses is a stamp line: it
 * ends the record before it and starts none (it is handed on as a header line); below it, a line that does not continue
 * the entry before it starts a record of its own when the entry pattern matches it, with the stamp line's fields. In a
 * grammar with a trailer (GrammarSpec.trailer) that a record's first line lacks, the first line joined to it that is the
 * trailer alone gives its fields.
 */
export class RecordAssembler {
  private pending: TraceRecord | null = null;
  private pendingLines: SourceLine[] = [];
  /** Lines after the pending record that neither parse nor continue it (yet): unparsed, unless a continuation follows. */
  private held: SourceLine[] = [];
  /** True once a line has given the pending record its message (GrammarSpec.messageLine). */
  private messageTaken = false;
  /** True once the pending record has its trailer's fields (GrammarSpec.trailer), or when the grammar has none. */
  private trailerTaken = true;
  /** In a grammar with entry lines, the parse of the last stamp line; null before the first. */
  private stamp: ParsedLine | null = null;
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
      this.continueWith(line);
      return;
    }
    const parsed = this.format.parser.parse(line.text);
    if (this.format.entryLine !== null) {
      this.pushEntryLine(line, parsed, this.format.entryLine);
      return;
    }
    if (parsed !== null) {
      this.flush();
      this.pendingLines = [line];
      this.begin(this.builder.build(this.file, this.pendingLines, parsed));
      return;
    }
    if (this.pending !== null && this.isContinuation(line.text)) {
      this.continueWith(line);
      return;
    }
    // A header may come back mid-input: concatenated traces, logcat's "beginning of system" banners.
    const header = this.format.header !== null && this.format.header.test(line.text);
    if (!header && this.pending !== null && this.held.length < MAX_HELD) {
      this.held.push(line);
      return;
    }
    this.flush();
    this.consumer.unparsed({ file: this.file, line, header });
  }

  /**
   * A line of a grammar with entry lines: a stamp line (one that parses) is kept for the entries below it and handed on
   * as a header line, after the record before it; then a line continues the entry before it, or starts an entry.
   */
  private pushEntryLine(line: SourceLine, parsed: ParsedLine | null, entryLine: RegExp): void {
    if (parsed !== null) {
      this.flush();
      this.stamp = parsed;
      this.consumer.unparsed({ file: this.file, line, header: true });
      return;
    }
    if (this.pending !== null && this.isContinuation(line.text)) {
      this.continueWith(line);
      return;
    }
    entryLine.lastIndex = 0;
    const match = entryLine.exec(line.text);
    if (match !== null) {
      this.flush();
      this.pendingLines = [line];
      this.begin(this.builder.buildEntry(this.file, this.pendingLines, this.stamp, match));
      return;
    }
    if (this.pending !== null && this.held.length < MAX_HELD) {
      this.held.push(line);
      return;
    }
    this.flush();
    this.consumer.unparsed({ file: this.file, line, header: false });
  }

  /** `record`, just built from its first line, is the pending record: no later line has given it anything yet. */
  private begin(record: TraceRecord): void {
    this.pending = record;
    this.messageTaken = false;
    this.trailerTaken = this.format.trailer === null || this.builder.trailerFound;
  }

  /** Hands on the last record; call once the input has ended. */
  end(): void {
    this.flush();
  }

  private isContinuation(text: string): boolean {
    return this.format.continuation !== null && text.length > 0 && this.format.continuation.test(text);
  }

  /** A continuation line: the record takes it, and the lines held before it. */
  private continueWith(line: SourceLine): void {
    if (this.held.length > 0) {
      for (const held of this.held) this.take(held);
      this.held = [];
    }
    this.take(line);
  }

  /**
   * Joins `line` to the pending record; it gives the record its message when it is the grammar's first message line, and
   * its trailer's fields when it is the trailer alone that the first line lacked.
   */
  private take(line: SourceLine): void {
    this.pendingLines.push(line);
    if (!this.trailerTaken) this.takeTrailer(line.text);
    if (this.messageTaken || this.format.messageLine === null || this.pending === null) return;
    const match = this.format.messageLine.exec(line.text);
    if (match === null) return;
    this.messageTaken = true;
    const message = line.text.slice(match.index + match[0].length);
    this.pending = withMessageLine(this.pending, message, this.pendingLines.length - 1, match.groups);
  }

  /** A joined line that is the trailer alone (blanks before it) gives the pending record the trailer's fields. */
  private takeTrailer(text: string): void {
    const match = (this.format.trailer as RegExp).exec(text);
    if (match === null || this.pending === null || text.slice(0, match.index).trim() !== '') return;
    this.trailerTaken = true;
    this.pending = withTrailer(this.pending, match.groups, this.pending.message);
  }

  /** Hands on the pending record, then the lines held after it, as unparsed lines. */
  private flush(): void {
    if (this.pending === null) return;
    const record = this.pending;
    this.pending = null;
    this.consumer.record(record);
    if (this.held.length === 0) return;
    for (const line of this.held) this.consumer.unparsed({ file: this.file, line, header: false });
    this.held = [];
  }
}
