/**
 * Cuts a regular file into segments for the workers: byte ranges that start at a record boundary, each with the
 * file-absolute number of its first line. Read on the main thread, one segment ahead of the workers.
 *
 * A boundary is the start of a line that cannot continue the record before it: a line that starts a record (unless the
 * grammar tries its continuation pattern first), or one the grammar's continuation pattern does not take (such a line
 * ends any record, as in RecordAssembler); in a grammar with entry lines (GrammarSpec.entryLine), only a stamp line,
 * which the entries below it take their time from. A line longer than the window is read whole to be judged; one longer
 * than --max-line-length is never taken as a boundary (its cut text is what the reader would see).
 * Segments start after a "\n" byte, which UTF-8 never uses inside a character (nor does a byte that is not UTF-8 and
 * is escaped alone, input/utf8.ts), so decoding apart changes nothing.
 */
import { readSync } from 'node:fs';
import { decodeUtf8 } from '../input/utf8.js';
import type { Format } from '../records/format.js';

export interface Segment {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** 1-based number of the segment's first line in the file. */
  readonly firstLine: number;
  /** Bytes of its longest line, "\n" included (a lone "\r" is not taken as a line's end here). */
  readonly longestLine: number;
}

const LF = 0x0a;
const CR = 0x0d;
/** How far past a segment's nominal end a boundary is looked for, per read. */
const WINDOW = 256 * 1024;

export class SegmentPlanner {
  private pos: number;
  private line = 1;
  private index = 0;
  private buffer: Buffer;
  /** Where a line longer than the window is read whole (lineRunningPast): grown when one is met. */
  private longLine: Buffer = Buffer.alloc(0);

  constructor(
    private readonly fd: number,
    private readonly size: number,
    readonly format: Format,
    private readonly segmentBytes: number,
    private readonly maxLineLength: number,
    start: number,
  ) {
    this.pos = start;
    this.buffer = Buffer.allocUnsafe(segmentBytes + WINDOW);
  }

  /** The next segment, or null at the end of the file. */
  next(): Segment | null {
    if (this.pos >= this.size) return null;
    const start = this.pos;
    let end = Math.min(this.size, start + this.segmentBytes);
    if (end < this.size) end = this.boundaryFrom(end);
    const { lines, longest } = this.linesIn(start, end);
    const segment = { index: this.index++, start, end, firstLine: this.line, longestLine: longest };
    this.line += lines;
    this.pos = end;
    return segment;
  }

  /** The first boundary at or after `from` (the start of the line after the next "\n"), or the end of the file. */
  private boundaryFrom(from: number): number {
    let at = from - 1;
    for (;;) {
      const length = this.read(at, WINDOW);
      if (length === 0) return this.size;
      const buf = this.buffer;
      let lf = buf.indexOf(LF, 0);
      while (lf !== -1 && lf < length) {
        const candidate = at + lf + 1;
        if (candidate >= this.size) return this.size;
        if (this.isBoundary(buf, lf + 1, length, candidate)) return candidate;
        lf = buf.indexOf(LF, lf + 1);
      }
      at += length;
      if (at >= this.size) return this.size;
    }
  }

  /** True when the line starting at buf[i], `position` in the file, surely does not continue a record. */
  private isBoundary(buf: Buffer, i: number, length: number, position: number): boolean {
    let end = i;
    while (end < length && buf[end] !== LF && buf[end] !== CR) end++;
    const text = end < length ? decodeUtf8(buf.subarray(i, end)) : this.lineRunningPast(position);
    if (text === null || text.length > this.maxLineLength) return false;
    const { continuation, parser, continuationFirst, entryLine } = this.format;
    // An entry takes its time from the stamp line above it: a segment starts at a stamp line.
    if (entryLine !== null) return parser.parse(text) !== null;
    return text.length === 0 || continuation === null || !continuation.test(text) || (!continuationFirst && parser.parse(text) !== null);
  }

  /**
   * Lines the LineSplitter counts in [start, end): "\n", "\r\n" and lone "\r" each end one; so does the end of file.
   * And the bytes of the longest of them, its end included.
   */
  private linesIn(start: number, end: number): { lines: number; longest: number } {
    let lines = 0;
    let longest = 0;
    // Where the line being counted starts, in the file.
    let lineStart = start;
    for (let at = start; at < end; ) {
      const length = this.read(at, Math.min(this.buffer.length, end - at));
      const buf = this.buffer.subarray(0, length);
      // Line ends in order: the next "\n" or the next "\r", whichever comes first.
      let lf = buf.indexOf(LF);
      let cr = buf.indexOf(CR);
      while (lf !== -1 || cr !== -1) {
        let lineEnd = -1;
        if (cr !== -1 && (lf === -1 || cr < lf)) {
          // A "\r" last in the buffer: its partner is the next byte of the file.
          const next = cr + 1 < length ? buf[cr + 1] : at + length < this.size ? this.byteAt(at + length) : -1;
          if (next !== LF) lineEnd = at + cr + 1;
          cr = buf.indexOf(CR, cr + 1);
        } else {
          lineEnd = at + lf + 1;
          lf = buf.indexOf(LF, lf + 1);
        }
        if (lineEnd !== -1) {
          lines++;
          longest = Math.max(longest, lineEnd - lineStart);
          lineStart = lineEnd;
        }
      }
      at += length;
    }
    return { lines, longest: Math.max(longest, end - lineStart) };
  }

  /**
   * The line starting at `position`, which runs past the window, read whole into a buffer of its own (a file of lines
   * longer than the window would otherwise have no boundary, and be one segment); null when it is longer than
   * --max-line-length lets through (4 bytes a character at most), or has no end before the end of the file.
   */
  private lineRunningPast(position: number): string | null {
    const limit = this.maxLineLength * 4 + 1;
    let buffer = this.longLine;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) return null;
        const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(2 * buffer.length, WINDOW)));
        buffer.copy(grown, 0, 0, length);
        buffer = this.longLine = grown;
      }
      const n = readSync(this.fd, buffer, length, buffer.length - length, position + length);
      if (n === 0) return null;
      const end = lineEndIn(buffer, length, length + n);
      length += n;
      if (end !== -1) return decodeUtf8(buffer.subarray(0, end));
    }
  }

  private byteAt(position: number): number {
    const one = Buffer.alloc(1);
    readSync(this.fd, one, 0, 1, position);
    return one[0] as number;
  }

  private read(position: number, length: number): number {
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, this.buffer, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }
}

/** The offset of the first "\n" or "\r" in buf[from, to), or -1. */
function lineEndIn(buf: Buffer, from: number, to: number): number {
  const part = buf.subarray(from, to);
  const lf = part.indexOf(LF);
  const cr = part.indexOf(CR);
  const first = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  return first === -1 ? -1 : from + first;
}
