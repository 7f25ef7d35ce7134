import { RecordAssembler } from '../../src/records/assembler.js';
import type { Format } from '../../src/records/format.js';
import type { TraceRecord, UnparsedLine } from '../../src/records/types.js';

/** Test helper: what a format's record assembler makes of some lines, numbered from 1, as a reader would hand them. */
export interface Assembled {
  readonly records: TraceRecord[];
  readonly unparsed: UnparsedLine[];
}

export function assembleLines(format: Format, lines: readonly string[]): Assembled {
  const records: TraceRecord[] = [];
  const unparsed: UnparsedLine[] = [];
  const assembler = new RecordAssembler('t', format, { record: (r) => records.push(r), unparsed: (u) => unparsed.push(u) });
  lines.forEach((text, i) => assembler.push({ number: i + 1, text, eol: '\n' }));
  assembler.end();
  return { records, unparsed };
}

/** The records alone. */
export const assembleRecords = (format: Format, lines: readonly string[]): TraceRecord[] => assembleLines(format, lines).records;
