/** classify's JSON lines are written by hand: they must be what JSON.stringify writes, whatever the text. */
import fc from 'fast-check';
import type { Decision } from '../../src/classify/types.js';
import type { TraceRecord } from '../../src/records/types.js';
import { recordJson } from '../../src/sinks/ndjson.js';

// Any text, lone surrogates (as single units) and control characters included, and text that needs no escape at all.
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u2028', '\ud800', '\udc00', 'é') }), fc.string());
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const records = fc.record({
  file: text,
  line: fc.nat(),
  pid: orNull(fc.nat()),
  tid: orNull(fc.nat()),
  date: orNull(text),
  time: orNull(text),
  narrator: orNull(text),
  message: text,
  continuation: fc.array(text, { maxLength: 2 }),
  kind: fc.constantFrom('diegetic' as const, 'non-diegetic' as const),
  subjects: fc.array(text, { maxLength: 3 }),
  reason: text,
});

it('writes each record as JSON.stringify writes it', () => {
  fc.assert(
    fc.property(records, (r) => {
      const record: TraceRecord = {
        file: r.file, line: r.line, format: 'native', pid: r.pid, tid: r.tid, date: r.date, time: r.time, timeMs: null, day: null,
        narrator: r.narrator, message: r.message, bodyStart: 0, fields: {},
        lines: [{ number: r.line, text: r.message, eol: '\n' }, ...r.continuation.map((t) => ({ number: r.line, text: t, eol: '\n' }))],
      };
      const decision: Decision = { kind: r.kind, subjects: r.subjects, reason: r.reason, status: null, negative: false, spans: [] };
      const time = r.time === null ? r.date : r.date === null ? r.time : `${r.date} ${r.time}`;
      const message = [r.message, ...r.continuation].join('\n');
      const expected = JSON.stringify({
        file: r.file, line: r.line, pid: r.pid, tid: r.tid, time, narrator: r.narrator, message, kind: r.kind, subjects: r.subjects, reason: r.reason,
      });
      expect(recordJson(record, decision)).toBe(expected);
    }),
    { numRuns: 2000, seed: 42 },
  );
});
