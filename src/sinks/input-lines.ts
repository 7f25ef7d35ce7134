import type { TextOutput } from './sink.js';

/**
 * Writes the input's lines for the sinks that print them (`show`, `filter`). Verbatim (`filter`, `show` without
 * escaping), the input's bytes that were not UTF-8 go out as those bytes.
 */
export class InputLines {
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
    const line = text + eol;
    if (this.verbatim !== null) this.verbatim.writeVerbatim(line);
    else this.out.write(line);
  }

  /** An input's UTF-8 byte-order mark, before its first line. */
  byteOrderMark(): void {
    this.out.write('\ufeff');
  }
}
