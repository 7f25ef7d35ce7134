/** Test helper: TraceRecords built by hand, the narrator taken from a leading `Name:` of the message. */

import type { TraceRecord } from '../../src/records/types.js';

const NARRATOR_PREFIX = /^([A-Za-z_][\w.$-]*):\s*/;

/** A record whose message is `message`; the narrator is its leading `Name:`, or `narrator` when given. */
export function recordOf(message: string, narrator?: string | null, line = 1): TraceRecord {
  const prefix = NARRATOR_PREFIX.exec(message);
  const useNarrator = narrator !== undefined ? narrator : (prefix?.[1] ?? null);
  const bodyStart = narrator === undefined && prefix ? prefix[0].length : 0;
  return {
    file: 'test', line, format: 'test', pid: null, tid: null, date: null, time: null, timeMs: null, day: null, offsetMin: null,
    narrator: useNarrator, message, messageAt: 0, bodyStart, fields: {}, lines: [{ number: line, text: message, eol: '\n' }],
  };
}

/** A record of the native format `PID TID TIME MESSAGE`, split on whitespace. */
export function nativeRecord(text: string, line: number): TraceRecord | null {
  const m = /^(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(text);
  if (!m || m[4] === undefined) return null;
  const record = recordOf(m[4], undefined, line);
  return { ...record, pid: Number(m[1]), tid: Number(m[2]), time: m[3] ?? null };
}
