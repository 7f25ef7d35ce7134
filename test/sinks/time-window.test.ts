import type { TraceRecord } from '../../src/records/types.js';
import type { Instant } from '../../src/sinks/filter-criteria.js';
import { TimeWindow } from '../../src/sinks/time-window.js';
import { record } from './factory.js';

const ms = (h: number, m = 0, s = 0): number => ((h * 60 + m) * 60 + s) * 1000;
const time = (h: number, m = 0, s = 0): Instant => ({ day: null, timeMs: ms(h, m, s), offsetMin: null });
/** A record at a time of day, and on a day when one is given (days since 1970). */
const at = (clock: string, day: number | null = null): TraceRecord => {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
  return record('Mon: x', { time: clock, timeMs: ms(h, m, s), day, date: day === null ? null : 'dated' });
};
/** The clock times of `records` the window lets through, each record seen in order. */
const between = (window: TimeWindow, records: readonly TraceRecord[]): (string | null)[] =>
  records.filter((r) => window.holds(r)).map((r) => r.time);

/** A night without dates: 22:00 to 02:00. */
const night = ['22:00:00', '23:30:00', '23:59:59', '00:00:01', '00:30:00', '01:00:00', '02:00:00'].map((c) => at(c));

describe('TimeWindow', () => {
  it('compares times of the same day as written', () => {
    expect(between(new TimeWindow(time(23), undefined), night.slice(0, 3))).toEqual(['23:30:00', '23:59:59']);
    expect(between(new TimeWindow(undefined, time(23, 30)), night.slice(0, 3))).toEqual(['22:00:00', '23:30:00']);
  });

  it('follows an undated trace across midnight: --since before midnight keeps what comes after it', () => {
    expect(between(new TimeWindow(time(23, 59), undefined), night)).toEqual(['23:59:59', '00:00:01', '00:30:00', '01:00:00', '02:00:00']);
  });

  it('puts a time-only bound on the day nearest the first record: --since 01:00 on a trace from 22:00 is after midnight', () => {
    expect(between(new TimeWindow(time(1), undefined), night)).toEqual(['01:00:00', '02:00:00']);
    expect(between(new TimeWindow(undefined, time(0, 10)), night)).toEqual(['22:00:00', '23:30:00', '23:59:59', '00:00:01']);
  });

  it('reads --until as the first time the clock strikes it after --since: 23:30 to 00:30 is the hour around midnight', () => {
    expect(between(new TimeWindow(time(23, 30), time(0, 30)), night)).toEqual(['23:30:00', '23:59:59', '00:00:01', '00:30:00']);
  });

  it('lets nothing through when the window lies before the trace', () => {
    const morning = ['09:00:00', '09:30:00'].map((c) => at(c));
    expect(between(new TimeWindow(time(8), time(8, 30)), morning)).toEqual([]);
  });

  it('compares dated bounds with dated records, across days', () => {
    const day = 19_783;
    const records = [at('23:00:00', day), at('01:00:00', day + 1), at('23:00:00', day + 1)];
    expect(between(new TimeWindow({ day, timeMs: ms(23, 30), offsetMin: null }, { day: day + 1, timeMs: ms(12), offsetMin: null }), records)).toEqual(['01:00:00']);
  });

  it('places a time-only bound on the first day of a dated trace, not on every day', () => {
    const day = 19_783;
    const records = [at('09:00:00', day), at('11:00:00', day), at('09:00:00', day + 1), at('11:00:00', day + 1)];
    expect(between(new TimeWindow(time(10), time(12)), records)).toEqual(['11:00:00']);
  });

  it('reads a dated bound by month and day for records whose date has no year ("Mar  1"), whatever year they were guessed in', () => {
    const guessed = Date.UTC(2026, 2, 1) / 86_400_000;
    const syslog = (clock: string, day: number): TraceRecord => ({ ...at(clock, day), date: 'Mar  1' });
    const records = [syslog('06:00:00', guessed), syslog('07:00:00', guessed), syslog('08:00:00', guessed)];
    const on2024 = Date.UTC(2024, 2, 1) / 86_400_000;
    expect(between(new TimeWindow({ day: on2024, timeMs: ms(6, 30), offsetMin: null }, { day: on2024, timeMs: ms(7, 30), offsetMin: null }), records)).toEqual(['07:00:00']);
  });

  describe('with zones', () => {
    const day = 19_844; // 2024-05-01
    /** A record written at a time of day on May 1, in a zone (minutes east of UTC) or none. */
    const zoned = (clock: string, offsetMin: number | null): TraceRecord => ({ ...at(clock, day), offsetMin });
    const bound = (h: number, m: number, offsetMin: number | null, onDay: number | null = day): Instant =>
      ({ day: onDay, timeMs: ms(h, m), offsetMin });
    /** An application at +02:00 and a proxy in UTC, read one after the other, as `filter a b` reads them. */
    const records = [zoned('10:00:00', 120), zoned('10:00:59', 120), zoned('10:01:30', 120), zoned('08:00:30', 0), zoned('08:01:10', 0)];

    it('compares a bound with a zone with records with one by instant', () => {
      expect(between(new TimeWindow(bound(8, 0, 0), bound(8, 1, 0)), records)).toEqual(['10:00:00', '10:00:59', '08:00:30']);
      expect(between(new TimeWindow(bound(10, 1, 120), undefined), records)).toEqual(['10:01:30', '08:01:10']);
    });

    it('places a time-only bound with a zone on the day nearest the first record, by instant', () => {
      expect(between(new TimeWindow(bound(8, 1, 0, null), undefined), records)).toEqual(['10:01:30', '08:01:10']);
      // 03:00 at -05:00 is 08:00 UTC: the same day, not the next.
      expect(between(new TimeWindow(bound(3, 0, -300, null), bound(3, 1, -300, null)), records)).toEqual(['10:00:00', '10:00:59', '08:00:30']);
    });

    it('keeps comparing as written a bound without a zone, and a record without an offset', () => {
      expect(between(new TimeWindow(bound(10, 0, null), undefined), records)).toEqual(['10:00:00', '10:00:59', '10:01:30']);
      const plain = [zoned('08:00:30', null), zoned('10:00:30', null)];
      expect(between(new TimeWindow(bound(10, 0, 120), undefined), plain)).toEqual(['10:00:30']);
    });

    it('takes --until after --since on the instants when both have a zone', () => {
      // From 23:30 UTC to 00:30 at +02:00 is the next day's 22:30 UTC, not an hour later.
      const late = [{ ...at('23:45:00', day), offsetMin: 0 }, { ...at('22:00:00', day + 1), offsetMin: 0 }, { ...at('22:45:00', day + 1), offsetMin: 0 }];
      expect(between(new TimeWindow(bound(23, 30, 0, null), bound(0, 30, 120, null)), late)).toEqual(['23:45:00', '22:00:00']);
    });
  });

  it('never lets a record without time through', () => {
    expect(new TimeWindow(time(0), undefined).holds(record('Mon: x', { time: null, timeMs: null }))).toBe(false);
  });
});
