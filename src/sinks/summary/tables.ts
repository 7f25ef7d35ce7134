/** How each summary table keys, merges and orders its rows (see the orders documented in types.ts). */
import { compareNames, compareNumbers, type TableSpec } from './capped-table.js';
import { compareTimePoints, earlier, later } from './time.js';
import type { ErrorRow, NarratorRow, ProcessRow, ReportRow, StatusRow, TemplateRow, ThreadRow } from './types.js';

export const processSpec: TableSpec<ProcessRow> = {
  keyOf: (row) => String(row.pid),
  merge: (into, from) => ({ pid: into.pid, records: into.records + from.records }),
  weight: (row) => row.records,
  compare: (a, b) => b.records - a.records || a.pid - b.pid,
};

interface NarratorList {
  readonly narrators: readonly (string | null)[];
  readonly narratorsTruncated: boolean;
}

/** The union of two capped, sorted narrator lists. */
export function mergeNarrators(maxNarrators: number, into: NarratorList, from: NarratorList): NarratorList {
  const known = from.narrators.every((name) => into.narrators.includes(name));
  // The hot path (a narrator already listed) keeps the same array instead of re-sorting.
  const names = known ? into.narrators : [...new Set([...into.narrators, ...from.narrators])].sort(compareNames);
  return {
    narrators: names.length > maxNarrators ? names.slice(0, maxNarrators) : names,
    narratorsTruncated: into.narratorsTruncated || from.narratorsTruncated || names.length > maxNarrators,
  };
}

export function threadKey(row: { readonly pid: number | null; readonly tid: number }): string {
  return `${row.pid ?? ''}/${row.tid}`;
}

export function threadSpec(maxNarrators: number): TableSpec<ThreadRow> {
  return {
    keyOf: threadKey,
    merge: (into, from) => ({
      pid: into.pid,
      tid: into.tid,
      records: into.records + from.records,
      first: earlier(into.first, from.first),
      last: later(into.last, from.last),
      ...mergeNarrators(maxNarrators, into, from),
    }),
    weight: (row) => row.records,
    compare: (a, b) => b.records - a.records || compareNumbers(a.pid, b.pid) || a.tid - b.tid,
  };
}

export const narratorSpec: TableSpec<NarratorRow> = {
  keyOf: (row) => row.name,
  merge: (into, from) => ({
    name: into.name,
    records: into.records + from.records,
    diegetic: into.diegetic + from.diegetic,
  }),
  weight: (row) => row.records,
  compare: (a, b) => b.records - a.records || compareNames(a.name, b.name),
};

export const reportSpec: TableSpec<ReportRow> = {
  keyOf: (row) => `${row.narrator === null ? '' : `=${row.narrator}`}\u0000${row.subject}`,
  merge: (into, from) => ({ ...into, count: into.count + from.count, negative: into.negative + from.negative }),
  weight: (row) => row.count,
  compare: (a, b) =>
    b.count - a.count || compareNames(a.narrator, b.narrator) || compareNames(a.subject, b.subject),
};

function statusKey(row: StatusRow): string {
  return `${row.subject}\u0000${row.status === null ? '' : `=${row.status}`}`;
}

function mergeStatus(maxNarrators: number, into: StatusRow, from: StatusRow): StatusRow {
  return {
    subject: into.subject,
    status: into.status,
    negative: into.negative || from.negative,
    count: into.count + from.count,
    first: earlier(into.first, from.first),
    last: later(into.last, from.last),
    ...mergeNarrators(maxNarrators, into, from),
  };
}

/** Every status per subject: grouped by subject, the most reported first. */
export function statusSpec(maxNarrators: number): TableSpec<StatusRow> {
  return {
    keyOf: statusKey,
    merge: (into, from) => mergeStatus(maxNarrators, into, from),
    weight: (row) => row.count,
    compare: (a, b) =>
      compareNames(a.subject, b.subject) || b.count - a.count || compareNames(a.status, b.status),
  };
}

/** Negative statuses: a timeline, the earliest failure first. */
export function failureSpec(maxNarrators: number): TableSpec<StatusRow> {
  return {
    ...statusSpec(maxNarrators),
    compare: (a, b) =>
      compareTimePoints(a.first, b.first) ||
      compareNames(a.subject, b.subject) ||
      compareNames(a.status, b.status),
  };
}

function templateKey(row: TemplateRow): string {
  return `${row.narrator === null ? '' : `=${row.narrator}`}\u0000${row.template}`;
}

/** Counts add, times widen; the sample stays the first one read. */
function mergeTemplate<Row extends TemplateRow>(into: Row, from: Row): Row {
  return { ...into, count: into.count + from.count, first: earlier(into.first, from.first), last: later(into.last, from.last) };
}

function compareTemplates(a: TemplateRow, b: TemplateRow): number {
  return b.count - a.count || compareNames(a.narrator, b.narrator) || compareNames(a.template, b.template);
}

export const templateSpec: TableSpec<TemplateRow> = {
  keyOf: templateKey,
  merge: mergeTemplate,
  weight: (row) => row.count,
  compare: compareTemplates,
};

export const errorSpec: TableSpec<ErrorRow> = {
  keyOf: (row) => `${row.origin}\u0000${templateKey(row)}`,
  merge: mergeTemplate,
  weight: (row) => row.count,
  compare: (a, b) =>
    b.count - a.count ||
    compareNames(a.origin, b.origin) ||
    compareNames(a.narrator, b.narrator) ||
    compareNames(a.template, b.template),
};
