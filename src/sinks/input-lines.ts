import type { TextOutput } from './sink.js';

/**
 * Writes the input's lines for the sinks that print them (`show`, `filter`). Only an input's last line can lack a
 * terminator; when anything is written after it (the next input's lines, or another input's in `show --merge`), a
 * "\n" ends it first, as grep does, so that two lines are never glued together. Nothing is added at the very end: one
 * input comes out as it was.
 * Verbatim (`filter`, `show` without escaping), the input's bytes that were not UTF-8 go out as those bytes.
 */
export class InputLines {
  /** The last line written has no terminator. Worker threads' reports set it (see parallel.ts). */
  open = false;
  /** The output, when lines are written verbatim and it can. */
  private readonly verbatim: Required<Pick<TextOutput, 'writeVerbatim'>> | null;

  constructor(
    private readonly out: TextOutput,
    verbatim: boolean,
  ) {
    this.verbatim = verbatim && out.writeVerbatim !== undefined ? (out as Required<TextOutput>) : null;
  }

  /** One line, `text` as it is to be shown (styled, escaped), then its terminator. */
  write(text: string, eol: string): void {
    const line = this.open ? '\n' + text + eol : text + eol;
    this.open = eol === '';
    if (this.verbatim !== null) this.verbatim.writeVerbatim(line);
    else this.out.write(line);
  }

  /** Ends an open line before what is written past this writer: a byte-order mark, a worker's output. */
  close(): void {
    if (!this.open) return;
    this.out.write('\n');
    this.open = false;
  }

  /** An input's UTF-8 byte-order mark, before its first line. */
  byteOrderMark(): void {
    this.close();
    this.out.write('\ufeff');
  }
}
