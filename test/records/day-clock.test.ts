import fc from 'fast-check';
import { DayClock, MS_PER_DAY, nearest, shiftOnto } from '../../src/records/day-clock.js';

const at = (h: number, m = 0, s = 0): number => ((h * 60 + m) * 60 + s) * 1000;
const placeAll = (clock: DayClock, times: readonly number[]): number[] => times.map((t) => clock.place(t));

describe('DayClock', () => {
  it('places the first time as it is', () => {
    expect(new DayClock().place(at(23, 59, 58))).toBe(at(23, 59, 58));
  });

  it('passes midnight forward: 00:00:01 after 23:59:58 is 3 seconds later, on the next day', () => {
    expect(placeAll(new DayClock(), [at(23, 59, 58), at(0, 0, 1), at(0, 10)])).toEqual([at(23, 59, 58), MS_PER_DAY + at(0, 0, 1), MS_PER_DAY + at(0, 10)]);
  });

  it('keeps a line flushed late before midnight on the day before, and the next line after midnight', () => {
    expect(placeAll(new DayClock(), [at(0, 0, 1), at(23, 59, 59), at(0, 0, 2)])).toEqual([at(0, 0, 1), at(23, 59, 59) - MS_PER_DAY, at(0, 0, 2)]);
  });

  it('counts every midnight of a trace that runs for days', () => {
    const times = [at(8), at(16), at(0, 30), at(8), at(16), at(0, 30), at(1)];
    expect(placeAll(new DayClock(), times).map((t) => Math.floor(t / MS_PER_DAY))).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });

  it('goes back in time within half a day rather than forward by most of one', () => {
    expect(placeAll(new DayClock(), [at(10), at(9)])).toEqual([at(10), at(9)]);
  });

  it('starts from a seed: the time placed last before', () => {
    expect(new DayClock(MS_PER_DAY + at(23, 59)).place(at(0, 1))).toBe(2 * MS_PER_DAY + at(0, 1));
  });

  it('nearest moves a time by whole days to the one closest to the reference', () => {
    expect(nearest(at(1), at(22))).toBe(MS_PER_DAY + at(1));
    expect(nearest(at(22), at(1))).toBe(at(22) - MS_PER_DAY);
    expect(nearest(at(12), at(11))).toBe(at(12));
  });

  it('a run placed from day 0 and shifted by shiftOnto is the run placed after what came before', () => {
    const times = fc.array(fc.integer({ min: 0, max: MS_PER_DAY - 1 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(times, times, (before, part) => {
        const whole = placeAll(new DayClock(), [...before, ...part]).slice(before.length);
        const alone = placeAll(new DayClock(), part);
        const shift = shiftOnto(part[0] as number, placeAll(new DayClock(), before).at(-1) as number);
        expect(Number.isInteger(shift / MS_PER_DAY)).toBe(true);
        expect(alone.map((t) => t + shift)).toEqual(whole);
      }),
    );
  });
});
