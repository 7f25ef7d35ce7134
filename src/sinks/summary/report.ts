/**
 * What the text and markdown renderers both show, as plain cells: one model, two renderings.
 * Cell text is made safe here (control characters replaced), so no renderer prints raw trace bytes.
 */
import { formatDuration, formatTimePoint } from './time.js';
import type {
  NarratorRow,
  ProcessRow,
  ReportRow,
  StatusRow,
  Summary,
  Table,
  ThreadRow,
  TimePoint,
} from './types.js';

/** How a cell is coloured by the text renderer; the markdown renderer ignores it. */
export type CellRole = 'plain' | 'narrator' | 'subject' | 'status' | 'negative';

export interface Cell {
  readonly text: string;
  readonly role: CellRole;
}

export interface Column {
  readonly title: string;
  readonly align: 'left' | 'right';
}

export interface Section {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Rows of the table not shown. */
  readonly more: number;
  /** Shown instead of the table when it has no rows. */
  readonly empty: string;
  /** Said when the table overflowed its key limit. */
  readonly overflow: string | null;
}

export interface Report {
  readonly title: string;
  /** Label and value lines of the overview. */
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly Section[];
}

const NONE = '(none)';

export function buildReport(summary: Summary, maxRows: number): Report {
  return { title: 'Trace summary', facts: factsOf(summary), sections: sectionsOf(summary, maxRows) };
}

/** Replace control characters (escape sequences, newlines) that would corrupt a terminal or a table. */
export function safeText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function cell(text: string | number | null, role: CellRole = 'plain'): Cell {
  return { text: text === null ? NONE : safeText(String(text)), role };
}

function timeCell(point: TimePoint | null): Cell {
  return cell(point === null ? '-' : formatTimePoint(point));
}

/** "2000+" when a table overflowed: its row count is then only a lower bound. */
function countOf(table: Table<unknown>): string {
  return `${table.rows.length}${table.overflow > 0 ? '+' : ''}`;
}

function withMissing(count: string, missing: number, what: string): string {
  return missing > 0 ? `${count} (${missing} records without ${what})` : count;
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
    const range = `${formatTimePoint(time.first)} to ${formatTimePoint(time.last)}`;
    facts.push(['Time', safeText(`${range} (${formatDuration(time.durationMs)}${untimed})`)]);
  } else {
    facts.push(['Time', 'no record has a time']);
  }
  facts.push(['Processes', withMissing(countOf(s.processes), s.processes.missing, 'PID')]);
  facts.push(['Threads', withMissing(countOf(s.threads), s.threads.missing, 'TID')]);
  facts.push(['Narrators', withMissing(countOf(s.narrators), s.narrators.missing, 'narrator')]);
  facts.push(['Diegetic', `${s.diegetic.records} of ${lines.records} records (${formatPercent(s.diegetic.share)})`]);
  if (s.unparsedSamples.length > 0) {
    const refs = s.unparsedSamples.map((ref) => safeText(`${ref.file}:${ref.line}`));
    facts.push(['Unparsed at', refs.join(', ') + (lines.unparsed > refs.length ? ', ...' : '')]);
  }
  return facts;
}

interface SectionSpec<Row> {
  readonly title: string;
  readonly columns: readonly (readonly [string, Column['align']])[];
  readonly cells: (row: Row) => Cell[];
  /** What the table's overflow counts. */
  readonly unit: 'record' | 'report';
  readonly empty?: string;
}

function section<Row>(spec: SectionSpec<Row>, table: Table<Row>, maxRows: number, maxKeys: number): Section {
  const shown = table.rows.slice(0, maxRows);
  const overflow = `${table.overflow} more ${spec.unit}${table.overflow === 1 ? '' : 's'}`;
  return {
    title: spec.title,
    columns: spec.columns.map(([title, align]) => ({ title, align })),
    rows: shown.map(spec.cells),
    more: table.rows.length - shown.length,
    empty: spec.empty ?? NONE,
    overflow: table.overflow > 0 ? `not listed: ${overflow} beyond the limit of ${maxKeys} rows` : null,
  };
}

function narratorList(row: StatusRow): Cell {
  const names = row.narrators.map((name) => name ?? NONE).join(', ');
  return cell(row.narratorsTruncated ? `${names}, ...` : names, 'narrator');
}

function sectionsOf(s: Summary, maxRows: number): Section[] {
  const statusColumns = [
    ['Subject', 'left'],
    ['Status', 'left'],
    ['Count', 'right'],
    ['First', 'left'],
    ['Last', 'left'],
  ] as const;
  const statusCells = (r: StatusRow): Cell[] => [
    cell(r.subject, 'subject'),
    cell(r.status, r.negative ? 'negative' : 'status'),
    cell(r.count),
    timeCell(r.first),
    timeCell(r.last),
  ];
  const failures: SectionSpec<StatusRow> = {
    title: 'What failed',
    columns: [...statusColumns, ['Reported by', 'left']],
    cells: (r) => [...statusCells(r), narratorList(r)],
    unit: 'report',
    empty: 'No negative status was reported.',
  };
  const reports: SectionSpec<ReportRow> = {
    title: 'Who reported on whom',
    columns: [['Narrator', 'left'], ['Subject', 'left'], ['Reports', 'right'], ['Negative', 'right']],
    cells: (r) => [
      cell(r.narrator, 'narrator'),
      cell(r.subject, 'subject'),
      cell(r.count),
      cell(r.negative, r.negative > 0 ? 'negative' : 'plain'),
    ],
    unit: 'report',
  };
  const statuses: SectionSpec<StatusRow> = {
    title: 'Statuses by subject',
    columns: statusColumns,
    cells: statusCells,
    unit: 'report',
  };
  const narrators: SectionSpec<NarratorRow> = {
    title: 'Narrators',
    columns: [['Narrator', 'left'], ['Records', 'right'], ['Diegetic', 'right']],
    cells: (r) => [cell(r.name, 'narrator'), cell(r.records), cell(r.diegetic)],
    unit: 'record',
  };
  const processes: SectionSpec<ProcessRow> = {
    title: 'Busiest processes',
    columns: [['PID', 'right'], ['Records', 'right']],
    cells: (r) => [cell(r.pid), cell(r.records)],
    unit: 'record',
  };
  const threads: SectionSpec<ThreadRow> = {
    title: 'Busiest threads',
    columns: [['PID', 'right'], ['TID', 'right'], ['Records', 'right']],
    cells: (r) => [cell(r.pid ?? '-'), cell(r.tid), cell(r.records)],
    unit: 'record',
  };
  const { maxKeys } = s.limits;
  return [
    section(failures, s.failures, maxRows, maxKeys),
    section(reports, s.reports, maxRows, maxKeys),
    section(statuses, s.statuses, maxRows, maxKeys),
    section(narrators, s.narrators, maxRows, maxKeys),
    section(processes, s.processes, maxRows, maxKeys),
    section(threads, s.threads, maxRows, maxKeys),
  ];
}
