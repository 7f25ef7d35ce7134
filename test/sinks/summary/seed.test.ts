import { NO_TIMES, TimeNotes, foldTimes } from '../../../src/sinks/summary/seed.js';
import type { TraceRecord } from '../../../src/records/types.js';

const record = (pid: number, tid: number | null, time: string | null): TraceRecord => ({
  file: 't', line: 1, format: 'native', pid, tid, date: null, time, timeMs: time === null ? null : Number(time.slice(-3)), day: null, offsetMin: null,
  narrator: null, message: '', messageAt: 0, bodyStart: 0, fields: {}, lines: [],
});

describe('TimeNotes', () => {
  it('keeps the latest time of the run and of each thread, in order of appearance, untimed threads too', () => {
    const notes = new TimeNotes();
    for (const r of [record(1, 7, '00:00:00.005'), record(1, 8, null), record(1, 7, '00:00:00.003'), record(2, 7, '00:00:00.009')]) notes.note(r);
    const seed = notes.result();
    expect(seed.last?.timeMs).toBe(9);
    expect(seed.threads.map((t) => [t.pid, t.thread, t.last?.timeMs ?? null])).toEqual([[1, 7, 5], [1, 8, null], [2, 7, 9]]);
  });
});

describe('foldTimes', () => {
  const part = (...records: TraceRecord[]) => {
    const notes = new TimeNotes();
    records.forEach((r) => notes.note(r));
    return notes.result();
  };

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
