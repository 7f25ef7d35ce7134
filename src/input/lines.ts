import type { SourceLine } from '../records/types.js';

/**
 * Splits decoded text into lines as it arrives, keeping each line's terminator ("\n", "\r\n", a lone "\r", or ""
 * for a last line without one) so that output can reproduce the input byte for byte.
 * A line longer than `maxLineLength` keeps its first `maxLineLength` characters (one less rather than split a surrogate
 * pair) and the rest is skipped; each such line is counted once in `truncated`, wherever the chunks happened to end,
 * so memory stays bounded whatever the input.
 */
export class LineSplitter {
  private carry = '';
  /** Lines handed on so far. */
  private count = 0;
  /** True while skipping the rest of an over-long line. */
  private skipping = false;
  /** The kept head of the over-long line being skipped. */
  private head = '';
  /** Number of over-long lines that were cut. */
  truncated = 0;

  /** `firstLine`: the number of the first line (a worker's segment starts mid-file; line numbers stay file-absolute). */
  constructor(
    private readonly onLine: (line: SourceLine) => void,
    private readonly maxLineLength = 1 << 20,
    private readonly firstLine = 1,
  ) {}

  /** Feeds the next piece of decoded text. */
  push(text: string): void {
    // The carried start of a line joins the first line of this piece only: the piece is scanned and sliced as it is,
    // never copied into a longer string.
    let head = this.carry;
    let start = 0;
    if (head.endsWith('\r') && text.length > 0) {
      // A "\r" kept back ended its line: as "\r\n" when this piece starts with "\n".
      const crlf = text.charCodeAt(0) === 10;
      this.emit(head.slice(0, -1), crlf ? '\r\n' : '\r');
      head = '';
      start = crlf ? 1 : 0;
    }
    const length = text.length;
    // Positions of the next "\n" and "\r", each searched again only once passed, so a piece is scanned once.
    let lf = text.indexOf('\n', start);
    let cr = text.indexOf('\r', start);
    for (;;) {
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      let end: number;
      let eol: string;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        // A "\r" at the very end may be the first half of "\r\n": wait for the next piece to tell.
        if (cr === length - 1) break;
        end = cr;
        eol = text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
      } else if (lf !== -1) {
        end = lf;
        eol = '\n';
      } else {
        break;
      }
      if (head.length === 0) {
        this.emit(text.slice(start, end), eol);
      } else {
        this.emit(head + text.slice(start, end), eol);
        head = '';
      }
      start = end + eol.length;
    }
    this.carry = head.length > 0 ? head + text.slice(start) : start === 0 ? text : text.slice(start);
    // A "\r" kept back for the next piece is the line's terminator, not part of its length.
    if (this.carry.length - (this.carry.endsWith('\r') ? 1 : 0) > this.maxLineLength) this.cutLongLine();
  }

  /** Hands on the last line, which has no terminator (or only a "\r"). */
  end(): void {
    if (this.carry.length === 0 && !this.skipping) return;
    if (this.carry.endsWith('\r')) this.emit(this.carry.slice(0, -1), '\r');
    else this.emit(this.carry, '');
    this.carry = '';
  }

  get linesRead(): number {
    return this.count;
  }

  /** Keeps the head of an over-long line and skips the rest until its terminator. */
  private cutLongLine(): void {
    if (!this.skipping) {
      this.truncated++;
      this.skipping = true;
      this.head = this.headOf(this.carry);
    }
    this.carry = this.carry.endsWith('\r') ? '\r' : '';
  }

  private emit(text: string, eol: string): void {
    if (this.skipping) {
      this.skipping = false;
      text = this.head;
      this.head = '';
    } else if (text.length > this.maxLineLength) {
      // A whole over-long line inside one chunk: cut and counted like one that spans chunks.
      this.truncated++;
      text = this.headOf(text);
    }
    this.onLine({ number: this.firstLine + this.count++, text, eol });
  }

  /** The first `maxLineLength` characters, without the first half of a surrogate pair at the end. */
  private headOf(text: string): string {
    const end = this.maxLineLength;
    const last = text.charCodeAt(end - 1);
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
  }
}
