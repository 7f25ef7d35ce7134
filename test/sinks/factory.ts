import type { Decision } from '../../src/classify/types.js';
import type { TraceRecord } from '../../src/records/types.js';

/** A native-looking record whose first line is `PID TID TIME MESSAGE`. */
export function record(message: string, over: Partial<TraceRecord> = {}, continuation: string[] = []): TraceRecord {
  const prefix = '4410  4414  06:35:05.001 ';
  const colon = message.indexOf(': ');
  return {
    file: 't.trace',
    line: 7,
    format: 'native',
    pid: 4410,
    tid: 4414,
    date: null,
    time: '06:35:05.001',
    timeMs: 6 * 3600_000 + 35 * 60_000 + 5001,
    day: null,
    offsetMin: null,
    narrator: colon > 0 ? message.slice(0, colon) : null,
    message,
    messageAt: prefix.length,
    bodyStart: colon > 0 ? colon + 2 : 0,
    fields: {},
    lines: [{ number: 7, text: prefix + message, eol: '\n' }, ...continuation.map((text, i) => ({ number: 8 + i, text, eol: '\n' }))],
    ...over,
  };
}

export const nonDiegetic: Decision = { kind: 'non-diegetic', subjects: [], reason: 'self', status: null, negative: false, spans: [] };

/** "Mon: Svc is down": narrator 0-3, subject 5-8, status 12-16. */
export const diegeticDown: Decision = {
  kind: 'diegetic',
  subjects: ['Svc'],
  reason: 'subject "Svc" + status "down"',
  status: 'down',
  negative: true,
  spans: [
    { start: 0, end: 3, role: 'narrator' },
    { start: 5, end: 8, role: 'subject' },
    { start: 12, end: 16, role: 'status' },
  ],
};
