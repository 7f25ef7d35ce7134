import fc from 'fast-check';
import type { Decision } from '../../../src/classify/types.js';
import { DayClock } from '../../../src/records/day-clock.js';
import type { TraceRecord } from '../../../src/records/types.js';
import { createSummaryAggregator, type SummaryAggregator, type SummaryOptions } from '../../../src/sinks/summary/aggregate.js';
import { NO_TIMES, TimeNotes, daysOf, foldTimes, seededSummary, type PartTimes, type TimeSeed } from '../../../src/sinks/summary/seed.js';
import { threadOf } from '../../../src/sinks/summary/thread.js';
import { timePointOf } from '../../../src/sinks/summary/time.js';

const millisOf = (time: string): number => {
  const [h, m, sec] = time.split(':').map(Number) as [number, number, number];
  return Math.round(((h * 60 + m) * 60 + sec) * 1000);
};

const record = (pid: number, tid: number | null, time: string | null): TraceRecord => ({
  file: 't', line: 1, format: 'native', pid, tid, date: null, time, timeMs: time === null ? null : Number(time.slice(-3)), day: null, offsetMin: null,
  narrator: null, message: '', messageAt: 0, bodyStart: 0, fields: {}, lines: [],
});

/** The notes of a run of records read from day 0, as a worker's summary takes them. */
function noted(records: readonly TraceRecord[]): TimeNotes {
  const notes = new TimeNotes();
  const clock = new DayClock();
  for (const r of records) notes.note(r.pid, threadOf(r), timePointOf(r, clock));
  return notes;
}

describe('TimeNotes', () => {
  it('keeps the latest time of the run and of each thread, in order of appearance, untimed threads too', () => {
    const seed = noted([record(1, 7, '00:00:00.005'), record(1, 8, null), record(1, 7, '00:00:00.003'), record(2, 7, '00:00:00.009')]).result().times;
    expect(seed.last?.timeMs).toBe(9);
    expect(seed.threads.map((t) => [t.pid, t.thread, t.last?.timeMs ?? null])).toEqual([[1, 7, 5], [1, 8, null], [2, 7, 9]]);
  });
});

describe('foldTimes', () => {
  const part = (...records: TraceRecord[]) => noted(records).result().times;

  it('takes the later of each time, and no more threads than the summary keeps rows for', () => {
    const first = foldTimes(NO_TIMES, part(record(1, 1, '00:00:00.050'), record(1, 2, '00:00:00.010')), 3);
    const second = foldTimes(first, part(record(1, 2, '00:00:00.020'), record(1, 3, '00:00:00.001'), record(1, 4, '00:00:00.002')), 3);
    expect(second.last?.timeMs).toBe(50);
    expect(second.threads.map((t) => [t.thread, t.last?.timeMs])).toEqual([[1, 50], [2, 20], [3, 1]]);
  });

  it('keeps the day of the last record that had one, in reading order', () => {
    const onDay = (day: number, time: string): TraceRecord => ({ ...record(1, 1, time), day });
    const first = foldTimes(NO_TIMES, part(onDay(19_723, '00:00:00.050'), onDay(19_722, '00:00:00.060'), record(1, 1, '00:00:00.070')), 3);
    expect(first.dated).toEqual({ day: 19_722, timeMs: 60 });
    expect(foldTimes(first, part(record(1, 1, '00:00:00.080')), 3).dated).toEqual({ day: 19_722, timeMs: 60 });
    expect(foldTimes(first, part(onDay(19_730, '00:00:00.001')), 3).dated).toEqual({ day: 19_730, timeMs: 1 });
  });
});

/**
 * seededSummary: a part's summary made from where days fell in an earlier seed, then made as from its own seed, must be
 * exactly the summary made from its seed, or null (the part runs again). Random traces: steps forward, back in time,
 * past midnights, with and without dates and zone offsets, on numbered and named threads, few enough kept threads and
 * gaps that the tables fill.
 */
describe('seededSummary', () => {
  const DAY = 86_400_000;
  const START = Date.UTC(2024, 0, 1, 22);
  type Dates = 'none' | 'all' | 'some';
  interface Spec {
    readonly pid: number;
    readonly thread: number | string | null;
    /** Ms from the record before: mostly forward, now and then back in time or past hours. */
    readonly step: number;
    readonly timed: boolean;
    readonly dated: boolean;
    readonly offsetMin: number | null;
    readonly diegetic: boolean;
  }
  const specFields = {
    pid: fc.constantFrom(1, 2),
    thread: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom('main', 'pool-1', '3'), fc.constant(null)),
    step: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 3000 }) },
      { weight: 1, arbitrary: fc.integer({ min: -90_000, max: -1 }) },
      { weight: 1, arbitrary: fc.integer({ min: 3_600_000, max: 20 * 3_600_000 }) },
    ),
    timed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    dated: fc.boolean(),
    offsetMin: fc.oneof({ weight: 6, arbitrary: fc.constant<number | null>(null) }, { weight: 1, arbitrary: fc.constantFrom(0, 120) }),
    diegetic: fc.boolean(),
  };
  const spec: fc.Arbitrary<Spec> = fc.record(specFields);

  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  function recordsOf(specs: readonly Spec[], dates: Dates): TraceRecord[] {
    let at = START;
    return specs.map((s, i) => {
      at += s.step;
      const day = Math.floor(at / DAY);
      const ms = at - day * DAY;
      const dated = dates === 'all' || (dates === 'some' && s.dated);
      const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
      const message = `N${i % 3}: ${s.diegetic ? `Store${i % 2} is not responding` : `flush took ${i % 7} ms`}`;
      return {
        file: 't', line: i + 1, format: 'native', pid: s.pid, tid: typeof s.thread === 'number' ? s.thread : null,
        date: dated ? new Date(day * DAY).toISOString().slice(0, 10) : null, time: s.timed ? time : null, timeMs: s.timed ? ms : null,
        day: dated ? day : null, offsetMin: s.timed ? s.offsetMin : null, narrator: `N${i % 3}`, message, messageAt: 0, bodyStart: 4,
        fields: typeof s.thread === 'string' ? { thread: s.thread } : ({} as Record<string, string>), lines: [{ number: i + 1, text: message, eol: '\n' }],
      };
    });
  }
  const decisionOf = (record: TraceRecord): Decision => record.message.includes('not responding')
    ? { kind: 'diegetic', subjects: [record.message.slice(4, 10)], reason: 'names another component', status: 'not responding', negative: true, spans: [] }
    : { kind: 'non-diegetic', subjects: [], reason: 'self trace', status: null, negative: false, spans: [] };
  function summarize(records: readonly TraceRecord[], options: SummaryOptions, times: TimeSeed): SummaryAggregator {
    const aggregator = createSummaryAggregator(options, times);
    aggregator.beginInput('t', 'native');
    for (const record of records) aggregator.record(record, decisionOf(record));
    return aggregator;
  }

  /**
   * Each part read as the workers read it: from the seed before it (its summary then is the one to match), and from
   * the seed `back` parts before, or where days fell in it (`whole` says which). Returns how many of the parts were made
   * as from their seeds.
   */
  function check(records: readonly TraceRecord[], cuts: readonly number[], backs: readonly number[], options: SummaryOptions, whole = false): number {
    const bounds = [0, ...cuts, records.length];
    const seeds: TimeSeed[] = [NO_TIMES];
    let made = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const part = records.slice(bounds[i], bounds[i + 1]);
      const seed = seeds[i] as TimeSeed;
      const exact = summarize(part, options, seed);
      const before = seeds[Math.max(0, i - (backs[i] ?? 0))] as TimeSeed;
      const given = whole ? before : daysOf(before);
      const guessed = summarize(part, options, given);
      const seeded = seededSummary(guessed.result(), guessed.part() as PartTimes, given, seed);
      if (seeded !== null) {
        made++;
        expect(seeded).toEqual(exact.result());
        expect(guessed.part()).toEqual(exact.part());
      }
      seeds.push(foldTimes(seed, (exact.part() as PartTimes).times, options.maxKeys ?? 2000));
    }
    return made;
  }

  it('is the summary made from the seed, or null', () => {
    fc.assert(fc.property(
      fc.array(spec, { minLength: 1, maxLength: 60 }),
      fc.constantFrom<Dates>('none', 'all', 'some'),
      fc.uniqueArray(fc.integer({ min: 1, max: 59 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
      fc.record({ maxKeys: fc.integer({ min: 1, max: 8 }), maxGaps: fc.integer({ min: 0, max: 4 }), gapMs: fc.constantFrom(null, 2000) }),
      fc.boolean(),
      (specs, dates, cuts, backs, options, whole) => {
        const records = recordsOf(specs, dates);
        check(records, cuts.filter((cut) => cut < records.length).sort((a, b) => a - b), backs, options, whole);
      },
    ), { numRuns: 400 });
  });

  const undated = (thread: number, time: string, line = 1): TraceRecord => ({ ...record(1, thread, time), timeMs: millisOf(time), line });
  const onDay = (day: number, time: string): TraceRecord => ({ ...undated(1, time), date: new Date(day * DAY).toISOString().slice(0, 10), day });

  it('gives a part without a time the latest time of the seed', () => {
    const seed = foldTimes(NO_TIMES, (summarize([undated(1, '10:00:00.000')], {}, NO_TIMES).part() as PartTimes).times, 2000);
    const part = [{ ...undated(1, '10:00:00.000'), time: null, timeMs: null }];
    const guessed = summarize(part, {}, daysOf(NO_TIMES));
    const seeded = seededSummary(guessed.result(), guessed.part() as PartTimes, daysOf(NO_TIMES), seed);
    expect(seeded?.time).toMatchObject({ first: null, last: { time: '10:00:00.000' } });
    expect(seeded).toEqual(summarize(part, {}, seed).result());
  });

  it('is null when the last dates before draw the part\'s first times without a date on other days, at either end', () => {
    // Near noon of day 19_800 both ends are on that day; near 04:00 of it, 18:00 is on the day before.
    const days = { ...NO_TIMES, dated: { day: 19_800, timeMs: millisOf('12:00:00.000') } };
    const seed = { ...NO_TIMES, dated: { day: 19_800, timeMs: millisOf('04:00:00.000') } };
    const part = [undated(1, '10:00:00.000'), undated(1, '18:00:00.000'), onDay(19_801, '09:00:00.000')];
    const guessed = summarize(part, {}, days);
    expect(seededSummary(guessed.result(), guessed.part() as PartTimes, days, seed)).toBeNull();
    expect(guessed.result().timeline).not.toEqual(summarize(part, {}, seed).result().timeline);
  });

  it('is null given an earlier seed whose latest time is the seed\'s but not a thread\'s', () => {
    const noted = (part: TraceRecord[], seed: TimeSeed) => foldTimes(seed, (summarize(part, {}, seed).part() as PartTimes).times, 2000);
    const given = noted([undated(1, '12:00:00.000'), undated(2, '10:00:00.000')], NO_TIMES);
    const seed = noted([undated(2, '10:05:00.000')], given);
    const part = [undated(2, '10:06:00.000')];
    const made = summarize(part, {}, given);
    expect(seededSummary(made.result(), made.part() as PartTimes, given, seed)).toBeNull();
    expect(made.result().gaps).not.toEqual(summarize(part, {}, seed).result().gaps);
  });

  it('is never null for a trace behind its latest time, given the seed before, once that is the latest time', () => {
    // Each thread writes first 3 hours ahead of what follows: every part after goes back at its seam, and leaves the
    // seed as it was. The part just after them is given where days fell in the seed before them, and runs again.
    const threads = [1, 2, 3, 4, 'main', 'pool-1', '3', null];
    const ahead = [1, 2].flatMap((pid) => threads.map((thread, i) =>
      ({ pid, thread, step: pid === 1 && i === 0 ? 3 * 3_600_000 : 0, timed: true, dated: false, offsetMin: null, diegetic: false })));
    fc.assert(fc.property(
      fc.array(fc.record({ ...specFields, step: fc.integer({ min: -2000, max: 2000 }), timed: fc.constant(true), offsetMin: fc.constant(null) }), { minLength: 10, maxLength: 80 }),
      fc.uniqueArray(fc.integer({ min: ahead.length + 1, max: ahead.length + 79 }), { minLength: 1, maxLength: 5 }),
      (specs, cuts) => {
        const behind = specs.map((s, i) => (i === 0 ? { ...s, step: s.step - 3 * 3_600_000 } : s));
        const records = recordsOf([...ahead, ...behind] as Spec[], 'none');
        const parts = [ahead.length, ...cuts.filter((cut) => cut < records.length).sort((a, b) => a - b)];
        expect(check(records, parts, [1, 1, 1, 1, 1, 1, 1], {}, true)).toBe(parts.length);
      },
    ), { numRuns: 200 });
  });

  it('is never null for a trace in time order whose days are guessed right, across midnights too', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ ...specFields, step: fc.integer({ min: 0, max: 120_000 }), offsetMin: fc.constant(null) }), { minLength: 10, maxLength: 80 }),
      fc.constantFrom<Dates>('none', 'all'),
      fc.uniqueArray(fc.integer({ min: 1, max: 79 }), { minLength: 1, maxLength: 5 }),
      (specs, dates, cuts) => {
        const records = recordsOf(specs, dates);
        const parts = cuts.filter((cut) => cut < records.length).sort((a, b) => a - b);
        expect(check(records, parts, [1, 1, 1, 1, 1, 1], {})).toBe(parts.length + 1);
      },
    ), { numRuns: 200 });
  });
});
