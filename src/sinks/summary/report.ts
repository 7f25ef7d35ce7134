/**
 * What the text and markdown renderers both show, as plain cells: one model, two renderings.
 * Cell text is made safe here (control characters replaced), so no renderer prints raw trace bytes.
 */
import { NONE, formatPercent, safeText, type Section } from './cells.js';
import { namesThreads, sectionsOf } from './sections.js';
import { sparklines, type Sparklines } from './sparkline.js';
import { formatDuration, formatOffset, formatTimePoint } from './time.js';
import type { GapTable, Summary, Table } from './types.js';

export { safeText, type Cell, type CellRole, type Column, type Section } from './cells.js';

export interface Report {
  readonly title: string;
  /** Label and value lines of the overview. */
  readonly facts: readonly (readonly [string, string])[];
  /** Records over time, or null when no record had a time. */
  readonly activity: Sparklines | null;
  readonly sections: readonly Section[];
}

/** Columns per sparkline: two of them fit one terminal line with their labels. */
const SPARK_WIDTH = 24;
/** Silent components named in the overview; the table lists them all. */
const MAX_SILENT_NAMED = 5;

export function buildReport(summary: Summary, maxRows: number): Report {
  return {
    title: 'Trace summary',
    facts: factsOf(summary),
    activity: sparklines(summary.timeline, SPARK_WIDTH),
    sections: sectionsOf(summary, maxRows),
  };
}

/** "2000+" when a table overflowed: its row count is then only a lower bound. */
function countOf(table: Table<unknown>): string {
  return `${table.rows.length}${table.overflow > 0 ? '+' : ''}`;
}

function withMissing(count: string, missing: number, what: string): string {
  return missing > 0 ? `${count} (${missing} records without ${what})` : count;
}

/**
 * What the reader must know of the zones the times were written in, or null when nothing: when they carry several
 * offsets (two files in different zones, a change of summer time), or when some carry one and others none. One
 * offset on every time, or none on any, needs no word: times then compare as they read.
 */
function zonesOf(s: Summary): string | null {
  const { zonedRecords, offsetMin } = s.timeline;
  const timed = s.lines.records - s.time.untimedRecords;
  if (zonedRecords === 0 || (offsetMin !== null && zonedRecords === timed)) return null;
  const offsets = offsetMin === null ? 'several offsets' : `one offset, ${formatOffset(offsetMin)}`;
  const without = timed - zonedRecords;
  const rest = without === 0 ? '' : `; ${without} of ${timed} records with a time have no zone and compare as written`;
  return `${offsets}: times are shown as written, ordered and measured as instants${rest}`;
}

function factsOf(s: Summary): [string, string][] {
  const { lines, time } = s;
  const inputs = s.inputs.map((i) => safeText(`${i.file} (${i.format ?? 'unknown format'}, ${i.lines} lines)`));
  const facts: [string, string][] = [
    [inputs.length === 1 ? 'Input' : 'Inputs', inputs.length === 0 ? NONE : inputs.join(', ')],
    [
      'Lines',
      `${lines.read} read: ${lines.records} records, ${lines.continuation} continuation, ` +
        `${lines.unparsed} unparsed, ${lines.header} header`,
    ],
  ];
  if (time.first !== null && time.last !== null && time.durationMs !== null) {
    const untimed = time.untimedRecords > 0 ? `, ${time.untimedRecords} records without time` : '';
    const zones = zonesOf(s);
    // Times written in several zones read out of step: the ends' offsets say why the duration is what it is.
    const range = `${formatTimePoint(time.first, zones !== null)} to ${formatTimePoint(time.last, zones !== null)}`;
    facts.push(['Time', safeText(`${range} (${formatDuration(time.durationMs)}${untimed})`)]);
    if (zones !== null) facts.push(['Zones', zones]);
  } else {
    facts.push(['Time', 'no record has a time']);
  }
  facts.push(['Processes', withMissing(countOf(s.processes), s.processes.missing, 'PID')]);
  // Records on no thread: they lack a TID, and where the trace names its threads, a name too.
  facts.push(['Threads', withMissing(countOf(s.threads), s.threads.missing, namesThreads(s) ? 'thread' : 'TID')]);
  facts.push(['Narrators', withMissing(countOf(s.narrators), s.narrators.missing, 'narrator')]);
  facts.push(['Diegetic', `${s.diegetic.records} of ${lines.records} records (${formatPercent(s.diegetic.share)})`]);
  const silent = s.silent.slice(0, MAX_SILENT_NAMED).map((row) => row.subject);
  const moreSilent = s.silent.length > MAX_SILENT_NAMED ? ` and ${s.silent.length - MAX_SILENT_NAMED} more` : '';
  facts.push(['Silent', silent.length === 0 ? NONE : safeText(silent.join(', ') + moreSilent)]);
  facts.push(['Errors', `${s.errors.selfReported} self-reported, ${s.errors.narrated} narrated by others`]);
  const { trace, threads } = s.gaps;
  const gapCount = (t: GapTable): string => `${t.rows.length}${t.truncated ? '+' : ''}`;
  const how = trace.thresholdSource === 'option' ? 'set by --gap' : 'thresholds derived from the trace';
  facts.push(['Gaps', `${gapCount(trace)} in the whole trace (>= ${formatDuration(trace.thresholdMs)}), ` +
    `${gapCount(threads)} within threads (>= ${formatDuration(threads.thresholdMs)}); ${how}`]);
  if (s.unparsedSamples.length > 0) {
    const refs = s.unparsedSamples.map((ref) => safeText(`${ref.file}:${ref.line}`));
    facts.push(['Unparsed at', refs.join(', ') + (lines.unparsed > refs.length ? ', ...' : '')]);
  }
  return facts;
}
