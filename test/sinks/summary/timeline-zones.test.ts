/** The timeline bins a time with a zone offset at its instant, and tells which offsets it saw (summary/timeline.ts). */
import { TimelineBins } from '../../../src/sinks/summary/timeline.js';
import type { TimePoint } from '../../../src/sinks/summary/types.js';

const day = 19_844; // 2024-05-01
const point = (h: number, m: number, s: number, offsetMin: number | null): TimePoint =>
  ({ date: '2024-05-01', time: `${h}:${m}:${s}`, day, timeMs: ((h * 60 + m) * 60 + s) * 1000, offsetMin });

describe('TimelineBins with zones', () => {
  it('bins two zones at their instants: records written two hours apart that happened together share the bins', () => {
    const bins = new TimelineBins(120);
    [point(10, 0, 0, 120), point(10, 0, 4, 120), point(8, 0, 1, 0), point(8, 0, 3, 0)].forEach((p) => bins.add(p, false, false));
    const timeline = bins.result();
    expect(timeline.startMs).toBe(day * 86_400_000 + 8 * 3_600_000);
    expect(timeline.binMs * timeline.records.length).toBeLessThan(10_000);
    expect(timeline.records.reduce((a, b) => a + b, 0)).toBe(4);
    expect([timeline.zonedRecords, timeline.offsetMin]).toEqual([4, null]);
  });

  it('tells the one offset its records share, so that labels can add it back', () => {
    const bins = new TimelineBins(120);
    [point(10, 0, 0, 120), point(10, 0, 1, 120)].forEach((p) => bins.add(p, false, false));
    expect(bins.result()).toMatchObject({ zonedRecords: 2, offsetMin: 120, startMs: day * 86_400_000 + 8 * 3_600_000 });
  });

  it('bins times without a zone as written, as it always has', () => {
    const bins = new TimelineBins(120);
    [point(10, 0, 0, null), point(10, 0, 1, null)].forEach((p) => bins.add(p, false, false));
    expect(bins.result()).toMatchObject({ zonedRecords: 0, offsetMin: null, startMs: day * 86_400_000 + 10 * 3_600_000 });
  });

  it('merges zones as one stream would: counts add, one offset stays one, two make several', () => {
    const part = (points: TimePoint[]): TimelineBins => {
      const bins = new TimelineBins(120);
      points.forEach((p) => bins.add(p, false, false));
      return bins;
    };
    const merged = part([point(10, 0, 0, 120)]);
    merged.absorb(part([point(10, 0, 1, 120), point(10, 0, 2, null)]).result());
    expect(merged.result()).toMatchObject({ zonedRecords: 2, offsetMin: 120 });
    merged.absorb(part([point(8, 0, 3, 0)]).result());
    expect(merged.result()).toMatchObject({ zonedRecords: 3, offsetMin: null });
    merged.absorb(part([point(10, 0, 4, 120)]).result());
    expect(merged.result()).toMatchObject({ zonedRecords: 4, offsetMin: null });
  });
});
