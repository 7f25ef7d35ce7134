/**
 * Records over time in a bounded number of bins. Bins are `binMs` wide, `binMs` a power of two, aligned to its
 * multiples; when the range outgrows the bins, `binMs` doubles and neighbours merge. The final `binMs` is the smallest
 * that fits the whole range, whatever the reading order, so timelines merge exactly.
 *
 * Times with a day and times without one are binned apart: counted from 1970 and from midnight, they share no scale.
 * The timeline is the dated one as soon as a record has a day; the undated bins only stand for a trace that never has
 * one. (The summary gives an undated time the day of the dated record before it in its input, see
 * SummaryBuilder.placed, so only undated records before any date are left out of a dated timeline.)
 *
 * A time with a zone offset is binned at its instant, so that the timeline agrees with the time range and the gaps
 * (time.ts): two files in different zones overlap where their records happened together, and a change of summer time
 * leaves no empty hour. The timeline counts the records binned at their instants and says which offset they were
 * written in, when they share one, so that its labels can show times as written and the report can tell a run in
 * several zones. A run that mixes times with and without offsets bins each as it is (they share no scale; there is no
 * right answer for them), and the report says so.
 */
import { MS_PER_DAY } from './time.js';
import type { TimePoint, Timeline } from './types.js';

/** Milliseconds since 1970-01-01 when the time has a date, since midnight otherwise; to the instant when it has an offset. */
export function absoluteMs(point: TimePoint): number {
  const written = (point.day ?? 0) * MS_PER_DAY + point.timeMs;
  return point.offsetMin === null ? written : written - point.offsetMin * 60_000;
}

/** The offsets of the times binned: none yet, the one they all share, or several. */
const SEVERAL = 'several';
type Offsets = null | number | typeof SEVERAL;

function withOffset(offsets: Offsets, offsetMin: number): Offsets {
  return offsets === null || offsets === offsetMin ? offsetMin : SEVERAL;
}

/** The timeline of records with a day, and the one of records without. */
export class TimelineBins {
  private readonly dated: Bins;
  private readonly undated: Bins;
  /** Whether a record had a day (the bins may hold none of them: a timeline of no bins). */
  private hasDays = false;
  /** How many records had a zone offset (binned at their instants), and which offsets. */
  private zonedRecords = 0;
  private offsets: Offsets = null;

  constructor(maxBins: number) {
    this.dated = new Bins(maxBins);
    this.undated = new Bins(maxBins);
  }

  /** One record at `point`: whether it is diegetic, whether it told of an error. */
  add(point: TimePoint, diegetic: boolean, negative: boolean): void {
    if (point.day !== null) this.hasDays = true;
    if (point.offsetMin !== null) {
      this.zonedRecords += 1;
      this.offsets = withOffset(this.offsets, point.offsetMin);
    }
    (point.day === null ? this.undated : this.dated).addAt(absoluteMs(point), 1, diegetic ? 1 : 0, negative ? 1 : 0);
  }

  absorb(timeline: Timeline): void {
    this.hasDays ||= timeline.dated;
    if (timeline.zonedRecords > 0) {
      this.zonedRecords += timeline.zonedRecords;
      this.offsets = timeline.offsetMin === null ? SEVERAL : withOffset(this.offsets, timeline.offsetMin);
    }
    (timeline.dated ? this.dated : this.undated).absorb(timeline);
  }

  result(): Timeline {
    const zones = { zonedRecords: this.zonedRecords, offsetMin: typeof this.offsets === 'number' ? this.offsets : null };
    return this.hasDays ? this.dated.result(true, zones) : this.undated.result(false, zones);
  }
}

/** Bins on one scale. */
class Bins {
  private binMs = 1;
  /** Key (start / binMs) of bins[0]. */
  private start = 0;
  private bins: [number, number, number][] = [];

  constructor(private readonly maxBins: number) {}

  absorb(timeline: Timeline): void {
    if (timeline.startMs === null) return;
    while (this.binMs < timeline.binMs) this.coarsen();
    timeline.records.forEach((records, i) => {
      if (records === 0) return;
      this.addAt((timeline.startMs as number) + i * timeline.binMs, records, timeline.diegetic[i], timeline.negative[i]);
    });
  }

  result(dated: boolean, zones: Pick<Timeline, 'zonedRecords' | 'offsetMin'>): Timeline {
    const empty = this.bins.length === 0;
    return {
      binMs: this.binMs,
      startMs: empty ? null : this.start * this.binMs,
      dated,
      zonedRecords: zones.zonedRecords,
      offsetMin: zones.offsetMin,
      records: this.bins.map((b) => b[0]),
      diegetic: this.bins.map((b) => b[1]),
      negative: this.bins.map((b) => b[2]),
    };
  }

  addAt(ms: number, records: number, diegetic: number, negative: number): void {
    if (this.maxBins === 0) return;
    let key = Math.floor(ms / this.binMs);
    if (this.bins.length === 0) this.start = key;
    while (Math.max(key, this.start + this.bins.length - 1) - Math.min(key, this.start) + 1 > this.maxBins) {
      this.coarsen();
      key = Math.floor(ms / this.binMs);
    }
    if (this.bins.length === 0) {
      this.start = key;
      this.bins.push([0, 0, 0]);
    }
    while (key < this.start) {
      this.bins.unshift([0, 0, 0]);
      this.start -= 1;
    }
    while (key >= this.start + this.bins.length) this.bins.push([0, 0, 0]);
    const bin = this.bins[key - this.start];
    bin[0] += records;
    bin[1] += diegetic;
    bin[2] += negative;
  }

  /** Doubles the bin width, merging neighbours. */
  private coarsen(): void {
    const start = Math.floor(this.start / 2);
    const merged: [number, number, number][] = [];
    this.bins.forEach((bin, i) => {
      const at = Math.floor((this.start + i) / 2) - start;
      merged[at] ??= [0, 0, 0];
      for (let k = 0; k < 3; k++) merged[at][k] += bin[k];
    });
    this.binMs *= 2;
    this.start = start;
    this.bins = merged;
  }
}
