import type { Decision } from '../classify/types.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';
import type { ParallelSink } from './recipe.js';
import type { TextOutput } from './sink.js';

/**
 * `diegesis classify`: JSON Lines, one object per record, in input order. The wire format (documented in README):
 *   record:   {"file","line","pid","tid","time","narrator","message","kind","subjects","reason"}
 *   unparsed: {"file","line","kind":"unparsed","text"} (plus "header": true for a recognised column-header line)
 * `time` is the timestamp as written, date and time joined by a space when the trace has a date; `message` is the
 * MESSAGE column with any continuation lines appended after "\n".
 */
export function recordJson(record: TraceRecord, decision: Decision): string {
  // Written out by hand, as JSON.stringify of that object would write it (test/sinks/ndjson.test.ts checks it on random
  // records): about twice as fast, most strings needing no escape.
  let subjects = '';
  for (const subject of decision.subjects) subjects += (subjects === '' ? '' : ',') + jsonString(subject);
  return (
    `{"file":${jsonString(record.file)},"line":${record.line},"pid":${record.pid},"tid":${record.tid},` +
    `"time":${jsonString(timestampOf(record))},"narrator":${jsonString(record.narrator)},"message":${jsonString(fullMessage(record))},` +
    `"kind":${jsonString(decision.kind)},"subjects":[${subjects}],"reason":${jsonString(decision.reason)}}`
  );
}

/** Characters JSON.stringify escapes in a string (and surrogates, which it escapes when they stand alone). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string (or null) as JSON.stringify writes it. */
function jsonString(text: string | null): string {
  if (text === null) return 'null';
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

export function unparsedJson(line: UnparsedLine): string {
  const base = { file: line.file, line: line.line.number, kind: 'unparsed', text: line.line.text };
  return JSON.stringify(line.header ? { ...base, header: true } : base);
}

export function timestampOf(record: TraceRecord): string | null {
  if (record.time === null) return record.date;
  return record.date === null ? record.time : `${record.date} ${record.time}`;
}

/** The message with its continuation lines, joined by "\n". */
export function fullMessage(record: TraceRecord): string {
  if (record.lines.length === 1) return record.message;
  return [record.message, ...record.lines.slice(1).map((l) => l.text)].join('\n');
}

export function createNdjsonSink(out: TextOutput): ParallelSink {
  return {
    recipe: { kind: 'classify' },
    record: (record, decision) => out.write(recordJson(record, decision) + '\n'),
    unparsed: (line) => out.write(unparsedJson(line) + '\n'),
  };
}
