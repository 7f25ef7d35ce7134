/** The report's tables: which rows of the summary each shows, in which columns. */
import { NONE, cell, clip, narratorList, thresholdText, timeCell, type Cell, type Column, type Section } from './cells.js';
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
  readonly empty?: string;
}

function section<Row>(spec: SectionSpec<Row>, table: Table<Row>, maxRows: number, maxKeys: number, notes: string[] = []): Section {
  const shown = table.rows.slice(0, maxRows);
  const overflow = `${table.overflow} more ${spec.unit}${table.overflow === 1 ? '' : 's'}`;
  return {
    title: spec.title,
    columns: spec.columns.map(([title, align]) => ({ title, align })),
    rows: shown.map(spec.cells),
    more: table.rows.length - shown.length,
    empty: spec.empty ?? NONE,
    notes: [...notes, ...(table.overflow > 0 ? [`not listed: ${overflow} beyond the limit of ${maxKeys} rows`] : [])],
  };
}

const statusColumns = [['Subject', 'left'], ['Status', 'left'], ['Count', 'right'], ['First', 'left'], ['Last', 'left']] as const;
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

const silent: SectionSpec<SilentRow> = {
  title: 'Silent components (reported on, never wrote a message)',
  columns: [['Subject', 'left'], ['Reports', 'right'], ['Negative', 'right'], ['First', 'left'], ['Last', 'left'], ['Reported by', 'left']],
  cells: (r) => [
    cell(r.subject, 'subject'),
    cell(r.reports),
    cell(r.negative, r.negative > 0 ? 'negative' : 'plain'),
    timeCell(r.first),
    timeCell(r.last),
    narratorList(r),
  ],
  unit: 'report',
  empty: 'Every component reported on also wrote messages of its own.',
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

const statuses: SectionSpec<StatusRow> = { title: 'Statuses by subject', columns: statusColumns, cells: statusCells, unit: 'report' };

const errors: SectionSpec<ErrorRow> = {
  title: 'Error messages',
  columns: [['Origin', 'left'], ['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['First', 'left'], ['Last', 'left']],
  cells: (r) => [
    cell(r.origin === 'self' ? 'self' : 'by others'),
    cell(r.narrator, 'narrator'),
    cell(clip(r.template), 'negative'),
    cell(r.count),
    timeCell(r.first),
    timeCell(r.last),
  ],
  unit: 'record',
  empty: 'No error message.',
};

const periodic: SectionSpec<PeriodicRow> = {
  title: 'Periodic errors',
  columns: [['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['Every', 'right'], ['First', 'left'], ['Last', 'left']],
  cells: (r) => [
    cell(r.narrator, 'narrator'),
    cell(clip(r.template), 'negative'),
    cell(r.count),
    cell(formatDuration(r.meanPeriodMs)),
    timeCell(r.first),
    timeCell(r.last),
  ],
  unit: 'record',
  empty: `No error message repeated ${PERIODIC_MIN_COUNT} times or more.`,
};

const gaps: SectionSpec<Gap> = {
  title: 'Gaps (no record for a while)',
  columns: [['Where', 'left'], ['From', 'left'], ['To', 'left'], ['Length', 'right']],
  cells: (g) => [
    cell(g.tid === null ? 'whole trace' : `thread ${g.pid ?? '-'}/${g.tid}`),
    timeCell(g.from),
    timeCell(g.to),
    cell(formatDuration(g.durationMs)),
  ],
  unit: 'record',
  empty: 'No gap at or above the thresholds.',
};

const templates: SectionSpec<TemplateRow> = {
  title: 'Top message templates',
  columns: [['Narrator', 'left'], ['Message template', 'left'], ['Count', 'right'], ['Example', 'left']],
  cells: (r) => [cell(r.narrator, 'narrator'), cell(clip(r.template)), cell(r.count), cell(`${r.sample.file}:${r.sample.line}`)],
  unit: 'record',
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
  title: 'Threads of activity',
  columns: [['PID', 'right'], ['TID', 'right'], ['Records', 'right'], ['First', 'left'], ['Last', 'left'], ['Narrators', 'left']],
  cells: (r) => [cell(r.pid ?? '-'), cell(r.tid), cell(r.records), timeCell(r.first), timeCell(r.last), narratorList(r)],
  unit: 'record',
};

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
    section(threads, s.threads, maxRows, maxKeys),
  ];
}
