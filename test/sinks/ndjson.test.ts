/** classify's JSON lines are written by hand: they must be what JSON.stringify writes, whatever the text. */
import fc from 'fast-check';
import type { Decision, Kind } from '../../src/classify/types.js';
import type { TraceRecord } from '../../src/records/types.js';
import { RecordLines } from '../../src/sinks/ndjson.js';

// Any text, lone surrogates (as single units) and control characters included, and text that needs no escape at all.
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u2028', '\ud800', '\udc00', 'é') }), fc.string());
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
// Files and reasons repeat from record to record, as in a trace (RecordLines keeps their JSON): a few of each, often.
const repeated = (values: string[]) => fc.oneof(fc.constantFrom(...values), text);

const records = fc.record({
  file: repeated(['trace.log', 'a "quoted" name\\.log']),
  line: fc.nat(),
  pid: orNull(fc.nat()),
  tid: orNull(fc.nat()),
  date: orNull(text),
  time: orNull(text),
  narrator: orNull(text),
  message: text,
  continuation: fc.array(text, { maxLength: 2 }),
  kind: fc.constantFrom('diegetic' as const, 'non-diegetic' as const),
  subjects: fc.oneof(fc.constant<string[]>([]), fc.array(text, { maxLength: 3 })),
  reason: repeated(['no status of another component', 'self-action: narrator\'s own call "Connecting"', '', 'x'.repeat(600)]),
});
type Drawn = typeof records extends fc.Arbitrary<infer T> ? T : never;

function recordOf(r: Drawn): TraceRecord {
  return {
    file: r.file, line: r.line, format: 'native', pid: r.pid, tid: r.tid, date: r.date, time: r.time, timeMs: null, day: null, offsetMin: null,
    narrator: r.narrator, message: r.message, messageAt: 0, bodyStart: 0, fields: {},
    lines: [{ number: r.line, text: r.message, eol: '\n' }, ...r.continuation.map((t) => ({ number: r.line, text: t, eol: '\n' }))],
  };
}

function decisionOf(kind: Kind, subjects: readonly string[], reason: string): Decision {
  return { kind, subjects, reason, status: null, negative: false, spans: [] };
}

function expectedLine(r: Drawn): string {
  const time = r.time === null ? r.date : r.date === null ? r.time : `${r.date} ${r.time}`;
  const message = [r.message, ...r.continuation].join('\n');
  return JSON.stringify({
    file: r.file, line: r.line, pid: r.pid, tid: r.tid, time, narrator: r.narrator, message, kind: r.kind, subjects: r.subjects, reason: r.reason,
  }) + '\n';
}

it('writes each record as JSON.stringify writes it', () => {
  // One writer for every record, as in a run: what it keeps from a record must not change the lines of the next ones.
  const lines = new RecordLines();
  fc.assert(
    fc.property(records, (r) => {
      expect(lines.line(recordOf(r), decisionOf(r.kind, r.subjects, r.reason))).toBe(expectedLine(r));
    }),
    { numRuns: 2000, seed: 42 },
  );
});

it('writes the same line for a reason seen again after the memo was emptied, or with other subjects, under either kind', () => {
  const lines = new RecordLines(2);
  const base: Drawn = {
    file: 'f.log', line: 1, pid: 1, tid: 2, date: null, time: '10:00:00.000', narrator: 'Net', message: 'm', continuation: [],
    kind: 'non-diegetic', subjects: [], reason: 'no status of another component',
  };
  const reasons = ['no status of another component', 'a "quoted" reason', 'r3', 'r4', 'no status of another component', 'r3', 'a "quoted" reason'];
  const subjectLists = [[], ['DC920'], ['DC921'], ['DC920', 'a "b"'], []];
  for (const kind of ['non-diegetic', 'diegetic', 'non-diegetic'] as const) {
    for (const reason of reasons) {
      for (const subjects of subjectLists) {
        const r = { ...base, kind, reason, subjects };
        // A fresh Decision each time: the memo goes by the text of the reason and subjects, not by which object.
        expect(lines.line(recordOf(r), decisionOf(kind, [...subjects], reason))).toBe(expectedLine(r));
      }
    }
  }
});
