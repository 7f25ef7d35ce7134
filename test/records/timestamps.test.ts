import fc from 'fast-check';
import { dateToDay, epochDay, isYearless, parseInstant, readTime, referenceNow, timeToMs, yearBefore } from '../../src/records/timestamps.js';

describe('timeToMs', () => {
  it.each<[string, 'clock' | 'seconds' | 'epoch' | undefined, number | null]>([
    ['06:34:53.598', undefined, 23693598],
    ['06:34:53,598', undefined, 23693598],
    ['22:16:0:119', undefined, 80160119],
    ['203518', undefined, 74118000],
    ['021502.118', undefined, 8102118],
    ['10:25:33 PM', undefined, 80733000],
    ['12:00:01 AM', undefined, 1000],
    ['12:00:01 PM', undefined, 43201000],
    ['13:00:01 PM', undefined, null],
    ['12.34567890', 'seconds', 12345],
    ['0.00000000', 'seconds', 0],
    ['10:25:33', 'seconds', 37533000],
    ['12.5', undefined, null],
    ['15.42.50.675872', undefined, 56570675],
    ['15.42.50', undefined, 56570000],
    ['2005.06.03', undefined, null],
    ['1117838570', 'epoch', 81770000],
    ['1117838570.25', 'epoch', 81770250],
    ['86400', 'epoch', 0],
    ['10:25:33', 'epoch', 37533000],
    ['25:00:00', undefined, null],
    ['03:05', undefined, 11100000],
    ['23:59', undefined, 86340000],
    ['24:00', undefined, null],
    ['03:60', undefined, null],
  ])('%s (%s) -> %s', (text, layout, ms) => {
    expect(timeToMs(text, layout)).toBe(ms);
  });
});

describe('timeToMs reads common clock times without a regex, as the regexes read them', () => {
  it('on random clock-like texts', () => {
    const two = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.constantFrom(0, 12, 13, 23, 24, 59, 60, 61)).map((n) => String(n).padStart(2, '0'));
    const fraction = fc.oneof(fc.stringMatching(/^\d{0,10}$/), fc.stringMatching(/^9{7,10}$/));
    const clock = fc
      .tuple(fc.constantFrom('', '0', '1'), two, two, two, fc.constantFrom('', '.', ',', ':', ' ', 'x'), fraction, fc.constantFrom('', ' PM', 'am', 'x', ':'))
      .map(([lead, h, m, s, separator, digits, suffix]) => `${lead}${h}:${m}:${s}${separator}${digits}${suffix}`);
    const noise = fc.string({ unit: fc.constantFrom(...'0123456789:.,APMam x'), maxLength: 16 });
    fc.assert(
      fc.property(fc.oneof(clock, noise), fc.constantFrom('clock', 'seconds', 'epoch') as fc.Arbitrary<'clock' | 'seconds' | 'epoch'>, (time, layout) => {
        expect(timeToMs(time, layout)).toBe(readTime(time, layout));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('epochDay', () => {
  it('tells the UTC day of epoch seconds, and nothing of other texts', () => {
    expect(epochDay('1117838570')).toBe(Date.UTC(2005, 5, 3) / 86_400_000);
    expect(epochDay('86399.9')).toBe(0);
    expect(epochDay('86400')).toBe(1);
    expect(epochDay('10:25:33')).toBeNull();
  });
});

describe('dateToDay', () => {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  it.each([
    ['2024-03-01', day('2024-03-01')],
    ['2024/03/01', day('2024-03-01')],
    ['03/01/2024', day('2024-03-01')],
    ['17/06/09', day('2017-06-09')],
    ['081109', day('2008-11-09')],
    ['20171223', day('2017-12-23')],
    ['20.05.2024', day('2024-05-20')],
    ['3.6.2024', day('2024-06-03')],
    ['18/Jun/2024', day('2024-06-18')],
  ])('%s', (text, expected) => {
    expect(dateToDay(text)).toBe(expected);
  });

  it.each([
    ['03-17', day('2023-03-17')],
    ['0312', day('2023-03-12')],
    ['Jul  1', day('2023-07-01')],
    ['Dec 31', day('2023-12-31')],
    ['26 Nov', day('2023-11-26')],
    ['21-May', day('2023-05-21')],
  ])('%s, written without a year, is in the year given', (text, expected) => {
    expect(dateToDay(text, 2023)).toBe(expected);
    expect(dateToDay(text, () => 2023)).toBe(expected);
    expect(isYearless(text)).toBe(true);
  });

  it('tells dates written with a year', () => {
    expect(['2024-03-01', '03/01/2024', '081109', '20171223', '20.05.2024', '18/Jun/2024'].map(isYearless)).toEqual([false, false, false, false, false, false]);
  });

  it('guesses the year as syslog readers do: the latest that is not more than a month ahead', () => {
    const now = Date.UTC(2026, 0, 5, 12);
    // Read on January 5th: December 31st is last year's, January 1st and February 1st this year's, March 1st last year's.
    expect([yearBefore(now)(12, 31), yearBefore(now)(1, 1), yearBefore(now)(2, 1), yearBefore(now)(3, 1)]).toEqual([2025, 2026, 2026, 2025]);
    expect(dateToDay('Dec 31', yearBefore(now))).toBe(day('2025-12-31'));
  });

  it('reads "now" from SOURCE_DATE_EPOCH when it is set, for output that can be reproduced', () => {
    expect(referenceNow({ SOURCE_DATE_EPOCH: '1767225600' })).toBe(Date.UTC(2026, 0, 1));
    expect(Math.abs(referenceNow({}) - Date.now())).toBeLessThan(10_000);
  });

  it.each(['2024-13-01', '1311', '0832', '312', '2024', 'Foo 12', '32 Nov', 'Nov', '21-May-2024', '21--May', '32/Jun/2024', '18/June/2024', ''])('rejects %j', (text) => {
    expect(dateToDay(text)).toBeNull();
  });
});

describe('parseInstant with a zone', () => {
  const day = Date.UTC(2024, 4, 1) / 86_400_000;
  it.each<[string, { day: number | null; timeMs: number; offsetMin: number | null } | null]>([
    ['2024-05-01T08:00:00Z', { day, timeMs: 8 * 3_600_000, offsetMin: 0 }],
    ['2024-05-01 10:00:00 +02:00', { day, timeMs: 10 * 3_600_000, offsetMin: 120 }],
    ['2024-05-01 10:00+0200', { day, timeMs: 10 * 3_600_000, offsetMin: 120 }],
    ['2024-05-01 08:00 UTC', { day, timeMs: 8 * 3_600_000, offsetMin: 0 }],
    ['10:00-05:00', { day: null, timeMs: 10 * 3_600_000, offsetMin: -300 }],
    ['08:30:15.250Z', { day: null, timeMs: 30_615_250, offsetMin: 0 }],
    // Without a zone, as before: the date-time form with '-' is no zone.
    ['2024-05-01-10:00', { day, timeMs: 10 * 3_600_000, offsetMin: null }],
    ['06:30', { day: null, timeMs: 6.5 * 3_600_000, offsetMin: null }],
    // A zone that names no offset, or is not one, makes no time.
    ['10:00 CST', null],
    ['10:00+25:00', null],
    ['10:00 PM', null],
  ])('%s', (text, expected) => {
    expect(parseInstant(text)).toEqual(expected);
  });
});
