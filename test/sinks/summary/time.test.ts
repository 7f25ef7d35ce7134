import {
  compareTimePoints,
  earlier,
  formatDuration,
  formatTimePoint,
  later,
  millisBetween,
} from '../../../src/sinks/summary/time.js';
import type { TimePoint } from '../../../src/sinks/summary/types.js';

const at = (time: string, timeMs: number, date: string | null = null, day: number | null = null, offsetMin: number | null = null): TimePoint => ({
  date,
  time,
  day,
  timeMs,
  offsetMin,
});

describe('formatDuration', () => {
  it.each([
    [0, '0.000s'],
    [250, '0.250s'],
    [59_999, '59.999s'],
    [123_456, '2m 03.456s'],
    [3_723_456, '1h 02m 03.456s'],
    [3_600_000, '1h 00m 00.000s'],
    [90_000_000 + 3_723_456, '1d 02h 02m 03.456s'],
    [-1500, '-1.500s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('time points', () => {
  const nine = at('09:00:00.000', 32_400_000);
  const ten = at('10:00:00.000', 36_000_000);
  const lateDay1 = at('23:59:59.000', 86_399_000, '2024-03-01', 19783);
  const earlyDay2 = at('00:00:01.000', 1000, '2024-03-02', 19784);

  it('prints the time as written, with its date when there is one', () => {
    expect(formatTimePoint(nine)).toBe('09:00:00.000');
    expect(formatTimePoint(earlyDay2)).toBe('2024-03-02 00:00:01.000');
  });

  it('writes an epoch time (a day but no date) out in UTC', () => {
    expect(formatTimePoint(at('1117838570', 81_770_000, null, 12937))).toBe('2005-06-03 22:42:50 UTC');
    expect(formatTimePoint(at('1117838570.25', 81_770_250, null, 12937))).toBe('2005-06-03 22:42:50.250 UTC');
  });

  it('orders by day first when both have one', () => {
    expect(millisBetween(lateDay1, earlyDay2)).toBe(2000);
    expect(earlier(earlyDay2, lateDay1)).toBe(lateDay1);
    expect(later(lateDay1, earlyDay2)).toBe(earlyDay2);
  });

  it('keeps the held time on a tie for earlier and takes the new one for later', () => {
    const sameAsNine = at('09:00:00.000', 32_400_000);
    expect(earlier(nine, sameAsNine)).toBe(nine);
    expect(later(nine, sameAsNine)).toBe(sameAsNine);
  });

  it('puts missing times last and treats null as no information', () => {
    expect([null, ten, nine].sort(compareTimePoints)).toEqual([nine, ten, null]);
    expect(earlier(null, ten)).toBe(ten);
    expect(later(ten, null)).toBe(ten);
  });
});

describe('time points with a zone offset', () => {
  const day = 19_813; // 2024-03-31, when Europe changes to summer time at 01:00 UTC
  const beforeChange = at('01:59:59.000', 7_199_000, '2024-03-31', day, 60);
  const afterChange = at('03:00:00.000', 10_800_000, '2024-03-31', day, 120);
  const utc = at('01:00:00.500', 3_600_500, '2024-03-31', day, 0);
  const unzoned = at('02:30:00.000', 9_000_000, '2024-03-31', day);

  it('measures two times with offsets between their instants: a change of summer time is no hour', () => {
    expect(millisBetween(beforeChange, afterChange)).toBe(1000);
    expect(millisBetween(afterChange, utc)).toBe(500);
    expect(later(beforeChange, afterChange)).toBe(afterChange);
    expect(earlier(afterChange, utc)).toBe(afterChange);
  });

  it('going back an hour in the autumn is going forward', () => {
    const summer = at('02:59:59.000', 10_799_000, '2024-10-27', 20_023, 120);
    const winter = at('02:00:00.000', 7_200_000, '2024-10-27', 20_023, 60);
    expect(millisBetween(summer, winter)).toBe(1000);
    expect([winter, summer].sort(compareTimePoints)).toEqual([summer, winter]);
  });

  it('compares a time without an offset with any other as written', () => {
    expect(millisBetween(beforeChange, unzoned)).toBe(9_000_000 - 7_199_000);
    expect(millisBetween(unzoned, afterChange)).toBe(10_800_000 - 9_000_000);
    expect(millisBetween(at('10:00:00.000', 36_000_000), at('10:00:01.000', 36_001_000))).toBe(1000);
  });

  it('shows the time as written, and its offset only when asked', () => {
    expect(formatTimePoint(afterChange)).toBe('2024-03-31 03:00:00.000');
    expect(formatTimePoint(afterChange, true)).toBe('2024-03-31 03:00:00.000 +02:00');
    expect(formatTimePoint(at('10:00:00', 36_000_000, '2024-05-01', 19_844, -330), true)).toBe('2024-05-01 10:00:00 -05:30');
    expect(formatTimePoint(utc, true)).toBe('2024-03-31 01:00:00.500 +00:00');
    expect(formatTimePoint(unzoned, true)).toBe('2024-03-31 02:30:00.000');
  });
});
