/**
 * A small trace told by hand, for the summary tests:
 * a monitor reports a silent indexer as not responding, a gateway reports billing returning an error
 * (with a two-line stack), then billing recovers; one junk line, one header line.
 */
import type { Decision } from '../../../src/classify/types.js';
import type { TraceRecord, UnparsedLine } from '../../../src/records/types.js';
import type { SummaryAggregator } from '../../../src/sinks/summary/aggregate.js';

export type Event =
  | { readonly type: 'record'; readonly record: TraceRecord; readonly decision: Decision }
  | { readonly type: 'unparsed'; readonly line: UnparsedLine };

export interface RecordSpec {
  line: number;
  pid?: number | null;
  tid?: number | null;
  /** A thread's name, as Java logs give it (fields.thread). */
  thread?: string;
  /** "HH:MM:SS.mmm", or null for none. */
  time: string | null;
  date?: string | null;
  narrator: string | null;
  body: string;
  continuation?: string[];
  file?: string;
}

function millisOf(time: string): number {
  const [h, m, s] = time.split(':').map(Number);
  return Math.round(((h * 60 + m) * 60 + s) * 1000);
}

function daysOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function record(spec: RecordSpec, decision: Decision = selfTrace()): Event {
  const prefix = spec.narrator === null ? '' : `${spec.narrator}: `;
  const message = prefix + spec.body;
  const date = spec.date ?? null;
  const lines = [message, ...(spec.continuation ?? [])].map((text, i) => ({ number: spec.line + i, text, eol: '\n' }));
  const traceRecord: TraceRecord = {
    file: spec.file ?? 'session.trace',
    line: spec.line,
    format: 'native',
    pid: spec.pid === undefined ? 100 : spec.pid,
    tid: spec.tid === undefined ? 10 : spec.tid,
    date,
    time: spec.time,
    timeMs: spec.time === null ? null : millisOf(spec.time),
    day: date === null ? null : daysOf(date),
    offsetMin: null,
    narrator: spec.narrator,
    message,
    messageAt: 0,
    bodyStart: prefix.length,
    fields: spec.thread === undefined ? {} : { thread: spec.thread },
    lines,
  };
  return { type: 'record', record: traceRecord, decision };
}

export function unparsed(line: number, text: string, header = false, file = 'session.trace'): Event {
  return { type: 'unparsed', line: { file, line: { number: line, text, eol: '\n' }, header } };
}

export function selfTrace(): Decision {
  return { kind: 'non-diegetic', subjects: [], reason: 'self trace', status: null, negative: false, spans: [] };
}

export function reports(subjects: string[], status: string | null, negative: boolean): Decision {
  return { kind: 'diegetic', subjects, reason: 'names another component', status, negative, spans: [] };
}

export const story: Event[] = [
  unparsed(1, 'PID   TID   TIME         MESSAGE', true),
  record({ line: 2, pid: 100, tid: 10, time: '09:00:00.000', narrator: 'Monitor', body: 'checking service health' }),
  record(
    { line: 3, pid: 100, tid: 10, time: '09:00:01.000', narrator: 'Monitor', body: 'Indexer is not responding' },
    reports(['Indexer'], 'not responding', true),
  ),
  record(
    {
      line: 4,
      pid: 200,
      tid: 20,
      time: '09:00:02.500',
      narrator: 'Gateway',
      body: 'Billing returned error 500',
      continuation: ['  at Billing.charge (billing.js:10)', '  at Gateway.call (gateway.js:20)'],
    },
    reports(['Billing'], 'error', true),
  ),
  unparsed(7, '#### garbage ####'),
  record(
    { line: 8, pid: 100, tid: 10, time: '09:02:04.456', narrator: 'Monitor', body: 'Indexer is not responding' },
    reports(['Indexer'], 'not responding', true),
  ),
  record(
    { line: 9, pid: 200, tid: 21, time: '09:02:05.000', narrator: 'Gateway', body: 'Billing status OK' },
    reports(['Billing'], 'OK', false),
  ),
  record(
    { line: 10, pid: 300, tid: 30, time: '09:02:05.500', narrator: 'Auditor', body: 'Indexer is not responding' },
    reports(['Indexer'], 'not responding', true),
  ),
];

/** Hand one event to an aggregator. */
export function play(aggregator: SummaryAggregator, event: Event): void {
  if (event.type === 'record') aggregator.record(event.record, event.decision);
  else aggregator.unparsed(event.line);
}

/** Feed events to an aggregator, starting the input first. */
export function feed(aggregator: SummaryAggregator, events: readonly Event[], file = 'session.trace'): void {
  aggregator.beginInput(file, null);
  for (const event of events) play(aggregator, event);
}
