import type { Decision, Span } from '../classify/types.js';
import type { TraceRecord } from '../records/types.js';
import { escapeControls } from './escape.js';
import { InputLines } from './input-lines.js';
import type { Palette } from './palette.js';
import type { ParallelSink } from './recipe.js';
import type { TextOutput } from './sink.js';

export interface PrettyOptions {
  readonly palette: Palette;
  /** Show control characters as `\xHH` (on whenever the output is a terminal or colour is on). */
  readonly escape: boolean;
}

/**
 * `diegesis show`: every input line, in order. Diegetic records stand out in bold blue with narrator, subject and
 * status spans coloured; non-diegetic records are plain; unparsed lines are dimmed.
 * With colour and escaping off the output is the input, byte for byte: its bytes that are not UTF-8 and its UTF-8
 * byte-order mark included. Escaping shows those bytes as `\xHH`, as it shows control characters.
 */
export function createPrettySink(out: TextOutput, options: PrettyOptions): ParallelSink {
  const { palette } = options;
  const clean = options.escape ? escapeControls : (text: string): string => text;
  // A piece of a line that needed no escaping needs none either, unless a cut splits a surrogate pair.
  const cleanPiece = (piece: string): string => (piece.isWellFormed() ? piece : clean(piece));
  const lines = new InputLines(out, !options.escape);
  return {
    recipe: { kind: 'show', color: palette.enabled, escape: options.escape },
    lines,
    beginInput(_file, _format, bom) {
      if (bom === true && !options.escape) lines.byteOrderMark();
    },
    record(record, decision) {
      const source = record.lines;
      if (decision.kind !== 'diegetic' || !palette.enabled) {
        for (const line of source) lines.write(clean(line.text), line.eol);
        return;
      }
      if (source.length === 0) return;
      lines.write(highlightFirstLine(record, decision, palette, clean, cleanPiece), source[0].eol);
      for (let i = 1; i < source.length; i++) lines.write(palette.diegetic(clean(source[i].text)), source[i].eol);
    },
    unparsed(line) {
      const text = clean(line.line.text);
      lines.write(text.length > 0 ? palette.dim(text) : text, line.line.eol);
    },
  };
}

/**
 * The first line of a diegetic record: spans in their own colours, the rest in the diegetic style. The spans are of
 * the message, which stands at `messageAt` in the line; a message that stands nowhere in it as it is (a structured
 * line's value with escapes) has its line in the diegetic style alone. `clean` escapes a text character by character
 * (escape.ts); `cleanPiece` is `clean` for the pieces of a line that `clean` leaves as it is.
 */
export function highlightFirstLine(
  record: TraceRecord,
  decision: Decision,
  palette: Palette,
  clean: (text: string) => string,
  cleanPiece: (piece: string) => string,
): string {
  const text = (record.lines[0] as { text: string }).text;
  const offset = record.messageAt;
  if (offset === null) return palette.diegetic(clean(text));
  const piece = clean(text) === text ? cleanPiece : clean;
  let out = '';
  let at = 0;
  for (const span of decision.spans) {
    const start = offset + span.start;
    const end = offset + span.end;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) out += palette.diegetic(piece(text.slice(at, start)));
    out += styleOf(span, decision, palette)(piece(text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out += palette.diegetic(piece(text.slice(at)));
  return out;
}

function styleOf(span: Span, decision: Decision, palette: Palette): (text: string) => string {
  switch (span.role) {
    case 'narrator':
      return palette.narrator;
    case 'subject':
      return palette.subject;
    case 'status':
      return decision.negative ? palette.negative : palette.status;
  }
}
