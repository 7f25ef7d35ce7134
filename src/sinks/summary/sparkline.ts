/** Records over time as a line of block characters: the timeline squeezed into a few columns. */
import type { Timeline } from './types.js';

export const SPARK_LEVELS = '▁▂▃▄▅▆▇█';

export interface Sparklines {
  /** One character per column, ' ' for a column without records; both lines on the same scale. */
  readonly all: string;
  readonly diegetic: string;
  /** Columns with a negative status (narrated or self-reported). */
  readonly negative: readonly boolean[];
  /** The time one column covers. */
  readonly columnMs: number;
}

export interface Column {
  readonly records: number;
  readonly diegetic: number;
  readonly negative: number;
  /** Offset of the column's start from the timeline's start, in ms. */
  readonly offsetMs: number;
}

/** The timeline's bins grouped into at most `width` columns of equal width. */
export function columnsOf(timeline: Timeline, width: number): { columns: Column[]; columnMs: number } {
  const n = timeline.records.length;
  const per = Math.max(1, Math.ceil(n / Math.max(1, width)));
  const columns: Column[] = [];
  for (let start = 0; start < n; start += per) {
    const sum = (counts: readonly number[]): number => counts.slice(start, start + per).reduce((a, b) => a + b, 0);
    columns.push({
      records: sum(timeline.records),
      diegetic: sum(timeline.diegetic),
      negative: sum(timeline.negative),
      offsetMs: start * timeline.binMs,
    });
  }
  return { columns, columnMs: per * timeline.binMs };
}

/** Null when no record had a time. */
export function sparklines(timeline: Timeline, width: number): Sparklines | null {
  if (timeline.startMs === null) return null;
  const { columns, columnMs } = columnsOf(timeline, width);
  const max = Math.max(1, ...columns.map((c) => c.records));
  const glyph = (count: number): string =>
    count === 0 ? ' ' : SPARK_LEVELS[Math.min(7, Math.max(0, Math.ceil((count / max) * 8) - 1))];
  return {
    all: columns.map((c) => glyph(c.records)).join(''),
    diegetic: columns.map((c) => glyph(c.diegetic)).join(''),
    negative: columns.map((c) => c.negative > 0),
    columnMs,
  };
}
