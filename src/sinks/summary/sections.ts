/** The report's tables: which rows of the summary each shows, in which columns. */
import { NONE, cell, clip, countCell, narratorList, thresholdText, timeCell, type Cell, type Column, type Section } from './cells.js';
import { formatDuration } from './time.js';
import {
  PERIODIC_MIN_COUNT,
  type ErrorRow,
  type Gap,
  type NarratorRow,
  type PeriodicRow,
  type ProcessRow,
  type ReportRow,
  type SilentRow,
  type StatusRow,
  type Summary,
  type Table,
  type TemplateRow,
  type ThreadRow,
} from './types.js';

interface SectionSpec<Row> {
  readonly title: string;
  readonly columns: readonly (readonly [string, Column['align']])[];
  readonly cells: (row: Row) => Cell[];
  /** What the table's overflow counts. */
  readonly unit: 'record' | 'report';
  /**
   * Which rows a full table keeps (see capped-table.ts): its first keys, its heaviest (counts may then be estimates),
   * or rows derived from such a table (estimates when a row's overcount says so).
   */
  readonly kept: 'first' | 'heaviest' | 'derived';
  readonly empty?: string;
}

function section<Row>(spec: SectionSpec<Row>, table: Table<Row>, maxRows: number, maxKeys: number, notes: string[] = []): Section {
  const shown = table.rows.slice(0, maxRows);
  return {
    title: spec.title,
    columns: spec.columns.map(([title, align]) => ({ title, align })),
    rows: shown.map(spec.cells),
    more: table.rows.length - shown.length,
    empty: spec.empty ?? NONE,
    notes: [...notes, ...overflowNotes(spec, table, maxKeys)],
  };
}

/** What a full table left out, and whether its counts are estimates. */
function overflowNotes<Row>(spec: SectionSpec<Row>, table: Table<Row>, maxKeys: number): string[] {
  const units = `${spec.unit}${table.overflow === 1 ? '' : 's'}`;
  const range = 'a count shown as 100-101 is at least 100 and at most 101';
  switch (spec.kept) {
    case 'first':
      return table.overflow > 0 ? [`not listed: ${table.overflow} more ${units} beyond the limit of ${maxKeys} rows`] : [];
    case 'heaviest':
      return table.overflow > 0
        ? [`counts are estimates: only the ${maxKeys} heaviest rows are kept, and up to ${table.overflow} ${units} may be of rows not listed; ${range}`]
        : [];
    case 'derived':
      return table.rows.some(estimated) ? [`counts are estimates: ${range}`] : [];
  }
}

/** A row whose count may include records of other keys (see HeaviestTable in capped-table.ts). */
function estimated(row: unknown): boolean {
  return typeof row === 'object' && row !== null && 'overcount' in row && typeof row.overcount === 'number' && row.overcount > 0;
}

const statusColumns = [['Subject', 'left'], ['Status', 'left'], ['Count', 'right'], ['First', 'left'], ['Last', 'left']] as const;
const statusCells = (r: StatusRow): Cell[] => [
  cell(r.subject, 'subject'),
  cell(r.status, r.negative ? 'negative' : 'status'),
  countCell(r.count, r.overcount),
  timeCell(r.first),
  timeCell(r.last),
];

const failures: SectionSpec<StatusRow> = {
  title: 'What failed',
  columns: [...statusColumns, ['Reported by', 'left']],
  cells: (r) => [...statusCells(r), narratorList(r)],
  unit: 'report',
  kept: 'heaviest',
  empty: 'No negative status was reported.',
};

const silent: SectionSpec<SilentRow> = {
  title: 'Silent components (reported on, never wrote a message)',
  columns: [['Subject', 'left'], ['Reports', 'right'], ['Negative', 'right'], ['First', 'left'], ['Last', 'left'], ['Reported by', 'left']],
  cells: (r) => [
    cell(r.subject, 'subject'),
    countCell(r.reports, r.overcount),
    cell(r.negative, r.negative > 0 ? 'negative' : 'plain'),
    timeCell(r.first),
    timeCell(r.last),
    narratorList(r),
  ],
  unit: 'report',
  kept: 'derived',
  empty: 'Every component reported on also wrote messages of its own.',
};

const reports: SectionSpec<ReportRow> = {
  title: 'Who reported on whom',
  columns: [['Narrator', 'left'], ['Subject', 'left'], ['Reports', 'right'], ['Negative', 'right']],
  cells: (r) => [
    cell(r.narrator, 'narrator'),
    cell(r.subject, 'subject'),
    countCell(r.count, r.overcount),
    cell(r.negative, r.negative > 0 ? 'negative' : 'plain'),
  ],
  unit: 'report',
  kept: 'heaviest',
};

const statuses: SectionSpec<StatusRow> = {
  title: 'Statuses by subject',
  columns: statusColumns,
  cells: statusCells,
  unit: 'report',
  kept: 'heaviest',
};

const errors: SectionSpec<ErrorRow> = {
  title: 'Error messages',
  columns: [['Origin', 'left'], ['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['First', 'left'], ['Last', 'left']],
  cells: (r) => [
    cell(r.origin === 'self' ? 'self' : 'by others'),
    cell(r.narrator, 'narrator'),
    cell(clip(r.template), 'negative'),
    countCell(r.count, r.overcount),
    timeCell(r.first),
    timeCell(r.last),
  ],
  unit: 'record',
  kept: 'heaviest',
  empty: 'No error message.',
};

const periodic: SectionSpec<PeriodicRow> = {
  title: 'Periodic errors',
  columns: [['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['Every', 'right'], ['First', 'left'], ['Last', 'left']],
  cells: (r) => [
    cell(r.narrator, 'narrator'),
    cell(clip(r.template), 'negative'),
    countCell(r.count, r.overcount),
    cell(formatDuration(r.meanPeriodMs)),
    timeCell(r.first),
    timeCell(r.last),
  ],
  unit: 'record',
  kept: 'derived',
  empty: `No error message repeated ${PERIODIC_MIN_COUNT} times or more.`,
};

const gaps: SectionSpec<Gap> = {
  title: 'Gaps (no record for a while)',
  columns: [['Where', 'left'], ['From', 'left'], ['To', 'left'], ['Length', 'right']],
  cells: (g) => [
    cell(g.tid === null && g.thread === null ? 'whole trace' : `thread ${g.pid ?? '-'}/${threadText(g, '[', ']')}`),
    timeCell(g.from),
    timeCell(g.to),
    cell(formatDuration(g.durationMs)),
  ],
  unit: 'record',
  kept: 'derived',
  empty: 'No gap at or above the thresholds.',
};

const templates: SectionSpec<TemplateRow> = {
  title: 'Top message templates',
  columns: [['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['Example', 'left']],
  cells: (r) => [
    cell(r.narrator, 'narrator'),
    cell(clip(r.template)),
    countCell(r.count, r.overcount),
    cell(`${r.sample.file}:${r.sample.line}`),
  ],
  unit: 'record',
  kept: 'heaviest',
};

const narrators: SectionSpec<NarratorRow> = {
  title: 'Narrators',
  columns: [['Narrator', 'left'], ['Records', 'right'], ['Diegetic', 'right']],
  cells: (r) => [cell(r.name, 'narrator'), cell(r.records), cell(r.diegetic)],
  unit: 'record',
  kept: 'first',
};

const processes: SectionSpec<ProcessRow> = {
  title: 'Busiest processes',
  columns: [['PID', 'right'], ['Records', 'right']],
  cells: (r) => [cell(r.pid), countCell(r.records, r.overcount)],
  unit: 'record',
  kept: 'heaviest',
};

/**
 * Threads known by their TIDs keep the column they always had; once the trace names a thread (a Java log's `[main]`),
 * the column is the thread, a TID or a name, read left to right as names are.
 */
function threadsSpec(named: boolean): SectionSpec<ThreadRow> {
  return {
    title: 'Threads of activity',
    columns: [
      ['PID', 'right'],
      named ? ['Thread', 'left'] : ['TID', 'right'],
      ['Records', 'right'],
      ['First', 'left'],
      ['Last', 'left'],
      ['Narrators', 'left'],
    ],
    cells: (r) => [cell(r.pid ?? '-'), cell(threadText(r)), cell(r.records), timeCell(r.first), timeCell(r.last), narratorList(r)],
    unit: 'record',
    kept: 'first',
  };
}

/** Longest thread name shown; ZooKeeper's run to about 40 characters (`QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181`). */
const MAX_THREAD_NAME = 48;

/**
 * A thread as a table shows it: its TID, or its name cut to fit, between `open` and `close` (the gaps table writes
 * `thread 4242/[main]`, bracketed as Java logs write it, so that a name with blanks or slashes reads as one).
 */
function threadText(t: { readonly tid: number | null; readonly thread: string | null }, open = '', close = ''): string | number {
  return t.thread === null ? t.tid ?? NONE : `${open}${clip(t.thread, MAX_THREAD_NAME)}${close}`;
}

/** Whether some thread of the summary is known by its name, not its TID. */
export function namesThreads(s: Summary): boolean {
  return s.threads.rows.some((row) => row.thread !== null);
}

const listed = <Row>(rows: readonly Row[]): Table<Row> => ({ rows, overflow: 0 });

export function sectionsOf(s: Summary, maxRows: number): Section[] {
  const { maxKeys, maxGaps } = s.limits;
  const gapNotes = [
    `whole trace: ${thresholdText(s.gaps.trace)}`,
    `within a thread: ${thresholdText(s.gaps.threads)}`,
    ...(s.gaps.trace.truncated || s.gaps.threads.truncated ? [`only the ${maxGaps} longest of each are kept`] : []),
  ];
  return [
    section(failures, s.failures, maxRows, maxKeys),
    section(silent, listed(s.silent), maxRows, maxKeys),
    section(reports, s.reports, maxRows, maxKeys),
    section(statuses, s.statuses, maxRows, maxKeys),
    section(errors, s.errors.table, maxRows, maxKeys),
    section(periodic, listed(s.periodic), maxRows, maxKeys),
    section(gaps, listed([...s.gaps.trace.rows, ...s.gaps.threads.rows]), maxRows, maxKeys, gapNotes),
    section(templates, s.templates, maxRows, maxKeys),
    section(narrators, s.narrators, maxRows, maxKeys),
    section(processes, s.processes, maxRows, maxKeys),
    section(threadsSpec(namesThreads(s)), s.threads, maxRows, maxKeys),
  ];
}
