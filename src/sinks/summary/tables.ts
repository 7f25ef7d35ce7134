/** How each summary table keys, merges and orders its rows (see the orders documented in types.ts). */
import { compareNames, compareNumbers, type TableSpec } from './capped-table.js';
import { compareTimePoints, earlier, later } from './time.js';
import type { NarratorRow, ProcessRow, ReportRow, StatusRow, ThreadRow } from './types.js';

export const processSpec: TableSpec<ProcessRow> = {
  keyOf: (row) => String(row.pid),
  merge: (into, from) => ({ pid: into.pid, records: into.records + from.records }),
  weight: (row) => row.records,
  compare: (a, b) => b.records - a.records || a.pid - b.pid,
};

export const threadSpec: TableSpec<ThreadRow> = {
  keyOf: (row) => `${row.pid ?? ''}/${row.tid}`,
  merge: (into, from) => ({ ...into, records: into.records + from.records }),
  weight: (row) => row.records,
  compare: (a, b) => b.records - a.records || compareNumbers(a.pid, b.pid) || a.tid - b.tid,
};

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
  const known = from.narrators.every((name) => into.narrators.includes(name));
  // The hot path (a narrator already listed) keeps the same array instead of re-sorting.
  const names = known ? into.narrators : [...new Set([...into.narrators, ...from.narrators])].sort(compareNames);
  return {
    subject: into.subject,
    status: into.status,
    negative: into.negative || from.negative,
    count: into.count + from.count,
    first: earlier(into.first, from.first),
    last: later(into.last, from.last),
    narrators: names.length > maxNarrators ? names.slice(0, maxNarrators) : names,
    narratorsTruncated: into.narratorsTruncated || from.narratorsTruncated || names.length > maxNarrators,
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
