/** The timeline chart: records and diegetic records over time, columns with a negative status marked. */
import { columnsOf } from '../summary/sparkline.js';
import { MS_PER_DAY, dayMark, formatDuration } from '../summary/time.js';
import type { Timeline } from '../summary/types.js';
import { escapeHtml, num } from './escape.js';

const WIDTH = 960;
const HEIGHT = 220;
const PAD = { left: 48, right: 12, top: 22, bottom: 34 };
const COLUMNS = 120;

/** "2024-03-01 06:35:05.001" (dated) or "06:35:05.001" from the timeline's ms ("00:00:01.000 (+1 day)" past midnight). */
export function formatAbsolute(ms: number, dated: boolean): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const rest = ms - day * MS_PER_DAY;
  const time = new Date(rest).toISOString().slice(11, 23);
  return dated ? `${new Date(day * MS_PER_DAY).toISOString().slice(0, 10)} ${time}` : time + dayMark(ms);
}

/**
 * A label for the timeline's `ms`: as the trace wrote its times. Bins of times with a zone offset are instants
 * (summary/timeline.ts): the offset they share is added back; when they had several, the label is UTC's, and says so.
 */
function labelOf(timeline: Timeline, ms: number): string {
  if (timeline.zonedRecords === 0) return formatAbsolute(ms, timeline.dated);
  if (timeline.offsetMin === null) return `${formatAbsolute(ms, timeline.dated)} UTC`;
  return formatAbsolute(ms + timeline.offsetMin * 60_000, timeline.dated);
}

export function renderTimelineSvg(timeline: Timeline): string {
  if (timeline.startMs === null) return '<p class="empty">No record has a time.</p>';
  const start = timeline.startMs;
  const { columns, columnMs } = columnsOf(timeline, COLUMNS);
  const max = Math.max(1, ...columns.map((c) => c.records));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const barW = plotW / columns.length;
  const y = (count: number): number => PAD.top + plotH - (count / max) * plotH;
  const parts: string[] = [];
  columns.forEach((c, i) => {
    const x = PAD.left + i * barW;
    const when = `${labelOf(timeline, start + c.offsetMs)} (+${formatDuration(columnMs)})`;
    const title = `<title>${escapeHtml(`${when}: ${c.records} records, ${c.diegetic} diegetic, ${c.negative} negative`)}</title>`;
    if (c.records > 0) parts.push(bar('all', x, barW, y(c.records), title));
    if (c.diegetic > 0) parts.push(bar('diegetic', x, barW, y(c.diegetic), title));
    if (c.negative > 0) {
      const cx = x + barW / 2;
      parts.push(`<path class="negative" d="M${num(cx - 5)} ${PAD.top - 12}h10l-5 9z">${title}</path>`);
    }
  });
  const end = start + columns.length * columnMs;
  const axis = [
    `<line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${WIDTH - PAD.right}" y2="${PAD.top + plotH}"/>`,
    `<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}"/>`,
    `<text class="label" x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${max}</text>`,
    `<text class="label" x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end">0</text>`,
    ...[0, 0.25, 0.5, 0.75, 1].map((f) => {
      const anchor = f === 0 ? 'start' : f === 1 ? 'end' : 'middle';
      const label = labelOf(timeline, Math.round(start + f * (end - start)));
      return `<text class="label" x="${num(PAD.left + f * plotW)}" y="${HEIGHT - 12}" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
    }),
  ];
  return [
    `<svg id="timeline" class="chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>Records over time, ${escapeHtml(formatDuration(columnMs))} per bar</title>`,
    ...axis,
    ...parts,
    '</svg>',
  ].join('\n');
}

function bar(kind: string, x: number, width: number, top: number, title: string): string {
  const height = HEIGHT - PAD.bottom - top;
  return `<rect class="${kind}" x="${num(x)}" y="${num(top)}" width="${num(Math.max(1, width - 1))}" height="${num(Math.max(1, height))}">${title}</rect>`;
}
