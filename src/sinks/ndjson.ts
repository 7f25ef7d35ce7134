import type { Decision } from '../classify/types.js';
import { detach } from '../input/detach.js';
import type { SourceLine, TraceRecord, UnparsedLine } from '../records/types.js';
import type { ParallelSink } from './recipe.js';
import type { TextOutput } from './sink.js';

/** Characters JSON.stringify escapes in a string (and surrogates, which it escapes when they stand alone). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Reasons kept per kind, at most (a trace has a few thousand); a full memo starts afresh. */
const TAIL_LIMIT = 4096;
/** Longer decision parts are not kept: the memo stays small whatever the reasons and subjects are. */
const TAIL_MAX_LENGTH = 512;

/** A decision's part of the line, kept under its reason: it is the one for these subjects. */
interface Tail {
  readonly subjects: readonly string[];
  readonly json: string;
}

/**
 * `diegesis classify`: JSON Lines, one object per record, in input order. The wire format (documented in README):
 *   record:   {"file","line","pid","tid","time","narrator","message","kind","subjects","reason"}
 *   unparsed: {"file","line","kind":"unparsed","text"} (plus "header": true for a recognised column-header line)
 * `time` is the timestamp as written, date and time joined by a space when the trace has a date; `message` is the
 * MESSAGE column with any continuation lines appended after "\n" (see fullMessage).
 *
 * A record's line, newline included, is written by hand as JSON.stringify would write that object
 * (test/sinks/ndjson.test.ts checks it on random records), and put together from as few strings as it can: each join
 * is a rope node, made now and walked again when the output is flattened to be encoded. Most strings need no escape,
 * and then their quotes go in with the constant text around them. The file's part is made once per file, and the
 * decision's part (kind, subjects, reason, end of line) once per reason and kind: a trace repeats a few thousand
 * reasons ("no status of another component"), each nearly always with the same subjects. On the bench trace, a line
 * costs ~0.9 µs to make and encode, against ~1.4 µs put together field by field.
 */
export class RecordLines {
  private file: string | null = null;
  /** `{"file":…,"line":` for `file`. */
  private head = '';
  /** Reason -> the line's end from `,"kind"` on, one memo per kind. */
  private readonly diegetic = new Map<string, Tail>();
  private readonly nonDiegetic = new Map<string, Tail>();

  /** `limit`: reasons kept per kind (tests make it small). */
  constructor(private readonly limit = TAIL_LIMIT) {}

  line(record: TraceRecord, decision: Decision): string {
    if (record.file !== this.file) {
      this.file = record.file;
      this.head = detach(`{"file":${jsonString(record.file)},"line":`);
    }
    const time = timestampOf(record);
    const narrator = record.narrator;
    const message = fullMessage(record);
    let line = this.head + record.line + ',"pid":' + record.pid + ',"tid":' + record.tid;
    line += time === null || NEEDS_ESCAPE.test(time) ? ',"time":' + jsonString(time) + ',"narrator":' : ',"time":"' + time + '","narrator":';
    line += narrator === null || NEEDS_ESCAPE.test(narrator) ? jsonString(narrator) + ',"message":' : '"' + narrator + '","message":';
    line += NEEDS_ESCAPE.test(message) ? JSON.stringify(message) : '"' + message + '"';
    return line + this.tail(decision);
  }

  /** `,"kind":…,"subjects":[…],"reason":…}` and the newline. */
  private tail(decision: Decision): string {
    const tails = decision.kind === 'diegetic' ? this.diegetic : this.nonDiegetic;
    const kept = tails.get(decision.reason);
    if (kept !== undefined && sameStrings(kept.subjects, decision.subjects)) return kept.json;
    const json = decisionJson(decision);
    if (json.length <= TAIL_MAX_LENGTH) {
      if (tails.size >= this.limit) tails.clear();
      // Detached: a reason or subject may be cut from the input (detach.ts), and the memo must not pin it.
      tails.set(detach(decision.reason), { subjects: decision.subjects.map(detach), json: detach(json) });
    }
    return json;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function decisionJson(decision: Decision): string {
  let subjects = '';
  for (const subject of decision.subjects) subjects += (subjects === '' ? '' : ',') + jsonString(subject);
  return `,"kind":${jsonString(decision.kind)},"subjects":[${subjects}],"reason":${jsonString(decision.reason)}}\n`;
}

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

/**
 * The message with its continuation lines, joined by "\n": one line of text for each line of the record. Where a later
 * line gave the message (GrammarSpec.messageLine: IBM MQ's `AMQ8003I: ...`), that line keeps only what stands before
 * the message (`AMQ8003I: `, the code): the message is told once, first, and nothing is lost.
 */
export function fullMessage(record: TraceRecord): string {
  if (record.lines.length === 1) return record.message;
  const given = record.messageLine;
  let text = record.message;
  for (let i = 1; i < record.lines.length; i++) {
    const line = (record.lines[i] as SourceLine).text;
    text += '\n' + (i === given ? line.slice(0, line.length - record.message.length) : line);
  }
  return text;
}

export function createNdjsonSink(out: TextOutput): ParallelSink {
  const lines = new RecordLines();
  return {
    recipe: { kind: 'classify' },
    record: (record, decision) => out.write(lines.line(record, decision)),
    unparsed: (line) => out.write(unparsedJson(line) + '\n'),
  };
}
